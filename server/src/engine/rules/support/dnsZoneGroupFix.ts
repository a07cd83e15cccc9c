/**
 * The `pe-dns-zone-group` fix: a zone group pointing at the recommended zone — the zone declared in scope when there
 * is one, else a new zone with a virtual network link to the endpoint's network.
 */
import type { Fix, FixAction, NewResource } from '../../fixes/fix';
import type { Resource } from '../../model/model';
import type { ResourceGraph } from '../../graph/resourceGraph';
import type { Knowledge } from '../../knowledge/knowledge';
import { isKnownString } from '../../evaluate/value';
import { at } from '../../model/navigate';
import { PRIVATE_DNS_ZONE, VNET_LINK, ZONE_GROUP } from './privateEndpoints';

const NETWORK_API = '2024-05-01';
const PRIVATE_DNS_API = '2020-06-01';

export function dnsZoneGroupFix(pe: Resource, targetType: string, groupId: string, graph: ResourceGraph, knowledge: Knowledge): Fix | undefined {
  const zoneName = knowledge.service(targetType)?.zonesFor(groupId).find((zone) => !zone.includes('{'));
  if (!zoneName) return undefined;
  const zonesByName = graph.memo('privateDnsZonesByName', () => {
    const byName = new Map<string, Resource[]>();
    for (const zone of graph.ofType(PRIVATE_DNS_ZONE)) {
      if (isKnownString(zone.name)) byName.set(zone.name.toLowerCase(), [...(byName.get(zone.name.toLowerCase()) ?? []), zone]);
    }
    return byName;
  });
  const existingZone = (zonesByName.get(zoneName.toLowerCase()) ?? []).find((zone) => zone.deployment === pe.deployment);
  const actions: FixAction[] = [];
  let zone: Resource | NewResource;
  if (existingZone) {
    zone = existingZone;
  } else {
    const newZone: NewResource = {
      symbolicName: symbolFor(zoneName),
      type: PRIVATE_DNS_ZONE,
      apiVersion: PRIVATE_DNS_API,
      name: zoneName,
      location: 'global',
    };
    zone = newZone;
    actions.push({ kind: 'addResource', after: pe, resource: newZone });
    const vnet = endpointNetwork(pe, graph);
    if (vnet) {
      const link: NewResource = {
        symbolicName: `${newZone.symbolicName}Link`,
        type: VNET_LINK,
        apiVersion: PRIVATE_DNS_API,
        name: zoneName,
        parent: newZone,
        childName: 'link-to-vnet',
        location: 'global',
        properties: { registrationEnabled: false, virtualNetwork: { id: { kind: 'resourceId', resource: vnet } } },
        dependsOn: [newZone, vnet],
      };
      actions.push({ kind: 'addResource', after: pe, resource: link });
    }
  }
  const group: NewResource = {
    symbolicName: `${pe.symbolicName ?? 'privateEndpoint'}DnsZoneGroup`,
    type: ZONE_GROUP,
    apiVersion: NETWORK_API,
    name: 'default',
    parent: pe,
    childName: 'default',
    properties: {
      privateDnsZoneConfigs: [{ name: zoneName.replace(/\./g, '-'), properties: { privateDnsZoneId: { kind: 'resourceId', resource: zone } } }],
    },
    dependsOn: [pe, zone],
  };
  actions.push({ kind: 'addResource', after: pe, resource: group });
  return {
    title: existingZone ? `Add a DNS zone group using zone ${zoneName}` : `Add private DNS zone ${zoneName}, its virtual network link and a zone group`,
    actions,
  };
}

/** The virtual network of the endpoint's subnet, when it is declared in the model. */
function endpointNetwork(pe: Resource, graph: ResourceGraph): Resource | undefined {
  const subnet = graph.resolve(at(pe.body, 'properties', 'subnet', 'id')?.value);
  return subnet ? graph.parentOf(subnet) : undefined;
}

function symbolFor(zoneName: string): string {
  const words = zoneName.split(/[^A-Za-z0-9]+/).filter((w) => w && w !== 'privatelink');
  return 'privateDnsZone' + words.slice(0, 2).map((w) => w[0].toUpperCase() + w.slice(1)).join('');
}
