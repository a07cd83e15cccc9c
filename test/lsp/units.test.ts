/** The language server's pure parts: suppression edits, code actions and their resolution, diagnostic merging, settings and Diagnostic.data parsing. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import { provideCodeActions, resolveCodeAction, suppressionEdit, type CodeActionEnvironment } from '../../server/src/lsp/codeActions';
import { fixDataOf, type FixHandle } from '../../server/src/lsp/analysisFixes';
import type { FixEditData } from '../../server/src/lsp/convert';
import { pathToUri, uriToPath } from '../../server/src/lsp/convert';
import { DiagnosticsPublisher, type ProducedDiagnostic } from '../../server/src/lsp/publisher';
import type { FindingProvenance } from '../../server/src/engine';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../server/src/lsp/settings';
import { applyTextEdits } from '../support/textEdits';

const doc = (text: string, languageId = 'bicep') => TextDocument.create('file:///w/main.bicep', languageId, 1, text);

function diagnostic(code: string, line: number, extra: Partial<Diagnostic> = {}): Diagnostic {
  return {
    range: { start: { line, character: 2 }, end: { line, character: 8 } },
    severity: DiagnosticSeverity.Warning,
    source: 'privatelink',
    code,
    message: `${code} message`,
    ...extra,
  };
}

/** What an analysis hands the publisher: the diagnostic, and the finding it was made from when there is one. */
function produced(code: string, line: number, finding?: FindingProvenance): ProducedDiagnostic {
  return { diagnostic: diagnostic(code, line, finding ? { message: 'as sent' } : {}), finding };
}

describe('suppressionEdit', () => {
  test('inserts the comment above the line with its indentation', () => {
    const text = "resource x 'T@1' = {\n    name: 'a'\n}\n";
    const edited = applyTextEdits(text, [suppressionEdit(doc(text), 1, 'pe-dns-zone-group')]);
    assert.equal(edited, "resource x 'T@1' = {\n    // privatelink-disable-next-line pe-dns-zone-group\n    name: 'a'\n}\n");
  });

  test('keeps CRLF line endings and tabs', () => {
    const text = '{\r\n\t"type": "x"\r\n}';
    const edited = applyTextEdits(text, [suppressionEdit(doc(text, 'json'), 1, 'pls-ipv4-only')]);
    assert.equal(edited, '{\r\n\t// privatelink-disable-next-line pls-ipv4-only\r\n\t"type": "x"\r\n}');
  });

  test('adds the id to an existing suppression comment instead of stacking comments', () => {
    const text = '  // privatelink-disable-next-line pe-dns-zone-group\n  name: x\n';
    const edited = applyTextEdits(text, [suppressionEdit(doc(text), 1, 'pe-vnet-location')]);
    assert.equal(edited, '  // privatelink-disable-next-line pe-dns-zone-group pe-vnet-location\n  name: x\n');
  });

  test('works on the first line', () => {
    const text = 'param x string';
    assert.equal(applyTextEdits(text, [suppressionEdit(doc(text), 0, 'a-b')]), '// privatelink-disable-next-line a-b\nparam x string');
  });
});

