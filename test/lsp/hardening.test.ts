/**
 * The language server over stdio against hostile workspaces (issue 18): documents without a workspace folder read
 * only their own folder tree and `untitled:` documents read nothing; special files and files over the size limit
 * named by a document get a diagnostic and the server keeps answering; findings per file are capped; the server ends
 * cleanly when its output closes. Every wait is bounded.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import { MAX_FINDINGS_PER_FILE } from '../../server/src/engine';
import { BICEP_PE } from '../fuzz/hostileFiles';
import { fileUri, LspTestClient } from '../support/lspClient';
import { distServer, requireBuilt } from '../support/paths';
import { makeTempDir, type TempDir } from '../support/tempDir';

const SECRET = 'SECRET-TOKEN-4711';
const posix = process.platform !== 'win32';
const OPEN_ONLY = { workspaceDiagnostics: false };
const text = (diagnostics: Diagnostic[]): string => diagnostics.map((d) => `${String(d.code)} ${d.message}`).join('\n');

/**
 * A storage account and a private endpoint whose group id is the content of `target`: when the file is read, its
 * content is quoted in a pe-valid-group-id message (that is how a secret would leak).
 */
function leakingDocument(target: string): string {
  return `resource sa 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'sa'
  location: 'westeurope'
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
}
resource pe 'Microsoft.Network/privateEndpoints@2023-04-01' = {
  name: 'pe'
  location: 'westeurope'
  properties: {
    subnet: { id: 's' }
    privateLinkServiceConnections: [
      {
        name: 'c'
        properties: {
          privateLinkServiceId: sa.id
          groupIds: [ loadTextContent('${target}') ]
        }
      }
    ]
  }
}
`;
}

describe("reads stay in the workspace, or in the document's own folder tree without one", { timeout: 120_000 }, () => {
  let dir: TempDir;
  const clients: LspTestClient[] = [];

  before(() => {
    dir = makeTempDir('plg-lsp-reads-');
    dir.write('outside/secret.txt', SECRET);
    dir.write('ws/open/.keep', '');
    dir.write('ws/elsewhere/inside/value.txt', 'inside-value');
  });

  after(async () => {
    await Promise.all(clients.map((client) => client.stop()));
    dir?.remove();
  });

  const start = async (workspaceFolder?: string): Promise<LspTestClient> => {
    const client = await LspTestClient.start({ workspaceFolder, settings: OPEN_ONLY });
    clients.push(client);
    return client;
  };

  const cases: [title: string, folder: string | undefined][] = [
    ['no folder open', undefined],
    ['a file outside the open folder', 'ws/open'],
  ];
  for (const [title, folder] of cases) {
    test(`${title}: a path leaving the document's folder tree is reported and never read`, async () => {
      const client = await start(folder && path.join(dir.path, folder));
      for (const target of ['../../outside/secret.txt', path.join(dir.path, 'outside', 'secret.txt').replace(/\\/g, '/')]) {
        const uri = fileUri(dir.write(`ws/elsewhere/main-${clients.length}-${target.length}.bicep`, ''));
        await client.open(uri, 'bicep', leakingDocument(target));
        const diagnostics = await client.diagnostics(uri, (ds) =>
          ds.some((d) => /lies outside the workspace; it is not read/.test(d.message)),
        );
        assert.ok(!text(diagnostics).includes(SECRET), text(diagnostics));
      }
      // Inside its own folder tree, a document still reads (the value is quoted: the file was read).
      const uri = fileUri(dir.write('ws/elsewhere/reads-inside.bicep', ''));
      await client.open(uri, 'bicep', leakingDocument('inside/value.txt'));
      await client.diagnostics(uri, (ds) => ds.some((d) => d.code === 'pe-valid-group-id' && d.message.includes("'inside-value'")));
    });
  }

  test('an untitled document reads nothing, not even an absolute path', async () => {
    const client = await start(path.join(dir.path, 'ws', 'open'));
    const uri = 'untitled:Untitled-1';
    await client.open(uri, 'bicep', leakingDocument(path.join(dir.path, 'outside', 'secret.txt').replace(/\\/g, '/')));
    const diagnostics = await client.diagnostics(uri, (ds) => ds.some((d) => d.code === 'pe-dns-zone-group'));
    assert.ok(!text(diagnostics).includes(SECRET), text(diagnostics));
    assert.ok(!diagnostics.some((d) => d.code === 'pe-valid-group-id'), text(diagnostics));
  });

  test('an import from outside the workspace gets a diagnostic like the other forms', async () => {
    const client = await start(path.join(dir.path, 'ws', 'open'));
    dir.write('outside/shared.bicep', `@export()\nvar groupId = '${SECRET}'\n`);
    const uri = fileUri(dir.write('ws/open/imports.bicep', ''));
    await client.open(
      uri,
      'bicep',
      `import { groupId } from '../../outside/shared.bicep'\n${leakingDocument('x.txt').replace("loadTextContent('x.txt')", 'groupId')}`,
    );
    const diagnostics = await client.diagnostics(uri, (ds) =>
      ds.some((d) => /import source '\.\.\/\.\.\/outside\/shared\.bicep' lies outside the workspace/.test(d.message)),
    );
    assert.ok(!text(diagnostics).includes(SECRET), text(diagnostics));
    // A warning, not an error: Azure would read the file, so the template itself is not wrong.
    const notRead = diagnostics.find((d) => /lies outside the workspace/.test(d.message));
    assert.equal(notRead?.severity, DiagnosticSeverity.Warning, text(diagnostics));
  });
});

