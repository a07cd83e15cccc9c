// Tests the ARM expression evaluator: the scope functions (parameters, variables, copyIndex, reference, user
// functions), property access, the lazy `if`, unknown keys ("same expression, equal unknowns"), and no-throw fuzzing.
import { AnalysisContext } from '../../server/src/engine/analysisContext';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ArmEvalScope, evaluateArmExpression, evaluateArmString, parameterKey } from '../../server/src/engine/arm/expression/evaluate';
import { parseArmString } from '../../server/src/engine/arm/expression/parse';
import { createBuiltinContext } from '../../server/src/engine/evaluate/functions';
import { describeValue, isUnknown, Unknown, unknownAsStringPart, Value, valuesEqual } from '../../server/src/engine/evaluate/value';

interface ScopeOptions {
  scopeKey?: string;
  parameters?: Record<string, Value>;
  variables?: Record<string, Value>;
  copyIndex?: Value;
}

function makeScope(options: ScopeOptions = {}) {
  const variableLookups: string[] = [];
  const references: { target: Value; full: boolean }[] = [];
  const scopeKey = options.scopeKey ?? '';
  const scope: ArmEvalScope = {
    analysis: new AnalysisContext(),
    scopeKey,
    parameter: (name) => {
      const declared = Object.keys(options.parameters ?? {}).find((k) => k.toLowerCase() === name.toLowerCase());
      if (declared === undefined) return undefined;
      return options.parameters![declared] ?? new Unknown(parameterKey(scopeKey, declared));
    },
    variable: (name) => {
      variableLookups.push(name);
      return options.variables?.[name];
    },
    copyIndex: (loop) => options.copyIndex ?? new Unknown(`copyIndex(${loop === undefined ? '' : `'${loop}'`})`),
    reference: (target, full) => {
      references.push({ target, full });
      return new Unknown(`reference#${references.length}`);
    },
    userFunction: (name, args) => (name.toLowerCase() === 'contoso.double' && typeof args[0] === 'number' ? args[0] * 2 : undefined),
  };
  return { scope, variableLookups, references };
}

function evaluate(expression: string, scope: ArmEvalScope = makeScope().scope): Value {
  const result = evaluateArmString(expression, 0, scope);
  assert.deepEqual(result.errors, [], `errors in ${expression}`);
  return result.value;
}

function assertUnknown(value: Value, key?: string) {
  assert.ok(isUnknown(value), `expected Unknown, got ${describeValue(value)}`);
  if (key !== undefined) assert.equal(value.key, key);
}

const part = (key: string) => unknownAsStringPart(new Unknown(key));

test('literals evaluate to themselves, escapes resolved', () => {
  assert.equal(evaluate('plain'), 'plain');
  assert.equal(evaluate('[[x]'), '[x]');
  assert.equal(evaluate(String.raw`[concat('a', '\"b\"', \u0027c\u0027)]`), 'a"b"c');
  assert.equal(evaluate("['it''s']"), "it's");
  assert.equal(evaluate('[-3]'), -3);
  assert.equal(evaluate('[true]'), true);
  assert.equal(evaluate('[null]'), null);
});

test('syntax errors give an anonymous Unknown plus the errors', () => {
  const { scope } = makeScope();
  const result = evaluateArmString("[concat('a',]", 0, scope);
  assert.ok(isUnknown(result.value));
  assert.equal(result.errors.length, 1);
  const again = evaluateArmString("[concat('a',]", 0, scope);
  assert.equal(valuesEqual(result.value, again.value), undefined);
});

test('parameters and variables with property access and indexing', () => {
  const { scope } = makeScope({
    parameters: { cfg: { subnets: [{ name: 'pe-subnet', prefix: '10.0.1.0/24' }] } },
    variables: { names: { Blob: 'blob' } },
  });
  assert.equal(evaluate("[parameters('cfg').subnets[0].name]", scope), 'pe-subnet');
  assert.equal(evaluate("[parameters('CFG')['subnets'][0]['prefix']]", scope), '10.0.1.0/24');
  // Property names compare case-insensitively, as in ARM.
  assert.equal(evaluate("[variables('names').blob]", scope), 'blob');
  assert.equal(evaluate("[length(parameters('cfg').subnets)]", scope), 1);
});

