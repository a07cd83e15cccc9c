/** pe-request-message-length: a connection's requestMessage is limited to 140 characters. */
import { isKnownString } from '../evaluate/value';
import { at, items } from '../model/navigate';
import type { Rule } from './framework/rule';
import { declaredEndpoints } from './support/privateEndpoints';
import { basedOn } from './support/basedOn';
import { propertyLocation } from './support/narrowLocation';

const MAX_LENGTH = 140;
const CONNECTION_ARRAYS = ['privateLinkServiceConnections', 'manualPrivateLinkServiceConnections'] as const;

export const peRequestMessageLength: Rule = {
  id: 'pe-request-message-length',
  defaultLevel: 'error',
  title: "A private endpoint connection's requestMessage is at most 140 characters long.",
  check({ graph, report }) {
    for (const pe of declaredEndpoints(graph)) {
      for (const arrayName of CONNECTION_ARRAYS) {
        // Each array on its own: a computed neighbour array must not hide a literal message that is too long.
        for (const connection of items(at(pe.body, 'properties', arrayName)) ?? []) {
          const message = at(connection, 'properties', 'requestMessage');
          if (!message || !isKnownString(message.value)) continue;
          // Code points, not UTF-16 units: the smaller count, so a finding holds however the service counts.
          const length = [...message.value].length;
          if (length <= MAX_LENGTH) continue;
          report({
            at: propertyLocation(at(connection, 'properties'), 'requestMessage', message),
            message:
              `This requestMessage is ${length} characters long but Azure accepts at most ${MAX_LENGTH}: ` +
              `shorten it by ${length - MAX_LENGTH} character${length - MAX_LENGTH === 1 ? '' : 's'}.`,
            basedOn: basedOn(message),
          });
        }
      }
    }
  },
};
