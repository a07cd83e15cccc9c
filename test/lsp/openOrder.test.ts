/**
 * What a document just opened waits for before its first diagnostics (issue 17): its own analysis only. The second
 * analysis that fills its cache for typing (lsp/validator.ts) and the analyses of other workspace files come after
 * the publish. The validator runs in process here, with the server's own workspace state, index and publisher, so
 * the order of analyses and publishes can be watched.
 */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import { pathToUri, uriToPath } from '../../server/src/lsp/convert';
import type { Logger } from '../../server/src/lsp/log';
import { DiagnosticsPublisher } from '../../server/src/lsp/publisher';
import { SettingsProvider } from '../../server/src/lsp/settings';
import { Validator } from '../../server/src/lsp/validator';
import { WorkspaceState } from '../../server/src/lsp/workspace';
import { WorkspaceIndex } from '../../server/src/lsp/workspaceIndex';
import { ARM_PE, armTemplate } from '../fuzz/hostileFiles';
import { makeTempDir } from '../support/tempDir';

const silent: Logger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  once: () => undefined,
  reset: () => undefined,
};

/** A validator over `folder` with workspace diagnostics on, and the publishes it makes, in order. */
function validatorFor(folder: string) {
  const open = new Map<string, TextDocument>();
  const documents = { get: (uri: string) => open.get(uri), all: () => [...open.values()] } as unknown as TextDocuments<TextDocument>;
  const workspace = new WorkspaceState(documents, silent);
  workspace.setWorkspaceFolders([pathToUri(folder)]);
  const index = new WorkspaceIndex({ maxFiles: 100, maxFileSize: 1 << 20 }, (p) => open.get(pathToUri(p))?.getText());
  const settings = new SettingsProvider(undefined as unknown as Connection, false, { workspaceDiagnostics: true }, () => undefined);
  const sent: { uri: string; count: number; analysedBefore: string[]; snapshot: unknown }[] = [];
  let validator: Validator | undefined = undefined;
  const publisher = new DiagnosticsPublisher(
    (uri, diagnostics) => {
      const analysedBefore = [...index.all()].map((f) => f.path).filter((p) => publisher.has(`${p}\u0000`));
      sent.push({ uri, count: diagnostics.length, analysedBefore, snapshot: validator?.analysisFor(uriToPath(uri))?.snapshot });
    },
    () => true,
    (uri) => open.has(uri),
    (uri) => open.get(uri)?.version,
  );
  validator = new Validator(workspace, index, settings, publisher, silent, 0, true);
  void index.rebuild([{ path: folder, excluded: () => false }]);
  const openDocument = (filePath: string, text: string): void => {
    const document = TextDocument.create(pathToUri(filePath), 'json', 1, text);
    open.set(document.uri, document);
    validator!.opened(document);
  };
  /** Resolves once every file in `uris` was published and nothing is left to analyse (or after a minute). */
  const settled = async (uris: readonly string[]): Promise<void> => {
    const deadline = Date.now() + 60_000;
    const done = (): boolean => uris.every((uri) => sent.some((s) => s.uri === uri)) && validator!.idle;
    while (!done() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    // A little longer: whatever the validator would still send (it must not) has its chance.
    await new Promise((resolve) => setTimeout(resolve, 200));
  };
  return { validator, openDocument, sent, settled };
}

describe('the first diagnostics of a document just opened', { timeout: 120_000 }, () => {
  const dir = makeTempDir('plg-open-order-');
  after(() => dir.remove());

  test('are published before the analysis that fills its cache, and before other workspace files are analysed', async () => {
    // A finding in each file, so each is published with diagnostics once analysed (pe-single-connection).
    const opened = dir.write('opened/main.json', armTemplate({ resources: ARM_PE }));
    const other = dir.write('opened/other.json', armTemplate({ resources: ARM_PE.replace('"pe"', '"pe2"') }));
    const { validator, openDocument, sent, settled } = validatorFor(path.dirname(opened));
    openDocument(opened, armTemplate({ resources: ARM_PE }));
    await settled([pathToUri(opened), pathToUri(other)]);

    const openedUri = pathToUri(opened);
    const first = sent.findIndex((s) => s.uri === openedUri);
    assert.ok(first >= 0, 'the opened document is published');
    assert.ok(sent[first].count > 0, 'with its finding');
    assert.deepEqual(sent[first].analysedBefore, [opened], 'no other workspace file was analysed before its first publish');
    assert.ok(
      sent.some((s) => s.uri === pathToUri(other) && s.count > 0),
      'the other workspace file is analysed and published afterwards',
    );
    // The analysis kept for hovers at the first publish is the first one; the cache-filling one replaced it later.
    const final = validator.analysisFor(opened)?.snapshot;
    assert.ok(sent[first].snapshot !== undefined && final !== undefined);
    assert.notEqual(sent[first].snapshot, final, 'the first publish came before the analysis that fills the cache');
    // That analysis read the same text: it sends nothing again.
    assert.equal(sent.filter((s) => s.uri === openedUri).length, 1, 'the opened document is published once');
  });
});
