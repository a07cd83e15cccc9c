/**
 * Limits with clear messages, never a crash: nesting depth (200k levels of JSON arrays and Bicep brackets),
 * expression length and depth, evaluator work (billion-item loops and ranges, values doubling through shared parts,
 * nested loops, symbol chains), file size (a ~7 MB template analysed in seconds; above the cap one diagnostic),
 * binary and non-UTF-8 content, a byte order mark, CRLF and astral characters (UTF-16 positions), and memory that
 * earlier versions of a document do not keep.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { analyzeDocument, detectLanguage } from '../../server/src/engine';
import type { AnalysisOptions, AnalysisRequest, AnalysisResult, EngineFinding } from '../../server/src/engine/api';
import { DEFAULT_MAX_FILE_SIZE } from '../../server/src/engine/analyze';
import { MAX_JSON_DEPTH } from '../../server/src/engine/arm/jsonSyntax';
import { MAX_EXPRESSION_DEPTH, MAX_EXPRESSION_LENGTH } from '../../server/src/engine/arm/expression/parse';
import { LineIndex } from '../../server/src/engine/text/lineIndex';
import { ARM_PE, armTemplate, BICEP_PE, largeTemplate, randomBytes, TEMPLATE_SCHEMA } from '../fuzz/hostileFiles';

const SCHEMA = TEMPLATE_SCHEMA;
/** Every hostile case must answer within this (generous for a loaded CI machine; they take milliseconds). */
const CASE_LIMIT_MS = 10_000;

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

interface Measured {
  readonly result: AnalysisResult;
  readonly ms: number;
  /** Heap growth while analysing, in MB (the result itself included). */
  readonly heapMb: number;
}

function measure(request: AnalysisRequest, options?: AnalysisOptions): Measured {
  gc();
  const before = process.memoryUsage().heapUsed;
  const started = performance.now();
  const result = analyzeDocument(request, options);
  const ms = performance.now() - started;
  const heapMb = (process.memoryUsage().heapUsed - before) / 1e6;
  return { result, ms, heapMb };
}

/** Analyses, checks the common contract (in time, no internal error, spans inside) and returns the findings. */
function analyse(
  request: AnalysisRequest,
  options?: AnalysisOptions,
  limitMs = CASE_LIMIT_MS,
): Measured & { findings: readonly EngineFinding[] } {
  const measured = measure(request, options);
  assert.ok(measured.ms < limitMs, `${request.path}: ${measured.ms.toFixed(0)} ms (limit ${limitMs} ms)`);
  for (const f of measured.result.findings) {
    assert.notEqual(f.code, 'internal-error', f.message);
    const text = f.path === request.path ? request.text : (measured.result.files.get(f.path) ?? '');
    assert.ok(
      f.range.start >= 0 && f.range.start <= f.range.end && f.range.end <= text.length,
      `${f.code} range ${f.range.start}-${f.range.end} outside 0-${text.length}`,
    );
  }
  return { ...measured, findings: measured.result.findings };
}

const codes = (findings: readonly EngineFinding[]): string[] => findings.map((f) => f.code);
const syntaxMessages = (findings: readonly EngineFinding[]): string[] =>
  findings.filter((f) => f.code === 'syntax-error').map((f) => f.message);

// -- nesting depth -------------------------------------------------------------------------------------------------

test('JSON: 200k levels of nested arrays give one syntax diagnostic, no stack overflow, and the rest is analysed', () => {
  const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
  const { findings } = analyse({ path: '/ws/deep.json', text: armTemplate({ before: ` "metadata": { "deep": ${deep} },` }) });
  const syntax = syntaxMessages(findings);
  assert.equal(syntax.length, 1, syntax.join('\n'));
  assert.match(syntax[0], new RegExp(`nested deeper than ${MAX_JSON_DEPTH} levels`));
  assert.ok(codes(findings).includes('pe-single-connection'), 'the resource after the deep value is still analysed');
});

