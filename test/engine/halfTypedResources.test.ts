/**
 * Typing a private endpoint from scratch (issue 19.7): an analysis after every character never shows an error-level
 * finding that is gone once the endpoint is complete ("declares no connection" while `properties` is still open, a
 * group id read as `'blo'`), because findings inside a declaration that is still being typed are dropped
 * (rules/framework/incompleteResources.ts). Findings outside it keep being reported at every step, and the complete
 * document reports what it should. Typed as VS Code types (brackets and quotes closed as they open), the endpoint
 * parses at most steps: there the editor says where the user types (`beingTyped`), which holds it back the same way.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument, type EngineFinding } from '../../server/src/engine';
import { typeWithAutoClosing } from '../support/autoClosingTypist';

/** The marker around the text that is typed, character by character, into the rest of the document. */
const TYPED = '<typed>';

const ARM = `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.Storage/storageAccounts",
      "apiVersion": "2023-05-01",
      "name": "stnotes042",
      "location": "northeurope",
      "sku": { "name": "Standard_LRS" },
      "kind": "StorageV2",
      "properties": { "publicNetworkAccess": "Disabled" }
    },
    {
      "type": "Microsoft.Network/privateEndpoints",
      "apiVersion": "2023-11-01",
      "name": "pe-left-empty",
      "location": "northeurope",
      "properties": {
        "subnet": { "id": "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-notes', 'snet-endpoints')]" }
      }
    }${TYPED},
    {
      "type": "Microsoft.Network/privateEndpoints",
      "apiVersion": "2023-11-01",
      "name": "pe-notes-table",
      "location": "northeurope",
      "properties": {
        "subnet": { "id": "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-notes', 'snet-endpoints')]" },
        "privateLinkServiceConnections": [
          {
            "name": "table",
            "properties": {
              "privateLinkServiceId": "[resourceId('Microsoft.Storage/storageAccounts', 'stnotes042')]",
              "groupIds": [ "table", "queue" ]
            }
          }
        ]
      }
    }${TYPED}
  ]
}
`;

const BICEP = `resource notes 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'stnotes042'
  location: 'northeurope'
  sku: {
    name: 'Standard_LRS'
  }
  kind: 'StorageV2'
  properties: {
    publicNetworkAccess: 'Disabled'
  }
}

resource leftEmpty 'Microsoft.Network/privateEndpoints@2023-11-01' = {
  name: 'pe-left-empty'
  location: 'northeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-notes', 'snet-endpoints')
    }
  }
}
${TYPED}
resource notesTable 'Microsoft.Network/privateEndpoints@2023-11-01' = {
  name: 'pe-notes-table'
  location: 'northeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-notes', 'snet-endpoints')
    }
    privateLinkServiceConnections: [
      {
        name: 'table'
        properties: {
          privateLinkServiceId: notes.id
          groupIds: ['table', 'queue']
        }
      }
    ]
  }
}
${TYPED}`;

interface Typing {
  /** The document with the endpoint typed up to each character, from none to all of it. */
  readonly steps: readonly string[];
  readonly complete: string;
}

function typing(document: string): Typing {
  const [before, typed, after] = document.split(TYPED);
  const steps: string[] = [];
  for (let length = 0; length <= typed.length; length++) steps.push(before + typed.slice(0, length) + after);
  return { steps, complete: before + typed + after };
}

const ruleFinding = (f: EngineFinding): boolean => f.code !== 'syntax-error';
const keyOf = (f: EngineFinding): string => `${f.code}: ${f.message}`;

function checkTyping(path: string, document: string): void {
  const { steps, complete } = typing(document);
  const final = analyzeDocument({ path, text: complete }).findings;
  const finalKeys = new Set(final.map(keyOf));
  // The complete document reports the typed endpoint's two group ids, and the earlier endpoint's missing connection.
  assert.ok(
    final.some((f) => f.code === 'pe-single-group-id' && f.severity === 'error'),
    'the typed endpoint is judged once complete',
  );
  const leftEmpty = final.find((f) => f.code === 'pe-single-connection');
  assert.ok(leftEmpty && leftEmpty.severity === 'error', 'the endpoint without a connection is reported');
  const flashes = new Map<string, string>();
  for (const text of steps) {
    const findings = analyzeDocument({ path, text }).findings.filter(ruleFinding);
    for (const f of findings.filter((f) => f.severity === 'error' && !finalKeys.has(keyOf(f)))) {
      flashes.set(keyOf(f), text.slice(Math.max(0, f.range.start - 40), f.range.end));
    }
    // The complete endpoint before the one being typed keeps its finding at every step.
    assert.ok(
      findings.some((f) => keyOf(f) === keyOf(leftEmpty)),
      `the finding outside the typed endpoint is kept while typing:\n${text}`,
    );
  }
  assert.deepEqual([...flashes.keys()], [], `errors that flash while typing, then vanish: ${JSON.stringify([...flashes])}`);
}

test('typing a private endpoint into an ARM template shows no error that the complete endpoint does not have', () => {
  checkTyping('/typing/main.json', ARM);
});

test('typing a private endpoint into a Bicep file shows no error that the complete endpoint does not have', () => {
  checkTyping('/typing/main.bicep', BICEP);
});

test('a syntax error inside a complete resource silences that resource only', () => {
  const text = BICEP.split(TYPED).join('').replace("name: 'pe-left-empty'", "name: 'pe-left-empty' ="); // an error inside it
  const findings = analyzeDocument({ path: '/typing/main.bicep', text }).findings;
  assert.ok(findings.some((f) => f.code === 'syntax-error'));
  assert.ok(!findings.some((f) => f.code === 'pe-single-connection'), 'the broken endpoint is not judged');
  assert.ok(
    findings.some((f) => f.code === 'pe-single-group-id'),
    'the other endpoint still is',
  );
});

function checkAutoClosedTyping(path: string, document: string): void {
  const [before, typed, after] = document.split(TYPED);
  const complete = before + typed + after;
  const finalKeys = new Set(analyzeDocument({ path, text: complete }).findings.map(keyOf));
  const steps = typeWithAutoClosing(before + after, before.length, typed);
  assert.equal(steps[steps.length - 1].text, complete, 'the typist wrote the endpoint');
  const flashes = new Set<string>();
  let parsed = 0;
  for (const { text, caret } of steps) {
    const findings = analyzeDocument({ path, text }, { beingTyped: { path, range: { start: caret - 1, end: caret } } }).findings;
    if (!findings.some((f) => f.code === 'syntax-error')) parsed++;
    for (const f of findings.filter(ruleFinding)) if (f.severity === 'error' && !finalKeys.has(keyOf(f))) flashes.add(keyOf(f));
  }
  // Not vacuous: typed this way the endpoint parses at many steps, where only beingTyped holds it back.
  assert.ok(parsed > steps.length / 4, `${parsed} of ${steps.length} steps parse`);
  assert.deepEqual([...flashes], []);
}

test('typing with closed brackets into an ARM template: the endpoint being typed shows no error it will not have', () => {
  checkAutoClosedTyping('/typing/main.json', ARM);
});

test('typing with closed brackets into a Bicep file: the endpoint being typed shows no error it will not have', () => {
  checkAutoClosedTyping('/typing/main.bicep', BICEP);
});
