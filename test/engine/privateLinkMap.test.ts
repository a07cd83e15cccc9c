/**
 * The Private Link map (engine/map/): models of fixtures in both languages (a single file, a module, a parameter file,
 * a Private Link service) compared with baselines in test/engine/baselines/map (UPDATE_BASELINES=1 rewrites them for
 * review); the same project as Bicep and as compiled JSON gives the same map; unknowns stay unknown; the Mermaid
 * output is well-formed and escapes what templates write.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument, hoverAt, mapsToMermaid, privateLinkMapOf, type AnalysisHost, type PrivateLinkMap } from '../../server/src/engine';
import { escapeLabel } from '../../server/src/engine/map/mermaid';
import { testSource } from '../support/paths';
import { mermaidProblems } from '../support/mermaidCheck';

const UPDATE = process.env.UPDATE_BASELINES === '1';
const fixtures = testSource('engine', 'fixtures', 'map');
const baselines = testSource('engine', 'baselines', 'map');

const diskHost = (root: string): AnalysisHost => ({
  readFile: (p) => (fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : undefined),
  workspaceRoot: root,
});

function mapOf(file: string, root = path.dirname(file), text = fs.readFileSync(file, 'utf8')): PrivateLinkMap {
  const result = analyzeDocument({ path: file, text }, { keepSnapshot: true, host: diskHost(root) });
  assert.ok(result.snapshot, `no snapshot for ${file}`);
  const map = privateLinkMapOf(result.snapshot, result.findings);
  assert.ok(map, `no map for ${file}`);
  return map;
}

/** Paths relative to `root`, with '/' separators, so baselines hold on any machine. */
function relativeMap(map: PrivateLinkMap, root: string): PrivateLinkMap {
  const rel = (p: string): string => path.relative(root, p).split(path.sep).join('/');
  return {
    ...map,
    root: rel(map.root),
    files: map.files.map((f) => ({ ...f, path: rel(f.path) })),
    nodes: map.nodes.map((n) => ({ ...n, path: rel(n.path) })),
  };
}

function compareWithBaseline(name: string, actual: string): void {
  const file = path.join(baselines, name);
  if (UPDATE) {
    fs.mkdirSync(baselines, { recursive: true });
    fs.writeFileSync(file, actual);
    return;
  }
  assert.ok(fs.existsSync(file), `missing baseline ${name} (run with UPDATE_BASELINES=1 and review it)`);
  assert.equal(actual, fs.readFileSync(file, 'utf8').replace(/\r\n/g, '\n'), `baseline ${name} differs (UPDATE_BASELINES=1 to accept)`);
}

const CASES: readonly [string, string][] = [
  ['hub-spoke.bicep', 'hub-spoke.bicep'],
  ['hub-spoke.json', 'hub-spoke.json'],
  ['module/main.bicep', 'module'],
  ['params/main.bicepparam', 'params'],
  ['pls.bicep', 'pls'],
];

for (const [entry, name] of CASES) {
  test(`map of ${entry} matches its baselines (model and Mermaid)`, () => {
    const map = relativeMap(mapOf(path.join(fixtures, entry), fixtures), fixtures);
    compareWithBaseline(`${name}.map.json`, JSON.stringify(map, null, 2) + '\n');
    const mermaid = mapsToMermaid([map]);
    assert.deepEqual(mermaidProblems(mermaid), []);
    compareWithBaseline(`${name}.mmd`, mermaid);
  });
}

/** What a map says, without the names (Bicep shows symbols, JSON names) and files (compiled JSON is one file). */
function shape(map: PrivateLinkMap): unknown {
  const byId = new Map(map.nodes.map((n) => [n.id, n]));
  const describe = (id: string): string => {
    const n = byId.get(id)!;
    return `${n.kind}:${n.type?.toLowerCase()}:${n.declaration}:${n.findings
      .map((f) => f.code)
      .sort()
      .join('+')}`;
  };
  return {
    nodes: map.nodes.map((n) => describe(n.id)).sort(),
    edges: map.edges.map((e) => `${describe(e.from)} -${e.kind}-> ${describe(e.to)}`).sort(),
    dns: map.dnsPaths.map((p) => `${describe(p.endpoint)} from ${describe(p.network)}: ${p.result}`).sort(),
  };
}

