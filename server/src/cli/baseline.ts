/**
 * Baselines: `--write-baseline <file>` records today's findings, `--baseline <file>` hides them, so a repository can
 * start with the linter on and be told only about new mistakes. A finding is recorded by its rule, its file (relative
 * to the baseline file's folder, so the baseline works from any working folder) and a fingerprint of what it says and
 * where: its message (which names the resource) and the text it covers, whitespace folded. Line numbers are not part
 * of it, so editing above a finding keeps it matched; each fingerprint keeps a count, so a second identical mistake
 * added in the same file is reported. SARIF output carries the same fingerprint (`partialFingerprints`).
 */
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import type { EngineFinding } from '../engine';
import { UsageError } from './args';
import type { FileReport } from './report';

export const BASELINE_VERSION = 1;
/** The SARIF `partialFingerprints` key (versioned: a change to the fingerprint is a new key). */
export const SARIF_FINGERPRINT_KEY = 'privatelinkFinding/v1';

/** Text of a finding's span used at most: a fix or edit far inside a large span should not unmatch it. */
const MAX_SPAN_TEXT = 400;

export interface BaselineEntry {
  readonly rule: string;
  readonly file: string;
  readonly fingerprint: string;
  /** For people reading the file; not matched. */
  readonly message: string;
  readonly count: number;
}

export function fingerprintOf(finding: Pick<EngineFinding, 'code' | 'message' | 'range'>, text: string): string {
  const covered = text
    .slice(finding.range.start, Math.min(finding.range.end, finding.range.start + MAX_SPAN_TEXT))
    .replace(/\s+/g, ' ')
    .trim();
  return createHash('sha256').update(`${finding.code}\0${finding.message}\0${covered}`).digest('hex').slice(0, 20);
}

/** The baseline file's JSON for the findings of `files`. */
export function baselineJson(files: readonly FileReport[], baselinePath: string, textOf: (absPath: string) => string): string {
  const entries = new Map<string, { rule: string; file: string; fingerprint: string; message: string; count: number }>();
  for (const file of files) {
    const relative = relativeTo(baselinePath, file.absPath);
    for (const finding of file.findings) {
      // A finding repeated at a caller's argument is recorded through the one it repeats (see withoutBaselined).
      if (finding.causes) continue;
      const fingerprint = fingerprintOf(finding, textOf(file.absPath));
      const key = `${finding.code}\0${relative}\0${fingerprint}`;
      const entry = entries.get(key);
      if (entry) entry.count++;
      else entries.set(key, { rule: finding.code, file: relative, fingerprint, message: finding.message, count: 1 });
    }
  }
  const findings = [...entries.values()].sort(
    (a, b) => a.file.localeCompare(b.file) || a.rule.localeCompare(b.rule) || a.fingerprint.localeCompare(b.fingerprint),
  );
  return `${JSON.stringify({ version: BASELINE_VERSION, tool: 'privatelink-lint', findings }, null, 2)}\n`;
}

/** Reads a baseline file's text; anything that is not one is a usage error naming the file. */
export function readBaseline(text: string, displayName: string): Map<string, number> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new UsageError(`--baseline ${displayName}: not valid JSON`);
  }
  const baseline = parsed as { version?: unknown; findings?: unknown };
  if (typeof baseline !== 'object' || baseline === null || baseline.version !== BASELINE_VERSION || !Array.isArray(baseline.findings)) {
    throw new UsageError(
      `--baseline ${displayName}: not a privatelink-lint baseline (version ${BASELINE_VERSION}, written by --write-baseline)`,
    );
  }
  const counts = new Map<string, number>();
  for (const entry of baseline.findings as Partial<BaselineEntry>[]) {
    if (
      typeof entry?.rule !== 'string' ||
      typeof entry.file !== 'string' ||
      typeof entry.fingerprint !== 'string' ||
      !Number.isInteger(entry.count) ||
      (entry.count as number) < 1
    ) {
      throw new UsageError(`--baseline ${displayName}: an entry lacks rule, file, fingerprint or count`);
    }
    const key = `${entry.rule}\0${entry.file}\0${entry.fingerprint}`;
    counts.set(key, (counts.get(key) ?? 0) + (entry.count as number));
  }
  return counts;
}

/** The report without the findings the baseline holds (each entry hides as many findings as its count). */
export function withoutBaselined(
  files: readonly FileReport[],
  counts: ReadonlyMap<string, number>,
  baselinePath: string,
  textOf: (absPath: string) => string,
): { files: FileReport[]; hidden: number } {
  const left = new Map(counts);
  let hidden = 0;
  const kept = files.map((file) => {
    const relative = relativeTo(baselinePath, file.absPath);
    const findings = file.findings.filter((finding) => {
      if (finding.causes) return true;
      const key = `${finding.code}\0${relative}\0${fingerprintOf(finding, textOf(file.absPath))}`;
      const remaining = left.get(key) ?? 0;
      if (remaining === 0) return true;
      left.set(key, remaining - 1);
      hidden++;
      return false;
    });
    return { ...file, findings };
  });
  // A finding repeated at a caller's argument stays exactly when the finding it repeats does.
  const shown = new Set(
    kept.flatMap((file) => file.findings.filter((f) => !f.causes).map((f) => `${f.code}\0${f.path}\0${f.range.start}`)),
  );
  const withRepeats = kept.map((file) => ({
    ...file,
    findings: file.findings.filter((f) => !f.causes || shown.has(`${f.code}\0${f.causes.path}\0${f.causes.range.start}`)),
  }));
  return { files: withRepeats, hidden };
}

function relativeTo(baselinePath: string, absPath: string): string {
  return path.relative(path.dirname(baselinePath), absPath).split(path.sep).join('/');
}
