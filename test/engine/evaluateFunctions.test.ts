// Tests the shared builtin function library on strings, arrays and objects: each function on known values, how
// unknowns propagate (and where the result is knowable anyway), and the keys of unknown results.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinFunctionNames, isBuiltinFunction } from '../../server/src/engine/evaluate/functions';
import { Value, valuesEqual } from '../../server/src/engine/evaluate/value';
import { assertUnknown, fn, part, P, Q } from '../support/builtins';

test('unknown names are not builtins; names are case-insensitive', () => {
  assert.equal(fn('noSuchFunction', 'a'), undefined);
  assert.equal(fn('constructor'), undefined);
  assert.equal(fn('__proto__'), undefined);
  assert.equal(fn('TOLOWER', 'AbC'), 'abc');
  assert.ok(isBuiltinFunction('ResourceId'));
  assert.ok(builtinFunctionNames().length > 60);
});

// ---- strings ----

test('concat of strings, numbers and booleans (ARM writes True/False)', () => {
  assert.equal(fn('concat', 'a', 'b', 1, true, false, null), 'ab1TrueFalse');
  assert.equal(fn('concat', 'x'), 'x');
});

test('concat with unknown parts keeps them as marked segments', () => {
  assert.equal(fn('concat', 'pe-', P, '-', Q), `pe-${part("parameters('p')")}-${part("parameters('q')")}`);
  // A single unknown is that unknown again.
  assert.deepEqual(fn('concat', P), P);
  assert.deepEqual(fn('concat', '', P, ''), P);
});

test('concat of arrays; unknown arrays make the length unknown', () => {
  assert.deepEqual(fn('concat', [1, 2], [], [P]), [1, 2, P]);
  assertUnknown(fn('concat', [1], P), "concat(createArray(1),parameters('p'))");
  assertUnknown(fn('concat', [1], 'a'));
  assertUnknown(fn('concat'));
  assertUnknown(fn('concat', 'a', { b: 1 }));
});

test('format: indexes, escapes, alignment and numeric formats', () => {
  assert.equal(fn('format', '{0}-{1}-{0}', 'a', 2), 'a-2-a');
  assert.equal(fn('format', '{{literal}} {0}', 'x'), '{literal} x');
  assert.equal(fn('format', '{0,5}|{1,-3}|', 'ab', 'c'), '   ab|c  |');
  assert.equal(fn('format', '{0:D3}', 7), '007');
  assert.equal(fn('format', '{0:D3}', -7), '-007');
  assert.equal(fn('format', '{0:X}', 255), 'FF');
  assert.equal(fn('format', '{0:x4}', 255), '00ff');
  assert.equal(fn('format', '{0:N0}', 1234567), '1,234,567');
  assert.equal(fn('format', '{0:N2}', 1234.5), '1,234.50');
  assert.equal(fn('format', '{0:F1}', 2), '2.0');
  assert.equal(fn('format', '{0:00}', 5), '05');
  assert.equal(fn('format', '{0:P0}', 0.25), '25 %');
  assert.equal(fn('format', '{0}', true), 'True');
  assert.equal(fn('format', '{0}', { a: [1] }), '{"a":[1]}');
  assert.equal(fn('format', '{0:D2}', 'text'), 'text');
});

test('format: unknown items stay marked unless a format specifier needs their value', () => {
  assert.equal(fn('format', 'pe-{0}', P), `pe-${part("parameters('p')")}`);
  assertUnknown(fn('format', '{0:D3}', P), "format('{0:D3}',parameters('p'))");
  assertUnknown(fn('format', '{0,4}', P));
  assertUnknown(fn('format', P, 'a'));
  assertUnknown(fn('format', '{1}', 'only one'));
  assertUnknown(fn('format', '{0', 'a'));
  assertUnknown(fn('format', 'a}b'));
  assertUnknown(fn('format', '{0:Q}', 1));
});

test('toLower/toUpper map known parts and key the unknown ones', () => {
  assert.equal(fn('toLower', 'MiXeD'), 'mixed');
  assert.equal(fn('toUpper', 'MiXeD'), 'MIXED');
  const lowered = fn('toLower', `AB${part("parameters('p')")}CD`);
  assert.equal(lowered, `ab${part("tolower(parameters('p'))")}cd`);
  assertUnknown(fn('toLower', P), "tolower(parameters('p'))");
  // Same call on the same unknown: equal unknowns.
  assert.equal(valuesEqual(fn('toLower', P) as Value, fn('TOLOWER', P) as Value), true);
  assertUnknown(fn('toLower', 1));
});