test('JSON: 200k unclosed brackets give a few syntax diagnostics, not one per level', () => {
  const { findings } = analyse({
    path: '/ws/unclosed.json',
    text: `{"$schema": "${SCHEMA}", "resources": [${ARM_PE}], "x": ${'['.repeat(200_000)}`,
  });
  const syntax = syntaxMessages(findings);
  assert.ok(syntax.length >= 1 && syntax.length <= 5, syntax.join('\n'));
  assert.ok(syntax.some((m) => m.includes('nested deeper')));
});

for (const [opener, closer] of [
  ['[', ']'],
  ['(', ')'],
  ['{a: ', '}'],
  ["'${", "}'"],
] as const) {
  test(`Bicep: 200k levels of ${opener.trim()} give a syntax diagnostic, no stack overflow, and the rest is analysed`, () => {
    const text = `var deep = ${opener.repeat(200_000)}1${closer.repeat(200_000)}\n\n${BICEP_PE}`;
    const { findings } = analyse({ path: '/ws/deep.bicep', text });
    const syntax = syntaxMessages(findings);
    assert.ok(syntax.length >= 1 && syntax.length <= 1001, `${syntax.length} syntax diagnostics`);
    assert.ok(
      syntax.some((m) => /nesting deeper than \d+ levels/.test(m)),
      syntax.slice(0, 3).join('\n'),
    );
    assert.ok(codes(findings).includes('pe-single-connection'), 'the resource after the deep expression is still analysed');
  });
}

test('Bicep: 200k unclosed brackets end at the next declaration', () => {
  const { findings } = analyse({ path: '/ws/unclosed.bicep', text: `var deep = ${'[{('.repeat(70_000)}\n${BICEP_PE}` });
  assert.ok(codes(findings).includes('syntax-error'));
  assert.ok(codes(findings).includes('pe-single-connection'));
});

// -- expressions ---------------------------------------------------------------------------------------------------

test(`ARM: an expression longer than ${MAX_EXPRESSION_LENGTH} characters is reported as too long, the rest analysed`, () => {
  const long = `[concat('${'x'.repeat(MAX_EXPRESSION_LENGTH)}')]`;
  const resources = `${ARM_PE.replace('"name": "pe"', `"name": "${long}"`)}, ${ARM_PE.replace('"name": "pe"', '"name": "pe2"')}`;
  const { findings } = analyse({ path: '/ws/long.json', text: armTemplate({ resources }) });
  assert.ok(
    syntaxMessages(findings).some((m) => m.includes('too long to analyse')),
    syntaxMessages(findings).join('\n'),
  );
  assert.equal(codes(findings).filter((c) => c === 'pe-single-connection').length, 2);
});

test(`ARM: an expression nested deeper than ${MAX_EXPRESSION_DEPTH} levels is reported once, the rest analysed`, () => {
  for (const [open, close] of [
    ['concat(', ')'],
    ['createArray(', ')'],
  ] as const) {
    const deep = `[${open.repeat(20_000)}'a'${close.repeat(20_000)}]`;
    const resources = `${ARM_PE.replace('"location": "westeurope"', `"location": "${deep}"`)}`;
    const { findings } = analyse({ path: '/ws/deepexpr.json', text: armTemplate({ resources }) });
    const syntax = syntaxMessages(findings);
    assert.equal(syntax.filter((m) => m.includes('nested too deeply')).length, 1, syntax.join('\n'));
    assert.ok(codes(findings).includes('pe-single-connection'));
  }
  const chain = `[variables('v')${'.a'.repeat(20_000)}]`;
  const { findings } = analyse({
    path: '/ws/chain.json',
    text: armTemplate({ resources: ARM_PE.replace('"location": "westeurope"', `"location": "${chain}"`) }),
  });
  assert.ok(syntaxMessages(findings).some((m) => m.includes('nested too deeply')));
});

// -- evaluator work ------------------------------------------------------------------------------------------------

/** Nothing big allocated: the heap grows by less than this while analysing a billion-item construct. */
const SMALL_HEAP_MB = 150;

