// How the JSON fix writer names a resource it refers to (`[resourceId(...)]`) or adds (`name`): built from the text the
// template wrote for the name, split into one argument per name segment, never from an evaluated value.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { NewResource } from '../../server/src/engine/fixes/fix';
import { renderJsonAction } from '../../server/src/engine/fixes/jsonWriter';
import { applyJsonAction, lines, lowerArm, resourceOf } from './fixesSupport';

const SUBNET = 'Microsoft.Network/virtualNetworks/subnets';
const STORAGE = 'Microsoft.Storage/storageAccounts';

/** A template declaring one subnet named by `nameText` (raw JSON string content) and a storage account. */
function withSubnet(nameText: string): string {
  return lines(
    '{',
    '  "resources": [',
    `    { "type": "${SUBNET}", "apiVersion": "2023-04-01", "name": "${nameText}" },`,
    `    { "type": "${STORAGE}", "apiVersion": "2023-01-01", "name": "st", "properties": {} }`,
    '  ]',
    '}',
  );
}

/** The text written for a reference to the subnet, or undefined when the writer refuses it. */
function subnetReference(nameText: string): string | undefined {
  const text = withSubnet(nameText);
  const model = lowerArm(text);
  const edits = renderJsonAction({
    kind: 'setProperty',
    object: resourceOf(model, STORAGE).body,
    path: ['properties', 'subnet'],
    value: { kind: 'resourceId', resource: resourceOf(model, SUBNET) },
  });
  return edits?.[0].newText.trim();
}

test('a literal child name gives one quoted argument per segment', () => {
  assert.equal(subnetReference('vnet/pe'), `"subnet": "[resourceId('${SUBNET}', 'vnet', 'pe')]"`);
  assert.equal(subnetReference("it's/pe"), `"subnet": "[resourceId('${SUBNET}', 'it''s', 'pe')]"`);
});

test('format and concat names are split at their slashes', () => {
  assert.equal(
    subnetReference("[format('{0}/{1}', 'vnet', parameters('s'))]"),
    `"subnet": "[resourceId('${SUBNET}', 'vnet', parameters('s'))]"`,
  );
  assert.equal(
    subnetReference("[format('{1}/pe', 'unused', parameters('v'))]"),
    `"subnet": "[resourceId('${SUBNET}', parameters('v'), 'pe')]"`,
  );
  assert.equal(subnetReference("[concat('net', 'work', '/', 'p', 'e')]"), `"subnet": "[resourceId('${SUBNET}', 'network', 'pe')]"`);
  assert.equal(
    subnetReference("[concat(parameters('v'), '/pe-', variables('n'))]"),
    `"subnet": "[resourceId('${SUBNET}', parameters('v'), concat('pe-', variables('n')))]"`,
  );
});

test('a name that is one expression holding both segments is split by ARM itself', () => {
  assert.equal(
    subnetReference("[parameters('subnetName')]"),
    `"subnet": "[resourceId('${SUBNET}', split(parameters('subnetName'), '/')[0], split(parameters('subnetName'), '/')[1])]"`,
  );
  // A format whose pattern cannot be split at slashes is one expression too.
  assert.equal(
    subnetReference("[format('{0}-{1}', parameters('a'), parameters('b'))]"),
    `"subnet": "[resourceId('${SUBNET}', split(format('{0}-{1}', parameters('a'), parameters('b')), '/')[0], split(format('{0}-{1}', parameters('a'), parameters('b')), '/')[1])]"`,
  );
  // concat ending in a slash has an empty last segment.
  assert.equal(
    subnetReference("[concat(parameters('v'), '/')]"),
    `"subnet": "[resourceId('${SUBNET}', split(concat(parameters('v'), '/'), '/')[0], split(concat(parameters('v'), '/'), '/')[1])]"`,
  );
});

test('JSON escapes in the written name are read, and written back escaped', () => {
  assert.equal(
    subnetReference("[concat(parameters('v'), '/', 'a\\\\b')]"),
    `"subnet": "[resourceId('${SUBNET}', parameters('v'), 'a\\\\b')]"`,
  );
});

test('a literal name with the wrong number of segments, cannot be named', () => {
  assert.equal(subnetReference('pe'), undefined);
});

test("an added resource is named by a literal, or by a format over its parent's written name", () => {
  const text = withSubnet("[format('{0}/{1}', parameters('v'), 'pe')]");
  const model = lowerArm(text);
  const subnet = resourceOf(model, SUBNET);
  const child: NewResource = {
    symbolicName: 'x',
    type: `${SUBNET}/things`,
    apiVersion: '1',
    name: 'ignored/also/[x]',
    parent: subnet,
  };
  const added = applyJsonAction({ kind: 'addResource', after: subnet, resource: child });
  assert.ok(added.includes(`"name": "[format('{0}/{1}/{2}', parameters('v'), 'pe', '[x]')]"`), added);
  const literal: NewResource = { symbolicName: 'y', type: 'Microsoft.Network/privateDnsZones', apiVersion: '1', name: '[zone]' };
  const withLiteral = applyJsonAction({ kind: 'addResource', after: subnet, resource: literal });
  assert.ok(withLiteral.includes('"name": "[[zone]"\n'), withLiteral);
  const childOfLiteral: NewResource = { ...child, parent: resourceOf(lowerArm(withSubnet('vnet/pe')), SUBNET), childName: 'c' };
  const named = applyJsonAction({ kind: 'addResource', after: childOfLiteral.parent as never, resource: childOfLiteral });
  assert.ok(
    named.includes(`"name": "vnet/pe/c",\n      "dependsOn": [\n        "[resourceId('${SUBNET}', 'vnet', 'pe')]"\n      ]\n    },\n`),
    named,
  );
});
