/** Renders engine findings as stable text lines (1-based positions) for baselines and assertion messages, worded as users read them. */
import type { EngineFinding } from '../../server/src/engine/api';
import { describeFinding } from '../../server/src/engine/provenance';
import { renderOffers } from '../../server/src/engine/fixes/render';
import { LineIndex } from '../../server/src/engine/text/lineIndex';

export function findingLines(
  findings: readonly EngineFinding[],
  texts: ReadonlyMap<string, string>,
  relativeTo?: (path: string) => string,
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
    // The fixes that can be written, as the faces offer them.
    for (const fix of renderOffers(finding.fixes)) lines.push(`    fix: ${fix.title}`);
  }
  return lines;
}
