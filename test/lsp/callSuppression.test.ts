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
import type { EngineFinding } from '../../server/src/engine';
import { callSuppressionActions, callsData, callsDataOf, mergeCallsData } from '../../server/src/lsp/callSuppression';
import { RangeConverter } from '../../server/src/lsp/convert';
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

/** The one-call Bicep caller, with `module endpoint0` replaced by `call` (a directive above it, indentation …). */
function callerWith(call: string, eol = '\n'): TextDocument {
  const text = bicepCaller('modules/endpoint.bicep', ['vaults']).replace('module endpoint0', call).replace(/\n/g, eol);
  return TextDocument.create('file:///w/main.bicep', 'bicep', 1, text);
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

  test('a call in another file is titled with that file and line, and edits that file', () => {
    const text = bicepCaller('modules/endpoint.bicep', ['vaults']);
    const caller = TextDocument.create('file:///w/my%20main.bicep', 'bicep', 1, text);
    const module = TextDocument.create('file:///w/modules/endpoint.bicep', 'bicep', 1, 'param groupId string\n');
    const diagnostic = diagnosticFor(caller, 'module endpoint0');
    const line = caller.positionAt(caller.getText().indexOf('module endpoint0')).line;
    const [action, ...others] = callSuppressionActions(module, diagnostic, CODE, (uri) => (uri === caller.uri ? caller : undefined));
    assert.equal(others.length, 0);
    assert.equal(action.title, `Disable ${CODE} for the call in my main.bicep line ${line + 1}`);
    assert.deepEqual(Object.keys(action.edit!.changes!), [caller.uri]);
    assert.deepEqual(action.diagnostics, [diagnostic]);
    assert.equal(action.kind, 'quickfix');
    // The caller cannot be read: nothing is offered.
    assert.deepEqual(
      callSuppressionActions(module, diagnostic, CODE, () => undefined),
      [],
    );
  });

  test('the title of a call in the same file names its line', () => {
    const document = TextDocument.create('file:///w/main.bicep', 'bicep', 1, bicepCaller('modules/endpoint.bicep', ['vaults']));
    const diagnostic = diagnosticFor(document, 'module endpoint0');
    const line = document.positionAt(document.getText().indexOf('module endpoint0')).line;
    assert.deepEqual(
      callSuppressionActions(document, diagnostic, CODE, () => undefined).map((a) => a.title),
      [`Disable ${CODE} for this call (line ${line + 1})`],
    );
  });

  test('one action for each call the diagnostic names', () => {
    const document = TextDocument.create('file:///w/main.bicep', 'bicep', 1, bicepCaller('modules/endpoint.bicep', ['vaults', 'vault']));
    const first = diagnosticFor(document, 'module endpoint0');
    const second = diagnosticFor(document, 'module endpoint1');
    const both = { ...first, data: { calls: [...callsDataOf(first), ...callsDataOf(second)] } };
    const actions = callSuppressionActions(document, both, CODE, () => undefined);
    assert.equal(actions.length, 2);
    const edited = applyTextEdits(document.getText(), editsFor(actions[1].edit!, document.uri));
    assert.ok(edited.includes(`#disable-next-line ${CODE}\nmodule endpoint1`), edited);
    assert.ok(!edited.includes(`#disable-next-line ${CODE}\nmodule endpoint0`), edited);
  });

  test('Bicep: the directive keeps the line ends and indentation of the file, and extends one with trailing spaces', () => {
    const edited = disabled(callerWith('module endpoint0', '\r\n'), 'module endpoint0');
    assert.ok(edited?.includes(`\r\n#disable-next-line ${CODE}\r\nmodule endpoint0`), JSON.stringify(edited));
    assert.ok(
      disabled(callerWith('  module endpoint0'), 'module endpoint0')?.includes(`\n  #disable-next-line ${CODE}\n  module endpoint0`),
    );
    // The id follows the last one; the trailing spaces go.
    const trailing = callerWith('#disable-next-line pe-dns-zone-group   \nmodule endpoint0');
    assert.ok(disabled(trailing, 'module endpoint0')?.includes(`\n#disable-next-line pe-dns-zone-group ${CODE}\nmodule endpoint0`));
    // A directive two lines up is not the call's: a new one is written.
    const apart = callerWith('#disable-next-line pe-dns-zone-group\n\nmodule endpoint0');
    assert.ok(disabled(apart, 'module endpoint0')?.includes(`\n\n#disable-next-line ${CODE}\nmodule endpoint0`));
  });

  test('Bicep: a call on the first line, a decorator line, and a line that is not a call', () => {
    const first = TextDocument.create('file:///w/main.bicep', 'bicep', 1, "module m 'modules/endpoint.bicep' = {\n  name: 'm'\n}\n");
    assert.equal(disabled(first, 'module m'), `#disable-next-line ${CODE}\nmodule m 'modules/endpoint.bicep' = {\n  name: 'm'\n}\n`);
    const decorated = TextDocument.create('file:///w/main.bicep', 'bicep', 1, "@batchSize(1)\nmodule m 'modules/endpoint.bicep' = {\n}\n");
    assert.equal(
      disabled(decorated, '@batchSize'),
      `#disable-next-line ${CODE}\n@batchSize(1)\nmodule m 'modules/endpoint.bicep' = {\n}\n`,
    );
    const other = TextDocument.create('file:///w/main.bicep', 'bicep', 1, "param p string\nmodules m 'x' = {}\n");
    assert.equal(disabled(other, 'modules m'), undefined, '"modules" is not the module keyword');
    assert.equal(disabled(other, 'param p'), undefined);
    // Told by the language id when the name does not end in .bicep, and by the name when the id is another.
    const byLanguage = TextDocument.create('untitled:Untitled-1', 'bicep', 1, "module m 'x.bicep' = {}\n");
    assert.equal(disabled(byLanguage, 'module m'), `#disable-next-line ${CODE}\nmodule m 'x.bicep' = {}\n`);
    const byName = TextDocument.create('file:///w/MAIN.BICEP', 'plaintext', 1, "module m 'x.bicep' = {}\n");
    assert.equal(disabled(byName, 'module m'), `#disable-next-line ${CODE}\nmodule m 'x.bicep' = {}\n`);
  });

  test('ARM: nothing when the call no longer starts with a brace, or lies past the end of the text', () => {
    const text = armCaller(['vaults']);
    const call = '{\n      "type": "Microsoft.Resources/deployments"';
    const document = TextDocument.create('file:///w/main.json', 'arm-template', 1, text);
    const diagnostic = diagnosticFor(document, call);
    const [data] = callsDataOf(diagnostic);
    const moved = { ...diagnostic, data: { calls: [{ ...data, start: data.start + 1 }] } };
    assert.deepEqual(
      callSuppressionActions(document, moved, CODE, () => undefined),
      [],
    );
    const past = { ...diagnostic, data: { calls: [{ ...data, start: text.length + 1 }] } };
    assert.deepEqual(
      callSuppressionActions(document, past, CODE, () => undefined),
      [],
    );
    // At the very end of the text on the right line, there is no brace either.
    const end = { ...diagnostic, data: { calls: [{ ...data, start: text.length, line: document.positionAt(text.length).line }] } };
    assert.deepEqual(
      callSuppressionActions(document, end, CODE, () => undefined),
      [],
    );
  });
});

