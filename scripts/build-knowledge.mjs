// Reshapes ../shared/data/private-endpoint-services.json into the compact per-service table the engine ships
// (server/src/engine/knowledge/services.json), checking the data and applying the documented corrections below.
//
// Usage: node scripts/build-knowledge.mjs            write services.json
//        node scripts/build-knowledge.mjs --stdout   print it instead (the tests compare this with the committed file)
//        node scripts/build-knowledge.mjs --check    exit 1 when the committed file is out of date
// services.json is committed because users and CI-less machines have no ../shared.
// An anomaly in the source that no correction below accounts for stops the build: new data must be reviewed.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sourcePath = join(root, '..', 'shared', 'data', 'private-endpoint-services.json');
const targetPath = join(root, 'server', 'src', 'engine', 'knowledge', 'services.json');
const PLACEHOLDERS = ['regionName', 'regionCode', 'region', 'dnsPrefix', 'partitionId', 'subzone'];
const PLS_TYPE = 'microsoft.network/privatelinkservices';

// ---------------------------------------------------------------------------------------------------------
// Corrections. Each entry says why; keys are lower-cased resource types.

/** Display names where joining the source's `displayNames` reads badly. */
const DISPLAY_NAMES = {
  'microsoft.storage/storageaccounts': 'Azure Storage account',
  'microsoft.network/privatelinkservices': 'Private Link service',
};

/**
 * Group ids the source lists without a public-cloud zone. Either we add the zone (with the reason) or we keep the
 * list empty and record why, so that rules treat "no zone" as "not known" and stay silent instead of guessing.
 */
const ZONE_FIXES = {
  'microsoft.storage/storageaccounts': {
    // Every other *_secondary sub-resource of a storage account uses its primary's zone, and the US Gov / China
    // tables list file_secondary next to file; without a zone a correct template would be flagged (facts §10.8).
    file_secondary: { add: ['privatelink.file.core.windows.net'] },
  },
  'microsoft.healthcareapis/services': { fhir: { unknown: 'No zone row for Azure API for FHIR in the DNS table read.' } },
  'microsoft.videoindexer/accounts': { account: { unknown: 'No zone row for Video Indexer in the DNS table read.' } },
  'microsoft.logic/integrationaccounts': { integrationAccount: { unknown: 'No zone row for integration accounts in the DNS table read.' } },
  'microsoft.maps/accounts': { mapsAccount: { unknown: 'Group id comes from Azure Policy only; the zone name is not documented.' } },
  'microsoft.aadiam/privatelinkforazuread': {
    azureactivedirectory: { unknown: 'The zone is a policy parameter; not documented in the DNS table.' },
  },
};

/**
 * Zones the source lists as recommended that the facts file says must NOT be created as zones of their own
 * (DNS-14): their records are written into the parent zone. Moved to the legacy/alternate list with the reason,
 * so a zone group pointing at them is reported (zoneFit 'legacy') while the rule can explain why.
 */
const NOT_SEPARATE_ZONES = {
  'microsoft.containerregistry/registries': {
    registry: {
      zone: '{regionName}.data.privatelink.azurecr.io',
      why: 'Data-endpoint records belong in privatelink.azurecr.io; do not create this as a separate zone (facts DNS-14).',
    },
  },
  'microsoft.web/sites': {
    sites: {
      zone: 'scm.privatelink.azurewebsites.net',
      why: 'The SCM (Kudu) record belongs in privatelink.azurewebsites.net; do not create this as a separate zone (facts DNS-14).',
    },
  },
};

/** Group ids that follow a shape instead of a fixed list. */
const GROUP_ID_PATTERNS = {
  // Deployment slots are reached through the site with groupId 'sites-<slot name>' (Azure samples and AVM usage);
  // the source leaves this unverified, and flagging it as invalid would be wrong for every slot endpoint.
  'microsoft.web/sites': [{ pattern: 'sites-{slotName}', zones: ['privatelink.azurewebsites.net'] }],
  // Two Microsoft docs disagree ('cluster' vs 'gateway'/'headnode'): accept both rather than flag working templates.
  'microsoft.hdinsight/clusters': [{ pattern: 'cluster', zones: ['privatelink.azurehdinsight.net'] }],
};

/**
 * How a type's group ids are known. 'listed' (default): the data's list is authoritative.
 * 'frontendIpConfigurationName': Application Gateway takes the name of one of its frontend IP configurations.
 * 'unverified': the exact string was never verified; rules must not judge group ids for this type.
 * 'none': a customer Private Link service, where group ids must be empty (PE-4).
 */
const GROUP_ID_KIND = {
  'microsoft.network/applicationgateways': 'frontendIpConfigurationName',
  'microsoft.web/hostingenvironments': 'unverified',
  'microsoft.network/privatelinkservices': 'none',
};

/** Public-access entries we do not ship, with the reason (the rule then stays silent for the type). */
const DROP_PUBLIC_ACCESS = {
  // accessModeSettings decide which resources clients behind the endpoint may reach, not whether the internet
  // reaches the scope; the data note calls its reading an interpretation. Public access of an AMPLS is set on each
  // scoped component/workspace (publicNetworkAccessForIngestion / ForQuery).
  'microsoft.insights/privatelinkscopes':
    'Public access is set on each scoped Application Insights component and Log Analytics workspace, not on the scope.',
  // Retired service; the path is inferred from a deprecated policy alias and absent from the REST specs read.
  'microsoft.media/mediaservices': 'Azure Media Services is retired and its switch was never verified against the REST spec.',
};

