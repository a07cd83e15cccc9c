/** The job summary (`GITHUB_STEP_SUMMARY`): counts per rule, then the findings themselves, in Markdown. */
import { countedFindings, type ReportedFile, type ReportedFinding } from './report';

/** Findings listed one by one in the summary at most; the counts above them cover all. */
export const LISTED_FINDINGS = 100;

const SEVERITY_ORDER: readonly ReportedFinding['severity'][] = ['error', 'warning', 'info'];

/** Markdown table cells hold no pipe or line break. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function jobSummary(files: readonly ReportedFile[], docsBaseUrl: string): string {
  // A finding repeated at a caller's argument is listed and counted once, as the module's finding it repeats.
  const findings = files.flatMap((file) => countedFindings(file).map((finding) => ({ file, finding })));
  const lines = ['## Azure Private Link Guidance', ''];
  if (findings.length === 0) {
    lines.push(`No finding in ${files.length} analysed file(s).`, '');
    return lines.join('\n');
  }
  const bySeverity = SEVERITY_ORDER.map((severity) => `${findings.filter((f) => f.finding.severity === severity).length} ${severity}`);
  const withFindings = files.filter((file) => countedFindings(file).length > 0).length;
  lines.push(`${findings.length} finding(s) in ${withFindings} of ${files.length} analysed file(s): ${bySeverity.join(', ')}.`, '');

  const perRule = new Map<string, { severity: ReportedFinding['severity']; count: number }>();
  for (const { finding } of findings) {
    const entry = perRule.get(finding.code) ?? { severity: finding.severity, count: 0 };
    entry.count++;
    if (SEVERITY_ORDER.indexOf(finding.severity) < SEVERITY_ORDER.indexOf(entry.severity)) entry.severity = finding.severity;
    perRule.set(finding.code, entry);
  }
  lines.push('| Rule | Level | Findings |', '|---|---|---:|');
  const ruleRows = [...perRule].sort(([a, x], [b, y]) => y.count - x.count || a.localeCompare(b));
  for (const [code, { severity, count }] of ruleRows) {
    const rule = code === 'syntax-error' || code === 'internal-error' ? `\`${code}\`` : `[\`${code}\`](${docsBaseUrl}/${code}.md)`;
    lines.push(`| ${rule} | ${severity} | ${count} |`);
  }
  lines.push('', '<details><summary>Findings</summary>', '', '| Where | Level | Rule | Message |', '|---|---|---|---|');
  for (const { file, finding } of findings.slice(0, LISTED_FINDINGS)) {
    lines.push(
      `| \`${cell(file.path)}:${finding.range.start.line + 1}\` | ${finding.severity} | \`${finding.code}\` | ${cell(finding.message)} |`,
    );
  }
  if (findings.length > LISTED_FINDINGS)
    lines.push('', `… and ${findings.length - LISTED_FINDINGS} more (see the annotations or the SARIF report).`);
  lines.push('', '</details>', '');
  return lines.join('\n');
}
