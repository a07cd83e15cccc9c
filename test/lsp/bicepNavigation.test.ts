/**
 * Outline and go to definition for Bicep (issue 19.8), answered only when the client says this extension supplies
 * the Bicep language (our VS Code client: the official Bicep extension is absent); otherwise not offered, so the
 * Bicep language server's outline is not shown twice.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentSymbol, Location } from 'vscode-languageserver/node';
import { LspTestClient, fileUri } from '../support/lspClient';
import { makeTempDir } from '../support/tempDir';

const BICEP = `param location string = 'northeurope'
param shares array

var prefix = 'pe-\${location}'

func label(part string) string => '\${prefix}-\${part}'

resource hub 'Microsoft.Network/virtualNetworks@2023-11-01' existing = {
  name: 'vnet-hub'

  resource endpoints 'subnets' existing = {
    name: 'snet-endpoints'
  }
}

resource shareEndpoints 'Microsoft.Network/privateEndpoints@2023-11-01' = [for (share, i) in shares: {
  name: label(share)
  location: location
  properties: {
    subnet: {
      id: hub::endpoints.id
    }
  }
}]

module zones './zones.bicep' = {
  name: 'zones'
  params: {
    first: shareEndpoints[0].id
  }
}

output firstId string = zones.outputs.id
`;

async function withServer(supplies: boolean | undefined, run: (client: LspTestClient, uri: string) => Promise<void>): Promise<void> {
  const folder = makeTempDir('plg-nav-');
  const client = await LspTestClient.start({
    workspaceFolder: folder.path,
    settings: { workspaceDiagnostics: false },
    initializationOptions: supplies === undefined ? undefined : { suppliesBicepLanguage: supplies },
  });
  try {
    const uri = fileUri(folder.write('main.bicep', BICEP));
    await client.open(uri, 'bicep', BICEP);
    await run(client, uri);
  } finally {
    await client.stop();
    folder.remove();
  }
}

/** The position of the `nth` character of `needle` in the text. */
function positionOf(needle: string, nth = 0): { line: number; character: number } {
  const offset = BICEP.indexOf(needle) + nth;
  assert.ok(offset >= nth, needle);
  const before = BICEP.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

test('with suppliesBicepLanguage: an outline of params, vars, functions, resources (nested too), modules and outputs', async () => {
  await withServer(true, async (client, uri) => {
    assert.equal(client.initializeResult.capabilities.documentSymbolProvider, true);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const flat = (list: DocumentSymbol[], depth = 0): string[] =>
      list.flatMap((s) => [`${'  '.repeat(depth)}${s.name}${s.detail ? ` ${s.detail}` : ''}`, ...flat(s.children ?? [], depth + 1)]);
    assert.deepEqual(flat(symbols), [
      'location string',
      'shares array',
      'prefix',
      'label',
      'hub Microsoft.Network/virtualNetworks@2023-11-01',
      '  endpoints subnets',
      'shareEndpoints Microsoft.Network/privateEndpoints@2023-11-01',
      "zones './zones.bicep'",
      'firstId string',
    ]);
    const hub = symbols.find((s) => s.name === 'hub')!;
    assert.deepEqual(hub.selectionRange.start, positionOf('hub', 0));
    assert.equal(hub.range.end.line, positionOf("name: 'snet-endpoints'").line + 2, 'the range covers the whole declaration');
  });
});

test('with suppliesBicepLanguage: go to definition from references to their declarations', async () => {
  await withServer(true, async (client, uri) => {
    assert.equal(client.initializeResult.capabilities.definitionProvider, true);
    const definition = async (needle: string, nth: number): Promise<string | undefined> => {
      const location = await client.request<Location | null>('textDocument/definition', {
        textDocument: { uri },
        position: positionOf(needle, nth),
      });
      if (!location) return undefined;
      const line = BICEP.split('\n')[location.range.start.line];
      return `${location.range.start.line}: ${line.slice(location.range.start.character, location.range.end.character)}`;
    };
    assert.equal(await definition('location: location', 11), '0: location', 'a parameter');
    assert.equal(await definition('${prefix}-', 3), '3: prefix', 'a variable inside an interpolation');
    assert.equal(await definition('${part}', 3), '5: part', 'a function parameter');
    assert.equal(await definition('label(share)', 1), '5: label', 'a user-defined function');
    assert.equal(await definition('label(share)', 7), '15: share', 'a loop variable');
    assert.equal(await definition('hub::endpoints', 1), '7: hub', 'a resource');
    assert.equal(await definition('hub::endpoints', 7), '10: endpoints', 'a nested resource through ::');
    assert.equal(await definition('shareEndpoints[0]', 2), '15: shareEndpoints', 'a resource loop');
    assert.equal(await definition('zones.outputs', 1), '25: zones', 'a module');
    assert.equal(await definition('location: location', 2), undefined, 'a property name is no reference');
  });
});

test('without suppliesBicepLanguage (the Bicep extension is there, or another editor): neither is offered nor answered', async () => {
  for (const supplies of [false, undefined]) {
    await withServer(supplies, async (client, uri) => {
      assert.ok(!client.initializeResult.capabilities.documentSymbolProvider);
      assert.ok(!client.initializeResult.capabilities.definitionProvider);
      assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri } }), []);
      const position = positionOf('location: location', 11);
      assert.equal(await client.request('textDocument/definition', { textDocument: { uri }, position }), null);
    });
  }
});
