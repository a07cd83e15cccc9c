/** Hover markdown for Private Link resource types and properties, built from the explanations and this document's values. */
import type { DnsManagement, ShownFinding } from '../api';
import { isKnownString } from '../evaluate/value';
import type { ExplanationTopic, Knowledge } from '../knowledge/knowledge';
import type { Resource } from '../model/model';
import type { ResourceGraph } from '../graph/resourceGraph';
import { at, items } from '../model/navigate';
import type { PropertyHit } from './findAtOffset';
import { connectionsOf, isType, knownGroupIds, PRIVATE_DNS_ZONE, ZONE_GROUP } from '../rules/support/privateEndpoints';
import { endpointChain } from './endpointChain';
import { declaredEndpoints } from '../rules/support/privateEndpoints';
import { publicAccessState } from '../rules/support/publicAccess';
import { resourceLabel } from '../rules/support/resourceNames';
import { ruleDocsUrl } from '../rules/registry';

const TYPE_TOPICS: Readonly<Record<string, ExplanationTopic>> = {
  'microsoft.network/privateendpoints': 'privateEndpoint',
  'microsoft.network/privatelinkservices': 'privateLinkService',
  'microsoft.network/privatednszones': 'privateDnsZone',
  'microsoft.network/privatednszones/virtualnetworklinks': 'virtualNetworkLinks',
  'microsoft.network/privateendpoints/privatednszonegroups': 'privateDnsZoneGroups',
};

const PROPERTY_TOPICS: Readonly<Record<string, ExplanationTopic>> = {
  privatelinkserviceconnections: 'privateLinkServiceConnections',
  manualprivatelinkserviceconnections: 'manualPrivateLinkServiceConnections',
  requestmessage: 'manualPrivateLinkServiceConnections',
  privatelinkserviceid: 'connectionCardinality',
  groupids: 'groupIds',
  customdnsconfigs: 'customDnsConfigs',
  publicnetworkaccess: 'publicNetworkAccess',
  privatednszoneconfigs: 'privateDnsZoneGroups',
  privatednszoneid: 'privateDnsZoneId',
  registrationenabled: 'registrationEnabled',
  privateendpointnetworkpolicies: 'privateEndpointNetworkPolicies',
  privatelinkservicenetworkpolicies: 'privateLinkServiceNetworkPolicies',
  visibility: 'visibility',
  autoapproval: 'autoApproval',
  enableproxyprotocol: 'enableProxyProtocol',
  loadbalancerfrontendipconfigurations: 'loadBalancerFrontendIpConfigurations',
  serviceendpoints: 'serviceEndpoints',
};

/**
 * The rule page a topic's hover sends to for more (the page the "Show documentation" quick fix opens); topics without
 * a rule of their own send to their Learn page.
 */
const TOPIC_RULES: Partial<Readonly<Record<ExplanationTopic, string>>> = {
  privateEndpoint: 'pe-dns-zone-group',
  privateLinkService: 'pls-standard-load-balancer',
  privateDnsZone: 'dns-zone-public-name',
  virtualNetworkLinks: 'dns-zone-vnet-link',
  privateDnsZoneGroups: 'pe-dns-zone-group-incomplete',
  privateDnsZoneId: 'pe-dns-zone-name',
  privateLinkServiceConnections: 'pe-single-connection',
  manualPrivateLinkServiceConnections: 'pe-single-connection',
  connectionCardinality: 'pe-connection-target-missing',
  groupIds: 'pe-valid-group-id',
  staticIpConfigurations: 'pe-static-ip-in-subnet',
  publicNetworkAccess: 'pe-target-public-access',
  registrationEnabled: 'dns-zone-auto-registration',
  privateEndpointNetworkPolicies: 'pe-subnet-nsg-policies',
  privateLinkServiceNetworkPolicies: 'pls-subnet-network-policies',
  visibility: 'pls-visibility-everyone',
  autoApproval: 'pls-auto-approval-scope',
  enableProxyProtocol: 'pls-proxy-protocol-consistency',
  loadBalancerFrontendIpConfigurations: 'pls-standard-load-balancer',
  natIpConfigurations: 'pls-nat-ip-count',
};

/**
 * Over a resource: a Private Link resource type's checklist or summary; over a resource a private endpoint of this
 * analysis connects to, what it offers and whether it still accepts public traffic. Nothing over other resources,
 * even of a type Private Link can reach (a storage account without an endpoint is none of this extension's business).
 */
