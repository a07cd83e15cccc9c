/**
 * What one CLI run found, grouped by the file each finding is located in; the printers' only input. Printers show
 * a finding's message with `describeFinding`, which names the parameters and parameter files it rests on.
 */
import {
  keyWithoutParameterFiles,
  type BasedOnValue,
  type CallCause,
  type EngineFinding,
  type EngineLocation,
  type Language,
  type PrivateLinkMap,
  type RelatedLocation,
} from '../engine';
import type { PositionMapper } from './positions';

export interface FileReport {
  readonly absPath: string;
  readonly displayPath: string;
  readonly language: Language;
  readonly findings: readonly EngineFinding[];
}

export interface LintReport {
  readonly files: readonly FileReport[];
  /** How to print a path the engine used (fix edits, related locations). */
  displayPath(absPath: string): string;
  readonly positions: PositionMapper;
  readonly toolVersion: string;
  /** Absolute working folder; relative display paths are relative to it. */
  readonly cwd: string;
  /** With `--map` or `--format mermaid`: the Private Link map of each analysed deployment, in analysis order. */
  readonly maps?: readonly PrivateLinkMap[];
  /** A finding's fingerprint (baseline.ts), for SARIF's partialFingerprints. */
  fingerprint?(finding: EngineFinding): string;
}

/**
 * Mutable collector used while analysing. Findings of one file that several analyses report are listed once:
 * identical ones (a module used twice with the same values, a file analysed through two deployments), and ones
 * that differ only by the parameter files they were computed with, which then name every parameter file they hold for.
 */
export class ReportBuilder {
  private readonly entries = new Map<string, { displayPath: string; language: Language; findings: Map<string, MergedFinding> }>();

  ensureFile(absPath: string, displayPath: string, language: Language): void {
    if (!this.entries.has(absPath)) this.entries.set(absPath, { displayPath, language, findings: new Map() });
  }

  has(absPath: string): boolean {
    return this.entries.has(absPath);
  }

  add(finding: EngineFinding): void {
    const entry = this.entries.get(finding.path);
    if (!entry) throw new Error(`no file entry for ${finding.path}`);
    const { parameterFiles } = finding;
    const key = `${finding.code}\u0000${finding.range.start}\u0000${finding.range.end}\u0000${keyWithoutParameterFiles(finding)}`;
    const existing = entry.findings.get(key);
    if (!existing) {
      entry.findings.set(key, {
        finding,
        basedOn: [...finding.basedOn],
        parameterFiles: parameterFiles.length > 0 ? new Set(parameterFiles) : undefined,
        causedBy: [...(finding.causedBy ?? [])],
        related: [...finding.related],
      });
      return;
    }
    // A module used by several calls: the merged finding names each call that causes it.
    for (const cause of finding.causedBy ?? []) if (!existing.causedBy.some((c) => sameCause(c, cause))) existing.causedBy.push(cause);
    for (const related of finding.related) if (!existing.related.some((r) => sameRelated(r, related))) existing.related.push(related);
    // Each parameter file writes its own values: the merged finding rests on all of them.
    for (const value of finding.basedOn) if (!existing.basedOn.some((b) => sameValue(b, value))) existing.basedOn.push(value);
    // Holding without any parameter file too: naming some would wrongly narrow it.
    if (parameterFiles.length === 0) existing.parameterFiles = undefined;
    else for (const path of parameterFiles) existing.parameterFiles?.add(path);
  }

  files(): FileReport[] {
    return [...this.entries].map(([absPath, entry]) => ({
      absPath,
      displayPath: entry.displayPath,
      language: entry.language,
      findings: [...entry.findings.values()]
        .map(({ finding, basedOn, parameterFiles, causedBy, related }): EngineFinding => ({
          ...finding,
          basedOn,
          parameterFiles: [...(parameterFiles ?? [])],
          ...(causedBy.length > 0 ? { causedBy } : {}),
          related,
        }))
        .sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || compare(a.code, b.code)),
    }));
  }
}

interface MergedFinding {
  readonly finding: EngineFinding;
  readonly basedOn: BasedOnValue[];
  /** Undefined when at least one analysis reported it without a parameter file. */
  parameterFiles: Set<string> | undefined;
  readonly causedBy: CallCause[];
  readonly related: RelatedLocation[];
}

function sameCause(a: CallCause, b: CallCause): boolean {
  return a.parameter === b.parameter && sameLocation(a.call, b.call) && sameLocation(a.argument, b.argument);
}

function sameRelated(a: RelatedLocation, b: RelatedLocation): boolean {
  return a.message === b.message && sameLocation(a, b);
}

function sameLocation(a: EngineLocation, b: EngineLocation): boolean {
  return a.path === b.path && a.range.start === b.range.start && a.range.end === b.range.end;
}

function sameValue(a: BasedOnValue, b: BasedOnValue): boolean {
  return (
    a.parameter === b.parameter &&
    a.source === b.source &&
    a.path === b.path &&
    a.range.start === b.range.start &&
    a.range.end === b.range.end
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function hasErrors(files: readonly FileReport[]): boolean {
  return files.some((file) => file.findings.some((finding) => finding.severity === 'error'));
}
