// Comparison, logic, integer and collection builtins at their edges, from a mutation run over
// evaluate/functionsLogic.ts and evaluate/functionsArrays.ts: comparisons of equal values (where `>` and `>=` part),
// string order, arithmetic that leaves ARM's exact integers, conversions, missing arguments, and the collection
// functions on the shapes they refuse. Conditions are built from these: a wrong `greater(2, 2)` decides whether a
// resource exists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Value } from '../../server/src/engine/evaluate/value';
import { assertUnknown, fn, part, P } from '../support/builtins';

test('comparisons of equal, smaller and larger numbers', () => {
  const cases: [string, number, number, boolean][] = [
    ['greater', 2, 2, false],
    ['greater', 3, 2, true],
    ['greater', 1, 2, false],
    ['greaterOrEquals', 2, 2, true],
    ['greaterOrEquals', 1, 2, false],
    ['less', 2, 2, false],
    ['less', 1, 2, true],
    ['less', 3, 2, false],
    ['lessOrEquals', 2, 2, true],
    ['lessOrEquals', 3, 2, false],
    ['lessOrEquals', 1, 2, true],
  ];
  for (const [name, a, b, expected] of cases) assert.equal(fn(name, a, b), expected, `${name}(${a}, ${b})`);
});

test('comparisons of strings: letters and digits in order regardless of case; the rest undecided', () => {
  assert.equal(fn('greater', 'b', 'a'), true);
  assert.equal(fn('less', 'a', 'B'), true);
  assert.equal(fn('greater', 'B', 'a'), true);
  assert.equal(fn('greater', 'abc', 'abc'), false);
  assert.equal(fn('greaterOrEquals', 'abc', 'abc'), true);
  assert.equal(fn('less', 'a1', 'a2'), true);
  // Differing by case alone, or holding other characters: a culture-aware order we do not reproduce.
  assertUnknown(fn('greater', 'A', 'a'), "greater('A','a')");
  assertUnknown(fn('greater', 'a-b', 'a'), "greater('a-b','a')");
  assertUnknown(fn('less', 'a', 'a b'), "less('a','a b')");
  assertUnknown(fn('greater', 1, 'a'), "greater(1,'a')");
  assertUnknown(fn('less', P, 2));
});

test('integer arithmetic stays within exact integers; division and modulo by zero are undecided', () => {
  assert.equal(fn('div', -7, 2), -3);
  assert.equal(fn('mod', -7, 2), -1);
  assertUnknown(fn('div', 7, 0), 'div(7,0)');
  assertUnknown(fn('mod', 7, 0), 'mod(7,0)');
  assertUnknown(fn('add', Number.MAX_SAFE_INTEGER, 1));
  assert.equal(fn('sub', Number.MAX_SAFE_INTEGER, 1), Number.MAX_SAFE_INTEGER - 1);
  // Not integers: refused, even where the result would be one.
  assertUnknown(fn('mul', 1.5, 2), 'mul(1.5,2)');
  assertUnknown(fn('add', 1, '2'), "add(1,'2')");
});

test('bool and int convert what ARM converts, and nothing else', () => {
  assert.equal(fn('bool', true), true);
  assert.equal(fn('bool', false), false);
  assert.equal(fn('bool', ' TRUE '), true);
  assert.equal(fn('bool', 'False'), false);
  assert.equal(fn('bool', 0), false);
  assert.equal(fn('bool', 2), true);
  assertUnknown(fn('bool', 'yes'), "bool('yes')");
  assert.equal(fn('int', ' 12 '), 12);
  assert.equal(fn('int', '-5'), -5);
  assert.equal(fn('int', 3.7), 3);
  assertUnknown(fn('int', '12a'));
  assertUnknown(fn('int', 'x12'));
  assertUnknown(fn('int', '1234567890123456'), "int('1234567890123456')");
});

test('missing arguments make logic undecided, not false', () => {
  assertUnknown(fn('equals', 1), 'equals(1)');
  assertUnknown(fn('and'), 'and()');
  assertUnknown(fn('or'), 'or()');
  assertUnknown(fn('if', true, 1), 'if(true,1)');
  assert.equal(fn('if', P, 'same', 'same'), 'same');
  assert.equal(fn('and', true, P, false), false);
  assert.equal(fn('or', P, true), true);
  assertUnknown(fn('not', 'true'));
});

