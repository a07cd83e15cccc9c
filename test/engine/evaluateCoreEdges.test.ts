// The evaluator's shared core (evaluate/functionsCore.ts) at its edges: the work budget and size caps at and one past
// their boundary, keys (the identity of unknowns: the same call on the same input must share a key, different input
// must not), the cut of marked strings into parts, ARM's text conversion and nesting depth.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  armToString,
  callKey,
  charge,
  createBuiltinContext,
  hashText,
  joinParts,
  knownPrefix,
  knownSuffix,
  MAX_ARRAY_ITEMS,
  MAX_STRING_LENGTH,
  MAX_VALUE_DEPTH,
  nestingDepth,
  setMember,
  shortenKey,
  splitMarked,
  valueKey,
} from '../../server/src/engine/evaluate/functionsCore';
import { Unknown, unknownAsStringPart, type ObjectValue, type Value } from '../../server/src/engine/evaluate/value';
import { AnalysisContext } from '../../server/src/engine/analysisContext';
import { sharedParts } from '../support/builtins';

const A = new Unknown("parameters('a')");
const partA = unknownAsStringPart(A);

test('charge: the caps of one result and the budget, at and one past each', () => {
  const ctx = createBuiltinContext(new AnalysisContext(), undefined, 100);
  assert.equal(charge(ctx, 101), false, 'more than the budget');
  assert.equal(ctx.exhausted, true);
  assert.equal(ctx.budget, 100, 'nothing taken');
  assert.equal(charge(ctx, 60), true);
  assert.equal(ctx.budget, 40);
  assert.equal(charge(ctx, 0), true, 'an empty result still costs a unit');
  assert.equal(ctx.budget, 39);
  assert.equal(charge(ctx, 39), true, 'exactly what is left');
  assert.equal(ctx.budget, 0);
  const big = createBuiltinContext(new AnalysisContext());
  assert.equal(big.exhausted, undefined);
  assert.equal(charge(big, MAX_STRING_LENGTH), true);
  assert.equal(charge(big, MAX_STRING_LENGTH + 1), false);
  assert.equal(big.exhausted, undefined, 'too large a result is not an exhausted budget');
  assert.equal(charge(big, MAX_ARRAY_ITEMS, 'array'), true);
  assert.equal(charge(big, MAX_ARRAY_ITEMS + 1, 'array'), false);
  assert.equal(charge(big, MAX_ARRAY_ITEMS + 1), true, 'strings have their own cap');
  assert.equal(charge(big, Number.NaN), false);
});

test('keys: every kind of value written as the expression that builds it', () => {
  assert.equal(valueKey(A), "parameters('a')");
  assert.equal(valueKey(null), 'null');
  assert.equal(valueKey(true), 'true');
  assert.equal(valueKey(false), 'false');
  assert.equal(valueKey(1.5), '1.5');
  assert.equal(valueKey(''), "''");
  assert.equal(valueKey([]), 'createArray()');
  assert.equal(valueKey({}), 'createObject()');
  assert.equal(valueKey([A, 'b']), "createArray(parameters('a'),'b')");
  assert.equal(valueKey({ "o'k": A }), "createObject('o''k',parameters('a'))");
  assert.equal(valueKey(`${partA}`), "concat(parameters('a'))");
  assert.equal(valueKey(`x${partA}${partA}y`), "concat('x',parameters('a'),parameters('a'),'y')");
});

test('keys: nesting at and past the depth limit', () => {
  let deep: Value = 'x';
  for (let i = 0; i < MAX_VALUE_DEPTH; i++) deep = [deep];
  assert.ok(valueKey(deep)?.startsWith('createArray('));
  assert.equal(valueKey([deep]), undefined);
  let deepObject: Value = 'x';
  for (let i = 0; i <= MAX_VALUE_DEPTH; i++) deepObject = { a: deepObject };
  assert.equal(valueKey(deepObject), undefined);
  assert.equal(valueKey(sharedParts(25)), undefined, 'too large to walk');
});

