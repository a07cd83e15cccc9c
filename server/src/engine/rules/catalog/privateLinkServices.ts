/** Rules about Private Link services (`Microsoft.Network/privateLinkServices`), in rules.md order: one line per rule. */
import type { Rule } from '../framework/rule';
import { plsStandardLoadBalancer } from '../pls-standard-load-balancer';
import { plsSubnetNetworkPolicies } from '../pls-subnet-network-policies';
import { plsVisibilityEveryone } from '../pls-visibility-everyone';

export const PRIVATE_LINK_SERVICE_RULES: readonly Rule[] = [
  plsStandardLoadBalancer,
  plsSubnetNetworkPolicies,
  plsVisibilityEveryone,
];
