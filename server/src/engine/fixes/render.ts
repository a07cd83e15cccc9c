/** Renders a fix (model-level actions) into text edits with the writer of the file's language. */
import type { Fix, FixAction, RenderedFix, TextEdit } from './fix';
import { locationOfAction } from './fix';
import { renderJsonAction } from './jsonWriter';
import { renderBicepAction } from './bicepWriter';
import type { AnalysisContext } from '../analysisContext';

/**
 * Undefined when any action cannot be written (e.g. the target was computed by an expression): no half fixes.
 * `analysis`: the analysis the fix comes from, whose syntax trees the writers read again.
 */
export function renderFix(fix: Fix, analysis?: AnalysisContext): RenderedFix | undefined {
  const edits: TextEdit[] = [];
  for (const action of fix.actions) {
    const rendered = renderAction(action, analysis);
    if (!rendered) return undefined;
    edits.push(...rendered);
  }
  if (edits.length === 0) return undefined;
  return { title: fix.title, edits: mergeInsertionsAtSameOffset(edits) };
}

function renderAction(action: FixAction, analysis: AnalysisContext | undefined): TextEdit[] | undefined {
  const file = locationOfAction(action).file;
  switch (file.language) {
    case 'arm':
    case 'arm-parameters':
      return renderJsonAction(action, analysis);
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
