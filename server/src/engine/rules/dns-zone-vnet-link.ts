/** dns-zone-vnet-link: a privatelink zone that a zone group writes records into is linked to the endpoint's virtual network. */
import { hasUnknownPart, isKnownString, normaliseString } from '../evaluate/value';
import type { Resource, ValueNode } from '../model/model';
import { at, items } from '../model/navigate';
import type { ResourceGraph } from '../graph/resourceGraph';
import type { Knowledge } from '../knowledge/knowledge';
import type { Fix, NewResource } from '../fixes/fix';
import type { Rule } from './framework/rule';
import { isLoopInstance } from './support/instances';
import { basedOn } from './support/basedOn';
import { PRIVATE_DNS_ZONE, PRIVATE_ENDPOINT, VIRTUAL_NETWORK, VNET_LINK, ZONE_GROUP, isType } from './support/privateEndpoints';
import { nameLabel, resourceLabel, WHOLLY_UNKNOWN_LABEL } from './support/resourceNames';

const PRIVATE_DNS_API = '2020-06-01';

/** The endpoint's virtual network, identified by the id key its subnet reference implies. */
interface EndpointNetwork {
  readonly key: string;
  /** The subnet reference on the endpoint (`properties.subnet.id`). */
  readonly subnetReference: ValueNode;
  /** The virtual network when it is declared in the files (possibly `existing`). */
  readonly resource?: Resource;
}

export const dnsZoneVnetLink: Rule = {
  id: 'dns-zone-vnet-link',
  defaultLevel: 'warning',
  title: "A privatelink zone used by a zone group is linked to the endpoint's virtual network.",
  dnsWiring: true,
  check({ graph, knowledge, report }) {
    const links = graph.ofType(VNET_LINK);
    const judged = new Set<string>();
    for (const group of graph.ofType(ZONE_GROUP)) {
      if (group.existing) continue;
      const endpoint = graph.parentOf(group);
      if (!endpoint || !isType(endpoint, PRIVATE_ENDPOINT) || endpoint.existing) continue;
      const network = endpointNetwork(endpoint, graph);
      if (!network) continue;
      for (const config of items(at(group.body, 'properties', 'privateDnsZoneConfigs')) ?? []) {
        const zoneReference = at(config, 'properties', 'privateDnsZoneId');
        // Only a zone declared here can be judged: one referenced by id may be linked wherever it is declared.
        const zone = graph.resolveAll(zoneReference?.value).find((r) => isType(r, PRIVATE_DNS_ZONE) && !r.existing);
        if (!zoneReference || !zone || !isPrivateLinkZoneName(zone, knowledge)) continue;
        const pairKey = `${zone.key}|${network.key}`;
        if (judged.has(pairKey)) continue;
        judged.add(pairKey);
        const zoneLinks = linkSummary(zone, links, graph);
        if (mayLinkNetwork(zoneLinks, network.key)) continue;
        const verdicts = { length: zoneLinks.count };
        // With links to other networks the endpoint's network may resolve through them (custom DNS servers in a linked
        // hub): only a network proven to use Azure-provided DNS is proven broken.
        if (verdicts.length > 0 && !(network.resource && usesAzureProvidedDns(network.resource))) continue;
        const zoneName = nameLabel(zone.name);
        const networkName = networkLabel(network) ?? UNNAMED_NETWORK;
        report({
          at: zone.anchor,
          message:
            `Private DNS zone ${zoneName} holds the records of private endpoint ${resourceLabel(endpoint)}, but ` +
            (verdicts.length === 0
              ? 'it is linked to no virtual network at all'
              : `it has no virtual network link to ${networkName}, the endpoint's network`) +
            `, so clients in ${networkName} resolve the service to its public address: link the zone to that network.`,
          // The verdict reads the endpoint's subnet id and the network id of every link of the zone: a link's network
          // named from a parameter's default decides it as much as the subnet does. With links elsewhere it also reads
          // the network's DNS servers, which a default may leave unset.
          basedOn: basedOn(
            network.subnetReference,
            ...linkNetworkIds(zone, links, graph),
            ...(verdicts.length > 0 && network.resource ? dnsSettings(network.resource) : []),
          ),
          related: [
            { loc: zoneReference.loc, message: `The zone group of ${resourceLabel(endpoint)} using this zone` },
            { loc: network.subnetReference.loc, message: "The endpoint's subnet" },
          ],
          fixes: linkFix(zone, network, graph),
        });
      }
    }
  },
};