/**
 * What an absent switch means. Default 'open': publicNetworkAccess-style switches default to Enabled, and a private
 * endpoint alone never closes public access (PE-18). Each exception names the documentation it rests on.
 */
const WHEN_ABSENT = {
  // The public data endpoint of a managed instance is off unless enabled.
  'microsoft.sql/managedinstances': { means: 'closed' },
  // Defaults of both cluster flags were not read in a source.
  'microsoft.dbforpostgresql/servergroupsv2': { means: 'unknown' },
  // App Service: "If the setting isn't set (the property is null), the default behavior is to enable access unless a
  // private endpoint exists which changes the behavior to disable access." The rule only looks at targets that have
  // an endpoint, so an absent value means closed there (an explicit 'Enabled' keeps both paths open).
  'microsoft.web/sites': {
    means: 'closed',
    source: 'https://learn.microsoft.com/azure/app-service/overview-access-restrictions#app-access',
  },
  // The spec describes the property as controlling public traffic "while private endpoint is enabled", and the
  // service closed public access once an endpoint existed (azure-docs #54829, Azure/AppConfiguration #514).
  'microsoft.appconfiguration/configurationstores': { means: 'unknown' },
};

/** Types whose public endpoint answers 403 to everyone once a private endpoint exists, whatever the switch says. */
const CLOSED_BY_PRIVATE_ENDPOINT = {
  'microsoft.web/staticsites': {
    description: 'a static web app with a private endpoint answers public callers with 403',
    source: 'https://learn.microsoft.com/azure/static-web-apps/private-endpoint',
  },
};

/**
 * The services' own ways of closing public access or limiting it to listed sources, besides the switch and the
 * network ACL default action below. A target for which one of them holds is not open to everyone, so the rule stays
 * silent ('undecided' too: the documentation does not say what the setting does on its own). Conditions read the
 * resource body, or a child resource (`childType`, `childName`); see SettingCondition in knowledge.ts.
 */
