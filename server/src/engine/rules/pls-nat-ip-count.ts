/** pls-nat-ip-count: a Private Link service has between one and eight NAT IP configurations. */
import { isUnknown } from '../evaluate/value';
import type { Location, ValueNode } from '../model/model';
import { at, findMember, items } from '../model/navigate';
import type { Rule } from './framework/rule';
import { declaredPrivateLinkServices } from './support/loadBalancers';
import { basedOn } from './support/basedOn';

/** Documented limit: NAT IP configurations per Private Link service (PLSOV, LIMITS). */
const MAX_NAT_IPS = 8;

export const plsNatIpCount: Rule = {
  id: 'pls-nat-ip-count',
  defaultLevel: 'error',
  title: 'A Private Link service has between one and eight NAT IP configurations.',
  check({ graph, report }) {
    for (const pls of declaredPrivateLinkServices(graph)) {
      const properties = at(pls.body, 'properties');
      // A computed or unknown properties object may hold any ipConfigurations: no proof either way.
      if (properties && (isUnknown(properties.value) || properties.value === null)) continue;
      if (!properties && !pls.body.members) continue;
      const configurations = at(properties, 'ipConfigurations');
      if (!configurations || configurations.value === null) {
        report({
          at: configurations?.loc ?? pls.anchor,
          message:
            'This Private Link service declares no NAT IP configuration (properties.ipConfigurations), but a service needs at least one and at most eight, so the deployment fails.',
        });
        continue;
      }
      const list = items(configurations);
      // An array of unknown length (a loop over a parameter, a computed list) cannot be counted.
      if (!list) continue;
      if (list.length === 0) {
        report({
          at: configurations.loc,
          message: `This Private Link service's ipConfigurations is empty, but a service needs at least one NAT IP configuration and at most eight, so the deployment fails.`,
          basedOn: basedOn(configurations),
        });
      } else if (list.length > MAX_NAT_IPS) {
        report({
          at: firstExtra(configurations, list, properties),
          message:
            `This Private Link service has ${list.length} NAT IP configurations but a service allows at most ${MAX_NAT_IPS}, so the deployment fails: ` +
            `remove ${list.length - MAX_NAT_IPS} or spread the traffic over a second service.`,
          basedOn: basedOn(configurations),
        });
      }
    }
  },
};

/**
 * The first configuration past the limit when it is written on its own; else (a loop, a variable) the property's
 * name, which is shorter to underline than the whole list.
 */
function firstExtra(configurations: ValueNode, list: readonly ValueNode[], properties: ValueNode | undefined): Location {
  const extra = list[MAX_NAT_IPS];
  const shared = list.some((node, index) => index !== MAX_NAT_IPS && sameSpan(node.loc, extra.loc));
  if (!shared && !sameSpan(extra.loc, configurations.loc)) return extra.loc;
  return (properties && findMember(properties, 'ipConfigurations')?.keyLoc) ?? configurations.loc;
}

function sameSpan(a: Location, b: Location): boolean {
  return a.file === b.file && a.span.start === b.span.start && a.span.end === b.span.end;
}
