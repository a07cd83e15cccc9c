/** pe-subnet-reserved: a private endpoint must not be placed in a gateway, firewall, Bastion or Route Server subnet, nor in a delegated subnet. */
import { isKnownString } from '../evaluate/value';
import type { Resource, ValueNode } from '../model/model';
import { at, items } from '../model/navigate';
import type { Rule, Severity } from './framework/rule';
import { declaredEndpoints } from './support/privateEndpoints';
import { endpointSubnet, judgeableDeclarations } from './support/endpointNetwork';
import { basedOn } from './support/basedOn';
import { defaultsMentioning } from './support/defaultsMentioning';

/** Subnets Azure dedicates to one product, by their fixed names (compared case-insensitively). */
const DEDICATED_SUBNETS: ReadonlyMap<string, { readonly name: string; readonly level: Severity; readonly owner: string }> = new Map([
  // The gateway documentation says never to deploy anything else into GatewaySubnet: an error.
  ['gatewaysubnet', { name: 'GatewaySubnet', level: 'error', owner: 'VPN and ExpressRoute gateways' }],
  // The others are dedicated by their products' documentation, but no text speaks of private endpoints: a warning.
  ['azurefirewallsubnet', { name: 'AzureFirewallSubnet', level: 'warning', owner: 'Azure Firewall' }],
  [
    'azurefirewallmanagementsubnet',
    { name: 'AzureFirewallManagementSubnet', level: 'warning', owner: "Azure Firewall's management traffic" },
  ],
  ['azurebastionsubnet', { name: 'AzureBastionSubnet', level: 'warning', owner: 'Azure Bastion' }],
  ['routeserversubnet', { name: 'RouteServerSubnet', level: 'warning', owner: 'Azure Route Server' }],
]);

export const peSubnetReserved: Rule = {
  id: 'pe-subnet-reserved',
  defaultLevel: 'error',
  title:
    'A private endpoint is not placed in a subnet reserved for a gateway, firewall, Bastion or Route Server, nor in a delegated subnet.',
  check({ graph, report }) {
    for (const pe of declaredEndpoints(graph)) {
      const subnet = endpointSubnet(pe, graph);
      if (!subnet) continue;
      const dedicated = subnet.name !== undefined ? DEDICATED_SUBNETS.get(subnet.name.toLowerCase()) : undefined;
      if (dedicated) {
        report({
          at: subnet.reference.loc,
          level: dedicated.level,
          message:
            `This private endpoint is placed in '${subnet.name}', the subnet reserved for ${dedicated.owner}: ` +
            `put private endpoints in an ordinary subnet of the network.`,
          basedOn: basedOn(defaultsMentioning(subnet.reference, dedicated.name)),
          related: subnet.declarations.map((d) => ({ loc: d.anchor, message: `The ${dedicated.name} declaration` })),
        });
        continue;
      }
      const declarations = judgeableDeclarations(subnet);
      if (!declarations) continue;
      // Alternative declarations (behind conditions) must all be delegated: otherwise some deployment is fine.
      const delegations = declarations.map(delegationOf);
      if (delegations.some((d) => !d)) continue;
      const first = delegations[0];
      if (!first) continue;
      const service = serviceNameOf(first);
      report({
        at: subnet.reference.loc,
        level: 'warning',
        message:
          `This private endpoint is placed in a subnet delegated to ${service ? `'${service}'` : 'a service'}, which may refuse private endpoints in its subnet ` +
          '(or the endpoint may break what the service expects there): use a subnet without delegations.',
        basedOn: basedOn(subnet.reference),
        related: [{ loc: first.loc, message: 'The delegation on the subnet' }],
      });
    }
  },
};

/**
 * The first delegation node of a subnet declaration that certainly has one; null when it certainly has none;
 * undefined when that cannot be known (computed list or properties).
 */
function delegationOf(subnet: Resource): ValueNode | null | undefined {
  const properties = at(subnet.body, 'properties');
  if (!properties) return subnet.body.members ? null : undefined;
  const delegations = at(properties, 'delegations');
  if (!delegations) return properties.members ? null : undefined;
  if (delegations.value === null) return null;
  const list = items(delegations);
  if (!list) return undefined;
  return list.length > 0 ? list[0] : null;
}

function serviceNameOf(delegation: ValueNode): string | undefined {
  const value = at(delegation, 'properties', 'serviceName')?.value;
  return isKnownString(value) ? value : undefined;
}
