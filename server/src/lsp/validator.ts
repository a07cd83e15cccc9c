/**
 * Runs the engine on deployments ("units", see deployments.ts): every deployment of the workspace when
 * `privateLink.workspaceDiagnostics` is on, else those the open documents take part in. A unit is analysed again
 * when a file it read changes (an open document's edit, debounced, or a watched file on disk), when settings or
 * config files change. Analyses run one at a time from a queue, those touching open documents first, yielding to
 * the event loop in between so requests stay answered while a large workspace is analysed: a request waits for at
 * most the analysis in progress.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import { AnalysisCache, analyzeDocument, type AnalysisResult, type AnalysisSnapshot, type EngineFinding } from '../engine';
import { diagnosticsByUri, DIAGNOSTIC_SOURCE, pathToUri, RangeConverter, uriToPath, type ConversionContext } from './convert';
import { AnalysisFixes } from './analysisFixes';
import { withoutHostSyntaxErrors } from './hostSyntax';
import { unitsForDocument, workspaceUnits, type Unit } from './deployments';
import { describeError, type Logger } from './log';
import type { DiagnosticsPublisher, ProducedDiagnostic } from './publisher';
import type { SettingsProvider } from './settings';
import type { WorkspaceIndex } from './workspaceIndex';
import type { WorkspaceState } from './workspace';
import { TypingPlaces } from './typingPlace';

/** Analyses slower than this are logged, so users can tell us which files hurt. */
const SLOW_ANALYSIS_MS = 1000;
/** Open documents whose analysis caches are kept (the most recently analysed ones). */
const MAX_CACHED_UNITS = 6;
/**
 * A unit whose edits keep coming (steady typing, faster than the debounce) is analysed at least this long after the
 * first edit it has not been analysed for, so no diagnostic on screen gets older than about this.
 */
export const MAX_DEBOUNCE_WAIT_MS = 750;
/** Results held back to be published together are published at least this often. */
const MAX_HOLD_MS = 250;

interface ActiveUnit {
  readonly unit: Unit;
  /** Bumped on every schedule, so a run that awaited settings knows a newer one is coming. */
  generation: number;
  timer?: NodeJS.Timeout;
  /** When the oldest change still waiting for this unit's next analysis was scheduled (debounce's maximum wait). */
  pendingSince?: number;
  /** Files the last analysis read (the engine's `AnalysisResult.files`). */
  reads?: ReadonlySet<string>;
  /** Kept while the unit's document is open, so each keystroke re-evaluates only what it changed. */
  cache?: AnalysisCache;
  /** The last analysis, kept while this unit is the one hovers in an open document use ({@link Validator.hoverUnit}). */
  retained?: RetainedAnalysis;
  /** The next analysis runs because edits kept coming for {@link MAX_DEBOUNCE_WAIT_MS}, not after a pause. */
  whileTyping?: boolean;
}

/** An analysis kept for hovers, with the versions of the open documents it read. */
export interface RetainedAnalysis {
  readonly snapshot: AnalysisSnapshot;
  /** The analysis' own findings (every file it read), for the Private Link map (`privateLink/map`). */
  readonly findings?: readonly EngineFinding[];
  /** Open document URI → the version the analysis read. */
  readonly versions: ReadonlyMap<string, number>;
}

export class Validator {
  private readonly active = new Map<string, ActiveUnit>();
  private readonly ready = new Set<string>();
  private running = false;
  private readonly debounceByUri = new Map<string, number>();
  /** Where the user types in each open document, for analyses that run while typing goes on. */
  private readonly typing = new TypingPlaces();
  private workspaceDiagnostics: boolean;
  private recomputing: Promise<void> | undefined;
  private recomputeAgain = false;
  private heldSince: number | undefined;
  /** Units holding an analysis cache, least recently analysed first. */
  private readonly cacheOrder = new Set<string>();
  /** Each unit's latest analysis, whose fixes code actions render. */
  readonly fixes = new AnalysisFixes();
  /** Hovers waiting for the next analysis used for a path's hovers. */
  private readonly analysisWaiters = new Map<string, Set<() => void>>();
  /**
   * Ready units whose next analysis only fills the analysis cache of a document just opened (its text did not
   * change): they go after the other analyses of open documents, and publishing does not wait for them.
   */
  private readonly cacheFills = new Set<string>();

