/**
 * Runs the engine on open documents: immediately on open, debounced on change, again when settings, config
 * files or files a document depends on change. Results for an outdated document version are dropped.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import { analyzeDocument, type AnalysisResult } from '../engine';
import { diagnosticsByUri, DIAGNOSTIC_SOURCE, uriToPath } from './convert';
import { describeError, type Logger } from './log';
import type { DiagnosticsPublisher } from './publisher';
import type { SettingsProvider } from './settings';
import type { WorkspaceState } from './workspace';

/** Analyses slower than this are logged, so users can tell us which files hurt. */
const SLOW_ANALYSIS_MS = 1000;

export class Validator {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Bumped on every schedule/close so an older, still-running validation knows it lost. */
  private readonly generations = new Map<string, number>();
  /** Engine paths each open document's last analysis read (itself, modules, parameter files). */
  private readonly dependencies = new Map<string, ReadonlySet<string>>();
  private readonly debounceByUri = new Map<string, number>();

  constructor(
    private readonly workspace: WorkspaceState,
    private readonly settings: SettingsProvider,
    private readonly publisher: DiagnosticsPublisher,
    private readonly logger: Logger,
    private readonly defaultDebounceMs: number,
  ) {}

  opened(document: TextDocument): void {
    this.schedule(document.uri, 0);
  }

  changed(document: TextDocument): void {
    this.schedule(document.uri, this.debounceOf(document.uri));
    this.scheduleDependents(uriToPath(document.uri), document.uri);
  }

  closed(uri: string): void {
    this.cancel(uri);
    this.generations.set(uri, (this.generations.get(uri) ?? 0) + 1);
    this.dependencies.delete(uri);
    this.debounceByUri.delete(uri);
    this.settings.forget(uri);
    this.publisher.remove(uri);
  }

  all(): void {
    for (const document of this.workspace.documents.all()) this.schedule(document.uri, 0);
  }

  /** Files on disk changed: re-analyse the open documents that read them. */
  filesChanged(paths: readonly string[]): void {
    for (const changed of paths) this.scheduleDependents(changed, undefined);
  }

  private scheduleDependents(changedPath: string, exceptUri: string | undefined): void {
    for (const [uri, paths] of this.dependencies) {
      if (uri !== exceptUri && paths.has(changedPath)) this.schedule(uri, this.debounceOf(uri));
    }
  }

  private debounceOf(uri: string): number {
    return this.debounceByUri.get(uri) ?? this.defaultDebounceMs;
  }

  private schedule(uri: string, delayMs: number): void {
    this.cancel(uri);
    const generation = (this.generations.get(uri) ?? 0) + 1;
    this.generations.set(uri, generation);
    const timer = setTimeout(() => {
      this.timers.delete(uri);
      this.validate(uri, generation).catch((error: unknown) => this.logger.error(`Validating ${uri} failed`, error));
    }, delayMs);
    this.timers.set(uri, timer);
  }

  private cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) {
      clearTimeout(timer);
      this.timers.delete(uri);
    }
  }

  private isCurrent(uri: string, generation: number, version: number): boolean {
    return this.generations.get(uri) === generation && this.workspace.documents.get(uri)?.version === version;
  }

  private async validate(uri: string, generation: number): Promise<void> {
    const document = this.workspace.documents.get(uri);
    if (!document) return;
    const version = document.version;
    const settings = await this.settings.get(uri);
    if (!this.isCurrent(uri, generation, version)) return;
    this.debounceByUri.set(uri, settings.debounceMs);

    const prepared = this.workspace.prepare(document, settings);
    if (!prepared) {
      // Not a template (any more): whatever it had goes.
      this.dependencies.delete(uri);
      this.publisher.set(uri, new Map([[uri, []]]));
      return;
    }

    const started = Date.now();
    let result: AnalysisResult;
    try {
      result = analyzeDocument(prepared.request, prepared.options);
    } catch (error) {
      this.logger.error(`Analysis of ${uri} failed`, error);
      this.dependencies.delete(uri);
      this.publisher.set(uri, new Map([[uri, [internalErrorDiagnostic(error)]]]));
      return;
    }
    const elapsed = Date.now() - started;
    if (elapsed > SLOW_ANALYSIS_MS) this.logger.info(`Analysed ${uri} in ${elapsed} ms`);

    // The version check after analysis: never publish results computed for text the user has since changed.
    if (!this.isCurrent(uri, generation, version)) return;
    this.dependencies.set(uri, new Set([...result.files.keys(), prepared.request.path]));
    const byUri = diagnosticsByUri(result, uri, {
      uriOf: (p) => (p === prepared.request.path ? uri : this.workspace.uriOf(p)),
      textOf: (p) => (p === prepared.request.path ? prepared.request.text : this.workspace.textOf(p)),
      versionOf: (u) => (u === uri ? version : this.workspace.versionOf(u)),
      documentedRules: this.workspace.documentedRules,
    });
    this.publisher.set(uri, byUri);
  }
}

export function internalErrorDiagnostic(error: unknown): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Error,
    source: DIAGNOSTIC_SOURCE,
    code: 'internal-error',
    message: `The Private Link analyzer failed on this file (see the "Azure Private Link Guidance" output): ${firstLine(describeError(error))}`,
  };
}

function firstLine(text: string): string {
  const newline = text.indexOf('\n');
  return newline < 0 ? text : text.slice(0, newline);
}
