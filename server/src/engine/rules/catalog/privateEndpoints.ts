/** Rules about private endpoints (`Microsoft.Network/privateEndpoints`), in rules.md order: one line per rule. */
import type { Rule } from '../framework/rule';
import { peSingleConnection } from '../pe-single-connection';
import { peSingleGroupId } from '../pe-single-group-id';
import { peValidGroupId } from '../pe-valid-group-id';
import { peDnsZoneGroup } from '../pe-dns-zone-group';
import { peTargetPublicAccess } from '../pe-target-public-access';

export const PRIVATE_ENDPOINT_RULES: readonly Rule[] = [
  peSingleConnection,
  peSingleGroupId,
  peValidGroupId,
  peDnsZoneGroup,
  peTargetPublicAccess,
];
