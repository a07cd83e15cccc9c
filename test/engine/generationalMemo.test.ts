// The id-key memos the language server keeps between keystrokes (incremental/generationalMemo.ts): they keep what
// the last analysis used and nothing older, and an analysis without an analysis cache (the CLI) leaves them empty.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GenerationalMemo } from '../../server/src/engine/incremental/generationalMemo';
import { AnalysisCache, analyzeDocument } from '../../server/src/engine';
import { idKeyMemo } from '../../server/src/engine/model/resourceIds';

test('a generational memo keeps what the last analysis used, and only that', () => {
  const memo = new GenerationalMemo<string>(100);
  memo.startAnalysis(true);
  memo.set('a', '1');
  memo.set('b', '2');
  memo.startAnalysis(true);
  assert.equal(memo.get('a'), '1', 'kept for the next analysis');
  memo.startAnalysis(true);
  assert.equal(memo.get('a'), '1', 'used by the last analysis: still kept');
  assert.equal(memo.get('b'), undefined, 'not used by the last analysis: dropped');
  memo.startAnalysis(false);
  assert.equal(memo.get('a'), undefined, 'an analysis that keeps nothing starts empty');
});

test('a generational memo stays bounded without analyses', () => {
  const memo = new GenerationalMemo<number>(10);
  for (let i = 0; i < 25; i++) memo.set(`k${i}`, i);
  assert.equal(memo.get('k24'), 24);
  assert.equal(memo.get('k0'), undefined);
});

const ID = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet';
const TEMPLATE = JSON.stringify({
  $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
  contentVersion: '1.0.0.0',
  resources: [{ type: 'Microsoft.Network/privateEndpoints', apiVersion: '2023-11-01', name: 'pe', location: 'westeurope', properties: { subnet: { id: `${ID}/subnets/s` } } }],
});

test('the id-key memo is kept for an open document and emptied after an analysis without a cache', () => {
  analyzeDocument({ path: '/w/t.json', text: TEMPLATE }, { cache: new AnalysisCache() });
  const kept = [...((idKeyMemo as unknown as { current: Map<string, string> }).current.keys())];
  assert.ok(kept.length > 0, 'an analysis with a cache leaves its id keys for the next one');
  analyzeDocument({ path: '/w/t.json', text: TEMPLATE });
  assert.ok(kept.every((id) => idKeyMemo.get(id) === undefined), 'an analysis without a cache leaves nothing behind');
});
