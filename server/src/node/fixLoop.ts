/**
 * `--fix`, `--fix-dry-run` and the editor's "Fix all" (`source.fixAll.privatelink`): each finding's preferred fix (the first one that can be written, the one the editor
 * marks preferred), applied in passes, as a user applies them one after the other in the editor. A pass takes at most
 * one fix per file: two fixes computed from the same text may each add the same declaration (two endpoints without
 * a zone group each add the zone), which only an analysis in between can see. So a pass applies its fixes in memory
 * and analyses again, and the next fix of a file is computed from the fixed text. A file that a pass would leave with
 * more syntax errors than before is restored and left alone from then on. Nothing is written here: the caller writes
 * the files, prints the diff, or hands the editor an edit.
 */
import { renderOffers, type EngineFinding, type RenderedFix, type TextEdit } from '../engine';

/** Passes at most (each applies at least one fix per file that has one): what is left after them is reported. */
export const MAX_FIX_PASSES = 100;

export interface FixOutcome {
  /** Each file a fix changed, with its text before the first pass and after the last. */
  readonly changed: ReadonlyMap<string, { readonly original: string; readonly fixed: string }>;
  /** Fixes applied, over all passes. */
  readonly applied: number;
  /** Files restored because a fix would have broken them, with the titles of the fixes that were not applied. */
  readonly refused: ReadonlyMap<string, readonly string[]>;
  /** The findings of the last analysis (of the fixed texts). */
  readonly findings: readonly EngineFinding[];
}

/**
 * `analyse` reads the files through `texts` (path → current text), which this function updates in place; it returns
 * every finding of every analysed file.
 */
export function applyFixesInPasses(analyse: () => readonly EngineFinding[], texts: Map<string, string>): FixOutcome {
  const originals = new Map<string, string>();
  const refused = new Map<string, string[]>();
  const leftAlone = new Set<string>();
  let applied = 0;
  let findings = analyse();
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const chosen = chooseFixes(findings, leftAlone, texts);
    if (chosen.length === 0) break;
    const syntaxErrorsBefore = syntaxErrorCounts(findings);
    const previous = new Map<string, string>();
    for (const [path, edits] of editsByPath(chosen)) {
      const text = texts.get(path)!;
      previous.set(path, text);
      if (!originals.has(path)) originals.set(path, text);
      texts.set(path, applyEdits(text, edits));
    }
    findings = analyse();
    const syntaxErrorsAfter = syntaxErrorCounts(findings);
    const broken = [...previous.keys()].filter((path) => (syntaxErrorsAfter.get(path) ?? 0) > (syntaxErrorsBefore.get(path) ?? 0));
    if (broken.length > 0) {
      // The fixes that touched a broken file are taken back whole, in every file they touched.
      const culprits = chosen.filter((fix) => fix.edits.some((edit) => broken.includes(edit.path)));
      const restore = new Set(culprits.flatMap((fix) => fix.edits.map((edit) => edit.path)));
      for (const path of restore) {
        texts.set(path, previous.get(path)!);
        leftAlone.add(path);
        refused.set(path, [
          ...(refused.get(path) ?? []),
          ...culprits.filter((fix) => fix.edits.some((e) => e.path === path)).map((fix) => fix.title),
        ]);
      }
      applied += chosen.length - culprits.length;
      findings = analyse();
    } else {
      applied += chosen.length;
    }
  }
  const changed = new Map<string, { original: string; fixed: string }>();
  for (const [path, original] of originals) {
    const fixed = texts.get(path)!;
    if (fixed !== original) changed.set(path, { original, fixed });
  }
  return { changed, applied, refused, findings };
}

/** The preferred fixes of one pass: each writable, in files not left alone, one per file, in the findings' order. */
function chooseFixes(
  findings: readonly EngineFinding[],
  leftAlone: ReadonlySet<string>,
  texts: ReadonlyMap<string, string>,
): RenderedFix[] {
  const touched = new Set<string>();
  const chosen: RenderedFix[] = [];
  for (const finding of findings) {
    if (finding.fixes.length === 0) continue;
    const preferred = renderOffers(finding.fixes)[0];
    if (!preferred || preferred.edits.length === 0) continue;
    const paths = new Set(preferred.edits.map((edit) => edit.path));
    if ([...paths].some((path) => touched.has(path) || leftAlone.has(path) || !texts.has(path))) continue;
    if (overlapping(preferred.edits)) continue;
    for (const path of paths) touched.add(path);
    chosen.push(preferred);
  }
  return chosen;
}

/** A fix whose own edits overlap cannot be applied as written (never expected of the engine's fixes; refused if so). */
function overlapping(edits: readonly TextEdit[]): boolean {
  const sorted = [...edits].sort((a, b) => (a.path === b.path ? a.start - b.start : a.path.localeCompare(b.path)));
  return sorted.some((edit, i) => i > 0 && sorted[i - 1].path === edit.path && sorted[i - 1].end > edit.start);
}

function editsByPath(fixes: readonly RenderedFix[]): Map<string, TextEdit[]> {
  const byPath = new Map<string, TextEdit[]>();
  for (const edit of fixes.flatMap((fix) => fix.edits)) byPath.set(edit.path, [...(byPath.get(edit.path) ?? []), edit]);
  return byPath;
}

/** Applies non-overlapping edits (offsets in `text`), last first so earlier offsets stay valid. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start))
    result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  return result;
}

function syntaxErrorCounts(findings: readonly EngineFinding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const finding of findings) if (finding.code === 'syntax-error') counts.set(finding.path, (counts.get(finding.path) ?? 0) + 1);
  return counts;
}
