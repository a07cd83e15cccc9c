/**
 * Promises of the README that no other engine test proves (test/PROMISES.md maps them): "DNS managed by policy"
 * silences exactly the three rules about a template's own DNS wiring, and every other finding stays as it was,
 * message for message.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument, describeFinding, describeRules } from '../../server/src/engine';
import { RULE_TESTS_ROOT } from '../support/ruleFolders';

const DNS_WIRING_RULES = ['pe-dns-zone-group', 'pe-dns-zone-group-incomplete', 'dns-zone-vnet-link'];

function shown(path: string, dns: 'template' | 'policy'): string[] {
  const text = readFileSync(path, 'utf8');
  return analyzeDocument({ path, text }, { dns }).findings.map((f) => `${f.range.start} ${f.code} ${describeFinding(f)}`);
}

for (const language of ['json', 'bicep'] as const) {
  test(`dns "policy" silences pe-dns-zone-group, pe-dns-zone-group-incomplete and dns-zone-vnet-link, and no other rule (${language})`, () => {
    let silenced = 0;
    for (const rule of describeRules()) {
      const fixture = join(RULE_TESTS_ROOT, rule.id, `fail.${language}`);
      const byTemplate = shown(fixture, 'template');
      const byPolicy = shown(fixture, 'policy');
      const isWiring = (line: string): boolean => DNS_WIRING_RULES.includes(line.split(' ')[1]);
      if (DNS_WIRING_RULES.includes(rule.id)) {
        assert.ok(byTemplate.some(isWiring), `${fixture} shows ${rule.id} when the template manages DNS`);
        silenced++;
      }
      assert.deepEqual(
        byPolicy,
        byTemplate.filter((line) => !isWiring(line)),
        `${fixture}: only the DNS wiring rules fall silent`,
      );
    }
    assert.equal(silenced, DNS_WIRING_RULES.length, 'every DNS wiring rule has a fail fixture that was checked');
  });
}
