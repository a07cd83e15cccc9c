/**
 * The latest analysis of each unit, kept so that code actions can render its fixes when the user asks for them
 * (fix text is never rendered during an analysis). A diagnostic names its unit and its finding's offsets in
 * `Diagnostic.data`; the finding is looked up again in that unit's latest analysis, and its fixes are rendered
 * against the texts that analysis read, with the versions the open documents had then: an edit for a document
 * that changed since is refused by the code action (see codeActions.ts), never applied to the wrong text.
 *
 * Only the latest analysis of a unit is valid: the next one, given the unit's AnalysisCache, moves the spans the
 * earlier fixes point at to the next text.
 */
import type { Diagnostic } from 'vscode-languageserver/node';
import type { AnalysisResult, EngineFinding } from '../engine';
import type { FixData, FixEditData, RangeConverter } from './convert';

/** What a diagnostic with fixes carries: survives JSON, and tells nothing without its unit's analysis. */
export interface DiagnosticFixData {
  /** The unit (validator key) whose analysis reported it. */
  readonly unit: string;
  /** The finding's UTF-16 offsets in its file. */
  readonly start: number;
  readonly end: number;
  /** Titles of the fixes offered. */
  readonly fixes: readonly string[];
  /** The finding's own message (without the provenance the diagnostic's text adds, which merging rewrites). */
  readonly message: string;
}

export interface StoredAnalysis {
  readonly result: AnalysisResult;
  uriOf(path: string): string;
  /** Positions in the texts the analysis read (a new converter each time: open documents change meanwhile). */
  ranges(): RangeConverter;
  /** The version each open document the analysis read had then (null: not open). */
  readonly versions: ReadonlyMap<string, number | null>;
}

/** A fix of a published diagnostic, its edits in LSP terms rendered on demand. */
export interface FixHandle {
  readonly title: string;
  /** Undefined when the fix cannot be written. */
  edits(): FixData['edits'] | undefined;
}

export class AnalysisFixes {
  private readonly latest = new Map<string, StoredAnalysis>();

  set(unit: string, analysis: StoredAnalysis): void {
    this.latest.set(unit, analysis);
  }

  delete(unit: string): void {
    this.latest.delete(unit);
  }

  /** The fixes of a diagnostic of the document `uri`, as its unit's latest analysis offers them; [] if not found there. */
  fixesOf(diagnostic: Pick<Diagnostic, 'code' | 'message' | 'data'>, uri: string): FixHandle[] {
    const data = fixDataOf(diagnostic);
    if (!data) return [];
    const stored = this.latest.get(data.unit);
    if (!stored) return [];
    const finding = stored.result.findings.find((f) => isFindingOf(f, diagnostic, data, uri, stored));
    if (!finding) return [];
    let ranges: RangeConverter | undefined;
    return finding.fixes.map((offer) => ({
      title: offer.title,
      edits: () =>
        offer.edits()?.map((edit): FixEditData => {
          const editUri = stored.uriOf(edit.path);
          ranges ??= stored.ranges();
          return {
            uri: editUri,
            range: ranges.range(edit.path, edit),
            newText: edit.newText,
            version: stored.versions.get(editUri) ?? null,
          };
        }),
    }));
  }
}

/** What `toDiagnostic` writes into `Diagnostic.data` for a finding with fixes. */
export function diagnosticFixData(unit: string, finding: EngineFinding): DiagnosticFixData | undefined {
  if (finding.fixes.length === 0) return undefined;
  return {
    unit,
    start: finding.range.start,
    end: finding.range.end,
    fixes: finding.fixes.map((fix) => fix.title),
    message: finding.message,
  };
}

/** Reads `Diagnostic.data` back; anything malformed is no data rather than an error. */
export function fixDataOf(diagnostic: Pick<Diagnostic, 'data'>): DiagnosticFixData | undefined {
  const data = diagnostic.data as Partial<DiagnosticFixData> | null | undefined;
  if (typeof data !== 'object' || data === null) return undefined;
  if (typeof data.unit !== 'string' || !Number.isInteger(data.start) || !Number.isInteger(data.end)) return undefined;
  if (!Array.isArray(data.fixes) || !data.fixes.every((title) => typeof title === 'string')) return undefined;
  if (typeof data.message !== 'string') return undefined;
  return data as DiagnosticFixData;
}

/** Same code, offsets, file, fixes and message. */
function isFindingOf(
  finding: EngineFinding,
  diagnostic: Pick<Diagnostic, 'code'>,
  data: DiagnosticFixData,
  uri: string,
  stored: StoredAnalysis,
): boolean {
  return (
    finding.code === diagnostic.code &&
    finding.range.start === data.start &&
    finding.range.end === data.end &&
    finding.fixes.length === data.fixes.length &&
    finding.fixes.every((fix, i) => fix.title === data.fixes[i]) &&
    stored.uriOf(finding.path) === uri &&
    finding.message === data.message
  );
}
