// Tests the ARM JSON fix writer on property and array edits: insertion in the file's indentation (2, 4 spaces, tabs,
// CRLF), single-line and empty objects, nested path creation, replacement, removal, escaping and references.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderJsonAction } from '../../server/src/engine/fixes/jsonWriter';
import { at } from '../../server/src/engine/model/navigate';
import { applyJsonAction, applyJsonFix, lines, lowerArm, resourceOf } from './fixesSupport';

const STORAGE = 'Microsoft.Storage/storageAccounts';

function template(resourceBody: string[], indent = '  '): string {
  const i = (n: number) => indent.repeat(n);
  return lines('{', `${i(1)}"resources": [`, `${i(2)}{`, ...resourceBody.map((l) => i(3) + l), `${i(2)}}`, `${i(1)}]`, '}');
}

const BODY = [
  `"type": "${STORAGE}",`,
  '"apiVersion": "2023-01-01",',
  '"name": "st",',
  '"properties": {',
  '  "minimumTlsVersion": "TLS1_2"',
  '}',
];

function setPublicAccess(text: string, path = ['properties', 'publicNetworkAccess'], value: string = 'Disabled'): string {
  const body = resourceOf(lowerArm(text), STORAGE).body;
  return applyJsonAction({ kind: 'setProperty', object: body, path, value });
}

test('inserts into a multi-line object with 2-space indentation', () => {
  const result = setPublicAccess(template(BODY));
  assert.equal(result, template([...BODY.slice(0, 4), '  "minimumTlsVersion": "TLS1_2",', '  "publicNetworkAccess": "Disabled"', '}']));
});

test('inserts with 4-space indentation', () => {
  const body4 = BODY.map((l) => l.replace(/^ {2}/, '    '));
  const result = setPublicAccess(template(body4, '    '));
  assert.equal(
    result,
    template([...body4.slice(0, 4), '    "minimumTlsVersion": "TLS1_2",', '    "publicNetworkAccess": "Disabled"', '}'], '    '),
  );
});

test('inserts with tab indentation', () => {
  const bodyTab = BODY.map((l) => l.replace(/^ {2}/, '\t'));
  const result = setPublicAccess(template(bodyTab, '\t'));
  assert.equal(
    result,
    template([...bodyTab.slice(0, 4), '\t"minimumTlsVersion": "TLS1_2",', '\t"publicNetworkAccess": "Disabled"', '}'], '\t'),
  );
});

test('keeps CRLF line endings', () => {
  const text = template([...BODY.slice(0, 3), '"properties": {}']).replace(/\n/g, '\r\n');
  const result = setPublicAccess(text);
  const expected = template([...BODY.slice(0, 3), '"properties": {', '  "publicNetworkAccess": "Disabled"', '}']).replace(/\n/g, '\r\n');
  assert.equal(result, expected);
  assert.ok(!/[^\r]\n/.test(result), 'no bare LF');
});

test('a single-line object stays single-line', () => {
  const result = setPublicAccess(template([...BODY.slice(0, 3), '"properties": { "minimumTlsVersion": "TLS1_2" }']));
  assert.equal(
    result,
    template([...BODY.slice(0, 3), '"properties": { "minimumTlsVersion": "TLS1_2", "publicNetworkAccess": "Disabled" }']),
  );
});

test('an empty object {} opens up to one member per line', () => {
  const result = setPublicAccess(template([...BODY.slice(0, 3), '"properties": {}']));
  assert.equal(result, template([...BODY.slice(0, 3), '"properties": {', '  "publicNetworkAccess": "Disabled"', '}']));
});

test('a missing intermediate object is created with the property inside', () => {
  const result = setPublicAccess(template(['"type": "Microsoft.Storage/storageAccounts",', '"apiVersion": "2023-01-01",', '"name": "st"']));
  assert.equal(
    result,
    template([
      '"type": "Microsoft.Storage/storageAccounts",',
      '"apiVersion": "2023-01-01",',
      '"name": "st",',
      '"properties": {',
      '  "publicNetworkAccess": "Disabled"',
      '}',
    ]),
  );
});

