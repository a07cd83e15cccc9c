/** The parts of the CLI's JSON report (`--format json`, see docs) that the action reads. */
import type { MermaidMap } from '../engine';

export interface ReportedFinding {
  readonly code: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
  readonly range: {
    readonly start: { readonly line: number; readonly character: number };
    readonly end: { readonly line: number; readonly character: number };
  };
  /** Set on a finding repeated at a caller's argument: the module's finding it repeats, counted there. */
  readonly causes?: unknown;
}

/** The findings a count counts: a finding repeated at a caller's argument is the module's finding, counted once. */
export function countedFindings(file: ReportedFile): readonly ReportedFinding[] {
  return file.diagnostics.filter((finding) => finding.causes === undefined);
}

export interface ReportedFile {
  readonly path: string;
  readonly language: string;
  readonly diagnostics: readonly ReportedFinding[];
}

export function readReport(json: string): readonly ReportedFile[] {
  return readFullReport(json).files;
}

/** The files and, when the report was made with `--map`, the Private Link map of each deployment. */
export function readFullReport(json: string): { readonly files: readonly ReportedFile[]; readonly maps: readonly MermaidMap[] } {
  const report = JSON.parse(json) as { version: number; files: ReportedFile[]; maps?: MermaidMap[] };
  if (report.version !== 1 || !Array.isArray(report.files)) throw new Error('unexpected report from privatelink-lint');
  return { files: report.files, maps: Array.isArray(report.maps) ? report.maps : [] };
}
