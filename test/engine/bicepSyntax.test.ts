/**
 * Bicep lexer and parser: focused assertions on the constructs rules depend on (interpolation spans, nested
 * resources, decorators, loops, conditions, safe access, spread, trivia) and syntax baselines over
 * test/engine/baselines/bicep (UPDATE_BASELINES=1 rewrites them).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseBicep } from '../../server/src/engine/bicep/syntax/parseBicep';
import { dumpSyntax } from '../../server/src/engine/bicep/syntax/dump';
import { childrenOf } from '../../server/src/engine/bicep/syntax/children';
import type {
  BicepParseResult,
  Expression,
  ObjectExpression,
  ResourceDeclaration,
  Statement,
  StringLiteral,
  SyntaxNode,
} from '../../server/src/engine/bicep/syntax/ast';
import { repoRoot } from '../support/paths';

const UPDATE = process.env.UPDATE_BASELINES === '1';

const baselineDir = path.join(repoRoot, 'test', 'engine', 'baselines', 'bicep');

function parseClean(text: string): BicepParseResult {
  const result = parseBicep(text);
  assert.deepEqual(result.diagnostics, [], `unexpected diagnostics for:\n${text}`);
  return result;
}

function* walk(node: SyntaxNode): Generator<SyntaxNode> {
  yield node;
  for (const child of childrenOf(node)) yield* walk(child);
}

function statement<K extends Statement['kind']>(result: BicepParseResult, kind: K, index = 0): Extract<Statement, { kind: K }> {
  const found = result.program.statements.filter((s) => s.kind === kind);
  assert.ok(found[index], `no ${kind} statement #${index}`);
  return found[index] as Extract<Statement, { kind: K }>;
}

/** The value of the first `var` (the usual shape of these snippets). */
function varValue(text: string): Expression {
  return statement(parseClean(text), 'var').value;
}

function source(text: string, node: { span: { start: number; end: number } }): string {
  return text.slice(node.span.start, node.span.end);
}

test('interpolation: parts alternate segments and holes, with raw spans', () => {
  const text = "var s = 'pe-${name}-${toLower(loc)}'";
  const value = varValue(text) as StringLiteral;
  assert.equal(value.kind, 'string');
  assert.equal(value.value, undefined);
  assert.deepEqual(
    value.parts.map((p) => [p.kind, source(text, p)]),
    [
      ['segment', 'pe-'],
      ['interpolation', '${name}'],
      ['segment', '-'],
      ['interpolation', '${toLower(loc)}'],
      ['segment', ''],
    ],
  );
  const hole = value.parts[3];
  assert.equal(hole.kind === 'interpolation' && source(text, hole.expression), 'toLower(loc)');
});

test('escapes: value is unescaped, segment span stays raw', () => {
  const text = "var s = 'a\\'b\\\\c\\nd\\te\\$f\\u{1F600}'";
  const value = varValue(text) as StringLiteral;
  assert.equal(value.value, "a'b\\c\nd\te$f😀");
  assert.equal(source(text, value.parts[0]), "a\\'b\\\\c\\nd\\te\\$f\\u{1F600}");
  // An escaped `$` does not open a hole.
  const escaped = varValue("var s = '\\${x}'") as StringLiteral;
  assert.equal(escaped.value, '${x}');
});

test('multi-line strings: verbatim, first line break dropped, no interpolation', () => {
  const text = "var s = '''\nline ${x} \\n\n'''";
  const value = varValue(text) as StringLiteral;
  assert.equal(value.multiline, true);
  assert.equal(value.value, 'line ${x} \\n\n');
  assert.equal(source(text, value), text.slice(8));
});

test('nested resources are object members of kind resource', () => {
  const text = [
    "resource pe 'Microsoft.Network/privateEndpoints@2023-04-01' = {",
    "  name: 'pe'",
    "  resource zoneGroup 'privateDnsZoneGroups' = {",
    "    name: 'default'",
    '  }',
    "  resource: 'a property called resource'",
    '}',
  ].join('\n');
  const pe = statement(parseClean(text), 'resource');
  const body = pe.value as ObjectExpression;
  assert.deepEqual(
    body.members.map((m) => m.kind),
    ['property', 'resource', 'property'],
  );
  const child = body.members[1] as ResourceDeclaration;
  assert.equal(child.name.name, 'zoneGroup');
  assert.equal(child.type.kind === 'string' && child.type.value, 'privateDnsZoneGroups');
  assert.equal(source(text, child), "resource zoneGroup 'privateDnsZoneGroups' = {\n    name: 'default'\n  }");
});