const EVENT_HUBS_STYLE_RULE_SETS = (childType, source) => [
  {
    effect: 'closed',
    childType,
    childName: 'default',
    when: { equals: ['properties', 'publicNetworkAccess'], values: ['Disabled'] },
    description: 'its networkRuleSets child disables public network access',
    source,
  },
  {
    effect: 'undecided',
    childType,
    childName: 'default',
    when: { equals: ['properties', 'publicNetworkAccess'], values: ['SecuredByPerimeter'] },
    description: 'its networkRuleSets child hands public access to a network security perimeter',
    source,
  },
  // "If there are no IP and virtual network rules, all the traffic flows into the namespace even if you set the
  // defaultAction to deny": Deny counts only with at least one rule.
  {
    effect: 'restricted',
    childType,
    childName: 'default',
    when: {
      all: [
        { equals: ['properties', 'defaultAction'], values: ['Deny'] },
        { any: [{ listed: ['properties', 'ipRules'], address: 'ipMask' }, { listed: ['properties', 'virtualNetworkRules'] }] },
      ],
    },
    description: 'its networkRuleSets child denies by default and lists the IP ranges or subnets it admits',
    source,
  },
];
const APP_SERVICE_SITE_RESTRICTIONS = (prefix, childType, childName) => {
  const source = 'https://learn.microsoft.com/azure/app-service/overview-access-restrictions#unmatched-rule';
  const where = childType ? 'its web config child' : 'siteConfig';
  return [
    // "If there are no rules, the unmatched rule behavior is to allow all access, but if one or more rules exists it
    // implicitly changes to deny all access. You can explicitly configure this behavior."
    {
      effect: 'restricted',
      childType,
      childName,
      when: { equals: [...prefix, 'ipSecurityRestrictionsDefaultAction'], values: ['Deny'] },
      description: `${where} denies requests that match no access restriction`,
      source,
    },
    {
      effect: 'restricted',
      childType,
      childName,
      when: {
        all: [
          { absent: [...prefix, 'ipSecurityRestrictionsDefaultAction'] },
          { listed: [...prefix, 'ipSecurityRestrictions'], address: 'ipAddress' },
        ],
      },
      description: `${where} lists access restrictions, so requests that match none are denied`,
      source,
    },
  ];
};
const PUBLIC_ACCESS_LIMITS = {
  'microsoft.containerservice/managedclusters': [
    {
      effect: 'closed',
      when: { equals: ['properties', 'apiServerAccessProfile', 'enablePrivateCluster'], values: [true] },
      description: 'the cluster is private: its API server has internal addresses only',
      source: 'https://learn.microsoft.com/azure/aks/private-clusters',
    },
    {
      effect: 'restricted',
      when: { listed: ['properties', 'apiServerAccessProfile', 'authorizedIPRanges'] },
      description: 'the API server admits only its authorized IP ranges',
      source: 'https://learn.microsoft.com/azure/aks/api-server-authorized-ip-ranges',
    },
  ],
  'microsoft.documentdb/databaseaccounts': [
    {
      effect: 'restricted',
      when: { listed: ['properties', 'ipRules'], address: 'ipAddressOrRange' },
      description: 'its IP firewall admits only the listed addresses',
      source: 'https://learn.microsoft.com/azure/cosmos-db/how-to-configure-firewall',
    },
    // API versions before 2020-04-01 wrote the IP firewall as one comma-separated string.
    {
      effect: 'restricted',
      when: { listed: ['properties', 'ipRangeFilter'] },
      description: 'its IP firewall admits only the listed addresses',
      source: 'https://learn.microsoft.com/azure/cosmos-db/how-to-configure-firewall#configure-ip-firewall-arm',
    },
    {
      effect: 'restricted',
      when: { equals: ['properties', 'isVirtualNetworkFilterEnabled'], values: [true] },
      description: 'its virtual network filter admits only listed subnets (and IP rules)',
      source: 'https://learn.microsoft.com/azure/cosmos-db/how-to-configure-vnet-service-endpoint',
    },
  ],
  'microsoft.search/searchservices': [
    {
      effect: 'restricted',
      when: { listed: ['properties', 'networkRuleSet', 'ipRules'], address: 'value' },
      description: 'its firewall admits only the listed IP ranges',
      source: 'https://learn.microsoft.com/azure/search/service-configure-firewall',
    },
    // A bypass for trusted services only means something with the firewall on; what it does without IP rules is
    // not documented, so assume nothing.
    {
      effect: 'undecided',
      when: { equals: ['properties', 'networkRuleSet', 'bypass'], values: ['AzureServices', 'AzurePortal'] },
      description: 'its firewall lets trusted services bypass it',
      source: 'https://learn.microsoft.com/azure/search/service-configure-firewall',
    },
  ],
  'microsoft.eventhub/namespaces': EVENT_HUBS_STYLE_RULE_SETS(
    'Microsoft.EventHub/namespaces/networkRuleSets',
    'https://learn.microsoft.com/azure/event-hubs/event-hubs-ip-filtering',
  ),
  'microsoft.servicebus/namespaces': EVENT_HUBS_STYLE_RULE_SETS(
    'Microsoft.ServiceBus/namespaces/networkRuleSets',
    'https://learn.microsoft.com/azure/service-bus-messaging/service-bus-ip-filtering',
  ),
  // Relay's IP firewall page does not repeat Event Hubs' warning about Deny without rules: Deny counts alone.
  'microsoft.relay/namespaces': [
    {
      effect: 'closed',
      childType: 'Microsoft.Relay/namespaces/networkRuleSets',
      childName: 'default',
      when: { equals: ['properties', 'publicNetworkAccess'], values: ['Disabled'] },
      description: 'its networkRuleSets child disables public network access',
      source: 'https://learn.microsoft.com/azure/azure-relay/ip-firewall-virtual-networks',
    },
    {
      effect: 'restricted',
      childType: 'Microsoft.Relay/namespaces/networkRuleSets',
      childName: 'default',
      when: { equals: ['properties', 'defaultAction'], values: ['Deny'] },
      description: 'its networkRuleSets child denies by default',
      source: 'https://learn.microsoft.com/azure/azure-relay/ip-firewall-virtual-networks',
    },
  ],
  'microsoft.eventgrid/topics': [
    {
      effect: 'restricted',
      when: { listed: ['properties', 'inboundIpRules'], address: 'ipMask' },
      description: 'its IP firewall admits only the listed addresses',
      source: 'https://learn.microsoft.com/azure/event-grid/configure-firewall',
    },
  ],
  'microsoft.eventgrid/domains': [
    {
      effect: 'restricted',
      when: { listed: ['properties', 'inboundIpRules'], address: 'ipMask' },
      description: 'its IP firewall admits only the listed addresses',
      source: 'https://learn.microsoft.com/azure/event-grid/configure-firewall',
    },
  ],
  'microsoft.web/sites': [
    ...APP_SERVICE_SITE_RESTRICTIONS(['properties', 'siteConfig']),
    ...APP_SERVICE_SITE_RESTRICTIONS(['properties'], 'Microsoft.Web/sites/config', 'web'),
    {
      effect: 'closed',
      childType: 'Microsoft.Web/sites/config',
      childName: 'web',
      when: { equals: ['properties', 'publicNetworkAccess'], values: ['Disabled'] },
      description: 'its web config child disables public network access',
      source: 'https://learn.microsoft.com/azure/app-service/overview-access-restrictions#app-access',
    },
    {
      effect: 'closed',
      when: { equals: ['properties', 'siteConfig', 'publicNetworkAccess'], values: ['Disabled'] },
      description: 'siteConfig disables public network access',
      source: 'https://learn.microsoft.com/azure/app-service/overview-access-restrictions#app-access',
    },
  ],
};

/** Values that neither open nor close public access provably: another control decides. Rules stay silent. */
const UNDECIDED_VALUES = {
  'microsoft.web/sites': [''],
};
// Network Security Perimeter: public traffic is governed by the perimeter's rules, which we do not evaluate.
const PERIMETER_VALUE = 'SecuredByPerimeter';

