// The incremental read of an ARM JSON document (arm/jsonReparse.ts) must give exactly the tree a full read gives:
// node kinds, offsets, lengths, values, colon offsets, key order and parent links. Random edit sequences over the
// ARM rule fixtures and corpus templates check it after every edit; targeted cases check that it reuses the tree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import fc from 'fast-check';
import type { Node as JsonNode } from 'jsonc-parser';
import { MAX_JSON_DEPTH, parseJsonSyntax, type JsonSyntax } from '../../server/src/engine/arm/jsonSyntax';
import { reparseJsonDocument, type JsonDocumentParse } from '../../server/src/engine/arm/jsonReparse';
import { testSource } from '../support/paths';
import { isRuleFixture } from '../support/ruleFolders';
import { CORPUS_DIR, CORPUS_MISSING_MESSAGE, CORPUS_PRESENT } from '../support/corpus';
import { checkReparseSequences, type RawEdit, type Reparser } from '../support/randomEdits';

function templatesUnder(dir: string, maxBytes: number): string[] {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...templatesUnder(path, maxBytes));
    else if (name.endsWith('.json') && !name.includes('parameters') && statSync(path).size <= maxBytes) found.push(path);
  }
  return found.sort();
}

function fullRead(text: string): JsonSyntax {
  return parseJsonSyntax(text);
}

/** The tree without its parent links (checked on the way: each child's parent is the node above it). */
function snapshot(syntax: JsonSyntax): string {
  const check = (node: JsonNode): void => {
    for (const child of node.children ?? []) {
      assert.equal(child.parent, node, `the parent link of the ${child.type} at ${child.offset}`);
      check(child);
    }
  };
  if (syntax.root) check(syntax.root);
  return JSON.stringify(syntax, (key, value: unknown) => (key === 'parent' ? undefined : value));
}

function read(previous: JsonDocumentParse | undefined, text: string): JsonDocumentParse {
  return reparseJsonDocument(previous, text, fullRead, MAX_JSON_DEPTH);
}

const editArbitrary: fc.Arbitrary<RawEdit> = fc.record({
  at: fc.oneof(fc.nat(), fc.record({ afterQuote: fc.nat() }), fc.record({ afterQuote: fc.nat() })),
  remove: fc.oneof(fc.constant(0), fc.constant(0), fc.nat(3), fc.nat(120)),
  insert: fc.oneof(
    fc.constantFrom(
      '',
      'q',
      'x',
      ' ',
      '\n',
      '\r\n',
      '"',
      "'",
      '{',
      '}',
      '[',
      ']',
      ',',
      ':',
      '1',
      '-',
      'true',
      'null',
      '\\',
      '\\"',
      "\\'",
      '/*',
      '//',
      '*/',
      '\u0001',
    ),
    fc.constantFrom('{ "a": 1 }, ', '"k": [1, 2], ', "[parameters('p')]"),
    fc.record({ copyFrom: fc.nat(), length: fc.nat(400) }),
  ),
});

const JSON_READER: Reparser<JsonDocumentParse> = {
  reparse: read,
  snapshot: (parse) => snapshot(parse.syntax),
  fullSnapshot: (text) => snapshot(fullRead(text)),
  reused: (parse) => parse.reused,
};

function checkEditSequences(texts: readonly string[], runs: number, seed: number): number {
  return checkReparseSequences(texts, editArbitrary, runs, seed, JSON_READER);
}

test('reading again after random edits equals a full read: ARM rule fixtures', () => {
  const texts = templatesUnder(testSource('rules'), Infinity)
    .filter((path) => isRuleFixture(basename(path)))
    .map((path) => readFileSync(path, 'utf8'));
  assert.ok(texts.length > 20, 'the ARM rule fixtures are found');
  const reused = checkEditSequences(texts, 400, 20261126);
  assert.ok(reused > 50, `the previous tree was reused ${reused} times`);
});

test(
  'reading again after random edits equals a full read: corpus templates',
  { skip: CORPUS_PRESENT ? false : CORPUS_MISSING_MESSAGE },
  () => {
    const texts = templatesUnder(join(CORPUS_DIR, 'arm'), 100_000).map((path) => readFileSync(path, 'utf8'));
    assert.ok(texts.length > 10, 'the corpus templates are found');
    checkEditSequences(texts, 150, 11);
  },
);

/** Templates in the JSON Azure reads beyond the standard (jsonNetLeniency.ts), written for this test. */
const EXTENDED_JSON_TEMPLATES = [
  [
    '{',
    '  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",',
    '  // a line comment',
    '  "parameters": { "names": { "type": "array", "defaultValue": [ /* none */ ] } },',
    '  "variables": {',
    '    "joined": "[',
    '      concat(',
    "        'a',",
    "        'b')",
    '    ]",',
    `    'single': 'it\\'s "quoted"',`,
    '  },',
    '  "resources": [',
    '    {',
    '      "type": "Microsoft.Network/privateEndpoints",',
    '      "name": "[variables(\'joined\')]",',
    '      "properties": { "groupIds": [ "blob", ], "note": "line one',
    'line two" }',
    '    }',
    '  ]',
    '}',
  ].join('\n'),
  '{\r\n  "a": "[\r\n  concat(\r\n    \'x\')]",\r\n  "b": { "c": [1, 2], /* c */ "d": { "e": "f\r\ng" } }\r\n}\r\n',
];

test('reading again after random edits equals a full read: multi-line strings, comments and single quotes', () => {
  assert.deepEqual(
    EXTENDED_JSON_TEMPLATES.map((text) => fullRead(text).errors),
    [[], []],
    'the templates read without errors',
  );
  const reused = checkEditSequences(EXTENDED_JSON_TEMPLATES, 600, 20261203);
  assert.ok(reused > 5, `the previous tree was reused ${reused} times`);
});

test('typing in a string reads only the innermost object again; the rest of the tree is the previous objects', () => {
  const resources = Array.from({ length: 30 }, (_, n) => ({
    type: 'Microsoft.Network/privateEndpoints',
    apiVersion: '2023-11-01',
    name: `pe${n}`,
    properties: { subnet: { id: `snet${n}` } },
  }));
  let text = JSON.stringify({ $schema: 'x', contentVersion: '1.0.0.0', resources }, null, 2);
  let parse = read(undefined, text);
  const before = [...parse.syntax.root!.children![2].children![1].children!];
  const at = text.indexOf('"pe15"') + 2;
  text = text.slice(0, at) + 'x' + text.slice(at);
  parse = read(parse, text);
  assert.equal(parse.reused, true);
  assert.equal(snapshot(parse.syntax), snapshot(fullRead(text)));
  const after = parse.syntax.root!.children![2].children![1].children!;
  assert.equal(after.filter((node, i) => node !== before[i]).length, 1, 'only the edited resource is a new object');
  assert.equal(after[29], before[29], 'a later resource is the same object, moved');
});

test('an edit that makes the text invalid JSON is read in full', () => {
  const text = JSON.stringify({ resources: [{ name: 'a' }, { name: 'b' }] }, null, 2);
  const at = text.indexOf('"b"');
  const broken = text.slice(0, at) + '{' + text.slice(at);
  const parse = read(read(undefined, text), broken);
  assert.equal(parse.reused, false);
  assert.ok(parse.syntax.errors.length > 0);
  assert.equal(snapshot(parse.syntax), snapshot(fullRead(broken)));
});
