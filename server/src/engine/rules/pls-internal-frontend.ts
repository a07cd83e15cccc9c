/** pls-internal-frontend: a Private Link service is documented behind an internal load balancer frontend, not a public IP. */
import { getMember, isObjectValue } from '../evaluate/value';
import { at } from '../model/navigate';
import type { Rule } from './framework/rule';
import { declaredPrivateLinkServices, frontendsOf } from './support/loadBalancers';
import { basedOn } from './support/basedOn';
import { resourceLabel } from './support/resourceNames';
import { propertyLocation } from './support/narrowLocation';

export const plsInternalFrontend: Rule = {
  id: 'pls-internal-frontend',
  defaultLevel: 'info',
  title: "A Private Link service's frontend IP configuration is internal (no public IP address or prefix).",
  check({ graph, report }) {
    for (const pls of declaredPrivateLinkServices(graph)) {
      for (const use of frontendsOf(pls, graph)) {
        const frontend = use.frontend;
        if (!frontend || frontend.existing || (use.loadBalancer?.existing ?? false)) continue;
        for (const property of ['publicIPAddress', 'publicIPPrefix']) {
          const node = at(frontend.body, 'properties', property);
          // Only an object naming an id proves a public IP is attached; null means none, an unknown value proves
          // nothing, and an empty object (as generated samples leave a blanked reference) names no address.
          if (!node || !isObjectValue(node.value) || (getMember(node.value, 'id') ?? null) === null) continue;
          report({
            at: propertyLocation(at(frontend.body, 'properties'), property, node),
            message:
              `The load balancer frontend ${resourceLabel(frontend)} that this Private Link service uses has a public IP (${property}), while the documented ` +
              'set-up puts a Private Link service behind an internal Standard load balancer frontend (a subnet and a private IP): ' +
              `check that exposing the same frontend publicly is intended.`,
            basedOn: basedOn(node, use.reference),
            related: [{ loc: use.reference.loc, message: `The Private Link service ${resourceLabel(pls)} uses this frontend` }],
          });
          break;
        }
      }
    }
  },
};