test('trim, replace, split', () => {
  assert.equal(fn('trim', '  a b  '), 'a b');
  const marked = `a${part('x')}b`;
  assert.equal(fn('trim', marked), marked);
  assertUnknown(fn('trim', ` a${part('x')}`));
  assert.equal(fn('replace', 'a-b-c', '-', '_'), 'a_b_c');
  assertUnknown(fn('replace', 'abc', '', 'x'));
  assertUnknown(fn('replace', P, 'a', 'b'));
  assert.deepEqual(fn('split', 'a/b//c', '/'), ['a', 'b', '', 'c']);
  assert.deepEqual(fn('split', 'a,b;c', [',', ';']), ['a', 'b', 'c']);
  assertUnknown(fn('split', `a/${part('x')}`, '/'));
  assertUnknown(fn('split', 'abc', ''));
});

test('substring, including on the known prefix of a partly unknown string', () => {
  assert.equal(fn('substring', 'hello', 1, 3), 'ell');
  assert.equal(fn('substring', 'hello', 2), 'llo');
  assertUnknown(fn('substring', 'hello', 4, 5));
  assertUnknown(fn('substring', 'hello', -1, 1));
  const marked = `prefix-${part('x')}`;
  assert.equal(fn('substring', marked, 0, 6), 'prefix');
  assertUnknown(fn('substring', marked, 0, 9));
  assertUnknown(fn('substring', marked, 2));
});

test('indexOf/lastIndexOf are case-insensitive on strings and by value on arrays', () => {
  assert.equal(fn('indexOf', 'abcABC', 'BC'), 1);
  assert.equal(fn('lastIndexOf', 'abcABC', 'bc'), 4);
  assert.equal(fn('indexOf', 'abc', 'z'), -1);
  assert.equal(fn('indexOf', `ab${part('x')}`, 'B'), 1);
  assertUnknown(fn('indexOf', `ab${part('x')}`, 'z'));
  assertUnknown(fn('lastIndexOf', `ab${part('x')}`, 'a'));
  assert.equal(fn('indexOf', ['a', 'b', 'A'], 'A'), 2);
  assert.equal(fn('indexOf', [1, 2], 3), -1);
  assert.equal(fn('indexOf', ['a', P], 'a'), 0);
  assertUnknown(fn('indexOf', [P, 'a'], 'a'));
  assert.equal(fn('lastIndexOf', [1, 2, 1], 1), 2);
});

test('startsWith/endsWith, case-insensitive, decided from the known end', () => {
  assert.equal(fn('startsWith', 'Microsoft.Storage', 'microsoft.'), true);
  assert.equal(fn('endsWith', 'abc', 'BC'), true);
  assert.equal(fn('endsWith', 'abc', 'x'), false);
  assert.equal(fn('startsWith', `privatelink.${part('x')}`, 'PrivateLink.'), true);
  assertUnknown(fn('startsWith', `pr${part('x')}`, 'privatelink.'));
  assert.equal(fn('startsWith', `zz${part('x')}`, 'privatelink.'), false);
  assert.equal(fn('endsWith', `${part('x')}.azurecr.io`, '.AZURECR.IO'), true);
  assert.equal(fn('endsWith', `${part('x')}.net`, '.com'), false);
  assertUnknown(fn('endsWith', P, 'a'));
});

test('padLeft, string, join', () => {
  assert.equal(fn('padLeft', '7', 3, '0'), '007');
  assert.equal(fn('padLeft', 7, 3, '0'), '007');
  assert.equal(fn('padLeft', 'abcd', 3, '0'), 'abcd');
  assert.equal(fn('padLeft', 'a', 3), '  a');
  assertUnknown(fn('padLeft', 'a', 3, 'xy'));
  assertUnknown(fn('padLeft', 'a', 100_000_000, '0'));
  assert.equal(fn('string', true), 'True');
  assert.equal(fn('string', 12), '12');
  assert.equal(fn('string', { a: 'b', c: [1, null] }), '{"a":"b","c":[1,null]}');
  assert.equal(fn('string', 'as is'), 'as is');
  assertUnknown(fn('string', P), "string(parameters('p'))");
  assertUnknown(fn('string', { a: P }));
  assert.equal(fn('join', ['a', 1, P], ','), `a,1,${part("parameters('p')")}`);
});

