// The exact text the JSON fix writer leaves where lists are laid out in less common ways: one-line lists, a list on
// the line of its key, comments after members and on the opening line, CRLF files and block comments. Each case
// compares the whole file after the edit, as a user sees it after a quick fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { at } from '../../server/src/engine/model/navigate';
import { applyJsonAction, lines, lowerArm, resourceOf } from './fixesSupport';

const STORAGE = 'Microsoft.Storage/storageAccounts';

/** A storage account whose `properties` object is written as `properties` (one line or several). */
function storage(...properties: string[]): string {
  return lines(
    '{',
    '  "resources": [',
    '    {',
    `      "type": "${STORAGE}",`,
    '      "apiVersion": "2023-01-01",',
    '      "name": "st",',
    ...properties.map((l) => `      ${l}`),
    '    }',
    '  ]',
    '}',
  );
}

function propertiesOf(text: string) {
  return at(resourceOf(lowerArm(text), STORAGE).body, 'properties')!;
}

function remove(text: string, name: string): string {
  return applyJsonAction({ kind: 'removeProperty', object: propertiesOf(text), name });
}

function set(text: string, name: string, value: string | boolean): string {
  return applyJsonAction({ kind: 'setProperty', object: propertiesOf(text), path: [name], value });
}

test('removing a member of a one-line object keeps the others and their separators', () => {
  const text = storage('"properties": { "a": 1, "b": 2, "c": 3 }');
  assert.equal(remove(text, 'a'), storage('"properties": { "b": 2, "c": 3 }'));
  assert.equal(remove(text, 'b'), storage('"properties": { "a": 1, "c": 3 }'));
  assert.equal(remove(text, 'c'), storage('"properties": { "a": 1, "b": 2 }'));
  assert.equal(remove(storage('"properties": { "a": 1 }'), 'a'), storage('"properties": {}'));
});

test('removing the only member, with its trailing comment, leaves an empty object on one line', () => {
  assert.equal(remove(storage('"properties": {', '  "a": 1 // why', '}'), 'a'), storage('"properties": {}'));
  assert.equal(remove(storage('"properties": {', '  "a": 1', '}'), 'a'), storage('"properties": {}'));
});

test('removing the only member after a comment line keeps the comment', () => {
  assert.equal(remove(storage('"properties": {', '  // note', '  "a": 1', '}'), 'a'), storage('"properties": {', '  // note', '}'));
});

test('removing a member on its own line takes the whole line, CRLF included', () => {
  const text = storage('"properties": {', '  "a": 1,', '  "b": 2,', '  "c": 3', '}').replace(/\n/g, '\r\n');
  assert.equal(remove(text, 'b'), storage('"properties": {', '  "a": 1,', '  "c": 3', '}').replace(/\n/g, '\r\n'));
  assert.equal(remove(text, 'a'), storage('"properties": {', '  "b": 2,', '  "c": 3', '}').replace(/\n/g, '\r\n'));
  assert.equal(remove(text, 'c'), storage('"properties": {', '  "a": 1,', '  "b": 2', '}').replace(/\n/g, '\r\n'));
});

test('removing the last member after a member with a comment drops only the dangling comma', () => {
  const text = storage('"properties": {', '  "a": 1, // first', '  "b": 2 /* second */', '}');
  assert.equal(remove(text, 'b'), storage('"properties": {', '  "a": 1 // first', '}'));
});

test('removing a member that shares its line with the next one keeps the next one where it is', () => {
  const text = storage('"properties": {', '  "a": 1, "b": 2,', '  "c": 3', '}');
  assert.equal(remove(text, 'a'), storage('"properties": {', '  "b": 2,', '  "c": 3', '}'));
  assert.equal(remove(text, 'b'), storage('"properties": {', '  "a": 1,', '  "c": 3', '}'));
});

test('removing the last member written after another on its line', () => {
  const text = storage('"properties": {', '  "a": 1, "b": 2', '}');
  assert.equal(remove(text, 'b'), storage('"properties": {', '  "a": 1', '}'));
});

test('a member goes first when the last one carries a comment, and the opening line may carry one too', () => {
  const text = storage('"properties": { // settings', '  "a": 1 // why', '}');
  assert.equal(set(text, 'b', true), storage('"properties": { // settings', '  "b": true,', '  "a": 1 // why', '}'));
});

test('a member goes last when the first member shares the opening line, even after a member with a comment', () => {
  // Going first is impossible there, and a comma before the comment plus the member after it would be two insertions
  // that several members added by one fix could not merge: the comment ends up after the new member.
  const text = storage('"properties": { "a": 1,', '  "c": 3 // why', '}');
  assert.equal(set(text, 'b', true), storage('"properties": { "a": 1,', '  "c": 3,', '  "b": true // why', '}'));
});

test('a block comment after the last member that ends the line is a trailing comment', () => {
  const text = storage('"properties": {', '  "a": 1 /* why */', '}');
  assert.equal(set(text, 'b', true), storage('"properties": {', '  "b": true,', '  "a": 1 /* why */', '}'));
});

test('a block comment followed by code on the line is not a trailing comment', () => {
  const text = storage('"properties": {', '  "a": 1 /* why */, "c": 2', '}');
  assert.equal(set(text, 'b', true), storage('"properties": {', '  "a": 1 /* why */, "c": 2,', '  "b": true', '}'));
});

test('an empty object followed by more code on its line is filled on that line; an empty array too', () => {
  const text = storage('"properties": {}, "tags": {}');
  assert.equal(set(text, 'a', 'x'), storage('"properties": { "a": "x" }, "tags": {}'));
  const list = storage('"properties": { "rules": [], "b": 1 }');
  const rules = at(propertiesOf(list), 'rules')!;
  assert.equal(
    applyJsonAction({ kind: 'replaceValue', node: rules, value: ['x', 'y'] }),
    storage('"properties": { "rules": ["x", "y"], "b": 1 }'),
  );
});

test('an empty object followed by a comma ends a member of a multi-line object: it opens up', () => {
  const text = storage('"properties": {},', '"tags": {}').replace(/\n/g, '\r\n');
  assert.equal(set(text, 'a', 'x'), storage('"properties": {', '  "a": "x"', '},', '"tags": {}').replace(/\n/g, '\r\n'));
});

test('an empty object written over two lines is filled between its brackets', () => {
  const text = storage('"properties": {', '}');
  assert.equal(set(text, 'a', 'x'), storage('"properties": {', '  "a": "x"', '}'));
});

test('members whose lines are indented by an odd step get the new member at that step', () => {
  const text = storage('"properties": {', '   "a": 1', '}');
  assert.equal(
    applyJsonAction({ kind: 'setProperty', object: propertiesOf(text), path: ['b'], value: { c: 1 } }),
    storage('"properties": {', '   "a": 1,', '   "b": {', '      "c": 1', '   }', '}'),
  );
});
