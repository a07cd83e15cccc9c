/** Explanation texts for name resolution: private DNS zones, zone groups, virtual network links, auto-registration and subnet network policies. */
import { FAQ, LEARN, type ExplanationSource } from './explanationSource';

export const DNS_TOPICS = {
  privateDnsZoneGroups: {
    title: 'privateDnsZoneGroups',
    body: `
A zone group (\`Microsoft.Network/privateEndpoints/privateDnsZoneGroups\`, usually named \`default\`) ties the endpoint to
one or more private DNS zones. The platform then writes the endpoint's A records into those zones, and deletes them
again together with the endpoint.

- At most **one** zone group per endpoint, and at most **five** zones (\`privateDnsZoneConfigs\`) in it. Some services
  need several: Azure Monitor private link scopes use five, Data Explorer four.
- Records only land where clients look when the zones carry the recommended names for the endpoint's group id.
- Without a zone group (and without your own DNS records), clients keep resolving the target's public address.`,
    links: [LEARN.dnsIntegration, LEARN.dnsZoneValues],
  },
  privateDnsZoneId: {
    title: 'privateDnsZoneId',
    body: `
The resource id of the private DNS zone a zone config writes to. The zone's name has to be the one Azure documents for
the endpoint's sub-resource (for \`blob\`: \`privatelink.blob.core.windows.net\`).

- Another service's zone, a typo or an outdated name still deploys, but the records end up where no client asks for them.
- In Bicep, \`'privatelink.blob.\${environment().suffixes.storage}'\` keeps the name right in other Azure clouds.`,
    links: [LEARN.dnsZoneValues],
  },
  privateDnsZone: {
    title: 'Private DNS zone for Private Link',
    body: `
A \`privatelink.*\` zone (\`Microsoft.Network/privateDnsZones\`, location \`global\`) holds the private answers for a
service's names. The public name of the resource is redirected (CNAME) to its \`privatelink\` name, and inside linked
networks this zone answers with the endpoint's private address.

- Use one zone per name for the whole resolution domain (hub and spokes); a second zone of the same name splits the records.
- Once a network is linked, names of that service without a record in the zone stop resolving there, unless the
  link falls back to public resolution (\`resolutionPolicy: 'NxDomainRedirect'\`) or you add the record.
- On-premises DNS should forward the *public* zone (e.g. \`database.windows.net\`) to a resolver inside Azure, not the
  \`privatelink\` zone.`,
    links: [LEARN.dnsIntegration, LEARN.dnsZoneValues],
  },
  virtualNetworkLinks: {
    title: 'virtualNetworkLinks',
    body: `
A private DNS zone answers only inside virtual networks that are linked to it
(\`Microsoft.Network/privateDnsZones/virtualNetworkLinks\`, location \`global\`).

- Link the zone to every network whose clients must resolve the endpoint: in hub-and-spoke layouts, the hub and each spoke
  (or the network of the DNS resolver they use).
- A zone and a network can be linked only once; link names are unique inside the zone.`,
    links: [LEARN.vnetLinks],
  },
  registrationEnabled: {
    title: 'registrationEnabled on a privatelink zone link',
    body: `
Auto-registration writes records for virtual machines (their primary NIC) into the zone. It never registers private
endpoints, whose records come from the zone group.

- A virtual network can have auto-registration on for **one** zone only; spending it on a \`privatelink\` zone blocks the
  zone you may want for VM names.
- So links of \`privatelink\` zones set \`registrationEnabled: false\`.`,
    links: [LEARN.autoRegistration, LEARN.vnetLinks],
  },
  privateEndpointNetworkPolicies: {
    title: 'privateEndpointNetworkPolicies (subnet)',
    body: `
Decides whether network security groups and route tables apply to the private endpoints in this subnet; the setting
covers every endpoint in it.

- \`Disabled\` (the default): neither applies to endpoint traffic.
- \`Enabled\`: both apply.
- \`NetworkSecurityGroupEnabled\`: only NSG rules apply.
- \`RouteTableEnabled\`: only user-defined routes apply.

The last two joined the API enum in 2023-09-01. With routes applied, a user-defined route can take over from the /32
route the endpoint adds; the Learn page below explains which prefixes qualify.`,
    faqQuestions: [FAQ.endpointDedicatedSubnet],
    links: [LEARN.endpointNetworkPolicies],
  },
  privateLinkServiceNetworkPolicies: {
    title: 'privateLinkServiceNetworkPolicies (subnet)',
    body: `
Only matters for subnets that supply the NAT (source) IP addresses of a Private Link service.

- It defaults to \`Enabled\`, and a Private Link service cannot take its NAT addresses from such a subnet: set
  \`'Disabled'\` there.
- It does not affect private endpoints (that is \`privateEndpointNetworkPolicies\`) or other resources in the subnet, so
  the subnet does not have to be dedicated to the service.`,
    faqQuestions: [FAQ.serviceDedicatedSubnet],
    links: [LEARN.serviceNetworkPolicies],
  },
} satisfies Record<string, ExplanationSource>;
