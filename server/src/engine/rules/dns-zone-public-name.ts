/** dns-zone-public-name: a private DNS zone is not named like a service's public zone instead of its privatelink zone. */
import { isKnownString } from '../evaluate/value';
import type { Resource } from '../model/model';
import { findMember } from '../model/navigate';
import type { ResourceGraph } from '../graph/resourceGraph';
import type { Knowledge } from '../knowledge/knowledge';
import { normalizeZoneName } from '../knowledge/knowledge';
import { hasPlaceholder } from '../knowledge/zoneNames';
import type { Fix } from '../fixes/fix';
import type { Rule } from './framework/rule';
import { PRIVATE_DNS_ZONE, isType } from './support/privateEndpoints';
import { basedOn } from './support/basedOn';
import { referencesFollowRename, zoneUsers } from './support/zoneReferences';
import { quotedList } from './support/resourceNames';

export const dnsZonePublicName: Rule = {
  id: 'dns-zone-public-name',
  defaultLevel: 'warning',
  title: "A private DNS zone is named after a service's privatelink zone, not after its public zone.",
  check({ graph, knowledge, report }) {
    for (const zone of graph.ofType(PRIVATE_DNS_ZONE)) {
      // Only a fully known name of a zone this deployment creates is judged; partly unknown names stay silent.
      if (zone.existing || !isKnownString(zone.name) || zone.name.includes('/')) continue;
      const replacements = knowledge.privateZonesReplacing(zone.name);
      if (replacements.length === 0) continue;
      const name = normalizeZoneName(zone.name);
      const nameNode = findMember(zone.body, 'name')?.node;
      const list = quotedList(replacements, 'or');
      report({
        at: nameNode?.loc ?? zone.anchor,
        message:
          `Private DNS zone '${name}' is named after a service's public zone, so linked networks resolve every name under it through this zone ` +
          `and each name without a record here stops resolving: rename the zone to ${list}, where private endpoint records belong.`,
        basedOn: basedOn(nameNode),
        fixes: renameFix(zone, replacements, graph, knowledge),
      });
    }
  },
};

/**
 * Renaming is offered where every reference follows it: a Bicep zone declared by symbol, whose children hang on it
 * through `parent` and whose zone-config users all write `<symbol>.id`.
 */
function renameFix(zone: Resource, replacements: readonly string[], graph: ResourceGraph, knowledge: Knowledge): Fix[] {
  if (replacements.length !== 1 || hasPlaceholder(replacements[0]) || !knowledge.isPrivateLinkZone(replacements[0])) return [];
  const nameMember = findMember(zone.body, 'name');
  if (!nameMember || !referencesFollowRename(zone) || !zone.symbolicName) return [];
  if (graph.childrenOf(zone).some((child) => child.parent !== zone)) return [];
  const symbolReference = `${zone.symbolicName}.id`;
  for (const use of zoneUsers(graph).byZone.get(zone) ?? []) {
    const { file, span } = use.reference.loc;
    if (file.text.slice(span.start, span.end).trim() !== symbolReference) return [];
  }
  // Another zone config naming the public zone by its literal id would be left pointing at nothing.
  if ((zoneUsers(graph).byName.get(String(zone.name).toLowerCase()) ?? []).some((use) => !use.zones.includes(zone))) return [];
  if (
    graph
      .ofType(PRIVATE_DNS_ZONE)
      .some(
        (other) =>
          other !== zone &&
          isType(other, PRIVATE_DNS_ZONE) &&
          isKnownString(other.name) &&
          normalizeZoneName(other.name) === replacements[0],
      )
  )
    return [];
  return [
    {
      title: `Rename private DNS zone '${String(zone.name)}' to '${replacements[0]}'`,
      actions: [{ kind: 'replaceValue', node: nameMember.node, value: replacements[0] }],
    },
  ];
}
