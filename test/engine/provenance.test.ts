/**
 * What a finding rests on travels as data (`basedOn`, `parameterFiles`) and is put into words once, by
 * `describeFinding`: the sentence never appears twice (issue 13: a Key Vault message repeated it, once for the network
 * ACL and once for the public-access value), and the engine's own messages carry none of it (issue 17).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeDocument, describeFinding, type EngineFinding } from '../../server/src/engine';
import { buildModel } from '../../server/src/engine/buildModel';
import { AnalysisContext } from '../../server/src/engine/analysisContext';
import { ResourceGraph } from '../../server/src/engine/graph/resourceGraph';
import { getKnowledge } from '../../server/src/engine/knowledge/knowledge';
import { SourceFile } from '../../server/src/engine/model/sourceFile';
import type { ValueNode } from '../../server/src/engine/model/model';
import { runRules } from '../../server/src/engine/rules/framework/runRules';
import type { Rule } from '../../server/src/engine/rules/framework/rule';
import { basedOn } from '../../server/src/engine/rules/support/basedOn';

const NOTE_START = '(from the';
const count = (text: string, part: string): number => text.split(part).length - 1;

function nodeFrom(file: SourceFile, ...origins: [string, boolean][]): ValueNode {
  const loc = { file, span: { start: 0, end: 1 } };
  return { loc, value: 'x', parameterDefaults: origins.map(([name, fromParameterFile]) => ({ name, loc, fromParameterFile })) };
}

test('describeFinding names each parameter once, defaults first, and each parameter file once by its file name', () => {
  const range = { start: 0, end: 1 };
  const finding: Pick<EngineFinding, 'message' | 'basedOn' | 'parameterFiles'> = {
    message: 'The ACL is open.',
    basedOn: [
      { parameter: 'sku', source: 'parameterFile', path: '/w/prod.parameters.json', range },
      { parameter: 'acl', source: 'default', path: '/w/main.json', range },
      { parameter: 'access', source: 'default', path: '/w/main.json', range },
      { parameter: 'acl', source: 'default', path: '/w/main.json', range },
    ],
    parameterFiles: ['/w/prod.parameters.json', '/w/dev.parameters.json', '/other/prod.parameters.json'],
  };
  assert.equal(
    describeFinding(finding),
    "The ACL is open (from the default values of parameters 'acl' and 'access' and the parameter file's value of 'sku'; with parameters from dev.parameters.json and prod.parameters.json).",
  );
  assert.equal(describeFinding({ message: 'No parameters.', basedOn: [], parameterFiles: [] }), 'No parameters.');
});

test('a rule that names the values of two parts reports each parameter once, and no sentence in its message', () => {
  const file = new SourceFile('/virtual/main.bicep', "param a string = 'x'\n", 'bicep');
  const analysis = new AnalysisContext();
  const model = buildModel(file, {}, analysis);
  const twice: Rule = {
    id: 'test-two-parts',
    defaultLevel: 'warning',
    title: 'Rests on two values sharing a parameter (test only)',
    check({ report }) {
      const first = nodeFrom(file, ['acl', false]);
      const second = nodeFrom(file, ['acl', false], ['access', false]);
      report({ at: first.loc, message: 'The ACL is open. The switch is open.', basedOn: [...basedOn(first), ...basedOn(second)] });
    },
  };
  const [finding] = runRules([twice], model, new ResourceGraph(model, analysis), getKnowledge(), {});
  assert.equal(finding.message, 'The ACL is open. The switch is open.');
  assert.deepEqual(
    finding.basedOn?.map((o) => o.name),
    ['acl', 'access'],
  );
});

const STORAGE_WITH_ENDPOINT = `param access string = 'Disabled'

resource account 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'stprovenance'
  location: 'westeurope'
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    publicNetworkAccess: access
  }
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-provenance'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet', 'snet')
    }
    privateLinkServiceConnections: [
      {
        name: 'blob'
        properties: {
          privateLinkServiceId: account.id
          groupIds: [
            'blob'
          ]
        }
      }
    ]
  }
}
`;

test('a parameter-file value is data: where it is written, the file it is in, and a related location pointing at it', () => {
  const parameters =
    '{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",\n  "contentVersion": "1.0.0.0",\n  "parameters": {\n    "access": { "value": "Enabled" }\n  }\n}\n';
  const result = analyzeDocument(
    { path: '/virtual/storage.bicep', text: STORAGE_WITH_ENDPOINT },
    { parameterFile: { path: '/virtual/storage.parameters.json', text: parameters } },
  );
  const finding = result.findings.find((f) => f.code === 'pe-target-public-access');
  assert.ok(finding, JSON.stringify(result.findings));
  assert.equal(count(finding.message, NOTE_START), 0, finding.message);
  assert.doesNotMatch(finding.message, /with parameters from/);
  assert.deepEqual(finding.parameterFiles, ['/virtual/storage.parameters.json']);
  const [value] = finding.basedOn;
  assert.equal(finding.basedOn.length, 1);
  assert.deepEqual([value.parameter, value.source, value.path], ['access', 'parameterFile', '/virtual/storage.parameters.json']);
  assert.equal(parameters.slice(value.range.start, value.range.end), '"Enabled"');
  assert.ok(
    finding.related.some(
      (r) =>
        r.path === value.path &&
        r.range.start === value.range.start &&
        r.message === "The value of parameter 'access' in storage.parameters.json",
    ),
  );
  assert.match(
    describeFinding(finding),
    /\(from the parameter file's value of 'access'; with parameters from storage\.parameters\.json\)\.$/,
  );
});

test('a default is data too, and the findings of an analysis without parameter files name none', () => {
  const text = STORAGE_WITH_ENDPOINT.replace("= 'Disabled'", "= 'Enabled'");
  const result = analyzeDocument({ path: '/virtual/storage.bicep', text });
  const finding = result.findings.find((f) => f.code === 'pe-target-public-access');
  assert.ok(finding, JSON.stringify(result.findings));
  assert.deepEqual(finding.parameterFiles, []);
  assert.deepEqual(
    finding.basedOn.map((b) => [b.parameter, b.source, b.path]),
    [['access', 'default', '/virtual/storage.bicep']],
  );
  assert.equal(text.slice(finding.basedOn[0].range.start, finding.basedOn[0].range.end), "'Enabled'");
  assert.equal(describeFinding(finding), `${finding.message.slice(0, -1)} (from the default value of parameter 'access').`);
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
  const message = describeFinding(findings[0]);
  assert.equal(count(message, NOTE_START), 1, message);
  assert.match(message, /parameters 'access' and 'mode'|parameters 'mode' and 'access'/);
});

test("describeFinding keeps one sentence, and quotes names as the finding's file does", () => {
  const range = { start: 0, end: 1 };
  const basedOn = [{ parameter: 'access', source: 'default' as const, path: '/w/main.json', range }];
  assert.equal(
    describeFinding({ message: 'Public access is open: close it.', basedOn, parameterFiles: [], path: '/w/main.json' }),
    'Public access is open: close it (from the default value of parameter "access").',
  );
  assert.equal(
    describeFinding({ message: "Did you mean 'file'?", basedOn, parameterFiles: [], path: '/w/main.bicep' }),
    "Did you mean 'file' (from the default value of parameter 'access')?",
  );
});

test('a value inside any({…}) is located at its property and rests only on the parameters it is computed from (issue 19)', () => {
  const text = `param location string = 'westeurope'
param access string = 'Enabled'

resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' = {
  name: 'cosmos-notes'
  location: location
  properties: any({
    databaseAccountOfferType: 'Standard'
    locations: [{ locationName: location }]
    publicNetworkAccess: access
  })
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-cosmos-notes'
  location: location
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet', 'snet') }
    privateLinkServiceConnections: [{ name: 'sql', properties: { privateLinkServiceId: cosmos.id, groupIds: ['Sql'] } }]
  }
}
`;
  const finding = analyzeDocument({ path: '/virtual/cosmos.bicep', text }).findings.find((f) => f.code === 'pe-target-public-access');
  assert.ok(finding);
  assert.equal(text.slice(finding.range.start, finding.range.end), 'access');
  assert.deepEqual(
    finding.basedOn.map((b) => b.parameter),
    ['access'],
  );
});
