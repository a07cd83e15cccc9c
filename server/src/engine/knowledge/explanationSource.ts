/** Shared pieces of the explanation texts: the FAQ address, the other Learn pages they cite, and the shape a topic file writes. */

export const FAQ_URL = 'https://learn.microsoft.com/azure/private-link/private-link-faq';

/** Other Microsoft Learn pages the explanations point to. */
export const LEARN = {
  endpointOverview: {
    title: 'What is a private endpoint?',
    url: 'https://learn.microsoft.com/azure/private-link/private-endpoint-overview',
  },
  serviceOverview: {
    title: 'What is Azure Private Link service?',
    url: 'https://learn.microsoft.com/azure/private-link/private-link-service-overview',
  },
  dnsZoneValues: { title: 'Private endpoint DNS zone values', url: 'https://learn.microsoft.com/azure/private-link/private-endpoint-dns' },
  dnsIntegration: {
    title: 'Private endpoint DNS integration',
    url: 'https://learn.microsoft.com/azure/private-link/private-endpoint-dns-integration',
  },
  manageEndpoint: { title: 'Manage private endpoints', url: 'https://learn.microsoft.com/azure/private-link/manage-private-endpoint' },
  endpointNetworkPolicies: {
    title: 'Network policies for private endpoints',
    url: 'https://learn.microsoft.com/azure/private-link/disable-private-endpoint-network-policy',
  },
  serviceNetworkPolicies: {
    title: 'Disable network policies for Private Link service source IP',
    url: 'https://learn.microsoft.com/azure/private-link/disable-private-link-service-network-policy',
  },
  vnetLinks: {
    title: 'Private DNS zone virtual network links',
    url: 'https://learn.microsoft.com/azure/dns/private-dns-virtual-network-links',
  },
  autoRegistration: { title: 'Private DNS auto-registration', url: 'https://learn.microsoft.com/azure/dns/private-dns-autoregistration' },
  serviceEndpoints: {
    title: 'Virtual network service endpoints',
    url: 'https://learn.microsoft.com/azure/virtual-network/virtual-network-service-endpoints-overview',
  },
  limits: {
    title: 'Private Link limits',
    url: 'https://learn.microsoft.com/azure/azure-resource-manager/management/azure-subscription-service-limits#private-link-limits',
  },
} as const;

export interface LearnLink {
  readonly title: string;
  readonly url: string;
}

/** What a topic file writes: the body without links; `explanation()` adds the link lines. */
export interface ExplanationSource {
  readonly title: string;
  /** One or two sentences for the hover, when the body's first sentence does not stand alone. */
  readonly summary?: string;
  readonly body: string;
  /** FAQ questions (verbatim `###` headings of private-link-faq.md) this topic answers. */
  readonly faqQuestions?: readonly string[];
  readonly links?: readonly LearnLink[];
}

/**
 * The questions of the seed FAQ (`private-link-faq.md`, 2019), verbatim, typos included, so topics and
 * docs/faq-coverage.md can name them and a test can compare them with the file.
 */
export const FAQ = {
  whatIs: 'What is Azure Private Link service and Private Endpoint?',
  serviceToManyEndpoints: 'Can I connect my service to multiple Private Endpoints?',
  alwaysPrivate: 'Is my data over Private Link always private?',
  serviceEndpointDifference: 'What is the difference between a VNet Service Endpoint and a Private Endpoint?',
  manyEndpointsSameService: 'Can I have multiple Private Endpoints to the same service?',
  offInternet: 'Does the data always stay off internet?',
  serviceEndpointDifferenceLower: 'What is the difference between a VNet service endpoint and a private endpoint?',
  serviceEndpointDeprecated: 'Will VNet service endpoints be deprecated once Private Endpoints are available?',
  overlappingIpSpace:
    'I am a service provider using Azure Private Link. Do I need to make sure all my customers have unique IP space and don’t overlap with my IP space?',
  prerequisites: 'What are the pre-requisites for creating a Private Link service?',
  scaling: 'How can I scale my Private Link service?',
  exposure: 'How should I control the exposure of my Private Link service?',
  basicLoadBalancer: 'Can I create a Private Link service with Basic Load Balancer?',
  serviceDedicatedSubnet: 'Is a dedicated subnet required for Private Link service?',
  manyEndpointsSameVnet: 'CanI create multiple Private Endpoints in same VNet? Can they connect to different Services?',
  endpointDedicatedSubnet: 'Do I require a dedicated subnet for private endpoints?',
  crossTenant: 'Can Private Endpoint connect to Private Link service across Azure Active Directory Tenants?',
  crossRegion: 'Can private endpoint connect to Azure PaaS resources across Azure regions?',
} as const;
