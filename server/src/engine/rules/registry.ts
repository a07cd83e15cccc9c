/**
 * The rule registry. Rules are listed by area in `catalog/` (one line per rule there); adding a rule means adding its
 * file, doc page, fixtures and that one line.
 */
import type { RuleDescription } from '../api';
import type { Rule } from './framework/rule';
import { PRIVATE_ENDPOINT_RULES } from './catalog/privateEndpoints';
import { PRIVATE_DNS_ZONE_RULES } from './catalog/privateDnsZones';
import { PRIVATE_LINK_SERVICE_RULES } from './catalog/privateLinkServices';

export const DOCS_BASE_URL = 'https://github.com/private-link-guidance/private-link-guidance/blob/main/docs/rules/';

/** A rule's page: every face links there (diagnostics, hovers, SARIF), and the editor opens its bundled copy. */
export function ruleDocsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}

export const RULES: readonly Rule[] = [...PRIVATE_ENDPOINT_RULES, ...PRIVATE_DNS_ZONE_RULES, ...PRIVATE_LINK_SERVICE_RULES];

export function describeRules(): RuleDescription[] {
  return RULES.map((rule) => ({ id: rule.id, defaultLevel: rule.defaultLevel, title: rule.title, docPath: `docs/rules/${rule.id}.md` }));
}

export function findRule(id: string): Rule | undefined {
  const lower = id.toLowerCase();
  return RULES.find((rule) => rule.id === lower);
}