  constructor(
    private readonly workspace: WorkspaceState,
    private readonly index: WorkspaceIndex,
    private readonly settings: SettingsProvider,
    private readonly publisher: DiagnosticsPublisher,
    private readonly logger: Logger,
    private readonly defaultDebounceMs: number,
    workspaceDiagnostics: boolean,
    /** Called when the queue is empty and results are published (heap.ts collects garbage then). */
    private readonly onIdle: () => void = () => {},
    /** True while a request is being answered: no analysis starts then (requests.ts calls {@link resume} after). */
    private readonly answeringRequest: () => boolean = () => false,
  ) {
    this.workspaceDiagnostics = workspaceDiagnostics;
  }

  /**
   * The unit's analysis cache, made the most recently used. A cache holds about a model's worth of memory, so only
   * the units analysed last keep theirs (the documents being typed in).
   */
  private cacheFor(key: string, active: ActiveUnit): AnalysisCache {
    const cache = active.cache ?? new AnalysisCache();
    this.cacheOrder.delete(key);
    this.cacheOrder.add(key);
    for (const oldest of this.cacheOrder) {
      if (this.cacheOrder.size <= MAX_CACHED_UNITS) break;
      this.cacheOrder.delete(oldest);
      const unit = this.active.get(oldest);
      if (unit) unit.cache = undefined;
    }
    return cache;
  }

  /** True while nothing is analysing or waiting to. */
  get idle(): boolean {
    return !this.running && this.ready.size === 0;
  }

  /** Whether diagnostics of files that are not open are published. */
  get publishesWorkspace(): boolean {
    return this.workspaceDiagnostics;
  }

  opened(document: TextDocument): void {
    const filePath = uriToPath(document.uri);
    this.typing.update(filePath, document.getText());
    // The document's settings are asked for now, so the client's answer comes while the workspace is being indexed
    // rather than after, when the document's analysis needs them.
    void this.settings.get(document.uri);
    this.index.updateFromText(filePath, document.getText());
    void this.index
      .admitNeighbours(filePath)
      .then(() => this.recompute())
      .then(() => this.scheduleDependents(filePath, 0));
  }

  changed(document: TextDocument): void {
    const filePath = uriToPath(document.uri);
    this.typing.update(filePath, document.getText());
    const structural = this.index.updateFromText(filePath, document.getText());
    this.scheduleDependents(filePath, this.debounceOf(document.uri));
    if (structural) void this.recompute().then(() => this.scheduleDependents(filePath, this.debounceOf(document.uri)));
  }

  closed(uri: string): void {
    const filePath = uriToPath(uri);
    this.typing.forget(filePath);
    this.debounceByUri.delete(uri);
    this.settings.forget(uri);
    // The file on disk may differ from the unsaved text the index had.
    void this.index
      .updateFromDisk([filePath])
      .then(() => {
        this.scheduleDependents(filePath, 0);
        return this.recompute();
      })
      .then(() => {
        this.publisher.refresh([uri]);
        this.retainForHovers();
      });
  }

  /** Settings or config files changed: which units run may change, and every unit's findings may. */
  all(): void {
    void this.recompute().then(() => {
      for (const key of this.active.keys()) this.schedule(key, 0);
    });
  }

  /** Files changed on disk: update the index, re-analyse what read them. Open documents follow their text instead. */
  filesChanged(paths: readonly string[]): void {
    const onDisk = paths.filter((p) => !this.workspace.openUriOf(p));
    if (onDisk.length === 0) return;
    void this.index.updateFromDisk(onDisk).then((structural) => {
      for (const changed of onDisk) this.scheduleDependents(changed, 0);
      if (structural) return this.recompute().then(() => onDisk.forEach((changed) => this.scheduleDependents(changed, 0)));
      return undefined;
    });
  }

