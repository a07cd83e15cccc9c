/**
 * No regular expression with catastrophic backtracking on user text. Every RegExp in server/src/** that sees text
 * from a template, a file name, a setting or a message built from them was reviewed; the ones that could backtrack
 * (unanchored runs, nested or adjacent quantifiers, patterns built from user input) are exercised here with
 * adversarial strings (a million repeated characters, near-matches) under a time bound, through the functions that
 * use them. Those outside the engine that are still quadratic are listed as `todo` with their owner's file.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeDocument, detectLanguage, findSuppressionComments } from '../../server/src/engine';
import { callBuiltin, createBuiltinContext } from '../../server/src/engine/evaluate/functions';
import { decodeBase64 } from '../../server/src/engine/evaluate/functionsStrings';
import { describeValue } from '../../server/src/engine/evaluate/value';
import { compileZonePattern, groupIdMatchesPattern, zoneMatches } from '../../server/src/engine/knowledge/zoneNames';
import { declaredBicepSymbols } from '../../server/src/engine/fixes/bicepRender';
import { SourceFile } from '../../server/src/engine/model/sourceFile';
import { LineIndex } from '../../server/src/engine/text/lineIndex';
import { ARM_PE, armTemplate, BICEP_PE } from '../fuzz/hostileFiles';
import { AnalysisContext } from '../../server/src/engine/analysisContext';

/** Linear work on a million characters takes milliseconds; quadratic work takes minutes. */
const LIMIT_MS = 1500;
const MILLION = 1_000_000;

function bounded<T>(what: string, action: () => T, limitMs = LIMIT_MS): T {
  const started = performance.now();
  const result = action();
  const ms = performance.now() - started;
  assert.ok(ms < limitMs, `${what}: ${ms.toFixed(0)} ms (limit ${limitMs} ms)`);
  return result;
}

const ctx = () => createBuiltinContext(new AnalysisContext());

test('base64 padding: a long run of "=" that does not end the text (was /=+$/, quadratic)', () => {
  const text = `${'='.repeat(MILLION - 1)}a`;
  assert.equal(
    bounded('decodeBase64', () => decodeBase64(text)),
    undefined,
  );
  bounded('base64ToString', () => callBuiltin('base64ToString', [text], ctx()));
  bounded('dataUriToString', () => callBuiltin('dataUriToString', [`data:text/plain;charset=utf8;base64,${text}`], ctx()));
});

test('stray unknown-segment marks in user strings (U+E000 without U+E001) are scanned once', () => {
  const marks = '\uE000'.repeat(MILLION);
  bounded('describeValue', () => describeValue(marks));
  bounded('empty', () => callBuiltin('empty', [marks], ctx()));
  bounded('contains', () => callBuiltin('contains', [marks, 'x'], ctx()));
  bounded('concat, replace, split', () => {
    callBuiltin('concat', [marks, 'x'], ctx());
    callBuiltin('replace', [marks, '\uE000', 'x'], ctx());
    callBuiltin('split', [marks, '\uE001'], ctx());
  });
});

test('builtins parsing user text: int, format, cidr, json, uri, guid, resourceId on adversarial strings', () => {
  const spaces = ' '.repeat(MILLION);
  for (const [name, args] of [
    ['int', [`${spaces}x`]],
    ['int', [`${'1'.repeat(MILLION)}`]],
    ['format', [`{0:N2}${'{'.repeat(100_000)}`, 1e308]],
    ['format', ['{0,-9999}', `${spaces}`]],
    ['parseCidr', [`${'1.'.repeat(MILLION / 2)}/24`]],
    ['cidrSubnet', [`10.0.0.0/${'8'.repeat(MILLION)}`, 24, 0]],
    ['json', [`${'['.repeat(MILLION)}`]],
    ['json', [`"${'\\'.repeat(MILLION)}`]],
    ['uri', [`https://${'a'.repeat(MILLION)}`, '../'.repeat(100_000)]],
    ['uriComponentToString', ['%'.repeat(MILLION)]],
    ['resourceId', ['Microsoft.Network/virtualNetworks/subnets', '/'.repeat(MILLION), 'a']],
    ['split', [`${'a,'.repeat(MILLION / 2)}`, ',']],
    ['toLower', [spaces]],
    ['trim', [`${spaces}x${spaces}`]],
  ] as [string, unknown[]][]) {
    bounded(`${name}(${JSON.stringify(args.map((a) => (typeof a === 'string' ? `${a.slice(0, 20)}…` : a)))})`, () =>
      callBuiltin(name, args as never, ctx()),
    );
  }
});

test('language detection: adversarial $schema heads', () => {
  for (const head of [
    `{${'"$schema"'.repeat(MILLION / 9)}`,
    `{"$schema"${' '.repeat(MILLION)}:`,
    `{"$schema": "${'deploymentTemplate.jso'.repeat(50_000)}`,
    `{"$schema":"${'"'.repeat(MILLION)}`,
  ]) {
    bounded('detectLanguage', () => detectLanguage('/ws/t.json', head));
  }
});

test('suppression comments: long comment lines, many ids, near-miss directives', () => {
  const cases: [string, 'arm' | 'bicep'][] = [
    [`// privatelink-disable-next-line ${'a-'.repeat(MILLION / 2)}\n{}`, 'arm'],
    [`${'// privatelink-disable-next-line\n'.repeat(30_000)}{}`, 'arm'],
    [`//${' '.repeat(MILLION)}privatelink-disable-next-lin\n{}`, 'arm'],
    [`#disable-next-line ${'x '.repeat(MILLION / 2)}\n`, 'bicep'],
    [`${'#disable-diagnostics a\n#restore-diagnostics a\n'.repeat(20_000)}`, 'bicep'],
    [`/* ${'#disable-next-line '.repeat(50_000)}`, 'bicep'],
  ];
  for (const [text, language] of cases)
    bounded(`findSuppressionComments ${text.slice(0, 40)}`, () => findSuppressionComments(text, language));
});

