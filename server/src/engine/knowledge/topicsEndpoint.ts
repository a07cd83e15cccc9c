/** Explanation texts for the consumer side: private endpoints, their connections, group ids, IP settings and the target's public access. */
import { FAQ, LEARN, type ExplanationSource } from './explanationSource';

export const ENDPOINT_TOPICS = {
  privateEndpoint: {
    title: 'Private endpoint',
    summary:
      'A private endpoint gives one target (an Azure resource, or a Private Link service) a private IP address in one of your subnets.',
    body: `
A private endpoint (\`Microsoft.Network/privateEndpoints\`) puts a network interface with a private IP address from one of
your subnets in front of a single target: a sub-resource of an Azure service (a storage account's \`blob\`, a SQL server …)
or a Private Link service that someone built for their own application.

- Clients in the virtual network, in peered networks and on premises (over VPN or ExpressRoute) reach the target through
  that private address; the platform manages the network interface, and its address does not change while the endpoint exists.
- The endpoint lives in the region and subscription of its virtual network; the target can sit in another region.
- Traffic flows only while the connection is **Approved**. Other states are Pending, Rejected and Disconnected; a rejected
  connection cannot be approved later, so the endpoint has to be recreated.
- Creating an endpoint does not shut the target's public endpoint. Turn public access off on the target as well.`,
    faqQuestions: [FAQ.whatIs],
    links: [LEARN.endpointOverview],
  },
  connectionCardinality: {
    title: 'How many endpoints, how many services',
    summary:
      'A private endpoint carries exactly one connection, to one target: for an Azure service, to one of its sub-resources (group ids).',
    body: `
- **One endpoint, one target.** Each private endpoint carries exactly one connection, to one service (and, for Azure
  services, one sub-resource). Reaching two services, or \`blob\` and \`file\` of one account, takes two endpoints.
- **One service, many endpoints.** A Private Link service or an Azure resource accepts connections from many endpoints,
  in many networks and subscriptions.
- **Many endpoints, one network.** Several endpoints can share a virtual network and even a subnet, each pointing at a
  different service.
- Where networks share one DNS setup, keep a single endpoint per target resource: two endpoints for the same name fight
  over the same DNS record.`,
    faqQuestions: [FAQ.serviceToManyEndpoints, FAQ.manyEndpointsSameService, FAQ.manyEndpointsSameVnet],
    links: [LEARN.endpointOverview],
  },
  privateLinkServiceConnections: {
    title: 'privateLinkServiceConnections (automatic approval)',
    body: `
Connections listed here ask to be approved on creation, without a human in the loop. That works when the identity that
deploys the endpoint may approve connections on the target (the \`…/privateEndpointConnectionsApproval/action\` permission),
or, for a Private Link service, when the consumer's subscription is in the service's \`autoApproval\` list.

- Use either this array or \`manualPrivateLinkServiceConnections\`, with exactly one connection in total.
- \`privateLinkServiceId\` is the target's resource id; \`groupIds\` names the one sub-resource for an Azure service and
  stays empty for a Private Link service.
- Without that permission on the target, put the connection in \`manualPrivateLinkServiceConnections\` and let the owner
  approve it.`,
    links: [LEARN.endpointOverview],
  },
  manualPrivateLinkServiceConnections: {
    title: 'manualPrivateLinkServiceConnections (manual approval)',
    body: `
A connection in this array is created as **Pending** and carries no traffic until the owner of the target approves it.

- Needed when you cannot approve on the target yourself: across Microsoft Entra tenants, when you connect to a Private
  Link service by its **alias** and your subscription is not auto-approved, or whenever the owner wants to review requests.
- \`requestMessage\` is shown to the approver; the platform accepts at most **140 characters**.
- A rejected request cannot be approved afterwards; delete the endpoint and create it again.
- Use either this array or \`privateLinkServiceConnections\`, with exactly one connection in total.`,
    faqQuestions: [FAQ.crossTenant],
    links: [LEARN.endpointOverview, LEARN.manageEndpoint],
  },
  groupIds: {
    title: 'groupIds (target sub-resource)',
    body: `
\`groupIds\` says which part of the target the endpoint connects to, for example \`blob\`, \`vault\`, \`sqlServer\` or \`Sql\`.

- For an Azure service, list **exactly one** id; the platform refuses more with \`OnlyOneGroupIdPermitted\`. Blob and file
  of the same account need two endpoints.
- Write the id as documented: the valid ids, and their casing, depend on the target's resource type.
- The id decides the private DNS zone the endpoint's records belong in (\`blob\` → \`privatelink.blob.core.windows.net\`).
- For a Private Link service built by a customer, leave it empty. For Application Gateway it is the name of one of the
  gateway's frontend IP configurations.`,
    links: [LEARN.endpointOverview, LEARN.dnsZoneValues],
  },
  customDnsConfigs: {
    title: 'customDnsConfigs',
    body: `
\`customDnsConfigs\` lists host names of the target together with the private IP addresses the endpoint serves them on.

- It is what you copy into a DNS server you run yourself when you do not use a private DNS zone group.
- Listing entries here does not create a record anywhere; resolution only changes when some DNS zone holds the records.
- With a \`privateDnsZoneGroups\` child the platform writes the records into the linked private zones for you.`,
    links: [LEARN.dnsIntegration],
  },
  staticIpConfigurations: {
    title: 'ipConfigurations (static private IP)',
    body: `
By default the endpoint takes free addresses from its subnet. \`properties.ipConfigurations\` (API version 2021-03-01 and
later) pins them instead.

- Each entry names \`groupId\`, \`memberName\` and \`privateIPAddress\`; some targets need one entry per member (Cosmos DB
  has one per region), and every required member must be covered.
- The address must lie inside the subnet and not be one of the five Azure keeps (the first four and the last).
- Static addresses are set when the endpoint is created; changing them later is not supported.
- Not available for endpoints to AKS, Application Gateway, HDInsight, Recovery Services vaults or Private Link services
  built by customers.`,
    links: [LEARN.manageEndpoint],
  },
  publicNetworkAccess: {
    title: 'Public access on the target',
    body: `
A private endpoint adds a private way in; it does not remove the public one. Until the target itself refuses public
traffic, anyone who could reach it before still can.

- Most services have \`properties.publicNetworkAccess\`; \`'Disabled'\` leaves only private endpoints (and, for some, trusted
  Azure services). A few use other switches: Automation takes a boolean, MySQL and PostgreSQL flexible servers nest it
  under \`properties.network\`, File Sync uses \`incomingTrafficPolicy\`.
- Storage accounts, Key Vault, Managed HSM, Azure AI services and Container Registry can also deny by default in their
  network rules (\`defaultAction: 'Deny'\`), which closes the public endpoint except for listed addresses.
- \`'SecuredByPerimeter'\` hands the decision to a network security perimeter.
- App Service and App Configuration once closed public access by themselves as soon as an endpoint existed; that has
  changed over time, so set the property explicitly instead of relying on it.`,
    links: [LEARN.endpointOverview],
  },
} satisfies Record<string, ExplanationSource>;
