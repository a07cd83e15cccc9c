/**
 * A finding's message names the parameters it rests on in one sentence, whatever its parts: the note that
 * describeParameterDefaults writes never appears twice in a message (issue 13: a Key Vault message repeated it, once
 * for the network ACL and once for the public-access value).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../server/src/engine';
import { buildModel } from '../../server/src/engine/buildModel';
import { ResourceGraph } from '../../server/src/engine/graph/resourceGraph';
import { getKnowledge } from '../../server/src/engine/knowledge/knowledge';
import { SourceFile } from '../../server/src/engine/model/sourceFile';
import type { ValueNode } from '../../server/src/engine/model/model';
import { runRules } from '../../server/src/engine/rules/framework/runRules';
import type { Rule } from '../../server/src/engine/rules/framework/rule';
import { describeParameterDefaults, withOneParameterNote } from '../../server/src/engine/rules/support/messages';
import { AnalysisContext } from '../../server/src/engine/analysisContext';

const NOTE_START = '(This follows from';
const count = (text: string, part: string): number => text.split(part).length - 1;

function nodeFrom(file: SourceFile, ...origins: [string, boolean][]): ValueNode {
  const loc = { file, span: { start: 0, end: 1 } };
  return { loc, value: 'x', parameterDefaults: origins.map(([name, fromParameterFile]) => ({ name, loc, fromParameterFile })) };
}

test('withOneParameterNote merges every note into one at the end, naming each parameter once', () => {
  const merged = withOneParameterNote(
    "A is 'Allow' (This follows from the default value of parameter 'acl'.). B is open. (This follows from the default value of parameter 'acl', 'access' and the parameter file's value of 'sku'.)",
  );
  assert.equal(merged, "A is 'Allow'. B is open. (This follows from the default value of parameter 'acl', 'access' and the parameter file's value of 'sku'.)");
  assert.equal(count(merged, NOTE_START), 1);
});

test('withOneParameterNote leaves a message with one final note, or none, as it is', () => {
  const one = "Set it to 'Disabled'. (This follows from the default value of parameter 'a'.)";
  assert.equal(withOneParameterNote(one), one);
  assert.equal(withOneParameterNote('No note here.'), 'No note here.');
});

test('a rule that appends a note per part still reports one sentence (runRules merges them)', () => {
  const file = new SourceFile('/virtual/main.bicep', "param a string = 'x'\n", 'bicep');
  const analysis = new AnalysisContext();
  const model = buildModel(file, {}, analysis);
  const twice: Rule = {
    id: 'test-two-notes',
    defaultLevel: 'warning',
    title: 'Appends a parameter note for each of two values (test only)',
    check({ report }) {
      const first = nodeFrom(file, ['acl', false]);
      const second = nodeFrom(file, ['acl', false], ['access', false]);
      report({ at: first.loc, message: `The ACL is open${describeParameterDefaults(first)}. The switch is open.${describeParameterDefaults(second)}` });
    },
  };
  const [finding] = runRules([twice], model, new ResourceGraph(model, analysis), getKnowledge(), {});
  assert.equal(finding.message, "The ACL is open. The switch is open. (This follows from the default value of parameter 'acl', 'access'.)");
});

test('pe-target-public-access names a parameter behind both the ACL and the switch once', () => {
  const text = `param mode string = 'Allow'
param access string = 'Enabled'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-notes'
  location: 'westeurope'
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    publicNetworkAccess: access
    networkAcls: {
      defaultAction: mode
    }
  }
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-kv-notes'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet', 'snet')
    }
    privateLinkServiceConnections: [
      {
        name: 'vault'
        properties: {
          privateLinkServiceId: vault.id
          groupIds: [
            'vault'
          ]
        }
      }
    ]
  }
}
`;
  const findings = analyzeDocument({ path: '/virtual/vault.bicep', text }).findings.filter((f) => f.code === 'pe-target-public-access');
  assert.equal(findings.length, 1);
  assert.equal(count(findings[0].message, NOTE_START), 1, findings[0].message);
  assert.match(findings[0].message, /parameter 'access', 'mode'|parameter 'mode', 'access'/);
});
