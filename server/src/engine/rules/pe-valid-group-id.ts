/** pe-valid-group-id: group ids must be ones the target's type offers, and empty for a customer Private Link service. */
import { isKnownString } from '../evaluate/value';
import type { Rule } from './framework/rule';
import { connectionsOf, declaredEndpoints, isPrivateLinkServiceType } from './support/privateEndpoints';
import { basedOn } from './support/basedOn';
import { targetTypeDefaults } from './support/targetTypeDefaults';
import { quotedList } from './support/resourceNames';

export const peValidGroupId: Rule = {
  id: 'pe-valid-group-id',
  defaultLevel: 'error',
  title: "Group ids are ones the target's resource type offers; none for a Private Link service.",
  check({ graph, knowledge, report }) {
    for (const pe of declaredEndpoints(graph)) {
      for (const connection of connectionsOf(pe, graph) ?? []) {
        const groupIds = connection.groupIds ?? [];
        if (!connection.targetType) continue;
        if (isPrivateLinkServiceType(connection.targetType)) {
          groupIds.forEach((node, index) => {
            if (!isKnownString(node.value)) return;
            report({
              at: node.loc,
              message: `A connection to a customer Private Link service takes no group id but '${node.value}' is given: leave groupIds empty.`,
              basedOn: basedOn(node, targetTypeDefaults(connection.targetNode)),
              // Only a written list has items of its own to remove; a computed one would lose its whole expression.
              fixes: connection.groupIdsNode?.items
                ? [
                    {
                      title: `Remove group id '${node.value}'`,
                      actions: [{ kind: 'removeArrayItem', array: connection.groupIdsNode, index }],
                    },
                  ]
                : [],
            });
          });
          continue;
        }
        const service = knowledge.service(connection.targetType);
        if (!service) continue;
        for (const node of groupIds) {
          const groupId = node.value;
          if (!isKnownString(groupId)) continue;
          const status = knowledge.groupIdStatus(service.resourceType, groupId);
          if (status === 'valid' || status === 'unknown') continue;
          const suggestion = knowledge.closestGroupId(service.resourceType, groupId);
          const valid = quotedList(service.groupIds, 'or');
          report({
            at: node.loc,
            level: status === 'caseMismatch' ? 'warning' : undefined,
            message:
              status === 'caseMismatch'
                ? `Group id '${groupId}' differs only in case from '${suggestion}', the documented id for ${service.displayName}.`
                : suggestion
                  ? `'${groupId}' is not a group id of ${service.displayName} (${service.resourceType}): did you mean '${suggestion}'?`
                  : `'${groupId}' is not a group id of ${service.displayName} (${service.resourceType}): use ${valid}.`,
            basedOn: basedOn(node, targetTypeDefaults(connection.targetNode)),
            fixes:
              suggestion && connection.groupIdsNode?.items
                ? [{ title: `Use group id '${suggestion}'`, actions: [{ kind: 'replaceValue', node, value: suggestion }] }]
                : [],
          });
        }
      }
    }
  },
};