export function resourceHover(
  resource: Resource,
  graph: ResourceGraph,
  knowledge: Knowledge,
  dns: DnsManagement = 'template',
  findings: readonly ShownFinding[] = [],
): string | undefined {
  const topic = TYPE_TOPICS[resource.type.toLowerCase()];
  if (!topic) return targetHover(resource, graph, knowledge);
  const parts = [brief(knowledge, topic)];
  if (topic === 'privateEndpoint') parts.unshift(endpointChain(resource, graph, knowledge, dns, findings));
  return parts.join('\n\n');
}

/** A resource that private endpoints of this analysis connect to: which ones, its group ids, its public access. */
function targetHover(resource: Resource, graph: ResourceGraph, knowledge: Knowledge): string | undefined {
  const service = knowledge.service(resource.type);
  if (!service) return undefined;
  const endpoints = declaredEndpoints(graph).filter((pe) => (connectionsOf(pe, graph) ?? []).some((c) => c.target === resource));
  if (endpoints.length === 0) return undefined;
  const names = endpoints.slice(0, 3).map((pe) => resourceLabel(pe));
  const more = endpoints.length > 3 ? ` and ${endpoints.length - 3} more` : '';
  // The group ids these endpoints ask for (not every one the service offers).
  const asked = endpoints.flatMap((pe) =>
    (connectionsOf(pe, graph) ?? []).filter((c) => c.target === resource).flatMap((c) => knownGroupIds(c)),
  );
  const groups = [...new Set(asked)].map((g) => `\`${g}\``).join(', ');
  const lines = [
    `**${service.displayName}**, reached through private endpoint${endpoints.length === 1 ? '' : 's'} ${names.join(', ')}${more}${groups ? ` (group ids: ${groups})` : ''}.`,
  ];
  const access = service.publicAccess ? publicAccessState(resource, service.publicAccess, graph) : undefined;
  if (access?.kind === 'open') lines.push(`❌ Public access: still open (${access.open.reason}).`);
  else if (access?.kind === 'disabled') lines.push('✅ Public access: disabled.');
  else if (access?.kind === 'limited')
    lines.push(`ℹ️ Public access: ${access.effect === 'closed' ? 'closed' : 'restricted'} (${access.how}).`);
  lines.push(moreLink(ruleDocsUrl('pe-target-public-access')));
  return lines.join('\n\n');
}

export function propertyHover(hit: PropertyHit, graph: ResourceGraph, knowledge: Knowledge): string | undefined {
  const name = hit.member.key.toLowerCase();
  let topic = PROPERTY_TOPICS[name];
  if (name === 'ipconfigurations') {
    if (isType(hit.resource, 'Microsoft.Network/privateEndpoints')) topic = 'staticIpConfigurations';
    else if (isType(hit.resource, 'Microsoft.Network/privateLinkServices')) topic = 'natIpConfigurations';
  }
  if (!topic) return undefined;
  return brief(knowledge, topic, specialise(topic, hit, graph, knowledge));
}

/** The topic in a few lines: its title and summary, what this document says (`here`), then one link to more. */
function brief(knowledge: Knowledge, topic: ExplanationTopic, here?: string): string {
  const explanation = knowledge.explanation(topic);
  const rule = TOPIC_RULES[topic];
  return [`**${explanation.title}**: ${explanation.summary}`, here, moreLink(rule ? ruleDocsUrl(rule) : explanation.moreUrl)]
    .filter(Boolean)
    .join('\n\n');
}

function moreLink(url: string): string {
  return `[More](${url})`;
}

/** The part of a hover that speaks about this document's values. */
function specialise(topic: ExplanationTopic, hit: PropertyHit, graph: ResourceGraph, knowledge: Knowledge): string | undefined {
  switch (topic) {
    case 'groupIds':
      return groupIdsHere(hit, graph, knowledge);
    case 'privateDnsZoneId':
      return zoneFitHere(hit, graph, knowledge);
    case 'visibility':
      return exposureHere(hit);
    case 'autoApproval':
      return autoApprovalHere(hit);
    case 'privateEndpointNetworkPolicies':
      return endpointPoliciesHere(hit);
    default:
      return undefined;
  }
}

