/** Explanation texts for the provider side: Private Link services, their load balancer, NAT addresses, exposure, proxy protocol, protocols and scale. */
import { FAQ, LEARN, type ExplanationSource } from './explanationSource';

export const SERVICE_TOPICS = {
  privateLinkService: {
    title: 'Private Link service',
    body: `
A Private Link service (\`Microsoft.Network/privateLinkServices\`) publishes your own application, running behind a
**Standard** load balancer, so that other networks can reach it through their private endpoints, without peering,
public addresses or shared address plans.

- It hangs off a frontend IP configuration of the load balancer and lives in the same region as that load balancer and
  its virtual network; consumers can be in any region and tenant.
- Consumers find it by resource id or by its **alias**, a read-only name of the form \`prefix.guid.region.azure.privatelinkservice\`.
- Traffic from consumers reaches your backends from the service's NAT addresses, taken from a subnet of your network.
- Endpoints that connect to it name no group id. Before deleting the service, remove or reject its connections.`,
    faqQuestions: [FAQ.whatIs, FAQ.serviceToManyEndpoints, FAQ.prerequisites],
    links: [LEARN.serviceOverview],
  },
  loadBalancerFrontendIpConfigurations: {
    title: 'loadBalancerFrontendIpConfigurations',
    body: `
The frontend of the load balancer the service sits on.

- The load balancer must use the **Standard** SKU; Basic (which is also what an absent SKU means) is not supported.
- The documented set-up is an **internal** frontend (a private address in a subnet).
- A frontend IP configuration serves one Private Link service; up to eight services can share a load balancer through
  different frontends.
- The backend pool behind it must be built from network interfaces, not from IP addresses.`,
    faqQuestions: [FAQ.whatIs, FAQ.prerequisites, FAQ.basicLoadBalancer],
    links: [LEARN.serviceOverview],
  },
  natIpConfigurations: {
    title: 'ipConfigurations (NAT IP addresses of the service)',
    summary:
      "The NAT IP addresses your backends see as the source of consumer traffic: at least one and at most eight, IPv4 only, from a subnet with `privateLinkServiceNetworkPolicies: 'Disabled'`.",
    body: `
These are the source addresses your backends see for consumer traffic: the platform translates each consumer
connection to one of them, which is why consumer and provider address spaces may overlap.

- At least one, at most **eight**; the last one cannot be removed.
- **IPv4** only.
- The subnet they come from must set \`privateLinkServiceNetworkPolicies: 'Disabled'\`.
- Each address gives every backend VM its own range of about 64,000 ports, so adding addresses adds connection capacity.`,
    faqQuestions: [FAQ.overlappingIpSpace, FAQ.scaling],
    links: [LEARN.serviceOverview],
  },
  visibility: {
    title: 'visibility (who can find the service)',
    body: `
\`visibility.subscriptions\` lists the subscriptions that can discover the service by alias and ask for a connection.
Learn describes three levels (the 2019 FAQ called them None, Restrictive and All):

- **Role-based access only**: only identities with permissions on the service can find it.
- **Restricted by subscription**: the listed subscriptions, plus role-based access.
- **Anyone with the alias**: every subscription.

In a template, we read no list as the first level, explicit subscription ids as the second and \`'*'\` as the third.
Microsoft's own Bicep modules document \`'*'\` that way; the Learn pages do not spell out the token. A list holds up to
100 subscriptions. Discovering the service does not approve a connection; see \`autoApproval\`.`,
    faqQuestions: [FAQ.exposure],
    links: [LEARN.serviceOverview],
  },
  autoApproval: {
    title: 'autoApproval (who is approved without review)',
    summary:
      'Connection requests from the subscriptions listed in `autoApproval.subscriptions` are approved without review; requests from any other subscription wait for the provider to approve them.',
    body: `
Connection requests from subscriptions in \`autoApproval.subscriptions\` are approved automatically; everyone else waits
for the provider to approve.

- It is a subset of \`visibility\`: a subscription that cannot see the service cannot be auto-approved either.
- \`'*'\` approves every subscription that can see the service, so combined with a visibility of \`'*'\` anyone holding the
  alias gets connected.
- Up to 100 subscriptions.`,
    faqQuestions: [FAQ.exposure],
    links: [LEARN.serviceOverview],
  },
  enableProxyProtocol: {
    title: 'enableProxyProtocol',
    summary:
      "With `enableProxyProtocol: true` each connection starts with a TCP PROXY protocol v2 header carrying the consumer's source address, which every backend behind the load balancer must then parse.",
    body: `
With \`enableProxyProtocol: true\` the service prepends a TCP PROXY protocol v2 header to each connection, carrying the
consumer's source address and the endpoint's link id (TLV type 0xEE), because the NAT address hides both.

- Your backends must parse the header; software that does not expect it sees malformed requests.
- The setting reaches every service that shares the load balancer's backend: give all of them the same value, or the
  health probes of some fail.`,
    links: [LEARN.serviceOverview],
  },
  scalingPrivateLinkService: {
    title: 'Scaling a Private Link service',
    body: `
Three levers, in the order you would normally pull them:

- Add **backend VMs** to the load balancer's pool.
- Add **NAT IP addresses** to the service, up to **eight**; each adds about 64,000 ports per backend VM.
- Add **more Private Link services** on the same Standard load balancer, each on its own frontend, up to **eight** per
  load balancer.

One service accepts up to 1,000 private endpoints (limits page of 2020; the number may have grown).`,
    faqQuestions: [FAQ.scaling],
    links: [LEARN.serviceOverview, LEARN.limits],
  },
  protocols: {
    title: 'Protocols through Private Link',
    body: `
A Private Link service carries **TCP and UDP** today. The 2019 FAQ and overview said "TCP only"; that changed, so
UDP load-balancing rules behind a service are fine.

- Traffic is **IPv4** only on the service side.
- Idle connections are dropped after about five minutes; use TCP keep-alives shorter than that.`,
    faqQuestions: [FAQ.prerequisites],
    links: [LEARN.serviceOverview],
  },
} satisfies Record<string, ExplanationSource>;
