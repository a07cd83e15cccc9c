/** The default output: one `path:line:col: severity code message` line per finding, 1-based line and column. */
import { describeFinding } from '../engine';
import type { LintReport } from './report';
import { escapeControls } from './escapeControls';

export function printText(report: LintReport): string {
  const lines: string[] = [];
  for (const file of report.files) {
    for (const finding of file.findings) {
      const { line, character } = report.positions.position(file.absPath, finding.range.start);
      // One finding per line keeps the output greppable and parsable by editors' problem matchers.
      const message = escapeControls(oneLine(describeFinding(finding)));
      lines.push(`${escapeControls(file.displayPath)}:${line + 1}:${character + 1}: ${finding.severity} ${finding.code} ${message}`);
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}

/**
 * A message on one line: each line break with the spaces around it becomes one space. Split and trim rather than
 * `/\s*\r?\n\s*\/g`, which is quadratic on long runs of spaces (messages quote template text).
 */
export function oneLine(message: string): string {
  if (!message.includes('\n')) return message;
  const lines = message.split('\n');
  return lines
    .map((line, i) => (i === 0 ? line.trimEnd() : i === lines.length - 1 ? line.trimStart() : line.trim()))
    .filter((line, i) => line.length > 0 || i === 0)
    .join(' ');
}
