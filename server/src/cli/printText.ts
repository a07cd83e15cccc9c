/** The default output: one `path:line:col: severity code message` line per finding, 1-based line and column. */
import type { LintReport } from './report';

export function printText(report: LintReport): string {
  const lines: string[] = [];
  for (const file of report.files) {
    for (const finding of file.findings) {
      const { line, character } = report.positions.position(file.absPath, finding.range.start);
      // One finding per line keeps the output greppable and parsable by editors' problem matchers.
      const message = finding.message.replace(/\s*\r?\n\s*/g, ' ');
      lines.push(`${file.displayPath}:${line + 1}:${character + 1}: ${finding.severity} ${finding.code} ${message}`);
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}
