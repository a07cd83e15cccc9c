// The evaluator's value domain (evaluate/value.ts) in three-valued logic: when two values are known equal, known
// different, or undecided; how unknown parts travel inside strings (a '/' in a key stays one part); and how values
// are shown in messages. Rules decide on these answers, so an "equal" that should be "undecided" is a false finding.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  containsUnknown,
  describeValue,
  equalsIgnoreCase,
  getMember,
  hasUnknownPart,
  isKnownString,
  isObjectValue,
  MAX_WALK_SIZE,
  normaliseString,
  toStringPart,
  tooLargeToWalk,
  Unknown,
  unknownAsStringPart,
  valuesEqual,
} from '../../server/src/engine/evaluate/value';
import { sharedParts } from '../support/builtins';

const A = new Unknown("parameters('a')");
const B = new Unknown("parameters('b')");
const partA = unknownAsStringPart(A);
const partB = unknownAsStringPart(B);

test('unknowns: equal to themselves by key, undecided against anything else', () => {
  assert.equal(valuesEqual(A, new Unknown("parameters('a')")), true);
  assert.equal(valuesEqual(A, B), undefined);
  assert.equal(valuesEqual(A, 'x'), undefined);
  assert.equal(valuesEqual('x', A), undefined);
  assert.equal(valuesEqual(A, null), undefined);
});

test('strings: case-sensitive unless asked, and partly unknown ones differ only when their known ends do', () => {
  assert.equal(valuesEqual('Vnet', 'vnet'), false);
  assert.equal(valuesEqual('Vnet', 'vnet', true), true);
  assert.equal(valuesEqual(`pe-${partA}`, `pe-${partA}`), true);
  assert.equal(valuesEqual(`PE-${partA}`, `pe-${partA}`, true), true);
  assert.equal(valuesEqual(`pe-${partA}`, `pe-${partB}`), undefined);
  assert.equal(valuesEqual(`pe-${partA}`, 'pe-orders'), undefined);
  assert.equal(valuesEqual(`pe-${partA}`, 'kv-orders'), false, 'the known prefixes differ');
  assert.equal(valuesEqual('kv-orders', `pe-${partA}`), false, 'either side');
  assert.equal(valuesEqual(`${partA}-pe`, 'orders-kv'), false, 'the known suffixes differ');
  assert.equal(valuesEqual(`${partA}-pe`, 'orders-pe'), undefined);
  assert.equal(valuesEqual(`a${partA}b${partB}c`, `a${partB}x${partA}c`), undefined, 'only the ends are compared');
  assert.equal(valuesEqual(`ab${partA}`, `a${partA}`), undefined, 'a prefix of the other prefix does not contradict');
  assert.equal(valuesEqual(`${partA}ab`, `${partA}b`), undefined, 'a suffix of the other suffix does not contradict');
  assert.equal(valuesEqual(`${partA}ab`, `${partA}cb`), false);
});

test('arrays and objects: one known difference decides, else one undecided item leaves it undecided', () => {
  assert.equal(valuesEqual([1, 'a'], [1, 'a']), true);
  assert.equal(valuesEqual([1], [1, 2]), false);
  assert.equal(valuesEqual([A, 1], [B, 2]), false, 'a known difference after an undecided item');
  assert.equal(valuesEqual([A, 1], [B, 1]), undefined);
  assert.equal(valuesEqual(['X'], ['x'], true), true);
  assert.equal(valuesEqual({ a: 1, b: 'x' }, { B: 'x', A: 1 }), true, 'member names compare without case');
  assert.equal(valuesEqual({ a: 1 }, { a: 1, b: 2 }), false);
  assert.equal(valuesEqual({ a: 1, b: 2 }, { a: 1 }), false);
  assert.equal(valuesEqual({ a: A, b: 1 }, { a: B, b: 2 }), false);
  assert.equal(valuesEqual({ a: A, b: 1 }, { a: B, b: 1 }), undefined);
  assert.equal(valuesEqual({ a: 'X' }, { a: 'x' }, true), true);
  assert.equal(valuesEqual({ a: 'X' }, { a: 'x' }), false);
  assert.equal(valuesEqual([1], { 0: 1 }), false);
  assert.equal(valuesEqual(null, null), true);
  assert.equal(valuesEqual(1, '1'), false);
  assert.equal(valuesEqual(true, true), true);
});

