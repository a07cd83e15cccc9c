/** pls-ipv4-only: a Private Link service carries IPv4 traffic only, so an IPv6 NAT IP configuration is unsupported. */
import { isKnownString } from '../evaluate/value';
import { at, findMember } from '../model/navigate';
import type { Rule } from './framework/rule';
import { declaredPrivateLinkServices, natConfigurationsOf } from './support/loadBalancers';
import { basedOn } from './support/basedOn';
import { valueLabel } from './support/resourceNames';

export const plsIpv4Only: Rule = {
  id: 'pls-ipv4-only',
  defaultLevel: 'error',
  title: "A Private Link service's NAT IP configurations use IPv4.",
  check({ graph, report }) {
    for (const pls of declaredPrivateLinkServices(graph)) {
      for (const nat of natConfigurationsOf(pls, graph) ?? []) {
        const properties = at(nat.node, 'properties');
        const version = at(properties, 'privateIPAddressVersion');
        if (!version || !isKnownString(version.value) || version.value.trim().toLowerCase() !== 'ipv6') continue;
        // Only a value written as its own property can be replaced; a computed `properties` object has no such text.
        const written = properties?.members !== undefined && findMember(properties, 'privateIPAddressVersion')?.node === version;
        report({
          at: version.loc,
          message: `Private Link services support IPv4 traffic only but this NAT IP configuration sets privateIPAddressVersion to ${valueLabel(version.value)}: use 'IPv4'.`,
          basedOn: basedOn(version),
          fixes: written
            ? [{ title: "Use privateIPAddressVersion 'IPv4'", actions: [{ kind: 'replaceValue', node: version, value: 'IPv4' }] }]
            : [],
        });
      }
    }
  },
};