function isPrivateLinkZoneName(zone: Resource, knowledge: Knowledge): boolean {
  const name = zone.name;
  if (typeof name !== 'string') return false;
  // `privatelink.${suffix}` is a privatelink zone whatever the suffix.
  return hasUnknownPart(name) ? name.toLowerCase().startsWith('privatelink.') : knowledge.isPrivateLinkZone(name);
}

function endpointNetwork(endpoint: Resource, graph: ResourceGraph): EndpointNetwork | undefined {
  const subnetReference = at(endpoint.body, 'properties', 'subnet', 'id');
  const id = subnetReference?.value;
  if (!subnetReference || typeof id !== 'string') return undefined;
  const subnetKey = graph.idKeyOf(id);
  const key = subnetKey && graph.parentIdKey(subnetKey);
  if (!key || !key.includes('microsoft.network/virtualnetworks|')) return undefined;
  const vnetId = id.replace(/\/subnets\/[^/]*$/i, '');
  const resource = graph.resolveAll(vnetId).find((r) => isType(r, VIRTUAL_NETWORK));
  return { key, subnetReference, resource };
}

/**
 * The links of a zone, plus links whose zone cannot be told (they may belong to any zone): an index by parent key built
 * once per analysis, so a model with many zone groups does not scan every link for each of them.
 */
function linksThatMayBelongTo(zone: Resource, links: readonly Resource[], graph: ResourceGraph): readonly Resource[] {
  const index = graph.memo('vnetLinksByZoneKey', () => {
    const byZone = new Map<string, Resource[]>();
    const undecided: Resource[] = [];
    for (const link of links) {
      const parentKey = link.parent ? link.parent.idKey : graph.parentIdKey(link.idKey);
      if (parentKey === undefined || hasUnknownPart(parentKey)) undecided.push(link);
      else byZone.set(parentKey, [...(byZone.get(parentKey) ?? []), link]);
    }
    return { byZone, undecided };
  });
  return [...(index.byZone.get(zone.idKey) ?? []), ...index.undecided];
}

/** A zone's links, summarised once per analysis: how many, whether any is undecided, and their networks' id keys. */
interface LinkSummary {
  readonly count: number;
  /** A link whose network cannot be told (existing, or an id that is not a known id) may link any network. */
  readonly undecided: boolean;
  /** Network id keys by their part after the scope, so a question looks at the few keys that can match. */
  readonly byRest: ReadonlyMap<string, readonly string[]>;
  /** Keys whose part after the scope has unknown segments: they may match any network. */
  readonly unknownRest: readonly string[];
}

function linkSummary(zone: Resource, links: readonly Resource[], graph: ResourceGraph): LinkSummary {
  return graph.memo(`vnetLinkSummary:${zone.key}`, () => {
    const own = linksThatMayBelongTo(zone, links, graph);
    let undecided = false;
    const byRest = new Map<string, string[]>();
    const unknownRest: string[] = [];
    for (const link of own) {
      const key = linkedNetworkKey(link, graph);
      if (key === undefined) undecided = true;
      else if (key === null) continue;
      else {
        const [, rest] = splitScope(key);
        if (hasUnknownPart(rest)) unknownRest.push(key);
        else byRest.set(rest, [...(byRest.get(rest) ?? []), key]);
      }
    }
    return { count: own.length, undecided, byRest, unknownRest };
  });
}

/** Whether some link of the zone may link this network (true or unknown: then the rule stays silent). */
function mayLinkNetwork(summary: LinkSummary, networkKey: string): boolean {
  if (summary.undecided) return true;
  const [, rest] = splitScope(networkKey);
  const candidates = hasUnknownPart(rest)
    ? [...[...summary.byRest.values()].flat(), ...summary.unknownRest]
    : [...(summary.byRest.get(rest) ?? []), ...summary.unknownRest];
  return candidates.some((key) => sameNetwork(key, networkKey) !== false);
}

/** The `virtualNetwork.id` values of the links that may belong to the zone. */
function linkNetworkIds(zone: Resource, links: readonly Resource[], graph: ResourceGraph): (ValueNode | undefined)[] {
  return linksThatMayBelongTo(zone, links, graph).map((link) => at(link.body, 'properties', 'virtualNetwork', 'id'));
}

/** The id key of the network a link names; null when it names none, undefined when it cannot be told. */
function linkedNetworkKey(link: Resource, graph: ResourceGraph): string | null | undefined {
  if (link.existing) return undefined;
  const idNode = at(link.body, 'properties', 'virtualNetwork', 'id');
  if (!idNode) return null;
  return (typeof idNode.value === 'string' ? graph.idKeyOf(idNode.value) : undefined) ?? undefined;
}

