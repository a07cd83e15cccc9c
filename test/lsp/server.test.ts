/** The language server over stdio, as an editor drives it: the real bundle (dist/server.js) and JSON-RPC. */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  CodeActionKind,
  DiagnosticSeverity,
  MarkupKind,
  TextDocumentSyncKind,
  type CodeAction,
  type Command,
  type Diagnostic,
  type MarkupContent,
} from 'vscode-languageserver/node';
import { DOCS_BASE_URL } from '../../server/src/engine';
import { fileUri, LspTestClient, delay } from '../support/lspClient';
import { testSource } from '../support/paths';
import { makeTempDir, type TempDir } from '../support/tempDir';
import { applyTextEdits, editsFor, lineOf, positionOf } from '../support/textEdits';

const fixture = (name: string): string => fs.readFileSync(testSource('lsp', 'fixtures', name), 'utf8');
const codes = (diagnostics: Diagnostic[]): string[] => diagnostics.map((d) => String(d.code));
const has = (code: string) => (diagnostics: Diagnostic[]) => codes(diagnostics).includes(code);
const lacks = (code: string) => (diagnostics: Diagnostic[]) => !codes(diagnostics).includes(code);
const isAction = (item: CodeAction | Command): item is CodeAction => 'kind' in item || 'edit' in item || 'diagnostics' in item;

/** This suite is about documents one at a time: workspace-wide diagnostics are off (see deployments.test.ts). */
const OPEN_ONLY = { workspaceDiagnostics: false };

