/** The parts of the CLI's JSON report (`--format json`, see docs) that the action reads. */

export interface ReportedFinding {
  readonly code: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
  readonly range: { readonly start: { readonly line: number; readonly character: number }; readonly end: { readonly line: number; readonly character: number } };
}

export interface ReportedFile {
  readonly path: string;
  readonly language: string;
  readonly diagnostics: readonly ReportedFinding[];
}

export function readReport(json: string): readonly ReportedFile[] {
  const report = JSON.parse(json) as { version: number; files: ReportedFile[] };
  if (report.version !== 1 || !Array.isArray(report.files)) throw new Error('unexpected report from privatelink-lint');
  return report.files;
}
