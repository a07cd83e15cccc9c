/** Renders engine findings as stable text lines (1-based positions) for baselines and assertion messages, worded as users read them. */
import type { EngineFinding } from '../../server/src/engine/api';
import { describeFinding } from '../../server/src/engine/provenance';
import { renderOffers } from '../../server/src/engine/fixes/render';
import { LineIndex } from '../../server/src/engine/text/lineIndex';

/** `withRelated`: each related location as a line of its own under the finding (the numbered cases' baselines). */
export function findingLines(
  findings: readonly EngineFinding[],
  texts: ReadonlyMap<string, string>,
  relativeTo?: (path: string) => string,
  withRelated = false,
): string[] {
  const indexes = new Map<string, LineIndex>();
  const lines: string[] = [];
  for (const finding of findings) {
    let index = indexes.get(finding.path);
    if (!index) {
      index = new LineIndex(texts.get(finding.path) ?? '');
      indexes.set(finding.path, index);
    }
    const start = index.positionAt(finding.range.start);
    const end = index.positionAt(finding.range.end);
    const where = relativeTo ? `${relativeTo(finding.path)}:` : '';
    lines.push(
      `${where}${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1} ${finding.severity} ${finding.code}: ${describeFinding(finding)}`,
    );
    if (withRelated) {
      for (const related of finding.related) {
        const relatedIndex = related.path === finding.path ? index : new LineIndex(texts.get(related.path) ?? '');
        const at = relatedIndex.positionAt(related.range.start);
        const file = related.path === finding.path ? '' : `${relativeTo ? relativeTo(related.path) : related.path}:`;
        lines.push(`    related ${file}${at.line + 1}:${at.character + 1}: ${related.message}`);
      }
    }
    // The fixes that can be written, as the faces offer them.
    for (const fix of renderOffers(finding.fixes)) lines.push(`    fix: ${fix.title}`);
  }
  return lines;
}
