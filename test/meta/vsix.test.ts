/**
 * Checks the packaged extension, private-link-guidance-<version>.vsix in the repository root (`npm run package`;
 * `npm run test:package` builds it and runs this file): it holds only what runs or is read at run time, its bundles
 * are production builds, its manifest is what the Marketplace and VS Code need, and it stays within its size budget.
 * Without a VSIX the tests are skipped with a message.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { repoRoot } from '../support/paths';

/** Size budget of the package (compressed .vsix) and of what it unpacks to. */
const VSIX_BUDGET_BYTES = 600 * 1024;
const UNPACKED_BUDGET_BYTES = 2 * 1024 * 1024;

const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { name: string; version: string };
const vsixPath = join(repoRoot, `${manifest.name}-${manifest.version}.vsix`);
const skip = existsSync(vsixPath)
  ? false
  : `no ${manifest.name}-${manifest.version}.vsix: run \`npm run package\` (or \`npm run test:package\`)`;

interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeaderOffset: number;
}

/** The entries of a zip file, from its central directory (no zip64: a VSIX is far below 4 GiB). */
function readZip(file: string): { entries: ZipEntry[]; read(name: string): Buffer } {
  const zip = readFileSync(file);
  let end = -1;
  for (let offset = zip.length - 22; offset >= Math.max(0, zip.length - 22 - 0xffff); offset--) {
    if (zip.readUInt32LE(offset) === 0x06054b50) {
      end = offset;
      break;
    }
  }
  assert.ok(end >= 0, 'the VSIX is a zip file');
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let index = 0; index < count; index++) {
    assert.equal(zip.readUInt32LE(offset), 0x02014b50, 'central directory entry');
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    entries.push({
      method: zip.readUInt16LE(offset + 10),
      compressedSize: zip.readUInt32LE(offset + 20),
      size: zip.readUInt32LE(offset + 24),
      name: zip.toString('utf8', offset + 46, offset + 46 + nameLength),
      localHeaderOffset: zip.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  const read = (name: string): Buffer => {
    const entry = entries.find((candidate) => candidate.name === name);
    assert.ok(entry, `${name} is in the VSIX`);
    const local = entry.localHeaderOffset;
    assert.equal(zip.readUInt32LE(local), 0x04034b50, 'local file header');
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + entry.compressedSize);
    if (entry.method === 0) return Buffer.from(data);
    assert.equal(entry.method, 8, `${name}: stored or deflated`);
    return inflateRawSync(data);
  };
  return { entries, read };
}

const vsix = skip ? undefined : readZip(vsixPath);
const files = vsix ? vsix.entries.map((entry) => entry.name).filter((name) => !name.endsWith('/')) : [];
const packaged = vsix ? (JSON.parse(vsix.read('extension/package.json').toString('utf8')) as Record<string, unknown>) : {};

/** Everything the VSIX may hold; anything else (sources, tests, maps, node_modules, samples) is a leak. */
const ALLOWED: readonly RegExp[] = [
  /^\[Content_Types\]\.xml$/,
  /^extension\.vsixmanifest$/,
  /^extension\/package\.json$/,
  /^extension\/(readme|README)\.md$/,
  /^extension\/(changelog|CHANGELOG)\.md$/,
  /^extension\/LICENSE(\.txt)?$/,
  /^extension\/images\/icon\.png$/,
  /^extension\/dist\/(extension|server|cli)\.js$/,
  /^extension\/dist\/map\/mapView\.(js|css)$/,
  /^extension\/syntaxes\/[\w.-]+\.tmLanguage\.json$/,
  /^extension\/schemas\/privatelink\.schema\.json$/,
  /^extension\/language-configuration\/[\w.-]+\.language-configuration\.json$/,
  /^extension\/docs\/rules\/[a-z0-9-]+\.md$/,
  /^extension\/docs\/rules\/README\.md$/,
];

test('VSIX: holds only the run-time files', { skip }, () => {
  const unexpected = files.filter((name) => !ALLOWED.some((pattern) => pattern.test(name)));
  assert.deepEqual(
    unexpected,
    [],
    'files outside dist/, syntaxes/, language configuration, docs/rules/, README, CHANGELOG, LICENSE, icon, package.json',
  );
});

test('VSIX: holds every file the extension needs at run time', { skip }, () => {
  for (const name of [
    'extension/package.json',
    'extension/schemas/privatelink.schema.json',
    'extension/dist/extension.js',
    'extension/dist/server.js',
    'extension/dist/cli.js',
    'extension/dist/map/mapView.js',
    'extension/dist/map/mapView.css',
    'extension/images/icon.png',
  ]) {
    assert.ok(files.includes(name), `${name} is packaged`);
  }
  for (const document of ['readme', 'changelog']) {
    assert.ok(
      files.some((name) => name.toLowerCase() === `extension/${document}.md`),
      `${document} is packaged`,
    );
  }
  assert.ok(
    files.some((name) => /^extension\/LICENSE(\.txt)?$/.test(name)),
    'the licence is packaged',
  );
  // Everything the manifest points at.
  const contributes = packaged.contributes as { languages?: { configuration?: string }[]; grammars?: { path: string }[] };
  const referenced = [
    packaged.main as string,
    packaged.icon as string,
    ...(contributes.languages ?? []).flatMap((language) => (language.configuration ? [language.configuration] : [])),
    ...(contributes.grammars ?? []).map((grammar) => grammar.path),
  ];
  for (const reference of referenced) {
    const name = `extension/${reference.replace(/^\.\//, '')}`;
    assert.ok(files.includes(name), `${reference} (named in package.json) is packaged`);
  }
  // The rule pages the "Show documentation" command opens: one per rule the settings declare.
  const properties = (packaged.contributes as { configuration: { properties: Record<string, { properties?: Record<string, unknown> }> } })
    .configuration.properties;
  const ruleIds = Object.keys(properties['privateLink.rules']?.properties ?? {});
  assert.ok(ruleIds.length > 0, 'the manifest declares the rules');
  for (const id of ruleIds) assert.ok(files.includes(`extension/docs/rules/${id}.md`), `docs/rules/${id}.md is packaged`);
});

test('VSIX: bundles are production builds (minified, no source maps)', { skip }, () => {
  assert.deepEqual(
    files.filter((name) => name.endsWith('.map')),
    [],
    'no source map files',
  );
  for (const bundle of ['extension', 'server', 'cli', 'map/mapView']) {
    const text = vsix!.read(`extension/dist/${bundle}.js`).toString('utf8');
    assert.doesNotMatch(text, /sourceMappingURL=/, `dist/${bundle}.js links no source map`);
    const lines = text.split('\n').length;
    assert.ok(text.length / lines > 400, `dist/${bundle}.js is minified (${lines} lines for ${text.length} characters)`);
  }
  assert.match(vsix!.read('extension/dist/cli.js').toString('utf8'), /^#!\/usr\/bin\/env node/, 'the CLI keeps its shebang');
});

test('VSIX: manifest (icon, entry point, activation, workspace trust)', { skip }, () => {
  assert.equal(packaged.name, manifest.name);
  assert.equal(packaged.version, manifest.version);
  assert.equal(packaged.icon, 'images/icon.png');
  assert.equal(packaged.main, './dist/extension.js');
  const activationEvents = packaged.activationEvents as string[];
  assert.ok(
    activationEvents.length > 0 && activationEvents.every((event) => event.startsWith('onLanguage:')),
    JSON.stringify(activationEvents),
  );
  assert.ok(!activationEvents.includes('*'), 'no start-up activation');
  const capabilities = packaged.capabilities as {
    untrustedWorkspaces?: { supported?: unknown };
    virtualWorkspaces?: { supported?: unknown };
  };
  assert.ok(capabilities.untrustedWorkspaces && 'supported' in capabilities.untrustedWorkspaces, 'untrustedWorkspaces declared');
  assert.ok(capabilities.virtualWorkspaces && 'supported' in capabilities.virtualWorkspaces, 'virtualWorkspaces declared');
  assert.ok(
    !('dependencies' in packaged) || Object.keys(packaged.dependencies as object).length === 0,
    'bundled: no run-time dependencies',
  );

  const icon = vsix!.read('extension/images/icon.png');
  assert.equal(icon.subarray(1, 4).toString('latin1'), 'PNG', 'the icon is a PNG');
  assert.equal(icon.readUInt32BE(16), 128, 'icon width 128');
  assert.equal(icon.readUInt32BE(20), 128, 'icon height 128');

  const vsixManifest = vsix!.read('extension.vsixmanifest').toString('utf8');
  assert.match(vsixManifest, /<Icon>extension\/images\/icon\.png<\/Icon>/);
});

test('VSIX: within its size budget', { skip }, () => {
  const size = statSync(vsixPath).size;
  const unpacked = vsix!.entries.reduce((sum, entry) => sum + entry.size, 0);
  assert.ok(size <= VSIX_BUDGET_BYTES, `the VSIX is ${size} bytes, over the budget of ${VSIX_BUDGET_BYTES}`);
  assert.ok(unpacked <= UNPACKED_BUDGET_BYTES, `the VSIX unpacks to ${unpacked} bytes, over the budget of ${UNPACKED_BUDGET_BYTES}`);
});