test('ARM: a copy count of a billion allocates nothing big: one instance stands for all, its index unknown', () => {
  const looped = ARM_PE.replace('"name": "pe"', `"name": "[concat('pe', copyIndex())]", "copy": { "name": "c", "count": 1000000000 }`);
  const measured = analyse({ path: '/ws/billion.json', text: armTemplate({ resources: looped }) });
  assert.ok(measured.heapMb < SMALL_HEAP_MB, `${measured.heapMb.toFixed(0)} MB`);
  assert.equal(codes(measured.findings).filter((c) => c === 'pe-single-connection').length, 1);
  const ranged = ARM_PE.replace(
    '"name": "pe"',
    `"name": "[concat('pe', copyIndex())]", "copy": { "name": "c", "count": "[length(range(0, 1000000000))]" }`,
  );
  assert.ok(analyse({ path: '/ws/range.json', text: armTemplate({ resources: ranged }) }).heapMb < SMALL_HEAP_MB);
});

test('ARM: a property copy of a billion, range(0, 1e9) and padLeft(…, 1e9) are capped and unknown', () => {
  const propertyCopy = ARM_PE.replace(
    '"privateLinkServiceConnections": []',
    '"copy": [{ "name": "privateLinkServiceConnections", "count": 1000000000, "input": { "name": "[copyIndex(\'privateLinkServiceConnections\')]" } }]',
  );
  const a = analyse({ path: '/ws/propcopy.json', text: armTemplate({ resources: propertyCopy }) });
  assert.ok(a.heapMb < SMALL_HEAP_MB, `${a.heapMb.toFixed(0)} MB`);
  // The connections are unknown: no finding claims there are none (prove it or stay silent).
  assert.ok(!codes(a.findings).includes('pe-single-connection'));
  const variables = `"r": "[range(0, 1000000000)]", "p": "[padLeft('a', 1000000000, 'x')]", "s": "[string(variables('r'))]"`;
  const named = ARM_PE.replace('"name": "pe"', `"name": "[concat(variables('s'), variables('p'), length(variables('r')))]"`);
  const b = analyse({ path: '/ws/range.json', text: armTemplate({ variables, resources: named }) });
  assert.ok(b.heapMb < SMALL_HEAP_MB, `${b.heapMb.toFixed(0)} MB`);
});

test('ARM: nested loops multiply no further than the analysis loop budget (800 × 800 copies, copies in copies)', () => {
  const child = `{ "type": "subnets", "name": "[concat('s', copyIndex('inner'))]", "copy": { "name": "inner", "count": 800 }, "properties": { "addressPrefix": "10.0.0.0/24" } }`;
  const vnet = `{ "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2024-05-01", "name": "[concat('v', copyIndex())]", "copy": { "name": "outer", "count": 800 }, "properties": {}, "resources": [${child}] }`;
  const a = analyse({ path: '/ws/nested.json', text: armTemplate({ resources: `${vnet}, ${ARM_PE}` }) });
  assert.ok(codes(a.findings).includes('pe-single-connection'));
  const copies = ARM_PE.replace('"name": "pe"', `"name": "[concat('pe', copyIndex())]", "copy": { "name": "c", "count": 800 }`).replace(
    '"privateLinkServiceConnections": []',
    '"copy": [{ "name": "privateLinkServiceConnections", "count": 800, "input": { "name": "[copyIndex(\'privateLinkServiceConnections\')]", "properties": { "groupIds": ["blob"] } } }]',
  );
  analyse({ path: '/ws/copies.json', text: armTemplate({ resources: copies }) });
});

test('ARM: values doubling through shared parts (2^40 items from 40 variables) are not walked', () => {
  const variables = Array.from({ length: 40 }, (_, i) => `"v${i + 1}": "[createArray(variables('v${i}'), variables('v${i}'))]"`).join(', ');
  const named = ARM_PE.replace(
    '"name": "pe"',
    `"name": "[string(variables('v40'))]", "tags": { "a": "[string(union(variables('v40'), variables('v39')))]", "b": "[equals(variables('v40'), createArray(variables('v39'), variables('v39')))]" }`,
  );
  const measured = analyse({
    path: '/ws/doubling.json',
    text: armTemplate({ variables: `"v0": "abcdefgh", ${variables}`, resources: named }),
  });
  assert.ok(measured.heapMb < SMALL_HEAP_MB);
  assert.ok(codes(measured.findings).includes('pe-single-connection'));
});

