// Tests docs/faq-coverage.md: every FAQ question is mapped, every topic and rule it names exists, and the table agrees with the topics' own FAQ lists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXPLANATION_TOPICS, getKnowledge } from '../../server/src/engine/knowledge/knowledge';
import { FAQ } from '../../server/src/engine/knowledge/explanationSource';
import { repoRoot } from '../support/paths';

const root = repoRoot;
const faqPath = join(root, '..', 'shared', 'spec', 'private-link-faq.md');
const rulesPath = join(root, '..', 'shared', 'spec', 'rules.md');

/** The rule ids of rules.md, for machines without ../shared. */
const RULE_IDS_FALLBACK = [
  'pe-single-connection',
  'pe-single-group-id',
  'pe-valid-group-id',
  'pe-dns-zone-group',
  'pe-dns-zone-name',
  'pe-dns-zone-group-limits',
  'pe-target-public-access',
  'pe-subnet-reserved',
  'pe-static-ip-in-subnet',
  'pe-vnet-location',
  'pe-request-message-length',
  'pe-target-sku',
  'dns-zone-vnet-link',
  'dns-zone-auto-registration',
  'pls-standard-load-balancer',
  'pls-nat-ip-count',
  'pls-per-load-balancer',
  'pls-subnet-network-policies',
  'pls-same-region',
  'pls-ipv4-only',
  'pls-nic-backend-pool',
  'pls-visibility-everyone',
  'pls-auto-approval-scope',
  'pls-proxy-protocol-consistency',
  'pls-internal-frontend',
  // Added in the second catalog.
  'pe-subnet-nsg-policies',
  'pe-dfs-needs-blob',
  'dns-zone-public-name',
  'pe-connection-target-missing',
  'pe-dns-zone-group-incomplete',
];

function ruleIds(): string[] {
  if (!existsSync(rulesPath)) return RULE_IDS_FALLBACK;
  return [...readFileSync(rulesPath, 'utf8').matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]);
}

interface Row {
  question: string;
  topics: string[];
  rules: string[];
}

function coverageRows(): Row[] {
  const text = readFileSync(join(root, 'docs', 'faq-coverage.md'), 'utf8');
  const names = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
  return text
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| FAQ question'))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    )
    .map(([question, topics, rules]) => ({ question, topics: names(topics ?? ''), rules: names(rules ?? '') }));
}

function faqQuestions(): string[] | undefined {
  if (!existsSync(faqPath)) return undefined;
  return readFileSync(faqPath, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('### '))
    .map((line) => line.slice(4).trim());
}

test('the rule list is the 30 ids of rules.md', () => {
  assert.equal(ruleIds().length, 30);
  assert.deepEqual([...ruleIds()].sort(), [...RULE_IDS_FALLBACK].sort());
});

test('every FAQ question appears in docs/faq-coverage.md, verbatim', (t) => {
  const questions = faqQuestions();
  if (questions === undefined) {
    t.skip(`${faqPath} not present: checking against the built-in question list only`);
  }
  const mapped = coverageRows().map((r) => r.question);
  for (const q of questions ?? Object.values(FAQ)) assert.ok(mapped.includes(q), `not in the table: ${q}`);
  assert.equal(new Set(mapped).size, mapped.length, 'a question is mapped twice');
  if (questions) assert.deepEqual([...mapped].sort(), [...questions].sort(), 'the table has questions the FAQ does not');
});

test('the FAQ constants used by the explanations are the FAQ questions', (t) => {
  const questions = faqQuestions();
  if (questions === undefined) {
    t.skip(`${faqPath} not present`);
    return;
  }
  assert.deepEqual([...Object.values(FAQ)].sort(), [...questions].sort());
});

test('every row answers with at least one topic, and every topic and rule named exists', () => {
  const rules = new Set(ruleIds());
  for (const row of coverageRows()) {
    assert.ok(row.topics.length > 0, `no topic for: ${row.question}`);
    for (const topic of row.topics) assert.ok((EXPLANATION_TOPICS as readonly string[]).includes(topic), `unknown topic ${topic}`);
    for (const rule of row.rules) assert.ok(rules.has(rule), `unknown rule ${rule}`);
  }
});

test("the table agrees with each topic's faqQuestions", () => {
  const k = getKnowledge();
  for (const row of coverageRows()) {
    const claiming = EXPLANATION_TOPICS.filter((topic) => k.explanation(topic).faqQuestions?.includes(row.question));
    assert.deepEqual([...claiming].sort(), [...row.topics].sort(), row.question);
  }
});
