/**
 * The README's Settings table promises each setting's default: it must be the default VS Code shows (package.json)
 * and the one the server falls back to when a client sends nothing (server/src/lsp/settings.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import { repoRoot } from '../support/paths';

interface Manifest {
  contributes: {
    configuration: { properties: Record<string, { default?: unknown }> } | { properties: Record<string, { default?: unknown }> }[];
  };
}

test('the README Settings table gives the defaults of package.json and of the server', () => {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const rows = [...readme.matchAll(/^\| `(privateLink\.[\w.]+)` \| `([^`]*)` \|/gm)].map((m) => ({ setting: m[1], shown: m[2] }));
  assert.ok(rows.length >= 6, `settings rows found: ${rows.map((r) => r.setting).join(', ')}`);
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as Manifest;
  const sections = manifest.contributes.configuration;
  const properties = Object.assign({}, ...(Array.isArray(sections) ? sections : [sections]).map((s) => s.properties)) as Record<
    string,
    { default?: unknown }
  >;
  const server = DEFAULT_SETTINGS as unknown as Record<string, unknown>;
  for (const { setting, shown } of rows) {
    assert.ok(setting in properties, `${setting} is a setting of package.json`);
    const written =
      typeof properties[setting].default === 'string'
        ? JSON.stringify(properties[setting].default)
        : JSON.stringify(properties[setting].default);
    // The table writes strings without quotes, except the empty string.
    const expected = shown === '""' ? '""' : /^[\d{}]|^true$|^false$/.test(shown) ? shown : JSON.stringify(shown);
    assert.equal(written, expected, `${setting}: the README says ${shown}, package.json ${written}`);
    const key = setting.slice('privateLink.'.length);
    if (key in server) assert.equal(JSON.stringify(server[key]), written, `${setting}: the server's own default`);
  }
});