/**
 * Compares two virtual network id keys. A key carries a `sub=…;rg=…;` scope only when the id names a subscription or
 * group explicitly, which may still be the deployment's own: different names prove different networks, a different
 * scope proves it only when both scopes are written out.
 */
function sameNetwork(a: string, b: string): boolean | undefined {
  if (a === b) return true;
  const [scopeA, restA] = splitScope(a);
  const [scopeB, restB] = splitScope(b);
  if (hasUnknownPart(restA) || hasUnknownPart(restB)) return undefined;
  if (restA !== restB) return false;
  // Same name, other scopes (the keys differ): an unwritten scope may be the deployment's own.
  if (hasUnknownPart(scopeA) || hasUnknownPart(scopeB)) return undefined;
  return scopeA.includes('rg=') && scopeB.includes('rg=') ? false : undefined;
}

function splitScope(key: string): [string, string] {
  const end = key.lastIndexOf(';', key.indexOf('|')) + 1;
  return [key.slice(0, end), key.slice(end)];
}

/** The values that say whether the network has DNS servers of its own. */
function dnsSettings(network: Resource): (ValueNode | undefined)[] {
  return [at(network.body, 'properties', 'dhcpOptions'), at(network.body, 'properties', 'dhcpOptions', 'dnsServers')];
}

/** A declared network with no DNS servers of its own resolves through Azure DNS, which reads linked zones only. */
function usesAzureProvidedDns(network: Resource): boolean {
  if (network.existing) return false;
  const servers = at(network.body, 'properties', 'dhcpOptions', 'dnsServers');
  if (!servers || servers.value === null) return true;
  return Array.isArray(servers.value) && servers.value.length === 0;
}

function linkFix(zone: Resource, network: EndpointNetwork, graph: ResourceGraph): Fix[] {
  const vnet = network.resource;
  // A loop member has no symbol or name of its own to reference from outside the loop.
  if (!vnet || isLoopInstance(zone, graph) || isLoopInstance(vnet, graph)) return [];
  const vnetName = typeof vnet.name === 'string' && isKnownString(vnet.name) ? vnet.name : undefined;
  const taken = new Set(
    graph
      .childrenOf(zone, VNET_LINK)
      .map((link) => (typeof link.name === 'string' ? link.name.slice(link.name.lastIndexOf('/') + 1).toLowerCase() : '')),
  );
  let linkName = vnetName ? `link-${vnetName}` : 'link-to-vnet';
  for (let i = 2; taken.has(linkName.toLowerCase()); i++) linkName = `${vnetName ? `link-${vnetName}` : 'link-to-vnet'}-${i}`;
  const link: NewResource = {
    symbolicName: `${zone.symbolicName ?? 'privateDnsZone'}Link${capitalise(vnet.symbolicName ?? 'Vnet')}`,
    type: VNET_LINK,
    apiVersion: zone.apiVersion ?? PRIVATE_DNS_API,
    name: linkName,
    parent: zone,
    childName: linkName,
    location: 'global',
    properties: { registrationEnabled: false, virtualNetwork: { id: { kind: 'resourceId', resource: vnet } } },
    dependsOn: vnet.existing || vnet.deployment !== zone.deployment ? [zone] : [zone, vnet],
  };
  return [
    {
      title: `Link zone ${nameLabel(zone.name)} to ${labelled(networkLabel(network))}`,
      actions: [{ kind: 'addResource', after: zone, resource: link }],
    },
  ];
}

/** How a network wholly unknown by name is called in messages. */
const UNNAMED_NETWORK = 'the virtual network';

/** The endpoint's network as messages name it; undefined when its name is wholly unknown (it would read as '…'). */
function networkLabel(network: EndpointNetwork): string | undefined {
  if (network.resource) {
    const label = resourceLabel(network.resource);
    return label === WHOLLY_UNKNOWN_LABEL ? undefined : label;
  }
  const id = network.subnetReference.value;
  const match = typeof id === 'string' ? /virtualNetworks\/([^/]+)\/subnets\//i.exec(id) : null;
  const name = match ? normaliseString(match[1]) : undefined;
  return typeof name === 'string' ? nameLabel(name) : undefined;
}

/** "virtual network 'vnet-app'", or "the endpoint's virtual network" when it has no name to show. */
function labelled(label: string | undefined): string {
  return label === undefined ? "the endpoint's virtual network" : `virtual network ${label}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
