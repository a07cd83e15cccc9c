/**
 * At most {@link MAX_FINDINGS_PER_FILE} findings are reported per file. A generated or hostile file can hold a
 * hundred thousand identical mistakes; reporting each would cost the editor and the CLI hundreds of megabytes and
 * tell the reader nothing the first thousand do not. The rest are counted in one summary finding.
 */
import type { RawFinding } from './rules/framework/runRules';

export const MAX_FINDINGS_PER_FILE = 1000;

/** Files under the limit keep their findings as they are; a file over it keeps the first ones by position. */
export function limitFindingsPerFile(findings: RawFinding[], limit = MAX_FINDINGS_PER_FILE): RawFinding[] {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(finding.at.file.path, (counts.get(finding.at.file.path) ?? 0) + 1);
  if (![...counts.values()].some((count) => count > limit)) return findings;
  const kept: RawFinding[] = [];
  const overflowing = new Map<string, RawFinding[]>();
  for (const finding of findings) {
    const path = finding.at.file.path;
    if ((counts.get(path) ?? 0) <= limit) kept.push(finding);
    else {
      const list = overflowing.get(path);
      if (list) list.push(finding);
      else overflowing.set(path, [finding]);
    }
  }
  for (const [, all] of overflowing) {
    // Stable: findings at the same position keep the engine's order (syntax first, then rules).
    const byPosition = all
      .map((finding, i) => ({ finding, i }))
      .sort((a, b) => a.finding.at.span.start - b.finding.at.span.start || a.i - b.i);
    kept.push(...byPosition.slice(0, limit).map(({ finding }) => finding));
    const file = all[0].at.file;
    kept.push({
      code: 'syntax-error',
      severity: 'info',
      at: { file, span: { start: 0, end: 0 } },
      message: `${all.length - limit} more findings in this file are not reported: at most ${limit} are reported per file.`,
    });
  }
  return kept;
}
