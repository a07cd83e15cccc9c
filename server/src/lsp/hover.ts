/**
 * Hover: the engine's markdown for the offset under the cursor (resource types, properties, diagnostics, rule ids),
 * answered from the analysis the validator keeps for the document (validator.ts `analysisFor`): the one whose
 * diagnostics the editor shows, with the document's callers and parameter file, at no cost of its own.
 *
 * When the document changed since that analysis, text before and after the edits is answered from it (moved by the
 * edits; a declaration reaching into an edit is not), because a hover must come at once and the next analysis is a
 * debounce and an analysis away: while typing, that is most of a second on a large template. Waiting is kept for
 * hovers over text that analysis never read (the edit itself, a document opened a moment ago): then the hover waits,
 * stepping aside so the analysis can run, for the next analysis, for at most {@link MAX_WAIT_MS} and until the
 * client cancels.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  DiagnosticSeverity,
  MarkupKind,
  type CancellationToken,
  type Diagnostic,
  type Hover,
  type Position,
} from 'vscode-languageserver/node';
import { DOCS_BASE_URL, hoverFromSnapshot, type Severity, type ShownFinding } from '../engine';
import { SHOW_DOCUMENTATION_COMMAND } from './codeActions';
import { uriToPath } from './convert';
import type { StepAside } from './requests';
import type { RetainedAnalysis } from './validator';
import { languageOf } from './workspace';

/** How long a hover waits for an analysis of text it cannot answer from the last one. */
export const MAX_WAIT_MS = 2000;

/** What hovers read from the validator and the publisher. */
export interface HoverSources {
  /**
   * The client opens rule pages itself (VS Code: the page shipped with the extension, as "Show documentation" does):
   * hover links to rule pages run that command instead of leaving for the web.
   */
  readonly ruleDocsByCommand?: boolean;
  analysisFor(path: string): RetainedAnalysis | undefined;
  onNextAnalysisFor(path: string, listener: () => void): () => void;
  /** The diagnostics shown for `uri`, computed for `version` of it. */
  shown(uri: string, version: number): readonly Diagnostic[];
}

export async function provideHover(
  document: TextDocument,
  position: Position,
  sources: HoverSources,
  token: CancellationToken,
  stepAside: StepAside,
): Promise<Hover | null> {
  const path = uriToPath(document.uri);
  if (!languageOf(document, path)) return null;
  for (let waited = false; ; waited = true) {
    const retained = sources.analysisFor(path);
    const version = retained?.versions.get(document.uri);
    if (retained && version !== undefined) {
      const answer = answerFrom(document, position, path, retained, version, sources);
      if (answer !== 'edited') return answer;
    }
    if (waited || token.isCancellationRequested) return null;
    await stepAside(nextAnalysis(sources, path, token));
  }
}

function answerFrom(
  document: TextDocument,
  position: Position,
  path: string,
  retained: RetainedAnalysis,
  version: number,
  sources: HoverSources,
): Hover | null | 'edited' {
  const { snapshot } = retained;
  // The hover explains what the squiggles say (analyses with callers and parameter files), in the text they were
  // computed for.
  const shown = shownFindings(document.uri, path, retained, version, sources);
  const current = version === document.version ? undefined : document.getText();
  const result = hoverFromSnapshot(snapshot, path, document.offsetAt(position), shown, current);
  if (result === 'edited') return result;
  if (!result || result.markdown.trim() === '') return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: sources.ruleDocsByCommand ? ruleDocsAsCommands(result.markdown) : result.markdown },
    range: { start: document.positionAt(result.range.start), end: document.positionAt(result.range.end) },
  };
}

/** The diagnostics shown for the document at `version`, as the engine reads findings: offsets in the text `retained` read. */
export function shownFindings(
  uri: string,
  path: string,
  retained: RetainedAnalysis,
  version: number,
  sources: Pick<HoverSources, 'shown'>,
): ShownFinding[] {
  const shown: ShownFinding[] = [];
  for (const d of sources.shown(uri, version)) {
    const start = retained.snapshot.offsetAt(path, d.range.start);
    const end = retained.snapshot.offsetAt(path, d.range.end);
    if (start !== undefined && end !== undefined)
      shown.push({ code: String(d.code), range: { start, end }, severity: fromLspSeverity(d.severity) });
  }
  return shown;
}

/**
 * Links to rule pages (`…/docs/rules/<id>.md`) as links running the client's "Show documentation" command with the
 * same arguments the code action passes, so a hover and the quick fix open the same page.
 */
export function ruleDocsAsCommands(markdown: string): string {
  return markdown.replace(RULE_PAGE_LINK, (_link, url: string, id: string) => {
    const args = encodeURIComponent(JSON.stringify([id, url]));
    return `](command:${SHOW_DOCUMENTATION_COMMAND}?${args})`;
  });
}

const RULE_PAGE_LINK = new RegExp(`\\]\\((${escapeRegExp(DOCS_BASE_URL)}([a-z0-9]+(?:-[a-z0-9]+)*)\\.md)\\)`, 'g');

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Resolves at the next analysis for `path`, after {@link MAX_WAIT_MS}, or when the client cancels: whichever is first. */
export function nextAnalysis(sources: Pick<HoverSources, 'onNextAnalysisFor'>, path: string, token: CancellationToken): Promise<void> {
  return new Promise((resolve) => {
    const finish = (): void => {
      clearTimeout(timer);
      cancellation.dispose();
      stop();
      resolve();
    };
    const timer = setTimeout(finish, MAX_WAIT_MS);
    const cancellation = token.onCancellationRequested(finish);
    const stop = sources.onNextAnalysisFor(path, finish);
  });
}

/** The level a diagnostic is shown at, in the engine's words. */
function fromLspSeverity(severity: DiagnosticSeverity | undefined): Severity | undefined {
  switch (severity) {
    case DiagnosticSeverity.Error:
      return 'error';
    case DiagnosticSeverity.Warning:
      return 'warning';
    case DiagnosticSeverity.Information:
    case DiagnosticSeverity.Hint:
      return 'info';
    default:
      return undefined;
  }
}
