// Tests the shared builtin library's logic and integer functions in three values, the keys of unknown results, the
// work caps, and a seeded fuzz run over every builtin that must never throw.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { builtinFunctionNames, callBuiltin, createBuiltinContext, valueKey } from '../../server/src/engine/evaluate/functions';
import { containsUnknown, MARK_END, MARK_START, Unknown, Value } from '../../server/src/engine/evaluate/value';
import { assertUnknown, fn, part, P, Q } from '../support/builtins';
import { AnalysisContext } from '../../server/src/engine/analysisContext';

// ---- logic and numbers ----

test('equals in three values', () => {
  assert.equal(fn('equals', 'a', 'a'), true);
  assert.equal(fn('equals', 'a', 'A'), false);
  assert.equal(fn('equals', [1, { a: 2 }], [1, { a: 2 }]), true);
  assert.equal(fn('equals', P, P), true);
  assertUnknown(fn('equals', P, Q), "equals(parameters('p'),parameters('q'))");
  assert.equal(fn('equals', `a${part('x')}`, 'b'), false);
});

test('and/or/not: the absorbing value wins over unknowns', () => {
  assert.equal(fn('and', true, true), true);
  assert.equal(fn('and', false, P), false);
  assert.equal(fn('and', P, false), false);
  assertUnknown(fn('and', true, P), "and(true,parameters('p'))");
  assert.equal(fn('or', P, true), true);
  assert.equal(fn('or', false, false), false);
  assertUnknown(fn('or', false, P));
  assert.equal(fn('not', true), false);
  assertUnknown(fn('not', P), "not(parameters('p'))");
  assertUnknown(fn('and', 'yes', true));
});

test('eager if: chosen branch, or the common value of both', () => {
  assert.equal(fn('if', true, 'a', 'b'), 'a');
  assert.equal(fn('if', false, 'a', 'b'), 'b');
  assert.equal(fn('if', P, 'same', 'same'), 'same');
  assertUnknown(fn('if', P, 'a', 'b'), "if(parameters('p'),'a','b')");
});

test('bool, int, true(), false(), null()', () => {
  assert.equal(fn('bool', 'TRUE'), true);
  assert.equal(fn('bool', 'false'), false);
  assert.equal(fn('bool', 1), true);
  assert.equal(fn('bool', 0), false);
  assertUnknown(fn('bool', 'maybe'));
  assert.equal(fn('int', '42'), 42);
  assert.equal(fn('int', ' -7 '), -7);
  assert.equal(fn('int', 3.9), 3);
  assertUnknown(fn('int', '4x'));
  assert.equal(fn('true'), true);
  assert.equal(fn('false'), false);
  assert.equal(fn('null'), null);
});

test('integer arithmetic and comparisons', () => {
  assert.equal(fn('add', 2, 3), 5);
  assert.equal(fn('sub', 2, 3), -1);
  assert.equal(fn('mul', 4, 3), 12);
  assert.equal(fn('div', 7, 2), 3);
  assert.equal(fn('div', -7, 2), -3);
  assert.equal(fn('mod', 7, 3), 1);
  assertUnknown(fn('div', 1, 0));
  assertUnknown(fn('mod', 1, 0));
  assertUnknown(fn('add', 1, P), "add(1,parameters('p'))");
  assertUnknown(fn('mul', 2 ** 40, 2 ** 40));
  assert.equal(fn('greater', 2, 1), true);
  assert.equal(fn('greaterOrEquals', 1, 1), true);
  assert.equal(fn('less', 1, 2), true);
  assert.equal(fn('lessOrEquals', 2, 1), false);
  assert.equal(fn('less', 'a', 'b'), true);
  assertUnknown(fn('greater', 'A', 'a'));
  assertUnknown(fn('greater', 'a-b', 'a'));
});

// ---- keys ----

test('value keys render values as the expressions that build them', () => {
  assert.equal(valueKey(`a${part('k')}b`), "concat('a',k,'b')");
  assert.equal(valueKey({ a: [1, null, true] }), "createObject('a',createArray(1,null,true))");
  assert.equal(valueKey("it's"), "'it''s'");
  const long = valueKey('x'.repeat(5000)) as string;
  assert.ok(long.length < 200 && long.includes('#'));
  assert.notEqual(long, valueKey('x'.repeat(4999) + 'y'));
  // Keys never contain the string marks, so they can be embedded as segments.
  assert.ok(!(valueKey(`a${part('k')}`) as string).includes(MARK_START));
});

test('unknown-call keys nest, and a string with a nested unknown key stays well formed', () => {
  const inner = fn('uniqueString', `x${part('k')}`) as Unknown;
  const outer = fn('concat', 'pre-', inner) as string;
  assert.equal(outer, `pre-${MARK_START}uniquestring(concat('x',k))${MARK_END}`);
  assert.ok(containsUnknown(outer));
});

// ---- caps and robustness ----

test('work caps: huge results are Unknown, not allocated', () => {
  const started = Date.now();
  assertUnknown(fn('range', 0, 1_000_000_000));
  assertUnknown(fn('range', 0, 10_001));
  assert.equal((fn('range', 0, 10_000) as Value[]).length, 10_000);
  const big = 'x'.repeat(600_000);
  assertUnknown(fn('concat', big, big));
  assertUnknown(fn('replace', 'a'.repeat(100_000), 'a', 'b'.repeat(100)));
  assertUnknown(fn('padLeft', '', 2_000_000, ' '));
  assertUnknown(fn('format', '{0,1000000}', 'a'));
  const many = Array.from({ length: 10_000 }, (_, i) => i);
  assertUnknown(fn('concat', many, many));
  // A guard against runaway evaluation, not a speed check (the bench measures speed): far above the usual time.
  assert.ok(Date.now() - started < 15_000);
});

test('the budget is shared by all calls of one context', () => {
  const ctx = createBuiltinContext(new AnalysisContext(), undefined, 25_000);
  assert.ok(Array.isArray(callBuiltin('range', [0, 10_000], ctx)));
  assert.ok(Array.isArray(callBuiltin('range', [0, 10_000], ctx)));
  assertUnknown(callBuiltin('range', [0, 10_000], ctx));
});

const arbitraryValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.integer({ min: -5, max: 50 }),
    fc.double(),
    fc.string({ maxLength: 12 }),
    fc.constantFrom('Microsoft.Network/privateEndpoints', '10.0.0.0/24', '{0}-{1}', '[1,2]', 'true', '/', ''),
    fc.constantFrom(P, Q, `a${part('x')}b`),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 4 }), tie('value'), { maxKeys: 3 }),
  ),
})).value as fc.Arbitrary<Value>;

test('fuzz: every builtin on random arguments returns a value and never throws', () => {
  const names = builtinFunctionNames();
  fc.assert(
    fc.property(fc.constantFrom(...names), fc.array(arbitraryValue, { maxLength: 5 }), (name, args) => {
      const result = callBuiltin(name, args, createBuiltinContext(new AnalysisContext()));
      assert.notEqual(result, undefined);
    }),
    { seed: 7, numRuns: 5000 },
  );
});
