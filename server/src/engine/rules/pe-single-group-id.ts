/** pe-single-group-id: a connection to an Azure service names exactly one group id (the platform rejects more). */
import type { Rule } from './framework/rule';
import { connectionsOf, connectsToAzureService, declaredEndpoints, type EndpointConnection } from './support/privateEndpoints';
import type { Location, ValueNode } from '../model/model';
import { at } from '../model/navigate';
import { basedOn } from './support/basedOn';
import { targetTypeDefaults } from './support/targetTypeDefaults';
import { narrowLocation, propertyLocation } from './support/narrowLocation';

export const peSingleGroupId: Rule = {
  id: 'pe-single-group-id',
  defaultLevel: 'error',
  title: 'A connection to an Azure service names exactly one group id.',
  check({ graph, report }) {
    for (const pe of declaredEndpoints(graph)) {
      for (const connection of connectionsOf(pe, graph) ?? []) {
        const groupIds = connection.groupIds;
        if (!groupIds) continue;
        if (groupIds.length > 1) {
          // More than one is wrong for every target: Azure services take one, a Private Link service none.
          report({
            at: connection.groupIdsNode ? groupIdsLocation(connection) : narrowLocation(connection.node),
            message: `This connection names ${groupIds.length} group ids but Azure accepts only one per connection (error OnlyOneGroupIdPermitted): create one private endpoint per group id.`,
            basedOn: basedOn(connection.groupIdsNode),
          });
        } else if (groupIds.length === 0 && connectsToAzureService(connection) === true) {
          report({
            at: connection.groupIdsNode ? groupIdsLocation(connection) : (connection.targetNode?.loc ?? narrowLocation(connection.node)),
            message: `This connection to an Azure service names no group id: set groupIds to the one sub-resource the endpoint should reach (for example 'blob' or 'vault').`,
            basedOn: basedOn(connection.groupIdsNode, targetTypeDefaults(connection.targetNode)),
          });
        }
      }
    }
  },
};

/** The connection's groupIds, or their key when the list runs over several lines. */
function groupIdsLocation(connection: EndpointConnection): Location {
  const groupIds = connection.groupIdsNode as ValueNode;
  return propertyLocation(at(connection.node, 'properties'), 'groupIds', groupIds);
}
