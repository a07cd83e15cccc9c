/**
 * Publishes diagnostics per target URI, merging what several analyses report about one file: a module's findings
 * can come from every deployment that uses it, a template's from each of its parameter files. Findings that differ
 * only by the parameter files they were computed with (compared as data, `keyWithoutParameterFiles`) become one that
 * names every parameter file it holds for (none when it also holds without one). A filter decides which URIs may carry diagnostics (all, or only open documents).
 * A list for an open document carries the document version it was computed for; a list computed for an older
 * version than the document now has is not sent (the edit that made it old has scheduled a newer analysis).
 */
import type { Diagnostic, DiagnosticRelatedInformation } from 'vscode-languageserver/node';
import { describeFinding, keyWithoutParameterFiles, type FindingProvenance } from '../engine';
import { mergeCallsData } from './callSuppression';

/** A diagnostic with the finding its message was made from, so that findings of several analyses merge by data. */
export interface ProducedDiagnostic {
  readonly diagnostic: Diagnostic;
  /** Absent for a diagnostic that is no engine finding (an analysis that failed): it merges by its message. */
  readonly finding?: FindingProvenance;
}

export class DiagnosticsPublisher {
  /** producer → target URI → diagnostics */
  private readonly byProducer = new Map<string, Map<string, readonly ProducedDiagnostic[]>>();
  /** producer → open document URI → the document version its diagnostics were computed for */
  private readonly versions = new Map<string, ReadonlyMap<string, number>>();
  /** What each URI was last sent, so unchanged lists are not sent again to files that are not open. */
  private readonly lastSent = new Map<string, string>();
  /** While held: targets to publish at {@link flush} (true when an analysis touched them). */
  private held: Map<string, boolean> | undefined;

  constructor(
    private readonly send: (uri: string, diagnostics: Diagnostic[], version?: number) => void,
    /** Whether diagnostics for `uri` are published at all (otherwise it gets an empty list). */
    private readonly allowed: (uri: string) => boolean = () => true,
    /** Open documents always get a publish after an analysis touched them, even an unchanged one. */
    private readonly isOpen: (uri: string) => boolean = () => true,
    /** The version an open document has now (undefined when it is not open). */
    private readonly currentVersion: (uri: string) => number | undefined = () => undefined,
  ) {}

  /**
   * Replaces everything `producer` reported, and republishes every target whose merged list may have changed.
   * `touched`: the analysis counts as news for open documents, which then get a publish even when unchanged (false
   * for an analysis of text already analysed and published, which only fills a cache).
   */
  set(
    producer: string,
    byTarget: ReadonlyMap<string, readonly ProducedDiagnostic[]>,
    versions: ReadonlyMap<string, number> = new Map(),
    touched = true,
  ): void {
    const previous = this.byProducer.get(producer);
    this.byProducer.set(producer, new Map(byTarget));
    this.versions.set(producer, versions);
    const targets = new Set([...(previous?.keys() ?? []), ...byTarget.keys()]);
    for (const target of targets) this.publish(target, touched && byTarget.has(target));
  }

  /** The producer is gone: its contributions go; other producers' findings about the same files stay. */
  remove(producer: string): void {
    const previous = this.byProducer.get(producer);
    if (!previous) return;
    this.byProducer.delete(producer);
    this.versions.delete(producer);
    for (const target of previous.keys()) this.publish(target, false);
  }

  has(producer: string): boolean {
    return this.byProducer.has(producer);
  }

  /** The filter changed (a document closed, the workspace setting flipped): republish what differs. */
  refresh(uris: Iterable<string> = this.knownTargets()): void {
    for (const uri of uris) this.publish(uri, false);
  }

  private knownTargets(): Set<string> {
    const targets = new Set(this.lastSent.keys());
    for (const byTarget of this.byProducer.values()) for (const target of byTarget.keys()) targets.add(target);
    return targets;
  }

  /** True once some analysis has reported on `target` (possibly nothing): its merged diagnostics are what is shown. */
  analysed(target: string): boolean {
    for (const byTarget of this.byProducer.values()) if (byTarget.has(target)) return true;
    return false;
  }

