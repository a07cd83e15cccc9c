/** pe-dns-zone-group-incomplete: a zone group holds every zone its group id needs (Azure Monitor's five). */
import type { Rule } from './framework/rule';
import { compileZonePattern, zoneMatches } from '../knowledge/zoneNames';
import { ZONE_GROUP } from './support/privateEndpoints';
import { endpointGroupOf } from './support/zoneGroupEndpoint';
import { zoneConfigsOf } from './support/zoneReferences';
import { basedOn } from './support/basedOn';
import { at, items } from '../model/navigate';
import { quotedList } from './support/resourceNames';
import { propertyLocation } from './support/narrowLocation';

export const peDnsZoneGroupIncomplete: Rule = {
  id: 'pe-dns-zone-group-incomplete',
  defaultLevel: 'warning',
  title: 'A DNS zone group holds every private DNS zone its group id needs.',
  dnsWiring: true,
  check({ graph, knowledge, report }) {
    for (const group of graph.ofType(ZONE_GROUP)) {
      if (group.existing) continue;
      const endpoint = endpointGroupOf(group, graph);
      const service = endpoint ? knowledge.service(endpoint.targetType) : undefined;
      if (!endpoint || !service || !service.allZonesNeeded(endpoint.groupId)) continue;
      // Two groups on one endpoint is pe-dns-zone-group-limits' finding; which one holds what is then moot.
      const endpointResource = graph.parentOf(group);
      if (endpointResource && graph.childrenOf(endpointResource, ZONE_GROUP).length > 1) continue;
      const configsNode = at(group.body, 'properties', 'privateDnsZoneConfigs');
      const configs = items(configsNode);
      const uses = zoneConfigsOf(group, graph);
      // Every config must name a known zone: an unknown one may be any of the missing zones.
      if (!configs || uses.length !== configs.length || uses.some((use) => use.zoneName === undefined)) continue;
      const needed = service.zonesFor(endpoint.groupId);
      const present = needed.filter((zone) => {
        const pattern = compileZonePattern(zone);
        return uses.some((use) => use.zoneName !== undefined && zoneMatches(pattern, use.zoneName));
      });
      const missing = needed.filter((zone) => !present.includes(zone));
      if (present.length === 0 || missing.length === 0) continue;
      report({
        at: configsNode ? propertyLocation(at(group.body, 'properties'), 'privateDnsZoneConfigs', configsNode) : group.anchor,
        message:
          `The endpoint's group id '${endpoint.groupId}' needs ${needed.length} private DNS zones but this zone group holds only ${present.length}, so its names in ` +
          `${quotedList(missing)} keep resolving to public addresses: add a zone config for ${missing.length === 1 ? 'that zone' : 'each of them'}, and the ${missing.length === 1 ? 'zone' : 'zones'} linked to the virtual network.`,
        basedOn: basedOn(configsNode, ...uses.map((use) => use.reference)),
        related: [{ loc: endpoint.groupIdNode.loc, message: "The endpoint's group id" }],
      });
    }
  },
};
