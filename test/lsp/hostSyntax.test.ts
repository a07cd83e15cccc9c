/**
 * With `hostReportsJsonSyntax` (VS Code's client), JSON syntax errors VS Code's JSON mode already shows are not
 * repeated; the ones only Azure makes stay. Without it (other editors) every syntax error is reported.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { LspTestClient, fileUri } from '../support/lspClient';
import { makeTempDir, type TempDir } from '../support/tempDir';

const HEAD = '{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",\n';
const MISSING_COMMA = `${HEAD}  "contentVersion": "1.0.0.0"\n  "resources": []\n}\n`;
const AZURE_ONLY = `${HEAD}  "contentVersion" /* a note */ : "1.0.0.0",\n  "resources": []\n}\n`;

let folder: TempDir;
before(() => (folder = makeTempDir()));
after(() => folder.remove());

async function syntaxErrors(hostReportsJsonSyntax: boolean, name: string, text: string, languageId = 'json'): Promise<number> {
  const client = await LspTestClient.start({
    workspaceFolder: folder.path,
    initializationOptions: { hostReportsJsonSyntax },
    settings: { workspaceDiagnostics: false },
  });
  try {
    const uri = fileUri(folder.write(name, text));
    await client.open(uri, languageId, text);
    const diagnostics = await client.diagnostics(uri);
    return diagnostics.filter((d) => d.code === 'syntax-error').length;
  } finally {
    await client.stop();
  }
}

describe('syntax errors the host already shows', () => {
  test('a missing comma: left to VS Code, reported to other clients', async () => {
    assert.equal(await syntaxErrors(true, 'a.json', MISSING_COMMA), 0);
    assert.equal(await syntaxErrors(false, 'b.json', MISSING_COMMA), 1);
  });

  test('a comment between a name and its colon (valid JSONC, refused by Azure) is still reported', async () => {
    assert.equal(await syntaxErrors(true, 'c.json', AZURE_ONLY, 'jsonc'), 1);
  });
});
