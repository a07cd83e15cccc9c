/**
 * Promises of README.md and SECURITY.md about `privatelink-lint` that no other CLI test proves (test/PROMISES.md maps
 * every promise to its test). Run through the bundled CLI, as users run it. Messages are compared by the parts that
 * carry meaning (the option, the value, the file), so that rewording them does not break these tests.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../support/cli';
import { repoRoot, testSource } from '../support/paths';
import { makeTempDir, type TempDir } from '../support/tempDir';

const fixtures = testSource('cli', 'fixtures');
const errorTemplate = path.join(fixtures, 'errors', 'pls-basic.bicep');
const ruleFixture = (rule: string, name: string): string => testSource('rules', rule, name);

let dir: TempDir;
before(() => {
  dir = makeTempDir('plg-cli-promises-');
});
after(() => dir?.remove());

interface JsonReport {
  files: { path: string; diagnostics: { code: string; message: string }[] }[];
}

function findings(report: string): string[] {
  return (JSON.parse(report) as JsonReport).files.flatMap((f) => f.diagnostics.map((d) => `${f.path} ${d.code} ${d.message}`));
}

test('the quick start: linting samples/ exits 1 with the findings the README shows', () => {
  const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const shownInReadme = [...readme.matchAll(/^(samples\/\S+:\d+:\d+: (?:error|warning) \S+) /gm)].map((m) => m[1]);
  assert.equal(shownInReadme.length, 2, 'the README shows two findings of samples/');
  const run = runCli(['samples'], { cwd: repoRoot });
  assert.equal(run.status, 1, run.stderr);
  const lines = run.stdout.split('\n');
  // Location, level and rule as the README shows them; the message by what it names.
  const meaning: Record<string, RegExp> = {
    'pls-standard-load-balancer': /Basic/,
    'pe-dns-zone-group': /privatelink\.blob\.core\.windows\.net/,
  };
  for (const shown of shownInReadme) {
    const line = lines.find((l) => l.startsWith(`${shown} `));
    assert.ok(line, `no line "${shown} …" in:\n${run.stdout}`);
    assert.match(line, meaning[shown.split(' ').pop()!]);
  }
});

for (const flag of ['--help', '--version']) {
  test(`${flag} alone, in a folder of templates with errors, lints nothing: exit 0, only the ${flag.slice(2)}`, () => {
    // The working folder holds an error-level mistake: linting it would print it and exit 1.
    const run = runCli([flag], { cwd: path.dirname(errorTemplate) });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, '');
    assert.match(run.stdout, flag === '--help' ? /^Usage: privatelink-lint [\s\S]*\n$/ : /^\d+\.\d+\.\d+\n$/);
    assert.ok(!run.stdout.includes('pls-basic.bicep'), run.stdout);
  });
}

for (const [mistake, args, names] of [
  ['an unknown option', ['--frobnicate', 'clean'], [/--frobnicate/]],
  ['an unknown format', ['--format', 'xml', 'clean'], [/--format/, /"?xml"?/]],
  ['an option without its value', ['clean', '--format'], [/--format/]],
  ['--config without a file', ['--config'], [/--config/]],
  ['no input at all', [], [/file|folder/i]],
] as const) {
  test(`a usage mistake (${mistake}) is a message naming it, then a pointer to --help: exit 2, no stack trace`, () => {
    const run = runCli(args, { cwd: fixtures });
    assert.equal(run.status, 2, run.stderr);
    assert.equal(run.stdout, '');
    const [message, pointer, ...rest] = run.stderr.split('\n');
    assert.match(message, /^privatelink-lint: /);
    assert.doesNotMatch(message, /internal error/i);
    for (const name of names) assert.match(message, name);
    assert.match(pointer, /privatelink-lint --help/);
    assert.deepEqual(rest, [''], `nothing more (no stack trace):\n${run.stderr}`);
  });
}

test('a .privatelink.json over 1 MB is refused with a message naming it (exit 2)', () => {
  dir.write('bigconfig/.privatelink.json', `{ "rules": {} }${' '.repeat(1024 * 1024 + 100)}`);
  dir.write('bigconfig/main.bicep', fs.readFileSync(errorTemplate, 'utf8'));
  const run = runCli(['main.bicep'], { cwd: path.join(dir.path, 'bigconfig') });
  assert.equal(run.status, 2, run.stderr);
  assert.match(run.stderr, /\.privatelink\.json/);
  assert.match(run.stderr, /1024 KB|1 MB/);
  assert.doesNotMatch(run.stderr, /internal error|\n\s+at /);
  // A config of the same content under the limit is read: the limit, not the content, refused it.
  dir.write('smallconfig/.privatelink.json', '{ "rules": {} }');
  dir.write('smallconfig/main.bicep', fs.readFileSync(errorTemplate, 'utf8'));
  assert.equal(runCli(['main.bicep'], { cwd: path.join(dir.path, 'smallconfig') }).status, 1);
});

test('a folder named rules is linted when written ./rules; rules alone lists the rules', () => {
  for (const name of ['rules', 'explain']) dir.write(`commands/${name}/main.bicep`, fs.readFileSync(errorTemplate, 'utf8'));
  const cwd = path.join(dir.path, 'commands');
  for (const name of ['rules', 'explain']) {
    const linted = runCli([`./${name}`], { cwd });
    assert.equal(linted.status, 1, linted.stderr);
    assert.match(linted.stdout, new RegExp(`^${name}/main\\.bicep:\\d+:\\d+: error pls-standard-load-balancer `, 'm'));
  }
  const listed = runCli(['rules'], { cwd });
  assert.equal(listed.status, 0, listed.stderr);
  assert.match(listed.stdout, /^pe-single-connection\s+error\s/m);
  assert.ok(!listed.stdout.includes('main.bicep'), listed.stdout);
});

test('"dns": "policy" in .privatelink.json silences the DNS wiring rules and keeps the others', () => {
  for (const folder of ['policy', 'template']) {
    dir.copy(ruleFixture('pe-dns-zone-group', 'fail.bicep'), `dns/${folder}/zone-group.bicep`);
    dir.copy(ruleFixture('dns-zone-vnet-link', 'fail.json'), `dns/${folder}/vnet-link.json`);
    dir.copy(ruleFixture('pe-target-public-access', 'fail.bicep'), `dns/${folder}/public.bicep`);
    dir.write(`dns/${folder}/.privatelink.json`, `{ "dns": "${folder}" }`);
  }
  const report = (folder: string): string[] => {
    const run = runCli(['--format', 'json', '.'], { cwd: path.join(dir.path, 'dns', folder) });
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    return findings(run.stdout);
  };
  const byTemplate = report('template');
  const byPolicy = report('policy');
  const wiring = /^\S+ (pe-dns-zone-group|pe-dns-zone-group-incomplete|dns-zone-vnet-link) /;
  assert.ok(
    byTemplate.some((f) => f.startsWith('zone-group.bicep pe-dns-zone-group ')),
    byTemplate.join('\n'),
  );
  assert.ok(
    byTemplate.some((f) => f.startsWith('vnet-link.json dns-zone-vnet-link ')),
    byTemplate.join('\n'),
  );
  assert.ok(
    byTemplate.some((f) => f.startsWith('public.bicep pe-target-public-access ')),
    byTemplate.join('\n'),
  );
  assert.deepEqual(
    byPolicy,
    byTemplate.filter((f) => !wiring.test(f)),
  );
});

test('the pre-commit hook passes the staged template files to privatelink-lint, which skips those that are not templates', () => {
  const hooks = fs.readFileSync(path.join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8');
  const field = (name: string): string => new RegExp(`^\\s*-?\\s*${name}: (.+)$`, 'm').exec(hooks)?.[1].trim() ?? '';
  assert.equal(field('id'), 'privatelink-lint');
  assert.equal(field('language'), 'node');
  const bin = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin;
  assert.ok(bin[field('entry')], `the entry "${field('entry')}" is a bin of the package`);
  const staged = new RegExp(field('files'));
  for (const name of ['infra/main.json', 'a.jsonc', 'main.bicep', 'main.bicepparam']) assert.match(name, staged);
  for (const name of ['src/index.ts', 'README.md', 'main.json.bak']) assert.doesNotMatch(name, staged);

  // What pre-commit runs: the entry with the staged names, templates or not.
  dir.write('staged/package.json', '{ "name": "app", "version": "1.0.0" }');
  dir.write('staged/tsconfig.json', '{ "compilerOptions": {} }');
  const cwd = path.join(dir.path, 'staged');
  const clean = runCli(['package.json', 'tsconfig.json'], { cwd });
  assert.equal(clean.status, 0, clean.stderr);
  assert.equal(clean.stdout, '');
  dir.write('staged/main.bicep', fs.readFileSync(errorTemplate, 'utf8'));
  const failing = runCli(['package.json', 'tsconfig.json', 'main.bicep'], { cwd });
  assert.equal(failing.status, 1, 'an error-level finding stops the commit');
  assert.match(failing.stdout, /^main\.bicep:\d+:\d+: error pls-standard-load-balancer /m);
  assert.ok(!failing.stdout.includes('package.json') && !failing.stdout.includes('tsconfig.json'), failing.stdout);
});

test('control characters in messages are escaped in text output: a value cannot forge a line or rewrite the terminal', () => {
  const template = fs
    .readFileSync(testSource('lsp', 'fixtures', 'storage-pe.bicep'), 'utf8')
    .replace(/groupIds: \['blob'\]/, "groupIds: ['blob\\u{1b}[2J\\u{202e}x\\nmain.bicep:1:1: error forged']");
  assert.ok(template.includes('forged'), 'the fixture names the blob group id');
  dir.write('escapes/main.bicep', template);
  const run = runCli(['main.bicep'], { cwd: path.join(dir.path, 'escapes') });
  assert.equal(run.status, 1, run.stderr);
  const raw = [...run.stdout].filter(
    (c) => c !== '\n' && (c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f || (c >= '\u202a' && c <= '\u202e')),
  );
  assert.deepEqual(raw, [], JSON.stringify(run.stdout));
  const line = run.stdout.split('\n').find((l) => l.includes(' pe-valid-group-id '));
  assert.ok(line, run.stdout);
  assert.ok(line.includes('\\u001b[2J') && line.includes('\\u202e'), line);
  assert.ok(!run.stdout.split('\n').some((l) => l.startsWith('main.bicep:1:1:')), 'no forged line');
});