test('hub and spoke: the same map in Bicep and ARM JSON, and the spoke resolves publicly because only the hub is linked', () => {
  const bicep = mapOf(path.join(fixtures, 'hub-spoke.bicep'));
  const json = mapOf(path.join(fixtures, 'hub-spoke.json'));
  assert.deepEqual(shape(json), shape(bicep));
  const label = (map: PrivateLinkMap, id: string): string => map.nodes.find((n) => n.id === id)!.label;
  const results = Object.fromEntries(json.dnsPaths.map((p) => [label(json, p.network), p.result]));
  assert.deepEqual(results, { "'vnet-spoke'": 'public', "'vnet-hub'": 'private' });
  const spoke = json.dnsPaths.find((p) => p.result === 'public')!;
  assert.deepEqual(
    spoke.steps.map((s) => `${s.mark} ${s.text}`),
    [
      '✅ `stmaphubspoke01.blob.core.windows.net`',
      '✅ CNAME `stmaphubspoke01.privatelink.blob.core.windows.net`',
      "❌ zone `privatelink.blob.core.windows.net`: not linked to 'vnet-spoke' in this deployment",
      "❌ → resolves to the public address: the zone holding the record is not linked to 'vnet-spoke'",
    ],
  );
});

test('a project as Bicep source and as compiled JSON gives the same map (multifile cases 74-76)', () => {
  const cases = testSource('acceptance', 'multifile');
  const dirs = fs
    .readdirSync(cases)
    .filter((d) => /^7[456]-/.test(d))
    .sort();
  assert.equal(dirs.length, 3);
  const shapes = dirs.map((dir) => {
    const { entry } = JSON.parse(fs.readFileSync(path.join(cases, dir, 'expect.json'), 'utf8')) as { entry: string };
    return shape(mapOf(path.join(cases, dir, entry)));
  });
  assert.ok((shapes[0] as { nodes: string[] }).nodes.length >= 4);
  assert.deepEqual(shapes[1], shapes[0]);
  assert.deepEqual(shapes[2], shapes[0]);
});

test('nothing is invented: a target, subnet and zone only named by unknown ids stay unknown, and so does the DNS answer', () => {
  const text = `param targetId string
param subnetId string
param zoneId string
resource pe 'Microsoft.Network/privateEndpoints@2023-11-01' = {
  name: 'pe-unknown'
  location: 'westeurope'
  properties: {
    subnet: { id: subnetId }
    privateLinkServiceConnections: [ { name: 'c', properties: { privateLinkServiceId: targetId, groupIds: [ 'blob' ] } } ]
  }
}
resource group 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2023-11-01' = {
  parent: pe
  name: 'default'
  properties: { privateDnsZoneConfigs: [ { name: 'z', properties: { privateDnsZoneId: zoneId } } ] }
}
`;
  const map = mapOf('/virtual/unknown.bicep', '/virtual', text);
  assert.deepEqual(map.nodes.map((n) => n.kind).sort(), ['privateEndpoint', 'zoneGroup']);
  assert.deepEqual(
    map.edges.map((e) => e.kind),
    ['hasZoneGroup'],
  );
  assert.ok(map.nodes.find((n) => n.kind === 'privateEndpoint')!.details.some((d) => d.name === 'Target' && d.value.startsWith('❔')));
  assert.ok(map.nodes.find((n) => n.kind === 'zoneGroup')!.details.some((d) => d.name === 'Zone' && d.value.startsWith('❔')));
  assert.deepEqual(map.dnsPaths, [], 'no network is known, so no client network is drawn');
});

test('an endpoint without a zone group resolves publicly only where pe-dns-zone-group says so', () => {
  const text = `resource vnet 'Microsoft.Network/virtualNetworks@2023-11-01' = {
  name: 'vnet'
  location: 'westeurope'
  properties: { addressSpace: { addressPrefixes: [ '10.0.0.0/16' ] }, subnets: [ { name: 's', properties: { addressPrefix: '10.0.0.0/24' } } ] }
}
resource pe 'Microsoft.Network/privateEndpoints@2023-11-01' = {
  name: 'pe'
  location: 'westeurope'
  properties: {
    subnet: { id: vnet.properties.subnets[0].id }
    privateLinkServiceConnections: [ { name: 'c', properties: { privateLinkServiceId: resourceId('Microsoft.KeyVault/vaults', 'kv'), groupIds: [ 'vault' ] } } ]
  }
}
`;
  const result = (levels: Record<string, 'off' | 'warning'>) => {
    const analysis = analyzeDocument({ path: '/virtual/nogroup.bicep', text }, { keepSnapshot: true, ruleLevels: levels });
    return privateLinkMapOf(analysis.snapshot!, analysis.findings)!.dnsPaths.map((p) => p.result);
  };
  assert.deepEqual(result({}), ['public']);
  assert.deepEqual(result({ 'pe-dns-zone-group': 'off' }), ['unknown']);
});

