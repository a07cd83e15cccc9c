// The incremental Bicep reparse (bicep/syntax/reparse.ts) must give exactly what a full parse gives: the same tree
// with the same spans, the same diagnostics in the same order, the same comments and directives. Random edit
// sequences over every Bicep fixture and corpus file check it after every edit, and targeted cases check that it
// does reuse (and that the reused statements are the previous objects, moved rather than copied).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import fc from 'fast-check';
import { reparseDocument } from '../../server/src/engine/bicep/syntax/reparse';
import { parseDocument, type DocumentParse } from '../../server/src/engine/bicep/syntax/parseBicep';
import { testSource } from '../support/paths';
import { isRuleFixture } from '../support/ruleFolders';
import { CORPUS_DIR, CORPUS_MISSING_MESSAGE, CORPUS_PRESENT } from '../support/corpus';
import { checkReparseSequences, type RawEdit, type Reparser } from '../support/randomEdits';

function bicepFilesUnder(dir: string, maxBytes = Infinity): string[] {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...bicepFilesUnder(path, maxBytes));
    else if ((name.endsWith('.bicep') || name.endsWith('.bicepparam')) && statSync(path).size <= maxBytes) found.push(path);
  }
  return found.sort();
}

/** Everything a parse gives, spans included, in a form that compares exactly. */
function snapshot(parse: DocumentParse): string {
  return JSON.stringify({ result: parse.result, cleanStarts: parse.cleanStarts });
}

const editArbitrary: fc.Arbitrary<RawEdit> = fc.record({
  at: fc.oneof(fc.nat(), fc.record({ afterQuote: fc.nat() })),
  remove: fc.oneof(fc.constant(0), fc.constant(0), fc.nat(3), fc.nat(120)),
  insert: fc.oneof(
    fc.constantFrom(
      '',
      'q',
      'x',
      ' ',
      '\n',
      '\r\n',
      "'",
      "'''",
      '{',
      '}',
      '[',
      ']',
      '(',
      ')',
      '${',
      ',',
      ':',
      '=',
      '@',
      '/*',
      '*/',
      '//',
      '#disable-next-line x\n',
    ),
    fc.constantFrom(
      "resource r 'Microsoft.Network/privateEndpoints@2023-11-01' = {\n  name: 'p'\n}\n",
      "param p string = 'a'\n",
      "@description('d')\n",
      'var v = [\n  1\n  2\n]\n',
    ),
    fc.record({ copyFrom: fc.nat(), length: fc.nat(400) }),
  ),
});

const BICEP: Reparser<DocumentParse> = {
  reparse: reparseDocument,
  snapshot,
  fullSnapshot: (text) => snapshot(parseDocument(text)),
  reused: (parse) => parse.reused,
};

function checkEditSequences(texts: readonly string[], runs: number, seed: number): number {
  return checkReparseSequences(texts, editArbitrary, runs, seed, BICEP);
}

const FIXTURES = bicepFilesUnder(testSource('rules'))
  .filter((path) => isRuleFixture(basename(path)))
  .map((path) => readFileSync(path, 'utf8'));

test('reparsing after random edits equals a full parse: rule fixtures', () => {
  assert.ok(FIXTURES.length > 20, 'the Bicep rule fixtures are found');
  const reused = checkEditSequences(FIXTURES, 400, 20261126);
  assert.ok(reused > 200, `the previous tree was reused ${reused} times`);
});

test('reparsing after random edits equals a full parse: corpus files', { skip: CORPUS_PRESENT ? false : CORPUS_MISSING_MESSAGE }, () => {
  const texts = bicepFilesUnder(join(CORPUS_DIR, 'bicep'), 40_000).map((path) => readFileSync(path, 'utf8'));
  assert.ok(texts.length > 50, 'the corpus Bicep files are found');
  checkEditSequences(texts, 600, 7);
});

function endpoints(count: number): string {
  const lines = ["param location string = 'westeurope'", ''];
  for (let n = 0; n < count; n++) {
    lines.push(
      `// endpoint ${n}`,
      `resource pe${n} 'Microsoft.Network/privateEndpoints@2023-11-01' = {`,
      `  name: 'pe${n}'`,
      '  location: location',
      `  properties: { subnet: { id: 'snet${n}' } }`,
      '}',
      '',
    );
  }
  return lines.join('\n');
}

test('typing in one statement reparses only it: the statements before and after are the previous objects', () => {
  let text = endpoints(20);
  let parse = parseDocument(text);
  const before = parse.result.program.statements;
  const at = text.indexOf("name: 'pe10'") + "name: 'pe".length;
  text = text.slice(0, at) + 'x' + text.slice(at);
  parse = reparseDocument(parse, text);
  assert.equal(parse.reused, true);
  const after = parse.result.program.statements;
  assert.equal(after.length, before.length);
  assert.equal(snapshot(parse), snapshot(parseDocument(text)));
  const replaced = after.map((statement, i) => statement !== before[i]).reduce((n, changed) => n + (changed ? 1 : 0), 0);
  assert.equal(replaced, 1, 'only the edited statement is new');
  assert.equal(after[0], before[0]);
  assert.equal(after[20], before[20], 'a later statement is the same object, moved');
  assert.equal(text.slice(after[20].span.start, after[20].span.start + 'resource pe19'.length), 'resource pe19');
});

test('an edit that leaves a brace, a comment or a multi-line string open is parsed in full, and still equals a full parse', () => {
  for (const insert of ['{', '/*', "'''"]) {
    const original = endpoints(5);
    const at = original.indexOf("name: 'pe2'");
    const text = original.slice(0, at) + insert + original.slice(at);
    const parse = reparseDocument(parseDocument(original), text);
    assert.equal(parse.reused, false, `inserting ${insert}`);
    assert.equal(snapshot(parse), snapshot(parseDocument(text)), `inserting ${insert}`);
  }
});