test('decorators on statements and properties, including namespaced ones', () => {
  const text = "@sys.description('d')\n@minValue(1)\nparam p int\nvar o = {\n  @description('x')\n  k: 1\n}";
  const result = parseClean(text);
  const param = statement(result, 'param');
  assert.deepEqual(
    param.decorators.map((d) => source(text, d)),
    ["@sys.description('d')", '@minValue(1)'],
  );
  const first = param.decorators[0].expression;
  assert.ok(first.kind === 'call' && first.target?.kind === 'identifier' && first.target.name === 'sys');
  assert.equal(source(text, param), text.slice(0, text.indexOf('\nvar')));
  const object = statement(result, 'var').value as ObjectExpression;
  const property = object.members[0];
  assert.ok(property.kind === 'property' && property.decorators.length === 1);
});

test('resource values: object, if condition, for loop with filter', () => {
  const text = [
    "resource a 'T@1' = if (enabled) {",
    '}',
    "resource b 'T@1' existing = {",
    '}',
    "resource c 'T@1' = [for (x, i) in xs: if (x.on) {",
    '}]',
  ].join('\n');
  const result = parseClean(text);
  const [a, b, c] = result.program.statements as ResourceDeclaration[];
  assert.ok(a.value.kind === 'if' && source(text, a.value.condition) === 'enabled' && a.value.body.kind === 'object');
  assert.equal(b.existing, true);
  assert.ok(c.value.kind === 'for');
  assert.equal(c.value.item.name, 'x');
  assert.equal(c.value.index?.name, 'i');
  assert.ok(c.value.body.kind === 'if' && source(text, c.value.body.condition) === 'x.on');
});

test('for expressions: newline after [ and filter on any body', () => {
  const loop = varValue('var l = [\n  for item in items: if (item.ok) item.name\n]');
  assert.ok(loop.kind === 'for' && loop.index === undefined && loop.body.kind === 'if');
  assert.equal(loop.body.body.kind, 'member');
});

test('lambdas: single parameter, parameter list, empty list', () => {
  const text = 'var m = map(xs, x => x.a)\nvar r = reduce(xs, {}, (cur, next) => union(cur, next))\nvar z = () => 1';
  const result = parseClean(text);
  const lambdas = result.program.statements.flatMap((s) => [...walk(s)]).filter((n) => n.kind === 'lambda');
  assert.deepEqual(
    lambdas.map((l) => (l.kind === 'lambda' ? l.parameters.map((p) => p.name) : [])),
    [['x'], ['cur', 'next'], []],
  );
});

test('safe access, safe index, coalesce, non-null and :: access', () => {
  const value = varValue('var v = a.?b[?0] ?? c!.d::e');
  assert.ok(value.kind === 'binary' && value.operator === '??');
  assert.ok(value.left.kind === 'index' && value.left.safe);
  assert.ok(value.left.base.kind === 'member' && value.left.base.safe);
  assert.ok(value.right.kind === 'resourceAccess' && value.right.name.name === 'e');
  assert.ok(value.right.base.kind === 'member' && value.right.base.base.kind === 'nonNull');
});

test('operator precedence and associativity follow Bicep', () => {
  const render = (e: Expression): string => {
    switch (e.kind) {
      case 'binary':
        return `(${render(e.left)} ${e.operator} ${render(e.right)})`;
      case 'ternary':
        return `(${render(e.condition)} ? ${render(e.whenTrue)} : ${render(e.whenFalse)})`;
      case 'unary':
        return `${e.operator}${render(e.operand)}`;
      case 'identifier':
        return e.name;
      default:
        return e.kind;
    }
  };
  assert.equal(render(varValue('var v = a ?? b || c && d == e < f + g * h')), '(a ?? (b || (c && (d == (e < (f + (g * h)))))))');
  assert.equal(render(varValue('var v = a - b - c')), '((a - b) - c)');
  assert.equal(render(varValue('var v = a ? b : c ? d : e')), '(a ? b : (c ? d : e))');
  assert.equal(render(varValue('var v = x ?? y ? a : b')), '((x ?? y) ? a : b)');
  assert.equal(render(varValue('var v = !a && -b')), '(!a && -b)');
  assert.equal(render(varValue('var v = cond\n  ? a\n  : b')), '(cond ? a : b)');
});