/**
 * Types where a network ACL with defaultAction 'Deny' closes public access as well (pe-target-public-access accepts
 * either). Storage: the account firewall's default action; Key Vault: facts §8.7 and the data note name it as the
 * alternative; Managed HSM: the data's alsoSet and the Azure Policy that uses it instead; Cognitive Services: the
 * data cites the "Azure AI Services NetworkAcls" policy, which accepts a Deny ACL as restricted; Container Registry:
 * the registry firewall (Premium) is networkRuleSet.defaultAction. Other types' firewalls are children (Event Hubs,
 * Service Bus) or carry no single default action (Cosmos DB, AI Search): PUBLIC_ACCESS_LIMITS describes those.
 */
const NETWORK_ACL_DENY = {
  'microsoft.storage/storageaccounts': ['properties', 'networkAcls', 'defaultAction'],
  'microsoft.keyvault/vaults': ['properties', 'networkAcls', 'defaultAction'],
  'microsoft.keyvault/managedhsms': ['properties', 'networkAcls', 'defaultAction'],
  'microsoft.cognitiveservices/accounts': ['properties', 'networkAcls', 'defaultAction'],
  'microsoft.containerregistry/registries': ['properties', 'networkRuleSet', 'defaultAction'],
};
/** `alsoSet` entries of the source that are alternatives (covered by NETWORK_ACL_DENY), not extra requirements. */
const ALSO_SET_IS_ALTERNATIVE = { 'microsoft.keyvault/managedhsms': ['properties.networkAcls.defaultAction'] };

/**
 * SKU requirements (pe-target-sku). Storage is deliberately absent: the source's "GPv2 only" sentence comes without
 * an ARM kind ("kind mapping inferred"), and premium BlockBlobStorage / FileStorage accounts take private endpoints
 * too, so any kind list would flag correct templates. It stays a note.
 */
const SKU_REQUIREMENTS = {
  'microsoft.containerregistry/registries': {
    path: ['sku', 'name'],
    allowed: ['Premium'],
    fixValue: 'Premium',
    description: 'Private endpoints need the Premium registry SKU.',
    // The SKU page lists private link with private endpoints among the Premium-only features.
    documentation: ['https://learn.microsoft.com/azure/container-registry/container-registry-skus'],
  },
  'microsoft.appconfiguration/configurationstores': {
    path: ['sku', 'name'],
    disallowed: ['Free'],
    fixValue: 'Standard',
    description: 'The Free tier does not support private endpoints.',
    // The FAQ ("Which App Configuration tier should I use?") names Private Link support among the Standard tier's
    // security features; the built-in policy "App Configuration should use a SKU that supports private link" flags 'Free'.
    documentation: [
      'https://learn.microsoft.com/azure/azure-app-configuration/faq',
      'https://github.com/Azure/azure-policy/blob/master/built-in-policies/policyDefinitions/App%20Configuration/PrivateLink_AllowedSku_Audit.json',
    ],
  },
  'microsoft.servicebus/namespaces': {
    path: ['sku', 'name'],
    allowed: ['Premium'],
    fixValue: 'Premium',
    description: 'Private endpoints need the Premium tier.',
    // "This feature is supported with the premium tier of Azure Service Bus."
    documentation: ['https://learn.microsoft.com/azure/service-bus-messaging/private-link-service'],
  },
};
const SKU_NOT_SHIPPED = ['microsoft.storage/storageaccounts'];

/** Short notes for hovers, in our words (the source's notes are provenance, not product text). */
const NOTES = {
  'microsoft.storage/storageaccounts': [
    'Each sub-resource (blob, file, dfs, …) needs its own private endpoint and zone.',
    'The docs say private endpoints need a general-purpose v2 account.',
  ],
  'microsoft.kusto/clusters': ['An endpoint uses four zones (cluster, blob, queue, table); a zone group holds at most five.'],
  'microsoft.insights/privatelinkscopes': [
    'An endpoint uses five zones, the most a zone group can hold.',
    'Close public access on each scoped workspace and component.',
  ],
  'microsoft.containerregistry/registries': ['Regional data-endpoint records go into privatelink.azurecr.io.', 'Requires the Premium SKU.'],
  'microsoft.web/sites': ['The SCM record goes into privatelink.azurewebsites.net.', "Deployment slots use group id 'sites-<slot name>'."],
  'microsoft.sql/managedinstances': ['publicDataEndpointEnabled controls the optional public data endpoint.'],
  'microsoft.documentdb/databaseaccounts': ["Group ids are case-sensitive as documented: 'Sql', 'MongoDB', …"],
  'microsoft.cache/redisenterprise': ['Redis Enterprise and Azure Managed Redis use different zones; both are accepted.'],
  'microsoft.devices/iothubs': ['privatelink.servicebus.windows.net serves the built-in Event Hubs-compatible endpoint.'],
  'microsoft.compute/diskaccesses': ['Public access is closed on each disk (networkAccessPolicy AllowPrivate + diskAccessId).'],
  'microsoft.network/applicationgateways': [
    "The group id is the name of one of the gateway's frontend IP configurations.",
    'Static IP endpoints are not supported.',
  ],
  'microsoft.web/hostingenvironments': ["The group id string is unverified (likely 'hostingEnvironments')."],
  'microsoft.logic/integrationaccounts': ['Private endpoints are documented for Premium integration accounts.'],
  'microsoft.network/privatelinkservices': [
    'Group ids must be empty; DNS is up to the provider.',
    'Connecting by alias needs manual approval unless the subscription is auto-approved.',
  ],
  'microsoft.containerservice/managedclusters': ['Static IP endpoints are not supported.'],
  'microsoft.hdinsight/clusters': ['Static IP endpoints are not supported.'],
  'microsoft.recoveryservices/vaults': ['Static IP endpoints are not supported.'],
  'microsoft.automation/automationaccounts': ['publicNetworkAccess is a boolean here: false closes it.'],
  'microsoft.maps/accounts': ['publicNetworkAccess exists in preview API versions only.'],
  'microsoft.iotcentral/iotapps': ['publicNetworkAccess exists in preview API versions only.'],
};

