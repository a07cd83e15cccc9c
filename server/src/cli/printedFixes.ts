/**
 * The CLI renders only the fix text it prints: JSON and SARIF list every fix, the text format none. Fixes are
 * settled right after each analysis (rendered, or dropped), so a finding kept for the report does not keep its
 * analysis' model alive while the rest of a folder is analysed.
 */
import { renderOffers, type EngineFinding, type FixOffer } from '../engine';
import type { OutputFormat } from './args';

export function withPrintedFixes(finding: EngineFinding, format: OutputFormat): EngineFinding {
  if (finding.fixes.length === 0) return finding;
  if (format === 'text') return { ...finding, fixes: [] };
  const fixes: FixOffer[] = renderOffers(finding.fixes).map(({ title, edits }) => ({ title, edits: () => edits }));
  return { ...finding, fixes };
}