  /**
   * Works out which units should run (after the index or the set of open documents changed, or the workspace
   * setting flipped): new ones are scheduled, gone ones withdraw their diagnostics. Calls are serialised.
   */
  recompute(): Promise<void> {
    if (this.recomputing) {
      this.recomputeAgain = true;
      return this.recomputing;
    }
    this.recomputing = (async () => {
      do {
        this.recomputeAgain = false;
        await this.index.ready;
        const windowSettings = await this.settings.get(
          this.workspace.workspaceFolders[0] ? pathToUri(this.workspace.workspaceFolders[0]) : undefined,
        );
        this.apply(windowSettings.workspaceDiagnostics);
      } while (this.recomputeAgain);
    })()
      .catch((error: unknown) => this.logger.error('Working out what to analyse failed', error))
      .finally(() => {
        this.recomputing = undefined;
      });
    return this.recomputing;
  }

  private apply(workspaceDiagnostics: boolean): void {
    const flipped = workspaceDiagnostics !== this.workspaceDiagnostics;
    this.workspaceDiagnostics = workspaceDiagnostics;
    let all: Unit[] | undefined;
    const allUnits = (): Unit[] => (all ??= workspaceUnits(this.index));
    const desired = new Map<string, Unit>();
    if (workspaceDiagnostics) for (const unit of allUnits()) desired.set(unit.key, unit);
    for (const document of this.workspace.documents.all()) {
      for (const unit of unitsForDocument(this.index, uriToPath(document.uri), allUnits)) desired.set(unit.key, unit);
    }
    for (const [key, active] of [...this.active]) {
      if (desired.has(key)) continue;
      if (active.timer) clearTimeout(active.timer);
      this.active.delete(key);
      this.cacheOrder.delete(key);
      this.ready.delete(key);
      this.cacheFills.delete(key);
      this.fixes.delete(key);
      this.publisher.remove(key);
    }
    for (const [key, unit] of desired) {
      if (this.active.has(key)) continue;
      this.active.set(key, { unit, generation: 0 });
      this.schedule(key, 0);
    }
    if (flipped) this.publisher.refresh();
    this.retainForHovers();
  }

  /** Re-analyses the active units that read, deploy or are `changedPath`. */
  private scheduleDependents(changedPath: string, delayMs: number): void {
    for (const [key, { unit, reads }] of this.active) {
      if (
        unit.document === changedPath ||
        unit.template === changedPath ||
        unit.parameterFile === changedPath ||
        reads?.has(changedPath) ||
        this.index.closureOf(unit.template).has(changedPath)
      ) {
        this.schedule(key, delayMs);
      }
    }
  }

  private debounceOf(uri: string): number {
    return this.debounceByUri.get(uri) ?? this.defaultDebounceMs;
  }

  private schedule(key: string, delayMs: number): void {
    const active = this.active.get(key);
    if (!active) return;
    if (active.timer) clearTimeout(active.timer);
    active.generation++;
    this.ready.delete(key);
    this.cacheFills.delete(key);
    const now = Date.now();
    active.pendingSince ??= now;
    const wait = Math.max(0, Math.min(delayMs, active.pendingSince + MAX_DEBOUNCE_WAIT_MS - now));
    active.whileTyping = wait < delayMs;
    active.timer = setTimeout(() => {
      active.timer = undefined;
      active.pendingSince = undefined;
      this.ready.add(key);
      this.pump();
    }, wait);
  }

  /** A request was answered: analyses that waited for it go on. */
  resume(): void {
    this.pump();
  }