describe('provideCodeActions', () => {
  const text = 'a\n  b\nc\n';
  const edit = (version: number | null): FixEditData => ({
    uri: 'file:///w/main.bicep',
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
    newText: 'z',
    version,
  });
  /** Diagnostics carry a key in `data`; their fixes (each edit rendered on demand, counted) come from this table. */
  function environment(
    fixes: Record<string, { title: string; edits: FixEditData[] | undefined }[]>,
    extra: Partial<CodeActionEnvironment> = {},
  ) {
    const rendered: string[] = [];
    const env: CodeActionEnvironment = {
      documentChanges: false,
      resolvesEdits: false,
      versionOf: () => 1,
      fixesOf: (d, uri): FixHandle[] => {
        assert.equal(uri, 'file:///w/main.bicep');
        return (fixes[(d.data as { key?: string } | undefined)?.key ?? ''] ?? []).map((fix) => ({
          title: fix.title,
          edits: () => (rendered.push(fix.title), fix.edits),
        }));
      },
      ...extra,
    };
    return { env, rendered };
  }
  const { env } = environment({});
  const params = (diagnostics: Diagnostic[], only?: string[]) => ({
    textDocument: { uri: 'file:///w/main.bicep' },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics, only },
  });

  test('fix first (preferred), then disable, then documentation; other sources ignored', () => {
    const { env } = environment({ k: [{ title: 'Do it', edits: [edit(1)] }] });
    const actions = provideCodeActions(
      doc(text),
      params([diagnostic('pe-x', 1, { data: { key: 'k' } }), diagnostic('other', 1, { source: 'bicep', data: { key: 'k' } })]),
      env,
    );
    assert.deepEqual(
      actions.map((a) => a.title),
      ['Do it', 'Disable pe-x for this line', 'Show documentation for pe-x'],
    );
    assert.equal(actions[0].isPreferred, true);
    assert.deepEqual(actions[2].command?.arguments?.[0], 'pe-x');
  });

  test('a fix computed on an older version of the document, or that cannot be written, is not offered; the next one is preferred', () => {
    const { env } = environment({
      k: [
        { title: 'Old', edits: [edit(0)] },
        { title: 'Unwritable', edits: undefined },
        { title: 'Good', edits: [edit(1)] },
      ],
    });
    const actions = provideCodeActions(doc(text), params([diagnostic('pe-x', 1, { data: { key: 'k' } })]), env);
    assert.deepEqual(
      actions.filter((a) => a.isPreferred).map((a) => a.title),
      ['Good'],
    );
    assert.ok(!actions.some((a) => a.title === 'Old' || a.title === 'Unwritable'));
  });

  test('syntax errors get neither a disable action nor documentation', () => {
    assert.deepEqual(provideCodeActions(doc(text), params([diagnostic('syntax-error', 0)]), env), []);
  });

  test('respects context.only', () => {
    assert.deepEqual(provideCodeActions(doc(text), params([diagnostic('pe-x', 1)], ['refactor']), env), []);
    assert.equal(provideCodeActions(doc(text), params([diagnostic('pe-x', 1)], ['quickfix']), env).length, 2);
  });

  test('versioned documentChanges when the client supports them', () => {
    const { env } = environment({ k: [{ title: 'Do it', edits: [edit(1)] }] }, { documentChanges: true });
    const [fix] = provideCodeActions(doc(text), params([diagnostic('pe-x', 1, { data: { key: 'k' } })]), env);
    assert.deepEqual(fix.edit?.documentChanges, [
      {
        textDocument: { uri: 'file:///w/main.bicep', version: 1 },
        edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, newText: 'z' }],
      },
    ]);
  });

  test('a client that resolves edits gets the fix without one, and its edit from codeAction/resolve (after a JSON round trip)', () => {
    const { env, rendered } = environment(
      {
        k: [
          { title: 'First', edits: [edit(1)] },
          { title: 'Do it', edits: [edit(1)] },
        ],
      },
      { resolvesEdits: true },
    );
    const [, fix] = provideCodeActions(doc(text), params([diagnostic('pe-x', 1, { data: { key: 'k' } })]), env);
    assert.equal(fix.title, 'Do it');
    assert.equal(fix.edit, undefined);
    const resolved = resolveCodeAction(JSON.parse(JSON.stringify(fix)), env);
    assert.deepEqual(resolved.edit, { changes: { 'file:///w/main.bicep': [{ range: edit(1).range, newText: 'z' }] } });
    assert.deepEqual(rendered, ['First', 'Do it', 'Do it'], 'each offered fix is rendered to check it, the resolved one again');
  });

  test('resolving after the document changed, or for a fix that is gone, gives no edit', () => {
    const { env } = environment({ k: [{ title: 'Do it', edits: [edit(1)] }] }, { resolvesEdits: true });
    const [fix] = provideCodeActions(doc(text), params([diagnostic('pe-x', 1, { data: { key: 'k' } })]), env);
    assert.equal(resolveCodeAction(fix, { ...env, versionOf: () => 2 }).edit, undefined);
    assert.equal(resolveCodeAction(fix, environment({}, { resolvesEdits: true }).env).edit, undefined);
    assert.equal(resolveCodeAction({ ...fix, title: 'Something else' }, env).edit, undefined);
    for (const data of [undefined, null, 1, {}, { fixOf: 'x' }, { fixOf: { uri: 1, index: 0, diagnostic: {} } }]) {
      assert.equal(resolveCodeAction({ ...fix, data }, env).edit, undefined);
    }
  });
});

describe('fixDataOf', () => {
  test('reads what toDiagnostic writes; malformed data yields none rather than an error', () => {
    const data = { unit: 'u', start: 1, end: 2, fixes: ['t'], message: 'm' };
    assert.deepEqual(fixDataOf({ data }), data);
    for (const data of [
      undefined,
      null,
      1,
      {},
      { unit: 'u' },
      { unit: 'u', start: 1, end: 2, fixes: 'x', message: 'm' },
      { unit: 'u', start: 1.5, end: 2, fixes: [], message: 'm' },
      { unit: 'u', start: 1, end: 2, fixes: [1], message: 'm' },
      { unit: 'u', start: 1, end: 2, fixes: ['t'] },
    ]) {
      assert.equal(fixDataOf({ data }), undefined);
    }
  });
});

