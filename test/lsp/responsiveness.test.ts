/**
 * The language server over stdio while it is busy (issue 18): a request waits for at most the analysis in progress,
 * `$/cancelRequest` is answered with RequestCancelled, diagnostics carry the document version they were computed
 * for, and requests before `initialize` or after `shutdown` are refused as the protocol says. Every wait is bounded.
 */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  CancellationTokenSource,
  createMessageConnection,
  ErrorCodes,
  LSPErrorCodes,
  ResponseError,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver/node';
import { spawn } from 'node:child_process';
import { BICEP_PE } from '../fuzz/hostileFiles';
import { delay, fileUri, LspTestClient } from '../support/lspClient';
import { distServer, requireBuilt } from '../support/paths';
import { makeTempDir, type TempDir } from '../support/tempDir';

/** A Bicep file whose analysis takes about a second: thousands of storage accounts, and one private endpoint finding (pe-single-connection). */
function heavyBicep(accounts: number): string {
  const parts: string[] = [BICEP_PE];
  for (let i = 0; i < accounts; i++) {
    parts.push(
      `resource sa${i} 'Microsoft.Storage/storageAccounts@2023-01-01' = {\n  name: 'sa${i}'\n  location: 'westeurope'\n  kind: 'StorageV2'\n  sku: {\n    name: 'Standard_LRS'\n  }\n}\n`,
    );
  }
  return parts.join('\n');
}

const HEAVY_FILES = 6;

describe('requests while the server analyses a busy workspace', { timeout: 180_000 }, () => {
  let dir: TempDir;
  let client: LspTestClient;
  let smallUri: string;
  const heavyUris: string[] = [];

  before(async () => {
    dir = makeTempDir('plg-lsp-busy-');
    const heavy = heavyBicep(7000);
    for (let i = 0; i < HEAVY_FILES; i++) heavyUris.push(fileUri(dir.write(`heavy${i}.bicep`, heavy)));
    smallUri = fileUri(dir.write('small.bicep', BICEP_PE));
    client = await LspTestClient.start({ workspaceFolder: dir.path, settings: { workspaceDiagnostics: true } });
    // The open document goes first; the heavy files of the workspace follow, one analysis after another.
    await client.open(smallUri, 'bicep', BICEP_PE);
    await client.diagnostics(smallUri, (ds) => ds.length > 0, { timeoutMs: 30_000 });
  });

  after(async () => {
    await client?.stop();
    dir?.remove();
  });

  const heavyPublishes = (): number => client.published.filter((p) => heavyUris.includes(p.uri)).length;

  /**
   * Changed settings make the server analyse every deployment again: a new round of heavy analyses. The level of the
   * heavy files' one finding changes to one that some of them were not last published with, so that they are
   * published again. Resolves when the first of them is.
   */
  const LEVELS = [
    ['error', 1],
    ['warning', 2],
    ['info', 3],
  ] as const;
  let level: string | undefined;
  async function busyAgain(): Promise<void> {
    const lastSent = heavyUris.map(
      (uri) =>
        client.published
          .filter((p) => p.uri === uri)
          .at(-1)
          ?.diagnostics.find((d) => d.code === 'pe-single-connection')?.severity,
    );
    const [next] = LEVELS.find(([name, severity]) => name !== level && lastSent.some((sent) => sent !== severity))!;
    level = next;
    const published = heavyPublishes();
    await client.setSettings({ workspaceDiagnostics: true, rules: { 'pe-single-connection': next } });
    await waitForHeavyPublish(published);
  }

  async function waitForHeavyPublish(after: number): Promise<void> {
    const deadline = Date.now() + 60_000;
    while (heavyPublishes() <= after) {
      if (Date.now() > deadline) throw new Error(`no heavy file was published within 60 s\n${client.serverStderr}`);
      await delay(5);
    }
  }

  test('a hover sent during an analysis is answered before the next analysis ends', async () => {
    // Each publish of a heavy file ends one analysis; the next one starts at once. A hover sent then must not wait
    // for more than the analysis in progress, so at most one more heavy publish arrives before its answer.
    await busyAgain();
    const sentAt = heavyPublishes();
    const hover = await client.hover(smallUri, { line: 0, character: 20 });
    const during = heavyPublishes() - sentAt;
    assert.ok(hover !== undefined);
    assert.ok(during <= 1, `${during} analyses ended before the hover was answered`);
  });

  test('$/cancelRequest is answered with RequestCancelled (-32800)', async () => {
    // While an analysis runs, the request and its cancellation arrive together; the server must not answer the hover.
    const outcomes: string[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      await busyAgain();
      const source = new CancellationTokenSource();
      const answer = client.connection.sendRequest(
        'textDocument/hover',
        { textDocument: { uri: smallUri }, position: { line: 0, character: 20 } },
        source.token,
      );
      source.cancel();
      outcomes.push(
        await Promise.race([
          answer.then(
            () => 'answered',
            (error: unknown) => (error instanceof ResponseError ? `error ${error.code}` : String(error)),
          ),
          delay(20_000).then(() => 'no answer'),
        ]),
      );
    }
    assert.ok(outcomes.includes(`error ${LSPErrorCodes.RequestCancelled}`), outcomes.join(', '));
    assert.ok(!outcomes.includes('no answer'), outcomes.join(', '));
  });
});