function groupIdsHere(hit: PropertyHit, graph: ResourceGraph, knowledge: Knowledge): string | undefined {
  const connection = (connectionsOf(hit.resource, graph) ?? []).find(
    (c) => c.groupIdsNode === hit.member.node || hit.ancestors.includes(c.node),
  );
  if (!connection?.targetType) return undefined;
  if (knowledge.isCustomerPrivateLinkService(connection.targetType))
    return 'This connection goes to a customer **Private Link service**: leave `groupIds` empty.';
  const service = knowledge.service(connection.targetType);
  if (!service) return `The target type \`${connection.targetType}\` is not in our table of Private Link services.`;
  const rows = service.groupIds.map(
    (g) =>
      `| \`${g}\` | ${
        service
          .zonesFor(g)
          .map((z) => `\`${z}\``)
          .join('<br>') || '—'
      } |`,
  );
  return [
    `Valid group ids for **${service.displayName}** and their private DNS zones:`,
    '',
    '| group id | private DNS zone |',
    '|---|---|',
    ...rows,
  ].join('\n');
}

function zoneFitHere(hit: PropertyHit, graph: ResourceGraph, knowledge: Knowledge): string | undefined {
  const zone = graph.resolve(hit.member.node.value);
  const zoneName = zone && isType(zone, PRIVATE_DNS_ZONE) && isKnownString(zone.name) ? zone.name : undefined;
  if (!zoneName || !isType(hit.resource, ZONE_GROUP)) return undefined;
  const pe = graph.parentOf(hit.resource);
  const connection = pe ? connectionsOf(pe, graph)?.[0] : undefined;
  const groupId = connection ? knownGroupIds(connection)[0] : undefined;
  if (!connection?.targetType || !groupId) return `This zone group points at \`${zoneName}\`.`;
  const fit = knowledge.zoneFit(connection.targetType, groupId, zoneName);
  const recommended = knowledge.service(connection.targetType)?.zonesFor(groupId) ?? [];
  if (fit === 'recommended') return `✅ \`${zoneName}\` is the recommended zone for group id \`${groupId}\`.`;
  return `❌ \`${zoneName}\` is ${fit === 'legacy' ? 'an older name, not the recommended zone' : 'not a recommended zone'} for group id \`${groupId}\`; use ${recommended.map((z) => `\`${z}\``).join(' or ')}.`;
}

function exposureHere(hit: PropertyHit): string | undefined {
  const subscriptions = items(at(hit.member.node, 'subscriptions'));
  if (!subscriptions) return undefined;
  const values = subscriptions.map((s) => s.value);
  if (values.length === 0)
    return 'Here: **no subscriptions** are listed, so only callers with role-based access can find the service (mode *None*).';
  if (values.some((v) => isKnownString(v) && v.trim() === '*'))
    return "Here: `'*'` is listed, so **anyone** with the alias can find the service (mode *All*).";
  if (values.every((v) => isKnownString(v))) return `Here: **${values.length} subscription(s)** are listed (mode *Restrictive*).`;
  return undefined;
}

function autoApprovalHere(hit: PropertyHit): string | undefined {
  const subscriptions = items(at(hit.member.node, 'subscriptions'));
  if (!subscriptions) return undefined;
  const values = subscriptions.map((s) => s.value);
  if (values.length === 0) return 'Here: **no subscription** is auto-approved, so every connection request waits for your approval.';
  if (values.some((v) => isKnownString(v) && v.trim() === '*'))
    return "Here: `'*'` approves **every subscription that can see the service** without review.";
  if (values.every((v) => isKnownString(v)))
    return `Here: **${values.length} subscription${values.length === 1 ? ' is' : 's are'}** approved without review; other requests wait for your approval.`;
  return undefined;
}

/** What each value of privateEndpointNetworkPolicies lets apply to traffic to the subnet's endpoints. */
const ENDPOINT_POLICY_VALUES: Readonly<Record<string, string>> = {
  disabled: 'neither network security groups nor route tables apply',
  enabled: 'network security groups and route tables both apply',
  networksecuritygroupenabled: 'network security groups apply, route tables do not',
  routetableenabled: 'route tables apply, network security groups do not',
};

function endpointPoliciesHere(hit: PropertyHit): string {
  const value = hit.member.node.value;
  const effect = isKnownString(value) ? ENDPOINT_POLICY_VALUES[value.toLowerCase()] : undefined;
  if (effect) return `Here: \`${value as string}\`, so ${effect} to traffic to the endpoints.`;
  return 'Values: `Disabled` (the default), `Enabled`, `NetworkSecurityGroupEnabled`, `RouteTableEnabled`.';
}
