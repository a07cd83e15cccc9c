/**
 * The DNS path of a private endpoint, per virtual network a client may sit in: the service's public name, the CNAME
 * to its `privatelink.` name, the private DNS zone holding the record (linked to that network or not), and the answer
 * (the endpoint's private address, or the public address and why). Every name comes from the knowledge table or the
 * template; what neither says stays unknown (❔), and a verdict is only given where the template proves it.
 */
import { hasUnknownPart, isKnownString, normaliseString, type Value } from '../evaluate/value';
import type { DnsManagement } from '../api';
import type { Knowledge } from '../knowledge/knowledge';
import type { Resource } from '../model/model';
import { at, items } from '../model/navigate';
import type { ResourceGraph } from '../graph/resourceGraph';
import {
  connectionsOf,
  connectsToAzureService,
  knownGroupIds,
  VNET_LINK,
  ZONE_GROUP,
  type EndpointConnection,
} from '../rules/support/privateEndpoints';
import { customDnsServersOf, endpointNetworks, endpointSubnet } from '../rules/support/endpointNetwork';
import { zoneConfigsOf, type ZoneConfigUse } from '../rules/support/zoneReferences';
import { nameWithParameters, resourceMapLabel } from './mapLabels';
import type { DnsStep } from './mapModel';

/** A virtual network a client may sit in: its id key, and its declarations when the deployment has them. */
export interface ClientNetwork {
  readonly idKey: string;
  readonly declarations: readonly Resource[];
  readonly label: string;
  /** The network of the endpoint's own subnet (the others reach it through a zone link). */
  readonly endpoints: boolean;
}

export interface EndpointResolution {
  readonly network: ClientNetwork;
  readonly steps: readonly DnsStep[];
  readonly result: 'private' | 'public' | 'unknown';
  readonly why?: string;
  /** Whether the zone holding the record is linked to this network, when the deployment proves it either way. */
  readonly linked?: boolean;
}

/**
 * Services whose public host name is the resource's own name followed by the public zone (documented host name
 * formats: `<account>.blob.core.windows.net`, `<vault>.vault.azure.net`, `<server>.database.windows.net` …). For any
 * other service the host name is not derived: it may carry a region, a custom subdomain or a generated id.
 */
const HOST_IS_RESOURCE_NAME: ReadonlySet<string> = new Set(
  [
    'Microsoft.Storage/storageAccounts',
    'Microsoft.KeyVault/vaults',
    'Microsoft.Sql/servers',
    'Microsoft.DocumentDB/databaseAccounts',
    'Microsoft.ContainerRegistry/registries',
    'Microsoft.Web/sites',
    'Microsoft.ServiceBus/namespaces',
    'Microsoft.EventHub/namespaces',
    'Microsoft.AppConfiguration/configurationStores',
    'Microsoft.Search/searchServices',
    'Microsoft.Cache/redis',
    'Microsoft.DBforPostgreSQL/flexibleServers',
    'Microsoft.DBforMySQL/flexibleServers',
  ].map((t) => t.toLowerCase()),
);

const UNKNOWN_MARK = '❔';

/**
 * The resolutions of a declared endpoint's service name, one per client network; empty when it has no Azure service
 * connection to speak of. `missingGroupShown`: whether pe-dns-zone-group reports this endpoint. An endpoint without a zone group resolves to the
 * public address only when that rule says so: it knows the other ways a record gets written (A records in the
 * template), which the map does not second-guess.
 */
