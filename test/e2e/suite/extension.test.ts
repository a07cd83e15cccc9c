/**
 * The extension in a real VS Code: activation, diagnostics (codes, ranges, severities), hovers, quick fixes applied
 * through `workspace.applyEdit`, the `privateLink.rules` setting and suppression comments, over the fixture
 * workspace test/e2e/workspace (the runners open a copy of it, so edits never touch the repository).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { group, test, waitFor } from './harness';

const EXTENSION_ID = 'private-link-guidance.private-link-guidance';
const SOURCE = 'privatelink';

function fixture(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the fixture workspace is open');
  return vscode.Uri.joinPath(folder.uri, ...relativePath.split('/'));
}

async function open(relativePath: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(fixture(relativePath));
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

/** Back to the file on disk (the tests never save), and wait until the server has seen that. */
async function revert(document: vscode.TextDocument): Promise<void> {
  if (!document.isDirty) return;
  await vscode.window.showTextDocument(document, { preview: false });
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await waitFor(
    'the document to be reverted',
    () => document.isDirty,
    (dirty) => !dirty,
  );
}

function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === SOURCE);
}

function codes(uri: vscode.Uri): string[] {
  return ours(uri)
    .map((diagnostic) => codeOf(diagnostic) ?? '?')
    .sort();
}

/** Waits until our diagnostics for `uri` have exactly these codes (sorted, duplicates kept). */
async function expectCodes(
  uri: vscode.Uri,
  expected: string[],
  what = `findings ${expected.join(', ') || '(none)'}`,
  timeoutMs = 20_000,
): Promise<vscode.Diagnostic[]> {
  const want = JSON.stringify([...expected].sort());
  await waitFor(
    `${what} in ${uri.path}`,
    () => codes(uri),
    (found) => JSON.stringify(found) === want,
    timeoutMs,
  );
  return ours(uri);
}

function only(diagnostics: vscode.Diagnostic[], code: string): vscode.Diagnostic {
  const matching = diagnostics.filter((diagnostic) => codeOf(diagnostic) === code);
  assert.equal(matching.length, 1, `exactly one ${code} finding`);
  return matching[0];
}

/** Zero-based line of the `occurrence`-th line containing `needle`. */
function lineOf(document: vscode.TextDocument, needle: string, occurrence = 1): number {
  let seen = 0;
  for (let line = 0; line < document.lineCount; line++) {
    if (document.lineAt(line).text.includes(needle) && ++seen === occurrence) return line;
  }
  throw new Error(`"${needle}" not found in ${document.uri.path}`);
}

function positionOf(document: vscode.TextDocument, needle: string, occurrence = 1): vscode.Position {
  const line = lineOf(document, needle, occurrence);
  return new vscode.Position(line, document.lineAt(line).text.indexOf(needle));
}

function markdownOf(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))
    .join('\n---\n');
}

async function hoverText(uri: vscode.Uri, position: vscode.Position, expected: RegExp): Promise<string> {
  return waitFor(
    `a hover matching ${expected} at ${position.line}:${position.character}`,
    async () => markdownOf((await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? []),
    (text) => expected.test(text),
  );
}

/**
 * Quick fixes for a diagnostic, resolved as the editor resolves the one the user picks (the server sends fixes
 * without their edit and fills it in with codeAction/resolve). Polled: right after a publish the first request can
 * come back empty.
 */
/** `itemResolveCount` of vscode.executeCodeActionProvider: resolve every action returned. */
const RESOLVE_ALL = 1000;

async function quickFixes(uri: vscode.Uri, diagnostic: vscode.Diagnostic, expectedTitle: RegExp): Promise<vscode.CodeAction[]> {
  return waitFor(
    `a quick fix matching ${expectedTitle}`,
    async () =>
      (
        (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
          'vscode.executeCodeActionProvider',
          uri,
          diagnostic.range,
          vscode.CodeActionKind.QuickFix.value,
          RESOLVE_ALL,
        )) ?? []
      ).filter((action): action is vscode.CodeAction => typeof (action as vscode.Command).command !== 'string'),
    (actions) => actions.some((action) => expectedTitle.test(action.title)),
  );
}

