/**
 * Sub-resources written inside their parent rather than declared on their own: subnets in a virtual network's
 * `properties.subnets`, a load balancer's frontend IP configurations and backend pools. They become resources of
 * their own (with `inlineIn` set) so that ids like `.../virtualNetworks/vnet/subnets/snet` resolve the same way
 * whether the subnet was declared inline or as a child resource.
 */
import { at, items, valueAt } from './navigate';
import type { ValueNode } from './model';

export interface InlineChildKind {
  readonly parentType: string;
  readonly childType: string;
  readonly arrayPath: readonly string[];
}

export const INLINE_CHILD_KINDS: readonly InlineChildKind[] = [
  {
    parentType: 'microsoft.network/virtualnetworks',
    childType: 'Microsoft.Network/virtualNetworks/subnets',
    arrayPath: ['properties', 'subnets'],
  },
  {
    parentType: 'microsoft.network/loadbalancers',
    childType: 'Microsoft.Network/loadBalancers/frontendIPConfigurations',
    arrayPath: ['properties', 'frontendIPConfigurations'],
  },
  {
    parentType: 'microsoft.network/loadbalancers',
    childType: 'Microsoft.Network/loadBalancers/backendAddressPools',
    arrayPath: ['properties', 'backendAddressPools'],
  },
];

export interface InlineChild {
  readonly kind: InlineChildKind;
  readonly body: ValueNode;
  readonly shortName: ValueNode['value'];
}

/** The inline children a resource body declares, each with its short name (unknown names included). */
export function inlineChildrenOf(type: string, body: ValueNode): InlineChild[] {
  const found: InlineChild[] = [];
  const lower = type.toLowerCase();
  for (const kind of INLINE_CHILD_KINDS) {
    if (kind.parentType !== lower) continue;
    for (const item of items(at(body, ...kind.arrayPath)) ?? []) {
      const name = valueAt(item, 'name');
      if (name === undefined) continue;
      found.push({ kind, body: item, shortName: name });
    }
  }
  return found;
}
