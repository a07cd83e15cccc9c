/**
 * Fuzz: the ARM expression parser and evaluator (server/src/engine/arm/expression/). Random and escaped raw texts
 * parse without throwing and every node and error span lies inside the raw text; expressions built from every
 * builtin with hostile arguments (huge counts, doubling values, deep nesting) evaluate within the time bound,
 * and never through the evaluator's last-resort catch (which would hide a crash).
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { forEachExpr } from '../../server/src/engine/arm/expression/ast';
import { ArmEvalScope, evaluateArmString, parameterKey } from '../../server/src/engine/arm/expression/evaluate';
import { parseArmString } from '../../server/src/engine/arm/expression/parse';
import { builtinFunctionNames, createBuiltinContext } from '../../server/src/engine/evaluate/functions';
import { Unknown, Value, describeValue, isUnknown } from '../../server/src/engine/evaluate/value';
import { anyCodeUnitString, excerpt, fuzzTest, params } from './fuzzSupport';
import { AnalysisContext } from '../../server/src/engine/analysisContext';
import { sharedParts } from '../support/builtins';

/** Checks a parse of `raw` placed at `offset`: node and error spans inside the raw text. */
function checkParse(raw: string, offset: number): ReturnType<typeof parseArmString> {
  const parsed = parseArmString(raw, offset);
  if (parsed.kind === 'literal') return parsed;
  const inside = (start: number, end: number, what: string): void =>
    assert.ok(
      start >= offset && start <= end && end <= offset + raw.length,
      `${what} span ${start}-${end} outside ${offset}-${offset + raw.length} in ${excerpt(raw)}`,
    );
  for (const error of parsed.errors) inside(error.span.start, error.span.end, `error "${error.message}"`);
  if (parsed.expr) {
    forEachExpr(parsed.expr, (node) => {
      inside(node.span.start, node.span.end, node.kind);
      if (node.kind === 'call' || node.kind === 'member') inside(node.nameSpan.start, node.nameSpan.end, `${node.kind} name`);
    });
  }
  return parsed;
}

/** Tokens of the expression language and the JSON escapes around it. */
const EXPRESSION_TOKENS = [
  '[',
  ']',
  '(',
  ')',
  ',',
  '.',
  "'",
  "''",
  ' ',
  '\\"',
  '\\\\',
  '\\n',
  '\\u0027',
  '\\u005b',
  '\\u',
  '\\',
  'concat',
  'parameters',
  "'p'",
  'variables',
  '1',
  '-1',
  '1.5',
  '-',
  'true',
  'null',
  'ns.f',
  'if',
  'json',
  "'[[1]]'",
  '😀',
  '\uD800',
  '\t',
  '$x',
  '_',
];

const rawExpression = fc.array(fc.constantFrom(...EXPRESSION_TOKENS), { maxLength: 60 }).map((tokens) => tokens.join(''));

fuzzTest(__filename, 'fuzz: ARM expression parser: random raw texts (escapes, quotes, brackets) keep spans inside', ({ timer }) => {
  fc.assert(
    fc.property(rawExpression, fc.nat(10_000), (raw, offset) => {
      timer.time(
        () => excerpt(raw),
        () => checkParse(`[${raw}]`, offset),
      );
    }),
    params(1500),
  );
  // Any text, JSON-escaped as it would be written in a file.
  fc.assert(
    fc.property(anyCodeUnitString(120), fc.nat(10_000), (text, offset) => {
      const raw = JSON.stringify(`[${text}]`).slice(1, -1);
      timer.time(
        () => excerpt(raw),
        () => checkParse(raw, offset),
      );
    }),
    params(500),
  );
});

fuzzTest(__filename, 'fuzz: ARM expression parser: deep and long expressions are refused with one message', ({ timer }) => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 100_000 }), fc.constantFrom('concat(', '(', '[', 'a.', "x('a')[0]"), (depth, opener) => {
      const raw = `[${opener.repeat(depth)}1${')'.repeat(depth)}]`;
      const parsed = timer.time(
        () => `${depth} × ${opener}`,
        () => checkParse(raw, 0),
      );
      if (parsed.kind === 'expression') assert.ok(parsed.errors.length <= 3, `${parsed.errors.length} errors for ${depth} × ${opener}`);
    }),
    params(30),
  );
});

// -- evaluation --------------------------------------------------------------------------------------------------

