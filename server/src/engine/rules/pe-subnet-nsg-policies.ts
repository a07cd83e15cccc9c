/** pe-subnet-nsg-policies: a subnet holding private endpoints applies its network security group and route table to them. */
import { isKnownString, isObjectValue, isUnknown } from '../evaluate/value';
import type { Resource, ValueNode } from '../model/model';
import { at } from '../model/navigate';
import type { Rule } from './framework/rule';
import { declaredEndpoints } from './support/privateEndpoints';
import { endpointSubnet, judgeableDeclarations } from './support/endpointNetwork';
import { basedOn } from './support/basedOn';

type Attached = 'yes' | 'no' | 'unknown';

/** What one subnet declaration leaves uncovered: the attached controls its policy value does not apply to endpoints. */
interface Gap {
  readonly subnet: Resource;
  readonly policy?: ValueNode;
  readonly properties?: ValueNode;
  readonly uncovered: readonly { readonly what: 'network security group' | 'route table'; readonly node: ValueNode }[];
  readonly reason: string;
  /** The one-control value would do: nothing else is applied now and the other control is certainly not attached. */
  readonly narrowValueFits: boolean;
}

/** Which values apply which control to private endpoint traffic (facts SN-1); compared case-insensitively. */
const APPLIES_NSG: ReadonlySet<string> = new Set(['enabled', 'networksecuritygroupenabled']);
const APPLIES_ROUTES: ReadonlySet<string> = new Set(['enabled', 'routetableenabled']);
const KNOWN_VALUES: ReadonlySet<string> = new Set(['enabled', 'disabled', 'networksecuritygroupenabled', 'routetableenabled']);

export const peSubnetNsgPolicies: Rule = {
  id: 'pe-subnet-nsg-policies',
  defaultLevel: 'warning',
  title: 'A subnet holding private endpoints applies its network security group and route table to them (privateEndpointNetworkPolicies).',
  check({ graph, report }) {
    const reported = new Set<string>();
    for (const pe of declaredEndpoints(graph)) {
      const subnet = endpointSubnet(pe, graph);
      const declarations = subnet ? judgeableDeclarations(subnet) : undefined;
      if (!subnet || !declarations || reported.has(declarations[0].idKey)) continue;
      // Every declaration (inline and child resource, alternatives behind conditions) must leave a gap: otherwise
      // some deployment of these files is fine.
      const gaps = declarations.map(gapOf);
      const first = gaps[0];
      if (!first || gaps.some((gap) => !gap)) continue;
      reported.add(declarations[0].idKey);
      const { subnet: declaration, policy, properties, uncovered } = first;
      const needed = valueToSet(first);
      const attached = uncovered.map((u) => `a ${u.what}`).join(' and ');
      report({
        at: policy?.loc ?? at(declaration.body, 'name')?.loc ?? declaration.anchor,
        message:
          `This subnet holds private endpoints and has ${attached}, but ${first.reason}, so ${uncovered.length === 2 ? 'neither applies' : 'it does not apply'} to traffic to the endpoints: ` +
          `set privateEndpointNetworkPolicies to ${needed}.`,
        basedOn: basedOn(policy, ...uncovered.map((u) => u.node)),
        related: [
          { loc: subnet.reference.loc, message: 'A private endpoint in this subnet' },
          ...uncovered.map((u) => ({ loc: u.node.loc, message: `The ${u.what} on the subnet` })),
        ],
        // The quick fix edits written objects only; a computed properties object is changed where it is built.
        fixes:
          properties && !properties.members
            ? []
            : [
                {
                  title: "Set privateEndpointNetworkPolicies to 'Enabled'",
                  actions: [
                    {
                      kind: 'setProperty',
                      object: declaration.body,
                      path: ['properties', 'privateEndpointNetworkPolicies'],
                      value: 'Enabled',
                    },
                  ],
                },
              ],
      });
    }
  },
};

/** What the message asks for: 'Enabled' always covers both; the one-control value only when it would not drop anything. */
function valueToSet(gap: Gap): string {
  if (gap.uncovered.length === 2 || !gap.narrowValueFits) return "'Enabled'";
  return gap.uncovered[0].what === 'network security group'
    ? "'Enabled' (or 'NetworkSecurityGroupEnabled')"
    : "'Enabled' (or 'RouteTableEnabled')";
}

/** The declaration's gap, or undefined when nothing attached is left out or something cannot be known. */
function gapOf(subnet: Resource): Gap | undefined {
  const properties = at(subnet.body, 'properties');
  if (properties && isUnknown(properties.value) && !properties.members) return undefined;
  const nsg = at(properties, 'networkSecurityGroup');
  const routes = at(properties, 'routeTable');
  const policy = at(properties, 'privateEndpointNetworkPolicies');
  let value: string;
  if (!policy || policy.value === null) {
    // Only a literal or known properties object proves the setting absent; absent means 'Disabled' (facts SN-1).
    if (properties && !properties.members && !isObjectValue(properties.value)) return undefined;
    value = 'disabled';
  } else if (isKnownString(policy.value) && KNOWN_VALUES.has(policy.value.toLowerCase())) {
    value = policy.value.toLowerCase();
  } else return undefined;
  const uncovered: Gap['uncovered'][number][] = [];
  const nsgState = attached(nsg);
  const routeState = attached(routes);
  if (nsgState === 'yes' && nsg && !APPLIES_NSG.has(value)) uncovered.push({ what: 'network security group', node: nsg });
  if (routeState === 'yes' && routes && !APPLIES_ROUTES.has(value)) uncovered.push({ what: 'route table', node: routes });
  if (uncovered.length === 0) return undefined;
  const reason =
    policy && policy.value !== null
      ? `privateEndpointNetworkPolicies is '${String(policy.value)}'`
      : "privateEndpointNetworkPolicies is not set, which means 'Disabled'";
  const narrowValueFits =
    value === 'disabled' && uncovered.length === 1 && (uncovered[0].what === 'network security group' ? routeState : nsgState) === 'no';
  return { subnet, policy: policy ?? undefined, properties, uncovered, reason, narrowValueFits };
}

/** An NSG or route table reference: a known object (even with an unknown id) is attached; null or absent is not. */
function attached(node: ValueNode | undefined): Attached {
  if (!node || node.value === null) return 'no';
  if (node.members || isObjectValue(node.value)) return 'yes';
  return isUnknown(node.value) ? 'unknown' : 'no';
}
