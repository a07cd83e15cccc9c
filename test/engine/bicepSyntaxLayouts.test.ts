/**
 * Bicep layouts across line breaks: the parser accepts every place where the Bicep parser (Azure/bicep
 * `Parser.cs`, `BaseParser.cs`) lets a construct go on over a line break, and keeps reporting the places where it
 * does not. A layout rejected here by mistake is worse than a false message: the declaration is dropped from the
 * analysis, so a real Private Link mistake written that way goes unreported.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parseBicep } from '../../server/src/engine/bicep/syntax/parseBicep';
import type { BicepParseResult, Expression, ResourceDeclaration, Statement } from '../../server/src/engine/bicep/syntax/ast';

function parseClean(text: string): BicepParseResult {
  const result = parseBicep(text);
  assert.deepEqual(result.diagnostics, [], `unexpected diagnostics for:\n${text}`);
  return result;
}

function messages(text: string): string[] {
  return parseBicep(text).diagnostics.map((d) => `${JSON.stringify(text.slice(d.span.start, d.span.start + 6))}: ${d.message}`);
}

function kinds(result: BicepParseResult): Statement['kind'][] {
  return result.program.statements.map((s) => s.kind);
}

function source(text: string, node: { span: { start: number; end: number } }): string {
  return text.slice(node.span.start, node.span.end);
}

test('resource and module: `if (…)` may begin the line after `=` (bicep format puts it there)', () => {
  const text = [
    "resource sa 'Microsoft.Storage/storageAccounts@2023-05-01' existing =",
    '  if (!empty(storageName)) {',
    '  name: storageName',
    '}',
    '',
    "resource pe 'Microsoft.Network/privateEndpoints@2023-11-01' =",
    '',
    '  // only with a subnet',
    '  if (deployEndpoint) {',
    "  name: 'pe'",
    '}',
    "module m './m.bicep' =",
    '  if (deploy) {',
    "  name: 'm'",
    '}',
    'param after string',
  ].join('\n');
  const result = parseClean(text);
  assert.deepEqual(kinds(result), ['resource', 'resource', 'module', 'param']);
  const [sa, pe] = result.program.statements as ResourceDeclaration[];
  assert.equal(sa.existing, true);
  assert.ok(sa.value.kind === 'if' && source(text, sa.value.condition) === '!empty(storageName)' && sa.value.body.kind === 'object');
  assert.ok(pe.value.kind === 'if' && source(text, pe.value.condition) === 'deployEndpoint');
  const nested = parseClean("resource a 'A/b@1' = {\n  resource c 'c' =\n    if (on) {\n    name: 'c'\n  }\n}");
  const parent = nested.program.statements[0] as ResourceDeclaration;
  assert.ok(parent.value.kind === 'object' && parent.value.members[0].kind === 'resource' && parent.value.members[0].value.kind === 'if');
});

test('resource and module: an object or `[for` on the line after `=` is still reported, as Bicep does', () => {
  for (const value of ['{', '[for x in xs: {']) {
    const text = `resource r 'A/b@1' =\n  ${value}\n  name: 'r'\n}${value.startsWith('[') ? ']' : ''}\n`;
    assert.ok(
      messages(text).some((m) => m.includes('expected an expression')),
      value,
    );
  }
  // `if` without `=` before it is not a continuation.
  assert.notDeepEqual(messages("resource r 'A/b@1'\n  if (c) {\n}"), []);
});

test('func and lambdas: the body may begin the line after `=>`', () => {
  const text = [
    'func resourceName(id string) string =>',
    "  last(split(id, '/'))",
    '',
    'func pair(',
    '  a string,',
    '  b int',
    ') object =>',
    '  { a: a, b: b }',
    'var f = x =>',
    '  x.name',
    'var g = (x, y) =>',
    '  x ?? y',
    'var m = map(items, item =>',
    '  item.id)',
    'param after string',
  ].join('\n');
  const result = parseClean(text);
  assert.deepEqual(kinds(result), ['func', 'func', 'var', 'var', 'var', 'param']);
  const [first, second] = result.program.statements;
  assert.ok(first.kind === 'func' && source(text, first.body) === "last(split(id, '/'))");
  assert.ok(second.kind === 'func' && second.parameters.length === 2 && second.body.kind === 'object');
  const f = result.program.statements[2];
  assert.ok(f.kind === 'var' && f.value.kind === 'lambda' && source(text, f.value.body) === 'x.name');
});

test('func and lambdas: a line after `=>` that begins a declaration is not the body (Bicep reports the `=>`)', () => {
  const result = parseBicep("var f = x =>\nparam p string\nfunc g() string =>\n\nresource r 'A/b@1' = {\n}\n");
  assert.deepEqual(kinds(result), ['var', 'param', 'func', 'resource']);
  assert.deepEqual(
    result.diagnostics.map((d) => d.message),
    ['expected an expression', 'expected an expression'],
  );
});

test('ternaries: `?` and `:` may begin lines, but a line may not end with them', () => {
  const text = 'var a = cond\n  ? one\n  : two\nvar b = {\n  k: cond\n\n    // why\n    ? one\n    : two\n  l: 1\n}';
  const result = parseClean(text);
  const [a, b] = result.program.statements;
  assert.ok(a.kind === 'var' && a.value.kind === 'ternary');
  assert.ok(b.kind === 'var' && b.value.kind === 'object' && b.value.members.length === 2);
  assert.notDeepEqual(messages('var a = cond ?\n  one : two'), []);
  assert.notDeepEqual(messages('var a = cond ? one :\n  two'), []);
});

test('decorators, loops, calls, objects and arrays over several lines', () => {
  const text = [
    "@sys.description('namespaced')",
    '@allowed([',
    "  'a'",
    "  'b'",
    '])',
    '',
    '// a comment between decorator and declaration',
    'param p string',
    'var loop = [',
    '  for (item, i) in range(',
    '    0,',
    '    3',
    '  ): {',
    '    name: item',
    '  }',
    ']',
    "resource rs 'A/b@1' = [for item in items: if (item.on) {",
    '  name: item.name',
    '}]',
    'var call = union(',
    '  a,',
    '  b',
    ')',
    'var single = { a: 1, b: [1, 2], c: { d: 3 } }',
    'var trailing = [1, 2,]',
    'var spread = {',
    '  ...base',
    '  extra: [',
    '    ...more',
    '  ]',
    '}',
  ].join('\n');
  const result = parseClean(text);
  assert.deepEqual(kinds(result), ['param', 'var', 'resource', 'var', 'var', 'var', 'var']);
  assert.equal((result.program.statements[0] as Extract<Statement, { kind: 'param' }>).decorators.length, 2);
});

test('types, imports, extensions, directives and the newer expression forms', () => {
  const text = [
    'import {',
    '  a',
    '  b as c',
    "} from 'types.bicep'",
    "import * as ns from 'ns.bicep'",
    'extension microsoftGraphV1',
    "extension 'br:example.azurecr.io/ext:1.0' with {",
    '  a: 1',
    '} as ext',
    "type t = resourceInput<'Microsoft.Storage/storageAccounts@2023-05-01'>.properties",
    "type u = resourceOutput<'Microsoft.Storage/storageAccounts@2023-05-01'>",
    'type choice =',
    "  | 'a'",
    "  | 'b'",
    'type shape = {',
    "  @description('x')",
    '  a: string?',
    '  *: int',
    '}',
    'param n (string | null)?',
    '#disable-next-line no-unused-vars',
    'var safe = a.?b[?0]!.c ?? d',
    "var text = '''",
    'multi',
    "line'''",
    'assert ok = length(text) > 0',
    "metadata owner = 'x'",
  ].join('\n');
  parseClean(text);
});

test("a `?` placeholder (the decompiler's `param x = ? /* TODO */`) is one clear message", () => {
  const text =
    "using 'main.bicep'\nparam time = ? /* TODO : please fix the value assigned to this parameter `utcNow()` */\nparam next = 1\n";
  const result = parseBicep(text);
  assert.deepEqual(
    result.diagnostics.map((d) => [source(text, d), d.message]),
    [['?', "expected a value, not '?' (a placeholder for a value still to be written)"]],
  );
  assert.deepEqual(kinds(result), ['using', 'param', 'param']);
  const value = (result.program.statements[1] as Extract<Statement, { kind: 'param' }>).value as Expression;
  assert.equal(value.kind, 'error');
});

test('newer forms: index from the end, namespaced generic types, non-nullable types, extensionConfig', () => {
  const text =
    "var last = items[^1]\nvar safeLast = items[?^1]\nvar plain = items[1]\ntype input = sys.resourceInput<'Microsoft.Storage/storageAccounts@2023-05-01'>.properties\ntype present = maybe!\n";
  const result = parseClean(text);
  const [last, safeLast, plain, input, present] = result.program.statements;
  assert.ok(last.kind === 'var' && last.value.kind === 'index' && last.value.fromEnd && !last.value.safe);
  assert.ok(safeLast.kind === 'var' && safeLast.value.kind === 'index' && safeLast.value.fromEnd && safeLast.value.safe);
  assert.ok(plain.kind === 'var' && plain.value.kind === 'index' && !plain.value.fromEnd);
  assert.ok(input.kind === 'type' && input.value.kind === 'typeMember' && input.value.base.kind === 'typeMember');
  assert.equal(input.value.base.kind === 'typeMember' ? input.value.base.typeArguments?.length : 0, 1);
  assert.ok(present.kind === 'type' && present.value.kind === 'typeNonNullable');
  const params = parseClean("using 'main.bicep'\nextensionConfig graph with {\n  tenant: 'x'\n}\nparam a = 1\n");
  assert.deepEqual(kinds(params), ['using', 'extensionConfig', 'param']);
  assert.deepEqual(messages('extensionConfig graph\n'), ['"\\n": expected \'with\'']);
});

test('commas: one between items on a line, or a trailing one; a comma ending a line or with no item before it is reported', () => {
  parseClean(
    "var o = { a: 1, b: [1, 2,], c: { d: 3, } }\nimport {a, b as c} from 'x.bicep'\ntype t = { a: int, b: [int, string] }\nvar e = [\n  1\n  2\n]\n",
  );
  const endOfLine = "unexpected new line after ',': separate items with either a comma or a new line";
  assert.deepEqual(messages('var o = {\n  a: 1,\n  b: 2\n}'), [`"\\n  b: ": ${endOfLine}`]);
  assert.deepEqual(messages('type t = {\n  a: int, // why\n  b: int\n}'), [`"\\n  b: ": ${endOfLine}`]);
  assert.deepEqual(messages('var a = [1,,2]'), ['",2]": expected an item before \',\'']);
  assert.deepEqual(messages('var a = [, 1]'), ['", 1]": expected an item before \',\'']);
  assert.deepEqual(messages('var a = [\n  1\n  , 2\n]'), ['", 2\\n]": expected an item before \',\'']);
  // Argument lists are not new-line separated: a comma at the end of a line is how they go on.
  parseClean('var c = union(\n  a,\n  b\n)');
});