test('parameters without a value and undeclared names are keyed unknowns', () => {
  const { scope } = makeScope({ parameters: { name: null as unknown as Value } });
  assertUnknown(evaluate("[parameters('name')]", scope), "parameters('name')");
  // Any spelling of a declared parameter gets the declared name's key.
  assertUnknown(evaluate("[parameters('NAME')]", scope), "parameters('name')");
  assertUnknown(evaluate("[parameters('undeclared')]", scope), "parameters('undeclared')");
  assertUnknown(evaluate("[variables('missing')]", scope), "variables('missing')");
});

test('the scope key keeps nested deployments apart', () => {
  const outer = makeScope({ parameters: { name: null as unknown as Value } }).scope;
  const inner = makeScope({ scopeKey: 'nested1/', parameters: { name: null as unknown as Value } }).scope;
  const a = evaluate("[parameters('name')]", outer);
  const b = evaluate("[parameters('name')]", inner);
  assertUnknown(b, "nested1/parameters('name')");
  assert.equal(valuesEqual(a, b), undefined);
  assertUnknown(evaluate("[parameters(parameters('name'))]", inner), "nested1/parameters(nested1/parameters('name'))");
});

test("member access on unknowns is keyed by the path; x.y and x['y'] agree", () => {
  const { scope } = makeScope({ parameters: { cfg: null as unknown as Value } });
  assertUnknown(evaluate("[parameters('cfg').subnets[0].name]", scope), "parameters('cfg').subnets[0].name");
  assertUnknown(evaluate("[parameters('cfg')['subnets'][0]['name']]", scope), "parameters('cfg').subnets[0].name");
  assertUnknown(evaluate("[parameters('cfg')['with-dash']]", scope), "parameters('cfg')['with-dash']");
  assertUnknown(evaluate("[parameters('cfg')[parameters('cfg').i]]", scope), "parameters('cfg')[parameters('cfg').i]");
});

test('same expression, equal unknowns, whatever the spelling', () => {
  const { scope } = makeScope({ parameters: { name: null as unknown as Value } });
  const a = evaluate("[uniqueString(resourceGroup().id, parameters('name'))]", scope);
  const b = evaluate("[UniqueString( resourceGroup( ).id,parameters( 'Name' ) )]", scope);
  assertUnknown(a);
  assert.equal(valuesEqual(a, b), true);
  const c = evaluate("[unknownFn('x', parameters('name'))]", scope);
  const d = evaluate("[UNKNOWNFN('x',parameters('name'))]", scope);
  assertUnknown(c, "unknownfn('x',parameters('name'))");
  assert.equal(valuesEqual(c, d), true);
  assert.equal(valuesEqual(c, evaluate("[unknownFn('y', parameters('name'))]", scope)), undefined);
});

test('resource ids built by resourceId and by concat of the same parts are equal', () => {
  const { scope } = makeScope({ parameters: { account: null as unknown as Value } });
  const byFunction = evaluate("[resourceId('Microsoft.Storage/storageAccounts', parameters('account'))]", scope);
  const byConcat = evaluate("[concat(resourceGroup().id, '/providers/Microsoft.Storage/storageAccounts/', parameters('account'))]", scope);
  assert.equal(valuesEqual(byFunction, byConcat), true);
  assert.equal(
    byFunction,
    `/subscriptions/${part('subscription().subscriptionId')}/resourceGroups/${part('resourceGroup().name')}/providers/Microsoft.Storage/storageAccounts/${part("parameters('account')")}`,
  );
});

test('format and concat of parameters with defaults fold fully', () => {
  const { scope } = makeScope({ parameters: { prefix: 'contoso', env: 'dev' } });
  assert.equal(evaluate("[format('{0}-{1}-pe', parameters('prefix'), toUpper(parameters('env')))]", scope), 'contoso-DEV-pe');
  assert.equal(evaluate("[concat('privatelink.blob.', environment().suffixes.storage)]", scope), 'privatelink.blob.core.windows.net');
  assert.equal(evaluate("[last(split('a/b/c', '/'))]", scope), 'c');
  assert.equal(evaluate('[range(1, 3)[2]]', scope), 3);
});