export function endpointResolutions(
  pe: Resource,
  graph: ResourceGraph,
  knowledge: Knowledge,
  dns: DnsManagement = 'template',
  missingGroupShown = false,
): EndpointResolution[] {
  if (pe.existing) return [];
  const connections = connectionsOf(pe, graph);
  // A customer Private Link service has no public zone of ours; several connections are an error of their own.
  if (!connections || connections.length !== 1 || connectsToAzureService(connections[0]) === false) return [];
  const connection = connections[0];
  const names = serviceNames(connection, knowledge);
  const groups = graph.childrenOf(pe, ZONE_GROUP).filter((g) => !g.existing);
  const uses = groups.flatMap((g) => zoneConfigsOf(g, graph));
  const holding = holdingZone(uses, connection, names.privateZone, knowledge);
  const networks = clientNetworks(pe, graph, holding.use);
  const address = privateAddress(pe);
  return networks.map((network) => {
    const steps: DnsStep[] = [...names.steps];
    let linked: boolean | undefined;
    const answer = (result: EndpointResolution['result'], why?: string): EndpointResolution => {
      if (result === 'private') steps.push({ mark: '✅', text: `→ ${address}` });
      else if (result === 'public') steps.push({ mark: '❌', text: `→ resolves to the public address${why ? `: ${why}` : ''}` });
      else steps.push({ mark: UNKNOWN_MARK, text: `→ not known${why ? `: ${why}` : ''}` });
      return { network, steps, result, ...(why ? { why } : {}), ...(linked !== undefined ? { linked } : {}) };
    };
    if (groups.length === 0) {
      if (dns === 'policy') return answer('unknown', 'the zone group is left to Azure Policy');
      if (missingGroupShown) return answer('public', 'the endpoint has no DNS zone group, so no private zone holds its record');
      return answer('unknown', 'the endpoint has no DNS zone group; its record may be written another way');
    }
    if (holding.verdict === 'none') {
      steps.push({
        mark: '❌',
        text: `zone: the zone group names no zone for this service (${holding.names.map((n) => `\`${n}\``).join(', ')})`,
      });
      return answer('public', "no zone of the endpoint's zone group is the service's private zone");
    }
    if (!holding.use) {
      steps.push({ mark: UNKNOWN_MARK, text: 'zone: not known from this deployment' });
      return answer('unknown');
    }
    const zoneName = holding.use.zoneName ? `\`${holding.use.zoneName}\`` : 'a zone whose name is not known';
    linked = linkedTo(holding.use, network, graph);
    if (linked === false) {
      steps.push({ mark: '❌', text: `zone ${zoneName}: not linked to ${network.label} in this deployment` });
      return answer('public', `the zone holding the record is not linked to ${network.label}`);
    }
    if (linked === undefined) {
      steps.push({ mark: UNKNOWN_MARK, text: `zone ${zoneName}: link to ${network.label} not known from this deployment` });
      return answer('unknown');
    }
    steps.push({ mark: '✅', text: `zone ${zoneName}: linked to ${network.label}` });
    const custom = network.declarations.map(customDnsServersOf);
    if (custom.length > 0 && custom.every((servers) => servers)) {
      steps.push({ mark: 'ℹ️', text: `${network.label} uses custom DNS servers (${custom[0]!.join(', ')})` });
      return answer('unknown', 'only if those DNS servers forward to Azure DNS');
    }
    if (holding.verdict === 'unknown') return answer('unknown', "the zone name is not known to be the service's private zone");
    return answer('private');
  });
}

/** The short form for the endpoint hover: one line per network. */
export function resolutionLines(resolutions: readonly EndpointResolution[]): string[] {
  return resolutions.map(
    (r) =>
      `- ${r.result === 'private' ? '✅' : r.result === 'public' ? '❌' : UNKNOWN_MARK} From ${r.network.label}: ${r.steps.map((s) => s.text).join(' ')}`,
  );
}

interface ServiceNames {
  readonly steps: readonly DnsStep[];
  readonly privateZone?: string;
}

/** The public name and its CNAME, from the knowledge table's documented public → private zone pairs. */
function serviceNames(connection: EndpointConnection, knowledge: Knowledge): ServiceNames {
  const groupIds = knownGroupIds(connection);
  const service = connection.targetType ? knowledge.service(connection.targetType) : undefined;
  if (!connection.targetType) return { steps: [{ mark: UNKNOWN_MARK, text: 'target service not known from this deployment' }] };
  if (!service || groupIds.length !== 1) return { steps: [{ mark: UNKNOWN_MARK, text: 'service name not known' }] };
  const pair = Object.entries(service.publicZonesFor(groupIds[0])).find(([pub, priv]) => !/[{}]/.test(pub) && !/[{}]/.test(priv));
  if (!pair)
    return { steps: [{ mark: UNKNOWN_MARK, text: `${service.displayName} (${groupIds[0]}): public name not in the knowledge table` }] };
  const [publicZone, privateZone] = pair;
  const host = HOST_IS_RESOURCE_NAME.has(service.resourceType.toLowerCase()) ? targetName(connection) : undefined;
  if (!host) {
    return {
      privateZone,
      steps: [
        { mark: '✅', text: `\`<name>.${publicZone}\`` },
        { mark: '✅', text: `CNAME \`<name>.${privateZone}\`` },
      ],
    };
  }
  return {
    privateZone,
    steps: [
      { mark: '✅', text: `\`${host}.${publicZone}\`` },
      { mark: '✅', text: `CNAME \`${host}.${privateZone}\`` },
    ],
  };
}

/** The target's own name when known (its declaration, or the id's last segment). */
function targetName(connection: EndpointConnection): string | undefined {
  const name: Value | undefined = connection.target?.name ?? lastIdSegment(connection.targetNode?.value);
  if (!isKnownString(name)) {
    // A name that is one parameter reads as that parameter (`{vaultName}.vault.azure.net`); anything else stays `<name>`.
    const named = nameWithParameters(name).slice(1, -1);
    return /^\{[A-Za-z_][\w-]*\}$/.test(named) ? named : undefined;
  }
  const own = name.slice(name.lastIndexOf('/') + 1);
  return /^[A-Za-z0-9-]+$/.test(own) ? own.toLowerCase() : undefined;
}

function lastIdSegment(id: Value | undefined): Value | undefined {
  if (typeof id !== 'string') return undefined;
  const parts = id.split('/');
  return parts.length >= 9 ? normaliseString(parts[parts.length - 1]) : undefined;
}

