/**
 * ARM linked templates (`templateLink.relativePath`): read through the host relative to the file that links them,
 * parameters in, outputs back, findings located in the linked file, outside-the-workspace paths reported, cycles cut.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDocument, type AnalysisResult } from '../../server/src/engine';

const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';

function template(body: Record<string, unknown>): string {
  return JSON.stringify({ $schema: SCHEMA, contentVersion: '1.0.0.0', ...body }, null, 2);
}

const storageTemplate = template({
  parameters: { publicNetworkAccess: { type: 'string', defaultValue: 'Enabled' } },
  resources: [
    {
      type: 'Microsoft.Storage/storageAccounts',
      apiVersion: '2023-05-01',
      name: 'stlinked',
      location: 'westeurope',
      sku: { name: 'Standard_LRS' },
      kind: 'StorageV2',
      properties: { publicNetworkAccess: "[parameters('publicNetworkAccess')]" },
    },
  ],
  outputs: { storageId: { type: 'string', value: "[resourceId('Microsoft.Storage/storageAccounts', 'stlinked')]" } },
});

function linkedDeployment(relativePath: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'Microsoft.Resources/deployments',
    apiVersion: '2022-09-01',
    name: 'storage',
    properties: { mode: 'Incremental', templateLink: { relativePath }, ...extra },
  };
}

const endpoint = {
  type: 'Microsoft.Network/privateEndpoints',
  apiVersion: '2024-05-01',
  name: 'pe-blob',
  location: 'westeurope',
  properties: {
    subnet: { id: "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')]" },
    privateLinkServiceConnections: [
      {
        name: 'blob',
        properties: { privateLinkServiceId: "[reference('storage').outputs.storageId.value]", groupIds: ['blob'] },
      },
    ],
  },
};

function analyze(files: Record<string, string>, entry: string, workspaceRoot = '/ws'): { result: AnalysisResult; reads: string[] } {
  const reads: string[] = [];
  const result = analyzeDocument(
    { path: entry, text: files[entry] },
    {
      host: {
        readFile: (path) => {
          reads.push(path);
          return files[path];
        },
        workspaceRoot,
      },
    },
  );
  return { result, reads };
}

const codesIn = (result: AnalysisResult, path: string): string[] =>
  result.findings
    .filter((f) => f.path === path)
    .map((f) => f.code)
    .sort();

describe('ARM linked templates (templateLink.relativePath)', () => {
  test('parameters flow in, outputs flow back, findings are located in the file where the value is written', () => {
    const files = {
      '/ws/main.json': template({
        resources: [linkedDeployment('nested/storage.json', { parameters: { publicNetworkAccess: { value: 'Enabled' } } }), endpoint],
      }),
      '/ws/nested/storage.json': storageTemplate,
    };
    const { result } = analyze(files, '/ws/main.json');
    assert.deepEqual(codesIn(result, '/ws/nested/storage.json'), ['pe-target-public-access']);
    // The endpoint reaches the storage account through the linked deployment's output.
    // And the linked template's finding is repeated at the literal value main.json passes, where it is fixed.
    assert.deepEqual(codesIn(result, '/ws/main.json'), ['pe-dns-zone-group', 'pe-target-public-access']);
    assert.equal(
      result.findings.find((f) => f.path === '/ws/main.json' && f.code === 'pe-target-public-access')?.causes?.path,
      '/ws/nested/storage.json',
    );
    const publicAccess = result.findings.find((f) => f.code === 'pe-target-public-access' && !f.causes)!;
    const text = files['/ws/nested/storage.json'];
    assert.ok(text.slice(publicAccess.range.start, publicAccess.range.end).length > 0);
    assert.ok(
      publicAccess.related.some((r) => r.path === '/ws/main.json'),
      'related information points at the endpoint in main.json',
    );
    assert.ok(result.files.has('/ws/nested/storage.json'), 'the linked file is among the files read');
  });

  test('a value passed by the caller decides: Disabled gives no finding in the linked template', () => {
    const files = {
      '/ws/main.json': template({
        resources: [linkedDeployment('nested/storage.json', { parameters: { publicNetworkAccess: { value: 'Disabled' } } }), endpoint],
      }),
      '/ws/nested/storage.json': storageTemplate,
    };
    assert.deepEqual(codesIn(analyze(files, '/ws/main.json').result, '/ws/nested/storage.json'), []);
  });

  test('relative paths resolve against the linking file, also from a linked template', () => {
    const files = {
      '/ws/main.json': template({ resources: [{ ...linkedDeployment('modules/outer.json'), name: 'outer' }] }),
      '/ws/modules/outer.json': template({ resources: [linkedDeployment('../shared/storage.json'), endpoint] }),
      '/ws/shared/storage.json': storageTemplate,
    };
    const { result } = analyze(files, '/ws/main.json');
    assert.deepEqual(codesIn(result, '/ws/shared/storage.json'), ['pe-target-public-access']);
    assert.deepEqual(codesIn(result, '/ws/modules/outer.json'), ['pe-dns-zone-group']);
    assert.deepEqual([...result.files.keys()].sort(), ['/ws/main.json', '/ws/modules/outer.json', '/ws/shared/storage.json']);
  });

  test('an inline nested deployment links relative to the file it is written in', () => {
    const inline = {
      type: 'Microsoft.Resources/deployments',
      apiVersion: '2022-09-01',
      name: 'inline',
      properties: {
        mode: 'Incremental',
        expressionEvaluationOptions: { scope: 'inner' },
        template: { $schema: SCHEMA, contentVersion: '1.0.0.0', resources: [linkedDeployment('storage.json'), endpoint] },
      },
    };
    const files = { '/ws/infra/main.json': template({ resources: [inline] }), '/ws/infra/storage.json': storageTemplate };
    assert.deepEqual(codesIn(analyze(files, '/ws/infra/main.json').result, '/ws/infra/storage.json'), ['pe-target-public-access']);
  });

  test('a path outside the workspace is reported on relativePath and never read', () => {
    const files = {
      '/ws/main.json': template({ resources: [linkedDeployment('../elsewhere/storage.json'), endpoint] }),
      '/elsewhere/storage.json': storageTemplate,
    };
    const { result, reads } = analyze(files, '/ws/main.json');
    assert.ok(!reads.includes('/elsewhere/storage.json'), reads.join(', '));
    const reported = result.findings.find((f) => f.code === 'syntax-error');
    assert.ok(reported, JSON.stringify(result.findings.map((f) => f.message)));
    assert.match(reported.message, /outside the workspace/);
    assert.equal(files['/ws/main.json'].slice(reported.range.start, reported.range.end), '"../elsewhere/storage.json"');
    assert.ok(!result.files.has('/elsewhere/storage.json'));
  });

  test('a missing linked template or an unknown path leaves the deployment unknown, without findings inside it', () => {
    const missing = analyze(
      { '/ws/main.json': template({ resources: [linkedDeployment('nope.json'), endpoint] }) },
      '/ws/main.json',
    ).result;
    assert.deepEqual(
      missing.findings.filter((f) => f.code === 'syntax-error' || f.code === 'internal-error'),
      [],
    );
    const computed = analyze(
      {
        '/ws/main.json': template({ parameters: { p: { type: 'string' } }, resources: [linkedDeployment("[parameters('p')]"), endpoint] }),
        '/ws/storage.json': storageTemplate,
      },
      '/ws/main.json',
    ).result;
    assert.deepEqual(
      computed.findings.filter((f) => f.code === 'syntax-error' || f.code === 'internal-error'),
      [],
    );
  });

  test('a template that links itself (directly or through another) is followed once', () => {
    const files = {
      '/ws/a.json': template({ resources: [{ ...linkedDeployment('b.json'), name: 'b' }] }),
      '/ws/b.json': template({ resources: [{ ...linkedDeployment('a.json'), name: 'a' }, linkedDeployment('storage.json'), endpoint] }),
      '/ws/storage.json': storageTemplate,
    };
    const { result } = analyze(files, '/ws/a.json');
    assert.deepEqual(codesIn(result, '/ws/storage.json'), ['pe-target-public-access']);
  });

  test('parametersLink: values from a parameter file by URI are unknown, so defaults do not decide', () => {
    const files = {
      '/ws/main.json': template({
        resources: [linkedDeployment('storage.json', { parametersLink: { uri: 'https://example.com/p.json' } }), endpoint],
      }),
      '/ws/storage.json': storageTemplate,
    };
    assert.deepEqual(codesIn(analyze(files, '/ws/main.json').result, '/ws/storage.json'), []);
  });

  test('a syntax error in the linked template is reported in that file', () => {
    const files = {
      '/ws/main.json': template({ resources: [linkedDeployment('storage.json')] }),
      '/ws/storage.json': '{ "$schema": "x", ',
    };
    const { result } = analyze(files, '/ws/main.json');
    assert.ok(result.findings.some((f) => f.code === 'syntax-error' && f.path === '/ws/storage.json'));
  });
});
