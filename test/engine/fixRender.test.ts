// How a fix becomes text edits: the writer is chosen by the language of the file each action touches (parameter files
// included), a fix is offered whole or not at all, insertions at one offset keep the actions' order, and a fix whose
// rendering fails is not offered.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parameterReference, type Fix } from '../../server/src/engine/fixes/fix';
import { offerFixes, renderFix, renderOffers } from '../../server/src/engine/fixes/render';
import { FixRenderSession } from '../../server/src/engine/fixes/renderSession';
import type { ValueNode } from '../../server/src/engine/model/model';
import { SourceFile, type Language } from '../../server/src/engine/model/sourceFile';

/** The value node of the first `'old'` or `"old"` in the text. */
function oldValue(path: string, text: string, language: Language): ValueNode {
  const file = new SourceFile(path, text, language);
  const start = text.search(/['"]old['"]/);
  return { loc: { file, span: { start, end: start + 5 } }, value: 'old' };
}

function replacing(node: ValueNode, value: string): Fix {
  return { title: 't', actions: [{ kind: 'replaceValue', node, value }] };
}

test('each language is written by its own writer, parameter files included', () => {
  const cases: [string, string, Language, string][] = [
    ['/w/main.json', '{ "a": "old" }', 'arm', `"it's"`],
    ['/w/main.parameters.json', '{ "parameters": { "a": { "value": "old" } } }', 'arm-parameters', `"it's"`],
    ['/w/main.bicep', "var a = 'old'", 'bicep', `'it\\'s'`],
    ['/w/main.bicepparam', "param a = 'old'", 'bicep-params', `'it\\'s'`],
  ];
  for (const [path, text, language, written] of cases) {
    const node = oldValue(path, text, language);
    assert.deepEqual(renderFix(replacing(node, "it's"))?.edits, [
      { path, start: node.loc.span.start, end: node.loc.span.end, newText: written },
    ]);
  }
});

test('a parameter reference doubles the quotes of its name in ARM and names it as is in Bicep', () => {
  assert.deepEqual(parameterReference("it's"), { kind: 'expression', arm: "parameters('it''s')", bicep: "it's" });
  const node = oldValue('/w/main.json', '{ "a": "old" }', 'arm');
  assert.equal(
    renderFix({ title: 't', actions: [{ kind: 'replaceValue', node, value: parameterReference('p') }] })?.edits[0].newText,
    `"[parameters('p')]"`,
  );
});

test('a fix with an action that cannot be written, or with nothing to write, is not offered', () => {
  const node = oldValue('/w/main.json', '{ "a": "old", "b": "[variables(\'x\')]" }', 'arm');
  const expression: ValueNode = { loc: { file: node.loc.file, span: { start: 19, end: 37 } }, value: 'x' };
  assert.equal(node.loc.file.text.slice(19, 37), `"[variables('x')]"`);
  const fix: Fix = {
    title: 'both',
    actions: [
      { kind: 'replaceValue', node, value: 'new' },
      { kind: 'replaceValue', node: expression, value: 'new' },
    ],
  };
  assert.equal(renderFix(fix), undefined);
  const object: ValueNode = { loc: { file: node.loc.file, span: { start: 0, end: node.loc.file.text.length } }, value: {}, members: [] };
  assert.equal(renderFix({ title: 'nothing', actions: [{ kind: 'removeProperty', object, name: 'absent' }] }), undefined);
});

test('insertions at one offset join in the order of the actions; other edits at that offset stay apart', () => {
  const text = '{ "a": "old" }';
  const node = oldValue('/w/main.json', text, 'arm');
  const file = node.loc.file;
  const object: ValueNode = {
    loc: { file, span: { start: 0, end: text.length } },
    value: {},
    members: [{ key: 'a', keyLoc: { file, span: { start: 2, end: 5 } }, node }],
  };
  const rendered = renderFix({
    title: 't',
    actions: [
      { kind: 'setProperty', object, path: ['x'], value: 1 },
      { kind: 'setProperty', object, path: ['y'], value: 2 },
      { kind: 'replaceValue', node, value: 'new' },
    ],
  });
  assert.deepEqual(rendered?.edits, [
    { path: '/w/main.json', start: 12, end: 12, newText: ', "x": 1, "y": 2' },
    { path: '/w/main.json', start: 7, end: 12, newText: '"new"' },
  ]);
  // An insertion at the end of a replaced span is not an insertion at the same offset as the replacement.
  const atReplacedStart = renderFix({
    title: 't',
    actions: [
      { kind: 'replaceValue', node, value: 'new' },
      { kind: 'setProperty', object, path: ['x'], value: 1 },
    ],
  });
  assert.equal(atReplacedStart?.edits.length, 2);
  // Insertions at one offset of two different files stay two edits.
  const other = oldValue('/w/other.json', text, 'arm');
  const otherObject: ValueNode = { ...object, loc: { ...object.loc, file: other.loc.file } };
  const twoFiles = renderFix({
    title: 't',
    actions: [
      { kind: 'setProperty', object, path: ['x'], value: 1 },
      { kind: 'setProperty', object: otherObject, path: ['x'], value: 1 },
    ],
  });
  assert.deepEqual(
    twoFiles?.edits.map((e) => [e.path, e.start, e.newText]),
    [
      ['/w/main.json', 12, ', "x": 1'],
      ['/w/other.json', 12, ', "x": 1'],
    ],
  );
});

test('offers render on first demand, once, and a failing rendering withdraws the fix', () => {
  const node = oldValue('/w/main.json', '{ "a": "old" }', 'arm');
  let sessions = 0;
  const offers = offerFixes([replacing(node, 'x'), replacing(node, 'y')], () => {
    sessions++;
    return new FixRenderSession();
  });
  assert.deepEqual(
    offers.map((o) => o.title),
    ['t', 't'],
  );
  assert.equal(sessions, 0, 'nothing is rendered before it is asked for');
  const first = offers[0].edits();
  assert.equal(offers[0].edits(), first, 'rendered once and kept');
  assert.equal(sessions, 1);
  assert.deepEqual(
    renderOffers(offers).map((r) => r.edits[0].newText),
    ['"x"', '"y"'],
  );
  const failing = offerFixes([replacing(node, 'x')], () => {
    throw new Error('broken session');
  });
  assert.equal(failing[0].edits(), undefined);
  assert.deepEqual(renderOffers(failing), []);
  assert.deepEqual(
    offerFixes(undefined, () => new FixRenderSession()),
    [],
  );
});
