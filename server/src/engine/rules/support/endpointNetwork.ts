/** Where a private endpoint sits: its subnet reference, the subnet's name and declarations, and the virtual network around it. */
import { MARK_END, MARK_START, Value, isKnownString } from '../../evaluate/value';
import type { Resource, ValueNode } from '../../model/model';
import { at, items } from '../../model/navigate';
import type { ResourceGraph } from '../../graph/resourceGraph';
import { SUBNET, VIRTUAL_NETWORK, isType } from './privateEndpoints';

export interface EndpointSubnet {
  /** The `properties.subnet.id` value node. */
  readonly reference: ValueNode;
  /** The subnet's own name when it can be read (declaration or the id's last segment), else undefined. */
  readonly name?: string;
  /**
   * Every declaration of the subnet in the model (an inline subnet and a child resource, or alternatives behind
   * conditions, share one id). Empty when the subnet is declared elsewhere.
   */
  readonly declarations: readonly Resource[];
}

export function endpointSubnet(pe: Resource, graph: ResourceGraph): EndpointSubnet | undefined {
  // Several rules ask where the same endpoint sits: read it once per analysis.
  return graph.memo(`subnet:${pe.key}`, () => readEndpointSubnet(pe, graph));
}

function readEndpointSubnet(pe: Resource, graph: ResourceGraph): EndpointSubnet | undefined {
  const reference = at(pe.body, 'properties', 'subnet', 'id');
  if (!reference) return undefined;
  const declarations = graph.resolveAll(reference.value).filter((r) => isType(r, SUBNET));
  return { reference, name: subnetNameOf(reference.value, declarations), declarations };
}

/**
 * The subnet name from the id (`…/subnets/<name>` at the end, known even when the network part is not), or from
 * the declared subnet's full name.
 */
function subnetNameOf(id: Value, declarations: readonly Resource[]): string | undefined {
  if (typeof id === 'string') {
    const match = /\/subnets\/([^/]+)$/i.exec(id);
    if (match && !match[1].includes(MARK_START) && !match[1].includes(MARK_END) && !hasUnknownBefore(id, match.index)) return match[1];
  }
  for (const subnet of declarations) {
    if (isKnownString(subnet.name)) return subnet.name.slice(subnet.name.lastIndexOf('/') + 1);
  }
  return undefined;
}

/** `/subnets/` itself must be known text, not the inside of an unknown segment that happens to end the string. */
function hasUnknownBefore(id: string, index: number): boolean {
  const open = id.lastIndexOf(MARK_START, index);
  return open >= 0 && id.indexOf(MARK_END, open) > index;
}

/** Judge a subnet's properties only when every declaration is one the template writes (never an `existing` reference). */
export function judgeableDeclarations(subnet: EndpointSubnet): readonly Resource[] | undefined {
  const { declarations } = subnet;
  if (declarations.length === 0 || declarations.some((d) => d.existing)) return undefined;
  return declarations;
}

/**
 * The virtual networks declared in the model that hold the endpoint's subnet: the declared subnet's parent, or,
 * when the subnet itself is not declared, the network the subnet id names.
 */
export function endpointNetworks(subnet: EndpointSubnet, graph: ResourceGraph): Resource[] {
  const networks: Resource[] = [];
  for (const declaration of subnet.declarations) {
    const parent = graph.parentOf(declaration);
    if (parent && isType(parent, VIRTUAL_NETWORK) && !networks.includes(parent)) networks.push(parent);
  }
  if (networks.length > 0) return networks;
  const key = graph.idKeyOf(subnet.reference.value);
  const networkKey = key ? graph.parentIdKey(key) : undefined;
  return networkKey ? graph.withIdKey(networkKey).filter((resource) => isType(resource, VIRTUAL_NETWORK)) : [];
}

/** Azure-provided DNS: the only resolver that answers from the private DNS zones linked to a virtual network. */
export const AZURE_DNS_ADDRESS = '168.63.129.16';

/**
 * The DNS servers other than Azure DNS that a declared virtual network hands its clients
 * (`properties.dhcpOptions.dnsServers`), when the template names at least one; else undefined (Azure-provided DNS,
 * an `existing` network, or servers that cannot be read). Unknown entries are left out: one known custom server
 * already proves that clients ask a resolver of their own.
 */
export function customDnsServersOf(network: Resource): string[] | undefined {
  if (network.existing) return undefined;
  const servers = items(at(network.body, 'properties', 'dhcpOptions', 'dnsServers'));
  const custom = (servers ?? [])
    .map((server) => server.value)
    .filter((value): value is string => isKnownString(value) && value.trim() !== AZURE_DNS_ADDRESS);
  return custom.length > 0 ? custom : undefined;
}
