/**
 * Findings as GitHub workflow commands (`::warning file=…,line=…::message`): the runner shows them on the pull
 * request's changed lines and in the job's page. Chosen inside the action rather than as a CLI `--format github`:
 * SARIF upload covers repositories with code scanning, and annotations cover the others (private repositories
 * without GitHub Advanced Security), which only a GitHub job can show anyway.
 */
import type { ReportedFile } from './report';

const LEVELS: Readonly<Record<string, string>> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escaping of a command's message (GitHub's toolkit: `%`, CR, LF). */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a command's property value: the data escapes plus the separators `:` and `,`. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function annotationLines(files: readonly ReportedFile[]): string[] {
  const lines: string[] = [];
  for (const file of files) {
    for (const finding of file.diagnostics) {
      const { start, end } = finding.range;
      // Workflow commands count lines and columns from 1; the JSON report, as LSP, from 0.
      const where = [
        `file=${escapeProperty(file.path)}`,
        `line=${start.line + 1}`,
        `col=${start.character + 1}`,
        ...(end.line === start.line ? [`endColumn=${end.character + 1}`] : [`endLine=${end.line + 1}`]),
        `title=${escapeProperty(finding.code)}`,
      ];
      lines.push(`::${LEVELS[finding.severity] ?? 'warning'} ${where.join(',')}::${escapeData(finding.message)}`);
    }
  }
  return lines;
}
