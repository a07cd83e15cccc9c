/**
 * The Bicep parser never fails: every prefix of realistic files, random input and hostile nesting all parse
 * without throwing, with every span inside the text; half-typed files keep the declarations after the damage.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { parseBicep } from '../../server/src/engine/bicep/syntax/parseBicep';
import { childrenOf } from '../../server/src/engine/bicep/syntax/children';
import type { BicepParseResult, SyntaxNode } from '../../server/src/engine/bicep/syntax/ast';
import { repoRoot } from '../support/paths';

const realisticDir = path.join(repoRoot, 'test', 'engine', 'baselines', 'bicep', 'realistic');

/**
 * Parses and checks the invariants every caller relies on: no throw, no internal error, diagnostics inside the
 * text, every node inside its parent. Walks with an explicit stack so a too-deep tree fails here, not in a rule.
 */
function parseChecked(text: string): BicepParseResult {
  const result = parseBicep(text);
  for (const d of result.diagnostics) {
    if (!(0 <= d.span.start && d.span.start <= d.span.end && d.span.end <= text.length)) {
      assert.fail(`diagnostic span ${JSON.stringify(d)} outside [0,${text.length}]`);
    }
    if (d.message.startsWith('internal parser error')) assert.fail(d.message);
  }
  const stack: [SyntaxNode, SyntaxNode | undefined, number][] = [[result.program, undefined, 0]];
  let maxDepth = 0;
  while (stack.length > 0) {
    const [node, parent, depth] = stack.pop()!;
    maxDepth = Math.max(maxDepth, depth);
    if (node.span.start > node.span.end) assert.fail(`${node.kind} span reversed`);
    if (parent !== undefined && (node.span.start < parent.span.start || node.span.end > parent.span.end)) {
      assert.fail(`${node.kind} ${JSON.stringify(node.span)} outside ${parent.kind} ${JSON.stringify(parent.span)}`);
    }
    for (const child of childrenOf(node)) stack.push([child, node, depth + 1]);
  }
  // Deep trees would overflow recursive walkers downstream; the depth budget must keep them shallow.
  if (maxDepth >= 2000) assert.fail(`tree depth ${maxDepth}`);
  return result;
}

test('every prefix of the realistic fixtures parses', () => {
  const files = fs.readdirSync(realisticDir).filter((f) => /\.bicep(param)?$/.test(f));
  assert.ok(files.length >= 3);
  for (const file of files) {
    const text = fs.readFileSync(path.join(realisticDir, file), 'utf8');
    assert.deepEqual(parseChecked(text).diagnostics, [], `${file} should parse cleanly`);
    for (let length = 0; length < text.length; length++) parseChecked(text.slice(0, length));
  }
});

test('every line-deletion of a realistic fixture parses and keeps later declarations', () => {
  const text = fs.readFileSync(path.join(realisticDir, 'storage-private-endpoint.bicep'), 'utf8');
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const damaged = [...lines.slice(0, i), ...lines.slice(i + 1)].join('\n');
    const result = parseChecked(damaged);
    // The last outputs sit after all the damage a single deleted line can do.
    const outputs = result.program.statements.filter((s) => s.kind === 'output');
    assert.ok(outputs.length >= (lines[i].startsWith('output') ? 2 : 3), `line ${i + 1} deleted: outputs lost`);
  }
});

test('half-typed resource: declarations after it survive', () => {
  const text = [
    "resource pe 'Microsoft.Network/privateEndpoints@2023-04-01' = {",
    "  name: 'pe-${",
    '  properties: {',
    '    subnet: {',
    '      id:',
    '    }',
    '    privateLinkServiceConnections: [',
    "      { name: 'x', properties: { groupIds: [ 'blob'",
    "resource zone 'Microsoft.Network/privateDnsZones@2020-06-01' = {",
    "  name: 'privatelink.blob.core.windows.net'",
    '}',
    'output id string = zone.id',
  ].join('\n');
  const result = parseChecked(text);
  assert.deepEqual(
    result.program.statements.map((s) => s.kind),
    ['resource', 'resource', 'output'],
  );
  const zone = result.program.statements[1];
  assert.ok(zone.kind === 'resource' && zone.name.name === 'zone' && zone.value.kind === 'object');
  assert.ok(result.diagnostics.length > 0 && result.diagnostics.length <= 5, JSON.stringify(result.diagnostics));
});