test('if is lazy: only the chosen branch is evaluated', () => {
  const { scope, variableLookups } = makeScope({ variables: { a: 'A', b: 'B' } });
  assert.equal(evaluate("[if(equals(1, 1), variables('a'), variables('b'))]", scope), 'A');
  assert.deepEqual(variableLookups, ['a']);
  variableLookups.length = 0;
  assert.equal(evaluate("[if(false, variables('a'), variables('b'))]", scope), 'B');
  assert.deepEqual(variableLookups, ['b']);
});

test('if with an unknown condition: the common value, or an Unknown keyed by the call', () => {
  const { scope } = makeScope({ parameters: { flag: null as unknown as Value } });
  assert.equal(evaluate("[if(parameters('flag'), 'same', 'same')]", scope), 'same');
  assertUnknown(evaluate("[if(parameters('flag'), 'a', 'b')]", scope), "if(parameters('flag'),'a','b')");
  assertUnknown(evaluate("[if(parameters('flag'), 'a')]", scope));
  // The untaken branch may be broken: it is never evaluated.
  assert.equal(evaluate("[if(true, 'ok', parameters('flag').x.y)]", scope), 'ok');
});

test('three-valued and/or in expressions', () => {
  const { scope } = makeScope({ parameters: { flag: null as unknown as Value } });
  assert.equal(evaluate("[and(false, parameters('flag'))]", scope), false);
  assert.equal(evaluate("[or(parameters('flag'), true)]", scope), true);
  assertUnknown(evaluate("[and(true, parameters('flag'))]", scope), "and(true,parameters('flag'))");
  assert.equal(evaluate("[not(empty(concat('a', parameters('flag'))))]", scope), true);
});

test('copyIndex with and without loop names and offsets', () => {
  const known = makeScope({ copyIndex: 2 }).scope;
  assert.equal(evaluate('[copyIndex()]', known), 2);
  assert.equal(evaluate('[copyIndex(1)]', known), 3);
  assert.equal(evaluate("[copyIndex('loop', 10)]", known), 12);
  assert.equal(evaluate("[concat('pe-', copyIndex(1))]", known), 'pe-3');
  const unknown = makeScope().scope;
  assertUnknown(evaluate("[copyIndex('loop')]", unknown), "copyIndex('loop')");
  assertUnknown(evaluate('[copyIndex(1)]', unknown), 'add(copyIndex(),1)');
});

test('reference goes to the scope with the full flag; list* functions are unknown', () => {
  const { scope, references } = makeScope();
  assertUnknown(evaluate("[reference(resourceId('Microsoft.Network/privateEndpoints', 'pe')).customDnsConfigs]", scope));
  evaluate("[reference('pe', '2023-01-01', 'Full')]", scope);
  assert.equal(references.length, 2);
  assert.equal(references[0].full, false);
  assert.equal(references[1].full, true);
  assert.equal(references[1].target, 'pe');
  assertUnknown(evaluate("[listKeys('st', '2023-01-01').keys[0].value]", scope), "listkeys('st','2023-01-01').keys[0].value");
});

test('user-defined functions go to the scope; unanswered ones are keyed unknowns', () => {
  const { scope } = makeScope();
  assert.equal(evaluate('[contoso.double(21)]', scope), 42);
  assertUnknown(evaluate("[contoso.other('a')]", scope), "contoso.other('a')");
  const noFunctions: ArmEvalScope = { ...scope, userFunction: undefined };
  assertUnknown(evaluate('[contoso.double(21)]', noFunctions), 'contoso.double(21)');
});

test('errors inside the value (bad index, missing property) are unknowns, never throws', () => {
  const { scope } = makeScope({ variables: { arr: [1, 2], obj: { a: 1 } } });
  assertUnknown(evaluate("[variables('arr')[5]]", scope));
  assertUnknown(evaluate("[variables('obj').missing]", scope));
  assertUnknown(evaluate("[variables('arr').length]", scope));
  assertUnknown(evaluate("['text'[0]]", scope));
});

