/**
 * One folder per rule, test/rules/<rule-id>/, holds all its single-file tests:
 * - the fixtures `fail.json`, `fail.bicep`, `pass.json`, `pass.bicep`, each with its findings in `<fixture>.expected`
 *   and the text each fix writes in `<fixture>.finding<n>[.fix<k>].fixed` (see ruleFixes.ts);
 * - the numbered cases `NN-<what>.json|bicep`, each starting with its `// expect:` header (see ruleCases.ts), and,
 *   when the rule reports in it, `<case>.expected` with those findings as users read them.
 * Tests that want one kind only (fuzz seeds, reparse and cache equivalence checks) pick it by name here.
 */
import { testSource } from './paths';

export const RULE_TESTS_ROOT = testSource('rules');

/** `fail.json`, `pass.bicep`, …: the short fixture pair of a rule, with baselines. */
export function isRuleFixture(name: string): boolean {
  return /^(fail|pass)\.(json|bicep)$/.test(name);
}

/** `07-conditional-group-unknown-flag.bicep`, …: a numbered case with an `// expect:` header. */
export function isRuleCase(name: string): boolean {
  return /^\d+-.+\.(json|bicep)$/.test(name);
}