test('an existing property is replaced, matching its key case-insensitively', () => {
  const result = setPublicAccess(template([...BODY.slice(0, 4), '  "PublicNetworkAccess": "Enabled"', '}']));
  assert.equal(result, template([...BODY.slice(0, 4), '  "PublicNetworkAccess": "Disabled"', '}']));
});

test('an object computed by an expression cannot be edited', () => {
  const text = template([...BODY.slice(0, 3), `"properties": "[variables('props')]"`]);
  const body = resourceOf(lowerArm(text), STORAGE).body;
  assert.equal(
    renderJsonAction({ kind: 'setProperty', object: body, path: ['properties', 'publicNetworkAccess'], value: 'Disabled' }),
    undefined,
  );
});

test('a trailing comment stays with its member: the new member goes first', () => {
  const result = setPublicAccess(template([...BODY.slice(0, 4), '  "minimumTlsVersion": "TLS1_2" // required', '}']));
  assert.equal(
    result,
    template([...BODY.slice(0, 4), '  "publicNetworkAccess": "Disabled",', '  "minimumTlsVersion": "TLS1_2" // required', '}']),
  );
});

test('an existing trailing comma is kept valid', () => {
  const result = setPublicAccess(template([...BODY.slice(0, 4), '  "minimumTlsVersion": "TLS1_2",', '}']));
  assert.equal(result, template([...BODY.slice(0, 4), '  "minimumTlsVersion": "TLS1_2",', '  "publicNetworkAccess": "Disabled",', '}']));
});

test('objects and arrays as values are written in the file indentation', () => {
  const body = resourceOf(lowerArm(template(BODY)), STORAGE).body;
  const result = applyJsonAction({
    kind: 'setProperty',
    object: body,
    path: ['properties', 'networkAcls'],
    value: { defaultAction: 'Deny', ipRules: [], bypass: ['AzureServices'] },
  });
  assert.equal(
    result,
    template([
      ...BODY.slice(0, 4),
      '  "minimumTlsVersion": "TLS1_2",',
      '  "networkAcls": {',
      '    "defaultAction": "Deny",',
      '    "ipRules": [],',
      '    "bypass": [',
      '      "AzureServices"',
      '    ]',
      '  }',
      '}',
    ]),
  );
});

test('a literal string that looks like an expression is escaped', () => {
  const result = setPublicAccess(template(BODY), ['tags', 'note'], '[not an expression]');
  assert.match(result, /"tags": \{\n {8}"note": "\[\[not an expression\]"\n {6}\}/);
});

test('a resourceId reference is built from the written name expression', () => {
  const text = lines(
    '{',
    '  "parameters": { "zoneName": { "type": "string", "defaultValue": "privatelink.blob.core.windows.net" } },',
    '  "resources": [',
    `    { "type": "Microsoft.Network/privateDnsZones", "apiVersion": "2020-06-01", "name": "[parameters('zoneName')]", "location": "global" },`,
    `    { "type": "${STORAGE}", "apiVersion": "2023-01-01", "name": "st", "location": "[resourceGroup().location]", "properties": {} }`,
    '  ]',
    '}',
  );
  const model = lowerArm(text);
  const zone = resourceOf(model, 'Microsoft.Network/privateDnsZones');
  const storage = resourceOf(model, STORAGE);
  const result = applyJsonAction({
    kind: 'setProperty',
    object: storage.body,
    path: ['properties', 'zone'],
    value: { id: { kind: 'resourceId', resource: zone }, where: { kind: 'location', resource: storage } },
  });
  assert.match(
    result,
    /"properties": \{ "zone": \{ "id": "\[resourceId\('Microsoft.Network\/privateDnsZones', parameters\('zoneName'\)\)\]", "where": "\[resourceGroup\(\).location\]" \} \}/,
  );
});

