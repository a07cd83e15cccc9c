// Tests the allocation-free case-insensitive name comparison the lowering, the graph and the rules share: it must
// agree with `key.toLowerCase() === name.toLowerCase()` for every key, including characters that lowercase oddly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { caseInsensitiveName, getMember, matchesName } from '../../server/src/engine/evaluate/value';

const ODD = [
  'K',
  'k',
  '\u212a',
  'İ',
  'i',
  'I',
  'ı',
  'ß',
  'SS',
  'Σ',
  'σ',
  'ς',
  'Ǆ',
  'ǅ',
  'ǆ',
  'ﬀ',
  'A',
  'a',
  'Z',
  'z',
  '[',
  '@',
  '`',
  '{',
  '-',
  '_',
  '0',
  'é',
  'É',
];

test('matchesName agrees with toLowerCase on names and keys made of odd characters', () => {
  const word = fc.array(fc.constantFrom(...ODD), { maxLength: 5 }).map((parts) => parts.join(''));
  fc.assert(
    fc.property(word, word, (key, name) => {
      assert.equal(matchesName(key, caseInsensitiveName(name)), key.toLowerCase() === name.toLowerCase(), JSON.stringify({ key, name }));
    }),
    { numRuns: 5000, seed: 11 },
  );
});

test('matchesName agrees with toLowerCase on arbitrary strings', () => {
  fc.assert(
    fc.property(fc.fullUnicodeString({ maxLength: 6 }), fc.fullUnicodeString({ maxLength: 6 }), (key, name) => {
      assert.equal(matchesName(key, caseInsensitiveName(name)), key.toLowerCase() === name.toLowerCase());
      assert.equal(matchesName(name.toUpperCase(), caseInsensitiveName(name)), name.toUpperCase().toLowerCase() === name.toLowerCase());
    }),
    { numRuns: 5000, seed: 12 },
  );
});

test('getMember finds members in any case, the exact spelling first', () => {
  assert.equal(getMember({ Kind: 1 }, 'kind'), 1);
  assert.equal(getMember({ kind: 1, KIND: 2 }, 'KIND'), 2);
  assert.equal(getMember({ '\u212aind': 3 }, 'kind'), 3);
  assert.equal(getMember({ kinds: 1 }, 'kind'), undefined);
});