test('values too large to walk are never called equal unless they are the same value', () => {
  const shared = sharedParts(25);
  const other = sharedParts(25);
  assert.equal(tooLargeToWalk(shared), true);
  assert.equal(valuesEqual(shared, shared), true);
  assert.equal(valuesEqual(shared, other), undefined);
  assert.equal(valuesEqual([1], shared), undefined);
  assert.equal(containsUnknown(shared), true, 'it may hold one');
  assert.equal(describeValue(shared), '[…]');
  assert.equal(describeValue({ big: shared }), '{…}');
  assert.equal(tooLargeToWalk(['x'.repeat(MAX_WALK_SIZE - 2)]), false, 'the array, its item and its characters');
  assert.equal(tooLargeToWalk(['x'.repeat(MAX_WALK_SIZE - 1)]), true);
  assert.equal(tooLargeToWalk(A), false);
  assert.equal(tooLargeToWalk(null), false);
});

test('unknown parts inside strings keep their identity, slashes included', () => {
  const withSlash = new Unknown("concat('a/', parameters('b'))");
  const part = unknownAsStringPart(withSlash);
  assert.equal(part.includes('/'), false, 'a key never splits a resource id');
  assert.deepEqual(normaliseString(part), withSlash);
  assert.equal(normaliseString(`x${part}`), `x${part}`);
  assert.equal(normaliseString(`${partA}${partB}`), `${partA}${partB}`, 'two parts stay a string');
  assert.equal(normaliseString('plain'), 'plain');
  assert.equal(isKnownString('plain'), true);
  assert.equal(isKnownString(`x${partA}`), false);
  assert.equal(isKnownString(A), false);
  assert.equal(hasUnknownPart(`x${partA}`), true);
  assert.equal(hasUnknownPart('x'), false);
});

test('values as string parts, as concat and interpolation write them', () => {
  assert.equal(toStringPart(A), partA);
  assert.equal(toStringPart('s'), 's');
  assert.equal(toStringPart(12), '12');
  assert.equal(toStringPart(false), 'false');
  assert.equal(toStringPart(null), '');
  assert.equal(toStringPart([1]), undefined);
  assert.equal(toStringPart({ a: 1 }), undefined);
});

test('members, object tests and the case-insensitive comparison with a known string', () => {
  assert.equal(getMember({ Name: 'n' }, 'name'), 'n');
  assert.equal(getMember({ name: 'exact', NAME: 'other' }, 'NAME'), 'other', 'an exact name is taken first');
  assert.equal(getMember({ name: 'n' }, 'id'), undefined);
  assert.equal(getMember(['n'], '0'), undefined);
  assert.equal(getMember(A, 'name'), undefined);
  assert.equal(getMember({ toString: 1 }, 'constructor'), undefined, 'no inherited member');
  assert.equal(isObjectValue({}), true);
  assert.equal(isObjectValue([]), false);
  assert.equal(isObjectValue(null), false);
  assert.equal(isObjectValue(A), false);
  assert.equal(equalsIgnoreCase('Standard', 'standard'), true);
  assert.equal(equalsIgnoreCase(`Std${partA}`, `std${partA}`), false, 'never with an unknown part');
  assert.equal(equalsIgnoreCase(A, "parameters('a')"), false);
  assert.equal(equalsIgnoreCase('Basic', 'standard'), false);
});

test('containsUnknown looks inside strings, arrays and objects', () => {
  assert.equal(containsUnknown(A), true);
  assert.equal(containsUnknown(`x${partA}`), true);
  assert.equal(containsUnknown(['x', [A]]), true);
  assert.equal(containsUnknown({ a: { b: `x${partA}` } }), true);
  assert.equal(containsUnknown({ a: { b: 'x' } }), false);
  assert.equal(containsUnknown(['x', 1, null, true]), false);
  assert.equal(containsUnknown(1), false);
});

test('values in messages: unknowns show their expression, long values are cut at 80 characters', () => {
  assert.equal(describeValue(undefined), '(absent)');
  assert.equal(describeValue(A), "<parameters('a')>");
  assert.equal(describeValue(`pe-${unknownAsStringPart(new Unknown("concat('a/', 'b')"))}`), "'pe-<concat('a/', 'b')>'");
  assert.equal(describeValue({ a: [1, A] }), `{"a":[1,"<parameters('a')>"]}`);
  assert.equal(describeValue('x'.repeat(100)), `'${'x'.repeat(100)}'`, 'strings are not cut here');
  const long = ['y'.repeat(100)];
  assert.equal(describeValue(long), `["${'y'.repeat(75)}...`);
  assert.equal(describeValue(long).length, 80);
  const exact = ['z'.repeat(76)]; // ["…"] is 80 characters
  assert.equal(describeValue(exact), JSON.stringify(exact));
  assert.equal(describeValue(null), 'null');
  assert.equal(describeValue(3), '3');
});