test('lambda functions: filter, map, reduce, sort, toObject, mapValues, groupBy', () => {
  const { scope } = makeScope({
    variables: {
      zones: [
        { name: 'privatelink.blob.core.windows.net', group: 'blob' },
        { name: 'privatelink.vaultcore.azure.net', group: 'vault' },
        { name: 'privatelink.file.core.windows.net', group: 'file' },
      ],
    },
  });
  assert.deepEqual(
    evaluate(
      "[map(filter(variables('zones'), lambda('z', endsWith(lambdaVariables('z').name, '.core.windows.net'))), lambda('z', lambdaVariables('z').group))]",
      scope,
    ),
    ['blob', 'file'],
  );
  assert.deepEqual(evaluate("[map(range(0, 3), lambda('x', 'i', add(lambdaVariables('x'), lambdaVariables('i'))))]", scope), [0, 2, 4]);
  assert.equal(evaluate("[reduce(range(1, 4), 0, lambda('acc', 'n', add(lambdaVariables('acc'), lambdaVariables('n'))))]", scope), 10);
  assert.deepEqual(
    evaluate("[sort(createArray(3, 1, 2), lambda('a', 'b', less(lambdaVariables('a'), lambdaVariables('b'))))]", scope),
    [1, 2, 3],
  );
  assert.deepEqual(
    evaluate("[toObject(variables('zones'), lambda('z', lambdaVariables('z').group), lambda('z', lambdaVariables('z').name))]", scope),
    { blob: 'privatelink.blob.core.windows.net', vault: 'privatelink.vaultcore.azure.net', file: 'privatelink.file.core.windows.net' },
  );
  assert.deepEqual(evaluate("[mapValues(createObject('a', 1, 'b', 2), lambda('v', mul(lambdaVariables('v'), 10)))]", scope), {
    a: 10,
    b: 20,
  });
  assert.deepEqual(evaluate("[groupBy(createArray('ab', 'ac', 'bd'), lambda('s', first(lambdaVariables('s'))))]", scope), {
    a: ['ab', 'ac'],
    b: ['bd'],
  });
});

test('lambda functions on unknown input are keyed unknowns; map keeps the length of a known array', () => {
  const { scope } = makeScope({ parameters: { items: null as unknown as Value } });
  const a = evaluate("[map(parameters('items'), lambda('x', lambdaVariables('x').id))]", scope);
  const b = evaluate("[MAP(parameters('items'),lambda('x',lambdaVariables('x').id))]", scope);
  assertUnknown(a);
  assert.equal(valuesEqual(a, b), true);
  const mapped = evaluate("[map(createArray(parameters('items'), 'x'), lambda('v', toUpper(lambdaVariables('v'))))]", scope);
  assert.ok(Array.isArray(mapped) && mapped.length === 2);
  assertUnknown(evaluate("[filter(createArray(1, parameters('items')), lambda('v', equals(lambdaVariables('v'), 1)))]", scope));
  assertUnknown(evaluate("[lambdaVariables('outside')]", scope), "lambdavariables('outside')");
});

test('nested lambdas over large arrays stop at the evaluation cap', () => {
  const { scope } = makeScope();
  const started = Date.now();
  const result = evaluate("[map(range(0, 10000), lambda('a', length(map(range(0, 10000), lambda('b', lambdaVariables('b'))))))]", scope);
  assertUnknown(result);
  // A guard against runaway evaluation, not a speed check (the bench measures speed): far above the usual time.
  assert.ok(Date.now() - started < 15_000, `took ${Date.now() - started} ms`);
});

test('a shared builtin context carries the budget across evaluations', () => {
  const { scope } = makeScope();
  const limited: ArmEvalScope = { ...scope, builtins: createBuiltinContext(scope.analysis, undefined, 15_000) };
  assert.ok(Array.isArray(evaluate('[range(0, 10000)]', limited)));
  assertUnknown(evaluate('[range(0, 10000)]', limited));
});