describe('special and oversized files named by a document', { timeout: 120_000 }, () => {
  let dir: TempDir;
  let client: LspTestClient;

  before(async () => {
    dir = makeTempDir('plg-lsp-special-');
    dir.write('ws/.keep', '');
    if (posix) {
      execFileSync('mkfifo', [path.join(dir.path, 'ws', 'fifo.bicep')]);
      fs.symlinkSync('/dev/zero', path.join(dir.path, 'ws', 'zero.bicep'));
      fs.symlinkSync('/dev/urandom', path.join(dir.path, 'ws', 'urandom.txt'));
    }
    // 100 MB on disk, a hole after the first bytes.
    const huge = dir.write('ws/huge.bicep', BICEP_PE);
    fs.truncateSync(huge, 100 * 1024 * 1024);
    client = await LspTestClient.start({ workspaceFolder: path.join(dir.path, 'ws') });
  });

  after(async () => {
    await client?.stop();
    dir?.remove();
  });

  test(
    'named pipes and devices get a diagnostic each, and the server keeps answering',
    { skip: !posix && 'needs named pipes and /dev' },
    async () => {
      const uri = fileUri(path.join(dir.path, 'ws', 'main.bicep'));
      const source = `module fifo 'fifo.bicep' = {\n  name: 'fifo'\n}\nmodule zero 'zero.bicep' = {\n  name: 'zero'\n}\noutput r string = loadTextContent('urandom.txt')\n${BICEP_PE}`;
      await client.open(uri, 'bicep', source);
      const diagnostics = await client.diagnostics(uri, (ds) => ds.some((d) => d.code === 'pe-single-connection'));
      assert.equal(diagnostics.filter((d) => /is not read: not a regular file/.test(d.message)).length, 3, text(diagnostics));
      const hover = await client.hover(uri, { line: 7, character: 10 });
      assert.ok(hover !== undefined);
      assert.ok(!client.exited);
    },
  );

  test('a module over privateLink.maxFileSizeKb gets a diagnostic and is not read', async () => {
    const uri = fileUri(path.join(dir.path, 'ws', 'uses-huge.bicep'));
    await client.open(uri, 'bicep', `module huge 'huge.bicep' = {\n  name: 'huge'\n}\n${BICEP_PE}`);
    const diagnostics = await client.diagnostics(uri, (ds) => ds.some((d) => d.code === 'pe-single-connection'));
    assert.ok(
      diagnostics.some((d) => /'huge\.bicep' is not read: 102400 KB is above the 8192 KB limit/.test(d.message)),
      text(diagnostics),
    );
  });

  test(`a document with more than ${MAX_FINDINGS_PER_FILE} findings publishes ${MAX_FINDINGS_PER_FILE} and a summary`, async () => {
    const uri = fileUri(path.join(dir.path, 'ws', 'many.bicep'));
    const source = Array.from({ length: MAX_FINDINGS_PER_FILE + 20 }, (_, i) => BICEP_PE.replace(/\bpe\b/g, `pe${i}`)).join('\n');
    await client.open(uri, 'bicep', source);
    const diagnostics = await client.diagnostics(uri, (ds) => ds.length > 0, { timeoutMs: 30_000 });
    assert.equal(diagnostics.length, MAX_FINDINGS_PER_FILE + 1);
    assert.ok(
      diagnostics.some((d) => /^20 more findings in this file are not reported/.test(d.message)),
      text(diagnostics.slice(-3)),
    );
  });
});