test('single-line comma forms and spreads', () => {
  const object = varValue("var o = { a: 1, 'b': 2, ...rest }") as ObjectExpression;
  assert.deepEqual(
    object.members.map((m) => m.kind),
    ['property', 'property', 'spread'],
  );
  const array = varValue('var a = [1, ...more, 3]');
  assert.ok(array.kind === 'array');
  assert.deepEqual(
    array.items.map((i) => i.kind),
    ['number', 'spread', 'number'],
  );
  const multi = varValue('var o = {\n  a: 1\n  ...(c ? { x: 1 } : {})\n}') as ObjectExpression;
  assert.deepEqual(
    multi.members.map((m) => m.kind),
    ['property', 'spread'],
  );
});

test('calls: plain, namespaced, on a resource, spread across lines', () => {
  const value = varValue('var v = concat(\n  sys.concat(a),\n  az.resourceGroup().id,\n  sa.listKeys().keys\n)');
  assert.ok(value.kind === 'call' && value.target === undefined && value.args.length === 3);
  const [sysCall, rg, keys] = value.args;
  assert.ok(sysCall.kind === 'call' && sysCall.target?.kind === 'identifier' && sysCall.name.name === 'concat');
  assert.ok(rg.kind === 'member' && rg.base.kind === 'call' && rg.base.name.name === 'resourceGroup');
  assert.ok(keys.kind === 'member' && keys.base.kind === 'call' && keys.base.name.name === 'listKeys');
});

test('statements: every declaration keyword', () => {
  const text = fs.readFileSync(path.join(baselineDir, 'declarations.bicep'), 'utf8');
  const kinds = new Set(parseClean(text).program.statements.map((s) => s.kind));
  for (const kind of [
    'targetScope',
    'metadata',
    'extension',
    'import',
    'param',
    'var',
    'type',
    'func',
    'resource',
    'module',
    'output',
    'assert',
  ]) {
    assert.ok(kinds.has(kind as Statement['kind']), `missing ${kind}`);
  }
});

test('imports: symbols with aliases, wildcard, extension form', () => {
  const text = "import {a, b as c} from 'x.bicep'\nimport * as ns from 'y.bicep'\nimport 'az@1.0.0' as azure";
  const result = parseClean(text);
  const [symbols, wildcard, extension] = result.program.statements;
  assert.ok(symbols.kind === 'import' && symbols.form === 'symbols');
  assert.deepEqual(
    symbols.symbols.map((s) => [s.name.kind === 'identifier' ? s.name.name : '', s.alias?.name]),
    [
      ['a', undefined],
      ['b', 'c'],
    ],
  );
  assert.ok(symbols.source.kind === 'string' && symbols.source.value === 'x.bicep');
  assert.ok(wildcard.kind === 'import' && wildcard.form === 'wildcard' && wildcard.alias?.name === 'ns');
  assert.ok(extension.kind === 'import' && extension.form === 'extension' && extension.alias?.name === 'azure');
});

test('bicepparam: using, using none, extends, param assignments', () => {
  const result = parseClean("using './main.bicep'\nparam a = 1\nvar b = a");
  const using = statement(result, 'using');
  assert.ok(using.path?.kind === 'string' && using.path.value === './main.bicep');
  const param = statement(result, 'param');
  assert.equal(param.type, undefined);
  assert.equal(param.value?.kind, 'number');
  const none = parseClean("using none\nextends './base.bicepparam'");
  assert.equal(statement(none, 'using').path, undefined);
  assert.ok(statement(none, 'extends').path.kind === 'string');
});

