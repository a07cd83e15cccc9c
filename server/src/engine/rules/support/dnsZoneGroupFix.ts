/**
 * The `pe-dns-zone-group` fix: a zone group pointing at the recommended zone — the zone declared in scope when there
 * is one; else, when the endpoint's virtual network is declared, a new zone with a virtual network link to it; else
 * (the subnet comes from a parameter: the usual hub-and-spoke spoke) a zone group pointing at an existing zone whose
 * id becomes a new parameter. A new zone without a link would silence the finding and resolve nothing, so it is
 * never offered. Each title says exactly what the fix writes.
 */
import { parameterReference, type Fix, type FixAction, type FixValue, type NewResource } from '../../fixes/fix';
import type { Resource } from '../../model/model';
import type { ResourceGraph } from '../../graph/resourceGraph';
import type { Knowledge } from '../../knowledge/knowledge';
import { isKnownString } from '../../evaluate/value';
import { at } from '../../model/navigate';
import { PRIVATE_DNS_ZONE, VNET_LINK, ZONE_GROUP } from './privateEndpoints';

const NETWORK_API = '2024-05-01';
const PRIVATE_DNS_API = '2020-06-01';

export function dnsZoneGroupFix(
  pe: Resource,
  targetType: string,
  groupId: string,
  graph: ResourceGraph,
  knowledge: Knowledge,
): Fix | undefined {
  const zoneName = knowledge
    .service(targetType)
    ?.zonesFor(groupId)
    .find((zone) => !zone.includes('{'));
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
  let zone: Resource | NewResource | undefined;
  let zoneId: FixValue;
  let title: string;
  const vnet = existingZone ? undefined : endpointNetwork(pe, graph);
  if (existingZone) {
    zone = existingZone;
    zoneId = { kind: 'resourceId', resource: zone };
    title = `Add a DNS zone group using zone ${zoneName}`;
  } else if (!vnet) {
    // Hub and spoke: the zone lives (and is linked) elsewhere; the template is given its id. Offered only where a new
    // parameter reaches the endpoint (the file's own top level, not an inline nested deployment), under a free name.
    const parameter = `${symbolFor(zoneName)}Id`;
    const deployment = pe.deployment;
    if ((deployment.parent && deployment.parent.file === deployment.file) || deployment.parameters.has(parameter.toLowerCase()))
      return undefined;
    actions.push({
      kind: 'addParameter',
      file: pe.declaration.file,
      parameter: {
        name: parameter,
        type: 'string',
        description: `Resource id of the existing private DNS zone ${zoneName} (often in the hub), linked to the virtual networks whose clients reach this endpoint.`,
      },
    });
    zoneId = parameterReference(parameter);
    title = `Add a DNS zone group using an existing zone ${zoneName} (new parameter '${parameter}' for its id)`;
  } else {
    const newZone: NewResource = {
      symbolicName: symbolFor(zoneName),
      type: PRIVATE_DNS_ZONE,
      apiVersion: PRIVATE_DNS_API,
      name: zoneName,
      location: 'global',
    };
    zone = newZone;
    zoneId = { kind: 'resourceId', resource: newZone };
    title = `Add private DNS zone ${zoneName}, its virtual network link and a zone group`;
    actions.push({ kind: 'addResource', after: pe, resource: newZone });
    {
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
      privateDnsZoneConfigs: [{ name: zoneName.replace(/\./g, '-'), properties: { privateDnsZoneId: zoneId } }],
    },
    dependsOn: zone ? [pe, zone] : [pe],
  };
  actions.push({ kind: 'addResource', after: pe, resource: group });
  return { title, actions };
}

/** The virtual network of the endpoint's subnet, when it is declared in the model. */
function endpointNetwork(pe: Resource, graph: ResourceGraph): Resource | undefined {
  const subnet = graph.resolve(at(pe.body, 'properties', 'subnet', 'id')?.value);
  return subnet ? graph.parentOf(subnet) : undefined;
}

function symbolFor(zoneName: string): string {
  const words = zoneName.split(/[^A-Za-z0-9]+/).filter((w) => w && w !== 'privatelink');
  return (
    'privateDnsZone' +
    words
      .slice(0, 2)
      .map((w) => w[0].toUpperCase() + w.slice(1))
      .join('')
  );
}