test('Bicep: loops over range(0, 1e9), nested loops, doubling strings and spreads are capped and unknown', () => {
  const cases: [string, string][] = [
    [
      'for over a billion',
      `resource many 'Microsoft.Network/privateEndpoints@2024-05-01' = [for i in range(0, 1000000000): {\n  name: 'pe\${i}'\n  location: 'x'\n  properties: {}\n}]\n`,
    ],
    ['nested for expressions', `var r = range(0, 800)\nvar cube = [for i in r: [for j in r: [for k in r: k]]]\nvar n = length(cube)\n`],
    ['nested lambdas', `var r = range(0, 800)\nvar cube = map(r, i => map(r, j => map(r, k => k)))\n`],
    [
      'doubling interpolation',
      `var v0 = 'abcdefgh'\n${Array.from({ length: 40 }, (_, i) => `var v${i + 1} = '\${v${i}}\${v${i}}'`).join('\n')}\nvar n = length(v40)\n`,
    ],
    [
      'doubling spreads',
      `var a0 = [1]\n${Array.from({ length: 40 }, (_, i) => `var a${i + 1} = [...a${i}, ...a${i}]`).join('\n')}\nvar n = length(a40)\n`,
    ],
    [
      'doubling arrays',
      `var a0 = ['x']\n${Array.from({ length: 40 }, (_, i) => `var a${i + 1} = [a${i}, a${i}]`).join('\n')}\nvar s = string(a40)\nvar e = a40 == a40\n`,
    ],
  ];
  for (const [name, declarations] of cases) {
    const measured = analyse({ path: `/ws/${name.replace(/ /g, '-')}.bicep`, text: `${declarations}\n${BICEP_PE}` });
    assert.ok(measured.heapMb < SMALL_HEAP_MB, `${name}: ${measured.heapMb.toFixed(0)} MB`);
    assert.ok(codes(measured.findings).includes('pe-single-connection'), `${name}: ${codes(measured.findings).join(', ')}`);
  }
});

test('Bicep: modules in loops of modules stay within the loop budget', () => {
  const files = new Map([
    [
      '/ws/inner.bicep',
      `param n int\nresource pes 'Microsoft.Network/privateEndpoints@2024-05-01' = [for i in range(0, 800): {\n  name: 'pe\${n}-\${i}'\n  location: 'x'\n  properties: {}\n}]\n`,
    ],
    ['/ws/middle.bicep', `module inner './inner.bicep' = [for i in range(0, 800): { name: 'i\${i}', params: { n: i } }]\n`],
  ]);
  const text = `module middle './middle.bicep' = [for i in range(0, 800): { name: 'm\${i}' }]\n${BICEP_PE}`;
  const measured = analyse({ path: '/ws/main.bicep', text }, { host: { readFile: (p) => files.get(p), workspaceRoot: '/ws' } });
  assert.ok(codes(measured.findings).includes('pe-single-connection'));
});

test('symbol chains of 5000 links (ARM variables, Bicep variables and parameters, Bicep resources) do not overflow the stack', () => {
  const n = 5000;
  const armVariables = Array.from({ length: n }, (_, i) => `"v${i + 1}": "[concat(variables('v${i}'), 'a')]"`).join(', ');
  analyse({
    path: '/ws/chain.json',
    text: armTemplate({
      variables: `"v0": "x", ${armVariables}`,
      resources: ARM_PE.replace('"name": "pe"', `"name": "[variables('v${n}')]"`),
    }),
  });
  const chains = [
    `var v0 = 'x'\n${Array.from({ length: n }, (_, i) => `var v${i + 1} = '\${v${i}}a'`).join('\n')}\nvar last = v${n}\n`,
    `param p0 string = 'x'\n${Array.from({ length: n }, (_, i) => `param p${i + 1} string = p${i}`).join('\n')}\nvar last = p${n}\n`,
    `${Array.from({ length: n }, (_, i) => `resource r${i} 'Microsoft.Network/virtualNetworks@2024-05-01' = {\n  name: ${i === n - 1 ? "'last'" : `r${i + 1}.name`}\n}`).join('\n')}\n`,
  ];
  for (const chain of chains) {
    const { findings } = analyse({ path: '/ws/chain.bicep', text: `${chain}\n${BICEP_PE}` });
    assert.ok(codes(findings).includes('pe-single-connection'));
  }
});