test('a construct that reads across line breaks into the next statement is parsed in full (found by the corpus fuzz)', () => {
  // The quote typed into the type argument leaves `'>…` unterminated; type arguments read across line breaks, so in
  // the whole file the parser goes on through the next declaration looking for '>'.
  const original = [
    "@description('Subnets.')",
    "param subnets resourceInput<'Microsoft.Network/applicationGateways@2025-05-01'>.properties.gatewayIPConfigurations = []",
    '',
    "@description('Buffering.')",
    'param buffering bool = false',
    '',
    "@description('Ports.')",
    'param ports array = []',
    '',
  ].join('\n');
  const at = original.indexOf('applicationGateways') + 'applic'.length;
  const text = original.slice(0, at) + "'" + original.slice(at);
  const parse = reparseDocument(parseDocument(original), text);
  assert.equal(snapshot(parse), snapshot(parseDocument(text)));
});

test('decorators typed before comments and a decorated declaration, after an error statement, are parsed in full', () => {
  // Error statements in a row merge and drop their diagnostics: the stretch's complaint about a decorator with no
  // declaration after it disappeared with them, and the decorator stayed in the error node (found by the corpus fuzz).
  const original = [
    'var a = 1',
    'not a declaration',
    'nor this',
    '',
    '// comment',
    '',
    '@batchSize(1)',
    "module m './m.bicep' = {",
    "  name: 'm'",
    '}',
    '',
  ].join('\n');
  const at = original.indexOf('\n// comment');
  const text = original.slice(0, at) + '\n@' + original.slice(at);
  const parse = reparseDocument(parseDocument(original), text);
  assert.equal(snapshot(parse), snapshot(parseDocument(text)));
});

test('the parser gives every node a span object of its own (the reparse moves spans in place)', () => {
  const texts = [
    ...FIXTURES,
    ...(CORPUS_PRESENT ? bicepFilesUnder(join(CORPUS_DIR, 'bicep')).map((path) => readFileSync(path, 'utf8')) : []),
  ];
  for (const text of texts) {
    const seen = new Set<object>();
    const stack: unknown[] = [parseDocument(text).result];
    while (stack.length > 0) {
      const value = stack.pop();
      if (typeof value !== 'object' || value === null) continue;
      assert.ok(!seen.has(value), `an object is reachable twice in the tree of ${JSON.stringify(text.slice(0, 60))}…`);
      seen.add(value);
      for (const child of Array.isArray(value) ? value : Object.values(value)) stack.push(child);
    }
  }
});

/** Statements that go on across a line break: `=` then `if (…)`, `=>` then a body, ternaries and unions by line. */
const LAYOUTS = [
  [
    "resource sa 'Microsoft.Storage/storageAccounts@2023-05-01' existing =",
    '  if (!empty(storageName)) {',
    '  name: storageName',
    '}',
    '',
    'func name(id string) string =>',
    "  last(split(id, '/'))",
    "@description('d')",
    'var pick = x =>',
    '  x.name',
    'var choice = cond',
    '  ? one',
    '  : two',
    "module m './m.bicep' =",
    '  if (deploy) {',
    "  name: 'm'",
    '}',
    'type t =',
    "  | 'a'",
    "  | 'b'",
    'param last string',
    '',
  ].join('\n'),
  ['var f = x => 1', '@secure()', 'param p string', "resource r 'A/b@1' = {", '}', "func g() string => 'g'", 'var after = 1', ''].join(
    '\n',
  ),
];

test('reparsing after random edits equals a full parse: layouts that go on across line breaks', () => {
  const layoutEdits: fc.Arbitrary<RawEdit> = fc.record({
    at: fc.nat(),
    remove: fc.oneof(fc.constant(0), fc.nat(4), fc.nat(40)),
    insert: fc.constantFrom(
      '',
      'if',
      'if (c) {\n}',
      'iff',
      ' =',
      '=>',
      '=>\n',
      ' 1',
      '\n',
      '?',
      ':',
      '|',
      'x',
      '@d()\n',
      'param q string\n',
      '{',
    ),
  });
  checkReparseSequences(LAYOUTS, layoutEdits, 600, 20261203, BICEP);
});

test('a line that now goes on from the statement before it is parsed with that statement', () => {
  // The line `iff (c) {` is an error statement until the edit makes it `if (c) {`, which belongs to the resource
  // above it (`=` then `if` on the next line). A stretch that began at that line would parse it alone.
  const original = ["resource a 'A/b@1' =", '  iff (c) {', '}', 'param q string', 'param z string', ''].join('\n');
  // One edit from the `f` to `q`: the stretch then ends with a declaration, not with the error statement alone.
  const text = original.replace('iff', 'if').replace('param q', 'param r');
  const parse = reparseDocument(parseDocument(original), text);
  assert.equal(snapshot(parse), snapshot(parseDocument(text)));
  assert.equal(parseDocument(text).result.diagnostics.length, 0);
});

test('deleting the body after `=>` lets the lambda read on into the next line: parsed in full', () => {
  // Whether the body goes on past the line break depends on the word there (`@` does not stop it, `param` does),
  // and a stretch parsed alone ends before it.
  const original = ['var f = x => 1', '@secure()', 'param p string', ''].join('\n');
  const at = original.indexOf(' 1');
  const text = original.slice(0, at) + original.slice(at + 2);
  const parse = reparseDocument(parseDocument(original), text);
  assert.equal(snapshot(parse), snapshot(parseDocument(text)));
});