describe('DiagnosticsPublisher', () => {
  test('merges producers per target, dedupes, and republishes when a producer goes', () => {
    const sent: [string, string[]][] = [];
    const publisher = new DiagnosticsPublisher((uri, diagnostics) => sent.push([uri, diagnostics.map((d) => String(d.code))]));
    publisher.set(
      'main',
      new Map([
        ['main', [produced('a', 0)]],
        ['mod', [produced('b', 1)]],
      ]),
    );
    publisher.set('mod', new Map([['mod', [produced('b', 1), produced('c', 2)]]]));
    assert.deepEqual(
      publisher.merged('mod').map((d) => d.code),
      ['b', 'c'],
    );
    sent.length = 0;
    publisher.remove('main');
    // mod's merged list did not change, so it is not sent again.
    assert.deepEqual(sent, [['main', []]]);
    sent.length = 0;
    publisher.set('mod', new Map([['mod', []]]));
    assert.deepEqual(sent, [['mod', []]]);
  });

  test('findings that differ only by their parameter files become one naming every parameter file', () => {
    const publisher = new DiagnosticsPublisher(() => undefined);
    const fileValue = (path: string, start: number) => ({
      parameter: 'access',
      source: 'parameterFile' as const,
      path,
      range: { start, end: start + 9 },
    });
    const computed = (message: string, parameterFile: string, start: number): FindingProvenance => ({
      message,
      basedOn: [fileValue(parameterFile, start)],
      parameterFiles: [parameterFile],
    });
    publisher.set('dev', new Map([['t', [produced('a', 1, computed('Public.', '/w/main.dev.bicepparam', 40))]]]));
    publisher.set(
      'prod',
      new Map([
        [
          't',
          [
            produced('a', 1, computed('Public.', '/w/main.prod.bicepparam', 52)),
            produced('b', 2, { message: 'Other.', basedOn: [], parameterFiles: ['/w/main.prod.bicepparam'] }),
          ],
        ],
      ]),
    );
    assert.deepEqual(
      publisher.merged('t').map((d) => d.message),
      [
        "Public (from the parameter file's value of 'access'; with parameters from main.dev.bicepparam and main.prod.bicepparam).",
        'Other (with parameters from main.prod.bicepparam).',
      ],
    );
    // The same message resting on a default is another finding; holding without any parameter file: none named.
    publisher.set(
      'defaults',
      new Map([
        [
          't',
          [
            produced('a', 1, {
              message: 'Public.',
              basedOn: [{ ...fileValue('/w/main.bicep', 10), source: 'default' }],
              parameterFiles: [],
            }),
            produced('b', 2, { message: 'Other.', basedOn: [], parameterFiles: [] }),
          ],
        ],
      ]),
    );
    assert.deepEqual(
      publisher.merged('t').map((d) => d.message),
      [
        "Public (from the parameter file's value of 'access'; with parameters from main.dev.bicepparam and main.prod.bicepparam).",
        'Other.',
        "Public (from the default value of parameter 'access').",
      ],
    );
  });

  test('a diagnostic that is no engine finding merges by its message', () => {
    const publisher = new DiagnosticsPublisher(() => undefined);
    publisher.set('one', new Map([['t', [produced('internal-error', 0)]]]));
    publisher.set('two', new Map([['t', [produced('internal-error', 0)]]]));
    assert.deepEqual(
      publisher.merged('t').map((d) => d.message),
      ['internal-error message'],
    );
  });

  test('a filter withholds diagnostics from some URIs, and refresh applies a changed filter', () => {
    const sent: [string, string[]][] = [];
    let open = new Set(['a']);
    const publisher = new DiagnosticsPublisher(
      (uri, diagnostics) => sent.push([uri, diagnostics.map((d) => String(d.code))]),
      (uri) => open.has(uri),
      (uri) => open.has(uri),
    );
    publisher.set(
      'p',
      new Map([
        ['a', [produced('x', 0)]],
        ['b', [produced('y', 0)]],
      ]),
    );
    assert.deepEqual(sent, [['a', ['x']]]);
    sent.length = 0;
    open = new Set(['a', 'b']);
    publisher.refresh();
    assert.deepEqual(sent, [['b', ['y']]]);
    sent.length = 0;
    open = new Set(['b']);
    publisher.refresh();
    assert.deepEqual(sent, [['a', []]]);
  });
});

describe('settings', () => {
  test('wrong types fall back per field; levels are validated', () => {
    const warnings: string[] = [];
    const settings = normalizeSettings({ rules: { 'pe-x': 'off', 'pe-y': 'loud' }, maxFileSizeKb: 'big', debounceMs: -5 }, warnings);
    assert.deepEqual(settings.rules, { 'pe-x': 'off' });
    assert.equal(settings.maxFileSizeKb, DEFAULT_SETTINGS.maxFileSizeKb);
    assert.equal(settings.debounceMs, 0);
    assert.equal(warnings.length, 1);
    assert.deepEqual(normalizeSettings(undefined), DEFAULT_SETTINGS);
  });
});

describe('URIs and paths', () => {
  test('file URIs round-trip; other schemes pass through', () => {
    assert.equal(uriToPath('file:///w/a%20b/main.bicep'), '/w/a b/main.bicep');
    assert.equal(pathToUri('/w/a b/main.bicep'), 'file:///w/a%20b/main.bicep');
    assert.equal(uriToPath('untitled:Untitled-1'), 'untitled:Untitled-1');
    assert.equal(pathToUri('untitled:Untitled-1'), 'untitled:Untitled-1');
  });
});
