/**
 * The language server on a module called twice with a bad value (issue 19 item 3): the module's diagnostic names each
 * call in its related information, the caller's literal arguments carry the finding where it is fixed, and
 * "Disable <id> for this call" writes a suppression at one call (Bicep `#disable-next-line`, ARM the deployment's
 * JSON-safe "comments") that silences what that call causes and nothing else.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { CodeAction, Command, Diagnostic } from 'vscode-languageserver/node';
import { fileUri, LspTestClient } from '../support/lspClient';
import { makeTempDir, type TempDir } from '../support/tempDir';
import { applyTextEdits, editsFor } from '../support/textEdits';
import { armCaller, bicepCaller, ENDPOINT_MODULE_BICEP, ENDPOINT_MODULE_JSON } from '../support/moduleCalls';

const CODE = 'pe-valid-group-id';
const isAction = (item: CodeAction | Command): item is CodeAction => 'kind' in item || 'edit' in item || 'diagnostics' in item;
const ofCode = (diagnostics: Diagnostic[]): Diagnostic[] => diagnostics.filter((d) => d.code === CODE);
const callsNamed = (diagnostic: Diagnostic | undefined): string[] =>
  (diagnostic?.relatedInformation ?? [])
    .filter((r) => r.message.startsWith('Called from') && r.message.includes(' with groupId '))
    .map((r) => r.message);

describe('language server: a module called twice', () => {
  let workspace: TempDir;
  let client: LspTestClient;
  const uriOf = (name: string): string => fileUri(path.join(workspace.path, name));
  const read = (name: string): string => fs.readFileSync(path.join(workspace.path, name), 'utf8');

  before(async () => {
    workspace = makeTempDir('plg-lsp-calls-');
    workspace.write('bicep/main.bicep', bicepCaller('modules/endpoint.bicep', ['vaults', 'vaults']));
    workspace.write('bicep/modules/endpoint.bicep', ENDPOINT_MODULE_BICEP);
    workspace.write('arm/main.json', armCaller(['vaults', 'vaults']));
    workspace.write('arm/nested/endpoint.json', ENDPOINT_MODULE_JSON);
    client = await LspTestClient.start({ workspaceFolder: workspace.path });
  });

  after(async () => {
    await client?.stop();
    workspace?.remove();
  });

  for (const language of [
    {
      name: 'Bicep',
      main: 'bicep/main.bicep',
      module: 'bicep/modules/endpoint.bicep',
      languageId: 'bicep',
      argument: "'vaults'",
      suppression: `#disable-next-line ${CODE}\nmodule endpoint0`,
    },
    {
      name: 'ARM (a JSON mode that refuses comments)',
      main: 'arm/main.json',
      module: 'arm/nested/endpoint.json',
      languageId: 'json',
      argument: '"vaults"',
      suppression: `"comments": "privatelink-disable ${CODE}",\n      "type": "Microsoft.Resources/deployments",\n      "apiVersion": "2022-09-01",\n      "name": "endpoint-0"`,
    },
  ]) {
    test(`${language.name}: each call is named, each argument carries the finding, and one call can be disabled`, async () => {
      const mainUri = uriOf(language.main);
      const moduleUri = uriOf(language.module);
      const mainText = read(language.main);
      await client.open(mainUri, language.languageId, mainText);
      await client.open(moduleUri, language.languageId, read(language.module));

      // The module: one diagnostic, naming both calls.
      const inModule = await client.diagnostics(moduleUri, (d) => callsNamed(ofCode(d)[0]).length === 2);
      assert.equal(ofCode(inModule).length, 1);
      assert.ok(callsNamed(ofCode(inModule)[0]).every((m) => m.includes(`with groupId ${language.argument}`)));
      const related = ofCode(inModule)[0].relatedInformation!.filter((r) => r.message.startsWith('Called from'));
      assert.ok(related.every((r) => r.location.uri === mainUri));

      // The caller: the finding at each literal argument.
      const inMain = ofCode(await client.diagnostics(mainUri, (d) => ofCode(d).length === 2));
      const lines = mainText.split('\n');
      for (const diagnostic of inMain) {
        assert.equal(
          lines[diagnostic.range.start.line].slice(diagnostic.range.start.character, diagnostic.range.end.character),
          language.argument,
        );
        // Quoted as the caller's file quotes (ARM JSON "like this").
        assert.match(
          diagnostic.message,
          /^The value passed here as (['"])groupId\1 causes this finding in endpoint\.(bicep|json) line \d+/,
        );
        assert.equal(diagnostic.message.includes(mainUri.endsWith('.json') ? "'" : '"'), false, diagnostic.message);
      }

      // From the module, each call can be disabled in the caller.
      const fromModule = ((await client.codeActions(moduleUri, ofCode(inModule)[0].range, [ofCode(inModule)[0]])) ?? []).filter(isAction);
      const moduleTitles = fromModule.map((a) => a.title).filter((t) => t.includes('for the call in'));
      assert.equal(moduleTitles.length, 2, JSON.stringify(fromModule.map((a) => a.title)));

      // At the first argument: "Disable <id> for this call" writes the suppression at that call only.
      const first = inMain.sort((a, b) => a.range.start.line - b.range.start.line)[0];
      const actions = ((await client.codeActions(mainUri, first.range, [first])) ?? []).filter(isAction);
      const disable = actions.find((a) => a.title.startsWith(`Disable ${CODE} for this call`));
      assert.ok(disable?.edit, JSON.stringify(actions.map((a) => a.title)));
      const edited = applyTextEdits(mainText, editsFor(disable.edit, mainUri));
      assert.ok(edited.includes(language.suppression), edited);
      assert.equal(edited.split(CODE).length - 1, 1, 'one suppression, at the first call');
      const mark = client.mark(moduleUri);
      await client.change(mainUri, 2, edited);

      // What the first call causes is gone; what the second causes stays.
      const after = await client.diagnostics(moduleUri, (d) => callsNamed(ofCode(d)[0]).length === 1, { after: mark });
      assert.equal(ofCode(after).length, 1);
      const stillInMain = ofCode(await client.diagnostics(mainUri, (d) => ofCode(d).length === 1));
      assert.ok(stillInMain[0].range.start.line > first.range.start.line);
    });
  }
});
