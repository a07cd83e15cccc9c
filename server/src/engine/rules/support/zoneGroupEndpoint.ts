/** The endpoint a DNS zone group belongs to, as zone rules need it: its target type and its single known group id. */
import { isKnownString } from '../../evaluate/value';
import type { Resource, ValueNode } from '../../model/model';
import type { ResourceGraph } from '../../graph/resourceGraph';
import { PRIVATE_ENDPOINT, connectionsOf, connectsToAzureService, isType } from './privateEndpoints';

export interface EndpointGroup {
  readonly targetType: string;
  readonly groupId: string;
  readonly groupIdNode: ValueNode;
}

/**
 * The target type and single group id of the group's endpoint. Endpoint declarations sharing the id (alternatives
 * behind conditions) must agree; an `existing` endpoint's connection is not known.
 */
export function endpointGroupOf(group: Resource, graph: ResourceGraph): EndpointGroup | undefined {
  const parent = graph.parentOf(group);
  if (!parent || !isType(parent, PRIVATE_ENDPOINT)) return undefined;
  const endpoints = graph.withIdKey(parent.idKey).filter((r) => isType(r, PRIVATE_ENDPOINT));
  let found: EndpointGroup | undefined;
  for (const pe of endpoints) {
    if (pe.existing) return undefined;
    const connections = connectionsOf(pe, graph);
    if (!connections || connections.length !== 1) return undefined;
    const connection = connections[0];
    const ids = connection.groupIds;
    if (!connection.targetType || connectsToAzureService(connection) !== true || !ids || ids.length !== 1) return undefined;
    const groupId = ids[0].value;
    if (!isKnownString(groupId)) return undefined;
    const current: EndpointGroup = { targetType: connection.targetType, groupId, groupIdNode: ids[0] };
    if (
      found &&
      (found.targetType.toLowerCase() !== current.targetType.toLowerCase() || found.groupId.toLowerCase() !== groupId.toLowerCase())
    )
      return undefined;
    found ??= current;
  }
  return found;
}
