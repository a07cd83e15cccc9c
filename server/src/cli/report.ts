/** What one CLI run found, grouped by the file each finding is located in; the printers' only input. */
import type { EngineFinding, Language } from '../engine';
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
}

/** Mutable collector used while analysing; deduplicates findings reported by more than one analysis. */
export class ReportBuilder {
  private readonly entries = new Map<string, { displayPath: string; language: Language; findings: EngineFinding[]; keys: Set<string> }>();

  ensureFile(absPath: string, displayPath: string, language: Language): void {
    if (!this.entries.has(absPath)) this.entries.set(absPath, { displayPath, language, findings: [], keys: new Set() });
  }

  has(absPath: string): boolean {
    return this.entries.has(absPath);
  }

  add(finding: EngineFinding): void {
    const entry = this.entries.get(finding.path);
    if (!entry) throw new Error(`no file entry for ${finding.path}`);
    // A module analysed on its own and through its parent can report the same thing twice.
    const key = `${finding.code}\u0000${finding.range.start}\u0000${finding.range.end}\u0000${finding.message}`;
    if (entry.keys.has(key)) return;
    entry.keys.add(key);
    entry.findings.push(finding);
  }

  files(): FileReport[] {
    return [...this.entries].map(([absPath, entry]) => ({
      absPath,
      displayPath: entry.displayPath,
      language: entry.language,
      findings: [...entry.findings].sort(
        (a, b) => a.range.start - b.range.start || a.range.end - b.range.end || compare(a.code, b.code),
      ),
    }));
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function hasErrors(files: readonly FileReport[]): boolean {
  return files.some((file) => file.findings.some((finding) => finding.severity === 'error'));
}
