// Tests the committed per-service table: it matches what scripts/build-knowledge.mjs makes of the shared data, and it is internally sane.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { getKnowledge } from '../../server/src/engine/knowledge/knowledge';
import { repoRoot } from '../support/paths';

const root = repoRoot;
const servicesPath = join(root, 'server', 'src', 'engine', 'knowledge', 'services.json');
const sharedData = join(root, '..', 'shared', 'data', 'private-endpoint-services.json');
const PLACEHOLDERS = ['regionName', 'regionCode', 'region', 'dnsPrefix', 'partitionId', 'subzone'];

interface RawGroup {
  groupId: string;
  zones: string[];
  legacyZones?: { zone: string; why: string }[];
  zonesUnknown?: string;
}
interface RawService {
  resourceType: string;
  groupIdKind: string;
  groups: RawGroup[];
  publicAccess?: { path: string[]; disabledValues: (string | boolean)[]; caseInsensitive: boolean; whenAbsent: string };
  publicAccessUnknown?: string;
}
const raw = JSON.parse(readFileSync(servicesPath, 'utf8')) as { services: RawService[] };

test('services.json is what build-knowledge.mjs produces from ../shared', (t) => {
  if (!existsSync(sharedData)) {
    t.skip(`${sharedData} not present: cannot regenerate the table here`);
    return;
  }
  const run = spawnSync(process.execPath, [join(root, 'scripts', 'build-knowledge.mjs'), '--stdout'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(readFileSync(servicesPath, 'utf8'), run.stdout, 'services.json is stale: run node scripts/build-knowledge.mjs');
});

test('no resource type appears twice, and no group id twice within a type', () => {
  const types = raw.services.map((s) => s.resourceType.toLowerCase());
  assert.equal(new Set(types).size, types.length);
  for (const s of raw.services) {
    const ids = s.groups.map((g) => g.groupId.toLowerCase());
    assert.equal(new Set(ids).size, ids.length, s.resourceType);
  }
});

test('every group id has a zone, or a recorded reason why none is known', () => {
  for (const s of raw.services) {
    for (const g of s.groups) {
      assert.ok(g.zones.length > 0 || (g.zonesUnknown ?? '').length > 0, `${s.resourceType}/${g.groupId}`);
      assert.ok(!(g.zones.length > 0 && g.zonesUnknown), `${s.resourceType}/${g.groupId} has zones and a reason`);
    }
  }
});

test('group-id kinds are consistent with the lists', () => {
  for (const s of raw.services) {
    if (s.groupIdKind === 'listed') assert.ok(s.groups.length > 0, s.resourceType);
    else assert.equal(s.groups.length, 0, s.resourceType);
  }
  assert.equal(raw.services.find((s) => s.resourceType === 'Microsoft.Network/privateLinkServices')?.groupIdKind, 'none');
});

test('zone names are well-formed, use known placeholders, and are either recommended or legacy, never both', () => {
  const k = getKnowledge();
  for (const s of raw.services) {
    for (const g of s.groups) {
      const legacy = (g.legacyZones ?? []).map((l) => l.zone);
      for (const zone of [...g.zones, ...legacy]) {
        assert.match(zone, /^[a-z0-9{}A-Z.-]+$/, zone);
        assert.ok(!zone.endsWith('.'), zone);
        for (const m of zone.matchAll(/\{([^}]*)\}/g)) assert.ok(PLACEHOLDERS.includes(m[1]), `${zone}: {${m[1]}}`);
        assert.equal(zone.replace(/\{[A-Za-z]+\}/g, ''), zone.replace(/\{[A-Za-z]+\}/g, '').toLowerCase(), zone);
      }
      for (const zone of g.zones)
        assert.equal(k.zoneFit(s.resourceType, g.groupId, zone), 'recommended', `${s.resourceType}/${g.groupId} ${zone}`);
      for (const zone of legacy)
        assert.equal(k.zoneFit(s.resourceType, g.groupId, zone), 'legacy', `${s.resourceType}/${g.groupId} ${zone}`);
      for (const l of g.legacyZones ?? []) assert.ok(l.why.length > 0);
    }
  }
});

test('every type says how public access is closed, or why that is not known', () => {
  for (const s of raw.services) {
    assert.ok((s.publicAccess === undefined) !== (s.publicAccessUnknown === undefined), s.resourceType);
    const p = s.publicAccess;
    if (!p) continue;
    assert.ok(p.path.length >= 2, s.resourceType);
    assert.ok(p.disabledValues.length > 0, s.resourceType);
    const boolean = p.disabledValues.every((v) => typeof v === 'boolean');
    assert.ok(boolean || p.disabledValues.every((v) => typeof v === 'string'), s.resourceType);
    assert.equal(p.caseInsensitive, !boolean, s.resourceType);
    assert.ok(['open', 'closed', 'unknown'].includes(p.whenAbsent), s.resourceType);
  }
});
