/** pls-same-region: a Private Link service sits in the region of its load balancer and of its NAT subnet's virtual network. */
import { Value, isKnownString, isUnknown, valuesEqual } from '../evaluate/value';
import type { Resource, ValueNode } from '../model/model';
import { at } from '../model/navigate';
import type { Rule } from './framework/rule';
import { declaredPrivateLinkServices, frontendsOf, natConfigurationsOf } from './support/loadBalancers';
import { basedOn } from './support/basedOn';
import { VIRTUAL_NETWORK, isType } from './support/privateEndpoints';
import { resourceLabel, valueLabel } from './support/resourceNames';

interface Counterpart {
  readonly resource: Resource;
  readonly role: string;
  /** Where the service refers to it (the frontend or subnet reference). */
  readonly reference: ValueNode;
}

export const plsSameRegion: Rule = {
  id: 'pls-same-region',
  defaultLevel: 'error',
  title: "A Private Link service is in the region of its load balancer and of its NAT subnet's virtual network.",
  check({ graph, report }) {
    for (const pls of declaredPrivateLinkServices(graph)) {
      const location = at(pls.body, 'location');
      if (!location) continue;
      const counterparts: Counterpart[] = [];
      for (const use of frontendsOf(pls, graph)) {
        if (use.loadBalancer) counterparts.push({ resource: use.loadBalancer, role: 'load balancer', reference: use.reference });
      }
      for (const nat of natConfigurationsOf(pls, graph) ?? []) {
        const vnet = nat.subnet ? graph.parentOf(nat.subnet) : undefined;
        if (vnet && isType(vnet, VIRTUAL_NETWORK) && nat.subnetReference)
          counterparts.push({ resource: vnet, role: "NAT subnet's virtual network", reference: nat.subnetReference });
      }
      const judged = new Set<string>();
      for (const { resource, role, reference } of counterparts) {
        // An `existing` resource's location is not in the files; the same resource is judged once per service.
        if (resource.existing || judged.has(resource.key)) continue;
        judged.add(resource.key);
        const other = at(resource.body, 'location');
        if (!other || sameRegion(location.value, other.value) !== false) continue;
        report({
          at: location.loc,
          message:
            `This Private Link service is in ${valueLabel(location.value)} but its ${role} ${resourceLabel(resource)} is in ${valueLabel(other.value)}, ` +
            `while a Private Link service must be in the region of its load balancer and virtual network, so the deployment fails.`,
          basedOn: basedOn(location, other),
          related: [
            { loc: other.loc, message: `The location of the ${role}` },
            { loc: reference.loc, message: `The service's reference to the ${role}` },
          ],
        });
      }
    }
  },
};

/**
 * Region equality in three values: names compare without case and spaces ('West Europe' is 'westeurope'); unknown
 * locations are equal only to the same unknown expression (`resourceGroup().location` on both sides).
 */
function sameRegion(a: Value, b: Value): boolean | undefined {
  if (!isRegionLike(a) || !isRegionLike(b)) return undefined;
  if (isKnownString(a) && isKnownString(b)) return normaliseRegion(a) === normaliseRegion(b);
  return valuesEqual(a, b, true);
}

function isRegionLike(value: Value): boolean {
  return typeof value === 'string' || isUnknown(value);
}

function normaliseRegion(region: string): string {
  return region.replace(/\s+/g, '').toLowerCase();
}
