/** pe-dns-zone-group: an endpoint to an Azure service needs a DNS zone group, or its name resolves to the public address. */
import type { Resource } from '../model/model';
import type { ResourceGraph } from '../graph/resourceGraph';
import { at } from '../model/navigate';
import type { Rule } from './framework/rule';
import { connectionsOf, connectsToAzureService, declaredEndpoints, knownGroupIds, ZONE_GROUP } from './support/privateEndpoints';
import { dnsZoneGroupFix } from './support/dnsZoneGroupFix';
import { quotedList } from './support/resourceNames';
import { moduleCallRelated } from './support/moduleCall';

export const peDnsZoneGroup: Rule = {
  id: 'pe-dns-zone-group',
  defaultLevel: 'warning',
  title: 'A private endpoint to an Azure service has a private DNS zone group.',
  dnsWiring: true,
  check({ graph, knowledge, report }) {
    if (dnsHandledElsewhere(graph)) return;
    for (const pe of declaredEndpoints(graph)) {
      if (graph.childrenOf(pe, ZONE_GROUP).length > 0) continue;
      // Custom DNS configurations written by the author mean records are managed another way.
      const customDns = at(pe.body, 'properties', 'customDnsConfigs');
      if (customDns && !(Array.isArray(customDns.value) && customDns.value.length === 0)) continue;
      const connections = connectionsOf(pe, graph);
      if (!connections || connections.length !== 1) continue;
      const connection = connections[0];
      if (connectsToAzureService(connection) !== true) continue;
      const groupId = knownGroupIds(connection)[0];
      const fix = connection.targetType && groupId ? dnsZoneGroupFix(pe, connection.targetType, groupId, graph, knowledge) : undefined;
      const zones = connection.targetType && groupId ? (knowledge.service(connection.targetType)?.zonesFor(groupId) ?? []) : [];
      report({
        at: pe.anchor,
        message:
          'This private endpoint has no private DNS zone group, so clients keep resolving the service name to its public address: ' +
          (zones.length > 0
            ? `add a privateDnsZoneGroups child pointing at ${quotedList(zones)}.`
            : 'add a privateDnsZoneGroups child pointing at the recommended privatelink zone.'),
        related: [
          ...(connection.targetNode ? [{ loc: connection.targetNode.loc, message: 'The service the endpoint connects to' }] : []),
          ...moduleCallRelated(pe),
        ],
        fixes: fix ? [fix] : [],
      });
    }
  },
};

/**
 * Manual DNS (A record sets written by the template) or zone groups whose endpoint cannot be identified may serve
 * any endpoint: then no endpoint is proven to lack records.
 */
function dnsHandledElsewhere(graph: ResourceGraph): boolean {
  if (graph.ofType('Microsoft.Network/privateDnsZones/A').length > 0) return true;
  return graph.ofType(ZONE_GROUP).some((group) => !hasKnownEndpoint(group, graph));
}

function hasKnownEndpoint(group: Resource, graph: ResourceGraph): boolean {
  const parent = graph.parentOf(group);
  if (parent) return true;
  const key = graph.parentIdKey(group.idKey);
  // A fully known name points at an endpoint declared elsewhere; a partly unknown one could be any of ours.
  return key !== undefined && !key.includes('\uE000');
}