test('child names written with format or concat give one resourceId argument per segment', () => {
  const text = lines(
    '{',
    '  "resources": [',
    `    { "type": "Microsoft.Network/virtualNetworks/subnets", "apiVersion": "2023-04-01", "name": "[format('{0}/{1}', parameters('vnet'), 'pe')]" },`,
    `    { "type": "Microsoft.Network/virtualNetworks/subnets", "apiVersion": "2023-04-01", "name": "[concat(parameters('vnet'), '/', variables('sub'), '-x')]" },`,
    `    { "type": "${STORAGE}", "apiVersion": "2023-01-01", "name": "st", "properties": {} }`,
    '  ]',
    '}',
  );
  const model = lowerArm(text);
  const storage = resourceOf(model, STORAGE);
  const [a, b] = [0, 1].map((i) => resourceOf(model, 'Microsoft.Network/virtualNetworks/subnets', i));
  const result = applyJsonAction({
    kind: 'setProperty',
    object: storage.body,
    path: ['properties', 'subnets'],
    value: [
      { kind: 'resourceId', resource: a },
      { kind: 'resourceId', resource: b },
    ],
  });
  assert.ok(result.includes(`"[resourceId('Microsoft.Network/virtualNetworks/subnets', parameters('vnet'), 'pe')]"`), result);
  assert.ok(
    result.includes(`"[resourceId('Microsoft.Network/virtualNetworks/subnets', parameters('vnet'), concat(variables('sub'), '-x'))]"`),
    result,
  );
});

test('two properties set on one object in one fix merge into valid JSON', () => {
  const body = resourceOf(lowerArm(template(BODY)), STORAGE).body;
  const properties = at(body, 'properties')!;
  const result = applyJsonFix({
    title: 'close public access',
    actions: [
      { kind: 'setProperty', object: properties, path: ['publicNetworkAccess'], value: 'Disabled' },
      { kind: 'setProperty', object: properties, path: ['allowBlobPublicAccess'], value: false },
    ],
  });
  assert.equal(
    result,
    template([
      ...BODY.slice(0, 4),
      '  "minimumTlsVersion": "TLS1_2",',
      '  "publicNetworkAccess": "Disabled",',
      '  "allowBlobPublicAccess": false',
      '}',
    ]),
  );
});

function groupIds(items: string[], multiLine = true): string {
  const list = multiLine
    ? ['"groupIds": [', ...items.map((x, i) => `  "${x}"${i < items.length - 1 ? ',' : ''}`), ']']
    : [`"groupIds": [${items.map((x) => `"${x}"`).join(', ')}]`];
  return template(['"type": "Microsoft.Network/privateEndpoints",', '"apiVersion": "2023-04-01",', '"name": "pe",', ...list]);
}

function removeGroupId(text: string, index: number): string {
  const pe = resourceOf(lowerArm(text), 'Microsoft.Network/privateEndpoints');
  return applyJsonAction({ kind: 'removeArrayItem', array: at(pe.body, 'groupIds')!, index });
}

test('removes an array item in the middle, at the end, and the only one (multi-line)', () => {
  assert.equal(removeGroupId(groupIds(['blob', 'file', 'queue']), 1), groupIds(['blob', 'queue']));
  assert.equal(removeGroupId(groupIds(['blob', 'file', 'queue']), 2), groupIds(['blob', 'file']));
  assert.equal(removeGroupId(groupIds(['blob', 'file', 'queue']), 0), groupIds(['file', 'queue']));
  assert.equal(removeGroupId(groupIds(['blob']), 0), groupIds([], false));
});

test('removes an array item on a single line', () => {
  assert.equal(removeGroupId(groupIds(['blob', 'file', 'queue'], false), 1), groupIds(['blob', 'queue'], false));
  assert.equal(removeGroupId(groupIds(['blob', 'file', 'queue'], false), 2), groupIds(['blob', 'file'], false));
  assert.equal(removeGroupId(groupIds(['blob'], false), 0), groupIds([], false));
});

test('removes a property with its line and comment, and the comma before it when it was last', () => {
  const text = template([...BODY.slice(0, 4), '  "minimumTlsVersion": "TLS1_2",', '  "publicNetworkAccess": "Enabled" // open', '}']);
  const properties = at(resourceOf(lowerArm(text), STORAGE).body, 'properties')!;
  assert.equal(applyJsonAction({ kind: 'removeProperty', object: properties, name: 'PUBLICNETWORKACCESS' }), template(BODY));
  assert.deepEqual(renderJsonAction({ kind: 'removeProperty', object: properties, name: 'absent' }), []);
});