test('call keys: lowercased names, the same input shares a key, input too deep gets a key of its own', () => {
  const analysis = new AnalysisContext();
  assert.equal(callKey('toLower', [A, 1], analysis), "tolower(parameters('a'),1)");
  assert.equal(callKey('f', [], analysis), 'f()');
  let deep: Value = 'x';
  for (let i = 0; i <= MAX_VALUE_DEPTH; i++) deep = [deep];
  const first = callKey('F', [1, deep], analysis);
  const second = callKey('F', [1, deep], analysis);
  assert.ok(first.startsWith('f(…)#'), first);
  assert.notEqual(first, second, 'never shared: two different values could look alike');
});

test('long keys keep their head and a hash of the whole', () => {
  assert.equal(shortenKey('k'.repeat(300)), 'k'.repeat(300));
  const long = shortenKey('k'.repeat(301));
  assert.equal(long, `${'k'.repeat(120)}…#${hashText('k'.repeat(301))}`);
  assert.notEqual(shortenKey(`${'k'.repeat(301)}a`), shortenKey(`${'k'.repeat(301)}b`));
  assert.equal(hashText(''), '811c9dc55ad1e806', 'the two seeds');
  assert.match(hashText('abc'), /^[0-9a-f]{16}$/);
  assert.notEqual(hashText('ab'), hashText('ba'));
  assert.equal(hashText('ab'), hashText('ab'));
  assert.notEqual(hashText('ab').slice(0, 8), hashText('ab').slice(8), 'two hashes with different seeds');
});

test('marked strings cut into parts and joined back', () => {
  const B = new Unknown('b/c');
  const partB = unknownAsStringPart(B);
  assert.deepEqual(splitMarked(`x${partA}y${partB}`), ['x', A, 'y', new Unknown('b\u2215c')]);
  assert.deepEqual(splitMarked(`${partA}${partA}`), [A, A], 'no empty known parts');
  assert.deepEqual(splitMarked('plain'), ['plain']);
  assert.deepEqual(splitMarked(''), []);
  assert.deepEqual(splitMarked('a\uE000unclosed'), ['a\uE000unclosed'], 'an unclosed mark is text');
  assert.deepEqual(joinParts(['x', A]), `x${partA}`);
  assert.deepEqual(joinParts([A]), A);
  assert.equal(joinParts([]), '');
  assert.equal(knownPrefix(`pe-${partA}-x`), 'pe-');
  assert.equal(knownSuffix(`pe-${partA}-x${partA}-end`), '-end');
  assert.equal(knownPrefix('whole'), 'whole');
  assert.equal(knownSuffix('whole'), 'whole');
});

test("ARM's text of a value", () => {
  assert.equal(armToString(A), partA);
  assert.equal(armToString('s'), 's');
  assert.equal(armToString(2), '2');
  assert.equal(armToString(true), 'True');
  assert.equal(armToString(false), 'False');
  assert.equal(armToString(null), '');
  assert.equal(armToString({ a: [1, 'x'] }), '{"a":[1,"x"]}');
  assert.equal(armToString([A]), undefined, 'JSON text with an unknown inside cannot be written');
});

test('nesting depth stops once past its limit', () => {
  assert.equal(nestingDepth('x'), 0);
  assert.equal(nestingDepth([[1], { a: [2] }]), 3);
  let deep: Value = 1;
  for (let i = 0; i < 10; i++) deep = [deep];
  assert.equal(nestingDepth(deep, 10), 10);
  assert.equal(nestingDepth(deep, 5), 6);
  assert.equal(nestingDepth(sharedParts(25), 7), 8);
});

test('a member named __proto__ is an own member, not a prototype', () => {
  const object: ObjectValue = {};
  setMember(object, '__proto__', 'x');
  assert.equal(Object.getPrototypeOf(object), Object.prototype);
  assert.deepEqual(Object.keys(object), ['__proto__']);
  assert.equal(object['__proto__'], 'x');
});
