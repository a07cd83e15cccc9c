// ARM templates are read as Azure's template engine reads them (Json.NET: arm/jsonNetLeniency.ts): strings that span
// lines (a multi-line expression evaluates as if written on one line, with spans into the written text), comments
// wherever whitespace may stand, single-quoted strings and the \' escape; what Azure rejects is still reported.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildModel } from '../../server/src/engine/buildModel';
import { SourceFile } from '../../server/src/engine/model/sourceFile';
import { parseJsonSyntax } from '../../server/src/engine/arm/jsonSyntax';
import { jsonLiteralValue } from '../../server/src/engine/arm/jsonLiteral';
import { detectLanguage } from '../../server/src/engine/detectLanguage';
import { blankJsonComments } from '../../server/src/engine/arm/jsonNetLeniency';
import { findSuppressionComments } from '../../server/src/engine/suppressions';
import { AnalysisContext } from '../../server/src/engine/analysisContext';

const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';

/** A template with one storage account whose properties are written as given (raw JSON text). */
function storageTemplate(properties: string, name = "\"[concat('st', parameters('suffix'))]\""): string {
  return [
    '{',
    `  "$schema": "${SCHEMA}",`,
    '  "contentVersion": "1.0.0.0",',
    '  "parameters": { "suffix": { "type": "string", "defaultValue": "data" }, "locked": { "type": "bool", "defaultValue": true } },',
    '  "resources": [',
    '    {',
    '      "type": "Microsoft.Storage/storageAccounts",',
    '      "apiVersion": "2023-05-01",',
    `      "name": ${name},`,
    '      "location": "westeurope",',
    `      "properties": ${properties}`,
    '    }',
    '  ]',
    '}',
  ].join('\n');
}

function lower(text: string) {
  const model = buildModel(new SourceFile('/main.json', text, 'arm'), {}, new AnalysisContext());
  return { model, resource: model.resources[0], diagnostics: model.syntaxDiagnostics.map((d) => d.message) };
}

test('a multi-line expression evaluates like the same expression on one line', () => {
  const oneLine = lower(
    storageTemplate(
      `{ "publicNetworkAccess": "[if(parameters('locked'), 'Disabled', 'Enabled')]", "tier": "[toUpper(concat('a', 'b'))]" }`,
    ),
  );
  const layouts = [
    `{ "publicNetworkAccess": "[\n  if(\n    parameters('locked'),\n    'Disabled',\n    'Enabled'\n  )\n]", "tier": "[toUpper(\n  concat('a',\n\t'b'))]" }`,
    // Windows line breaks and tabs, and an escape in the same string.
    `{ "publicNetworkAccess": "[\r\n\tif(parameters('locked'),\r\n\t\t'Dis\\u0061bled',\r\n\t\t'Enabled')\r\n]", "tier": "[toUpper(concat(\r\n'a', 'b'))]" }`,
  ];
  assert.deepEqual(oneLine.diagnostics, []);
  const expected = (oneLine.resource.body.value as Record<string, unknown>).properties;
  assert.deepEqual(expected, { publicNetworkAccess: 'Disabled', tier: 'AB' });
  for (const properties of layouts) {
    const multiLine = lower(storageTemplate(properties, `"[concat(\n  'st',\n  parameters('suffix')\n)]"`));
    assert.deepEqual(multiLine.diagnostics, [], JSON.stringify(properties));
    assert.deepEqual((multiLine.resource.body.value as Record<string, unknown>).properties, expected, JSON.stringify(properties));
    assert.equal(multiLine.resource.name, 'stdata');
  }
});

test('a mistake inside a multi-line expression is reported where it is written', () => {
  const text = storageTemplate(`{ "publicNetworkAccess": "[\n  concat(\n    'a',\n    bogus\n  )\n]" }`);
  const { model } = lower(text);
  const errors = model.syntaxDiagnostics;
  assert.equal(errors.length, 1, JSON.stringify(errors.map((e) => e.message)));
  assert.match(errors[0].message, /Invalid template expression/);
  assert.equal(text.slice(errors[0].loc.span.start, errors[0].loc.span.end), 'bogus');
  // An escape before the mistake moves the value's indexes, not the span.
  const escaped = storageTemplate(`{ "publicNetworkAccess": "[\n  concat(\n    '\\u0061\\t',\n    bogus\n  )\n]" }`);
  const second = lower(escaped).model.syntaxDiagnostics;
  assert.equal(second.length, 1);
  assert.equal(escaped.slice(second[0].loc.span.start, second[0].loc.span.end), 'bogus');
});

