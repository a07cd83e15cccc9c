// Applies a fix's text edits to one file's text, as an editor applies a WorkspaceEdit, and refuses overlapping edits
// and two insertions at one offset (an editor would reject or order them arbitrarily, so a writer producing them is wrong).
import type { TextEdit } from '../../server/src/engine/fixes/fix';

export function applyEdits(text: string, edits: readonly TextEdit[], path?: string): string {
  const mine = path === undefined ? edits : edits.filter((e) => e.path === path);
  const sorted = [...mine].sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  let previous: TextEdit | undefined;
  for (const edit of sorted) {
    if (edit.start > edit.end || edit.end > text.length) throw new Error(`edit out of range: ${edit.start}-${edit.end}`);
    if (
      previous &&
      (edit.end > previous.start || (edit.start === edit.end && previous.start === previous.end && edit.start === previous.start))
    ) {
      throw new Error(`overlapping edits at ${edit.start}-${edit.end} and ${previous.start}-${previous.end}`);
    }
    result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
    previous = edit;
  }
  return result;
}