describe('language server', () => {
  let workspace: TempDir;
  let client: LspTestClient;

  before(async () => {
    workspace = makeTempDir('plg-lsp-');
    workspace.copy(testSource('lsp', 'fixtures'), '.');
    client = await LspTestClient.start({ workspaceFolder: workspace.path, settings: OPEN_ONLY });
  });

  after(async () => {
    await client?.stop();
    workspace?.remove();
  });

  const uriOf = (name: string): string => fileUri(path.join(workspace.path, name));

  test('initialize announces sync, hover, code actions and the documentation command', () => {
    const { capabilities, serverInfo } = client.initializeResult;
    const sync = capabilities.textDocumentSync;
    assert.ok(typeof sync === 'object' && sync !== null);
    assert.equal(sync.openClose, true);
    assert.equal(sync.change, TextDocumentSyncKind.Incremental);
    assert.equal(capabilities.hoverProvider, true);
    const codeActionProvider = capabilities.codeActionProvider;
    assert.ok(typeof codeActionProvider === 'object' && codeActionProvider.codeActionKinds?.includes(CodeActionKind.QuickFix));
    assert.deepEqual(capabilities.executeCommandProvider?.commands, ['privateLink.showRuleDocumentation']);
    assert.equal(serverInfo?.name, 'privatelink-language-server');
  });

  test('an ARM private endpoint without a zone group gets pe-dns-zone-group with code, source, link and range', async () => {
    const text = fixture('storage-pe.json');
    const uri = uriOf('storage-pe.json');
    await client.open(uri, 'json', text);
    const diagnostics = await client.diagnostics(uri, has('pe-dns-zone-group'));
    const diagnostic = diagnostics.find((d) => d.code === 'pe-dns-zone-group')!;
    assert.equal(diagnostic.source, 'privatelink');
    assert.equal(diagnostic.severity, DiagnosticSeverity.Warning);
    assert.equal(diagnostic.codeDescription?.href, `${DOCS_BASE_URL}pe-dns-zone-group.md`);
    assert.match(diagnostic.codeDescription!.href, /docs\/rules\/pe-dns-zone-group\.md$/);
    assert.ok(diagnostic.message.length > 0);
    // The finding sits on the private endpoint resource, not on the file or another resource.
    const endpointStart = lineOf(text, '"Microsoft.Network/privateEndpoints"') - 1;
    const endpointEnd = lineOf(text, '"groupIds"') + 4;
    assert.ok(diagnostic.range.start.line >= endpointStart && diagnostic.range.end.line <= endpointEnd, JSON.stringify(diagnostic.range));
    assert.ok(
      diagnostic.range.start.line < diagnostic.range.end.line || diagnostic.range.start.character < diagnostic.range.end.character,
      'the range is not empty',
    );
  });

  test('hover over Microsoft.Network/privateEndpoints returns markdown', async () => {
    const text = fixture('storage-pe.json');
    const uri = uriOf('storage-pe.json');
    await client.diagnostics(uri); // opened by the previous test
    const hover = await client.hover(uri, positionOf(text, 'Microsoft.Network/privateEndpoints', 10));
    assert.ok(hover, 'a hover');
    const contents = hover.contents as MarkupContent;
    assert.equal(contents.kind, MarkupKind.Markdown);
    assert.ok(contents.value.trim().length > 0);
  });

  test('the quick fix for pe-dns-zone-group, applied, makes the finding go away', async () => {
    const text = fixture('storage-pe.json');
    const uri = uriOf('storage-pe.json');
    const diagnostics = await client.diagnostics(uri, has('pe-dns-zone-group'));
    const diagnostic = diagnostics.find((d) => d.code === 'pe-dns-zone-group')!;
    const actions = ((await client.codeActions(uri, diagnostic.range, [diagnostic])) ?? []).filter(isAction);

    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix?.edit, `a preferred fix with an edit among ${actions.map((a) => a.title).join(', ')}`);
    assert.equal(fix.kind, CodeActionKind.QuickFix);
    const edits = editsFor(fix.edit, uri);
    assert.ok(edits.length > 0);

    // Opened as `json`, a mode that rejects comments: the suppression goes into the resource's "comments".
    assert.ok(!actions.some((a) => a.title === 'Disable pe-dns-zone-group for this line'), 'no // comment in a json-mode document');
    const disable = actions.find((a) => a.title === 'Disable pe-dns-zone-group for this resource (in its "comments")');
    assert.ok(disable?.edit);
    assert.match(editsFor(disable.edit, uri)[0].newText, /"comments": "privatelink-disable pe-dns-zone-group",/);
    const docs = actions.find((a) => a.title === 'Show documentation for pe-dns-zone-group');
    assert.equal(docs?.command?.command, 'privateLink.showRuleDocumentation');
    assert.equal(docs?.command?.arguments?.[0], 'pe-dns-zone-group');

    const mark = client.mark(uri);
    await client.change(uri, 2, applyTextEdits(text, edits));
    const after = await client.diagnostics(uri, () => true, { after: mark });
    assert.deepEqual(
      after.filter((d) => d.code === 'pe-dns-zone-group'),
      [],
    );
    assert.ok(!codes(after).includes('syntax-error'), 'the fix leaves valid JSON');
  });

  test('a client that resolves edits gets fixes without them, the edit from codeAction/resolve, and none once the document changed', async () => {
    const resolving = await LspTestClient.start({ workspaceFolder: workspace.path, settings: OPEN_ONLY, resolvesEdits: true });
    try {
      const codeActionProvider = resolving.initializeResult.capabilities.codeActionProvider;
      assert.ok(typeof codeActionProvider === 'object' && codeActionProvider.resolveProvider === true);
      const text = fixture('storage-pe.bicep');
      const uri = uriOf('storage-pe.bicep');
      await resolving.open(uri, 'bicep', text);
      const diagnostics = await resolving.diagnostics(uri, has('pe-dns-zone-group'));
      const diagnostic = diagnostics.find((d) => d.code === 'pe-dns-zone-group')!;
      const actions = ((await resolving.codeActions(uri, diagnostic.range, [diagnostic])) ?? []).filter(isAction);
      const fix = actions.find((a) => a.isPreferred);
      assert.ok(
        fix && fix.edit === undefined && fix.data !== undefined,
        `a preferred fix without its edit among ${JSON.stringify(actions)}`,
      );

      assert.ok((await resolving.resolveCodeAction(fix)).edit, 'resolving fills the edit in');
      // Resolved once the document changed: no edit for a text it was not made for.
      let mark = resolving.mark(uri);
      const shifted = `\n${text}`;
      await resolving.change(uri, 2, shifted);
      assert.equal((await resolving.resolveCodeAction(fix)).edit, undefined);

      const now = (await resolving.diagnostics(uri, has('pe-dns-zone-group'), { after: mark })).find(
        (d) => d.code === 'pe-dns-zone-group',
      )!;
      const again = ((await resolving.codeActions(uri, now.range, [now])) ?? []).filter(isAction).find((a) => a.isPreferred);
      assert.ok(again);
      const resolved = await resolving.resolveCodeAction(JSON.parse(JSON.stringify(again)));
      assert.ok(resolved.edit, 'resolving fills the edit in');
      mark = resolving.mark(uri);
      await resolving.change(uri, 3, applyTextEdits(shifted, editsFor(resolved.edit, uri)));
      const after = await resolving.diagnostics(uri, () => true, { after: mark });
      assert.deepEqual(
        after.filter((d) => d.code === 'pe-dns-zone-group'),
        [],
      );
      assert.ok(!codes(after).includes('syntax-error'), 'the fix leaves valid Bicep');
    } finally {
      await resolving.stop();
    }
  });

  test('"Disable <id> for this line" suppresses the finding', async () => {
    const text = fixture('storage-pe.bicep');
    const uri = uriOf('storage-pe.bicep');
    await client.open(uri, 'bicep', text);
    const diagnostics = await client.diagnostics(uri, has('pe-dns-zone-group'));
    const diagnostic = diagnostics.find((d) => d.code === 'pe-dns-zone-group')!;
    const actions = ((await client.codeActions(uri, diagnostic.range, [diagnostic])) ?? []).filter(isAction);
    const disable = actions.find((a) => a.title === 'Disable pe-dns-zone-group for this line');
    assert.ok(disable?.edit);
    const edits = editsFor(disable.edit, uri);
    const suppressed = applyTextEdits(text, edits);
    const commentLine = suppressed.split('\n')[diagnostic.range.start.line];
    const indentation = /^\s*/.exec(text.split('\n')[diagnostic.range.start.line])![0];
    assert.equal(commentLine, `${indentation}// privatelink-disable-next-line pe-dns-zone-group`);

    const mark = client.mark(uri);
    await client.change(uri, 2, suppressed);
    const after = await client.diagnostics(uri, () => true, { after: mark });
    assert.ok(lacks('pe-dns-zone-group')(after), JSON.stringify(codes(after)));
  });

  test('a JSON file that is not a template gets no diagnostics', async () => {
    const uri = uriOf('not-a-template.json');
    await client.open(uri, 'json', fixture('not-a-template.json'));
    const diagnostics = await client.diagnostics(uri);
    assert.deepEqual(diagnostics, []);
  });

  test('privateLink.rules set to off removes the rule; back to default brings it back', async () => {
    const uri = uriOf('storage-pe.bicep');
    const text = fixture('storage-pe.bicep');
    const mark0 = client.mark(uri);
    await client.change(uri, 3, text);
    await client.diagnostics(uri, has('pe-dns-zone-group'), { after: mark0 });

    const mark1 = client.mark(uri);
    await client.setSettings({ ...OPEN_ONLY, rules: { 'pe-dns-zone-group': 'off' } });
    await client.diagnostics(uri, lacks('pe-dns-zone-group'), { after: mark1 });

    const mark2 = client.mark(uri);
    await client.setSettings({ ...OPEN_ONLY, rules: { 'pe-dns-zone-group': 'error' } });
    const raised = await client.diagnostics(uri, has('pe-dns-zone-group'), { after: mark2 });
    assert.equal(raised.find((d) => d.code === 'pe-dns-zone-group')?.severity, DiagnosticSeverity.Error);

    const mark3 = client.mark(uri);
    await client.setSettings(OPEN_ONLY);
    const restored = await client.diagnostics(uri, has('pe-dns-zone-group'), { after: mark3 });
    assert.equal(restored.find((d) => d.code === 'pe-dns-zone-group')?.severity, DiagnosticSeverity.Warning);
  });

  test('a .privatelink.json in the workspace applies, and its changes are picked up', async () => {
    const uri = uriOf('storage-pe.bicep');
    const configPath = workspace.write('.privatelink.json', JSON.stringify({ rules: { 'pe-dns-zone-group': 'off' } }));
    try {
      const mark = client.mark(uri);
      await client.filesChanged([{ uri: fileUri(configPath), type: 1 }]);
      await client.diagnostics(uri, lacks('pe-dns-zone-group'), { after: mark });

      // User settings go on top of the project's file.
      const mark2 = client.mark(uri);
      await client.setSettings({ ...OPEN_ONLY, rules: { 'pe-dns-zone-group': 'info' } });
      const info = await client.diagnostics(uri, has('pe-dns-zone-group'), { after: mark2 });
      assert.equal(info.find((d) => d.code === 'pe-dns-zone-group')?.severity, DiagnosticSeverity.Information);
      await client.setSettings(OPEN_ONLY);
    } finally {
      fs.rmSync(configPath);
      const mark = client.mark(uri);
      await client.filesChanged([{ uri: fileUri(configPath), type: 3 }]);
      await client.diagnostics(uri, has('pe-dns-zone-group'), { after: mark });
    }
  });

  test('broken JSON gets a syntax-error and the server keeps answering', async () => {
    const uri = uriOf('broken.json');
    await client.open(uri, 'json', fixture('broken.json'));
    const diagnostics = await client.diagnostics(uri, has('syntax-error'));
    const syntaxError = diagnostics.find((d) => d.code === 'syntax-error')!;
    assert.equal(syntaxError.severity, DiagnosticSeverity.Error);
    assert.equal(syntaxError.source, 'privatelink');

    const hover = await client.hover(uri, { line: 5, character: 20 });
    assert.ok(hover === null || typeof hover === 'object');
    const text = fixture('storage-pe.json');
    const hover2 = await client.hover(uriOf('storage-pe.json'), positionOf(text, 'Microsoft.Network/privateEndpoints', 10));
    assert.ok(hover2, 'the server still answers other documents');
    assert.equal(client.exited, false);
  });

  test('an untitled ARM template is recognised by its $schema', async () => {
    const uri = 'untitled:Untitled-1';
    await client.open(uri, 'json', fixture('storage-pe.json'));
    await client.diagnostics(uri, has('pe-dns-zone-group'));
  });

  test('with workspace diagnostics off, a module shows the findings of the deployment it is part of once opened', async () => {
    const mainUri = uriOf('modules/main.bicep');
    const moduleUri = uriOf('modules/endpoint.bicep');
    await client.open(mainUri, 'bicep', fixture('modules/main.bicep'));
    await client.diagnostics(mainUri);
    await delay(300);
    assert.deepEqual(
      client.published.filter((p) => p.uri === moduleUri),
      [],
      'a module that is not open gets nothing',
    );

    // Opened, the module is analysed through main.bicep (its own parameters have no values).
    await client.open(moduleUri, 'bicep', fixture('modules/endpoint.bicep'));
    await client.diagnostics(moduleUri, has('pe-dns-zone-group'));
    // Its hover too: the target is the storage account main.bicep passes (the module alone does not know it).
    const hover = await client.hover(moduleUri, positionOf(fixture('modules/endpoint.bicep'), 'Microsoft.Network/privateEndpoints', 5));
    const markdown = (hover?.contents as MarkupContent | undefined)?.value ?? '';
    assert.match(markdown, /✅ Target: Azure Storage account/);
    assert.match(markdown, /✅ Public access on the target: disabled/);

    // Closing main.bicep keeps them (the module is still open); closing the module clears them.
    await client.close(mainUri);
    const mark = client.mark(moduleUri);
    await client.close(moduleUri);
    await client.diagnostics(moduleUri, (d) => d.length === 0, { after: mark });
  });

  test('closing a document clears its diagnostics', async () => {
    const uri = uriOf('storage-pe.bicep');
    const mark = client.mark(uri);
    await client.close(uri);
    await client.diagnostics(uri, (d) => d.length === 0, { after: mark });
  });

  test('rapid edits are debounced: an intermediate broken version is never published', async () => {
    const uri = uriOf('rapid.json');
    const text = fixture('storage-pe.json');
    await client.open(uri, 'json', text);
    await client.diagnostics(uri, has('pe-dns-zone-group'));
    const mark = client.mark(uri);
    await client.change(uri, 2, text.slice(0, text.length / 2));
    await client.change(uri, 3, text.replace('"groupIds": ["blob"]', '"groupIds": ["blob", "file"]'));
    const final = await client.diagnostics(uri, has('pe-single-group-id'), { after: mark });
    assert.ok(lacks('syntax-error')(final));
    await delay(400);
    const later = client.published.filter((p) => p.uri === uri).slice(mark);
    assert.ok(
      later.every((p) => lacks('syntax-error')(p.diagnostics)),
      `published after the edits: ${JSON.stringify(later.map((p) => codes(p.diagnostics)))}`,
    );
  });

  test('hovers while the document changes: unchanged text from the last analysis, moved; edited text after the next one', async () => {
    const uri = uriOf('hover-edits.json');
    const text = fixture('storage-pe.json');
    await client.open(uri, 'json', text);
    await client.diagnostics(uri, has('pe-dns-zone-group'));
    const anchor = '"Microsoft.Network/privateEndpoints"';
    const hoverRange = async (version: number, edited: string, from = 0): Promise<{ text: string; markdown: string }> => {
      const at = edited.indexOf(anchor, from);
      const before = edited.slice(0, at);
      const hover = await client.hover(uri, { line: before.split('\n').length - 1, character: at - before.lastIndexOf('\n') + 2 });
      assert.ok(hover?.range, `a hover at version ${version}`);
      const lines = edited.split('\n');
      const { start, end } = hover.range;
      assert.equal(start.line, end.line);
      return { text: lines[start.line].slice(start.character, end.character), markdown: (hover.contents as MarkupContent).value };
    };
    // Lines inserted above the endpoint: it moved, its declaration did not change.
    const moved = text.replace('"resources": [', '"resources": [\n\n\n');
    await client.change(uri, 2, moved);
    assert.equal((await hoverRange(2, moved)).text, anchor);
    // A second endpoint appended: no analysis has read it yet, so the hover waits for the next one.
    const second = moved.replace(
      /\}\s*\]\s*\}\s*$/,
      `},
    { "type": "Microsoft.Network/privateEndpoints", "apiVersion": "2023-11-01", "name": "pe-two", "location": "westeurope",
      "properties": { "subnet": { "id": "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')]" },
        "privateLinkServiceConnections": [ { "name": "file", "properties": { "privateLinkServiceId": "[resourceId('Microsoft.Storage/storageAccounts', 'stplgtest001')]", "groupIds": ["file"] } } ] } }
  ]
}
`,
    );
    assert.notEqual(second, moved);
    await client.change(uri, 3, second);
    const last = await hoverRange(3, second, second.lastIndexOf(anchor));
    assert.equal(last.text, anchor);
    assert.match(last.markdown, /Group id: `file`/);
    await client.close(uri);
  });
});