describe('Diagnostic.data.calls', () => {
  const callA = { uri: 'file:///w/a.bicep', start: 10, line: 1 };
  const callB = { uri: 'file:///w/b.bicep', start: 10, line: 1 };

  test('read back: malformed entries and data are left out', () => {
    assert.deepEqual(callsDataOf({ data: undefined }), []);
    assert.deepEqual(callsDataOf({ data: null }), []);
    assert.deepEqual(callsDataOf({ data: { calls: 'x' } }), []);
    assert.deepEqual(
      callsDataOf({
        data: {
          calls: [
            callA,
            null,
            'call',
            { uri: 1, start: 1, line: 0 },
            { uri: 'u', start: 1.5, line: 0 },
            { uri: 'u', start: 1, line: '0' },
            callB,
          ],
        },
      }),
      [callA, callB],
    );
  });

  test('merged: every call any diagnostic names, each once; the data is kept as it is when none is new', () => {
    const data = { fix: 1, calls: [callA] };
    assert.equal(mergeCallsData(data, [{ data: { calls: [callA] } }]), data);
    assert.equal(mergeCallsData(data, []), data);
    assert.deepEqual(mergeCallsData(data, [{ data: { calls: [callA, callB] } }, { data: { calls: [callB] } }]), {
      fix: 1,
      calls: [callA, callB],
    });
    // Merged from the others only: the first diagnostic is itself one of them in publisher.ts.
    assert.deepEqual(mergeCallsData({ fix: 2 }, [{ data: { calls: [callB] } }, { data: { calls: [{ ...callB, line: 7 }] } }]), {
      fix: 2,
      calls: [callB],
    });
  });

  test('written from a finding: each call once, with its line in the caller, none when no call causes it', () => {
    const callerPath = '/w/main.bicep';
    const callerText = "param p string\n\nmodule m 'x.bicep' = {}\n";
    const ranges = new RangeConverter({ files: new Map([[callerPath, callerText]]) }, { textOf: () => undefined });
    const start = callerText.indexOf('module');
    const cause = {
      parameter: 'groupId',
      call: { path: callerPath, range: { start, end: start + 6 } },
      argument: { path: callerPath, range: { start, end: start + 6 } },
      literal: true,
    };
    const finding = {
      causedBy: [cause, cause, { ...cause, call: { path: '/w/other.bicep', range: { start, end: start } } }],
    } as unknown as EngineFinding;
    assert.deepEqual(
      callsData(finding, ranges, (p) => `file://${p}`),
      [
        { uri: 'file:///w/main.bicep', start, line: 2 },
        { uri: 'file:///w/other.bicep', start, line: 0 },
      ],
    );
    assert.equal(
      callsData({ causedBy: [] } as unknown as EngineFinding, ranges, (p) => p),
      undefined,
    );
    assert.equal(
      callsData({} as EngineFinding, ranges, (p) => p),
      undefined,
    );
  });
});
