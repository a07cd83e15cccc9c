/** Renders a fix (model-level actions) into text edits with the writer of the file's language. */
import type { Fix, FixAction, RenderedFix, TextEdit } from './fix';
import { locationOfAction } from './fix';
import { renderJsonAction } from './jsonWriter';
import { renderBicepAction } from './bicepWriter';

/** Undefined when any action cannot be written (e.g. the target was computed by an expression): no half fixes. */
export function renderFix(fix: Fix): RenderedFix | undefined {
  const edits: TextEdit[] = [];
  for (const action of fix.actions) {
    const rendered = renderAction(action);
    if (!rendered) return undefined;
    edits.push(...rendered);
  }
  if (edits.length === 0) return undefined;
  return { title: fix.title, edits: mergeInsertionsAtSameOffset(edits) };
}

function renderAction(action: FixAction): TextEdit[] | undefined {
  const file = locationOfAction(action).file;
  switch (file.language) {
    case 'arm':
    case 'arm-parameters':
      return renderJsonAction(action);
    case 'bicep':
    case 'bicep-params':
      return renderBicepAction(action);
  }
}

/** Two insertions at one offset would be applied in an editor-defined order; join them in action order instead. */
function mergeInsertionsAtSameOffset(edits: TextEdit[]): TextEdit[] {
  const merged: TextEdit[] = [];
  for (const edit of edits) {
    const previous = merged.find((e) => e.path === edit.path && e.start === e.end && edit.start === edit.end && e.start === edit.start);
    if (previous) merged[merged.indexOf(previous)] = { ...previous, newText: previous.newText + edit.newText };
    else merged.push(edit);
  }
  return merged;
}
