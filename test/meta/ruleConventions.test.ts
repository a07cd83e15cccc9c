/**
 * Keeps the rule set honest (in the spirit of ESLint's checkRuleFiles): every registered rule has its source file,
 * its doc page in the fixed format, its fixtures in both languages with baselines and its setting; every rule file
 * is registered; and the registry holds exactly the rules of the catalog in ../shared/spec/rules.md.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describeRules, DOCS_BASE_URL } from '../../server/src/engine';
import { repoRoot } from '../support/paths';
import { FAQ_URL, RULE_DOC_HEADINGS, RULE_DOC_TABLE_HEADER, readRuleDoc } from '../support/ruleDocs';

const rules = describeRules();
const ruleIds = rules.map((r) => r.id);
const RULES_DIR = join(repoRoot, 'server', 'src', 'engine', 'rules');
const CATALOG = join(repoRoot, '..', 'shared', 'spec', 'rules.md');
const LEVELS = ['off', 'info', 'warning', 'error'];

interface RuleSetting {
  readonly type?: string;
  readonly enum?: readonly string[];
  readonly markdownDescription?: string;
}

function ruleSettings(): Record<string, RuleSetting> {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
    contributes?: { configuration?: { properties?: Record<string, { properties?: Record<string, RuleSetting> }> } };
  };
  return manifest.contributes?.configuration?.properties?.['privateLink.rules']?.properties ?? {};
}

/** `| \`id\` | level | …` rows of the catalog's tables: id → levels written in the level column. */
function catalogRules(text: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const match of text.matchAll(/^\|\s*`([a-z0-9-]+)`\s*\|([^|]*)\|/gm)) {
    found.set(
      match[1],
      match[2].split('/').map((level) => level.trim().toLowerCase()),
    );
  }
  return found;
}

function fixOfferedInBaselines(id: string): boolean {
  return ['fail.json', 'fail.bicep', 'pass.json', 'pass.bicep'].some((name) => {
    const baseline = join(repoRoot, 'test', 'rules', id, `${name}.expected`);
    return existsSync(baseline) && /^ {4}fix: /m.test(readFileSync(baseline, 'utf8'));
  });
}

test('rule ids are unique and kebab-case', () => {
  assert.equal(new Set(ruleIds).size, ruleIds.length, `duplicate ids: ${ruleIds.filter((id, i) => ruleIds.indexOf(id) !== i).join(', ')}`);
  for (const id of ruleIds) assert.match(id, /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/, `rule id '${id}' is not kebab-case`);
});

test('every rule file is registered, and every rule has its file', () => {
  const files = readdirSync(RULES_DIR)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts') && name !== 'registry.ts')
    .map((name) => basename(name, '.ts'));
  assert.deepEqual(
    files.filter((id) => !ruleIds.includes(id)),
    [],
    'rule files in server/src/engine/rules/ that the registry does not list',
  );
  assert.deepEqual(
    ruleIds.filter((id) => !files.includes(id)),
    [],
    'registered rules without server/src/engine/rules/<id>.ts',
  );
});

