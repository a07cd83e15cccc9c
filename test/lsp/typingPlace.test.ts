// The stretch an edit changed (lsp/typingPlace.ts), found by comparing slices of the two versions: the same answer a
// character-by-character scan gives, for insertions, deletions and replacements anywhere, including repeated
// characters where the common start and end could overlap.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { changedStretch, TypingPlaces } from '../../server/src/lsp/typingPlace';
import { commonAffixesByCharacter } from '../support/commonAffixesByCharacter';

function byCharacters(previous: string, current: string): { start: number; end: number } {
  const { prefix, suffix } = commonAffixesByCharacter(previous, current);
  return { start: prefix, end: current.length - suffix };
}

test('the changed stretch is what a character-by-character scan finds', () => {
  const text = fc.string({ unit: fc.constantFrom('a', 'b', '{', '"', '\n'), maxLength: 9000 });
  fc.assert(
    fc.property(text, fc.nat(), fc.nat(20), text, (original, at, removed, inserted) => {
      const start = at % (original.length + 1);
      const edited = original.slice(0, start) + inserted.slice(0, 30) + original.slice(start + removed);
      assert.deepEqual(changedStretch(original, edited), byCharacters(original, edited));
    }),
    { numRuns: 300, seed: 1903 },
  );
});

test('typing one character in the middle of a large text: the stretch is that character', () => {
  const large = '{"a": "b"}\n'.repeat(300_000);
  const at = 1_500_001;
  const typed = large.slice(0, at) + 'x' + large.slice(at);
  const places = new TypingPlaces();
  places.update('/t.json', large, 1);
  places.update('/t.json', typed, 2);
  // The inserted x sits among the same characters: the stretch is the shortest one that explains the edit.
  const { place } = places.latestIn(['/t.json'])!;
  assert.deepEqual({ ...place }, { ...byCharacters(large, typed), at: 2 });
  assert.equal(place.end - place.start, 1);
});