async function applyFix(actions: vscode.CodeAction[], title: RegExp): Promise<vscode.CodeAction> {
  const action = actions.find((candidate) => title.test(candidate.title));
  assert.ok(action, `a code action matching ${title} among ${JSON.stringify(actions.map((a) => a.title))}`);
  assert.ok(action.edit, `"${action.title}" carries an edit`);
  assert.equal(await vscode.workspace.applyEdit(action.edit), true, `"${action.title}" applied`);
  return action;
}

async function setRules(rules: Record<string, string> | undefined, scope: vscode.Uri): Promise<void> {
  await vscode.workspace.getConfiguration('privateLink', scope).update('rules', rules, vscode.ConfigurationTarget.Workspace);
}

group('activation', () => {
  test('the extension activates on a Bicep file and serves its languages', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    const languages = await vscode.languages.getLanguages();
    for (const language of ['bicep', 'bicep-params']) assert.ok(languages.includes(language), `language ${language} is contributed`);
    const document = await open('bicep/key-vault.bicep');
    assert.equal(document.languageId, 'bicep');
    await waitFor(
      'the extension to activate',
      () => extension.isActive,
      (active) => active,
      60_000,
    );
    const commands = await vscode.commands.getCommands(true);
    for (const command of ['privateLink.showRuleDocumentation', 'privateLink.restartServer']) {
      assert.ok(commands.includes(command), `command ${command} is registered`);
    }
  });
});