test('line index: one line of a million characters, runs of CR and CRLF', () => {
  for (const text of ['x'.repeat(MILLION), '\r'.repeat(MILLION), '\r\n'.repeat(MILLION / 2), `${' '.repeat(MILLION)}\r`]) {
    const index = bounded('LineIndex', () => new LineIndex(text));
    bounded('lineText', () => index.lineText(0));
    bounded('positionAt', () => index.positionAt(text.length - 1));
  }
});

test('DNS zone and group id patterns against long names', () => {
  const patterns = [
    'privatelink.{regionName}.azmk8s.io',
    '{subzone}.privatelink.{regionName}.azmk8s.io',
    'privatelink.{dnsPrefix}.database.windows.net',
    '{partitionId}.privatelink.blob.core.windows.net',
  ];
  const names = [
    `${'a'.repeat(MILLION)}.privatelink.eastus.azmk8s.io`,
    `privatelink.${'a-'.repeat(MILLION / 2)}.azmk8s.io`,
    `${'a.'.repeat(MILLION / 2)}azmk8s.io`,
    `privatelink.${'-'.repeat(MILLION)}`,
  ];
  for (const pattern of patterns.map(compileZonePattern))
    for (const name of names) bounded(`zoneMatches ${pattern.zone}`, () => zoneMatches(pattern, name));
  for (const groupId of [`sites-${'a-'.repeat(MILLION / 2)}!`, `sites-${'-'.repeat(MILLION)}`])
    bounded('groupIdMatchesPattern', () => groupIdMatchesPattern('sites-{slotName}', groupId));
});

test('Bicep declarations found by the fix writer: long indentation and near-miss keywords', () => {
  for (const text of [
    `${' \t'.repeat(MILLION / 2)}resourc x\n`.repeat(2),
    `${'param '.repeat(MILLION / 6)}`,
    `resource${' '.repeat(MILLION)}\n`,
  ]) {
    bounded('declaredBicepSymbols', () => declaredBicepSymbols(new SourceFile('/ws/a.bicep', text, 'bicep')));
  }
});

test('whole analyses carrying adversarial strings where rules match ids, zone names, regions and paths', () => {
  const long = (unit: string) => unit.repeat(Math.ceil(200_000 / unit.length));
  const endpoint = ARM_PE.replace('"id": "x"', `"id": "${long('virtualNetworks/a/')}subnets/"`).replace(
    '"location": "westeurope"',
    `"location": "${' '.repeat(200_000)}west europe"`,
  );
  const zone = `{ "type": "Microsoft.Network/privateDnsZones", "apiVersion": "2024-06-01", "name": "privatelink.${long('a.')}us", "location": "global" }`;
  const group = `{ "type": "Microsoft.Network/privateEndpoints/privateDnsZoneGroups", "apiVersion": "2024-05-01", "name": "pe/default", "properties": { "privateDnsZoneConfigs": [{ "name": "${long('-')}", "properties": { "privateDnsZoneId": "/subscriptions/${long('a')}/resourceGroups/${long('/')}/providers/Microsoft.Network/privateDnsZones/${long('privateDnsZones/')}" } }] } }`;
  bounded(
    'ARM analysis',
    () => analyzeDocument({ path: '/ws/a.json', text: armTemplate({ resources: `${endpoint}, ${zone}, ${group}` }) }),
    10_000,
  );
  const bicep = `${BICEP_PE.replace("id: 'x'", `id: '${long('/subnets/x')}'`)}\nmodule m '../../${' '.repeat(200_000)}x.bicep' = { name: 'm' }\nvar w = '${'\\u{'.repeat(100_000)}'\n`;
  bounded(
    'Bicep analysis',
    () => analyzeDocument({ path: '/ws/a.bicep', text: bicep }, { host: { readFile: () => undefined, workspaceRoot: '/ws' } }),
    10_000,
  );
});

// -- outside the engine: found by this review, owned by the server and CLI ------------------------------------

test('files.exclude globs (server/src/lsp/globs.ts) match without polynomial backtracking', async () => {
  const { compileGlob } = await import('../../server/src/lsp/globs');
  const matcher = compileGlob(`${'*a'.repeat(8)}b`);
  bounded('compileGlob', () => matcher?.test('a'.repeat(30)), 100);
  bounded('compileGlob long name', () => matcher?.test('a'.repeat(100_000)), 1000);
});

test('Bicep comment stripping in the host layer (server/src/node/deploymentFiles.ts) is linear', async () => {
  const { deployedFiles } = await import('../../server/src/node/deploymentFiles');
  bounded('deployedFiles', () => deployedFiles('/ws/a.bicep', `// a comment\n'${"\\'".repeat(20_000)}`, 'bicep'), 100);
});

test('the CLI text printer (server/src/cli/printText.ts) folds long messages linearly', async () => {
  const { oneLine } = await import('../../server/src/cli/printText');
  const message = `${' '.repeat(30_000)}x\n${' '.repeat(30_000)}y`;
  bounded('fold', () => oneLine(message), 100);
  assert.equal(oneLine('a  \n  b\r\n\n c'), 'a b c');
});
