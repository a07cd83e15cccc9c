/**
 * `--write-baseline` and `--baseline` in both languages: recorded findings stay hidden when lines are inserted above
 * them and when the tool runs from another folder; a mistake added later is reported; SARIF carries the same
 * fingerprints, unchanged by the insertion.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../support/cli';
import { fingerprintOf } from '../../server/src/cli/baseline';
import { testSource } from '../support/paths';
import { makeTempDir, type TempDir } from '../support/tempDir';

const INPUT = testSource('cli', 'fixtures', 'fix', 'input');

let work: TempDir;
before(() => (work = makeTempDir('plg-baseline-')));
after(() => work.remove());

function project(name: string): string {
  const dir = work.copy(INPUT, path.join(name, 'infra'));
  return path.dirname(dir);
}

const codes = (stdout: string): string[] =>
  stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(' ')[2])
    .sort();

function edit(file: string, change: (text: string) => string): void {
  fs.writeFileSync(file, change(fs.readFileSync(file, 'utf8')));
}

describe('baselines', () => {
  test('--write-baseline records every finding, reports none and exits 0', () => {
    const root = project('write');
    const run = runCli(['--write-baseline', 'privatelink-baseline.json', 'infra'], { cwd: root });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^privatelink-lint: 8 finding\(s\) recorded in privatelink-baseline\.json\n$/);
    const baseline = JSON.parse(fs.readFileSync(path.join(root, 'privatelink-baseline.json'), 'utf8'));
    assert.equal(baseline.version, 1);
    const entries = baseline.findings as { rule: string; file: string; fingerprint: string; count: number }[];
    assert.equal(
      entries.reduce((n, e) => n + e.count, 0),
      8,
    );
    assert.deepEqual([...new Set(entries.map((e) => e.file))].sort(), ['infra/pls.bicep', 'infra/storage.json']);
    assert.ok(entries.every((e) => /^[0-9a-f]{20}$/.test(e.fingerprint)));
  });

  test('--baseline hides what it holds, also after lines are inserted above, and from another working folder', () => {
    const root = project('hide');
    runCli(['--write-baseline', 'baseline.json', 'infra'], { cwd: root });
    const same = runCli(['--baseline', 'baseline.json', 'infra'], { cwd: root });
    assert.equal(same.stdout, '');
    assert.equal(same.status, 0, 'the recorded errors do not fail the run');
    assert.match(same.stderr, /8 finding\(s\) of the baseline not shown/);

    edit(
      path.join(root, 'infra', 'pls.bicep'),
      (text) => `// Owned by the network team.\n\n@description('Unused.')\nparam note string = 'x'\n\n${text}`,
    );
    edit(path.join(root, 'infra', 'storage.json'), (text) =>
      text.replace('"contentVersion": "1.0.0.0",', '"contentVersion": "1.0.0.0",\n  "metadata": {\n    "owner": "orders"\n  },'),
    );
    assert.equal(runCli(['--baseline', 'baseline.json', 'infra'], { cwd: root }).stdout, '');
    const fromInside = runCli(['--baseline', '../baseline.json', '.'], { cwd: path.join(root, 'infra') });
    assert.equal(fromInside.stdout, '', fromInside.stderr);
  });

  test('a mistake added after the baseline is reported, in both languages', () => {
    const root = project('new');
    runCli(['--write-baseline', 'baseline.json', 'infra'], { cwd: root });
    // A third endpoint without a zone group (ARM), and a second subnet for the NAT IP without its policy (Bicep).
    edit(path.join(root, 'infra', 'storage.json'), (text) => {
      const start = text.lastIndexOf('    {\n      "type": "Microsoft.Network/privateEndpoints"');
      const end = text.lastIndexOf('\n  ]\n}');
      const copy = text
        .slice(start, end)
        .replace(/blob-batch/g, 'blob-reports')
        .replace(/"requestMessage": "[^"]*"/, '"requestMessage": "Reports."');
      return `${text.slice(0, end)},\n${copy}${text.slice(end)}`;
    });
    const run = runCli(['--baseline', 'baseline.json', 'infra'], { cwd: root });
    assert.deepEqual(codes(run.stdout), ['pe-dns-zone-group']);
    assert.match(run.stdout, /^infra\/storage\.json:/);
    // A second Private Link service, copied from the first: its findings are new, the first one's stay hidden.
    const bicep = path.join(root, 'infra', 'pls.bicep');
    const lines = fs.readFileSync(bicep, 'utf8').split('\n').length;
    edit(bicep, (text) => {
      const block = text.slice(text.indexOf("resource privateLinkService 'Microsoft.Network/privateLinkServices"));
      const copy = block
        .slice(0, block.indexOf('\n}\n') + 3)
        .replace('resource privateLinkService ', 'resource privateLinkServiceTwo ')
        .replace(/name: '[^']*'/, "name: 'pls-two'");
      return `${text}\n${copy}`;
    });
    const both = runCli(['--baseline', 'baseline.json', 'infra'], { cwd: root });
    const bicepFindings = both.stdout.split('\n').filter((line) => line.startsWith('infra/pls.bicep:'));
    assert.ok(
      bicepFindings.some((line) => line.includes(' pls-visibility-everyone ')),
      both.stdout,
    );
    for (const line of bicepFindings) assert.ok(Number(line.split(':')[1]) > lines, `only the new service's findings: ${line}`);
  });

  test('SARIF results carry the baseline fingerprint, unchanged when lines are inserted above', () => {
    const root = project('sarif');
    const fingerprints = (): string[] => {
      const sarif = JSON.parse(runCli(['--format', 'sarif', 'infra'], { cwd: root }).stdout);
      return sarif.runs[0].results
        .map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['privatelinkFinding/v1'])
        .sort();
    };
    const before = fingerprints();
    assert.equal(before.length, 8);
    assert.ok(before.every((f) => /^[0-9a-f]{20}$/.test(f)));
    edit(path.join(root, 'infra', 'pls.bicep'), (text) => `// A comment line.\n${text}`);
    assert.deepEqual(fingerprints(), before);
  });

  test('a baseline that is not one, or --baseline with --write-baseline, is a usage error', () => {
    const root = project('bad');
    fs.writeFileSync(path.join(root, 'broken.json'), '{ "version": 1, "findings": [ { "rule": "x" } ] }');
    const run = runCli(['--baseline', 'broken.json', 'infra'], { cwd: root });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--baseline broken\.json: an entry lacks rule, file, fingerprint or count/);
    assert.equal(runCli(['--baseline', 'missing.json', 'infra'], { cwd: root }).status, 2);
    assert.equal(runCli(['--baseline', 'a.json', '--write-baseline', 'b.json', 'infra'], { cwd: root }).status, 2);
  });
});

describe('baseline fingerprints', () => {
  const text = `{\n  "name":   "pe-orders",\n\t"x": 1 ${'y'.repeat(500)}\n}`;
  const finding = (start: number, end: number, message = 'm', code = 'pe-dns-zone-group') => ({ code, message, range: { start, end } });

  test('the same code, message and covered text, however it is spaced, give the same fingerprint', () => {
    const start = text.indexOf('"name"');
    const end = text.indexOf('1 ') + 1;
    const respaced = `{ "name": "pe-orders", "x": 1 ${'y'.repeat(500)} }`;
    const fingerprint = fingerprintOf(finding(start, end), text);
    assert.match(fingerprint, /^[0-9a-f]{20}$/);
    assert.equal(fingerprintOf(finding(respaced.indexOf('"name"'), respaced.indexOf('1 ') + 1), respaced), fingerprint);
    // Spaces at either end of the covered text do not count either.
    assert.equal(fingerprintOf(finding(start - 1, end + 1), text), fingerprint);
    assert.notEqual(fingerprintOf(finding(start, end, 'other'), text), fingerprint, 'the message counts');
    assert.notEqual(fingerprintOf(finding(start, end, 'm', 'pe-target-sku'), text), fingerprint, 'the rule counts');
    assert.notEqual(fingerprintOf(finding(start, end - 1), text), fingerprint, 'the covered text counts');
  });

  test('only the first 400 characters a finding covers count', () => {
    const start = text.indexOf('y');
    const at400 = fingerprintOf(finding(start, start + 400), text);
    assert.equal(fingerprintOf(finding(start, start + 450), text), at400);
    assert.notEqual(fingerprintOf(finding(start, start + 399), text), at400);
  });
});
