/** pls-visibility-everyone: `'*'` in a Private Link service's visibility lets anyone with the alias find it and ask to connect. */
import { isKnownString } from '../evaluate/value';
import { at, items } from '../model/navigate';
import type { Rule } from './framework/rule';
import { PRIVATE_LINK_SERVICE } from './support/privateEndpoints';

export const plsVisibilityEveryone: Rule = {
  id: 'pls-visibility-everyone',
  defaultLevel: 'warning',
  title: "A Private Link service's visibility does not include every subscription ('*').",
  check({ graph, report }) {
    for (const pls of graph.ofType(PRIVATE_LINK_SERVICE)) {
      if (pls.existing) continue;
      for (const node of items(at(pls.body, 'properties', 'visibility', 'subscriptions')) ?? []) {
        if (!isKnownString(node.value) || node.value.trim() !== '*') continue;
        report({
          at: node.loc,
          message: "visibility '*' lets anyone who knows the service's alias find it and request a connection (the FAQ's visibility 'All'). List the subscriptions that may see it instead.",
        });
      }
    }
  },
};