group('diagnostics', () => {
  test('ARM template: codes, ranges, severities and documentation links', async () => {
    const document = await open('arm/storage-endpoint.json');
    assert.equal(document.languageId, 'json');
    const diagnostics = await expectCodes(document.uri, ['pe-dns-zone-group', 'pe-target-public-access'], 'the two findings', 60_000);

    const zoneGroup = only(diagnostics, 'pe-dns-zone-group');
    assert.equal(zoneGroup.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(zoneGroup.range.start.line, lineOf(document, '"type": "Microsoft.Network/privateEndpoints"'));
    assert.equal(document.getText(zoneGroup.range), '"Microsoft.Network/privateEndpoints"');
    assert.match(zoneGroup.message, /no private DNS zone group/);
    assert.match(zoneGroup.message, /privatelink\.blob\.core\.windows\.net/);
    const target = typeof zoneGroup.code === 'object' ? zoneGroup.code.target : undefined;
    assert.ok(target, 'the code links to the rule page');
    assert.match(target.toString(), /docs\/rules\/pe-dns-zone-group\.md$/);

    const publicAccess = only(diagnostics, 'pe-target-public-access');
    assert.equal(publicAccess.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(publicAccess.range.start.line, lineOf(document, '"type": "Microsoft.Storage/storageAccounts"'));
    assert.equal(document.getText(publicAccess.range), '"Microsoft.Storage/storageAccounts"');
  });

  test('Bicep file: the finding sits on the offending value', async () => {
    const document = await open('bicep/key-vault.bicep');
    const diagnostics = await expectCodes(document.uri, ['pe-target-public-access']);
    const finding = diagnostics[0];
    assert.equal(finding.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(finding.range.start.line, lineOf(document, "publicNetworkAccess: 'Enabled'"));
    assert.equal(document.getText(finding.range), "'Enabled'");
    assert.match(finding.message, /Key Vault/);
  });

  test('Bicep file: an error-level finding', async () => {
    const document = await open('bicep/private-link-service.bicep');
    const finding = (await expectCodes(document.uri, ['pls-standard-load-balancer']))[0];
    assert.equal(finding.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(finding.range.start.line, lineOf(document, "resource lb 'Microsoft.Network/loadBalancers"));
    assert.equal(document.getText(finding.range), "'Microsoft.Network/loadBalancers@2023-11-01'");
  });

  test('an ordinary JSON file gets no finding, and findings follow edits', async () => {
    const plain = await open('arm/not-a-template.json');
    // A template opened after it gets its findings; by then the plain file has been analysed too.
    const template = await open('arm/storage-endpoint.json');
    await expectCodes(template.uri, ['pe-dns-zone-group', 'pe-target-public-access']);
    assert.deepEqual(codes(plain.uri), []);

    // An edit that fixes the storage account by hand clears that finding; reverting brings it back.
    const edit = new vscode.WorkspaceEdit();
    const anchor = positionOf(template, '"minimumTlsVersion": "TLS1_2"');
    edit.insert(template.uri, anchor, '"publicNetworkAccess": "Disabled",\n        ');
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    await expectCodes(template.uri, ['pe-dns-zone-group'], 'the public-access finding to go after a hand edit');
    await revert(template);
    await expectCodes(template.uri, ['pe-dns-zone-group', 'pe-target-public-access'], 'the finding to return after revert');
  });
});

group('hover', () => {
  test('on a Bicep finding: the rule, its level and its documentation', async () => {
    const document = await open('bicep/key-vault.bicep');
    const finding = (await expectCodes(document.uri, ['pe-target-public-access']))[0];
    const text = await hoverText(document.uri, finding.range.start, /pe-target-public-access/);
    assert.match(text, /\*\*pe-target-public-access\*\* \(warning\)/);
    // The link runs "Show documentation", which opens the page shipped with the extension, as the quick fix does.
    assert.match(text, /\[Rule documentation\]\(command:privateLink\.showRuleDocumentation\?[^)]*pe-target-public-access[^)]*\)/);
  });

  test('on a Bicep resource a private endpoint connects to: what the service offers, and its public access', async () => {
    const document = await open('bicep/key-vault.bicep');
    const position = positionOf(document, 'Microsoft.KeyVault/vaults@2023-07-01').translate(0, 3);
    const text = await hoverText(document.uri, position, /Azure Key Vault/);
    assert.match(text, /group ids: `vault`/);
    assert.match(text, /❌ Public access: still open/);
  });

  test('on an ARM private endpoint: its checklist and the finding', async () => {
    const document = await open('arm/storage-endpoint.json');
    const finding = only(await expectCodes(document.uri, ['pe-dns-zone-group', 'pe-target-public-access']), 'pe-dns-zone-group');
    const text = await hoverText(document.uri, finding.range.start.translate(0, 5), /pe-dns-zone-group/);
    assert.match(text, /DNS zone group: missing/);
    assert.match(text, /\*\*pe-dns-zone-group\*\* \(warning\)/);
  });
});

group('quick fixes', () => {
  test('Bicep: "Set publicNetworkAccess to Disabled" removes the finding', async () => {
    const document = await open('bicep/key-vault.bicep');
    try {
      const finding = (await expectCodes(document.uri, ['pe-target-public-access']))[0];
      const actions = await quickFixes(document.uri, finding, /publicNetworkAccess/);
      const titles = actions.map((action) => action.title);
      assert.ok(titles.includes('Disable pe-target-public-access for this line'), JSON.stringify(titles));
      assert.ok(titles.includes('Show documentation for pe-target-public-access'), JSON.stringify(titles));
      const fix = await applyFix(actions, /^Set publicNetworkAccess to 'Disabled'$/);
      assert.equal(fix.isPreferred, true, 'the real fix is the preferred one');
      assert.match(document.getText(), /publicNetworkAccess: 'Disabled'/);
      assert.doesNotMatch(document.getText(), /publicNetworkAccess: 'Enabled'/);
      await expectCodes(document.uri, [], 'the finding to go after the quick fix');
    } finally {
      await revert(document);
    }
    await expectCodes(document.uri, ['pe-target-public-access'], 'the finding to return after revert');
  });

  test('ARM: "Add private DNS zone … and a zone group" removes the finding and keeps valid JSON', async () => {
    const document = await open('arm/storage-endpoint.json');
    try {
      const finding = only(await expectCodes(document.uri, ['pe-dns-zone-group', 'pe-target-public-access']), 'pe-dns-zone-group');
      const actions = await quickFixes(document.uri, finding, /zone group/);
      await applyFix(actions, /^Add private DNS zone privatelink\.blob\.core\.windows\.net.*zone group$/);
      const template = JSON.parse(document.getText()) as { resources: { type: string; name: string }[] };
      const types = template.resources.map((resource) => resource.type);
      assert.ok(types.includes('Microsoft.Network/privateDnsZones'), JSON.stringify(types));
      assert.ok(types.includes('Microsoft.Network/privateDnsZones/virtualNetworkLinks'), JSON.stringify(types));
      assert.ok(types.includes('Microsoft.Network/privateEndpoints/privateDnsZoneGroups'), JSON.stringify(types));
      // Only the other finding is left: the fix added no new problem (zone name, link, limits).
      await expectCodes(document.uri, ['pe-target-public-access'], 'only the public-access finding to remain');
    } finally {
      await revert(document);
    }
  });
});

group('quick fixes out of view', () => {
  test('Bicep: a fix that writes far below the finding scrolls to what it wrote', async () => {
    const document = await open('bicep/long-load-balancer.bicep');
    try {
      const finding = only(await expectCodes(document.uri, ['pls-standard-load-balancer']), 'pls-standard-load-balancer');
      const editor = vscode.window.activeTextEditor;
      assert.ok(editor && editor.document === document, 'the fixture is the active editor');
      editor.selection = new vscode.Selection(finding.range.start, finding.range.start);
      editor.revealRange(finding.range, vscode.TextEditorRevealType.AtTop);
      // The fix writes the SKU at the end of the load balancer, just above the service.
      const endOfLoadBalancer = new vscode.Position(lineOf(document, 'resource pls') - 2, 0);
      await waitFor(
        'the editor to show the finding and not the end of the load balancer',
        () => editor.visibleRanges,
        (ranges) => ranges.some((r) => r.contains(finding.range.start)) && !ranges.some((r) => r.contains(endOfLoadBalancer)),
      );
      await quickFixes(document.uri, finding, /SKU/);
      // As the user picks it: VS Code resolves the edit, applies it, then runs the action's command.
      await vscode.commands.executeCommand('editor.action.codeAction', { kind: 'quickfix', apply: 'first', preferred: true });
      await waitFor(
        'the fix to be applied',
        () => document.getText(),
        (text) => text.includes("name: 'Standard'"),
      );
      const written = new vscode.Position(lineOf(document, "name: 'Standard'"), 0);
      await waitFor(
        'the editor to show the SKU the fix wrote',
        () => editor.visibleRanges,
        (ranges) => ranges.some((r) => r.contains(written)),
      );
    } finally {
      await revert(document);
    }
  });
});

group('settings', () => {
  test('privateLink.rules changes a level and turns a rule off', async () => {
    const document = await open('bicep/private-link-service.bicep');
    try {
      await expectCodes(document.uri, ['pls-standard-load-balancer']);
      await setRules({ 'pls-standard-load-balancer': 'warning' }, document.uri);
      await waitFor(
        'the finding to become a warning',
        () => ours(document.uri).map((diagnostic) => diagnostic.severity),
        (severities) => severities.length === 1 && severities[0] === vscode.DiagnosticSeverity.Warning,
      );
      await setRules({ 'pls-standard-load-balancer': 'off' }, document.uri);
      await expectCodes(document.uri, [], 'the finding to go when the rule is off');
    } finally {
      await setRules(undefined, document.uri);
    }
    await waitFor(
      'the default error level to return',
      () => ours(document.uri).map((diagnostic) => diagnostic.severity),
      (severities) => severities.length === 1 && severities[0] === vscode.DiagnosticSeverity.Error,
    );
  });
});

group('suppression comments', () => {
  test('Bicep: the comment hides exactly its rule on the next line', async () => {
    const document = await open('bicep/suppressed.bicep');
    try {
      await expectCodes(document.uri, ['pe-dns-zone-group'], 'only the unsuppressed finding');
      // Without the comment the suppressed finding appears: the comment, not a blind spot, hid it.
      const commentLine = lineOf(document, '// privatelink-disable-next-line pe-target-public-access');
      const removal = new vscode.WorkspaceEdit();
      removal.delete(document.uri, document.lineAt(commentLine).rangeIncludingLineBreak);
      assert.equal(await vscode.workspace.applyEdit(removal), true);
      await expectCodes(document.uri, ['pe-dns-zone-group', 'pe-target-public-access'], 'the finding to appear without its comment');
    } finally {
      await revert(document);
    }
    await expectCodes(document.uri, ['pe-dns-zone-group'], 'the suppression to hold again after revert');
  });

  test('Bicep: the "Disable … for this line" quick fix writes a working comment', async () => {
    const document = await open('bicep/suppressed.bicep');
    try {
      const finding = (await expectCodes(document.uri, ['pe-dns-zone-group']))[0];
      const actions = await quickFixes(document.uri, finding, /^Disable pe-dns-zone-group for this line$/);
      await applyFix(actions, /^Disable pe-dns-zone-group for this line$/);
      const line = finding.range.start.line;
      assert.equal(document.lineAt(line).text.trim(), '// privatelink-disable-next-line pe-dns-zone-group');
      await expectCodes(document.uri, [], 'every finding to be suppressed');
    } finally {
      await revert(document);
    }
  });

  test('ARM: a // comment in the template suppresses its rule', async () => {
    const document = await open('arm/suppressed.json');
    await expectCodes(document.uri, ['pe-dns-zone-group'], 'only the unsuppressed finding');
  });

  test('ARM in the JSON mode: the suppression quick fix writes the resource\'s "comments", valid JSON VS Code does not flag', async () => {
    const document = await open('arm/storage-endpoint.json');
    try {
      assert.equal(document.languageId, 'json');
      const finding = only(await expectCodes(document.uri, ['pe-dns-zone-group', 'pe-target-public-access']), 'pe-dns-zone-group');
      const title = /^Disable pe-dns-zone-group for this resource \(in its "comments"\)$/;
      const actions = await quickFixes(document.uri, finding, title);
      assert.ok(!actions.some((a) => /for this line$/.test(a.title)), 'no // comment offered where the mode rejects comments');
      await applyFix(actions, title);
      const template = JSON.parse(document.getText()) as { resources: { type: string; comments?: string }[] };
      const endpoint = template.resources.find((r) => r.type === 'Microsoft.Network/privateEndpoints');
      assert.equal(endpoint?.comments, 'privatelink-disable pe-dns-zone-group');
      await expectCodes(document.uri, ['pe-target-public-access'], 'the suppressed finding to go');
      // VS Code's own JSON language features see nothing wrong either (they report with source "json").
      const jsonErrors = vscode.languages
        .getDiagnostics(document.uri)
        .filter((d) => d.source !== undefined && /json/i.test(d.source) && d.severity === vscode.DiagnosticSeverity.Error);
      assert.deepEqual(
        jsonErrors.map((d) => d.message),
        [],
      );
    } finally {
      await revert(document);
    }
  });
});

group('hub and spoke, shared modules', () => {
  test('Bicep, the subnet from a parameter: the fix points a zone group at an existing zone, as its title says', async () => {
    const document = await open('bicep/spoke-endpoint.bicep');
    try {
      const finding = only(await expectCodes(document.uri, ['pe-dns-zone-group']), 'pe-dns-zone-group');
      const title = /^Add a DNS zone group using an existing zone privatelink\.vaultcore\.azure\.net \(new parameter '(\w+)' for its id\)$/;
      const actions = await quickFixes(document.uri, finding, title);
      // The network is unknown here: no new zone (with a link it could not write) is offered in the spoke.
      assert.ok(!actions.some((a) => /^Add private DNS zone/.test(a.title)), JSON.stringify(actions.map((a) => a.title)));
      const applied = await applyFix(actions, title);
      const parameter = title.exec(applied.title)![1];
      assert.match(document.getText(), new RegExp(`^param ${parameter} string$`, 'm'));
      assert.match(document.getText(), new RegExp(`privateDnsZoneId: ${parameter}\\b`));
      await expectCodes(document.uri, [], 'the finding to go, and nothing new');
    } finally {
      await revert(document);
    }
  });

  test('a module called twice: the finding names the call, shows at its argument, and is disabled for that call only', async () => {
    const main = await open('bicep/shared-module/main.bicep');
    const moduleUri = vscode.Uri.joinPath(main.uri, '..', 'endpoint.bicep');
    try {
      const atArgument = only(await expectCodes(main.uri, ['pe-valid-group-id'], 'the finding at the argument'), 'pe-valid-group-id');
      assert.equal(main.getText(atArgument.range), "'vaults'");
      assert.match(
        atArgument.message,
        /^The value passed here as 'groupId' causes this finding in endpoint\.bicep line \d+: 'vaults' is not a group id/,
      );
      const inModule = only(await expectCodes(moduleUri, ['pe-valid-group-id'], 'the finding in the module'), 'pe-valid-group-id');
      assert.ok(
        (inModule.relatedInformation ?? []).some(
          (r) => r.location.uri.toString() === main.uri.toString() && /main\.bicep line \d+/.test(r.message),
        ),
        JSON.stringify(inModule.relatedInformation?.map((r) => r.message)),
      );
      const title = /^Disable pe-valid-group-id for this call \(line \d+\)$/;
      await applyFix(await quickFixes(main.uri, atArgument, title), title);
      const call = lineOf(main, 'module badEndpoint');
      assert.equal(main.lineAt(call - 1).text.trim(), '#disable-next-line pe-valid-group-id');
      await expectCodes(main.uri, [], 'the call to be disabled');
      await expectCodes(moduleUri, [], 'what the call caused in the module to go too');
    } finally {
      await revert(main);
    }
  });
});

group('completions and code lenses', () => {
  test('inside groupIds: blob is offered with its private DNS zone', async () => {
    const document = await open('arm/storage-endpoint.json');
    await expectCodes(document.uri, ['pe-dns-zone-group', 'pe-target-public-access']);
    const position = document.positionAt(document.getText().indexOf('"groupIds": ["blob"]') + '"groupIds": ["'.length);
    const list = await waitFor(
      'group id completions',
      async () =>
        (await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position))
          ?.items ?? [],
      (items) => items.some((item) => (typeof item.label === 'string' ? item.label : item.label.label) === 'blob'),
    );
    const blob = list.find((item) => (typeof item.label === 'string' ? item.label : item.label.label) === 'blob')!;
    assert.match(String(blob.detail), /privatelink\.blob\.core\.windows\.net/);
  });

  test('a code lens above the private endpoint sums up its checklist', async () => {
    const document = await open('arm/storage-endpoint.json');
    await expectCodes(document.uri, ['pe-dns-zone-group', 'pe-target-public-access']);
    const lenses = await waitFor(
      'a Private Link code lens',
      async () => (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri, 10)) ?? [],
      (found) => found.some((lens) => /^Private endpoint · /.test(lens.command?.title ?? '')),
    );
    const lens = lenses.find((l) => /^Private endpoint · /.test(l.command?.title ?? ''))!;
    assert.equal(lens.range.start.line, lineOf(document, '"type": "Microsoft.Network/privateEndpoints"'));
    assert.match(lens.command!.title, /DNS: ❌ no zone group/);
    assert.match(lens.command!.title, /public access on/);
  });
});