test('recovery resynchronises at line ends, closers and declaration keywords', () => {
  const cases: [string, string[]][] = [
    ['var a = [1, 2\nvar b = 1', ['var', 'var']],
    ['var a = f(1,\nparam p string', ['var', 'param']],
    ['var a = { x: 1 )\n}\nvar b = 2', ['var', 'var']],
    ['garbage here\nmore garbage\nvar b = 2', ['error', 'var']],
    ['@description(\nparam p string', ['param']],
    ['var a = 1 2 3\nvar b = 2', ['var', 'var']],
    ['var a = }\nvar b = 2', ['var', 'var']],
    ["var a = 'x${y\nvar b = 2", ['var', 'var']],
    ['var a = [for x in : ]\nvar b = 2', ['var', 'var']],
    ['param p\nparam q int', ['param', 'param']],
  ];
  for (const [text, kinds] of cases) {
    const result = parseChecked(text);
    assert.deepEqual(
      result.program.statements.map((s) => s.kind),
      kinds,
      text,
    );
    assert.ok(result.diagnostics.length > 0, `no diagnostic for ${JSON.stringify(text)}`);
  }
});

test('hostile nesting is cut at 256 levels with one clear diagnostic', () => {
  const n = 200_000;
  const inputs: Record<string, string> = {
    brackets: 'var x = ' + '['.repeat(n),
    closedBrackets: 'var x = ' + '['.repeat(n) + ']'.repeat(n),
    braces: 'var x = ' + '{a:'.repeat(n),
    closedBraces: 'var x = ' + '{a:'.repeat(n) + '1' + '}'.repeat(n),
    parens: 'var x = ' + '('.repeat(n),
    closedParens: 'var x = ' + '('.repeat(n) + '1' + ')'.repeat(n),
    calls: 'var x = ' + 'f('.repeat(n),
    interpolations: 'var x = ' + "'${".repeat(n) + '1' + "}'".repeat(n),
    negations: 'var x = ' + '!'.repeat(n) + 'a',
    memberChain: 'var x = a' + '.b'.repeat(n),
    binaryChain: 'var x = a' + ' + a'.repeat(n),
    ternaryChain: 'var x = a' + ' ? a : a'.repeat(n),
    lambdaChain: 'var x = ' + 'a => '.repeat(n) + 'a',
    typeObjects: 'type x = ' + '{a: '.repeat(n),
    typeUnions: "type x = 'a'" + " | 'a'".repeat(n),
    nestedResources: "resource a 'T@1' = {\n".repeat(n / 20),
  };
  for (const [name, text] of Object.entries(inputs)) {
    const result = parseChecked(text);
    if (name !== 'nestedResources') {
      assert.ok(
        result.diagnostics.some((d) => d.message === 'nesting deeper than 256 levels is not analysed'),
        name,
      );
    }
  }
});

test('hostile text: random bytes, token soup, huge lines', () => {
  let seed = 7;
  const random = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  parseChecked(Array.from({ length: 200_000 }, () => String.fromCharCode(Math.floor(random() * 0x10000))).join(''));
  parseChecked(Array.from({ length: 200_000 }, () => String.fromCharCode(Math.floor(random() * 128))).join(''));
  const soup = [
    '[',
    ']',
    '{',
    '}',
    '(',
    ')',
    "'",
    '${',
    '\n',
    'a',
    ':',
    ',',
    '=',
    'resource',
    'var',
    '?',
    '.',
    '@',
    "'''",
    '1',
    ' ',
    'for',
    'if',
    '=>',
    '...',
    '#disable-next-line x',
    '//',
    '/*',
    '*/',
    '\\',
  ];
  const tokens = Array.from({ length: 100_000 }, () => soup[Math.floor(random() * soup.length)]).join('');
  const result = parseChecked(tokens);
  assert.ok(result.diagnostics.length <= 1001, 'diagnostics are capped');
  parseChecked("var x = '" + 'a'.repeat(2_000_000) + "'");
  parseChecked('var x = ' + 'a'.repeat(2_000_000));
  parseChecked('var x = [' + '1, '.repeat(300_000) + ']');
});

test('property: arbitrary strings and token sequences parse', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 300 }), (text) => void parseChecked(text)),
    { numRuns: 500 },
  );
  const token = fc.constantFrom(
    'param',
    'var',
    'resource',
    'module',
    'output',
    'x',
    "'T@1'",
    '=',
    '{',
    '}',
    '[',
    ']',
    '(',
    ')',
    ':',
    ',',
    '\n',
    ' ',
    "'a${",
    '}b',
    "'",
    "'''",
    '?',
    '??',
    '.?',
    '!',
    '::',
    '@d()',
    'for',
    'in',
    'if',
    '=>',
    '...',
    '|',
    '1',
    '-',
    '#disable-next-line a',
  );
  fc.assert(
    fc.property(fc.array(token, { maxLength: 80 }), (parts) => void parseChecked(parts.join(''))),
    { numRuns: 1000 },
  );
});