  /** `version`: only what was computed for that version of the open document `target` (the ranges fit its text). */
  merged(target: string, version?: number): Diagnostic[] {
    const groups = new Map<
      string,
      {
        diagnostic: Diagnostic;
        finding?: FindingProvenance;
        parameterFiles: Set<string> | undefined;
        related: Map<string, DiagnosticRelatedInformation>;
        merged: Diagnostic[];
      }
    >();
    for (const [producer, byTarget] of this.byProducer) {
      if (version !== undefined && this.versions.get(producer)?.get(target) !== version) continue;
      for (const { diagnostic, finding } of byTarget.get(target) ?? []) {
        const { start, end } = diagnostic.range;
        const parameterFiles = finding?.parameterFiles ?? [];
        const key = `${String(diagnostic.code)}|${start.line}:${start.character}-${end.line}:${end.character}|${finding ? keyWithoutParameterFiles(finding) : diagnostic.message}`;
        let group = groups.get(key);
        if (!group) {
          group = {
            diagnostic,
            finding,
            parameterFiles: parameterFiles.length > 0 ? new Set(parameterFiles) : undefined,
            related: new Map(),
            merged: [],
          };
          groups.set(key, group);
        } else if (parameterFiles.length === 0) {
          // Holding without any parameter file too: naming some would wrongly narrow it.
          group.parameterFiles = undefined;
        } else {
          for (const path of parameterFiles) group.parameterFiles?.add(path);
        }
        group.merged.push(diagnostic);
        for (const info of diagnostic.relatedInformation ?? []) {
          const { start: s, end: e } = info.location.range;
          group.related.set(`${info.location.uri}|${s.line}:${s.character}-${e.line}:${e.character}|${info.message}`, info);
        }
      }
    }
    return [...groups.values()].map(({ diagnostic, finding, parameterFiles, related, merged: all }) => {
      const message = finding ? describeFinding({ ...finding, parameterFiles: [...(parameterFiles ?? [])] }) : diagnostic.message;
      const merged: Diagnostic = { ...diagnostic, message };
      // A module's finding reported through several calls names each, to be disabled one by one.
      if (all.length > 1) merged.data = mergeCallsData(diagnostic.data, all);
      if (related.size > 0) merged.relatedInformation = [...related.values()];
      return merged;
    });
  }

  /**
   * Collects publishes until {@link flush}, so the analyses of one change (a template with several parameter files,
   * every deployment using a module) reach the editor as one list per file, not one partial list per analysis.
   */
  hold(): void {
    this.held ??= new Map();
  }

  flush(): void {
    const held = this.held;
    this.held = undefined;
    for (const [target, touched] of held ?? []) this.publish(target, touched);
  }

  private publish(target: string, touched: boolean): void {
    if (this.held) {
      this.held.set(target, touched || this.held.get(target) === true);
      return;
    }
    const current = this.currentVersion(target);
    const computedFor = current === undefined ? undefined : this.computedFor(target);
    if (computedFor !== undefined && computedFor < current!) return;
    // Recorded while the document was open before (with other version numbers): no version is better than a wrong one.
    const version = computedFor === current ? current : undefined;
    const diagnostics = this.allowed(target) ? this.merged(target) : [];
    const serialized = JSON.stringify(diagnostics);
    const previous = this.lastSent.get(target);
    if (previous === serialized && !(touched && this.isOpen(target))) return;
    if (previous === undefined && diagnostics.length === 0 && !(touched && this.isOpen(target))) return;
    if (diagnostics.length === 0) this.lastSent.delete(target);
    else this.lastSent.set(target, serialized);
    this.send(target, diagnostics, version);
  }

  /** The version of `target` the merged list was computed for: the oldest any producer used. */
  private computedFor(target: string): number | undefined {
    let oldest: number | undefined;
    for (const [producer, byTarget] of this.byProducer) {
      if (!byTarget.has(target)) continue;
      const version = this.versions.get(producer)?.get(target);
      if (version !== undefined && (oldest === undefined || version < oldest)) oldest = version;
    }
    return oldest;
  }
}
