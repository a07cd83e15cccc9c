// The id-key memos the language server keeps between keystrokes (incremental/generationalMemo.ts): they keep what
// the last analysis used and nothing older; they belong to the document's AnalysisCache, so an analysis without one
// (the CLI) shares nothing with any other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GenerationalMemo } from '../../server/src/engine/incremental/generationalMemo';
import { AnalysisCache, analyzeDocument } from '../../server/src/engine';

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
  resources: [
    {
      type: 'Microsoft.Network/privateEndpoints',
      apiVersion: '2023-11-01',
      name: 'pe',
      location: 'westeurope',
      properties: { subnet: { id: `${ID}/subnets/s` } },
    },
  ],
});

test("the id-key memos are the document's analysis cache's, and an analysis without a cache shares none", () => {
  const cache = new AnalysisCache();
  const memoKeys = (memo: GenerationalMemo<string>) => [...(memo as unknown as { current: Map<string, string> }).current.keys()];
  analyzeDocument({ path: '/w/t.json', text: TEMPLATE }, { cache });
  const kept = memoKeys(cache.idKeys);
  assert.ok(kept.length > 0 && memoKeys(cache.parentKeys).length > 0, 'an analysis with a cache leaves its id keys for the next one');
  analyzeDocument({ path: '/w/t.json', text: TEMPLATE });
  assert.deepEqual(memoKeys(cache.idKeys), kept, 'an analysis without a cache neither reads nor changes them');
  const other = new AnalysisCache();
  analyzeDocument({ path: '/w/t.json', text: TEMPLATE }, { cache: other });
  assert.ok(
    kept.every((id) => other.idKeys.get(id) !== undefined),
    "another document's cache has its own",
  );
});
