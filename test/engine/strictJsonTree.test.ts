// Tests the fast JSON reader against jsonc-parser: on valid JSON it must build the identical tree (offsets, values,
// colon offsets, parent links, key order); on anything else it must give up so jsonc-parser reports the errors.
// "Valid" is what Azure reads: raw control characters in strings are, so the reference is jsonc-parser reading the
// text through jsonNetLeniency.ts (parseJsonSyntaxWithoutFastReader). Also
// checks the indexOf-based nesting scan against the plain character loop it replaced.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Node as JsonNode } from 'jsonc-parser';
import { readStrictJsonTree } from '../../server/src/engine/arm/strictJsonTree';
import {
  findExcessiveNesting,
  MAX_JSON_DEPTH,
  parseJsonSyntax,
  parseJsonSyntaxWithoutFastReader,
} from '../../server/src/engine/arm/jsonSyntax';
import { CORPUS_DIR, CORPUS_MISSING_MESSAGE, CORPUS_PRESENT } from '../support/corpus';

/**
 * Same tree: every node's own property names in creation order, the same values (`Object.is`, so -0 counts) and
 * children, and parent links pointing at the corresponding node. Iterative: the corpus trees are large.
 */
function sameTree(a: JsonNode, b: JsonNode): boolean {
  const stack: [JsonNode, JsonNode][] = [[a, b]];
  while (stack.length > 0) {
    const [x, y] = stack.pop() as [JsonNode, JsonNode];
    const keys = Object.keys(x);
    if (keys.join(',') !== Object.keys(y).join(',')) return false;
    for (const key of keys) {
      if (key === 'parent' || key === 'children') continue;
      if (!Object.is((x as unknown as Record<string, unknown>)[key], (y as unknown as Record<string, unknown>)[key])) return false;
    }
    const xs = x.children ?? [];
    const ys = y.children ?? [];
    if (xs.length !== ys.length) return false;
    for (let i = 0; i < xs.length; i++) {
      if (xs[i].parent !== x || ys[i].parent !== y) return false;
      stack.push([xs[i], ys[i]]);
    }
  }
  return true;
}

/** The fast reader either gives up, or agrees exactly with an error-free jsonc-parser parse. */
function assertAgrees(text: string): 'fast' | 'gave-up' {
  const fast = readStrictJsonTree(text, MAX_JSON_DEPTH);
  if (!fast) return 'gave-up';
  const reference = parseJsonSyntaxWithoutFastReader(text);
  assert.deepEqual(reference.errors, [], `fast reader accepted input the slow path rejects: ${JSON.stringify(text.slice(0, 200))}`);
  assert.ok(reference.root);
  assert.ok(sameTree(fast, reference.root), `trees differ for ${JSON.stringify(text.slice(0, 200))}`);
  assert.equal(Object.prototype.hasOwnProperty.call(fast, 'parent'), false);
  return 'fast';
}

test('valid JSON of every kind reads like jsonc-parser', () => {
  const samples = [
    '{}',
    '[]',
    ' \t\r\n{ "a" : 1 }\r\n',
    '{"a":[1,-0,0.5,-12.25e+3,4E-2,1e400],"b":{"c":null,"d":true,"e":false},"f":""}',
    '"just a string"',
    '42',
    'null',
    '{"esc":"quote \\" backslash \\\\ slash \\/ \\b\\f\\n\\r\\t \\u00e9\\uD83D\\uDE00","k\\"ey":"v"}',
    '{"expr":"[concat(\'a\', \'\\"b\\"\')]","unicode":"é ☃ \uD83D\uDE00"}',
    '{"dup":1,"dup":2}',
    '[[[[[]]]]]',
    // Raw control characters in strings, as Azure reads them (a multi-line expression), with and without escapes.
    '{"a":"tab\there"}',
    '{"a":"line\nbreak","b":"[concat(\r\n  \'x\',\n  \'y\')]"}',
    '{"a":"escaped \\" quote\nand a line break \u00e9"}',
    '{"multi\nline key":"\u0001"}',
  ];
  for (const sample of samples) assert.equal(assertAgrees(sample), 'fast', sample);
});

test('anything that is not plain valid JSON is left to jsonc-parser', () => {
  const samples = [
    '',
    '   ',
    '{"a":1,}',
    '[1,2,]',
    '// comment\n{}',
    '{"a":1 /* c */}',
    '{"a":01}',
    '{"a":1.}',
    '{"a":.5}',
    '{"a":-}',
    '{"a":1e}',
    '{"a":tru}',
    '{"a":truex}',
    '{"a":"bad \\x escape"}',
    '{"a":"backslash before a line break \\\n"}',
    '{"a":\'single-quoted\'}',
    '{"a":"escaped \\\' single quote"}',
    '{"a":"bad \\u12 unicode"}',
    '{"a":"unterminated}',
    '{"a" 1}',
    '{"a":1 "b":2}',
    '{a:1}',
    "{'a':1}",
    '{"a":1}}',
    '{"a":1} x',
    '\uFEFF{}',
    '{"a":\u00a01}',
    '[1 2]',
    '{"a":[}',
  ];
  for (const sample of samples) assert.equal(assertAgrees(sample), 'gave-up', sample);
});