/** Offsets outside strings next to a structural character: every place whitespace may stand between tokens. */
function tokenGaps(text: string): number[] {
  const gaps = new Set<number>();
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') {
        inString = false;
        gaps.add(i + 1);
      }
      continue;
    }
    if (ch === '"') {
      inString = true;
      gaps.add(i);
    } else if ('{}[],:'.includes(ch)) {
      gaps.add(i);
      gaps.add(i + 1);
    }
  }
  gaps.add(0);
  gaps.add(text.length);
  return [...gaps].sort((a, b) => a - b);
}

test('comments are read wherever whitespace may stand, except between a property name and its colon', () => {
  const compact = JSON.stringify({ $schema: SCHEMA, a: [1, 'two', { b: null, c: [true, false] }], d: {}, e: [] });
  const value = jsonLiteralValue(parseJsonSyntax(compact).root!);
  let colonGaps = 0;
  for (const at of tokenGaps(compact)) {
    const beforeColon = compact[at] === ':';
    if (beforeColon) colonGaps++;
    for (const comment of ['/* a comment */', '// a comment\n', '/*\n multi-line \n*/', '//\r\n']) {
      const text = compact.slice(0, at) + comment + compact.slice(at);
      const syntax = parseJsonSyntax(text);
      if (beforeColon) {
        assert.deepEqual(
          syntax.errors.map((e) => e.message),
          ['Invalid JSON: Azure does not accept a comment between a property name and its colon.'],
          JSON.stringify(text),
        );
        assert.equal(syntax.errors[0].span.start, at);
      } else {
        assert.deepEqual(syntax.errors, [], JSON.stringify(text));
      }
      assert.deepEqual(jsonLiteralValue(syntax.root!), value, JSON.stringify(text));
    }
  }
  assert.equal(colonGaps, 6, 'every property name was followed by a comment once');
});

test("single-quoted strings and the \\' escape are read as Azure reads them", () => {
  const text = `{ 'a': 'it\\'s', "b": "say \\'hi\\'", 'c': 'with "double" quotes', 'multi': 'one\ntwo', "d": '[concat(\\'x\\', \\'y\\')]' }`;
  const syntax = parseJsonSyntax(text);
  assert.deepEqual(syntax.errors, []);
  assert.deepEqual(jsonLiteralValue(syntax.root!), {
    a: "it's",
    b: "say 'hi'",
    c: 'with "double" quotes',
    multi: 'one\ntwo',
    d: "[concat('x', 'y')]",
  });
  // The expression in a single-quoted string is read from the written text too.
  const template = storageTemplate(`{ 'publicNetworkAccess': '[if(parameters(\\'locked\\'), \\'Disabled\\', \\'Enabled\\')]' }`);
  const { resource, diagnostics } = lower(template);
  assert.deepEqual(diagnostics, []);
  assert.deepEqual((resource.body.value as Record<string, unknown>).properties, { publicNetworkAccess: 'Disabled' });
});

test('what Azure rejects is still reported', () => {
  const rejected: [string, string][] = [
    ['a placeholder where a value belongs', '{ "regions": [\n  <region>\n] }'],
    ['an unterminated string', '{ "a": "never closed }'],
    ['an unterminated single-quoted string', '{ "a": \'never closed }'],
    ['an unknown escape', '{ "a": "\\x41" }'],
    ['a backslash before a line break', '{ "a": "line \\\nbreak" }'],
    ['an unterminated block comment', '{ "a": 1 } /* open'],
    ['a comment between a name and its colon', '{ "a" // c\n : 1 }'],
    ['a missing comma', '{ "a": "x"\n "b": "y" }'],
    ['two values', '{ "a": 1 } { }'],
  ];
  for (const [what, text] of rejected) {
    assert.ok(parseJsonSyntax(text).errors.length > 0, what);
  }
});

