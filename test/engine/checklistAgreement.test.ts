/**
 * The endpoint checklist in the hover never contradicts the diagnostics (issue 19.2): over every rule fixture and
 * case, for every finding shown on a private endpoint, the checklist line of that finding's rule, in the hover at the
 * finding, is not a ✅. Both come from one analysis (the snapshot the server keeps), as in the editor.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hoverFromSnapshot } from '../../server/src/engine';
import { analysedRuleFiles } from '../support/analysedRuleFiles';

/** The checklist line each rule's finding speaks to (the line starts after its mark). */
const LINE_OF_RULE: Readonly<Record<string, string>> = {
  'pe-dns-zone-group': 'DNS zone group:',
  'pe-valid-group-id': 'Group id',
  'pe-single-group-id': 'Group id',
  'pe-dns-zone-name': 'Zone:',
  'pe-dns-zone-group-incomplete': 'Zone:',
  'dns-zone-vnet-link': 'Virtual network link:',
};

test('no checklist line is ticked where a finding of its rule is shown (every rule fixture and case)', () => {
  let checked = 0;
  const contradictions: string[] = [];
  for (const { label, path, snapshot, shown } of analysedRuleFiles()) {
    for (const finding of shown) {
      const line = LINE_OF_RULE[finding.code];
      if (!line) continue;
      const hover = hoverFromSnapshot(snapshot, path, finding.range.start, shown);
      const markdown = hover && typeof hover === 'object' && 'markdown' in hover ? hover.markdown : '';
      if (!markdown.includes('**This private endpoint**')) continue;
      const lines = markdown.split('\n').filter((l) => l.includes(` ${line}`));
      checked += lines.length;
      for (const ticked of lines.filter((l) => l.startsWith('- ✅')))
        contradictions.push(`${label}: ${finding.code} shown, yet "${ticked}"`);
    }
  }
  assert.deepEqual(contradictions, []);
  // The check is not vacuous: checklist lines were found under findings of these rules.
  assert.ok(checked >= 50, `${checked} checklist lines checked`);
});