// -- file size -----------------------------------------------------------------------------------------------------

test('file size: a ~7 MB realistic template is fully analysed in seconds', (t) => {
  const { text, endpoints } = largeTemplate(7 * 1024 * 1024);
  assert.ok(text.length > 7_000_000 && text.length < DEFAULT_MAX_FILE_SIZE);
  // Every finding, to see that every endpoint was analysed (by default at most 1,000 per file are reported).
  const measured = analyse({ path: '/ws/large.json', text }, { maxFindingsPerFile: Infinity }, 60_000);
  t.diagnostic(
    `${(text.length / 1024 / 1024).toFixed(1)} MB, ${endpoints} endpoints: ${measured.ms.toFixed(0)} ms, heap +${measured.heapMb.toFixed(0)} MB`,
  );
  // Every endpoint lacks a DNS zone group: all of them analysed, the last one included.
  const zoneGroupFindings = measured.findings.filter((f) => f.code === 'pe-dns-zone-group');
  assert.equal(zoneGroupFindings.length, endpoints);
  assert.ok(
    zoneGroupFindings.some((f) => f.range.start > text.length - 3000),
    'the last endpoint is analysed',
  );
});

test('file size: above maxFileSize one diagnostic says the file was skipped and why', () => {
  const { text } = largeTemplate(DEFAULT_MAX_FILE_SIZE + 1024);
  const { findings } = analyse({ path: '/ws/huge.json', text });
  assert.equal(findings.length, 1);
  assert.match(findings[0].message, /File skipped: \d+ KB is above the 8192 KB limit \(setting privateLink\.maxFileSizeKb\)/);
  const small = analyse({ path: '/ws/small.bicep', text: BICEP_PE }, { maxFileSize: 100 });
  assert.equal(small.findings.length, 1);
  assert.match(small.findings[0].message, /skipped.*limit/);
});

// -- encodings -----------------------------------------------------------------------------------------------------

test('binary and non-UTF-8 content: syntax diagnostics (capped), never a crash', () => {
  const bytes = randomBytes(200_000, 7);
  const decodings = [bytes.toString('utf8'), bytes.toString('latin1'), bytes.toString('utf16le')];
  for (const [i, binary] of decodings.entries()) {
    const bicep = analyse({ path: `/ws/binary${i}.bicep`, text: binary });
    assert.ok(bicep.findings.length > 0 && bicep.findings.length <= 1001, `${bicep.findings.length} findings`);
    // JSON only counts as a template with a $schema: binary after a valid head.
    const json = analyse({ path: `/ws/binary${i}.json`, text: `{"$schema": "${SCHEMA}", "resources": [${ARM_PE}], "x": "${binary}` });
    assert.ok(json.result.language === 'arm' && codes(json.findings).includes('syntax-error'));
    assert.equal(detectLanguage(`/ws/binary${i}.json`, binary), undefined);
  }
  // Latin-1 bytes read as UTF-8 become U+FFFD: still a template, still analysed.
  const latin1 = Buffer.from(armTemplate({ resources: ARM_PE.replace('"pe"', '"pé-ü"') }), 'latin1').toString('utf8');
  assert.ok(latin1.includes('\uFFFD'));
  assert.ok(codes(analyse({ path: '/ws/latin1.json', text: latin1 }).findings).includes('pe-single-connection'));
});

/** Each finding: its code and the text its range covers (line breaks normalised). */
function located(result: AnalysisResult, text: string): string[] {
  return result.findings.map((f) => `${f.code} [${text.slice(f.range.start, f.range.end).replace(/\r\n?/g, '\n')}]`).sort();
}