test('a quote left open is reported on its line, not as every later string turned inside out', () => {
  // Two multi-line expressions at the top, then one-line values: the quote is typed among those.
  const lines = Array.from({ length: 40 }, (_, n) =>
    n < 2 ? `  "key${n}": "[concat(\n    'value${n}')]"` : `  "key${n}": "[concat('value${n}')]"`,
  );
  const valid = `{\n${lines.join(',\n')}\n}`;
  assert.deepEqual(parseJsonSyntax(valid).errors, []);
  const stray = valid.indexOf('"key20"');
  const forgotten = valid.indexOf('"', valid.indexOf('value20'));
  const cases: [string, string, number][] = [
    ['a stray quote', valid.slice(0, stray) + '"' + valid.slice(stray), stray],
    ['a closing quote forgotten', valid.slice(0, forgotten) + valid.slice(forgotten + 1), forgotten],
  ];
  for (const [what, broken, at] of cases) {
    const errors = parseJsonSyntax(broken).errors;
    assert.ok(errors.length > 0 && errors.length <= 6, `${what}: ${errors.length} errors`);
    const line = (offset: number) => broken.slice(0, offset).split('\n').length;
    for (const error of errors)
      assert.ok(
        Math.abs(line(error.span.start) - line(at)) <= 1,
        `${what}: an error on line ${line(error.span.start)}, the mistake on line ${line(at)}`,
      );
  }
});

test('language detection reads past comments and single quotes', () => {
  const commentedOut = `// "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#"\n{\n  /* the template */ "$schema": "${SCHEMA}"\n}`;
  assert.equal(detectLanguage('/t.json', commentedOut), 'arm');
  assert.equal(detectLanguage('/t.json', `{ '$schema': '${SCHEMA}' }`), 'arm');
  assert.equal(detectLanguage('/t.json', `{ /* "$schema": "${SCHEMA}" */ }`), undefined);
});

test('blanking comments keeps every offset and line, and leaves strings alone', () => {
  const text = '{ "url": "https://example.com/*not a comment*/", \'q\': \'//nor this\' } // gone\n/* gone\ntoo */';
  const blanked = blankJsonComments(text);
  assert.equal(blanked.length, text.length);
  assert.equal(blanked.split('\n').length, text.split('\n').length);
  assert.ok(blanked.includes('"https://example.com/*not a comment*/"') && blanked.includes("'//nor this'"));
  assert.ok(!blanked.includes('gone'));
});

test('suppression comments are found after multi-line and single-quoted strings, not inside them', () => {
  const text = [
    '{',
    '  "a": "[concat(',
    "    'https://example.com', // privatelink-disable-next-line inside-the-string",
    `    'x')]", // privatelink-disable-next-line pe-single-group-id`,
    "  'b': 'https://example.com' // privatelink-disable-next-line pe-dns-zone-group",
    '}',
  ].join('\n');
  const found = findSuppressionComments(text, 'arm').map((c) => [c.line, c.ids.map((i) => i.id).join(' ')]);
  assert.deepEqual(found, [
    [3, 'pe-single-group-id'],
    [4, 'pe-dns-zone-group'],
  ]);
});

test('a $schema written last, past the start of a large file, still makes a template; a nested one does not', () => {
  const filler = `"metadata": { "description": "${'x'.repeat(6000)}" }`;
  const last = `{ "contentVersion": "1.0.0.0", ${filler}, "resources": [], // "$schema": "not this"\n "$schema": "${SCHEMA}" }`;
  assert.equal(detectLanguage('/t.json', last), 'arm');
  const parameters = last.replace('deploymentTemplate.json', 'deploymentParameters.json');
  assert.equal(detectLanguage('/t.json', parameters), 'arm-parameters');
  // A policy definition that embeds a deployment template is not a template.
  const policy = `{ "properties": { ${filler}, "then": { "details": { "deployment": { "properties": { "template": { "$schema": "${SCHEMA}" } } } } } } }`;
  assert.equal(detectLanguage('/p.json', policy), undefined);
  // A "$schema" value inside a string is not a key.
  assert.equal(detectLanguage('/s.json', `{ ${filler}, "note": "\\"$schema\\": \\"${SCHEMA}\\"" }`), undefined);
});
