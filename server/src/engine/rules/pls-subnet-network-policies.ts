/** pls-subnet-network-policies: the subnet a Private Link service takes NAT IPs from must disable privateLinkServiceNetworkPolicies. */
import { isKnownString, isObjectValue } from '../evaluate/value';
import { at } from '../model/navigate';
import type { Rule } from './framework/rule';
import { declaredPrivateLinkServices, natConfigurationsOf } from './support/loadBalancers';
import { basedOn } from './support/basedOn';

export const plsSubnetNetworkPolicies: Rule = {
  id: 'pls-subnet-network-policies',
  defaultLevel: 'error',
  title: "A Private Link service's NAT subnet sets privateLinkServiceNetworkPolicies to 'Disabled'.",
  check({ graph, report }) {
    const reported = new Set<string>();
    for (const pls of declaredPrivateLinkServices(graph)) {
      for (const nat of natConfigurationsOf(pls, graph) ?? []) {
        const subnet = nat.subnet;
        if (!subnet || subnet.existing || reported.has(subnet.key)) continue;
        const properties = at(subnet.body, 'properties');
        const policy = at(properties, 'privateLinkServiceNetworkPolicies');
        let reason: string;
        if (!policy || policy.value === null) {
          // Only a literal properties object, one evaluated offline to a known object (a variable, `union` of
          // known objects: unknown keys make the whole object unknown), or none at all proves the setting is absent.
          if (properties && !properties.members && !isObjectValue(properties.value)) continue;
          if (!subnet.body.members) continue;
          reason = "it does not set privateLinkServiceNetworkPolicies, which defaults to 'Enabled'";
        } else if (isKnownString(policy.value) && policy.value.toLowerCase() === 'enabled') {
          reason = "it sets privateLinkServiceNetworkPolicies to 'Enabled'";
        } else continue;
        reported.add(subnet.key);
        report({
          // An absent setting is reported on the subnet's name (the resource's `name`, or the inline subnet's).
          at: policy?.loc ?? at(subnet.body, 'name')?.loc ?? subnet.anchor,
          message: `The Private Link service takes its NAT IP from this subnet, but ${reason}: set it to 'Disabled' on this subnet.`,
          basedOn: basedOn(policy ?? properties),
          related: [
            { loc: nat.subnetReference?.loc ?? nat.node.loc, message: 'The Private Link service NAT IP configuration using this subnet' },
          ],
          // The quick fix edits written objects only; a computed properties object is changed where it is built.
          fixes:
            properties && !properties.members
              ? []
              : [
                  {
                    title: "Set privateLinkServiceNetworkPolicies to 'Disabled'",
                    actions: [
                      {
                        kind: 'setProperty',
                        object: subnet.body,
                        path: ['properties', 'privateLinkServiceNetworkPolicies'],
                        value: 'Disabled',
                      },
                    ],
                  },
                ],
        });
      }
    }
  },
};