test('replaceValue rewrites a written value in place', () => {
  const text = template([...BODY.slice(0, 4), '  "minimumTlsVersion": "TLS1_0"', '}']);
  const node = at(resourceOf(lowerArm(text), STORAGE).body, 'properties', 'minimumTlsVersion')!;
  assert.equal(applyJsonAction({ kind: 'replaceValue', node, value: 'TLS1_2' }), template(BODY));
  const withObject = applyJsonAction({ kind: 'replaceValue', node, value: { a: 1 } });
  assert.equal(withObject, template([...BODY.slice(0, 4), '  "minimumTlsVersion": {', '    "a": 1', '  }', '}']));
});

test('values with unknown parts from the evaluator are not written', () => {
  const body = resourceOf(lowerArm(template(BODY)), STORAGE).body;
  assert.equal(renderJsonAction({ kind: 'setProperty', object: body, path: ['x'], value: "a\uE000parameters('p')\uE001" }), undefined);
});

test('an empty multi-line object with a comment gets the member under its opening line', () => {
  const result = setPublicAccess(template([...BODY.slice(0, 3), '"properties": {', '  // nothing yet', '}']));
  assert.equal(result, template([...BODY.slice(0, 3), '"properties": {', '  "publicNetworkAccess": "Disabled"', '  // nothing yet', '}']));
});

test('only strings that would read as expressions get the [[ escape', () => {
  assert.match(setPublicAccess(template(BODY), ['properties', 'x'], '[abc'), /"x": "\[abc"/);
  assert.match(setPublicAccess(template(BODY), ['properties', 'x'], '[]'), /"x": "\[\[\]"/);
});

test('a property produced by a property copy loop is not written a second time', () => {
  const text = template([
    ...BODY.slice(0, 3),
    '"properties": {',
    '  "copy": [ { "name": "rules", "count": 1, "input": { "a": 1 } } ]',
    '}',
  ]);
  const body = resourceOf(lowerArm(text), STORAGE).body;
  assert.equal(renderJsonAction({ kind: 'setProperty', object: body, path: ['properties', 'rules'], value: [] }), undefined);
  assert.ok(renderJsonAction({ kind: 'setProperty', object: body, path: ['properties', 'other'], value: [] }));
});

test('what the JSON writer refuses: an empty path, a path through a string, a copy loop named in another case', () => {
  const text = template([
    ...BODY.slice(0, 3),
    '"properties": {',
    '  "copy": [ { "name": "Rules", "count": 1, "input": 1 } ],',
    '  "sku": "x"',
    '}',
  ]);
  const body = resourceOf(lowerArm(text), STORAGE).body;
  assert.equal(renderJsonAction({ kind: 'setProperty', object: body, path: [], value: 1 }), undefined);
  assert.equal(renderJsonAction({ kind: 'setProperty', object: body, path: ['properties', 'sku', 'name'], value: 1 }), undefined);
  assert.equal(renderJsonAction({ kind: 'setProperty', object: body, path: ['properties', 'rULES'], value: 1 }), undefined);
});

test('a literal written as [[…] is replaced; an expression only by a reference or expression', () => {
  const text = template([...BODY.slice(0, 4), '  "a": "[[literal]",', `  "b": "[parameters('x')]"`, '}']);
  const properties = at(resourceOf(lowerArm(text), STORAGE).body, 'properties')!;
  const a = at(properties, 'a')!;
  const b = at(properties, 'b')!;
  assert.equal(applyJsonAction({ kind: 'replaceValue', node: a, value: 'v' }), text.replace('"[[literal]"', '"v"'));
  assert.equal(renderJsonAction({ kind: 'replaceValue', node: b, value: 'v' }), undefined);
  assert.equal(
    applyJsonAction({ kind: 'replaceValue', node: b, value: { kind: 'expression', arm: "parameters('y')", bicep: 'y' } }),
    text.replace(`"[parameters('x')]"`, `"[parameters('y')]"`),
  );
});

test('removing a property written twice (in any case) is refused: the other would take effect', () => {
  const text = template([...BODY.slice(0, 4), '  "a": 1,', '  "A": 2', '}']);
  const properties = at(resourceOf(lowerArm(text), STORAGE).body, 'properties')!;
  assert.equal(renderJsonAction({ kind: 'removeProperty', object: properties, name: 'a' }), undefined);
});

