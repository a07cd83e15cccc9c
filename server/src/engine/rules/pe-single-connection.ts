/** pe-single-connection: a private endpoint connects to exactly one service, across both connection arrays. */
import type { Rule } from './framework/rule';
import { connectionsOf, declaredEndpoints } from './support/privateEndpoints';
import { narrowLocation } from './support/narrowLocation';

export const peSingleConnection: Rule = {
  id: 'pe-single-connection',
  defaultLevel: 'error',
  title: 'A private endpoint declares exactly one connection, automatic or manual.',
  check({ graph, report }) {
    for (const pe of declaredEndpoints(graph)) {
      const connections = connectionsOf(pe, graph);
      if (!connections) continue;
      if (connections.length === 0) {
        report({
          at: pe.anchor,
          message:
            'This private endpoint declares no connection: add one entry to privateLinkServiceConnections (or manualPrivateLinkServiceConnections for manual approval).',
        });
      } else if (connections.length > 1) {
        const [first, ...extra] = connections;
        for (const connection of extra) {
          report({
            at: narrowLocation(connection.node),
            message: `A private endpoint connects to one service only but this one declares ${connections.length} connections: create one private endpoint per connection.`,
            related: [{ loc: first.node.loc, message: 'First connection of the endpoint' }],
          });
        }
      }
    }
  },
};
