// The string builtins at their edges: what each refuses (an Unknown keyed by the call, the same key a later
// evaluation of the same call gets, never a value computed from input ARM would reject), the size limits at and one
// past their boundary, the work budget, and exact results where a near miss would still look plausible (base64
// padding, the first match at offset 0, a trim that cannot be decided). Written from the mutation run's survivors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_ARRAY_ITEMS, MAX_STRING_LENGTH } from '../../server/src/engine/evaluate/functionsCore';
import type { Value } from '../../server/src/engine/evaluate/value';
import { assertUnknown, fn, part, P, withBudget } from '../support/builtins';

test('input ARM would reject gives the Unknown keyed by the call', () => {
  const refused: [string, Value[], string][] = [
    ['toLower', [1], 'tolower(1)'],
    ['toUpper', [{ a: 1 }], "toupper(createObject('a',1))"],
    ['trim', [1], 'trim(1)'],
    ['replace', [P, 'a', 'b'], "replace(parameters('p'),'a','b')"],
    ['replace', ['abc', P, 'b'], "replace('abc',parameters('p'),'b')"],
    ['replace', ['abc', 'a', P], "replace('abc','a',parameters('p'))"],
    ['replace', ['abc', '', 'b'], "replace('abc','','b')"],
    ['split', [P, ','], "split(parameters('p'),',')"],
    ['split', ['a,b', P], "split('a,b',parameters('p'))"],
    ['split', ['a,b', []], "split('a,b',createArray())"],
    ['split', ['a,b', ['']], "split('a,b',createArray(''))"],
    ['split', ['a,b', [',', P]], "split('a,b',createArray(',',parameters('p')))"],
    ['substring', [1, 0], 'substring(1,0)'],
    ['substring', ['abc', 'x'], "substring('abc','x')"],
    ['substring', ['abc', 1, 'x'], "substring('abc',1,'x')"],
    ['substring', ['abc', -1], "substring('abc',-1)"],
    ['substring', ['abc', 2, -1], "substring('abc',2,-1)"],
    ['substring', ['abc', 2, 2], "substring('abc',2,2)"],
    ['indexOf', [1, 'a'], "indexof(1,'a')"],
    ['indexOf', ['abc', P], "indexof('abc',parameters('p'))"],
    ['startsWith', [1, 'a'], "startswith(1,'a')"],
    ['endsWith', ['abc', P], "endswith('abc',parameters('p'))"],
    ['padLeft', ['a', 'x', '0'], "padleft('a','x','0')"],
    ['padLeft', ['a', 3, '00'], "padleft('a',3,'00')"],
    ['padLeft', [P, 3, '0'], "padleft(parameters('p'),3,'0')"],
    ['padLeft', ['a', 3, P], "padleft('a',3,parameters('p'))"],
    ['string', [P], "string(parameters('p'))"],
    ['string', [[1, P]], "string(createArray(1,parameters('p')))"],
    ['join', [P, ','], "join(parameters('p'),',')"],
    ['join', [['a'], P], "join(createArray('a'),parameters('p'))"],
    ['join', [[{ a: 1 }], ','], "join(createArray(createObject('a',1)),',')"],
    ['join', [[['a']], ','], "join(createArray(createArray('a')),',')"],
    ['base64', [P], "base64(parameters('p'))"],
    ['base64ToString', [P], "base64tostring(parameters('p'))"],
    ['base64ToString', ['a*b='], "base64tostring('a*b=')"],
    ['dataUri', [1], 'datauri(1)'],
    ['dataUriToString', [P], "datauritostring(parameters('p'))"],
    ['dataUriToString', ['data:text/plain;charset=utf8,aGk='], "datauritostring('data:text/plain;charset=utf8,aGk=')"],
    ['dataUriToString', ['x data:text/plain;base64,aGk='], "datauritostring('x data:text/plain;base64,aGk=')"],
    ['uriComponent', [P], "uricomponent(parameters('p'))"],
    ['uriComponentToString', [2], 'uricomponenttostring(2)'],
    ['concat', ['a', { b: 1 }], "concat('a',createObject('b',1))"],
    ['concat', [[1], 'a'], "concat(createArray(1),'a')"],
    ['format', [P, 'a'], "format(parameters('p'),'a')"],
  ];
  for (const [name, args, key] of refused) assertUnknown(fn(name, ...args), key);
});

test('concat and split stop at the array limit, and concat at the string limit, not one item or character before', () => {
  const half = Array.from({ length: MAX_ARRAY_ITEMS / 2 }, () => 0);
  assert.equal((fn('concat', half, half) as Value[]).length, MAX_ARRAY_ITEMS);
  assertUnknown(fn('concat', half, [...half, 0]));
  const text = 'a'.repeat(MAX_STRING_LENGTH / 2);
  assert.equal((fn('concat', text, text) as string).length, MAX_STRING_LENGTH);
  assertUnknown(fn('concat', text, text, 'b'));
  assert.equal((fn('split', ','.repeat(MAX_ARRAY_ITEMS - 1), ',') as Value[]).length, MAX_ARRAY_ITEMS);
  assertUnknown(fn('split', ','.repeat(MAX_ARRAY_ITEMS), ','));
});

