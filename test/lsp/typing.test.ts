// Typing into an open document: the server reuses what the previous analysis lowered (engine/incremental), so after
// a run of edits its diagnostics must equal those of a fresh server opening the final text. The fresh server is
// started as other editors start it (plain `node dist/server.js`, without the VS Code client's heap options).
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { fileUri, LspTestClient } from '../support/lspClient';
import { testSource } from '../support/paths';
import { makeTempDir } from '../support/tempDir';
import * as fs from 'node:fs';

const SETTINGS = { workspaceDiagnostics: false, debounceMs: 0 };

/** Edits as a typist makes them: characters into a name, a deletion, a pasted copy of an earlier part. */
function editsOf(text: string, nameNeedle: string): string[] {
  const versions: string[] = [];
  let current = text;
  let at = current.indexOf(nameNeedle) + nameNeedle.length;
  for (const ch of 'xyz') {
    current = current.slice(0, at) + ch + current.slice(at);
    at++;
    versions.push(current);
  }
  current = current.slice(0, at - 2) + current.slice(at);
  versions.push(current);
  const start = Math.floor(current.length / 3);
  current = current.slice(0, start) + current.slice(start, start + 400) + current.slice(start);
  versions.push(current);
  current = current.replace('westeurope', 'northeurope');
  versions.push(current);
  return versions;
}

async function diagnosticsAfterTyping(
  file: string,
  languageId: string,
  needle: string,
): Promise<{ typed: Diagnostic[]; fresh: Diagnostic[] }> {
  const workspace = makeTempDir('plg-typing-');
  const typist = await LspTestClient.start({ workspaceFolder: workspace.path, settings: SETTINGS });
  const fresh = await LspTestClient.start({ workspaceFolder: workspace.path, settings: SETTINGS, execArgv: [] });
  try {
    const original = fs.readFileSync(testSource('lsp', 'fixtures', file), 'utf8');
    const uri = fileUri(path.join(workspace.path, file));
    await typist.open(uri, languageId, original);
    await typist.diagnostics(uri);
    let version = 1;
    let last = original;
    for (const text of editsOf(original, needle)) {
      const mark = typist.mark(uri);
      await typist.change(uri, ++version, text);
      await typist.diagnostics(uri, () => true, { after: mark });
      last = text;
    }
    const typed = await typist.diagnostics(uri, () => true, { after: typist.mark(uri) - 1 });
    await fresh.open(uri, languageId, last, version);
    return { typed, fresh: await fresh.diagnostics(uri) };
  } finally {
    await typist.stop();
    await fresh.stop();
    workspace.remove();
  }
}

test('typing into an ARM template gives the diagnostics of a fresh analysis', async () => {
  const { typed, fresh } = await diagnosticsAfterTyping('storage-pe.json', 'json', '"name": "');
  assert.ok(fresh.length > 0, 'the fixture has findings to compare');
  assert.deepEqual(typed, fresh);
});

test('typing into a Bicep file gives the diagnostics of a fresh analysis', async () => {
  const { typed, fresh } = await diagnosticsAfterTyping('storage-pe.bicep', 'bicep', "name: '");
  assert.ok(fresh.length > 0, 'the fixture has findings to compare');
  assert.deepEqual(typed, fresh);
});

test('more open documents than the server keeps caches for: editing each still gives fresh diagnostics', async () => {
  const workspace = makeTempDir('plg-typing-many-');
  const typist = await LspTestClient.start({ workspaceFolder: workspace.path, settings: SETTINGS });
  const fresh = await LspTestClient.start({ workspaceFolder: workspace.path, settings: SETTINGS, execArgv: [] });
  try {
    const original = fs.readFileSync(testSource('lsp', 'fixtures', 'storage-pe.bicep'), 'utf8');
    const uris = Array.from({ length: 9 }, (_, n) => fileUri(path.join(workspace.path, `copy${n}.bicep`)));
    for (const uri of uris) {
      await typist.open(uri, 'bicep', original);
      await typist.diagnostics(uri);
    }
    // Two rounds over every document: the second finds the first documents' caches evicted by the later ones.
    const texts = new Map(uris.map((uri) => [uri, original]));
    for (let round = 1; round <= 2; round++) {
      for (const [n, uri] of uris.entries()) {
        const text = (texts.get(uri) ?? '').replace("name: '", `name: '${round}${n}`);
        texts.set(uri, text);
        const mark = typist.mark(uri);
        await typist.change(uri, round + 1, text);
        await typist.diagnostics(uri, () => true, { after: mark });
      }
    }
    for (const uri of [uris[0], uris[8]]) {
      const typed = await typist.diagnostics(uri, () => true, { after: typist.mark(uri) - 1 });
      await fresh.open(uri, 'bicep', texts.get(uri) ?? '', 3);
      assert.deepEqual(typed, await fresh.diagnostics(uri));
    }
  } finally {
    await typist.stop();
    await fresh.stop();
    workspace.remove();
  }
});

test('steady typing faster than the debounce still refreshes the diagnostics (the debounce has a maximum wait)', async () => {
  const workspace = makeTempDir('plg-typing-');
  // A debounce longer than the pause between keystrokes: without a maximum wait, nothing is published while typing.
  const client = await LspTestClient.start({ workspaceFolder: workspace.path, settings: { workspaceDiagnostics: false, debounceMs: 400 } });
  try {
    const original = fs.readFileSync(testSource('lsp', 'fixtures', 'storage-pe.bicep'), 'utf8');
    const uri = fileUri(path.join(workspace.path, 'storage-pe.bicep'));
    await client.open(uri, 'bicep', original);
    await client.diagnostics(uri);
    const mark = client.mark(uri);
    const started = Date.now();
    let text = original;
    // 24 keystrokes, one every 100 ms (10 a second), into a comment so that the findings stay the same.
    for (let i = 0; i < 24; i++) {
      text = `// typed ${'x'.repeat(i + 1)}\n${original}`;
      await client.change(uri, i + 2, text);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const typingEnded = Date.now();
    const during = client.published.filter((p) => p.uri === uri).slice(mark).length;
    assert.ok(during >= 1, `no diagnostics were published during ${typingEnded - started} ms of typing`);
  } finally {
    await client.stop();
    workspace.remove();
  }
});