test('the server ends cleanly (exit 1, nothing on stderr) when its output closes', { timeout: 30_000 }, async () => {
  const child = spawn(process.execPath, [requireBuilt(distServer), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const send = (message: object): void => {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  };
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
  await new Promise((resolve) => child.stdout.once('data', resolve));
  send({ method: 'initialized', params: {} });
  child.stdout.destroy();
  // Publishing diagnostics for this document writes to the closed output.
  send({
    method: 'textDocument/didOpen',
    params: { textDocument: { uri: 'file:///closed/main.bicep', languageId: 'bicep', version: 1, text: BICEP_PE } },
  });
  const timer = setTimeout(() => child.kill(), 10_000);
  const code = await exited;
  clearTimeout(timer);
  assert.equal(stderr, '');
  assert.equal(code, 1);
});

describe('hostile settings and config files', { timeout: 120_000 }, () => {
  let dir: TempDir;
  let client: LspTestClient;
  const braces = `${'{a,'.repeat(20_000)}b${'}'.repeat(20_000)}`;
  const globstars = '**/'.repeat(1400);

  before(async () => {
    dir = makeTempDir('plg-lsp-settings-');
    dir.write('ws/.privatelink.json', `{ "rules": ${'{ "a": '.repeat(5000)}1${' }'.repeat(5000)} }`);
    client = await LspTestClient.start({
      workspaceFolder: path.join(dir.path, 'ws'),
      sections: { 'files.exclude': { [braces]: true, [globstars]: true, '**/generated': true } },
    });
  });

  after(async () => {
    await client?.stop();
    dir?.remove();
  });

  test('20,000 nested braces, a 4 KB ** pattern and a 5,000-level .privatelink.json are reported once; analysis goes on', async () => {
    const uri = fileUri(dir.write('ws/main.bicep', BICEP_PE));
    await client.open(uri, 'bicep', BICEP_PE);
    await client.diagnostics(uri, (ds) => ds.some((d) => d.code === 'pe-single-connection'), { timeoutMs: 30_000 });
    // Changing the settings indexes the workspace again: a bad pattern is still reported only once.
    const mark = client.mark(uri);
    await client.setSettings({});
    await client.change(uri, 2, `${BICEP_PE}\n`);
    await client.diagnostics(uri, (ds) => ds.some((d) => d.code === 'pe-single-connection'), { after: mark, timeoutMs: 30_000 });
    const ignored = client.logMessages.filter((m) => m.startsWith('Ignoring the files.exclude pattern'));
    assert.equal(ignored.length, 2, ignored.join('\n'));
    assert.equal(
      client.logMessages.filter((m) => /\.privatelink\.json: nested deeper than 64 levels/.test(m)).length,
      1,
      client.logMessages.join('\n'),
    );
    assert.ok(!client.exited);
  });
});