/**
 * Group ids whose endpoint needs every one of its listed zones in its zone group (pe-dns-zone-group-incomplete).
 * Elsewhere several zones of one group id are alternatives (Cognitive Services kinds, AKS subzones, Redis Enterprise
 * vs Managed Redis) or optional (DICOM), so only groups documented as needing all of them are listed.
 */
const ZONES_ALL_NEEDED = {
  // Azure Monitor's "Configure your private link" page lists the five zones the endpoint writes records into, and
  // the DNS table gives the same five for group id azuremonitor: a missing one leaves those names public.
  'microsoft.insights/privatelinkscopes': ['azuremonitor'],
};

/**
 * Public names (the DNS table's conditional-forwarder column) that some services legitimately use as private DNS
 * zone names, without private endpoints: dns-zone-public-name must not report them.
 */
const PUBLIC_ZONE_LEGITIMATE = {
  // API Management in internal virtual network mode registers none of its azure-api.net names publicly; its docs
  // have the customer create records for them in their own DNS (a private zone named azure-api.net is one way).
  'azure-api.net': 'API Management in internal virtual network mode resolves its azure-api.net names through DNS the customer provides.',
};

/**
 * The facts behind the rules of the second catalog (rules.md, "Added in the second catalog"), each with the
 * Microsoft documentation it was checked against. Shipped in the table so that a rule's claim and its source stay
 * together; the rule pages cite the same links.
 */
const RULE_FACTS = {
  'pe-subnet-nsg-policies': {
    fact: "privateEndpointNetworkPolicies decides whether a subnet's network security group and route table apply to the private endpoints in it; absent, it is 'Disabled' (neither applies). 'NetworkSecurityGroupEnabled' applies only the NSG, 'RouteTableEnabled' only the routes, 'Enabled' both.",
    sources: [
      'https://learn.microsoft.com/azure/private-link/disable-private-endpoint-network-policy',
      'https://learn.microsoft.com/azure/templates/microsoft.network/virtualnetworks/subnets',
    ],
  },
  'pe-dfs-needs-blob': {
    fact: 'With a private endpoint for the Data Lake Storage (dfs) sub-resource, one for blob is needed too: operations sent to the dfs endpoint may be redirected to the blob endpoint.',
    sources: ['https://learn.microsoft.com/azure/storage/common/storage-private-endpoints'],
  },
  'dns-zone-public-name': {
    fact: "Private endpoint records belong in the service's privatelink zone; the public zone (e.g. blob.core.windows.net) is what on-premises conditional forwarders target. A private zone named like the public zone answers for every name under it in the linked networks, and names without a record there do not resolve.",
    sources: [
      'https://learn.microsoft.com/azure/private-link/private-endpoint-dns',
      'https://learn.microsoft.com/azure/private-link/private-endpoint-dns-integration',
    ],
  },
  'pe-connection-target-missing': {
    fact: 'privateLinkServiceId (the resource id of the target service or Private Link service) is required in every privateLinkServiceConnections and manualPrivateLinkServiceConnections entry.',
    sources: ['https://learn.microsoft.com/azure/templates/microsoft.network/privateendpoints'],
  },
  'pe-dns-zone-group-incomplete': {
    fact: 'An Azure Monitor private link scope endpoint (group id azuremonitor) uses five zones: privatelink.monitor.azure.com, privatelink.oms.opinsights.azure.com, privatelink.ods.opinsights.azure.com, privatelink.agentsvc.azure-automation.net and privatelink.blob.core.windows.net.',
    sources: [
      'https://learn.microsoft.com/azure/azure-monitor/logs/private-link-configure',
      'https://learn.microsoft.com/azure/private-link/private-endpoint-dns',
    ],
  },
};

/**
 * The facts behind the hints of the private endpoint hover: lines that name something the template cannot settle
 * (so never a finding), with the Microsoft documentation each was checked against. Keyed by the hint's id.
 */
const HINT_FACTS = {
  'custom-dns-servers': {
    fact: 'A private DNS zone answers queries that reach Azure DNS (168.63.129.16) from a virtual network linked to the zone. A network with custom DNS servers (dhcpOptions.dnsServers) sends its clients to those servers, so they see the zone only if the servers forward to Azure DNS from a linked network; otherwise the service names resolve to public addresses.',
    sources: [
      'https://learn.microsoft.com/azure/private-link/private-endpoint-dns-integration',
      'https://learn.microsoft.com/azure/virtual-network/virtual-networks-name-resolution-for-vms-and-role-instances#name-resolution-that-uses-your-own-dns-server',
    ],
  },
};

