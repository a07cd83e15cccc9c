/** pe-connection-target-missing: every connection of a private endpoint names its target in privateLinkServiceId. */
import type { Rule } from './framework/rule';
import { connectionsOf, declaredEndpoints } from './support/privateEndpoints';
import { narrowLocation } from './support/narrowLocation';

export const peConnectionTargetMissing: Rule = {
  id: 'pe-connection-target-missing',
  defaultLevel: 'error',
  title: 'Every connection of a private endpoint names its target in privateLinkServiceId.',
  check({ graph, report }) {
    for (const pe of declaredEndpoints(graph)) {
      for (const connection of connectionsOf(pe, graph) ?? []) {
        // `targetNode` is undefined only when a known object lacks the property (an unknown connection or
        // `properties` object yields an unknown member, never an absent one); an explicit null is absent too.
        if (connection.targetNode && connection.targetNode.value !== null) continue;
        const list = connection.manual ? 'manualPrivateLinkServiceConnections' : 'privateLinkServiceConnections';
        report({
          at: connection.targetNode?.loc ?? narrowLocation(connection.node),
          message:
            `This ${list} entry has no privateLinkServiceId, so the endpoint names no service and the deployment is rejected: ` +
            'set privateLinkServiceId to the id of the target resource (or of the Private Link service).',
        });
      }
    }
  },
};
