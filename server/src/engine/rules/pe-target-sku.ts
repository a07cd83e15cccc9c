/** pe-target-sku: the endpoint's target, declared in scope, has a SKU that supports private endpoints. */
import { isKnownString } from '../evaluate/value';
import type { Resource, ValueNode } from '../model/model';
import { at, findMember } from '../model/navigate';
import type { SkuRequirement } from '../knowledge/knowledge';
import type { Fix, FixAction } from '../fixes/fix';
import type { Rule } from './framework/rule';
import { connectionsOf, declaredEndpoints } from './support/privateEndpoints';
import { basedOn } from './support/basedOn';
import { asClause, valueLabel } from './support/resourceNames';

export const peTargetSku: Rule = {
  id: 'pe-target-sku',
  defaultLevel: 'warning',
  title: "The private endpoint's target has a SKU that supports private endpoints.",
  check({ graph, knowledge, report }) {
    const reported = new Set<string>();
    for (const pe of declaredEndpoints(graph)) {
      for (const connection of connectionsOf(pe, graph) ?? []) {
        if (!connection.targetNode) continue;
        const targets = graph.resolveAll(connection.targetNode.value);
        // Declared elsewhere, or `existing`: the SKU is not ours to see.
        if (targets.length === 0 || targets.some((t) => t.existing)) continue;
        const service = knowledge.service(targets[0].type);
        const requirement = service?.skuRequirement;
        if (!service || !requirement) continue;
        // Alternative declarations (behind conditions) must all have an unsupported SKU.
        const skus = targets.map((target) => unsupportedSku(target, requirement));
        const first = skus[0];
        const target = targets[0];
        if (!first || skus.some((s) => !s) || reported.has(target.key)) continue;
        reported.add(target.key);
        report({
          at: first.loc,
          message:
            `This ${service.displayName} has SKU ${valueLabel(first.value)}, which does not support private endpoints ` +
            `(${asClause(requirement.description)}, see ${requirement.documentation[0]}): use '${requirement.fixValue}'.`,
          basedOn: basedOn(first),
          related: [{ loc: connection.targetNode.loc, message: 'The private endpoint connecting to this resource' }],
          fixes: fixFor(target, requirement),
        });
      }
    }
  },
};

/** The SKU node when it certainly names an unsupported SKU; undefined when supported, absent or unknown. */
function unsupportedSku(target: Resource, requirement: SkuRequirement): ValueNode | undefined {
  const node = at(target.body, ...requirement.path);
  if (!node || !isKnownString(node.value)) return undefined;
  const same = (a: string, b: string) => (requirement.caseInsensitive ? a.toLowerCase() === b.toLowerCase() : a === b);
  const value = node.value;
  if (requirement.allowed && !requirement.allowed.some((sku) => same(sku, value))) return node;
  if (requirement.disallowed && requirement.disallowed.some((sku) => same(sku, value))) return node;
  return undefined;
}

/** Only a SKU written in place can be replaced (a SKU object from a variable is edited where the variable is). */
function fixFor(target: Resource, requirement: SkuRequirement): Fix[] {
  const path = requirement.path;
  const parent = path.length > 1 ? at(target.body, ...path.slice(0, -1)) : target.body;
  const written = parent ? findMember(parent, path[path.length - 1]) : undefined;
  if (!parent || !written) return [];
  const actions: FixAction[] = [{ kind: 'replaceValue', node: written.node, value: requirement.fixValue }];
  // Service Bus also takes `sku.tier`; a tier left at the old value would contradict the new name.
  const tier = written.key.toLowerCase() === 'name' ? findMember(parent, 'tier') : undefined;
  if (tier) actions.push({ kind: 'replaceValue', node: tier.node, value: requirement.fixValue });
  return [{ title: `Set the SKU to '${requirement.fixValue}'`, actions }];
}