test('a UTF-8 byte order mark breaks neither $schema detection nor offsets', () => {
  for (const [path, plain] of [
    ['/ws/t.json', armTemplate({})],
    ['/ws/t.bicep', BICEP_PE],
    ['/ws/p.json', `{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#", "parameters": {}}`],
  ] as const) {
    const withBom = `\uFEFF${plain}`;
    assert.equal(detectLanguage(path, withBom), detectLanguage(path, plain));
    const a = analyse({ path, text: plain });
    const b = analyse({ path, text: withBom });
    assert.ok(!codes(b.findings).includes('syntax-error'), syntaxMessages(b.findings).join('\n'));
    assert.deepEqual(located(b.result, withBom), located(a.result, plain));
    for (const [i, f] of b.findings.entries()) assert.equal(f.range.start, a.findings[i].range.start + 1);
  }
});

test('CRLF line breaks: the same findings on the same lines', () => {
  for (const [path, plain] of [
    ['/ws/t.json', armTemplate({}).replace(/, "/g, ',\n  "')],
    ['/ws/t.bicep', BICEP_PE],
  ] as const) {
    const crlf = plain.replace(/\n/g, '\r\n');
    const a = analyse({ path, text: plain });
    const b = analyse({ path, text: crlf });
    assert.deepEqual(located(b.result, crlf), located(a.result, plain));
    const lines = (result: AnalysisResult, text: string) => result.findings.map((f) => new LineIndex(text).positionAt(f.range.start));
    assert.deepEqual(lines(b.result, crlf), lines(a.result, plain));
  }
});

test('astral characters before a finding: offsets and columns count UTF-16 code units', () => {
  // Two emoji (two code units each) and a flag sequence on the finding's own line, before its anchor.
  const json = `{"$schema": "${SCHEMA}", "resources": [\n/* 😀😀🏳️‍🌈 */ ${ARM_PE}]}`;
  const bicep = BICEP_PE.replace("resource pe 'Microsoft", "/* 😀😀🏳️‍🌈 */ resource pe 'Microsoft");
  for (const [path, text, anchor] of [
    ['/ws/e.json', json, '"Microsoft.Network/privateEndpoints"'],
    ['/ws/e.bicep', bicep, "'Microsoft.Network/privateEndpoints@2024-05-01'"],
  ] as const) {
    const finding = analyse({ path, text }).findings.find((f) => f.code === 'pe-single-connection');
    assert.ok(finding, `${path}: no finding`);
    assert.equal(finding.range.start, text.indexOf(anchor), `${path}: finding at ${finding.range.start}`);
    const lineStart = text.lastIndexOf('\n', finding.range.start) + 1;
    const position = new LineIndex(text).positionAt(finding.range.start);
    assert.equal(position.character, finding.range.start - lineStart);
    assert.equal(position.character, text.slice(lineStart, finding.range.start).length);
    assert.ok(position.character > [...text.slice(lineStart, finding.range.start)].length, 'columns are UTF-16 units, not code points');
  }
});

// -- memory --------------------------------------------------------------------------------------------------------

test('earlier versions of a document are not kept alive (caches, parsed trees)', () => {
  const big = 'x'.repeat(500_000);
  const versions = (make: (i: number) => string, path: string): number => {
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 60; i++) analyzeDocument({ path, text: make(i) });
    gc();
    return (process.memoryUsage().heapUsed - before) / 1e6;
  };
  // 60 versions of 0.5 MB each: 30 MB if every version stayed; one or two may remain in a cache.
  const json = versions(
    (i) => armTemplate({ resources: ARM_PE.replace('"name": "pe"', `"name": "[concat('${i}${big}')]"`) }),
    '/ws/edit.json',
  );
  assert.ok(json < 10, `JSON: ${json.toFixed(0)} MB retained after 60 edits`);
  const bicep = versions((i) => `var a = '${i}${big}'\n${BICEP_PE}`, '/ws/edit.bicep');
  assert.ok(bicep < 10, `Bicep: ${bicep.toFixed(0)} MB retained after 60 edits`);
});
