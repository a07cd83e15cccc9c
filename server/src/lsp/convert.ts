/**
 * The language server's one conversion point between the engine (paths, UTF-16 offsets) and LSP (URIs,
 * line/character ranges): findings become Diagnostics here, naming in `Diagnostic.data` where their fixes are found.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation, type Range } from 'vscode-languageserver/node';
import { DOCS_BASE_URL, describeFinding, type AnalysisResult, type EngineFinding, type EngineRange, type Severity } from '../engine';
import type { ProducedDiagnostic } from './publisher';
import { diagnosticFixData } from './analysisFixes';
import { callsData } from './callSuppression';

export const DIAGNOSTIC_SOURCE = 'privatelink';

/** A fix in LSP terms, as a code action applies it. */
export interface FixData {
  readonly title: string;
  readonly edits: readonly FixEditData[];
}

export interface FixEditData {
  readonly uri: string;
  readonly range: Range;
  readonly newText: string;
  /** Version of the open document the edit was computed on (null: the file was not open). */
  readonly version: number | null;
}

/** `untitled:Untitled-1` and other non-file URIs travel to the engine as they are. */
export function uriToPath(uri: string): string {
  if (uri.startsWith('file:')) {
    try {
      return fileURLToPath(uri);
    } catch {
      return uri;
    }
  }
  return uri;
}

const URI_SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]+:/;

export function pathToUri(path: string): string {
  // A Windows drive letter (`c:\`) looks like a one-letter scheme; real schemes are longer.
  if (URI_SCHEME.test(path) && !/^[a-zA-Z]:[\\/]/.test(path)) return path;
  return pathToFileURL(path).href;
}

export function toLspSeverity(severity: Severity): DiagnosticSeverity {
  switch (severity) {
    case 'error':
      return DiagnosticSeverity.Error;
    case 'warning':
      return DiagnosticSeverity.Warning;
    case 'info':
      return DiagnosticSeverity.Information;
  }
}

export function docsHref(ruleId: string): string {
  return DOCS_BASE_URL + ruleId + '.md';
}

/** Everything needed to turn one analysis into diagnostics. */
export interface ConversionContext {
  /** The URI to use for an engine path (open documents keep the URI spelling the client gave). */
  uriOf(path: string): string;
  /** The text an engine path had when it was read, when not in the result's `files`. */
  textOf(path: string): string | undefined;
  /**
   * The open document at an engine path, if any. Its line index is kept up to date edit by edit, so positions in the
   * document being typed in are found without indexing its lines again (about 2 ms a keystroke on 10k lines).
   */
  openDocumentOf?(path: string): TextDocument | undefined;
  /** Version of the open document at `uri`, null when it is not open. */
  versionOf(uri: string): number | null;
  /** Rule ids that have a documentation page. */
  readonly documentedRules: ReadonlySet<string>;
  /** The unit whose analysis this is (its fixes are rendered from there, see analysisFixes.ts). */
  readonly unit: string;
}

/** Positions for every file one analysis touched, each built once. */
export class RangeConverter {
  private readonly documents = new Map<string, TextDocument | undefined>();

  constructor(
    private readonly result: Pick<AnalysisResult, 'files'>,
    private readonly context: Pick<ConversionContext, 'textOf' | 'openDocumentOf'>,
  ) {}

  range(path: string, range: EngineRange): Range {
    const document = this.document(path);
    if (!document) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return { start: document.positionAt(range.start), end: document.positionAt(range.end) };
  }

  private document(path: string): TextDocument | undefined {
    if (!this.documents.has(path)) {
      const text = this.result.files.get(path) ?? this.context.textOf(path);
      // The open document only while it still has the analysed text (it normally does: nothing runs in between).
      const open = text === undefined ? undefined : this.context.openDocumentOf?.(path);
      const document = open?.getText() === text ? open : undefined;
      this.documents.set(path, text === undefined ? undefined : (document ?? TextDocument.create('file:///', 'plaintext', 0, text)));
    }
    return this.documents.get(path);
  }
}

export function toDiagnostic(finding: EngineFinding, ranges: RangeConverter, context: ConversionContext): Diagnostic {
  const related: DiagnosticRelatedInformation[] = finding.related.map((location) => ({
    location: { uri: context.uriOf(location.path), range: ranges.range(location.path, location.range) },
    message: location.message,
  }));
  const fixData = diagnosticFixData(context.unit, finding);
  const calls = callsData(finding, ranges, context.uriOf);
  const data = calls ? { ...fixData, calls } : fixData;
  const diagnostic: Diagnostic = {
    range: ranges.range(finding.path, finding.range),
    severity: toLspSeverity(finding.severity),
    source: DIAGNOSTIC_SOURCE,
    code: finding.code,
    message: describeFinding(finding),
  };
  if (data) diagnostic.data = data;
  if (context.documentedRules.has(finding.code)) diagnostic.codeDescription = { href: docsHref(finding.code) };
  if (related.length > 0) diagnostic.relatedInformation = related;
  return diagnostic;
}

/**
 * Diagnostics of one analysis per target URI. The analysed document is always a key (possibly with an empty
 * list), so that publishing clears what it had before.
 */
export function diagnosticsByUri(
  result: AnalysisResult,
  analysedUri: string,
  context: ConversionContext,
): Map<string, ProducedDiagnostic[]> {
  const ranges = new RangeConverter(result, context);
  const byUri = new Map<string, ProducedDiagnostic[]>([[analysedUri, []]]);
  for (const finding of result.findings) {
    const uri = context.uriOf(finding.path);
    let list = byUri.get(uri);
    if (!list) byUri.set(uri, (list = []));
    list.push({ diagnostic: toDiagnostic(finding, ranges, context), finding });
  }
  return byUri;
}