test('labels name the parameter behind an unknown name, never the expression', () => {
  const text = `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": { "endpointName": { "type": "string" } },
  "resources": [
    { "type": "Microsoft.Network/privateEndpoints", "apiVersion": "2023-11-01", "name": "[parameters('endpointName')]", "location": "westeurope",
      "properties": { "subnet": { "id": "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet', 'snet')]" }, "privateLinkServiceConnections": [] } },
    { "type": "Microsoft.Network/privateEndpoints", "apiVersion": "2023-11-01", "name": "[concat('pe-', uniqueString(resourceGroup().id))]", "location": "westeurope",
      "properties": { "subnet": { "id": "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet', 'snet')]" }, "privateLinkServiceConnections": [] } }
  ]
}`;
  const map = mapOf('/virtual/names.json', '/virtual', text);
  assert.deepEqual(
    map.nodes.filter((n) => n.kind === 'privateEndpoint').map((n) => n.label),
    ["'{endpointName}'", "'pe-…'"],
  );
});

test('an undeclared network and a target named by parameters: labelled by them, with the casing written', () => {
  const text = `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": { "vnetName": { "type": "string" }, "vaultName": { "type": "string" } },
  "resources": [
    { "type": "Microsoft.Network/privateEndpoints", "apiVersion": "2023-11-01", "name": "pe-kv", "location": "westeurope",
      "properties": { "subnet": { "id": "[resourceId('Microsoft.Network/virtualNetworks/subnets', parameters('vnetName'), 'snet-PE')]" },
        "privateLinkServiceConnections": [ { "name": "c", "properties": { "privateLinkServiceId": "[resourceId('Microsoft.KeyVault/vaults', parameters('vaultName'))]", "groupIds": ["vault"] } } ] } }
  ]
}`;
  const map = mapOf('/virtual/params.json', '/virtual', text);
  assert.deepEqual(
    map.nodes.map((n) => `${n.kind} ${n.label} ${n.declaration}`),
    ["privateEndpoint 'pe-kv' declared", "target '{vaultName}' unknown", "subnet 'snet-PE' unknown", "virtualNetwork '{vnetName}' unknown"],
  );
  assert.equal(map.dnsPaths[0].steps[0].text, '`{vaultName}.vault.azure.net`');
});

test('Mermaid labels escape what a template may write: quotes, brackets, #, <, pipes and line breaks', () => {
  const hostile = 'a"b[c]d{e}#f<g>h|i`j\nk(l)m;n&o';
  const escaped = escapeLabel(hostile);
  assert.doesNotMatch(escaped, /["[\]{}<>|`\n()&]/);
  assert.doesNotMatch(escaped.replace(/#\d+;/g, ''), /#/);
  const map: PrivateLinkMap = {
    version: 1,
    root: hostile,
    files: [{ path: `dir/${hostile}.bicep`, nodes: ['n1', 'n2'] }],
    nodes: [
      {
        id: 'n1',
        kind: 'privateEndpoint',
        label: hostile,
        declaration: 'declared',
        path: 'x',
        details: [{ name: hostile, value: hostile }],
        findings: [{ code: 'x', severity: 'error', message: hostile }],
      },
      { id: 'n2', kind: 'privateDnsZone', label: `'${hostile}'`, declaration: 'unknown', path: 'x', details: [], findings: [] },
    ],
    edges: [{ from: 'n2', to: 'n1', kind: 'usesZone' }],
    dnsPaths: [{ endpoint: 'n1', network: 'n2', steps: [], result: 'unknown' }],
  };
  const mermaid = mapsToMermaid([map, map], { maxNodesPerFile: 1 });
  assert.deepEqual(mermaidProblems(mermaid), []);
  assert.match(mermaid, /1 more resource/);
  // The checker itself refuses what an unescaped label would produce.
  assert.notDeepEqual(mermaidProblems('flowchart LR\n    n1["a"b"]\n'), []);
  assert.notDeepEqual(mermaidProblems('flowchart LR\n  n1 --> n2\n'), []);
});

test('the samples render as well-formed Mermaid', () => {
  const samples = testSource('..', 'samples');
  for (const name of fs.readdirSync(samples)) {
    const mermaid = mapsToMermaid([mapOf(path.join(samples, name))]);
    assert.deepEqual(mermaidProblems(mermaid), [], name);
  }
});

test('the endpoint hover shows the DNS path from each client network (short form)', () => {
  const file = path.join(fixtures, 'hub-spoke.bicep');
  const text = fs.readFileSync(file, 'utf8');
  const hover = hoverAt({ path: file, text }, text.indexOf("'Microsoft.Network/privateEndpoints@") + 2, { host: diskHost(fixtures) });
  assert.ok(hover);
  assert.match(hover.markdown, /\*\*DNS path\*\*/);
  assert.match(hover.markdown, /❌ From spoke: .*not linked to spoke/);
  assert.match(
    hover.markdown,
    /✅ From hub: `stmaphubspoke01\.blob\.core\.windows\.net` CNAME `stmaphubspoke01\.privatelink\.blob\.core\.windows\.net`/,
  );
});
