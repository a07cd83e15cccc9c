/** The rule registry: one line per rule. Adding a rule means adding its file, doc page, fixtures and a line here. */
import type { RuleDescription } from '../api';
import type { Rule } from './rule';
import { peSingleConnection } from './pe-single-connection';
import { peSingleGroupId } from './pe-single-group-id';
import { peValidGroupId } from './pe-valid-group-id';
import { peDnsZoneGroup } from './pe-dns-zone-group';
import { peTargetPublicAccess } from './pe-target-public-access';
import { plsStandardLoadBalancer } from './pls-standard-load-balancer';
import { plsSubnetNetworkPolicies } from './pls-subnet-network-policies';
import { plsVisibilityEveryone } from './pls-visibility-everyone';

export const DOCS_BASE_URL = 'https://github.com/private-link-guidance/private-link-guidance/blob/main/docs/rules/';

export const RULES: readonly Rule[] = [
  peSingleConnection,
  peSingleGroupId,
  peValidGroupId,
  peDnsZoneGroup,
  peTargetPublicAccess,
  plsStandardLoadBalancer,
  plsSubnetNetworkPolicies,
  plsVisibilityEveryone,
];

export function describeRules(): RuleDescription[] {
  return RULES.map((rule) => ({ id: rule.id, defaultLevel: rule.defaultLevel, title: rule.title, docPath: `docs/rules/${rule.id}.md` }));
}

export function findRule(id: string): Rule | undefined {
  const lower = id.toLowerCase();
  return RULES.find((rule) => rule.id === lower);
}