test('base64, data URIs and URI components', () => {
  assert.equal(fn('base64', 'one, two, three'), 'b25lLCB0d28sIHRocmVl');
  assert.equal(fn('base64', 'é'), 'w6k=');
  assert.equal(fn('base64ToString', 'b25lLCB0d28sIHRocmVl'), 'one, two, three');
  assert.equal(fn('base64ToString', 'w6k='), 'é');
  assertUnknown(fn('base64ToString', '***'));
  assert.equal(fn('dataUri', 'Hello'), 'data:text/plain;charset=utf8;base64,SGVsbG8=');
  assert.equal(fn('dataUriToString', 'data:;base64,SGVsbG8sIFdvcmxkIQ=='), 'Hello, World!');
  assert.equal(fn('uriComponent', 'a b/c'), 'a%20b%2Fc');
  assert.equal(fn('uriComponentToString', 'a%20b'), 'a b');
  assertUnknown(fn('uriComponentToString', '%E0%A4%A'));
});

test('uniqueString and guid are unknown but keyed by their arguments; newGuid and utcNow are never equal', () => {
  const rgId = fn('resourceGroup') as { id: Value };
  const a = fn('uniqueString', rgId.id);
  const b = fn('UNIQUESTRING', rgId.id);
  assertUnknown(a, "uniquestring(concat('/subscriptions/',subscription().subscriptionId,'/resourceGroups/',resourceGroup().name))");
  assert.equal(valuesEqual(a as Value, b as Value), true);
  assert.equal(valuesEqual(a as Value, fn('uniqueString', 'other') as Value), undefined);
  assertUnknown(fn('guid', 'a', 'b'), "guid('a','b')");
  const g1 = fn('newGuid');
  const g2 = fn('newGuid');
  assertUnknown(g1);
  assert.equal(valuesEqual(g1 as Value, g2 as Value), undefined);
  assert.equal(valuesEqual(fn('utcNow') as Value, fn('utcNow') as Value), undefined);
});

// ---- arrays and objects ----

test('length and empty, including partly unknown values', () => {
  assert.equal(fn('length', [P, Q, 1]), 3);
  assert.equal(fn('length', 'abc'), 3);
  assert.equal(fn('length', { a: P }), 1);
  assertUnknown(fn('length', `a${part('x')}`));
  assertUnknown(fn('length', P), "length(parameters('p'))");
  assert.equal(fn('empty', ''), true);
  assert.equal(fn('empty', null), true);
  assert.equal(fn('empty', []), true);
  assert.equal(fn('empty', [P]), false);
  assert.equal(fn('empty', {}), true);
  assert.equal(fn('empty', `a${part('x')}`), false);
  assertUnknown(fn('empty', `${part('x')}${part('y')}`));
  assertUnknown(fn('empty', P));
});

test('first, last, take, skip', () => {
  assert.equal(fn('first', [1, 2, 3]), 1);
  assert.deepEqual(fn('last', [1, P]), P);
  assert.equal(fn('first', 'abc'), 'a');
  assert.equal(fn('last', 'abc'), 'c');
  assert.equal(fn('first', `a${part('x')}`), 'a');
  assert.equal(fn('last', `${part('x')}z`), 'z');
  assertUnknown(fn('first', []));
  assertUnknown(fn('last', `a${part('x')}`));
  assert.deepEqual(fn('take', [1, 2, 3], 2), [1, 2]);
  assert.deepEqual(fn('skip', [1, 2, 3], 2), [3]);
  assert.deepEqual(fn('take', [1], 5), [1]);
  assert.deepEqual(fn('skip', [1], -1), [1]);
  assert.equal(fn('take', 'abcdef', 3), 'abc');
  assert.equal(fn('skip', 'abcdef', 3), 'def');
  assert.equal(fn('take', `abc${part('x')}`, 2), 'ab');
  assertUnknown(fn('skip', `abc${part('x')}`, 2));
  assertUnknown(fn('take', [1], P));
});