  /**
   * Runs ready units one at a time; units touching an open document go first. Each analysis starts from a timer,
   * not `setImmediate`: the event loop's poll phase comes between two timers, so what the client sent during an
   * analysis is read, and its requests answered (their handlers run from `setImmediate`), before the next one.
   */
  private pump(): void {
    if (this.running || this.ready.size === 0 || this.answeringRequest()) return;
    this.running = true;
    setTimeout(() => {
      if (this.ready.size === 0 || this.answeringRequest()) {
        this.running = false;
        this.pump();
        return;
      }
      const key = this.next().key;
      this.ready.delete(key);
      const fillingCache = this.cacheFills.delete(key);
      if (this.heldSince === undefined) {
        this.heldSince = Date.now();
        this.publisher.hold();
      }
      const touchedOpen = !fillingCache && this.touchesOpen(key);
      this.validate(key, fillingCache)
        .catch((error: unknown) => this.logger.error(`Analysing ${key.replace('\u0000', ' with ')} failed`, error))
        .finally(() => this.retainForHovers(key))
        .finally(() =>
          // Edits that arrived during the analysis are taken in first, so that results computed for an older
          // version of a document are not published (the publisher drops them; the edit scheduled a new analysis).
          afterClientInput(() => {
            // Publish when the queue is done, when the analyses concerning open documents are (they go first), or
            // when results have been held long enough.
            if (this.ready.size === 0 || (touchedOpen && !this.next().touchesOpen) || Date.now() - this.heldSince! > MAX_HOLD_MS) {
              this.heldSince = undefined;
              this.publisher.flush();
            }
            this.running = false;
            this.pump();
            if (this.idle) this.onIdle();
          }),
        );
    }, 0);
  }

  /**
   * The next ready unit: one touching an open document if any, then one filling the cache of a document just opened,
   * then the others. `touchesOpen`: the unit's results may change what an open document shows.
   */
  private next(): { key: string; touchesOpen: boolean } {
    const open = this.openPaths();
    for (const key of this.ready) if (!this.cacheFills.has(key) && this.touchesOpen(key, open)) return { key, touchesOpen: true };
    for (const key of this.ready) if (this.cacheFills.has(key)) return { key, touchesOpen: false };
    return { key: this.ready.values().next().value as string, touchesOpen: false };
  }

  private openPaths(): Set<string> {
    return new Set([...this.workspace.documents.all()].map((d) => uriToPath(d.uri)));
  }

  private touchesOpen(key: string, open = this.openPaths()): boolean {
    const active = this.active.get(key);
    if (!active) return false;
    const { unit, reads } = active;
    if (open.has(unit.document) || open.has(unit.template) || (unit.parameterFile !== undefined && open.has(unit.parameterFile)))
      return true;
    return reads !== undefined && [...open].some((p) => reads.has(p));
  }

