/**
 * The code lens above an endpoint (issue 19.8) says what its hover's checklist says, from the same analysis: over
 * every rule fixture and case, the lens's zone-group and public-access verdicts match the hover's lines at the
 * endpoint (whose zone-group line is never ticked where pe-dns-zone-group is shown: checklistAgreement.test.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checklistLensesFromSnapshot, hoverFromSnapshot } from '../../server/src/engine';
import { analysedRuleFiles } from '../support/analysedRuleFiles';

test('every endpoint lens agrees with the hover checklist of the same analysis (every rule fixture and case)', () => {
  const disagreements: string[] = [];
  let endpoints = 0;
  let services = 0;
  for (const { label, path, snapshot, shown } of analysedRuleFiles()) {
    for (const lens of checklistLensesFromSnapshot(snapshot, path, shown)) {
      const where = `${label} at ${lens.range.start}: "${lens.title}"`;
      if (lens.title.startsWith('Private Link service')) {
        services++;
        continue;
      }
      endpoints++;
      const hover = hoverFromSnapshot(snapshot, path, lens.range.start, shown);
      const markdown = hover && typeof hover === 'object' ? hover.markdown : '';
      const line = (name: string): string => markdown.split('\n').find((l) => l.includes(` ${name}`)) ?? '';
      const zoneGroup = line('DNS zone group:');
      if (lens.title.includes('DNS: ✅') && !zoneGroup.startsWith('- ✅')) disagreements.push(`${where} / hover "${zoneGroup}"`);
      if (lens.title.includes('DNS: ❌ no zone group') && !zoneGroup.startsWith('- ❌'))
        disagreements.push(`${where} / hover "${zoneGroup}"`);
      const access = line('Public access on the target:');
      if (/\(public access (off|restricted)\)/.test(lens.title) && !access.startsWith('- ✅'))
        disagreements.push(`${where} / hover "${access}"`);
      if (lens.title.includes('(public access on)') && !access.startsWith('- ❌')) disagreements.push(`${where} / hover "${access}"`);
    }
  }
  assert.deepEqual(disagreements, []);
  // Not vacuous: many endpoints and some services were summed up.
  assert.ok(endpoints >= 100, `${endpoints} endpoint lenses`);
  assert.ok(services >= 10, `${services} service lenses`);
});
