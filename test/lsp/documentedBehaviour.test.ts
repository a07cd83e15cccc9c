/**
 * Promises of README.md, SECURITY.md and docs/editors.md about the language server that no other test proves
 * (test/PROMISES.md maps every promise to its test), over stdio with the real bundle. Messages are compared by the
 * parts that carry meaning (the zone, the parse error), so that rewording them does not break these tests.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver/node';
import { SERVER_EXEC_ARGV } from '../../client/src/serverProcess';
import { fileUri, LspTestClient } from '../support/lspClient';
import { distServer, requireBuilt, testSource } from '../support/paths';
import { makeTempDir, type TempDir } from '../support/tempDir';

const fixture = (name: string): string => fs.readFileSync(testSource('lsp', 'fixtures', name), 'utf8');
const zoneGroupFinding = (diagnostics: Diagnostic[]): Diagnostic | undefined =>
  diagnostics.find((d) => d.code === 'pe-dns-zone-group' && d.message.includes('privatelink.blob.core.windows.net'));
const OPEN_ONLY = { workspaceDiagnostics: false };

test(
  'after a shutdown request the server exits with status 0 when its output closes, writing nothing on stderr',
  { timeout: 30_000 },
  async () => {
    const child = spawn(process.execPath, [requireBuilt(distServer), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    connection.listen();
    await connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} });
    await connection.sendNotification('initialized', {});
    await connection.sendRequest('shutdown');
    connection.dispose();
    child.stdout.destroy();
    // Publishing for this document would write to the closed output; the exit status must still be the clean one.
    const body = JSON.stringify({
      jsonrpc: '2.0',
      method: 'textDocument/didOpen',
      params: { textDocument: { uri: 'file:///closed/main.bicep', languageId: 'bicep', version: 1, text: fixture('storage-pe.bicep') } },
    });
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    const timer = setTimeout(() => child.kill(), 10_000);
    const code = await exited;
    clearTimeout(timer);
    assert.equal(stderr, '');
    assert.equal(code, 0);
  },
);

describe('documents and settings as docs/editors.md describes them', { timeout: 120_000 }, () => {
  let workspace: TempDir;
  let client: LspTestClient;

  before(async () => {
    workspace = makeTempDir('plg-lsp-promises-');
    client = await LspTestClient.start({ workspaceFolder: workspace.path, settings: OPEN_ONLY });
  });

  after(async () => {
    await client?.stop();
    workspace?.remove();
  });

  test('every documented language id is analysed, and an unknown id falls back to the file extension', async () => {
    const documents: [string, string, string][] = [
      ['bicep', 'a.bicep', fixture('storage-pe.bicep')],
      ['json', 'a.json', fixture('storage-pe.json')],
      ['jsonc', 'b.jsonc', fixture('storage-pe.json')],
      ['arm-template', 'c.json', fixture('storage-pe.json')],
      ['plaintext', 'b.bicep', fixture('storage-pe.bicep')],
      ['something-else', 'd.json', fixture('storage-pe.json')],
    ];
    for (const [languageId, name, text] of documents) {
      const uri = fileUri(path.join(workspace.path, 'ids', name));
      await client.open(uri, languageId, text);
      const diagnostics = await client.diagnostics(uri, (d) => zoneGroupFinding(d) !== undefined);
      assert.ok(zoneGroupFinding(diagnostics), `${languageId} ${name}`);
    }
    // A parameter file is read as one: its syntax error is reported, for its own id and by its extension.
    for (const [languageId, name] of [
      ['bicep-params', 'a.bicepparam'],
      ['plaintext', 'b.bicepparam'],
    ]) {
      const uri = fileUri(path.join(workspace.path, 'ids', name));
      await client.open(uri, languageId, "using 'main.bicep'\nparam x = \n");
      const diagnostics = await client.diagnostics(uri, (d) => d.some((x) => x.code === 'syntax-error'));
      assert.match(diagnostics.find((d) => d.code === 'syntax-error')!.message, /expression/, `${languageId} ${name}`);
    }
  });

  test('privateLink.dns overrides .privatelink.json: policy silences the DNS wiring rules, template brings them back', async () => {
    const folder = path.join(workspace.path, 'dns');
    workspace.write('dns/.privatelink.json', '{ "dns": "template" }');
    const uri = fileUri(workspace.write('dns/main.bicep', fixture('storage-pe.bicep')));
    await client.open(uri, 'bicep', fixture('storage-pe.bicep'));
    const byTemplate = await client.diagnostics(uri, (d) => zoneGroupFinding(d) !== undefined);
    const others = byTemplate.filter((d) => d.code !== 'pe-dns-zone-group').map((d) => `${String(d.code)} ${d.message}`);

    let mark = client.mark(uri);
    await client.setSettings({ ...OPEN_ONLY, dns: 'policy' });
    const byPolicy = await client.diagnostics(uri, (d) => zoneGroupFinding(d) === undefined, { after: mark });
    assert.deepEqual(
      byPolicy.map((d) => `${String(d.code)} ${d.message}`),
      others,
      'every other finding stays, message for message',
    );

    // Empty: as the project file says, here policy.
    fs.writeFileSync(path.join(folder, '.privatelink.json'), '{ "dns": "policy" }');
    mark = client.mark(uri);
    await client.setSettings({ ...OPEN_ONLY, dns: '' });
    await client.filesChanged([{ uri: fileUri(path.join(folder, '.privatelink.json')), type: 2 }]);
    await client.diagnostics(uri, (d) => zoneGroupFinding(d) === undefined && d.length === others.length, { after: mark });
    // The project file says policy; the setting says template and wins.
    mark = client.mark(uri);
    await client.setSettings({ ...OPEN_ONLY, dns: 'template' });
    await client.diagnostics(uri, (d) => zoneGroupFinding(d) !== undefined, { after: mark });
  });
});

test(
  'a client without workspace/configuration: initializationOptions.settings apply, then didChangeConfiguration replaces them',
  { timeout: 60_000 },
  async () => {
    const child = spawn(process.execPath, [...SERVER_EXEC_ARGV, requireBuilt(distServer), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const published: PublishDiagnosticsParams[] = [];
    let waiting: (() => void) | undefined;
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      published.push(params);
      waiting?.();
    });
    connection.onRequest(() => null);
    connection.listen();
    const uri = 'file:///nowhere/main.bicep';
    /** The next publish whose pe-dns-zone-group finding has this severity (undefined: none). */
    const next = async (severity: number | undefined, after: number): Promise<void> => {
      const deadline = Date.now() + 15_000;
      for (;;) {
        const found = published.slice(after).some((p) => p.uri === uri && zoneGroupFinding(p.diagnostics)?.severity === severity);
        if (found) return;
        if (Date.now() > deadline)
          assert.fail(
            `no publish with severity ${severity}: ${JSON.stringify(published.map((p) => p.diagnostics.map((d) => [d.code, d.severity])))}`,
          );
        await new Promise<void>((resolve) => {
          waiting = resolve;
          setTimeout(resolve, 200);
        });
      }
    };
    try {
      // No `workspace.configuration` capability: the server cannot pull settings.
      await connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: null,
        capabilities: {},
        initializationOptions: { settings: { rules: { 'pe-dns-zone-group': 'error' }, workspaceDiagnostics: false } },
      });
      await connection.sendNotification('initialized', {});
      await connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'bicep', version: 1, text: fixture('storage-pe.bicep') },
      });
      await next(1, 0); // Error, from initializationOptions
      const mark = published.length;
      await connection.sendNotification('workspace/didChangeConfiguration', {
        settings: { privateLink: { rules: { 'pe-dns-zone-group': 'info' }, workspaceDiagnostics: false } },
      });
      await next(3, mark); // Information, from didChangeConfiguration
    } finally {
      await connection.sendRequest('shutdown').catch(() => undefined);
      await connection.sendNotification('exit').catch(() => undefined);
      connection.dispose();
      child.kill();
    }
  },
);
