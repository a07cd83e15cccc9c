/** Rules about Private Link services (`Microsoft.Network/privateLinkServices`), in rules.md order: one line per rule. */
import type { Rule } from '../framework/rule';
import { plsStandardLoadBalancer } from '../pls-standard-load-balancer';
import { plsSubnetNetworkPolicies } from '../pls-subnet-network-policies';
import { plsNatIpCount } from '../pls-nat-ip-count';
import { plsPerLoadBalancer } from '../pls-per-load-balancer';
import { plsSameRegion } from '../pls-same-region';
import { plsVisibilityEveryone } from '../pls-visibility-everyone';
import { plsIpv4Only } from '../pls-ipv4-only';
import { plsNicBackendPool } from '../pls-nic-backend-pool';
import { plsAutoApprovalScope } from '../pls-auto-approval-scope';
import { plsProxyProtocolConsistency } from '../pls-proxy-protocol-consistency';
import { plsInternalFrontend } from '../pls-internal-frontend';

export const PRIVATE_LINK_SERVICE_RULES: readonly Rule[] = [
  plsStandardLoadBalancer,
  plsNatIpCount,
  plsPerLoadBalancer,
  plsSubnetNetworkPolicies,
  plsSameRegion,
  plsIpv4Only,
  plsNicBackendPool,
  plsVisibilityEveryone,
  plsAutoApprovalScope,
  plsProxyProtocolConsistency,
  plsInternalFrontend,
];