// ---------------------------------------------------------------------------------------------------------

const problems = []; // anomalies no correction accounts for: fatal
const handled = []; // anomalies found and corrected: printed for review
const lc = (s) => s.toLowerCase();
const pathArray = (p) => p.split('.');
const normalizeZone = (z) => z.replace(/\{[A-Za-z]+\}/g, '{}').toLowerCase();

function checkZone(type, zone) {
  for (const m of zone.matchAll(/\{([^}]*)\}/g)) {
    if (!PLACEHOLDERS.includes(m[1])) problems.push(`${type}: zone ${zone} uses unknown placeholder {${m[1]}}`);
  }
  if (zone !== zone.trim() || zone.endsWith('.') || /[^a-z0-9.{}A-Z-]/.test(zone)) problems.push(`${type}: malformed zone '${zone}'`);
}

function buildGroups(entry, key) {
  const zoneFixes = ZONE_FIXES[key] ?? {};
  const notSeparate = NOT_SEPARATE_ZONES[key] ?? {};
  const seen = new Set();
  const groups = entry.groupIds.map((groupId) => {
    if (seen.has(lc(groupId))) problems.push(`${entry.resourceType}: duplicate group id ${groupId}`);
    seen.add(lc(groupId));
    let zones = [...new Set(entry.dnsZones[groupId] ?? [])];
    const group = { groupId, zones };
    const fix = zoneFixes[groupId];
    if (zones.length === 0) {
      if (fix?.add) {
        group.zones = zones = [...fix.add];
        handled.push(`${entry.resourceType}/${groupId}: no zone; added ${fix.add.join(', ')}`);
      } else if (fix?.unknown) {
        group.zonesUnknown = fix.unknown;
        handled.push(`${entry.resourceType}/${groupId}: no zone; kept empty`);
      } else problems.push(`${entry.resourceType}/${groupId}: group id without zones`);
    }
    const legacy = [];
    const moved = notSeparate[groupId];
    if (moved) {
      if (!zones.includes(moved.zone)) problems.push(`${entry.resourceType}/${groupId}: expected ${moved.zone} among the zones`);
      group.zones = zones = zones.filter((z) => z !== moved.zone);
      legacy.push({ zone: moved.zone, why: moved.why });
      handled.push(`${entry.resourceType}/${groupId}: ${moved.zone} moved from recommended to alternate`);
    }
    for (const l of entry.legacyOrAlternateDnsZones ?? []) {
      if (l.groupId !== groupId) continue;
      for (const zone of l.zones) {
        const n = normalizeZone(zone);
        if (zones.some((z) => normalizeZone(z) === n)) {
          // Same name (or same shape with another token spelling) as a recommended zone: recommended wins.
          handled.push(`${entry.resourceType}/${groupId}: legacy zone ${zone} equals a recommended zone; dropped`);
          continue;
        }
        if (legacy.some((x) => normalizeZone(x.zone) === n)) continue;
        legacy.push({
          zone,
          // What the zone's history adds to a message that already names the recommended zone.
          why: l.source.includes('2021')
            ? 'Named so in the docs of 2021.'
            : l.source.includes('2023')
              ? 'Named so in the docs of 2023.'
              : 'Named so in published modules, not in the docs.',
        });
      }
    }
    for (const z of [...zones, ...legacy.map((x) => x.zone)]) checkZone(entry.resourceType, z);
    if (legacy.length > 0) group.legacyZones = legacy;
    if ((ZONES_ALL_NEEDED[key] ?? []).includes(groupId)) {
      if (zones.length < 2) problems.push(`${entry.resourceType}/${groupId}: listed in ZONES_ALL_NEEDED with fewer than two zones`);
      group.allZonesNeeded = true;
    }
    const publicZones = publicZonesOf(entry, groupId, zones);
    if (Object.keys(publicZones).length > 0) group.publicZones = publicZones;
    return group;
  });
  for (const g of Object.keys(entry.dnsZones)) {
    if (!entry.groupIds.includes(g)) problems.push(`${entry.resourceType}: zones for unlisted group id ${g}`);
  }
  for (const l of entry.legacyOrAlternateDnsZones ?? []) {
    if (!entry.groupIds.includes(l.groupId)) problems.push(`${entry.resourceType}: legacy zones for unlisted group id ${l.groupId}`);
  }
  const placeholderZones = Object.values(entry.dnsZones)
    .flat()
    .filter((z) => z.includes('{'));
  if ([...new Set(placeholderZones)].sort().join() !== [...new Set(entry.dnsZonesWithPlaceholders)].sort().join()) {
    problems.push(`${entry.resourceType}: dnsZonesWithPlaceholders disagrees with dnsZones`);
  }
  return groups;
}

