/**
 * One documentation destination (issue 19): where the client opens rule pages itself (VS Code opens the page shipped
 * with the extension), a hover's link to a rule page runs the same command, with the same arguments, as the
 * "Show documentation" quick fix; other clients get the web page, which is what their quick fix opens too.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import type { CodeAction, Command, Hover } from 'vscode-languageserver/node';
import { LspTestClient, fileUri } from '../support/lspClient';
import { testSource } from '../support/paths';
import { makeTempDir, type TempDir } from '../support/tempDir';
import { DOCS_BASE_URL } from '../../server/src/engine';

const text = fs.readFileSync(testSource('lsp', 'fixtures', 'storage-pe.json'), 'utf8');
let folder: TempDir;

before(() => {
  folder = makeTempDir();
});

after(() => folder.remove());

function markdownOf(hover: Hover | null): string {
  return hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
}

/** The hover over the pe-dns-zone-group finding and the command of its "Show documentation" quick fix. */
async function hoverAndQuickFix(handledByClient: string[]): Promise<{ markdown: string; command: Command | undefined }> {
  const client = await LspTestClient.start({
    workspaceFolder: folder.path,
    settings: { workspaceDiagnostics: false },
    initializationOptions: { handledByClient },
  });
  try {
    const uri = fileUri(folder.write(`storage-pe-${handledByClient.length}.json`, text));
    await client.open(uri, 'json', text);
    const diagnostics = await client.diagnostics(uri, (d) => d.some((x) => x.code === 'pe-dns-zone-group'));
    const finding = diagnostics.find((d) => d.code === 'pe-dns-zone-group')!;
    const markdown = markdownOf(await client.hover(uri, finding.range.start));
    const actions = (await client.codeActions(uri, finding.range, [finding])) ?? [];
    const docs = actions.find((a): a is CodeAction => 'kind' in a && a.title === 'Show documentation for pe-dns-zone-group');
    return { markdown, command: docs?.command };
  } finally {
    await client.stop();
  }
}

test('a client that opens rule pages itself: the hover links run its command with the quick fix arguments', async () => {
  const { markdown, command } = await hoverAndQuickFix(['showRuleDocumentation']);
  assert.ok(command, 'the quick fix is offered');
  const link = `command:${command.command}?${encodeURIComponent(JSON.stringify(command.arguments))}`;
  assert.ok(markdown.includes(`](${link})`), markdown);
  assert.ok(!markdown.includes(`](${DOCS_BASE_URL}`), `no link leaves for the web page:\n${markdown}`);
});

test('other clients: the hover links to the web page, which their quick fix opens through the server', async () => {
  const { markdown, command } = await hoverAndQuickFix([]);
  assert.ok(command);
  assert.ok(markdown.includes(`](${String(command.arguments?.[1])})`), markdown);
  assert.ok(!markdown.includes('command:'), markdown);
});
