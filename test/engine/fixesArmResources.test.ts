// Tests adding resources to ARM JSON templates: the classic `resources` array, the symbolic-name object of
// languageVersion 2.0, nested anchors, several new resources referring to each other, and what cannot be written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { NewResource } from '../../server/src/engine/fixes/fix';
import { renderJsonAction } from '../../server/src/engine/fixes/jsonWriter';
import type { Resource } from '../../server/src/engine/model/model';
import { applyJsonAction, applyJsonFix, lines, lowerArm, resourceOf } from './fixesSupport';

const PE = 'Microsoft.Network/privateEndpoints';
const ZONE = 'Microsoft.Network/privateDnsZones';
const GROUP = 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups';

const CLASSIC = lines(
  '{',
  '  "parameters": {',
  '    "peName": { "type": "string" }',
  '  },',
  '  "resources": [',
  '    {',
  `      "type": "${PE}",`,
  '      "apiVersion": "2023-04-01",',
  `      "name": "[parameters('peName')]",`,
  '      "location": "[resourceGroup().location]",',
  '      "properties": {}',
  '    },',
  '    {',
  `      "type": "${ZONE}",`,
  '      "apiVersion": "2020-06-01",',
  '      "name": "privatelink.blob.core.windows.net",',
  '      "location": "global"',
  '    }',
  '  ]',
  '}',
);

function zoneGroup(pe: Resource | NewResource, zone: Resource | NewResource): NewResource {
  return {
    symbolicName: 'zoneGroup',
    type: GROUP,
    apiVersion: '2023-04-01',
    name: 'pe/default',
    parent: pe,
    childName: 'default',
    dependsOn: [zone],
    properties: { privateDnsZoneConfigs: [{ name: 'blob', properties: { privateDnsZoneId: { kind: 'resourceId', resource: zone } } }] },
  };
}

const GROUP_BODY = [
  `  "type": "${GROUP}",`,
  '  "apiVersion": "2023-04-01",',
  `  "name": "[format('{0}/{1}', parameters('peName'), 'default')]",`,
  '  "dependsOn": [',
  `    "[resourceId('${PE}', parameters('peName'))]",`,
  `    "[resourceId('${ZONE}', 'privatelink.blob.core.windows.net')]"`,
  '  ],',
  '  "properties": {',
  '    "privateDnsZoneConfigs": [',
  '      {',
  '        "name": "blob",',
  '        "properties": {',
  `          "privateDnsZoneId": "[resourceId('${ZONE}', 'privatelink.blob.core.windows.net')]"`,
  '        }',
  '      }',
  '    ]',
  '  }',
];

function indented(indent: string, block: string[]): string[] {
  return block.map((l) => indent + l);
}

test('adds a child resource after its anchor in a classic resources array', () => {
  const model = lowerArm(CLASSIC);
  const pe = resourceOf(model, PE);
  const result = applyJsonAction({ kind: 'addResource', after: pe, resource: zoneGroup(pe, resourceOf(model, ZONE)) });
  const expected = CLASSIC.replace(
    '"properties": {}\n    },\n',
    `"properties": {}\n    },\n    {\n${indented('    ', GROUP_BODY).join('\n')}\n    },\n`,
  );
  assert.equal(result, expected);
  const relowered = lowerArm(result);
  assert.equal(relowered.resources.filter((r) => r.type === GROUP).length, 1);
});

test('several new resources after one anchor refer to each other by their written names', () => {
  const model = lowerArm(CLASSIC);
  const pe = resourceOf(model, PE);
  const zone: NewResource = {
    symbolicName: 'fileZone',
    type: ZONE,
    apiVersion: '2020-06-01',
    name: 'privatelink.file.core.windows.net',
    location: 'global',
  };
  const link: NewResource = {
    symbolicName: 'fileZoneLink',
    type: `${ZONE}/virtualNetworkLinks`,
    apiVersion: '2020-06-01',
    name: 'privatelink.file.core.windows.net/link',
    parent: zone,
    childName: 'link',
    location: { kind: 'location', resource: zone },
    properties: { registrationEnabled: false },
  };
  const result = applyJsonFix({
    title: 'add zone',
    actions: [
      { kind: 'addResource', after: pe, resource: zone },
      { kind: 'addResource', after: pe, resource: link },
      { kind: 'addResource', after: pe, resource: zoneGroup(pe, zone) },
    ],
  });
  assert.ok(result.includes('"name": "privatelink.file.core.windows.net/link",'), result);
  assert.ok(result.includes(`"[resourceId('${ZONE}', 'privatelink.file.core.windows.net')]"`), result);
  const types = lowerArm(result).resources.map((r) => r.type);
  assert.deepEqual(types, [PE, ZONE, `${ZONE}/virtualNetworkLinks`, GROUP, ZONE]);
});

const SYMBOLIC = lines(
  '{',
  '  "languageVersion": "2.0",',
  '  "parameters": { "peName": { "type": "string" } },',
  '  "resources": {',
  '    "pe": {',
  `      "type": "${PE}",`,
  '      "apiVersion": "2023-04-01",',
  `      "name": "[parameters('peName')]",`,
  '      "properties": {}',
  '    },',
  '    "zoneGroup": {',
  `      "type": "${ZONE}",`,
  '      "apiVersion": "2020-06-01",',
  '      "name": "privatelink.blob.core.windows.net"',
  '    }',
  '  }',
  '}',
);