test('contains on strings (case-sensitive), arrays (by value) and objects (keys, case-insensitive)', () => {
  assert.equal(fn('contains', 'OneTwo', 'Two'), true);
  assert.equal(fn('contains', 'OneTwo', 'two'), false);
  assert.equal(fn('contains', `a-${part('x')}-privatelink`, 'privatelink'), true);
  assertUnknown(fn('contains', `a-${part('x')}`, 'b'));
  assert.equal(fn('contains', ['a', 'b'], 'b'), true);
  assert.equal(fn('contains', ['a', P], 'a'), true);
  assertUnknown(fn('contains', ['a', P], 'b'));
  assert.equal(fn('contains', ['a', 'b'], 'c'), false);
  assert.equal(fn('contains', { Key: 1 }, 'KEY'), true);
  assert.equal(fn('contains', { Key: 1 }, 'other'), false);
  assertUnknown(fn('contains', P, 'a'));
});

test('union and intersection of arrays and objects', () => {
  assert.deepEqual(fn('union', [1, 2], [2, 3]), [1, 2, 3]);
  assert.deepEqual(fn('union', { a: 1, n: { x: 1, y: 1 } }, { A: 2, n: { y: 2 } }), { A: 2, n: { x: 1, y: 2 } });
  assertUnknown(fn('union', [1], [P]));
  assert.deepEqual(fn('union', [P], [P]), [P]);
  assert.deepEqual(fn('intersection', [1, 2, 3], [3, 2, 9], [2, 3]), [2, 3]);
  assert.deepEqual(fn('intersection', { a: 1, b: 2 }, { a: 1, b: 3 }), { a: 1 });
  assertUnknown(fn('intersection', [1], [P]));
  assertUnknown(fn('union', [1], { a: 1 }));
});

test('createArray, createObject, array, coalesce', () => {
  assert.deepEqual(fn('createArray', 1, 'a', P), [1, 'a', P]);
  assert.deepEqual(fn('createArray'), []);
  assert.deepEqual(fn('createObject', 'a', 1, 'b', P), { a: 1, b: P });
  assertUnknown(fn('createObject', 'a'));
  assertUnknown(fn('createObject', P, 1));
  // A '__proto__' key becomes an own member, not the object's prototype.
  const weird = fn('createObject', '__proto__', { polluted: true }) as Record<string, Value>;
  assert.deepEqual(Object.keys(weird), ['__proto__']);
  assert.equal((weird as { polluted?: boolean }).polluted, undefined);
  assert.deepEqual(fn('array', 'a'), ['a']);
  assert.deepEqual(fn('array', [1]), [1]);
  assertUnknown(fn('array', P));
  assert.equal(fn('coalesce', null, null, 'x', P), 'x');
  assert.equal(fn('coalesce', null), null);
  assertUnknown(fn('coalesce', null, P, 'x'));
});

test('range, min, max', () => {
  assert.deepEqual(fn('range', 5, 3), [5, 6, 7]);
  assert.deepEqual(fn('range', 0, 0), []);
  assertUnknown(fn('range', 0, -1));
  assert.equal(fn('min', 3, 1, 2), 1);
  assert.equal(fn('max', [3, 9, 2]), 9);
  assertUnknown(fn('min', 1, P));
  assertUnknown(fn('max'));
});

test('items, objectKeys, tryGet, flatten, shallowMerge', () => {
  assert.deepEqual(fn('items', { b: 2, a: P }), [
    { key: 'a', value: P },
    { key: 'b', value: 2 },
  ]);
  assert.deepEqual(fn('objectKeys', { b: 2, a: 1 }), ['b', 'a']);
  assert.equal(fn('tryGet', { a: { b: [10, 20] } }, 'A', 'b', 1), 20);
  assert.equal(fn('tryGet', { a: 1 }, 'missing'), null);
  assert.equal(fn('tryGet', { a: null }, 'a', 'b'), null);
  assertUnknown(fn('tryGet', { a: P }, 'a', 'b'));
  assert.deepEqual(fn('flatten', [[1], [2, [3]]]), [1, 2, [3]]);
  assert.deepEqual(fn('shallowMerge', [{ a: 1, n: { x: 1 } }, { n: { y: 1 } }]), { a: 1, n: { y: 1 } });
});

test('json parses, refuses unknown and too deep input', () => {
  assert.deepEqual(fn('json', '{"a":[1,true,null]}'), { a: [1, true, null] });
  assert.equal(fn('json', 'null'), null);
  assertUnknown(fn('json', '{bad'));
  assertUnknown(fn('json', P));
  assertUnknown(fn('json', '['.repeat(100_000) + ']'.repeat(100_000)));
});