describe('diagnostics and document versions', { timeout: 120_000 }, () => {
  let dir: TempDir;
  let client: LspTestClient;

  before(async () => {
    dir = makeTempDir('plg-lsp-version-');
    client = await LspTestClient.start({ workspaceFolder: dir.path, settings: { workspaceDiagnostics: false, debounceMs: 0 } });
  });

  after(async () => {
    await client?.stop();
    dir?.remove();
  });

  test('each publish carries the version of the text it was computed for', async () => {
    const uri = fileUri(path.join(dir.path, 'main.bicep'));
    await client.open(uri, 'bicep', BICEP_PE, 1);
    await client.diagnostics(uri, (ds) => ds.length > 0);
    let mark = client.mark(uri);
    await client.change(uri, 2, `${BICEP_PE}\n// an edit\n`);
    await client.diagnostics(uri, () => true, { after: mark });
    mark = client.mark(uri);
    await client.change(uri, 3, 'param broken string = \n');
    await client.diagnostics(uri, () => true, { after: mark });
    const versions = client.published.filter((p) => p.uri === uri).map((p) => p.version);
    assert.deepEqual(versions, [1, 2, 3]);
  });

  test('an analysis overtaken by an edit while it ran is not published; the edited version is', async () => {
    // The analysis of version 1 takes seconds; version 2 arrives while it runs.
    const uri = fileUri(path.join(dir.path, 'slow.bicep'));
    const slow = heavyBicep(15_000);
    await client.open(uri, 'bicep', slow, 1);
    await delay(200);
    // An incremental change, as editors send while typing: a small message, read as soon as the analysis yields.
    const end = { line: slow.split('\n').length - 1, character: 0 };
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: end, end }, text: '// an edit\n' }],
    });
    await client.diagnostics(uri, (ds) => ds.length > 0, { timeoutMs: 60_000 });
    await delay(500);
    const versions = client.published.filter((p) => p.uri === uri).map((p) => p.version);
    assert.deepEqual(versions, [2]);
  });
});

describe('requests outside the initialize … shutdown lifetime', { timeout: 30_000 }, () => {
  test('before initialize: ServerNotInitialized (-32002); after shutdown: InvalidRequest (-32600)', async () => {
    const child = spawn(process.execPath, [requireBuilt(distServer), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    connection.onRequest(() => null);
    connection.onNotification(() => undefined);
    connection.listen();
    const codeOf = (request: Promise<unknown>): Promise<number | string> =>
      Promise.race([
        request.then(
          () => 'answered',
          (error: unknown) => (error instanceof ResponseError ? error.code : String(error)),
        ),
        delay(10_000).then(() => 'no answer'),
      ]);
    const uri = 'file:///lifetime/main.bicep';
    const hover = { textDocument: { uri }, position: { line: 0, character: 0 } };
    try {
      assert.equal(await codeOf(connection.sendRequest('textDocument/hover', hover)), ErrorCodes.ServerNotInitialized);
      assert.equal(
        await codeOf(
          connection.sendRequest('textDocument/codeAction', {
            ...hover,
            range: { start: hover.position, end: hover.position },
            context: { diagnostics: [] },
          }),
        ),
        ErrorCodes.ServerNotInitialized,
      );
      await connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} });
      await connection.sendNotification('initialized', {});
      assert.equal(await codeOf(connection.sendRequest('textDocument/hover', hover)), 'answered');
      await connection.sendRequest('shutdown');
      assert.equal(await codeOf(connection.sendRequest('textDocument/hover', hover)), ErrorCodes.InvalidRequest);
      assert.equal(await codeOf(connection.sendRequest('workspace/executeCommand', { command: 'x' })), ErrorCodes.InvalidRequest);
    } finally {
      await connection.sendNotification('exit').catch(() => undefined);
      const timer = setTimeout(() => child.kill(), 5000);
      await new Promise((resolve) => child.once('exit', resolve));
      clearTimeout(timer);
      connection.dispose();
    }
  });
});