test('each string builtin takes its work from the budget: short of it, the result is unknown', () => {
  const spent: [string, Value[], number, Value][] = [
    ['concat', ['abc', 'def'], 6, 'abcdef'],
    ['concat', [[1, 2], [3]], 3, [1, 2, 3]],
    ['format', ['{0}-{1}', 'ab', 'cd'], 5, 'ab-cd'],
    ['replace', ['aXa', 'X', 'YY'], 4, 'aYYa'],
    ['split', ['a,b,c', ','], 3, ['a', 'b', 'c']],
    ['padLeft', ['7', 3, '0'], 3, '007'],
    ['string', [[1, true]], 8, '[1,true]'],
    ['join', [['a', 'b'], '+'], 3, 'a+b'],
    ['base64', ['ab'], 4, 'YWI='],
    ['base64ToString', ['YWI='], 4, 'ab'],
    ['dataUri', ['ab'], 4, 'data:text/plain;charset=utf8;base64,YWI='],
    ['uriComponent', ['a b'], 9, 'a%20b'],
  ];
  for (const [name, args, needed, expected] of spent) {
    assert.deepEqual(withBudget(needed, name, ...args), expected, `${name} within a budget of ${needed}`);
    assertUnknown(withBudget(needed - 1, name, ...args));
  }
});

test('exact results where a near miss would look plausible', () => {
  // base64 pads to whole groups of four; decoding takes the padding off again.
  assert.equal(fn('base64', 'a'), 'YQ==');
  assert.equal(fn('base64', 'ab'), 'YWI=');
  assert.equal(fn('base64', 'abc'), 'YWJj');
  assert.equal(fn('base64ToString', 'YQ=='), 'a');
  assert.equal(fn('base64ToString', 'YWJj'), 'abc');
  assert.equal(fn('base64ToString', ''), '');
  // 'A' is the digit 0, and bytes below 16 are written with a leading zero before UTF-8 decoding.
  assert.equal(fn('base64ToString', 'aA=='), 'h');
  assert.equal(fn('base64', 'a\nb'), 'YQpi');
  assert.equal(fn('base64ToString', 'YQpi'), 'a\nb');
  assert.equal(fn('dataUriToString', 'data:text/plain;charset=utf8;base64,aGk='), 'hi');
  assert.equal(fn('dataUriToString', 'data:;base64,aGk='), 'hi');
  // A first match at the very start of a partly unknown string is offset 0, not unknown.
  assert.equal(fn('indexOf', `ab${part('x')}`, 'A'), 0);
  assertUnknown(fn('indexOf', `ab${part('x')}`, 'z'));
  assert.equal(fn('indexOf', 'abc', 'z'), -1);
  assert.equal(fn('lastIndexOf', 'abcabc', 'BC'), 4);
  // A string already as long as asked is returned as it is.
  assert.equal(fn('padLeft', 'abc', 3, '0'), 'abc');
  assert.equal(fn('padLeft', 'abc', 2, '0'), 'abc');
  assert.equal(fn('padLeft', 12, 4, '0'), '0012');
  assert.equal(fn('padLeft', 'a', 3), '  a');
  // Nothing to pad, nothing to build: no work is taken, and a string is a string already.
  assert.equal(withBudget(0, 'padLeft', 'abc', 3, '0'), 'abc');
  assert.equal(withBudget(0, 'string', 'abc'), 'abc');
  // Replacing: the result's length counts each replacement.
  assert.equal(fn('replace', 'a-b-c', '-', '--'), 'a--b--c');
  assert.equal(fn('replace', 'a--b', '--', ''), 'ab');
  assert.deepEqual(fn('split', 'a;b,c', [';', ',']), ['a', 'b', 'c']);
  assert.deepEqual(fn('split', 'a,', ','), ['a', '']);
  assert.deepEqual(fn('split', '', ','), ['']);
  assert.equal(fn('substring', 'abc', 1), 'bc');
  assert.equal(fn('substring', 'abc', 3, 0), '');
  assert.equal(fn('join', ['a', 'b', ''], ','), 'a,b,');
  assert.equal(fn('string', 'as is'), 'as is');
  assert.equal(fn('string', { a: [1] }), '{"a":[1]}');
});

test('trim of a partly unknown string: decided only when both known ends are non-space characters', () => {
  const middle = part('x');
  assert.equal(fn('trim', `a${middle}b`), `a${middle}b`);
  assertUnknown(fn('trim', ` a${middle}b`));
  assertUnknown(fn('trim', `a${middle}b `));
  assertUnknown(fn('trim', `${middle}b`));
  assertUnknown(fn('trim', `a${middle}`));
  assertUnknown(fn('trim', middle));
});

test('startsWith and endsWith read the known end of a partly unknown string', () => {
  const middle = part('x');
  assert.equal(fn('startsWith', `pe-${middle}`, 'PE-'), true);
  assert.equal(fn('startsWith', `pe-${middle}`, 'st-'), false);
  assertUnknown(fn('startsWith', `pe${middle}`, 'pe-kv'));
  assert.equal(fn('startsWith', `pe${middle}`, 'px-kv'), false);
  assert.equal(fn('endsWith', `${middle}-blob`, 'BLOB'), true);
  assertUnknown(fn('endsWith', `${middle}ob`, '-blob'));
  assert.equal(fn('endsWith', `${middle}ob`, '-blox'), false);
});

test('the unknown parts a string builtin maps, and the values only a deployment makes, are named by their function', () => {
  assert.equal(fn('toUpper', `ab${part('x')}`), `AB${part('toupper(x)')}`);
  assert.equal(fn('toLower', `AB${part('x')}`), `ab${part('tolower(x)')}`);
  const guid = fn('newGuid');
  const now = fn('utcNow', 'u');
  assertUnknown(guid);
  assertUnknown(now);
  assert.match((guid as { key: string }).key, /^newGuid\(\)#\d+$/);
  assert.match((now as { key: string }).key, /^utcNow\(\)#\d+$/);
});
