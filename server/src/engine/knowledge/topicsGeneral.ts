/** Explanation texts for questions that span both sides: service endpoints, data privacy, overlapping addresses, regions and tenants, subnets. */
import { FAQ, LEARN, type ExplanationSource } from './explanationSource';

export const GENERAL_TOPICS = {
  serviceEndpoints: {
    title: 'Service endpoints and private endpoints',
    body: `
Two separate features that can be used side by side; service endpoints are not being retired.

- A **service endpoint** (\`serviceEndpoints\` on a subnet) lets the service recognise traffic as coming from your subnet.
  The service is still addressed on its public IP, and you restrict it to your networks in the service's firewall.
- A **private endpoint** gives one specific resource a private IP address in your network, reachable from peered networks
  and from on premises as well.
- A subnet may carry both. (Early quickstarts said otherwise; current documentation has no such restriction.)`,
    faqQuestions: [FAQ.serviceEndpointDifference, FAQ.serviceEndpointDifferenceLower, FAQ.serviceEndpointDeprecated],
    links: [LEARN.serviceEndpoints],
  },
  dataPrivacy: {
    title: 'Where Private Link traffic travels',
    body: `
Traffic between a private endpoint and its service runs over Microsoft's own network backbone; it does not cross the
public internet.

- That is about the path, not about who may connect: the target's public endpoint stays open until you disable it.
- Encryption in transit (TLS) is still up to the client and the service.`,
    faqQuestions: [FAQ.alwaysPrivate, FAQ.offInternet],
    links: [LEARN.endpointOverview],
  },
  overlappingAddressSpace: {
    title: 'Overlapping address spaces',
    body: `
Provider and consumers do not need distinct address plans. A consumer talks to an address in its own network (the
private endpoint), and the provider's backends see connections arriving from the service's NAT addresses in the
provider's network, so the two spaces never meet.

- Because the backends only see NAT addresses, turn on \`enableProxyProtocol\` if they need the original source.`,
    faqQuestions: [FAQ.overlappingIpSpace],
    links: [LEARN.serviceOverview],
  },
  crossRegionAndTenant: {
    title: 'Across regions and tenants',
    body: `
- **Regions:** the endpoint must be in the region of its own virtual network, but its target (an Azure resource or a
  Private Link service) may be in any other region. A Private Link service, in turn, lives in the region of its load
  balancer. (IPv6 endpoints, in preview, are limited to one region.)
- **Tenants:** an endpoint can connect to a service or resource in another Microsoft Entra tenant. Such a request cannot
  be approved from your side, so it goes in \`manualPrivateLinkServiceConnections\` and waits for the owner.`,
    faqQuestions: [FAQ.crossTenant, FAQ.crossRegion],
    links: [LEARN.endpointOverview, LEARN.serviceOverview],
  },
  dedicatedSubnets: {
    title: 'Subnets for private endpoints and Private Link services',
    body: `
Neither needs a subnet of its own.

- Private endpoints can share any ordinary subnet of their network, with each other and with other workloads.
- A Private Link service takes its NAT addresses from any subnet of its network that sets
  \`privateLinkServiceNetworkPolicies: 'Disabled'\`.
- Exceptions are subnets reserved for something else: never \`GatewaySubnet\`; avoid the firewall, Bastion and Route
  Server subnets; and a delegated subnet may refuse endpoints, depending on the delegating service.`,
    faqQuestions: [FAQ.serviceDedicatedSubnet, FAQ.endpointDedicatedSubnet, FAQ.manyEndpointsSameVnet],
    links: [LEARN.endpointOverview, LEARN.serviceNetworkPolicies],
  },
} satisfies Record<string, ExplanationSource>;
