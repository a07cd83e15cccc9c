/**
 * Fuzz: the JSON front end (`parseJsonSyntax`) and the ARM lowering behind it. Random JSON, random code units and
 * mutations of our ARM fixtures (and small corpus templates) never throw, never hang, and keep every node and
 * error span inside the text; whole templates analyse without internal errors and with every span in place.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Node as JsonNode } from 'jsonc-parser';
import { parseJsonSyntax } from '../../server/src/engine/arm/jsonSyntax';
import { armTemplate } from './armArbitraries';
import {
  analyzeChecked,
  anyCodeUnitString,
  CaseTimer,
  corpusSeeds,
  excerpt,
  fixtureSeeds,
  fuzzTest,
  mutatedText,
  params,
} from './fuzzSupport';

function checkTree(root: JsonNode | undefined, length: number): void {
  if (!root) return;
  const stack: { node: JsonNode; parentEnd: number; parentStart: number }[] = [{ node: root, parentStart: 0, parentEnd: length }];
  while (stack.length > 0) {
    const { node, parentStart, parentEnd } = stack.pop()!;
    const end = node.offset + node.length;
    assert.ok(
      node.offset >= parentStart && node.length >= 0 && end <= parentEnd,
      `node ${node.type} ${node.offset}+${node.length} outside ${parentStart}-${parentEnd}`,
    );
    for (const child of node.children ?? []) stack.push({ node: child, parentStart: node.offset, parentEnd: end });
  }
}

function checkSyntax(timer: CaseTimer, text: string): void {
  const syntax = timer.time(
    () => excerpt(text),
    () => parseJsonSyntax(text),
  );
  for (const error of syntax.errors) {
    // An error at the very end (a missing closer) may point one past the last character.
    assert.ok(
      error.span.start >= 0 && error.span.start <= error.span.end && error.span.end <= text.length + 1,
      `error span ${error.span.start}-${error.span.end} outside 0-${text.length}`,
    );
    assert.ok(error.message.length > 0);
  }
  checkTree(syntax.root, text.length);
}

/** JSON text with random layout: values from fast-check, optionally pretty-printed, sometimes with comments. */
const jsonText: fc.Arbitrary<string> = fc
  .tuple(fc.jsonValue({ maxDepth: 6 }), fc.constantFrom(0, 1, 2, '\t'), fc.boolean())
  .map(([value, indent, comment]) => {
    const text = JSON.stringify(value, null, indent) ?? 'null';
    return comment ? `/* c */ ${text} // end` : text;
  });

/** Brackets, quotes and comment markers only: what the depth check and the strict reader's fall-back see. */
const bracketSoup = fc
  .array(fc.constantFrom('[', ']', '{', '}', '"', '\\', ',', ':', '1', '/*', '*/', '//', '\n'), { maxLength: 400 })
  .map((a) => a.join(''));

fuzzTest(__filename, 'fuzz: parseJsonSyntax reads random JSON and random code units without throwing, spans inside', ({ timer }) => {
  fc.assert(
    fc.property(jsonText, (text) => checkSyntax(timer, text)),
    params(300),
  );
  fc.assert(
    fc.property(anyCodeUnitString(300), (text) => checkSyntax(timer, text)),
    params(300),
  );
  fc.assert(
    fc.property(bracketSoup, (text) => checkSyntax(timer, text)),
    params(300),
  );
});

fuzzTest(__filename, 'fuzz: parseJsonSyntax on mutated ARM fixtures', (context) => {
  const seeds = [...fixtureSeeds('json'), ...corpusSeeds('json', 40_000, context)];
  assert.ok(seeds.length > 0, 'no ARM fixtures found under test/rules');
  fc.assert(
    fc.property(mutatedText(seeds), ({ text }) => checkSyntax(context.timer, text)),
    params(300),
  );
});

fuzzTest(__filename, 'fuzz: mutated ARM templates analyse without internal errors, spans and fixes in place', (context) => {
  const seeds = [...fixtureSeeds('json'), ...corpusSeeds('json', 40_000, context)];
  fc.assert(
    fc.property(mutatedText(seeds), ({ seed, text }) => {
      analyzeChecked(context.timer, { path: seed.path, text, language: 'arm' });
    }),
    params(150),
  );
});

fuzzTest(__filename, 'fuzz: generated ARM templates (copy loops, conditions, nesting, expressions) analyse cleanly', ({ timer }) => {
  fc.assert(
    fc.property(armTemplate, (text) => {
      analyzeChecked(timer, { path: '/ws/gen.json', text });
    }),
    params(150),
  );
});
