/** UnchangedText: where a newer text agrees with the one an analysis read (hovers from an older analysis). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UnchangedText } from '../../server/src/engine/hover/unchangedText';
import { commonAffixesByCharacter } from '../support/commonAffixesByCharacter';

test('offsets map around one edit, at block boundaries and within blocks, as a character-by-character comparison says', () => {
  let seed = 7;
  const random = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const base = Array.from({ length: 20_000 }, (_, i) => 'abcdefgh'[(i * 7 + (i >> 5)) % 8]).join('');
  for (let round = 0; round < 200; round++) {
    const at = [0, 4095, 4096, 4097, 8192, base.length][round % 6] ?? random(base.length);
    const start = round < 6 ? at : random(base.length);
    const removed = random(3) === 0 ? 0 : random(5000);
    const inserted = 'xyz'.slice(0, random(4)).repeat(random(2000));
    const current = base.slice(0, start) + inserted + base.slice(Math.min(base.length, start + removed));
    const { prefix, suffix } = commonAffixesByCharacter(base, current);
    const unchanged = UnchangedText.between(base, current);
    const delta = current.length - base.length;
    for (const offset of [0, prefix - 1, prefix, current.length - suffix - 1, current.length - suffix, current.length - 1]) {
      if (offset < 0 || offset > current.length) continue;
      const expected = offset < prefix ? offset : offset >= current.length - suffix ? offset - delta : undefined;
      assert.equal(unchanged.toAnalysed(offset), expected, `round ${round}, offset ${offset}`);
    }
    assert.deepEqual(unchanged.toCurrent({ start: 0, end: prefix }), { start: 0, end: prefix });
    if (prefix < base.length - suffix) assert.equal(unchanged.toCurrent({ start: prefix, end: prefix + 1 }), undefined);
    assert.deepEqual(unchanged.toCurrent({ start: base.length - suffix, end: base.length }), {
      start: current.length - suffix,
      end: current.length,
    });
  }
});

test('identical texts map every offset to itself', () => {
  const text = 'x'.repeat(10_000);
  const unchanged = UnchangedText.between(text, text.slice(0));
  assert.equal(unchanged.identical, true);
  assert.equal(unchanged.toAnalysed(10_000), 10_000);
  assert.deepEqual(unchanged.toCurrent({ start: 3, end: 9_000 }), { start: 3, end: 9_000 });
});

test('a run of one character lengthened or shortened: the changed stretch never overlaps what both share', () => {
  for (const [before, after] of [
    [8192, 8193],
    [8193, 8192],
    [4095, 4097],
    [12_288, 8191],
  ]) {
    const analysed = 'a'.repeat(before);
    const current = 'a'.repeat(after);
    const { prefix, suffix } = commonAffixesByCharacter(analysed, current);
    const unchanged = UnchangedText.between(analysed, current);
    for (let offset = 0; offset <= current.length; offset++) {
      const expected =
        offset < prefix ? offset : offset >= current.length - suffix ? offset - (current.length - analysed.length) : undefined;
      assert.equal(unchanged.toAnalysed(offset), expected, `${before} → ${after}, offset ${offset}`);
    }
  }
});