test('types: statement boundaries after unions, objects, generics, nullables', () => {
  const text = [
    "param a 'x' | 'y' = 'x'",
    'param b { k: string, *: int }? = null',
    "param c resourceInput<'T@1'>.properties.tags = {}",
    'param d string[][]?',
    'type e =\n  | 1\n  | 2',
    "output f resource 'T@1' = r",
  ].join('\n');
  const result = parseClean(text);
  assert.equal(result.program.statements.length, 6);
  const [a, b, c, d] = result.program.statements;
  assert.ok(a.kind === 'param' && a.type?.kind === 'typeUnion' && a.value?.kind === 'string');
  assert.ok(b.kind === 'param' && b.type?.kind === 'typeNullable' && b.value?.kind === 'null');
  assert.ok(c.kind === 'param' && c.type?.kind === 'typeMember' && c.value?.kind === 'object');
  assert.ok(d.kind === 'param' && d.type?.kind === 'typeNullable' && d.type.base.kind === 'typeArray');
  assert.ok(statement(result, 'type').value.kind === 'typeUnion');
  assert.ok(statement(result, 'output').type.kind === 'resourceType');
});

test('trivia: comments and directives are collected, not parsed', () => {
  const text = fs.readFileSync(path.join(baselineDir, 'trivia.bicep'), 'utf8');
  const result = parseClean(text);
  assert.deepEqual(
    result.directives.map((d) => [d.kind, d.codes, source(text, d)]),
    [
      ['disable-next-line', ['no-unused-params', 'BCP081'], '#disable-next-line no-unused-params BCP081'],
      ['disable-diagnostics', ['no-hardcoded-env-urls'], '#disable-diagnostics no-hardcoded-env-urls'],
      ['restore-diagnostics', ['no-hardcoded-env-urls'], '#restore-diagnostics no-hardcoded-env-urls'],
      ['disable-next-line', ['BCP037'], '#disable-next-line BCP037'],
    ],
  );
  assert.deepEqual(
    result.comments.map((c) => c.kind),
    ['line', 'block', 'line', 'block', 'line'],
  );
  for (const comment of result.comments) assert.equal(source(text, comment), comment.text);
  assert.deepEqual(
    result.program.statements.map((s) => s.kind),
    ['param', 'var', 'var'],
  );
});

test('UTF-16 offsets: spans count surrogate pairs as two units', () => {
  const text = "var s = '𝄞${x}'";
  const value = varValue(text) as StringLiteral;
  const hole = value.parts[1];
  assert.equal(hole.span.start, text.indexOf('${'));
  assert.equal(source(text, hole), '${x}');
});

test('syntax baselines', async (t) => {
  const files = fs
    .readdirSync(baselineDir)
    .filter((f) => /\.bicep(param)?$/.test(f))
    .sort();
  assert.ok(files.length >= 5, `baselines missing in ${baselineDir}`);
  for (const file of files) {
    await t.test(file, () => {
      const text = fs.readFileSync(path.join(baselineDir, file), 'utf8');
      const actual = renderBaseline(text);
      const baseline = path.join(baselineDir, `${file}.syntax.txt`);
      if (UPDATE) fs.writeFileSync(baseline, actual);
      else if (!fs.existsSync(baseline)) assert.fail(`missing baseline ${baseline} (run with UPDATE_BASELINES=1 and review it)`);
      else
        assert.equal(
          actual,
          fs.readFileSync(baseline, 'utf8').replace(/\r\n/g, '\n'),
          `baseline ${file} differs (UPDATE_BASELINES=1 to accept)`,
        );
    });
  }
});

function renderBaseline(text: string): string {
  const result = parseBicep(text);
  const position = (offset: number): string => {
    const before = text.slice(0, offset).split('\n');
    return `${before.length}:${before[before.length - 1].length + 1}`;
  };
  const lines = ['=== diagnostics'];
  for (const d of result.diagnostics) lines.push(`${position(d.span.start)} [${d.span.start},${d.span.end}) ${d.message}`);
  lines.push('=== directives');
  for (const d of result.directives) lines.push(`${position(d.span.start)} ${d.kind} ${JSON.stringify(d.codes)}`);
  lines.push('=== comments');
  for (const c of result.comments) lines.push(`${position(c.span.start)} ${c.kind} ${JSON.stringify(c.text)}`);
  lines.push('=== tree', dumpSyntax(result.program, text), '');
  return lines.join('\n');
}