test('items made by a property copy loop cannot be removed one by one', () => {
  const text = template([
    ...BODY.slice(0, 3),
    '"properties": {',
    '  "copy": [ { "name": "rules", "count": 2, "input": "[copyIndex(\'rules\')]" } ]',
    '}',
  ]);
  const rules = at(resourceOf(lowerArm(text), STORAGE).body, 'properties', 'rules');
  assert.equal(rules?.items?.length, 2, 'the loop expands into two items');
  assert.equal(renderJsonAction({ kind: 'removeArrayItem', array: rules, index: 0 }), undefined);
});

test('a location reference copies the written location of the resource, or of the network owning a subnet', () => {
  const text = lines(
    '{',
    '  "resources": [',
    `    { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-04-01", "name": "v", "location": "[parameters('where')]", "properties": { "subnets": [ { "name": "s", "properties": {} } ] } },`,
    `    { "type": "${STORAGE}", "apiVersion": "2023-01-01", "name": "st", "location": { "a": 1 }, "properties": {} }`,
    '  ]',
    '}',
  );
  const model = lowerArm(text);
  const storage = resourceOf(model, STORAGE);
  const subnet = resourceOf(model, 'Microsoft.Network/virtualNetworks/subnets');
  const set = (resource: typeof storage) =>
    renderJsonAction({
      kind: 'setProperty',
      object: storage.body,
      path: ['properties', 'where'],
      value: { kind: 'location', resource },
    })?.[0].newText;
  assert.equal(set(subnet), ` "where": "[parameters('where')]" `);
  // A location that is not a string cannot be copied.
  assert.equal(set(storage), undefined);
});

test('plain object values that merely look like references or expressions are written as objects', () => {
  const body = resourceOf(lowerArm(template(BODY)), STORAGE).body;
  const written = (value: unknown) =>
    renderJsonAction({ kind: 'setProperty', object: body, path: ['properties', 'v'], value: value as never })?.[0].newText;
  assert.equal(
    written({ kind: 'resourceId', resource: 'r' }),
    ',\n        "v": {\n          "kind": "resourceId",\n          "resource": "r"\n        }',
  );
  assert.equal(
    written({ kind: 'location', resource: null }),
    ',\n        "v": {\n          "kind": "location",\n          "resource": null\n        }',
  );
  assert.equal(
    written({ kind: 'location', resource: { apiVersion: '1' } }),
    ',\n        "v": {\n          "kind": "location",\n          "resource": {\n            "apiVersion": "1"\n          }\n        }',
  );
  assert.equal(written({ kind: 'other', resource: { apiVersion: '1', symbolicName: 's' } })?.includes('"kind": "other"'), true);
  assert.equal(
    written({ kind: 'expression', arm: 'a' }),
    ',\n        "v": {\n          "kind": "expression",\n          "arm": "a"\n        }',
  );
  assert.equal(written({ kind: 'expression', bicep: 'b', arm: 1 })?.includes('"arm": 1'), true);
  assert.equal(written({ kind: 'thing', arm: 'a', bicep: 'b' })?.includes('"kind": "thing"'), true);
  assert.equal(written(['resourceId']), ',\n        "v": [\n          "resourceId"\n        ]');
});

test('null is written as null, and optional fields left undefined are left out', () => {
  const body = resourceOf(lowerArm(template(BODY)), STORAGE).body;
  const value = { a: null, b: undefined, c: [null] } as never;
  assert.equal(
    renderJsonAction({ kind: 'setProperty', object: body, path: ['properties', 'v'], value })?.[0].newText,
    ',\n        "v": {\n          "a": null,\n          "c": [\n            null\n          ]\n        }',
  );
});

test('literal strings of one character and "[]" itself: only a bracketed string is escaped', () => {
  assert.match(setPublicAccess(template(BODY), ['properties', 'x'], '['), /"x": "\["/);
  assert.match(setPublicAccess(template(BODY), ['properties', 'x'], ']'), /"x": "\]"/);
  assert.match(setPublicAccess(template(BODY), ['properties', 'x'], 'a[b]'), /"x": "a\[b\]"/);
});