test('first, last and take on partly unknown strings read only the known end', () => {
  const x = part('x');
  assert.equal(fn('first', `ab${x}`), 'a');
  assert.equal(fn('last', `${x}ab`), 'b');
  assertUnknown(fn('first', `${x}ab`));
  assertUnknown(fn('last', `ab${x}`));
  assert.equal(fn('take', `ab${x}`, 2), 'ab');
  assertUnknown(fn('take', `ab${x}`, 3));
  assertUnknown(fn('first', []), 'first(createArray())');
  assert.equal(fn('empty', {}), true);
  assert.equal(fn('empty', { a: 1 }), false);
  assert.equal(fn('empty', ''), true);
  assert.equal(fn('empty', `a${x}`), false);
});

test('union, intersection and items of objects', () => {
  // Object keys are case-insensitive: the later spelling and value win; objects on both sides merge.
  assert.deepEqual(fn('union', { A: 1 }, { a: 2 }), { a: 2 });
  assert.deepEqual(fn('union', { a: { b: 1 } }, { a: { c: 2 } }), { a: { b: 1, c: 2 } });
  assert.deepEqual(fn('union', { a: { b: 1 } }, { a: 5 }), { a: 5 });
  assert.deepEqual(fn('intersection', { a: 1, b: 2 }, { a: 1, b: 3 }), { a: 1 });
  assertUnknown(fn('intersection', { a: 1, b: P }, { a: 1, b: 3 }));
  assertUnknown(fn('intersection', { a: 1 }, [1]));
  assert.deepEqual(fn('intersection', [1, 2, 3], [2, 3, 4], [3]), [3]);
  assertUnknown(fn('union'), 'union()');
  assertUnknown(fn('intersection'), 'intersection()');
  // Keys sorted as ARM sorts them (ordinal, ignoring case: '_' comes after the letters).
  assert.deepEqual(
    (fn('items', { _x: 1, a: 2, B: 3 }) as { key: string }[]).map((item) => item.key),
    ['a', 'B', '_x'],
  );
  assertUnknown(fn('items', [1]));
});

test('union and intersection of arrays up to the pairwise comparison limit (4 million), and not past it', () => {
  const upTo = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
  // union compares every item with every other: 2,000 items in all is the most.
  assert.equal((fn('union', upTo(1000), upTo(1000)) as Value[]).length, 1000);
  assertUnknown(fn('union', upTo(1000), upTo(1001)));
  // intersection compares the first list with all of them: 1,000 × 4,000 is the most.
  assert.equal((fn('intersection', upTo(1000), upTo(3000)) as Value[]).length, 1000);
  assertUnknown(fn('intersection', upTo(1000), upTo(3001)));
});

test('range, min, max, tryGet, flatten, shallowMerge and createObject on what they refuse', () => {
  assert.deepEqual(fn('range', 1, 3), [1, 2, 3]);
  assertUnknown(fn('range', 0, -1), 'range(0,-1)');
  assertUnknown(fn('range', 'a', 2));
  assert.equal(fn('min', [3, 1, 2]), 1);
  assert.equal(fn('max', 3, 1, 2), 3);
  assertUnknown(fn('min', []), 'min(createArray())');
  assertUnknown(fn('max', 1, 'a'));
  assert.equal(fn('tryGet', [1, 2], 1), 2);
  assert.equal(fn('tryGet', [1, 2], 2), null);
  assert.equal(fn('tryGet', [1, 2], -1), null);
  assert.equal(fn('tryGet', { a: { b: 2 } }, 'a', 'b'), 2);
  assert.equal(fn('tryGet', { a: 1 }, 'b'), null);
  assert.equal(fn('tryGet', null, 'a'), null);
  assertUnknown(fn('tryGet', 's', 'a'), "tryget('s','a')");
  assertUnknown(fn('tryGet', [1], 'a'), "tryget(createArray(1),'a')");
  assertUnknown(fn('tryGet', { a: 1 }, 1), "tryget(createObject('a',1),1)");
  assertUnknown(fn('tryGet', { a: 1 }, P));
  assert.deepEqual(fn('flatten', [[1], [2, 3]]), [1, 2, 3]);
  assertUnknown(fn('flatten', [1, [2]]));
  assert.deepEqual(fn('shallowMerge', [{ a: 1 }, { b: 2 }]), { a: 1, b: 2 });
  assertUnknown(fn('shallowMerge', [1]));
  assertUnknown(fn('createObject', 'a'), "createobject('a')");
});
