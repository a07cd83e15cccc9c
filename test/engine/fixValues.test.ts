// The language-neutral facts both fix writers read (engine/fixes/fixValues.ts): which object values are references
// or expressions (a plain object value that only looks like one must be written as an object), where a resource's
// declaration is written (an inline sub-resource's owner, a Bicep child's parent in the same file), which symbol a new
// resource gets, and the order of its dependencies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  declaringResource,
  dependenciesOf,
  deployingResource,
  hasUnknownMark,
  isFixExpression,
  isFixReference,
  isNewResource,
  nestPath,
  uniqueSymbol,
} from '../../server/src/engine/fixes/fixValues';
import type { FixValue, NewResource } from '../../server/src/engine/fixes/fix';
import type { Resource } from '../../server/src/engine/model/model';
import { MARK_START } from '../../server/src/engine/evaluate/value';

/** A model resource with only what these helpers read. */
function resource(file: string, start: number, end: number, links: { parent?: Resource; inlineIn?: Resource } = {}): Resource {
  return { declaration: { file, span: { start, end } }, idKey: `${file}:${start}`, ...links } as unknown as Resource;
}

const added: NewResource = { symbolicName: 'zone', type: 'Microsoft.Network/privateDnsZones', apiVersion: '2020-06-01', name: 'z' };

test('a reference carries a declared or an added resource; anything else is an object value', () => {
  const declared = resource('/w/a.json', 0, 10);
  assert.equal(isFixReference({ kind: 'resourceId', resource: declared } as FixValue), true);
  assert.equal(isFixReference({ kind: 'location', resource: added } as FixValue), true);
  assert.equal(isFixReference({ kind: 'expression', resource: added } as unknown as FixValue), false);
  assert.equal(isFixReference({ kind: 'resourceId', resource: null } as unknown as FixValue), false);
  assert.equal(isFixReference({ kind: 'resourceId', resource: 'r' } as unknown as FixValue), false);
  assert.equal(isFixReference({ kind: 'resourceId' } as FixValue), false);
  assert.equal(isFixReference({ kind: 'resourceId', resource: { declaration: {} } } as FixValue), false, 'no id key');
  assert.equal(isFixReference({ kind: 'resourceId', resource: { idKey: 'k' } } as FixValue), false, 'no declaration');
  assert.equal(isFixReference({ kind: 'resourceId', resource: { apiVersion: '1', symbolicName: 1 } } as FixValue), false);
  assert.equal(isFixReference({ kind: 'resourceId', resource: { apiVersion: 1, symbolicName: 's' } } as FixValue), false);
  assert.equal(isFixReference({ kind: 'resourceId', resource: { symbolicName: 's' } } as FixValue), false);
  assert.equal(isFixReference(null), false);
  assert.equal(isFixReference([{ kind: 'resourceId', resource: declared }] as FixValue), false);
  assert.equal(isFixReference('resourceId'), false);
});

test('an expression has its ARM and Bicep texts; anything else is an object value', () => {
  assert.equal(isFixExpression({ kind: 'expression', arm: 'a()', bicep: 'a()' }), true);
  assert.equal(isFixExpression({ kind: 'expression', arm: 'a()' } as FixValue), false);
  assert.equal(isFixExpression({ kind: 'expression', bicep: 'a()' } as FixValue), false);
  assert.equal(isFixExpression({ kind: 'expression', arm: 1, bicep: 'a()' } as unknown as FixValue), false);
  assert.equal(isFixExpression({ kind: 'other', arm: 'a()', bicep: 'a()' } as FixValue), false);
  assert.equal(isFixExpression(null), false);
  assert.equal(isFixExpression(['expression']), false);
  assert.equal(isFixExpression(1), false);
});

test('new resources, unknown marks and nested paths', () => {
  assert.equal(isNewResource(added), true);
  assert.equal(isNewResource(resource('/w/a.json', 0, 1)), false);
  assert.equal(isNewResource({ ...added, declaration: undefined } as unknown as NewResource), false, 'told by the key');
  assert.equal(hasUnknownMark(`pe-${MARK_START}x\uE001`), true);
  assert.equal(hasUnknownMark('pe-x'), false);
  assert.deepEqual(nestPath([], 'v'), 'v');
  assert.deepEqual(nestPath(['a'], 'v'), { a: 'v' });
  assert.deepEqual(nestPath(['a', 'b', 'c'], 1), { a: { b: { c: 1 } } });
});

test("a declaration is written where the resource's own statement is", () => {
  const parent = resource('/w/main.bicep', 0, 100);
  const child = resource('/w/main.bicep', 20, 80, { parent });
  const grandchild = resource('/w/main.bicep', 30, 60, { parent: child });
  const inline = resource('/w/main.bicep', 40, 50, { inlineIn: grandchild });
  assert.equal(declaringResource(parent), parent);
  assert.equal(declaringResource(child), parent, 'a child declared inside its parent');
  assert.equal(declaringResource(grandchild), parent);
  assert.equal(declaringResource(inline), parent, 'an inline sub-resource, then the parents around it');
  const outside = resource('/w/main.bicep', 120, 140, { parent });
  assert.equal(declaringResource(outside), outside, 'a child declared after its parent, with `parent:`');
  const touching = resource('/w/main.bicep', 0, 100, { parent });
  assert.equal(declaringResource(touching), parent, 'the same span is inside');
  const overlapping = resource('/w/main.bicep', 90, 110, { parent });
  assert.equal(declaringResource(overlapping), overlapping);
  const before = resource('/w/main.bicep', 0, 50, { parent: resource('/w/main.bicep', 10, 100) });
  assert.equal(declaringResource(before), before);
  const elsewhere = resource('/w/other.bicep', 20, 80, { parent });
  assert.equal(declaringResource(elsewhere), elsewhere, 'the same offsets in another file');
});

test('a resource is deployed by the resource it is inline in, not by its parent', () => {
  const parent = resource('/w/main.json', 0, 100);
  const owner = resource('/w/main.json', 10, 90, { parent });
  const inline = resource('/w/main.json', 20, 30, { inlineIn: owner });
  const inlineTwice = resource('/w/main.json', 22, 28, { inlineIn: inline });
  assert.equal(deployingResource(inlineTwice), owner);
  assert.equal(deployingResource(owner), owner);
});

test('a new symbol is the one asked for, else the first free numbered one, compared without case', () => {
  assert.equal(uniqueSymbol('zone', new Set()), 'zone');
  assert.equal(uniqueSymbol('Zone', new Set(['zone'])), 'Zone2');
  assert.equal(uniqueSymbol('zone', new Set(['zone', 'zone2', 'zone3'])), 'zone4');
  assert.equal(uniqueSymbol('zone', new Set(['zone', 'zone3'])), 'zone2');
  assert.equal(uniqueSymbol('zoneLink', new Set(['zonelink'])), 'zoneLink2');
});

test('dependencies: the parent first, then the others, each once', () => {
  const parent = resource('/w/main.json', 0, 10);
  const other = resource('/w/main.json', 20, 30);
  assert.deepEqual(dependenciesOf({ ...added, parent, dependsOn: [other, parent, other] }), [parent, other]);
  assert.deepEqual(dependenciesOf({ ...added, dependsOn: [other] }), [other]);
  assert.deepEqual(dependenciesOf({ ...added, parent }), [parent]);
  assert.deepEqual(dependenciesOf(added), []);
});