test('adds a symbolic-name member in the languageVersion 2.0 form, depending by symbol', () => {
  const model = lowerArm(SYMBOLIC);
  const pe = resourceOf(model, PE);
  const result = applyJsonAction({ kind: 'addResource', after: pe, resource: zoneGroup(pe, resourceOf(model, ZONE)) });
  // `zoneGroup` is taken by the zone (a misleading but legal name): the new member gets `zoneGroup2`.
  assert.ok(result.includes('    },\n    "zoneGroup2": {\n'), result);
  assert.ok(result.includes('"dependsOn": [\n        "pe",\n        "zoneGroup"\n      ],'), result);
  assert.equal(lowerArm(result).resources.find((r) => r.type === GROUP)?.symbolicName, 'zoneGroup2');
});

test('an anchor nested in its parent puts the new resource after the parent, in the template array', () => {
  const text = lines(
    '{',
    '  "resources": [',
    '    {',
    '      "type": "Microsoft.Network/virtualNetworks",',
    '      "apiVersion": "2023-04-01",',
    '      "name": "vnet",',
    '      "resources": [',
    '        { "type": "subnets", "apiVersion": "2023-04-01", "name": "pe" }',
    '      ]',
    '    }',
    '  ]',
    '}',
  );
  const model = lowerArm(text);
  const subnet = resourceOf(model, 'Microsoft.Network/virtualNetworks/subnets');
  const zone: NewResource = {
    symbolicName: 'zone',
    type: ZONE,
    apiVersion: '2020-06-01',
    name: 'privatelink.blob.core.windows.net',
    location: 'global',
    dependsOn: [subnet],
  };
  const result = applyJsonAction({ kind: 'addResource', after: subnet, resource: zone });
  assert.ok(result.includes(`      ]\n    },\n    {\n      "type": "${ZONE}",`), result);
  assert.ok(result.includes(`"[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet', 'pe')]"`), result);
});

test('an inline subnet dependency becomes a dependency on its virtual network', () => {
  const text = lines(
    '{',
    '  "resources": [',
    '    {',
    '      "type": "Microsoft.Network/virtualNetworks",',
    '      "apiVersion": "2023-04-01",',
    `      "name": "[parameters('vnetName')]",`,
    '      "properties": { "subnets": [ { "name": "pe", "properties": {} } ] }',
    '    }',
    '  ]',
    '}',
  );
  const model = lowerArm(text);
  const subnet = resourceOf(model, 'Microsoft.Network/virtualNetworks/subnets');
  const zone: NewResource = {
    symbolicName: 'zone',
    type: ZONE,
    apiVersion: '2020-06-01',
    name: 'z',
    dependsOn: [subnet],
    properties: { subnet: { kind: 'resourceId', resource: subnet } },
  };
  const result = applyJsonAction({ kind: 'addResource', after: subnet, resource: zone });
  assert.ok(
    result.includes(`"dependsOn": [\n        "[resourceId('Microsoft.Network/virtualNetworks', parameters('vnetName'))]"\n      ],`),
    result,
  );
  assert.ok(result.includes(`"subnet": "[resourceId('Microsoft.Network/virtualNetworks/subnets', parameters('vnetName'), 'pe')]"`), result);
});

test('a parent from a copy loop cannot be named outside the loop', () => {
  const text = lines(
    '{',
    '  "resources": [',
    `    { "type": "${PE}", "apiVersion": "2023-04-01", "name": "[concat('pe', copyIndex())]", "copy": { "name": "pes", "count": 2 } }`,
    '  ]',
    '}',
  );
  const pe = resourceOf(lowerArm(text), PE);
  const zone: NewResource = { symbolicName: 'zone', type: ZONE, apiVersion: '2020-06-01', name: 'z' };
  assert.equal(renderJsonAction({ kind: 'addResource', after: pe, resource: zoneGroup(pe, zone) }), undefined);
  // Without a reference to the loop member, adding next to it works.
  assert.ok(renderJsonAction({ kind: 'addResource', after: pe, resource: zone }));
});

test('a minified (one-line) template gets the new resource on its one line', () => {
  const text = JSON.stringify(JSON.parse(CLASSIC));
  const model = lowerArm(text);
  const pe = resourceOf(model, PE);
  const zone = resourceOf(model, ZONE);
  const result = applyJsonAction({ kind: 'addResource', after: pe, resource: zoneGroup(pe, zone) });
  const group =
    `{ "type": "${GROUP}", "apiVersion": "2023-04-01", "name": "[format('{0}/{1}', parameters('peName'), 'default')]", ` +
    `"dependsOn": ["[resourceId('${PE}', parameters('peName'))]", "[resourceId('${ZONE}', 'privatelink.blob.core.windows.net')]"], ` +
    `"properties": { "privateDnsZoneConfigs": [{ "name": "blob", "properties": { "privateDnsZoneId": "[resourceId('${ZONE}', 'privatelink.blob.core.windows.net')]" } }] } }`;
  assert.equal(result, text.replace('"properties":{}},', `"properties":{}}, ${group},`));
});

test('a new symbolic-name member in a one-line resources object stays on that line', () => {
  const text = JSON.stringify(JSON.parse(SYMBOLIC));
  const model = lowerArm(text);
  const pe = resourceOf(model, PE);
  const zone: NewResource = { symbolicName: 'zone', type: ZONE, apiVersion: '2020-06-01', name: 'z', location: 'global' };
  const result = applyJsonAction({ kind: 'addResource', after: pe, resource: zone });
  assert.equal(
    result,
    text.replace(
      '"properties":{}},',
      `"properties":{}}, "zone": { "type": "${ZONE}", "apiVersion": "2020-06-01", "name": "z", "location": "global" },`,
    ),
  );
});
