/**
 * Fuzz: the Bicep lexer and recovering parser (server/src/engine/bicep/syntax/). Random token soups, random code
 * units and mutations of our Bicep fixtures (and corpus files) never throw, never hang, report no internal parser
 * error, and keep every token, node, diagnostic, comment and directive span inside the text, children inside parents.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { lexBicep } from '../../server/src/engine/bicep/syntax/lexer';
import { parseBicep } from '../../server/src/engine/bicep/syntax/parseBicep';
import { childrenOf } from '../../server/src/engine/bicep/syntax/children';
import type { SyntaxNode } from '../../server/src/engine/bicep/syntax/ast';
import { anyCodeUnitString, CaseTimer, corpusSeeds, excerpt, fixtureSeeds, fuzzTest, mutatedText, params } from './fuzzSupport';

function inside(start: number, end: number, length: number, what: string): void {
  assert.ok(start >= 0 && start <= end && end <= length, `${what} span ${start}-${end} outside 0-${length}`);
}

function checkParse(timer: CaseTimer, text: string): void {
  const lexed = timer.time(
    () => `lex ${excerpt(text)}`,
    () => lexBicep(text),
  );
  let previousEnd = 0;
  for (const [i, token] of lexed.tokens.entries()) {
    inside(token.start, token.end, text.length, `token ${token.kind}`);
    assert.ok(
      token.start >= previousEnd,
      `token ${i} (${token.kind}) at ${token.start} overlaps the previous one ending at ${previousEnd}`,
    );
    previousEnd = token.end;
    const match = lexed.matches[i];
    assert.ok(match === -1 || (match > i && match < lexed.tokens.length), `token ${i} matched with ${match}`);
  }
  const result = timer.time(
    () => `parse ${excerpt(text)}`,
    () => parseBicep(text),
  );
  for (const d of result.diagnostics) {
    inside(d.span.start, d.span.end, text.length, `diagnostic "${d.message}"`);
    assert.ok(!d.message.startsWith('internal parser error'), `${d.message} in ${excerpt(text)}`);
  }
  for (const c of result.comments) inside(c.span.start, c.span.end, text.length, 'comment');
  for (const d of result.directives) inside(d.span.start, d.span.end, text.length, 'directive');
  // Every node inside its parent; iterative, trees may be MAX_DEPTH deep.
  const stack: { node: SyntaxNode; start: number; end: number }[] = [{ node: result.program, start: 0, end: text.length }];
  while (stack.length > 0) {
    const { node, start, end } = stack.pop()!;
    assert.ok(
      node.span.start >= start && node.span.start <= node.span.end && node.span.end <= end,
      `${node.kind} ${node.span.start}-${node.span.end} outside its parent ${start}-${end} in ${excerpt(text)}`,
    );
    for (const child of childrenOf(node)) stack.push({ node: child, start: node.span.start, end: node.span.end });
  }
}

const BICEP_TOKENS = [
  'param',
  'var',
  'resource',
  'module',
  'output',
  'type',
  'func',
  'import',
  'existing',
  'for',
  'in',
  'if',
  'targetScope',
  'metadata',
  'x',
  'pe',
  "'Microsoft.Network/privateEndpoints@2024-05-01'",
  "'./m.bicep'",
  "'a${",
  '}',
  "'",
  "''",
  "'''",
  "'''x'''",
  '${',
  '{',
  '}',
  '[',
  ']',
  '(',
  ')',
  ':',
  '::',
  ',',
  '.',
  '.?',
  '?',
  '??',
  '!',
  '=',
  '==',
  '=>',
  '&&',
  '||',
  '+',
  '-',
  '@description(',
  '@',
  '#disable-next-line x',
  '//c',
  '/*',
  '*/',
  '\n',
  '\r\n',
  ' ',
  '\t',
  '1',
  'true',
  'null',
  '...',
  '\\',
  "'\\u{1F600}'",
  "'\\u{110000}'",
  '😀',
  '\uD800',
  '\uFEFF',
  '\u0000',
];

const tokenSoup = fc.array(fc.constantFrom(...BICEP_TOKENS), { maxLength: 120 }).map((tokens) => tokens.join(' '));
const tightSoup = fc.array(fc.constantFrom(...BICEP_TOKENS), { maxLength: 120 }).map((tokens) => tokens.join(''));

fuzzTest(__filename, 'fuzz: Bicep lexer and parser on token soups and random code units', ({ timer }) => {
  fc.assert(
    fc.property(tokenSoup, (text) => checkParse(timer, text)),
    params(600),
  );
  fc.assert(
    fc.property(tightSoup, (text) => checkParse(timer, text)),
    params(600),
  );
  fc.assert(
    fc.property(anyCodeUnitString(400), (text) => checkParse(timer, text)),
    params(300),
  );
});

fuzzTest(__filename, 'fuzz: Bicep lexer and parser on mutated fixtures and corpus files', (context) => {
  const seeds = [...fixtureSeeds('bicep'), ...corpusSeeds('bicep', 30_000, context)];
  assert.ok(seeds.length > 0, 'no Bicep fixtures found under test/rules');
  fc.assert(
    fc.property(mutatedText(seeds), ({ text }) => checkParse(context.timer, text)),
    params(300),
  );
});

fuzzTest(__filename, 'fuzz: Bicep parser: deep brackets, long chains and unclosed constructs stay linear', ({ timer }) => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 50_000 }),
      fc.constantFrom('[', '(', '{a:', '!', '-', "'${", 'a.', '1 + ', 'true ? 1 : ', '[for x in y: '),
      fc.boolean(),
      (depth, opener, close) => {
        const closer = { '[': ']', '(': ')', '{a:': '}', "'${": "}'", '[for x in y: ': ']' }[opener] ?? '';
        const text = `var x = ${opener.repeat(depth)}1${close ? closer.repeat(depth) : ''}\nvar after = 1\n`;
        checkParse(timer, text);
      },
    ),
    params(25),
  );
});