const NAMES = builtinFunctionNames();
const HUGE = ['1000000000', '2147483647', '-2147483648', '9007199254740993', '1e308', '-1'];

const leaf: fc.Arbitrary<string> = fc.constantFrom(
  "'a'",
  "''",
  "'privatelink.blob.core.windows.net'",
  "'10.0.0.0/24'",
  "'{0}-{1}'",
  "'[1,[2,[3]]]'",
  "'Microsoft.Network/privateEndpoints'",
  '0',
  '1',
  '3',
  ...HUGE,
  'true',
  'false',
  'null',
  "parameters('p')",
  "parameters('big')",
  "parameters('missing')",
  "variables('v')",
  "variables('big')",
  "variables('deep')",
  'copyIndex()',
  "reference('x')",
  'resourceGroup()',
  'subscription()',
  'environment()',
  'deployment()',
  'range(0, 1000000000)',
  "json('[[[[[[[[[[[[[[[[')",
  "lambdaVariables('x')",
);

const expression: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.tuple(fc.constantFrom(...NAMES), fc.array(tie('e'), { maxLength: 4 })).map(([name, args]) => `${name}(${args.join(', ')})`),
    fc
      .tuple(fc.constantFrom('map', 'filter', 'reduce', 'sort', 'toObject', 'groupBy', 'mapValues'), tie('e'), tie('e'))
      .map(([name, array, body]) => `${name}(${array}, lambda('x', ${body}))`),
    fc.tuple(tie('e'), fc.constantFrom('.name', '.properties', "['k']", '[0]', '[1000000000]')).map(([e, access]) => `${e}${access}`),
    fc.tuple(tie('e'), tie('e'), tie('e')).map(([c, a, b]) => `if(${c}, ${a}, ${b})`),
  ),
})).e;

/** Values a hostile template can put in variables: large, shared (a doubling DAG) and deep. */
function hostileScope(): ArmEvalScope {
  const big = Array.from({ length: 10_000 }, (_, i) => `item-${i}`);
  const doubled = sharedParts(40);
  let deep: Value = 1;
  for (let i = 0; i < 500; i++) deep = [deep];
  const variables: Record<string, Value> = { v: { name: 'n', properties: { k: [1, 2] } }, big, deep, doubled };
  const parameters: Record<string, Value> = { p: 'westeurope', big: 'x'.repeat(1_000_000) };
  const analysis = new AnalysisContext();
  return {
    scopeKey: '',
    parameter: (name) => (name in parameters ? parameters[name] : name === 'missing' ? undefined : new Unknown(parameterKey('', name))),
    variable: (name) => variables[name],
    copyIndex: () => 0,
    reference: (target) => new Unknown(`reference(${describeValue(target)})`),
    analysis,
    builtins: createBuiltinContext(analysis),
  };
}

fuzzTest(__filename, 'fuzz: ARM evaluator: every builtin with hostile arguments stays within time and never crashes', ({ timer }) => {
  fc.assert(
    fc.property(expression, (text) => {
      // A fresh context per case: the work budget is per evaluation, as in the lowering.
      const scope = hostileScope();
      const result = timer.time(
        () => excerpt(text),
        () => evaluateArmString(`[${text}]`, 0, scope),
      );
      assert.notEqual(result.value, undefined);
      // `expression#n` is what evaluateArmExpression returns when it caught an exception: a crash it hid.
      if (isUnknown(result.value)) assert.ok(!/^expression#\d+$/.test(result.value.key), `the evaluator crashed on ${text}`);
      timer.time(
        () => `describeValue of ${excerpt(text)}`,
        () => describeValue(result.value),
      );
    }),
    params(800),
  );
});

fuzzTest(__filename, 'fuzz: ARM evaluator: values that double through shared parts are not walked exponentially', ({ timer }) => {
  fc.assert(
    fc.property(
      fc.constantFrom(...NAMES.filter((n) => !['range', 'json'].includes(n))),
      fc.constantFrom("variables('doubled')", "createArray(variables('doubled'), variables('doubled'))"),
      (name, arg) => {
        const scope = hostileScope();
        const text = `${name}(${arg}, ${arg})`;
        const result = timer.time(
          () => text,
          () => evaluateArmString(`[${text}]`, 0, scope),
        );
        if (isUnknown(result.value)) assert.ok(!/^expression#\d+$/.test(result.value.key), `the evaluator crashed on ${text}`);
      },
    ),
    params(200),
  );
});