/**
 * The group's public zone names (the forwarder column) that have a privatelink replacement, each with it: the
 * `privatelink.` form of the same name when that is a recommended zone, else the group's only recommended zone
 * (Key Vault: vault.azure.net → privatelink.vaultcore.azure.net). Names with placeholders, names that already are
 * privatelink names, and names of groups with several zones and no `privatelink.` twin (Machine Learning's
 * instances.azureml.ms) are left out: which private zone replaces them is not documented.
 */
function publicZonesOf(entry, groupId, zones) {
  const result = {};
  for (const name of entry.publicDnsZoneForwarders?.[groupId] ?? []) {
    const zone = name.toLowerCase();
    if (zone.includes('{') || zone.startsWith('privatelink.') || PUBLIC_ZONE_LEGITIMATE[zone]) continue;
    const twin = zones.find((z) => z.toLowerCase() === `privatelink.${zone}`);
    const replacement = twin ?? (zones.length === 1 ? zones[0] : undefined);
    if (replacement) result[zone] = replacement;
    else handled.push(`${entry.resourceType}/${groupId}: public zone ${zone} has no documented privatelink replacement; not shipped`);
  }
  return result;
}

function buildSwitch(key, path, disabledValue, specType, firstApiVersion) {
  const isBool = typeof disabledValue === 'boolean';
  const sw = {
    path: pathArray(path),
    disabledValues: [disabledValue],
    // ARM resource providers parse enum strings case-insensitively (rules.md); Key Vault's own description writes
    // 'disabled' and Maps' preview enum is lower-case while Azure Policy compares 'Disabled'.
    caseInsensitive: !isBool,
    whenAbsent: WHEN_ABSENT[key]?.means ?? 'open',
  };
  if (WHEN_ABSENT[key]?.source) sw.whenAbsentSource = WHEN_ABSENT[key].source;
  const undecided = [...(UNDECIDED_VALUES[key] ?? [])];
  if (typeof specType === 'string' && specType.includes(`'${PERIMETER_VALUE}'`)) undecided.push(PERIMETER_VALUE);
  if (undecided.length > 0) sw.undecidedValues = undecided;
  if (firstApiVersion) sw.firstApiVersion = firstApiVersion;
  return sw;
}

