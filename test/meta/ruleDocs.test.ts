/**
 * Runs the examples of every rule page: each `json` and `bicep` block under "### Fails" must produce at least one
 * finding of the page's rule, each block under "### Passes" none, and all of them must parse. Only the page's rule
 * runs, so an example shows exactly what its rule does.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument, describeRules } from '../../server/src/engine';
import type { RuleLevel } from '../../server/src/engine/api';
import { findingLines } from '../support/findingText';
import { CodeBlock, readRuleDoc } from '../support/ruleDocs';

const EXAMPLE_LANGUAGES = ['json', 'bicep'] as const;

function onlyRule(id: string): Record<string, RuleLevel> {
  const levels: Record<string, RuleLevel> = {};
  for (const rule of describeRules()) if (rule.id !== id) levels[rule.id] = 'off';
  return levels;
}

function analyseExample(id: string, block: CodeBlock) {
  const path = `${id}.example.${block.language}`;
  const result = analyzeDocument({ path, text: block.text }, { ruleLevels: onlyRule(id) });
  const broken = result.findings.filter((f) => f.code === 'syntax-error' || f.code === 'internal-error');
  assert.deepEqual(
    findingLines(broken, result.files),
    [],
    `the ${block.language} example at line ${block.line} parses and analyses cleanly`,
  );
  assert.ok(
    result.language !== undefined,
    `the ${block.language} example at line ${block.line} is recognised as a template (ARM JSON needs the deploymentTemplate $schema)`,
  );
  return { own: result.findings.filter((f) => f.code === id), files: result.files };
}

for (const rule of describeRules()) {
  for (const section of ['### Fails', '### Passes'] as const) {
    test(`${rule.id} doc examples: ${section.slice(4)}`, () => {
      const doc = readRuleDoc(rule.id);
      assert.ok(doc, `missing docs/rules/${rule.id}.md`);
      const blocks = doc.blocks.get(section) ?? [];
      for (const language of EXAMPLE_LANGUAGES) {
        assert.ok(
          blocks.some((b) => b.language === language),
          `'${section}' has a ${language} example`,
        );
      }
      for (const block of blocks) {
        assert.ok(
          (EXAMPLE_LANGUAGES as readonly string[]).includes(block.language),
          `example at line ${block.line} is json or bicep, not '${block.language}'`,
        );
        const { own, files } = analyseExample(rule.id, block);
        if (section === '### Fails') {
          assert.ok(own.length > 0, `the ${block.language} example at line ${block.line} must produce a ${rule.id} finding`);
        } else {
          assert.deepEqual(
            findingLines(own, files),
            [],
            `the ${block.language} example at line ${block.line} must produce no ${rule.id} finding`,
          );
        }
      }
    });
  }
}