interface HoldingZone {
  /** `fits`: the zone is the service's zone; `unknown`: cannot be told; `none`: every zone is known and none fits. */
  readonly verdict: 'fits' | 'unknown' | 'none';
  readonly use?: ZoneConfigUse;
  readonly names: readonly string[];
}

/** The zone config whose zone holds the endpoint's record for the service's name. */
function holdingZone(
  uses: readonly ZoneConfigUse[],
  connection: EndpointConnection,
  privateZone: string | undefined,
  knowledge: Knowledge,
): HoldingZone {
  const groupIds = knownGroupIds(connection);
  const names = uses.map((u) => u.zoneName).filter((n): n is string => n !== undefined);
  const fits = (name: string): boolean =>
    privateZone !== undefined
      ? name.toLowerCase() === privateZone.toLowerCase()
      : !!connection.targetType && groupIds.length === 1 && knowledge.zoneFit(connection.targetType, groupIds[0], name) === 'recommended';
  const fitting = uses.find((u) => u.zoneName !== undefined && fits(u.zoneName));
  if (fitting) return { verdict: 'fits', use: fitting, names };
  const known = connection.targetType !== undefined && groupIds.length === 1;
  if (known && uses.length > 0 && uses.every((u) => u.zoneName !== undefined)) return { verdict: 'none', names };
  // One zone whose name is not known: show its links, but give no verdict on the name.
  return { verdict: 'unknown', use: uses.length === 1 ? uses[0] : undefined, names };
}

/** The endpoint's own network(s), then every network a link of the holding zone names, once each. */
function clientNetworks(pe: Resource, graph: ResourceGraph, use: ZoneConfigUse | undefined): ClientNetwork[] {
  const found = new Map<string, ClientNetwork>();
  const add = (idKey: string | undefined, endpoints: boolean): void => {
    if (!idKey || found.has(idKey)) return;
    const declarations = graph.withIdKey(idKey).filter((r) => r.type.toLowerCase() === 'microsoft.network/virtualnetworks');
    const label = declarations[0] ? resourceMapLabel(declarations[0]) : labelOfKey(idKey);
    found.set(idKey, { idKey, declarations, label, endpoints });
  };
  const subnet = endpointSubnet(pe, graph);
  if (subnet) {
    const networks = endpointNetworks(subnet, graph);
    for (const network of networks) add(network.idKey, true);
    if (networks.length === 0) {
      const key = graph.idKeyOf(subnet.reference.value);
      if (key) add(graph.parentIdKey(key), true);
    }
  }
  for (const link of use ? linksOf(use, graph) : []) add(linkedNetworkKey(link, graph), false);
  return [...found.values()];
}

/** Virtual network links of the zone a config names: children of its declarations, or links to its id. */
function linksOf(use: ZoneConfigUse, graph: ResourceGraph): Resource[] {
  const zoneKey = use.zones[0]?.idKey ?? graph.idKeyOf(use.reference.value);
  if (!zoneKey) return [];
  return graph.ofType(VNET_LINK).filter((link) => graph.parentIdKey(link.idKey) === zoneKey);
}

function linkedNetworkKey(link: Resource, graph: ResourceGraph): string | undefined {
  return graph.idKeyOf(at(link.body, 'properties', 'virtualNetwork', 'id')?.value as Value);
}

/** True: a link the deployment always creates names the network; false: the zone is created here and no link does; else undefined. */
function linkedTo(use: ZoneConfigUse, network: ClientNetwork, graph: ResourceGraph): boolean | undefined {
  const links = linksOf(use, graph).filter((l) => !l.existing);
  let undecided = false;
  for (const link of links) {
    const key = graph.idKeyOf(at(link.body, 'properties', 'virtualNetwork', 'id')?.value as Value);
    // Equal keys name the same network even with unknown parts (the same expression); different ones prove nothing then.
    const named =
      key === undefined
        ? undefined
        : key === network.idKey
          ? true
          : hasUnknownPart(key) || hasUnknownPart(network.idKey)
            ? undefined
            : false;
    if (named === true && link.condition === true) return true;
    if (named !== false) undecided = true;
  }
  const zoneCreatedHere = use.zones.length > 0 && use.zones.every((z) => !z.existing && z.condition === true);
  return undecided || !zoneCreatedHere ? undefined : false;
}

/** The endpoint's static private address when written, else how it gets one. */
function privateAddress(pe: Resource): string {
  const addresses = (items(at(pe.body, 'properties', 'ipConfigurations')) ?? [])
    .map((c) => at(c, 'properties', 'privateIPAddress')?.value)
    .filter(isKnownString);
  return addresses.length > 0 ? `the endpoint's private address \`${addresses[0]}\`` : "the endpoint's private address";
}

/** `microsoft.network/virtualnetworks|hub-vnet` → `'hub-vnet'`. */
export function labelOfKey(idKey: string): string {
  const names = idKey.slice(idKey.indexOf('|') + 1);
  return nameWithParameters(names);
}
