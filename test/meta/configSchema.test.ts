/**
 * `.privatelink.json` opens in VS Code as JSON with comments and is checked against `schemas/privatelink.schema.json`
 * (contributed in package.json), so a typo in a rule id or a level is reported in the file itself. The schema must
 * list exactly the registered rules and the levels and DNS values the CLI and server accept.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeRules } from '../../server/src/engine';
import { parseConfig } from '../../server/src/node/config';
import { repoRoot } from '../support/paths';

interface Schema {
  properties: {
    rules: { properties: Record<string, { enum: string[]; description: string }>; additionalProperties: boolean };
    dns: { enum: string[] };
  };
  additionalProperties: boolean;
}

const schema = JSON.parse(readFileSync(join(repoRoot, 'schemas', 'privatelink.schema.json'), 'utf8')) as Schema;
const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));

test('the schema lists every registered rule, and only those, with the four levels and its default', () => {
  const rules = schema.properties.rules;
  assert.deepEqual(
    Object.keys(rules.properties).sort(),
    describeRules()
      .map((r) => r.id)
      .sort(),
  );
  for (const rule of describeRules()) {
    assert.deepEqual(rules.properties[rule.id].enum, ['off', 'info', 'warning', 'error'], rule.id);
    assert.ok(rules.properties[rule.id].description.includes(`Default level: ${rule.defaultLevel}.`), rule.id);
  }
  assert.equal(rules.additionalProperties, false, 'an unknown rule id (a typo) is reported');
  assert.equal(schema.additionalProperties, false, 'an unknown top-level key is reported');
});

test('the schema accepts what the config reader accepts: every dns value, and the reader accepts every schema value', () => {
  assert.deepEqual(schema.properties.dns.enum, ['template', 'policy']);
  for (const dns of schema.properties.dns.enum) assert.equal(parseConfig(JSON.stringify({ dns }), '/x/.privatelink.json').dns, dns);
});

test('package.json opens .privatelink.json as JSON with comments and validates it with the schema', () => {
  const languages = manifest.contributes.languages as { id: string; filenames?: string[] }[];
  assert.ok(languages.some((l) => l.id === 'jsonc' && l.filenames?.includes('.privatelink.json')));
  const validation = manifest.contributes.jsonValidation as { fileMatch: string; url: string }[];
  assert.ok(validation.some((v) => v.fileMatch === '.privatelink.json' && v.url === './schemas/privatelink.schema.json'));
});
