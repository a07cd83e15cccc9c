/**
 * Checks the npm package, private-link-guidance-<version>.tgz in the repository root (`npm run pack:npm`;
 * `npm run test:package` builds it and runs this file) the way a user meets it: installed with `npm install <tarball>`
 * into an empty folder, offline (the bundles carry every dependency, so nothing else may be fetched), then
 * `npx privatelink-lint` on templates in both languages and `privatelink-language-server --stdio` answering an editor.
 * Without a tarball the tests are skipped with a message.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot, testSource } from '../support/paths';
import { makeTempDir, type TempDir } from '../support/tempDir';
import { LspTestClient, fileUri } from '../support/lspClient';

const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { name: string; version: string };
const tarball = join(repoRoot, `${manifest.name}-${manifest.version}.tgz`);
const skip = existsSync(tarball)
  ? false
  : `no ${manifest.name}-${manifest.version}.tgz: run \`npm run pack:npm\` (or \`npm run test:package\`)`;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

let folder: TempDir;
let installed: string;

before(() => {
  if (skip) return;
  folder = makeTempDir('plg-npm-');
  folder.write('package.json', JSON.stringify({ name: 'a-repository-with-templates', version: '1.0.0', private: true }));
  const result = spawnSync(npm, ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: folder.path, encoding: 'utf8' });
  assert.equal(result.status, 0, `npm install <tarball> failed:\n${result.stdout}\n${result.stderr}`);
  installed = join(folder.path, 'node_modules', manifest.name);
});

after(() => folder?.remove());

function lint(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(npx, ['--no-install', 'privatelink-lint', ...args], { cwd: folder.path, encoding: 'utf8' });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => name.split('\\').join('/'))
    .sort();
}

test('npm package: installs alone (no dependency to fetch) and holds only what runs', { skip }, () => {
  assert.deepEqual(
    readdirSync(join(folder.path, 'node_modules')).filter((name) => !name.startsWith('.')),
    [manifest.name],
  );
  const files = filesUnder(installed);
  const unexpected = files.filter(
    (name) => !/^(dist\/(cli|server)\.js|docs\/rules\/[\w-]+\.md|README\.md|LICENSE|CHANGELOG\.md|package\.json)$/.test(name),
  );
  assert.deepEqual(unexpected, []);
  for (const needed of ['dist/cli.js', 'dist/server.js', 'docs/rules/pe-dns-zone-group.md', 'LICENSE'])
    assert.ok(files.includes(needed), needed);
  assert.ok(!readFileSync(join(installed, 'dist', 'cli.js'), 'utf8').includes('sourceMappingURL'), 'production bundle');
});

test('npm package: npx privatelink-lint reports on ARM JSON and Bicep, and explains a rule', { skip }, () => {
  assert.equal(lint('--version').stdout.trim(), manifest.version);
  const templates = folder.copy(join(repoRoot, 'samples'), 'infra');
  const result = lint('--format', 'json', relative(folder.path, templates));
  assert.equal(result.status, 1, result.stderr);
  const report = JSON.parse(result.stdout) as { files: { language: string; diagnostics: unknown[] }[] };
  const languages = new Set(report.files.filter((f) => f.diagnostics.length > 0).map((f) => f.language));
  assert.ok(languages.has('arm') && languages.has('bicep'), `findings in both languages: ${[...languages].join(', ')}`);
  const explained = lint('explain', 'pe-dns-zone-group');
  assert.equal(explained.status, 0, explained.stderr);
  assert.match(explained.stdout, /^# pe-dns-zone-group/m);
});

test('npm package: privatelink-language-server --stdio publishes diagnostics', { skip }, async () => {
  const bin = join(
    folder.path,
    'node_modules',
    '.bin',
    process.platform === 'win32' ? 'privatelink-language-server.cmd' : 'privatelink-language-server',
  );
  assert.ok(existsSync(bin), 'the bin is linked');
  const client = await LspTestClient.start({ serverScript: bin, execArgv: [] });
  try {
    const sample = testSource('..', 'samples', 'storage-blob-private-endpoint.json');
    const uri = fileUri(sample);
    await client.open(uri, 'json', readFileSync(sample, 'utf8'));
    const diagnostics = await client.diagnostics(uri, (d) => d.length > 0);
    assert.ok(
      diagnostics.some((d) => d.code === 'pe-dns-zone-group'),
      JSON.stringify(diagnostics.map((d) => d.code)),
    );
  } finally {
    await client.stop();
  }
});