for (const rule of rules) {
  test(`${rule.id}: source file declares the id and opens with a comment`, () => {
    const path = join(RULES_DIR, `${rule.id}.ts`);
    assert.ok(existsSync(path), `missing ${path}`);
    const source = readFileSync(path, 'utf8');
    assert.match(source, /^\s*(\/\*\*|\/\/)/, `${rule.id}.ts must open with a one-sentence comment`);
    assert.ok(source.includes(`id: '${rule.id}'`), `${rule.id}.ts must declare id: '${rule.id}'`);
    assert.match(rule.title, /^[A-Z].*\.$/, `the title of ${rule.id} is one sentence (capital letter, final period)`);
    assert.equal(rule.docPath, `docs/rules/${rule.id}.md`);
  });

  test(`${rule.id}: doc page has the fixed format`, () => {
    const doc = readRuleDoc(rule.id);
    assert.ok(doc, `missing docs/rules/${rule.id}.md`);
    assert.equal(doc.title, rule.id, 'the page starts with `# <rule-id>`');
    assert.equal(doc.summary, rule.title, "the first paragraph is the rule's title");
    assert.ok(doc.text.includes(RULE_DOC_TABLE_HEADER), `the page has the table ${RULE_DOC_TABLE_HEADER}`);
    assert.ok(doc.table && doc.table.length === 3, 'the table has one row: level, applies to, fix offered');
    assert.match(doc.table[0], new RegExp(`\\b${rule.defaultLevel}\\b`), `the level column names the default level '${rule.defaultLevel}'`);
    assert.match(doc.table[1], /`Microsoft\.[A-Za-z]+\/[^`]+`/, 'the applies-to column names resource types in backticks');
    assert.match(doc.table[2], /^(Yes: .+|No)$/, "the fix column reads 'Yes: <what it does>' or 'No'");
    assert.equal(
      doc.table[2].startsWith('Yes'),
      fixOfferedInBaselines(rule.id),
      'the fix column agrees with the fixture baselines (a fix shows there as `fix:`)',
    );
    assert.deepEqual(doc.headings, [...RULE_DOC_HEADINGS], 'the headings are the fixed ones, in order');
    for (const heading of RULE_DOC_HEADINGS) {
      if (heading === '## Examples') continue;
      const body = doc.sections.get(heading) ?? '';
      const examples = doc.blocks.get(heading) ?? [];
      assert.ok(body.trim().length > 0 || examples.length > 0, `'${heading}' is not empty`);
    }
    assert.ok((doc.sections.get('## References') ?? '').includes(FAQ_URL), 'References link the Private Link FAQ');
  });

  test(`${rule.id}: fixtures in both languages with baselines`, () => {
    const missing: string[] = [];
    for (const name of ['fail.json', 'pass.json', 'fail.bicep', 'pass.bicep']) {
      for (const file of [name, `${name}.expected`]) {
        if (!existsSync(join(repoRoot, 'test', 'rules', rule.id, file))) missing.push(`test/rules/${rule.id}/${file}`);
      }
    }
    assert.deepEqual(missing, [], 'missing fixtures or baselines');
  });

  test(`${rule.id}: setting in package.json`, () => {
    const setting = ruleSettings()[rule.id];
    assert.ok(setting, `package.json contributes.configuration privateLink.rules.properties has no '${rule.id}'`);
    assert.equal(setting.type, 'string');
    assert.deepEqual(setting.enum, LEVELS, `the setting's enum is ${LEVELS.join('/')}`);
    const description = setting.markdownDescription ?? '';
    // "Default level: error." or, for rules whose findings can be milder, "Default level: error or warning."
    assert.ok(
      description.includes(`Default level: ${rule.defaultLevel}`),
      `the setting's description says "Default level: ${rule.defaultLevel}"`,
    );
    assert.ok(description.includes(`${DOCS_BASE_URL}${rule.id}.md`), "the setting's description links the rule's page");
  });
}

test('settings and doc pages exist only for registered rules', () => {
  assert.deepEqual(
    Object.keys(ruleSettings()).filter((id) => !ruleIds.includes(id)),
    [],
    'privateLink.rules settings for unknown rules',
  );
  const pages = readdirSync(join(repoRoot, 'docs', 'rules'))
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .map((name) => basename(name, '.md'));
  assert.deepEqual(
    pages.filter((id) => !ruleIds.includes(id)),
    [],
    'docs/rules pages for unknown rules',
  );
});

test('the registry holds exactly the rules of the catalog (../shared/spec/rules.md)', (t) => {
  if (!existsSync(CATALOG)) return t.skip(`${CATALOG} is absent (no ../shared checkout): cannot compare with the catalog`);
  const catalog = catalogRules(readFileSync(CATALOG, 'utf8'));
  assert.equal(catalog.size, 30, 'the catalog lists 30 rules (25, and 5 added in the second catalog)');
  assert.deepEqual([...ruleIds].sort(), [...catalog.keys()].sort(), 'registered rule ids = catalog ids');
  for (const rule of rules) {
    const levels = catalog.get(rule.id);
    if (levels)
      assert.ok(
        levels.includes(rule.defaultLevel),
        `${rule.id}: default level '${rule.defaultLevel}' is one the catalog gives (${levels.join(' / ')})`,
      );
  }
});
