/** pe-vnet-location: a private endpoint must be deployed in the region of its virtual network (the target may be anywhere). */
import { Value, valuesEqual } from '../evaluate/value';
import type { Resource } from '../model/model';
import { findMember, member } from '../model/navigate';
import type { Fix } from '../fixes/fix';
import type { Rule } from './framework/rule';
import { declaredEndpoints } from './support/privateEndpoints';
import { endpointNetworks, endpointSubnet } from './support/endpointNetwork';
import { basedOn } from './support/basedOn';
import { resourceLabel, valueLabel } from './support/resourceNames';

export const peVnetLocation: Rule = {
  id: 'pe-vnet-location',
  defaultLevel: 'error',
  title: 'A private endpoint is deployed in the same region as its virtual network.',
  check({ graph, report }) {
    for (const pe of declaredEndpoints(graph)) {
      const peLocation = member(pe.body, 'location');
      if (!peLocation) continue;
      const subnet = endpointSubnet(pe, graph);
      if (!subnet) continue;
      const networks = endpointNetworks(subnet, graph);
      // Alternative declarations of the network must all disagree with the endpoint.
      if (networks.length === 0 || networks.some((vnet) => vnet.existing)) continue;
      const locations = networks.map((vnet) => ({ vnet, node: member(vnet.body, 'location') }));
      if (locations.some((l) => !l.node || sameRegion(peLocation.value, l.node.value) !== false)) continue;
      const { vnet, node: vnetLocation } = locations[0];
      if (!vnetLocation) continue;
      report({
        at: peLocation.loc,
        message:
          `This private endpoint is in ${valueLabel(peLocation.value)} but its virtual network ${resourceLabel(vnet)} is in ${valueLabel(vnetLocation.value)}: ` +
          'an endpoint must be deployed in the region of its virtual network, whatever the region of the service it connects to.',
        basedOn: basedOn(peLocation, vnetLocation),
        related: [{ loc: vnetLocation.loc, message: "The virtual network's location" }],
        fixes: fixFor(pe, vnet),
      });
    }
  },
};

/** Region names compare without case and spaces (`West Europe` is `westeurope`); unknowns only by identity. */
function sameRegion(a: Value, b: Value): boolean | undefined {
  return valuesEqual(normaliseRegion(a), normaliseRegion(b));
}

function normaliseRegion(value: Value): Value {
  return typeof value === 'string' ? value.toLowerCase().replace(/ /g, '') : value;
}

/**
 * Only a written `location` member can be replaced, and not in a loop body (the edit would move every instance,
 * whatever network each uses); the network must be in the same deployment for the reference to render.
 */
function fixFor(pe: Resource, vnet: Resource): Fix[] {
  const written = findMember(pe.body, 'location');
  if (!written || pe.loop || vnet.deployment !== pe.deployment) return [];
  return [
    {
      title: "Use the virtual network's location",
      actions: [{ kind: 'replaceValue', node: written.node, value: { kind: 'location', resource: vnet } }],
    },
  ];
}
