// An analysis renders no fix text: a finding offers its fixes by title, and each is rendered (once) when asked for.
// Rendering every fix in every analysis made a one-line template with thousands of endpoints take minutes, while the
// editor only ever shows the fixes the user asks for. Counted through the writers' module exports, which the
// renderer calls through.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeDocument, renderOffers } from '../../server/src/engine';
import * as jsonWriter from '../../server/src/engine/fixes/jsonWriter';
import * as bicepWriter from '../../server/src/engine/fixes/bicepWriter';
import { testSource } from '../support/paths';

function countingRenders<T>(action: () => T): { value: T; renders: () => number } {
  let renders = 0;
  const writers = [jsonWriter, bicepWriter] as unknown as Record<string, (...args: unknown[]) => unknown>[];
  const names = ['renderJsonAction', 'renderBicepAction'];
  const originals = writers.map((writer, i) => writer[names[i]]);
  writers.forEach((writer, i) => {
    writer[names[i]] = (...args: unknown[]) => {
      renders++;
      return originals[i](...args);
    };
  });
  return { value: action(), renders: () => renders };
}

for (const [file, language] of [
  ['storage-pe.json', 'arm'],
  ['storage-pe.bicep', 'bicep'],
] as const) {
  test(`${language}: the analysis renders no fix; asking renders one, once`, () => {
    const text = readFileSync(testSource('lsp', 'fixtures', file), 'utf8');
    const counted = countingRenders(() => analyzeDocument({ path: `/ws/${file}`, text }));
    const withFixes = counted.value.findings.filter((f) => f.fixes.length > 0);
    assert.ok(withFixes.length > 0, 'the fixture has findings with fixes');
    assert.equal(counted.renders(), 0, 'no fix rendered by the analysis');

    const [offer] = withFixes[0].fixes;
    const edits = offer.edits();
    assert.ok(edits && edits.length > 0, `"${offer.title}" renders`);
    const afterFirst = counted.renders();
    assert.ok(afterFirst > 0);
    assert.equal(offer.edits(), edits, 'the same edits, kept');
    assert.equal(counted.renders(), afterFirst, 'not rendered again');
    assert.deepEqual(renderOffers(withFixes[0].fixes)[0], { title: offer.title, edits });
  });
}
