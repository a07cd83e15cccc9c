/** Renders a fix (model-level actions) into text edits with the writer of the file's language, when asked. */
import type { Fix, FixAction, FixOffer, RenderedFix, TextEdit } from './fix';
import { locationOfAction } from './fix';
import { renderJsonAction } from './jsonWriter';
import { renderBicepAction } from './bicepWriter';
import { FixRenderSession } from './renderSession';

/**
 * The fixes of a finding as offers whose text is rendered on first demand. `session` gives the render session of
 * the analysis (created when the first of its fixes is rendered): what every fix of a file reads is read once.
 */
export function offerFixes(fixes: readonly Fix[] | undefined, session: () => FixRenderSession): FixOffer[] {
  return (fixes ?? []).map((fix) => lazyOffer(fix, session));
}

function lazyOffer(fix: Fix, session: () => FixRenderSession): FixOffer {
  let rendered: { readonly edits: readonly TextEdit[] | undefined } | undefined;
  return {
    title: fix.title,
    edits: () => {
      if (!rendered) {
        try {
          rendered = { edits: renderFix(fix, session())?.edits };
        } catch {
          // A fix that cannot be written is not offered; the finding stands.
          rendered = { edits: undefined };
        }
      }
      return rendered.edits;
    },
  };
}

/** The offers that can be written, rendered (what the CLI prints and the tests check). */
export function renderOffers(offers: readonly FixOffer[]): RenderedFix[] {
  const rendered: RenderedFix[] = [];
  for (const offer of offers) {
    const edits = offer.edits();
    if (edits) rendered.push({ title: offer.title, edits });
  }
  return rendered;
}

/** Undefined when any action cannot be written (e.g. the target was computed by an expression): no half fixes. */
export function renderFix(fix: Fix, session: FixRenderSession = new FixRenderSession()): RenderedFix | undefined {
  const edits: TextEdit[] = [];
  for (const action of fix.actions) {
    const rendered = renderAction(action, session);
    if (!rendered) return undefined;
    edits.push(...rendered);
  }
  if (edits.length === 0) return undefined;
  return { title: fix.title, edits: mergeInsertionsAtSameOffset(edits) };
}

function renderAction(action: FixAction, session: FixRenderSession): TextEdit[] | undefined {
  const file = locationOfAction(action).file;
  switch (file.language) {
    case 'arm':
    case 'arm-parameters':
      return renderJsonAction(action, session);
    case 'bicep':
    case 'bicep-params':
      return renderBicepAction(action, session);
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
