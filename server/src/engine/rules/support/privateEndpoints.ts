/** What rules need to know about private endpoints: their connections, targets and group ids, read from the model. */
import { Value, isKnownString, isUnknown } from '../../evaluate/value';
import type { Resource, ValueNode } from '../../model/model';
import { at, items } from '../../model/navigate';
import { typeOfIdKey } from '../../model/resourceIds';
import type { ResourceGraph } from '../../graph/resourceGraph';

export const PRIVATE_ENDPOINT = 'Microsoft.Network/privateEndpoints';
export const ZONE_GROUP = 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups';
export const PRIVATE_LINK_SERVICE = 'Microsoft.Network/privateLinkServices';
export const PRIVATE_DNS_ZONE = 'Microsoft.Network/privateDnsZones';
export const VNET_LINK = 'Microsoft.Network/privateDnsZones/virtualNetworkLinks';
export const SUBNET = 'Microsoft.Network/virtualNetworks/subnets';
export const VIRTUAL_NETWORK = 'Microsoft.Network/virtualNetworks';
export const LOAD_BALANCER = 'Microsoft.Network/loadBalancers';

export interface EndpointConnection {
  readonly node: ValueNode;
  readonly manual: boolean;
  /** The `privateLinkServiceId` value node, when written. */
  readonly targetNode?: ValueNode;
  /** Target resource type, known from the id's shape even when the name is unknown. */
  readonly targetType?: string;
  /** The target when it is declared in the analysed deployment. */
  readonly target?: Resource;
  /** The `groupIds` node, when written. */
  readonly groupIdsNode?: ValueNode;
  /** Group id nodes; undefined when the list itself is unknown (computed). */
  readonly groupIds?: readonly ValueNode[];
}

/** Private endpoints declared (not `existing`) in the model. */
export function declaredEndpoints(graph: ResourceGraph): readonly Resource[] {
  return graph.memo('declared-endpoints', () => graph.ofType(PRIVATE_ENDPOINT).filter((pe) => !pe.existing));
}

/**
 * The connections of an endpoint across both arrays; undefined when their number cannot be known
 * (an array computed from an unknown value, or `properties` itself unknown).
 */
export function connectionsOf(pe: Resource, graph: ResourceGraph): readonly EndpointConnection[] | undefined {
  // Seven rules and the hover ask for the same endpoint's connections: read them once per analysis.
  return graph.memo(`connections:${pe.key}`, () => readConnections(pe, graph));
}

function readConnections(pe: Resource, graph: ResourceGraph): EndpointConnection[] | undefined {
  const properties = at(pe.body, 'properties');
  if (!properties || isUnknown(properties.value)) return undefined;
  const result: EndpointConnection[] = [];
  for (const [name, manual] of [
    ['privateLinkServiceConnections', false],
    ['manualPrivateLinkServiceConnections', true],
  ] as const) {
    const array = at(properties, name);
    if (!array || array.value === null) continue;
    const list = items(array);
    if (!list) return undefined;
    for (const node of list) result.push(describeConnection(node, manual, graph));
  }
  return result;
}

function describeConnection(node: ValueNode, manual: boolean, graph: ResourceGraph): EndpointConnection {
  const targetNode = at(node, 'properties', 'privateLinkServiceId');
  const targetKey = targetNode ? graph.idKeyOf(targetNode.value) : undefined;
  const groupIdsNode = at(node, 'properties', 'groupIds');
  const groupIds = groupIdsNode ? (groupIdsNode.value === null ? [] : items(groupIdsNode)) : [];
  return {
    node,
    manual,
    targetNode,
    targetType: targetKey ? canonicalType(typeOfIdKey(targetKey)) : undefined,
    target: targetNode ? graph.resolve(targetNode.value) : undefined,
    groupIdsNode,
    groupIds,
  };
}

/** Types in id keys are lower-cased; keep them lower-case and compare case-insensitively everywhere. */
function canonicalType(type: string): string {
  return type;
}

export function isPrivateLinkServiceType(type: string | undefined): boolean {
  return type?.toLowerCase() === PRIVATE_LINK_SERVICE.toLowerCase();
}

/**
 * Does the connection go to an Azure service (not a customer Private Link service)? True when the target type is
 * known and is not a PLS, or when it names group ids (a PLS connection has none). Undefined when it cannot be told.
 */
export function connectsToAzureService(connection: EndpointConnection): boolean | undefined {
  if (connection.targetType) return !isPrivateLinkServiceType(connection.targetType);
  if (connection.groupIds && connection.groupIds.some((g) => isKnownString(g.value) && g.value.length > 0)) return true;
  return undefined;
}

/** The known string group ids of a connection. */
export function knownGroupIds(connection: EndpointConnection): string[] {
  return (connection.groupIds ?? []).map((g) => g.value).filter((v): v is string => isKnownString(v));
}

export function isType(resource: Resource, type: string): boolean {
  return resource.type.length === type.length && resource.type.toLowerCase() === type.toLowerCase();
}

export function knownStringValue(value: Value | undefined): string | undefined {
  return isKnownString(value) ? value : undefined;
}
