/**
 * Resources that are still being typed: a declaration with a syntax error inside it, or one whose body is not closed
 * yet (the error then sits at its end, or at the end of the file when only blank follows it). Both front ends
 * recover from errors and lower what they could read, so such a resource reaches the rules half written: an endpoint
 * whose `properties` is open has "no connection" yet, a group id being typed reads `'blo'`. What the text says past
 * the error is unknown, and unknown never produces a finding, so `runRules` drops every rule finding written inside an
 * incomplete declaration (issue 19.7: no error flashes while an endpoint is typed, then vanishes once it is complete).
 * The decision is made here, once, rather than in each rule that reports an absence: a recovering parser can make any
 * reading of a half-typed resource wrong, not only the "missing" ones. Syntax errors themselves are still reported,
 * and findings elsewhere (another resource, another file) are kept. An editor may also say where the user is typing
 * (`AnalysisOptions.beingTyped`): a declaration holding that text is incomplete too.
 */
import type { DeploymentModel, Location } from '../../model/model';

/** Whether a finding at this location lies in a resource that is still being typed. */
export type InsideIncompleteResource = (at: Location) => boolean;

const NEVER: InsideIncompleteResource = () => false;

/** Text the editor says the user is typing (`AnalysisOptions.beingTyped`). */
export interface BeingTyped {
  readonly path: string;
  readonly range: { readonly start: number; readonly end: number };
}

export function insideIncompleteResource(model: DeploymentModel, beingTyped?: BeingTyped): InsideIncompleteResource {
  const errorStarts = errorOffsetsByFile(model);
  if (beingTyped) {
    // Typed text counts as an error where it is: a declaration holding it is incomplete. VS Code closes brackets as
    // they are typed, so a half-typed endpoint usually parses; only the editor knows it is still being written.
    let starts = errorStarts.get(beingTyped.path);
    if (!starts) errorStarts.set(beingTyped.path, (starts = []));
    starts.push(beingTyped.range.start, beingTyped.range.end);
    starts.sort((a, b) => a - b);
  }
  if (errorStarts.size === 0) return NEVER;
  // The spans of incomplete declarations, by file. A nested declaration's error is inside its parent too.
  const incomplete = new Map<string, { start: number; end: number }[]>();
  for (const resource of model.resources) {
    const { file, span } = resource.declaration;
    const starts = errorStarts.get(file.path);
    if (!starts) continue;
    const reach = blankToEndOfFile(file.text, span.end) ? file.text.length : span.end;
    const first = firstAtOrAfter(starts, span.start);
    if (first < starts.length && starts[first] <= reach) {
      let spans = incomplete.get(file.path);
      if (!spans) incomplete.set(file.path, (spans = []));
      spans.push(span);
    }
  }
  if (incomplete.size === 0) return NEVER;
  return (at) => (incomplete.get(at.file.path) ?? []).some((span) => at.span.start >= span.start && at.span.start <= span.end);
}

/** The start offsets of the grammar errors (not those of expressions in strings, nor limits), sorted, per file. */
function errorOffsetsByFile(model: DeploymentModel): Map<string, number[]> {
  const byFile = new Map<string, number[]>();
  for (const diagnostic of model.syntaxDiagnostics) {
    if (!diagnostic.parse) continue;
    const path = diagnostic.loc.file.path;
    let starts = byFile.get(path);
    if (!starts) byFile.set(path, (starts = []));
    starts.push(diagnostic.loc.span.start);
  }
  for (const starts of byFile.values()) starts.sort((a, b) => a - b);
  return byFile;
}

/**
 * An unclosed body ends at its last token. Where another declaration follows, the Bicep parser reports the missing
 * bracket there, inside the span; at the end of the file it reports it at the end, after the blank that follows. A
 * complete declaration followed by a new one being typed is not incomplete: only blank may lie between.
 */
function blankToEndOfFile(text: string, offset: number): boolean {
  for (let at = offset; at < text.length; at++) {
    const ch = text[at];
    if (ch !== ' ' && ch !== '\t' && ch !== '\r' && ch !== '\n') return false;
  }
  return true;
}

function firstAtOrAfter(sorted: readonly number[], offset: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
