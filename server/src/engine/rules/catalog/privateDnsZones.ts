/** Rules about private DNS zones and their virtual network links, in rules.md order: one line per rule. */
import type { Rule } from '../framework/rule';
import { dnsZoneVnetLink } from '../dns-zone-vnet-link';
import { dnsZoneAutoRegistration } from '../dns-zone-auto-registration';
import { dnsZonePublicName } from '../dns-zone-public-name';

export const PRIVATE_DNS_ZONE_RULES: readonly Rule[] = [dnsZoneVnetLink, dnsZoneAutoRegistration, dnsZonePublicName];
