/** The hover over a finding names the level it is shown at, which configuration may have changed from the default. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { LspTestClient, fileUri } from '../support/lspClient';
import { testSource } from '../support/paths';
import { makeTempDir, type TempDir } from '../support/tempDir';

let client: LspTestClient;
let folder: TempDir;

before(async () => {
  folder = makeTempDir();
  client = await LspTestClient.start({
    workspaceFolder: folder.path,
    settings: { rules: { 'pe-dns-zone-group': 'error' }, workspaceDiagnostics: false },
  });
});

after(async () => {
  await client.stop();
  folder.remove();
});

test('a finding raised to error by configuration: the hover says error, and that the default is warning', async () => {
  const text = fs.readFileSync(testSource('lsp', 'fixtures', 'storage-pe.json'), 'utf8');
  const uri = fileUri(folder.write('storage-pe.json', text));
  await client.open(uri, 'json', text);
  const diagnostics = await client.diagnostics(uri, (d) => d.some((x) => x.code === 'pe-dns-zone-group'));
  const finding = diagnostics.find((d) => d.code === 'pe-dns-zone-group')!;
  assert.equal(finding.severity, 1, 'shown as an error');
  const hover = await client.hover(uri, finding.range.start);
  const markdown = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
  assert.match(markdown, /\*\*pe-dns-zone-group\*\* \(error here, by configuration; default warning\)/);
});
