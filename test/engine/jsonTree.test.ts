// How the JSON writer finds the node a fix targets (engine/fixes/jsonTree.ts): every value node of a template is
// found from its exact span (by binary search among thousands of siblings), never a property node and never a node
// that merely covers the span; properties are matched as ARM reads them (the last one, without case).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTree, type Node as JsonNode } from 'jsonc-parser';
import { endOf, jsonNodeAt, jsonProperty, propertyKey } from '../../server/src/engine/fixes/jsonTree';

function valueNodes(node: JsonNode, found: JsonNode[] = []): JsonNode[] {
  if (node.type !== 'property') found.push(node);
  for (const child of node.children ?? []) valueNodes(child, found);
  return found;
}

const span = (node: JsonNode) => ({ start: node.offset, end: endOf(node) });

test('every value node is found from its span, however many siblings it has', () => {
  const elements = Array.from({ length: 257 }, (_, i) => (i % 3 === 0 ? `{"n":${i},"e":{}}` : i % 3 === 1 ? `[${i},[]]` : `"s${i}"`));
  const text = `{ "resources": [${elements.join(', ')}], "outputs": {}, "x": [] }`;
  const root = parseTree(text)!;
  const nodes = valueNodes(root);
  assert.ok(nodes.length > 700);
  for (const node of nodes) {
    const found = jsonNodeAt(root, span(node));
    assert.equal(found, node, `${node.type} at ${node.offset}`);
  }
});

test('a span that no value node has exactly gives nothing', () => {
  const text = '{ "a": { "b": [1, 22] }, "c": "d" }';
  const root = parseTree(text)!;
  const property = root.children![0];
  assert.equal(jsonNodeAt(root, span(property)), undefined, 'a property node is not a value');
  const inner = text.indexOf('22');
  assert.equal(jsonNodeAt(root, { start: inner, end: inner + 1 }), undefined, 'part of a value');
  assert.equal(jsonNodeAt(root, { start: inner - 1, end: inner + 2 }), undefined, 'a value and the space before it');
  assert.equal(jsonNodeAt(root, { start: 0, end: text.length + 1 }), undefined, 'past the end');
  assert.equal(jsonNodeAt(undefined, { start: 0, end: 1 }), undefined);
  assert.equal(jsonNodeAt(root, span(root)), root);
  const first = text.indexOf('1');
  assert.equal(jsonNodeAt(root, { start: first, end: first + 1 })?.value, 1);
});

test('empty containers next to each other are told apart', () => {
  const text = '[{},[],{},"",[]]';
  const root = parseTree(text)!;
  for (const child of root.children!) assert.equal(jsonNodeAt(root, span(child)), child);
});

test('properties: the last one with the name, compared without case; keys only of property nodes', () => {
  const root = parseTree('{ "Name": 1, "other": 2, "name": 3, "NAME2": 4 }')!;
  assert.equal(jsonProperty(root, 'NAME')?.children?.[1].value, 3);
  assert.equal(jsonProperty(root, 'name2')?.children?.[1].value, 4);
  assert.equal(jsonProperty(root, 'nam'), undefined);
  assert.equal(jsonProperty(parseTree('[1]')!, 'name'), undefined);
  assert.equal(propertyKey(root.children![1]), 'other');
  assert.equal(propertyKey(root), undefined);
  assert.equal(propertyKey(undefined), undefined);
  assert.equal(propertyKey(root.children![1].children![1]), undefined);
});
