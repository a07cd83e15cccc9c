/** Rules about private DNS zones and their virtual network links, in rules.md order: one line per rule. */
import type { Rule } from '../framework/rule';

export const PRIVATE_DNS_ZONE_RULES: readonly Rule[] = [];
