/** The JSON-safe suppression: edits a resource's "comments" so the template stays valid JSON and the finding goes. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDocument } from '../../server/src/engine';
import { rejectsComments, resourceSuppressionEdit } from '../../server/src/lsp/resourceSuppression';
import { applyTextEdits } from '../support/textEdits';

const TEMPLATE = (endpointExtra = '') => `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.Network/privateEndpoints",
      "apiVersion": "2024-05-01",
      "name": "pe-orders",${endpointExtra}
      "location": "westeurope",
      "properties": {
        "subnet": { "id": "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')]" },
        "privateLinkServiceConnections": [
          { "name": "vault", "properties": { "privateLinkServiceId": "[resourceId('Microsoft.KeyVault/vaults', 'kv-orders')]", "groupIds": [ "vault" ] } }
        ]
      }
    }
  ]
}
`;

function suppress(text: string): string {
  const document = TextDocument.create('file:///w/azuredeploy.json', 'json', 1, text);
  const finding = analyzeDocument({ path: '/w/azuredeploy.json', text }).findings.find((f) => f.code === 'pe-dns-zone-group');
  assert.ok(finding, 'the fixture has the finding');
  const edit = resourceSuppressionEdit(document, finding.range.start, 'pe-dns-zone-group');
  assert.ok(edit, 'an edit is offered');
  return applyTextEdits(text, [edit]);
}

describe('JSON-safe suppression', () => {
  test('only the json mode rejects comments', () => {
    assert.equal(rejectsComments('json'), true);
    assert.equal(rejectsComments('jsonc'), false);
    assert.equal(rejectsComments('arm-template'), false);
  });

  test('adds a "comments" property: still strict JSON, and the finding is gone', () => {
    const after = suppress(TEMPLATE());
    assert.doesNotThrow(() => JSON.parse(after), 'valid JSON');
    assert.match(after, /\n {6}"comments": "privatelink-disable pe-dns-zone-group",\n {6}"type"/);
    assert.deepEqual(
      analyzeDocument({ path: '/w/azuredeploy.json', text: after }).findings.map((f) => f.code),
      [],
    );
  });

  test('keeps the notes already in "comments", and extends an existing directive', () => {
    const notes = suppress(TEMPLATE('\n      "comments": "Owned by the orders team.",'));
    assert.match(notes, /"comments": "Owned by the orders team\. privatelink-disable pe-dns-zone-group",/);
    const extended = suppress(TEMPLATE('\n      "comments": "privatelink-disable pe-target-public-access",'));
    assert.match(extended, /"comments": "privatelink-disable pe-target-public-access pe-dns-zone-group",/);
    assert.doesNotThrow(() => JSON.parse(extended));
  });
});

describe('JSON-safe suppression, other shapes', () => {
  const edited = (text: string, at: string): string | undefined => {
    const document = TextDocument.create('file:///w/azuredeploy.json', 'json', 1, text);
    const edit = resourceSuppressionEdit(document, text.indexOf(at), 'pe-dns-zone-group');
    return edit && applyTextEdits(text, [edit]);
  };

  test('a resource written on one line, or empty, gets the property inside its braces', () => {
    assert.equal(
      edited('{ "resources": [ { "type": "t", "name": "n" } ] }', '"name"'),
      '{ "resources": [ { "comments": "privatelink-disable pe-dns-zone-group", "type": "t", "name": "n" } ] }',
    );
    assert.equal(edited('{ "resources": [ {} ] }', '{}'), '{ "resources": [ { "comments": "privatelink-disable pe-dns-zone-group" } ] }');
  });

  test('nothing is offered outside a resource, for a "comments" that is no string, or for an id already named', () => {
    assert.equal(edited('{ "parameters": { "p": { "type": "string" } }, "resources": [] }', '"type"'), undefined);
    assert.equal(edited('{ "resources": [ { "comments": 1, "type": "t" } ] }', '"type"'), undefined);
    assert.equal(edited('{ "resources": [ { "comments": "privatelink-disable pe-dns-zone-group", "type": "t" } ] }', '"type"'), undefined);
  });

  test('line ends, tabs and the innermost resource', () => {
    assert.equal(
      edited('{\r\n\t"resources": [\r\n\t\t{\r\n\t\t\t"type": "t",\r\n\t\t\t"name": "n"\r\n\t\t}\r\n\t]\r\n}\r\n', '"name"'),
      '{\r\n\t"resources": [\r\n\t\t{\r\n\t\t\t"comments": "privatelink-disable pe-dns-zone-group",\r\n\t\t\t"type": "t",\r\n\t\t\t"name": "n"\r\n\t\t}\r\n\t]\r\n}\r\n',
    );
    // A child resource (in its parent's "resources") is the one edited, not the parent.
    const nested = '{ "resources": [ {\n  "type": "p",\n  "resources": [ {\n    "type": "c"\n  } ]\n} ] }';
    assert.equal(
      edited(nested, '"c"'),
      '{ "resources": [ {\n  "type": "p",\n  "resources": [ {\n    "comments": "privatelink-disable pe-dns-zone-group",\n    "type": "c"\n  } ]\n} ] }',
    );
    // An object in another array, or a "resources" that holds no array, is no resource.
    assert.equal(edited('{ "variables": { "list": [ { "type": "t" } ] }, "resources": [] }', '"t"'), undefined);
    assert.equal(edited('{ "resources": { "x": { "type": "t" } } }', '"t"'), undefined);
  });

  test('an existing directive after other notes is extended where it ends', () => {
    assert.equal(
      edited('{ "resources": [ { "comments": "Owned by ops. privatelink-disable pe-target-sku", "type": "t" } ] }', '"type"'),
      '{ "resources": [ { "comments": "Owned by ops. privatelink-disable pe-target-sku pe-dns-zone-group", "type": "t" } ] }',
    );
    assert.equal(
      edited('{ "resources": [ { "comments": "", "type": "t" } ] }', '"type"'),
      '{ "resources": [ { "comments": "privatelink-disable pe-dns-zone-group", "type": "t" } ] }',
    );
  });
});