/** A limit as shipped (undefined members dropped), after checking its shape: a typo here would silently match nothing. */
function checkedLimit(type, limit) {
  if (!['closed', 'restricted', 'undecided'].includes(limit.effect)) problems.push(`${type}: limit effect ${limit.effect}`);
  if (!/^https:\/\/learn\.microsoft\.com\//.test(limit.source)) problems.push(`${type}: limit without a Microsoft Learn source`);
  if (limit.childType && !limit.childType.toLowerCase().startsWith(`${type.toLowerCase()}/`))
    problems.push(`${type}: limit child ${limit.childType} is not a child type`);
  const checkCondition = (c) => {
    const kinds = ['equals', 'listed', 'absent', 'all', 'any'].filter((k) => k in c);
    if (kinds.length !== 1) return problems.push(`${type}: malformed limit condition ${JSON.stringify(c)}`);
    if (kinds[0] === 'all' || kinds[0] === 'any') return c[kinds[0]].forEach(checkCondition);
    if (!Array.isArray(c[kinds[0]]) || c[kinds[0]].length < 2)
      problems.push(`${type}: limit path ${JSON.stringify(c[kinds[0]])} too short`);
  };
  checkCondition(limit.when);
  return JSON.parse(JSON.stringify(limit));
}

function buildPublicAccess(entry, key) {
  const pna = entry.publicNetworkAccess;
  if (DROP_PUBLIC_ACCESS[key]) {
    handled.push(`${entry.resourceType}: public-access switch not shipped`);
    return { publicAccessUnknown: DROP_PUBLIC_ACCESS[key] };
  }
  if (!pna) {
    if (!entry.publicNetworkAccessNote) problems.push(`${entry.resourceType}: no public-access data and no note`);
    return { publicAccessUnknown: entry.publicNetworkAccessNote ?? 'Not known.' };
  }
  if ((pna.valueType === 'bool') !== (typeof pna.disabledValue === 'boolean'))
    problems.push(`${entry.resourceType}: valueType disagrees with disabledValue`);
  const info = buildSwitch(key, pna.path, pna.disabledValue, pna.specType, pna.firstApiVersionWithProperty);
  const alternatives = ALSO_SET_IS_ALTERNATIVE[key] ?? [];
  const also = (pna.alsoSet ?? []).filter((a) => !alternatives.includes(a.path));
  if (also.length > 0) info.alsoRequired = also.map((a) => buildSwitch(key, a.path, a.disabledValue, undefined, undefined));
  const acl = NETWORK_ACL_DENY[key];
  if (acl) info.networkAclDenyPath = acl;
  if (PUBLIC_ACCESS_LIMITS[key]) info.limits = PUBLIC_ACCESS_LIMITS[key].map((limit) => checkedLimit(entry.resourceType, limit));
  if (CLOSED_BY_PRIVATE_ENDPOINT[key]) info.closedByPrivateEndpoint = CLOSED_BY_PRIVATE_ENDPOINT[key];
  return { publicAccess: info };
}

function build(source) {
  if (!Array.isArray(source)) throw new Error('source is not an array');
  const seenTypes = new Map();
  const services = source.map((entry) => {
    const key = lc(entry.resourceType);
    if (seenTypes.has(key)) problems.push(`duplicate resource type ${entry.resourceType} (also ${seenTypes.get(key)})`);
    seenTypes.set(key, entry.resourceType);
    const groupIdKind = GROUP_ID_KIND[key] ?? 'listed';
    if (groupIdKind === 'listed' && entry.groupIds.length === 0) problems.push(`${entry.resourceType}: no group ids`);
    if (groupIdKind !== 'listed' && entry.groupIds.length > 0)
      problems.push(`${entry.resourceType}: group ids listed for kind ${groupIdKind}`);
    const out = {
      resourceType: entry.resourceType,
      displayName: DISPLAY_NAMES[key] ?? entry.displayNames.join(' / '),
      groupIdKind,
      groups: buildGroups(entry, key),
    };
    if (GROUP_ID_PATTERNS[key]) out.groupIdPatterns = GROUP_ID_PATTERNS[key];
    Object.assign(out, buildPublicAccess(entry, key));
    if (entry.skuRequirement && !SKU_REQUIREMENTS[key] && !SKU_NOT_SHIPPED.includes(key))
      problems.push(`${entry.resourceType}: skuRequirement not mapped`);
    if (SKU_REQUIREMENTS[key]) out.skuRequirement = { ...SKU_REQUIREMENTS[key], caseInsensitive: true };
    if (NOTES[key]) out.notes = NOTES[key];
    return out;
  });
  for (const key of [
    ...Object.keys(ZONE_FIXES),
    ...Object.keys(NOT_SEPARATE_ZONES),
    ...Object.keys(NETWORK_ACL_DENY),
    ...Object.keys(PUBLIC_ACCESS_LIMITS),
    ...Object.keys(CLOSED_BY_PRIVATE_ENDPOINT),
    ...Object.keys(WHEN_ABSENT),
    ...Object.keys(SKU_REQUIREMENTS),
    ...Object.keys(NOTES),
    ...Object.keys(GROUP_ID_KIND),
  ]) {
    if (!seenTypes.has(key)) problems.push(`correction for ${key}, which the source no longer lists`);
  }
  if (!seenTypes.has(PLS_TYPE)) problems.push('the source lacks Microsoft.Network/privateLinkServices');
  for (const key of Object.keys(ZONES_ALL_NEEDED)) {
    if (!seenTypes.has(key)) problems.push(`ZONES_ALL_NEEDED names ${key}, which the source no longer lists`);
  }
  for (const zone of Object.keys(PUBLIC_ZONE_LEGITIMATE)) {
    if (
      !source.some((e) =>
        Object.values(e.publicDnsZoneForwarders ?? {})
          .flat()
          .some((f) => f.toLowerCase() === zone),
      )
    ) {
      problems.push(`PUBLIC_ZONE_LEGITIMATE names ${zone}, which no forwarder list holds any more`);
    }
  }
  const ruleFacts = Object.entries(RULE_FACTS).map(([rule, { fact, sources }]) => ({ rule, fact, sources }));
  const legitimatePublicZones = Object.entries(PUBLIC_ZONE_LEGITIMATE).map(([zone, why]) => ({ zone, why }));
  const hintFacts = Object.entries(HINT_FACTS).map(([hint, { fact, sources }]) => ({ hint, fact, sources }));
  return { services, legitimatePublicZones, ruleFacts, hintFacts };
}

/** JSON with objects broken over lines and arrays of scalars kept on one line: compact and diff-friendly. */
function format(value, indent = '') {
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object')) return `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
    const inner = indent + '  ';
    return `[\n${value.map((v) => inner + format(v, inner)).join(',\n')}\n${indent}]`;
  }
  if (value && typeof value === 'object') {
    const oneLine = JSON.stringify(value).replace(/":/g, '": ').replace(/,"/g, ', "');
    if (indent.length + oneLine.length <= 120) return oneLine;
    const inner = indent + '  ';
    const entries = Object.entries(value).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${format(v, inner)}`);
    return `{\n${entries.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

function main() {
  const args = new Set(process.argv.slice(2));
  if (!existsSync(sourcePath)) {
    console.error(`build-knowledge: ${sourcePath} not found (it lives in the shared workspace next to the repo).`);
    process.exit(2);
  }
  const table = build(JSON.parse(readFileSync(sourcePath, 'utf8')));
  if (problems.length > 0) {
    console.error(`build-knowledge: ${problems.length} unreviewed data problem(s):\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  const text = `${format({ $comment: 'Generated by scripts/build-knowledge.mjs from shared/data/private-endpoint-services.json. Do not edit by hand.', ...table })}\n`;
  if (args.has('--stdout')) {
    process.stdout.write(text);
    return;
  }
  if (args.has('--check')) {
    const current = existsSync(targetPath) ? readFileSync(targetPath, 'utf8') : '';
    if (current !== text) {
      console.error('build-knowledge: services.json is out of date; run node scripts/build-knowledge.mjs');
      process.exit(1);
    }
    return;
  }
  writeFileSync(targetPath, text);
  console.log(`build-knowledge: wrote ${table.services.length} services to ${targetPath}`);
  if (args.has('--verbose')) console.log(`corrections applied:\n  ${handled.join('\n  ')}`);
}

main();
