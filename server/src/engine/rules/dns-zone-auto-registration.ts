/** dns-zone-auto-registration: a virtual network link of a privatelink zone should not enable auto-registration. */
import { isKnownString } from '../evaluate/value';
import type { Resource } from '../model/model';
import { at, findMember } from '../model/navigate';
import type { ResourceGraph } from '../graph/resourceGraph';
import type { Knowledge } from '../knowledge/knowledge';
import type { RelatedInfo, Rule } from './framework/rule';
import { basedOn } from './support/basedOn';
import { PRIVATE_DNS_ZONE, VNET_LINK, isType } from './support/privateEndpoints';

export const dnsZoneAutoRegistration: Rule = {
  id: 'dns-zone-auto-registration',
  defaultLevel: 'warning',
  title: 'A virtual network link of a privatelink zone does not enable auto-registration.',
  check({ graph, knowledge, report }) {
    for (const link of graph.ofType(VNET_LINK)) {
      if (link.existing) continue;
      const zoneName = privateLinkZoneOf(link, graph, knowledge);
      if (!zoneName) continue;
      const properties = at(link.body, 'properties');
      const registration = at(properties, 'registrationEnabled');
      if (registration?.value !== true) continue;
      // Only a value written in the link's own properties can be replaced; a computed object is edited elsewhere.
      const written = properties?.members !== undefined && findMember(properties, 'registrationEnabled') !== undefined;
      report({
        at: registration.loc,
        message:
          `This link of private DNS zone '${zoneName}' enables auto-registration, which creates records for virtual machines only, never for ` +
          `private endpoints, and takes the network's one auto-registration slot for nothing: set registrationEnabled to false.`,
        basedOn: basedOn(registration),
        related: zoneLocation(link, graph),
        fixes: written
          ? [{ title: 'Set registrationEnabled to false', actions: [{ kind: 'replaceValue', node: registration, value: false }] }]
          : [],
      });
    }
  },
};

/**
 * The link's zone name when it is a privatelink zone: read from the declared parent zone, else from the first
 * segment of the link's own name (`zone/link`), which also covers zones declared elsewhere.
 */
function privateLinkZoneOf(link: Resource, graph: ResourceGraph, knowledge: Knowledge): string | undefined {
  const parent = graph.parentOf(link);
  const name =
    parent && isType(parent, PRIVATE_DNS_ZONE) ? parent.name : typeof link.name === 'string' ? link.name.split('/')[0] : undefined;
  if (!isKnownString(name) || !knowledge.isPrivateLinkZone(name)) return undefined;
  return name;
}

function zoneLocation(link: Resource, graph: ResourceGraph): RelatedInfo[] {
  const parent = graph.parentOf(link);
  return parent && isType(parent, PRIVATE_DNS_ZONE) ? [{ loc: parent.anchor, message: 'The private DNS zone of this link' }] : [];
}
