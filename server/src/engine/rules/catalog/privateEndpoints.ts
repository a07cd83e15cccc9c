/** Rules about private endpoints (`Microsoft.Network/privateEndpoints`), in rules.md order: one line per rule. */
import type { Rule } from '../framework/rule';
import { peSingleConnection } from '../pe-single-connection';
import { peSingleGroupId } from '../pe-single-group-id';
import { peValidGroupId } from '../pe-valid-group-id';
import { peDnsZoneGroup } from '../pe-dns-zone-group';
import { peDnsZoneName } from '../pe-dns-zone-name';
import { peDnsZoneGroupLimits } from '../pe-dns-zone-group-limits';
import { peTargetPublicAccess } from '../pe-target-public-access';
import { peSubnetReserved } from '../pe-subnet-reserved';
import { peStaticIpInSubnet } from '../pe-static-ip-in-subnet';
import { peVnetLocation } from '../pe-vnet-location';
import { peRequestMessageLength } from '../pe-request-message-length';
import { peTargetSku } from '../pe-target-sku';
import { peSubnetNsgPolicies } from '../pe-subnet-nsg-policies';
import { peDfsNeedsBlob } from '../pe-dfs-needs-blob';
import { peConnectionTargetMissing } from '../pe-connection-target-missing';
import { peDnsZoneGroupIncomplete } from '../pe-dns-zone-group-incomplete';

export const PRIVATE_ENDPOINT_RULES: readonly Rule[] = [
  peSingleConnection,
  peSingleGroupId,
  peValidGroupId,
  peDnsZoneGroup,
  peDnsZoneName,
  peDnsZoneGroupLimits,
  peTargetPublicAccess,
  peSubnetReserved,
  peStaticIpInSubnet,
  peVnetLocation,
  peRequestMessageLength,
  peTargetSku,
  // Added in the second catalog.
  peSubnetNsgPolicies,
  peDfsNeedsBlob,
  peConnectionTargetMissing,
  peDnsZoneGroupIncomplete,
];