test('hostile expressions evaluate quickly to a value', () => {
  const started = Date.now();
  const { scope } = makeScope();
  assertUnknown(evaluate('[range(0, 1000000000)]', scope));
  const deep = '[' + 'concat('.repeat(150) + "'x'" + ')'.repeat(150) + ']';
  assert.equal(evaluate(deep, scope), 'x');
  const parsed = parseArmString('[' + 'f('.repeat(100_000) + ')'.repeat(100_000) + ']', 0);
  if (parsed.kind === 'expression' && parsed.expr) assert.ok(isUnknown(evaluateArmExpression(parsed.expr, scope)));
  // Each replace makes the string four times longer: 4^15 characters unless the caps stop it.
  let growing = "'a'";
  for (let i = 0; i < 15; i++) growing = `replace(${growing}, 'a', 'aaaa')`;
  assertUnknown(evaluate(`[${growing}]`, scope));
  let arrays = 'range(0, 100)';
  for (let i = 0; i < 15; i++) arrays = `concat(${arrays}, ${arrays})`;
  assertUnknown(evaluate(`[length(${arrays})]`, scope));
  // A guard against runaway (exponential or unbounded) evaluation, not a speed check (speed lives in the bench): the
  // bound is far above the tens of milliseconds this takes, so that a loaded machine or a mutation run passes.
  assert.ok(Date.now() - started < 15_000);
});

const fragments = [
  'concat(',
  "parameters('p')",
  "variables('v')",
  'resourceId(',
  "'Microsoft.Network/privateEndpoints'",
  ',',
  ')',
  '.x',
  '[0]',
  "['k']",
  'if(',
  'true',
  'null',
  '1',
  '-2',
  "''",
  'range(0,',
  'copyIndex(',
  'reference(',
  'listKeys(',
  'ns.f(',
  'split(',
  'format(',
  "'{0}'",
  'json(',
  "'[1,{}]'",
  'union(',
  'createObject(',
  "'a'",
  'resourceGroup()',
  'environment()',
  'map(',
  'filter(',
  'reduce(',
  "lambda('x',",
  "lambdaVariables('x')",
  'sort(',
  'toObject(',
  'groupBy(',
];

test('fuzz: random expressions from fragments never throw', () => {
  const { scope } = makeScope({ parameters: { p: null as unknown as Value }, variables: { v: { x: [1] } } });
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 25 }), (parts) => {
      const result = evaluateArmString(`[${parts.join('')}]`, 0, scope);
      assert.notEqual(result.value, undefined);
    }),
    { seed: 99, numRuns: 3000 },
  );
});

test('fuzz: balanced random calls evaluate without throwing', () => {
  const { scope } = makeScope({ parameters: { p: null as unknown as Value } });
  const names = [
    'concat',
    'format',
    'toLower',
    'split',
    'union',
    'if',
    'equals',
    'and',
    'length',
    'first',
    'resourceId',
    'take',
    'json',
    'string',
    'coalesce',
  ];
  const expr: fc.Arbitrary<string> = fc.letrec((tie) => ({
    e: fc.oneof(
      { depthSize: 'small' },
      fc.constantFrom("'a'", '1', 'true', "parameters('p')", "'{0}'", "'Microsoft.X/y'", "'[1]'"),
      fc.tuple(fc.constantFrom(...names), fc.array(tie('e'), { maxLength: 3 })).map(([n, args]) => `${n}(${args.join(',')})`),
      tie('e').map((e) => `${e}.x`),
      tie('e').map((e) => `${e}[0]`),
    ),
  })).e;
  fc.assert(
    fc.property(expr, (text) => {
      const result = evaluateArmString(`[${text}]`, 0, scope);
      assert.deepEqual(result.errors, []);
      assert.notEqual(result.value, undefined);
    }),
    { seed: 1234, numRuns: 2000 },
  );
});