  /** `fillingCache`: the text was analysed and published already; this analysis only fills the unit's cache. */
  private async validate(key: string, fillingCache = false): Promise<void> {
    const active = this.active.get(key);
    if (!active) return;
    const generation = active.generation;
    const { unit } = active;
    const openUri = this.workspace.openUriOf(unit.document);
    const documentUri = openUri ?? pathToUri(unit.document);
    const folder = this.workspace.folderOf(unit.document);
    const settings = await this.settings.get(openUri ?? (folder ? pathToUri(folder) : documentUri));
    // Superseded while waiting: a newer run is scheduled.
    if (this.active.get(key) !== active || active.generation !== generation) return;
    if (openUri) this.debounceByUri.set(openUri, settings.debounceMs);

    const prepared = this.workspace.prepareUnit(unit, settings);
    if (!prepared) {
      // Not a template (any more), or gone: whatever it had goes.
      active.reads = new Set([unit.document]);
      this.fixes.delete(key);
      this.publish(key, new Map([[documentUri, []]]));
      return;
    }

    // Keystrokes keep coming: the resource being typed is held back (engine incompleteResources.ts), and an analysis
    // after the pause shows it; one that comes as the user stops (the max wait hit just after the last keystroke)
    // is followed by one more.
    const typed = active.whileTyping ? this.typing.latestIn(active.reads ?? [unit.document]) : undefined;
    const beingTyped = typed && { path: typed.path, range: { start: typed.place.start, end: typed.place.end } };
    active.whileTyping = false;
    const started = Date.now();
    let result: AnalysisResult;
    // The cached analysis moves what the last one's model shares with its cache in place: that model goes now.
    active.retained = undefined;
    // The first analysis of a document just opened records nothing for the next one: recording copies every
    // declaration (about a sixth of the analysis, on code V8 has not optimised yet) and the user waits for this
    // one. A second analysis right after fills the cache, while the user reads the diagnostics (see below).
    const firstOpen = openUri !== undefined && active.reads === undefined && active.cache === undefined;
    try {
      // Only documents being edited keep a cache: a closed file is analysed again only when something changes.
      active.cache = openUri && !firstOpen ? this.cacheFor(key, active) : undefined;
      if (!openUri || firstOpen) this.cacheOrder.delete(key);
      result = analyzeDocument(prepared.request, {
        ...prepared.options,
        cache: active.cache,
        keepSnapshot: true,
        ...(beingTyped ? { beingTyped } : {}),
      });
    } catch (error) {
      this.logger.error(`Analysis of ${unit.document} failed`, error);
      active.reads = new Set([unit.document]);
      this.fixes.delete(key);
      this.publish(key, new Map([[documentUri, [{ diagnostic: internalErrorDiagnostic(error) }]]]));
      return;
    }
    const elapsed = Date.now() - started;
    if (elapsed > SLOW_ANALYSIS_MS) this.logger.info(`Analysed ${unit.document} in ${elapsed} ms`);
    // A rule that failed is isolated by the engine and shown as a diagnostic; the log keeps it for bug reports too.
    for (const finding of result.findings) {
      if (finding.code === 'internal-error') this.logger.error(`${finding.message} (${finding.path})`, undefined);
    }

    const reads = new Set([...result.files.keys(), unit.document]);
    if (unit.parameterFile) reads.add(unit.parameterFile);
    active.reads = reads;
    const context: ConversionContext = {
      uriOf: (p) => (p === prepared.request.path ? documentUri : this.workspace.uriOf(p)),
      textOf: (p) => (p === prepared.request.path ? prepared.request.text : this.workspace.textOf(p)),
      openDocumentOf: (p) => this.workspace.openDocumentOf(p),
      versionOf: (u) => this.workspace.versionOf(u),
      documentedRules: this.workspace.documentedRules,
      unit: key,
    };
    const byUri = diagnosticsByUri(result, documentUri, context);
    if (this.workspace.hostReportsJsonSyntax) {
      for (const [uri, produced] of byUri) {
        const open = this.workspace.documents.get(uri);
        if (open) byUri.set(uri, withoutHostSyntaxErrors(open, produced));
      }
    }
    // Code actions are asked for open documents only: an analysis offering no fix there is not kept (it would keep
    // its model alive for nothing).
    if (result.findings.some((f) => f.fixes.length > 0 && this.workspace.openUriOf(f.path) !== undefined)) {
      const versions = new Map([...result.files.keys()].map((p) => [context.uriOf(p), context.versionOf(context.uriOf(p))] as const));
      this.fixes.set(key, { result, uriOf: context.uriOf, versions, ranges: () => new RangeConverter(result, context) });
    } else {
      this.fixes.delete(key);
    }
    // Open documents this deployment read get a publish even without findings, so editors see it was analysed.
    for (const read of reads) {
      const uri = this.workspace.openUriOf(read);
      if (uri && !byUri.has(uri)) byUri.set(uri, []);
    }
    // Findings come out the same with or without a cache (incremental/README.md): filling it sends nothing new.
    const versions = this.publish(key, byUri, !fillingCache);
    if (result.snapshot) active.retained = { snapshot: result.snapshot, findings: result.findings, versions };
    if (firstOpen) {
      active.cache = this.cacheFor(key, active);
      this.schedule(key, 0);
      this.cacheFills.add(key);
    }
    if (beingTyped && !active.timer) this.schedule(key, this.debounceOf(documentUri));
  }

