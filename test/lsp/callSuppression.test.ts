/**
 * "Disable <id> for this call" written in each form (lsp/callSuppression.ts): Bicep's directive above the module
 * keyword (extended when one is there), ARM's `//` comment where the mode accepts comments and the deployment's
 * "comments" where it does not, and nothing when the caller changed since the analysis named the call.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver/node';
import { analyzeDocument } from '../../server/src/engine';
import { callSuppressionActions } from '../../server/src/lsp/callSuppression';
import { applyTextEdits, editsFor } from '../support/textEdits';
import { armCaller, bicepCaller, ENDPOINT_MODULE_JSON } from '../support/moduleCalls';

const CODE = 'pe-valid-group-id';

/** A diagnostic naming the call that starts at `needle` (its first occurrence) in `document`. */
function diagnosticFor(document: TextDocument, needle: string): Diagnostic {
  const start = document.getText().indexOf(needle);
  assert.ok(start >= 0, needle);
  const line = document.positionAt(start).line;
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
    message: 'm',
    code: CODE,
    source: 'privatelink',
    data: { calls: [{ uri: document.uri, start, line }] },
  };
}

function disabled(document: TextDocument, needle: string): string | undefined {
  const [action] = callSuppressionActions(document, diagnosticFor(document, needle), CODE, () => undefined);
  return action?.edit && applyTextEdits(document.getText(), editsFor(action.edit, document.uri));
}

describe('"Disable <id> for this call"', () => {
  test('Bicep: the directive goes right above the module keyword, or extends the one there', () => {
    const text = bicepCaller('modules/endpoint.bicep', ['vaults', 'vault'], { 0: "@description('first')" });
    const document = TextDocument.create('file:///w/main.bicep', 'bicep', 1, text);
    const edited = disabled(document, 'module endpoint0');
    assert.ok(edited?.includes(`@description('first')\n#disable-next-line ${CODE}\nmodule endpoint0`), edited);
    const again = TextDocument.create('file:///w/main.bicep', 'bicep', 2, edited!.replace(CODE, 'pe-dns-zone-group'));
    assert.ok(disabled(again, 'module endpoint0')?.includes(`#disable-next-line pe-dns-zone-group ${CODE}\nmodule endpoint0`));
    assert.equal(
      disabled(TextDocument.create('file:///w/main.bicep', 'bicep', 3, edited!), 'module endpoint0'),
      undefined,
      'already disabled',
    );
  });

  test('ARM: a // comment where the mode accepts comments, the "comments" property where it does not', () => {
    const text = armCaller(['vaults', 'vault']);
    const call = '{\n      "type": "Microsoft.Resources/deployments"';
    const commented = disabled(TextDocument.create('file:///w/main.json', 'arm-template', 1, text), call);
    assert.ok(
      commented?.includes(`    // privatelink-disable-next-line ${CODE}\n    {\n      "type": "Microsoft.Resources/deployments"`),
      commented,
    );
    const json = disabled(TextDocument.create('file:///w/main.json', 'json', 1, text), call);
    assert.ok(json?.includes(`"comments": "privatelink-disable ${CODE}",\n      "type": "Microsoft.Resources/deployments"`), json);
    // Either form silences the first call only.
    for (const edited of [commented!, json!]) {
      const findings = analyzeDocument(
        { path: '/w/main.json', text: edited },
        { host: { workspaceRoot: '/w', readFile: (p) => (p === '/w/nested/endpoint.json' ? ENDPOINT_MODULE_JSON : undefined) } },
      ).findings.filter((f) => f.code === CODE);
      assert.equal(findings.length, 0, 'the bad call is the first one, and it is disabled');
    }
  });

  test('nothing is offered when the caller no longer has the call where the analysis saw it', () => {
    const text = bicepCaller('modules/endpoint.bicep', ['vaults']);
    const document = TextDocument.create('file:///w/main.bicep', 'bicep', 1, text);
    const diagnostic = diagnosticFor(document, 'module endpoint0');
    const changed = TextDocument.create('file:///w/main.bicep', 'bicep', 2, `// a new first line\n${text}`);
    assert.deepEqual(
      callSuppressionActions(changed, diagnostic, CODE, () => undefined),
      [],
    );
  });
});