test('scope functions with the wrong number or kind of arguments are keyed unknowns, never a lookup', () => {
  const { scope, references, variableLookups } = makeScope({ copyIndex: 2, variables: { x: 'y' } });
  assertUnknown(evaluate('[reference()]', scope), 'reference()');
  assertUnknown(evaluate("[reference('a', 'b', 'full', 'd')]", scope), "reference('a','b','full','d')");
  assert.equal(references.length, 0, 'no reference was asked of the scope');
  // Only a third argument 'full' (in any case) asks for the full object.
  evaluate("[reference('pe', '2023-01-01', 'FULL')]", scope);
  evaluate("[reference('pe', '2023-01-01', 'partial')]", scope);
  evaluate("[reference('pe', '2023-01-01', 1)]", scope);
  evaluate("[reference('pe', '2023-01-01')]", scope);
  assert.deepEqual(
    references.map((r) => r.full),
    [true, false, false, false],
  );
  assertUnknown(evaluate("[variables('x', 'y')]", scope), "variables('x','y')");
  assertUnknown(evaluate('[variables(1)]', scope), 'variables(1)');
  assertUnknown(evaluate('[parameters()]', scope), 'parameters()');
  assert.deepEqual(variableLookups, [], 'no variable was looked up');
  assertUnknown(evaluate('[copyIndex(1, 2)]', scope), 'copyindex(1,2)');
  assertUnknown(evaluate('[copyIndex(true)]', scope), 'copyindex(true)');
  assert.equal(evaluate("[copyIndex('loop')]", scope), 2);
  assertUnknown(evaluate('[if(true, 1)]', scope), 'if(true,1)');
});

test('indexes: whole numbers inside the array, names on objects (any case); anything else is unknown', () => {
  const { scope } = makeScope({ variables: { arr: [1, 2], obj: { Name: 'n', 'two words': 2 } } });
  assert.equal(evaluate("[variables('arr')[1]]", scope), 2);
  assert.equal(evaluate("[variables('arr')[0]]", scope), 1);
  for (const index of ['2', '-1', '0.5', "'a'"]) assertUnknown(evaluate(`[variables('arr')[${index}]]`, scope));
  assert.equal(evaluate("[variables('obj')['name']]", scope), 'n');
  assert.equal(evaluate("[variables('obj')['TWO WORDS']]", scope), 2);
  assertUnknown(evaluate("[variables('obj')[0]]", scope));
  assertUnknown(evaluate("[variables('obj')['missing']]", scope));
});

test('lambda functions without a lambda where one is due, or without an array or object to work on, are unknown', () => {
  const { scope } = makeScope();
  const identity = "lambda('x', lambdaVariables('x'))";
  for (const expression of [
    // Not a lambda in the lambda's place: a string, a lambda without a body, one with a parameter name that is no string.
    "[map(createArray(1, 2), 'x')]",
    "[map(createArray(1, 2), lambda('x'))]",
    '[map(createArray(1, 2), lambda(1, 2))]',
    "[filter(createArray(1, 2), 'x')]",
    "[reduce(createArray(1, 2), 0, 'x')]",
    "[sort(createArray(1, 2), 'x')]",
    "[toObject(createArray('a'), 'x')]",
    `[toObject(createArray('a'), ${identity}, 'x')]`,
    "[mapValues(createObject('a', 1), 'x')]",
    "[groupBy(createArray('a'), 'x')]",
    // No array (or object) to work on.
    `[map('text', ${identity})]`,
    // (A string has a length and characters by index: it must still not be taken for an array.)
    "[filter('text', lambda('c', true))]",
    "[sort('text', lambda('a', 'b', less(lambdaVariables('a'), lambdaVariables('b'))))]",
    `[reduce('text', 0, ${identity})]`,
    `[sort('text', ${identity})]`,
    `[toObject('text', ${identity})]`,
    `[mapValues(createArray(1), ${identity})]`,
    `[groupBy('text', ${identity})]`,
    // reduce without its initial value.
    `[reduce(createArray(1, 2), ${identity})]`,
    // Answers of the wrong kind: a filter or sort that says neither true nor false, keys that are no strings.
    `[filter(createArray(1, 2), ${identity})]`,
    "[sort(createArray(2, 1), lambda('a', 'b', 'yes'))]",
    `[toObject(createArray(1, 2), ${identity})]`,
    `[groupBy(createArray(1, 2), ${identity})]`,
  ]) {
    assertUnknown(evaluate(expression, scope));
  }
});

test("lambda parameter names are case-insensitive, and toObject's value lambda is optional", () => {
  const { scope } = makeScope();
  assert.deepEqual(evaluate("[map(createArray(1, 2), lambda('X', mul(lambdaVariables('x'), 3)))]", scope), [3, 6]);
  assert.deepEqual(evaluate("[toObject(createArray('a', 'b'), lambda('k', lambdaVariables('k')))]", scope), { a: 'a', b: 'b' });
});
