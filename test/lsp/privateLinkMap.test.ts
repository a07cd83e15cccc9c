/**
 * `privateLink/map` over JSON-RPC: the map of an open document from the analysis the server keeps for it (a module's
 * map comes from its caller's analysis, with the values it passes), with URIs and LSP ranges, and its findings.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Range } from 'vscode-languageserver/node';
import { fileUri, LspTestClient } from '../support/lspClient';
import { testSource } from '../support/paths';
import { makeTempDir, type TempDir } from '../support/tempDir';

interface MapNode {
  id: string;
  kind: string;
  label: string;
  declaration: string;
  path: string;
  range?: Range;
  findings: { code: string }[];
}
interface LspMap {
  version: number;
  root: string;
  files: { path: string; nodes: string[] }[];
  nodes: MapNode[];
  edges: { from: string; to: string; kind: string }[];
  dnsPaths: { endpoint: string; network: string; result: string }[];
}

describe('privateLink/map', () => {
  let workspace: TempDir;
  let client: LspTestClient;

  before(async () => {
    workspace = makeTempDir('plg-map-');
    workspace.copy(testSource('engine', 'fixtures', 'map'), '.');
    client = await LspTestClient.start({ workspaceFolder: workspace.path, settings: { workspaceDiagnostics: false } });
  });

  after(async () => {
    await client?.stop();
    workspace?.remove();
  });

  const uriOf = (name: string): string => fileUri(path.join(workspace.path, name));

  test('the map of an open ARM template: nodes with URIs, ranges and findings, edges and DNS paths', async () => {
    const uri = uriOf('hub-spoke.json');
    const text = fs.readFileSync(path.join(workspace.path, 'hub-spoke.json'), 'utf8');
    await client.open(uri, 'json', text);
    // Asked at once: the request waits for the document's first analysis.
    const map = await client.request<LspMap | null>('privateLink/map', { textDocument: { uri } });
    assert.ok(map);
    assert.equal(map.version, 1);
    assert.equal(map.root, uri);
    assert.deepEqual(
      map.files.map((f) => f.path),
      [uri],
    );
    const zone = map.nodes.find((n) => n.kind === 'privateDnsZone')!;
    assert.equal(zone.path, uri);
    assert.deepEqual(
      zone.findings.map((f) => f.code),
      ['dns-zone-vnet-link'],
    );
    const lines = text.split('\n');
    assert.ok(
      zone.range &&
        lines[zone.range.start.line].includes('{') &&
        lines[zone.range.start.line + 1].includes('Microsoft.Network/privateDnsZones"'),
    );
    assert.deepEqual(map.dnsPaths.map((p) => p.result).sort(), ['private', 'public']);
    assert.ok(map.edges.some((e) => e.kind === 'usesZone' && e.to === zone.id));
  });

  test("a module's map comes from its caller's analysis, grouped by file", async () => {
    const main = uriOf('module/main.bicep');
    const module = uriOf('module/modules/endpoint.bicep');
    await client.open(main, 'bicep', fs.readFileSync(path.join(workspace.path, 'module', 'main.bicep'), 'utf8'));
    await client.open(module, 'bicep', fs.readFileSync(path.join(workspace.path, 'module', 'modules', 'endpoint.bicep'), 'utf8'));
    await client.diagnostics(main);
    const map = await client.request<LspMap | null>('privateLink/map', { textDocument: { uri: module } });
    assert.ok(map);
    assert.deepEqual(map.files.map((f) => f.path).sort(), [main, module].sort());
    const endpoint = map.nodes.find((n) => n.kind === 'privateEndpoint')!;
    assert.equal(endpoint.path, module);
    // The target is known only through the caller's value.
    const target = map.nodes.find((n) => n.kind === 'target')!;
    assert.equal(target.label, 'vault');
    assert.equal(target.path, main);
    assert.deepEqual(
      map.dnsPaths.map((p) => p.result),
      ['private'],
    );
  });

  test('null for a document that is not a template, and for malformed params', async () => {
    const uri = uriOf('notes.json');
    await client.open(uri, 'json', '{ "hello": 1 }');
    assert.equal(await client.request('privateLink/map', { textDocument: { uri } }), null);
    assert.equal(await client.request('privateLink/map', {}), null);
  });
});
