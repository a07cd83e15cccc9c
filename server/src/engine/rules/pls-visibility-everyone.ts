/** pls-visibility-everyone: `'*'` in a Private Link service's visibility lets anyone with the alias find it and ask to connect. */
import { isKnownString } from '../evaluate/value';
import type { Resource, ValueNode } from '../model/model';
import { at, items } from '../model/navigate';
import { parameterReference, type Fix } from '../fixes/fix';
import type { Rule } from './framework/rule';
import { PRIVATE_LINK_SERVICE } from './support/privateEndpoints';
import { basedOn } from './support/basedOn';

const PARAMETER_NAME = 'privateLinkServiceVisibleSubscriptionIds';

export const plsVisibilityEveryone: Rule = {
  id: 'pls-visibility-everyone',
  defaultLevel: 'warning',
  title: "A Private Link service's visibility does not include every subscription ('*').",
  check({ graph, report }) {
    for (const pls of graph.ofType(PRIVATE_LINK_SERVICE)) {
      if (pls.existing) continue;
      const list = at(pls.body, 'properties', 'visibility', 'subscriptions');
      for (const node of items(list) ?? []) {
        if (!isKnownString(node.value) || node.value.trim() !== '*') continue;
        report({
          at: node.loc,
          message: `visibility '*' lets anyone who knows the service's alias find it and request a connection (the FAQ's visibility 'All'): list the subscriptions that may see it instead.`,
          basedOn: basedOn(node),
          fixes: list ? explicitListFix(pls, list) : [],
        });
      }
    }
  },
};

/**
 * Replaces the list with a parameter of explicit subscription ids (defaulting to the deploying subscription), so the
 * exposure is decided per deployment. Offered only where a new parameter reaches the service: the file's own top level.
 */
function explicitListFix(pls: Resource, list: ValueNode): Fix[] {
  const deployment = pls.deployment;
  if (!list.items || (deployment.parent && deployment.parent.file === deployment.file)) return [];
  if (deployment.parameters.has(PARAMETER_NAME.toLowerCase())) return [];
  return [
    {
      title: 'Replace with a parameter listing the subscriptions that may see the service',
      actions: [
        {
          kind: 'addParameter',
          file: deployment.file,
          parameter: {
            name: PARAMETER_NAME,
            type: 'array',
            defaultValue: [{ kind: 'expression', arm: 'subscription().subscriptionId', bicep: 'subscription().subscriptionId' }],
            description: 'Subscriptions allowed to find this Private Link service and request a connection.',
          },
        },
        { kind: 'replaceValue', node: list, value: parameterReference(PARAMETER_NAME) },
      ],
    },
  ];
}