  /**
   * The unit whose analysis answers hovers in `path` (an open document), among the active units that read it: the
   * document's own deployment (a template with its first parameter file), else a deployment that uses it (a
   * module's caller, a parameter file's template), the first by key. Units that do not read `path` are not asked.
   */
  hoverUnit(path: string): string | undefined {
    let best: { key: string; rank: number } | undefined;
    for (const [key, { unit, reads }] of this.active) {
      const rank =
        unit.document === path && unit.template === path
          ? 0
          : unit.template === path
            ? 1
            : unit.document === path || unit.parameterFile === path
              ? 2
              : (reads ?? this.index.closureOf(unit.template)).has(path)
                ? 3
                : undefined;
      if (rank === undefined) continue;
      if (!best || rank < best.rank || (rank === best.rank && key < best.key)) best = { key, rank };
    }
    return best?.key;
  }

  /** The analysis hovers in `path` use, when it is kept (the document is open and its unit was analysed). */
  analysisFor(path: string): RetainedAnalysis | undefined {
    const key = this.hoverUnit(path);
    return key === undefined ? undefined : this.active.get(key)?.retained;
  }

  /**
   * Calls `listener` once, when the analysis hovers in `path` use is next replaced (or no unit reads `path` any more),
   * so a hover over text edited since the last one can be answered from the next. Returns how to stop listening: the
   * caller bounds the wait.
   */
  onNextAnalysisFor(path: string, listener: () => void): () => void {
    let listeners = this.analysisWaiters.get(path);
    if (!listeners) this.analysisWaiters.set(path, (listeners = new Set()));
    listeners.add(listener);
    return () => {
      this.analysisWaiters.get(path)?.delete(listener);
    };
  }

  /**
   * Keeps one analysis per open document, that of its {@link hoverUnit}, and lets the others go (memory: a model
   * each). `analysed`: the unit just analysed, whose waiters are woken.
   */
  private retainForHovers(analysed?: string): void {
    const keep = new Map<string, string[]>();
    for (const document of this.workspace.documents.all()) {
      const path = uriToPath(document.uri);
      const key = this.hoverUnit(path);
      if (key !== undefined) keep.set(key, [...(keep.get(key) ?? []), path]);
    }
    for (const [key, active] of this.active) if (!keep.has(key)) active.retained = undefined;
    for (const path of (analysed !== undefined && keep.get(analysed)) || []) this.wake(path);
    // Waiters of documents no unit answers for any more (closed) give up now.
    for (const path of [...this.analysisWaiters.keys()]) if (this.hoverUnit(path) === undefined) this.wake(path);
  }

  private wake(path: string): void {
    const waiters = this.analysisWaiters.get(path);
    this.analysisWaiters.delete(path);
    for (const resolve of waiters ?? []) resolve();
  }

  /** Hands results to the publisher with the versions of the open documents they were computed from (read now). */
  private publish(key: string, byUri: Map<string, ProducedDiagnostic[]>, touched = true): ReadonlyMap<string, number> {
    const versions = new Map<string, number>();
    for (const uri of byUri.keys()) {
      const version = this.workspace.versionOf(uri);
      if (version !== null) versions.set(uri, version);
    }
    this.publisher.set(key, byUri, versions, touched);
    return versions;
  }
}

/**
 * Runs `callback` once what the client sent so far has been handled. Messages are read in the event loop's poll phase
 * and handled from `setImmediate` (the check phase that follows); an analysis may end in either the timers or the poll
 * phase (when it waited for settings from the client). Two timers in a row put a whole poll and check phase between
 * the end of the analysis and `callback` in both cases.
 */
function afterClientInput(callback: () => void): void {
  setTimeout(() => setTimeout(callback, 0), 0);
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
