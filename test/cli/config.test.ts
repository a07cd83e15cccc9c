/** `.privatelink.json`: finding the nearest one, reading it, and layering it under user settings. */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ConfigCache, ConfigError, findConfigFile, mergeRuleLevels, parseConfig } from '../../server/src/node/config';
import { makeTempDir, type TempDir } from '../support/tempDir';

describe('.privatelink.json', () => {
  let temp: TempDir;

  before(() => {
    temp = makeTempDir('plg-config-');
    temp.write('.privatelink.json', '{ "rules": { "pe-dns-zone-group": "off" } }');
    temp.write('a/b/.privatelink.json', '{\n  // nearer\n  "rules": { "pe-dns-zone-group": "error", },\n}');
    temp.write('a/b/c/main.bicep', '');
    temp.write('broken/.privatelink.json', '{ "rules": ');
  });

  after(() => temp?.remove());

  test('the nearest ancestor wins', () => {
    assert.equal(findConfigFile(path.join(temp.path, 'a', 'b', 'c')), path.join(temp.path, 'a', 'b', '.privatelink.json'));
    assert.equal(findConfigFile(path.join(temp.path, 'a')), path.join(temp.path, '.privatelink.json'));
  });

  test('comments and trailing commas are allowed', () => {
    const cache = new ConfigCache();
    assert.deepEqual(cache.forDirectory(path.join(temp.path, 'a', 'b', 'c'))?.rules, { 'pe-dns-zone-group': 'error' });
  });

  test('a broken file is a ConfigError naming the file', () => {
    const cache = new ConfigCache();
    assert.throws(
      () => cache.forDirectory(path.join(temp.path, 'broken')),
      (error: unknown) => {
        assert.ok(error instanceof ConfigError);
        assert.match(error.message, /broken[\\/]\.privatelink\.json/);
        return true;
      },
    );
  });

  test('invalid levels are dropped with a warning; unknown ids are kept with a warning', () => {
    const config = parseConfig(
      JSON.stringify({ rules: { 'pe-dns-zone-group': 'loud', 'pls-ipv4-only': 'WARNING', 'future-rule': 'off' } }),
      '/x/.privatelink.json',
      new Set(['pe-dns-zone-group', 'pls-ipv4-only']),
    );
    assert.deepEqual(config.rules, { 'pls-ipv4-only': 'warning', 'future-rule': 'off' });
    assert.equal(config.warnings.length, 2);
  });

  test('"dns": "policy" or "template" (any case) is read; another value is reported and ignored', () => {
    assert.equal(parseConfig('{ "dns": "Policy" }', '/x/.privatelink.json').dns, 'policy');
    assert.equal(parseConfig('{ "dns": "template", "rules": {} }', '/x/.privatelink.json').dns, 'template');
    assert.equal(parseConfig('{}', '/x/.privatelink.json').dns, undefined);
    const bad = parseConfig('{ "dns": "azure-policy" }', '/x/.privatelink.json');
    assert.equal(bad.dns, undefined);
    assert.deepEqual(bad.warnings, ['/x/.privatelink.json: "dns": "azure-policy" is not one of "template", "policy"']);
  });

  test('"rules" must be an object', () => {
    assert.throws(() => parseConfig('{ "rules": ["off"] }', '/x/.privatelink.json'), ConfigError);
    assert.throws(() => parseConfig('[]', '/x/.privatelink.json'), ConfigError);
    assert.deepEqual(parseConfig('{}', '/x/.privatelink.json').rules, {});
  });

  test('user settings go on top of the project file', () => {
    assert.deepEqual(mergeRuleLevels({ a: 'off', b: 'error' }, undefined, { b: 'info', c: 'warning' }), {
      a: 'off',
      b: 'info',
      c: 'warning',
    });
  });
});