test('nesting beyond the cap is left to the slow path, which reports it', () => {
  const deep = '['.repeat(MAX_JSON_DEPTH + 1) + ']'.repeat(MAX_JSON_DEPTH + 1);
  assert.equal(readStrictJsonTree(deep, MAX_JSON_DEPTH), undefined);
  const atCap = '['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH);
  assert.equal(assertAgrees(atCap), 'fast');
  const syntax = parseJsonSyntax(deep);
  // The part beyond the cap is blanked out and the rest is read (test/engine/limits.test.ts covers the analysis).
  assert.equal(syntax.root?.type, 'array');
  assert.equal(syntax.errors.length, 1);
  assert.equal(syntax.errors[0].span.start, MAX_JSON_DEPTH);
});

test('generated JSON in many layouts reads like jsonc-parser', () => {
  const layout = fc.constantFrom<[string | number | undefined]>([undefined], [0], [1], [2], [4], ['\t'], [' \r\n ']);
  fc.assert(
    fc.property(fc.jsonValue(), layout, (value, [indent]) => {
      const text = JSON.stringify(value, null, indent as string | number | undefined) ?? 'null';
      assert.equal(assertAgrees(text), 'fast');
    }),
    { numRuns: 400, seed: 20240611 },
  );
});

test('mutated JSON is either read identically or given up', () => {
  const pieces = [
    '"',
    "'",
    '\\',
    "\\'",
    '/',
    '*',
    ',',
    ':',
    '{',
    '}',
    '[',
    ']',
    ' ',
    '\n',
    '\r',
    '\t',
    '\u0001',
    'e',
    '-',
    '.',
    '0',
    'x',
    '//',
    '/*',
    '\\u',
    '\\"',
  ];
  fc.assert(
    fc.property(fc.jsonValue(), fc.nat(), fc.constantFrom(...pieces), fc.boolean(), (value, at, piece, remove) => {
      const text = JSON.stringify(value, null, 2) ?? 'null';
      const index = at % (text.length + 1);
      const mutated = remove ? text.slice(0, index) + text.slice(index + 1) : text.slice(0, index) + piece + text.slice(index);
      assertAgrees(mutated);
    }),
    { numRuns: 1500, seed: 4242 },
  );
});

/** The character-by-character scan the indexOf version replaced: the reference for its behaviour. */
function referenceNesting(text: string, limit: number): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 34) {
      i++;
      while (i < text.length && text.charCodeAt(i) !== 34) {
        if (text.charCodeAt(i) === 92) i++;
        i++;
      }
    } else if (ch === 47 && text.charCodeAt(i + 1) === 47) {
      while (i < text.length && text.charCodeAt(i) !== 10) i++;
    } else if (ch === 47 && text.charCodeAt(i + 1) === 42) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (ch === 91 || ch === 123) {
      depth++;
      if (depth > limit) return i;
    } else if (ch === 93 || ch === 125) {
      depth = Math.max(0, depth - 1);
    }
  }
  return undefined;
}

test('the nesting scan finds what the character loop found', () => {
  const alphabet = fc.constantFrom('[', ']', '{', '}', '"', '\\', '/', '*', '\n', 'a', ' ', '//', '/*', '*/', '\\"', '\\\\');
  fc.assert(
    fc.property(fc.array(alphabet, { maxLength: 60 }), fc.integer({ min: 0, max: 6 }), (parts, limit) => {
      const text = parts.join('');
      assert.equal(findExcessiveNesting(text, limit), referenceNesting(text, limit), JSON.stringify(text));
    }),
    { numRuns: 3000, seed: 77 },
  );
});

test('corpus JSON files read identically with the fast reader', (t) => {
  if (!CORPUS_PRESENT) {
    t.skip(CORPUS_MISSING_MESSAGE);
    return;
  }
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.json')) files.push(full);
    }
  };
  walk(CORPUS_DIR);
  assert.ok(files.length > 0);
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    assert.equal(assertAgrees(text), 'fast', file);
    assert.equal(findExcessiveNesting(text, MAX_JSON_DEPTH), referenceNesting(text, MAX_JSON_DEPTH), file);
  }
});
