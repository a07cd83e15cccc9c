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

export function resourceHover(
  resource: Resource,
  graph: ResourceGraph,
  knowledge: Knowledge,
  dns: DnsManagement = 'template',
  findings: readonly ShownFinding[] = [],
): string | undefined {
  const topic = TYPE_TOPICS[resource.type.toLowerCase()];
  if (!topic) {
    const service = knowledge.service(resource.type);
    if (!service) return undefined;
    const groups = service.groupIds.map((g) => `\`${g}\``).join(', ');
    return `**${service.displayName}** can be reached through a private endpoint${groups ? ` (group ids: ${groups})` : ''}.\n\n${knowledge.explanation('publicNetworkAccess').markdown}`;
  }
  const parts = [withTitle(knowledge, topic)];
  if (topic === 'privateEndpoint') parts.unshift(endpointChain(resource, graph, knowledge, dns, findings));
  if (topic === 'privateLinkService') parts.push(withTitle(knowledge, 'protocols'), withTitle(knowledge, 'scalingPrivateLinkService'));
  return parts.join('\n\n');
}

export function propertyHover(hit: PropertyHit, graph: ResourceGraph, knowledge: Knowledge): string | undefined {
  const name = hit.member.key.toLowerCase();
  let topic = PROPERTY_TOPICS[name];
  if (name === 'ipconfigurations') {
    if (isType(hit.resource, 'Microsoft.Network/privateEndpoints')) topic = 'staticIpConfigurations';
    else if (isType(hit.resource, 'Microsoft.Network/privateLinkServices')) topic = 'natIpConfigurations';
  }
  if (!topic) return undefined;
  const specialised = specialise(topic, hit, graph, knowledge);
  return [specialised, withTitle(knowledge, topic)].filter(Boolean).join('\n\n');
}

function withTitle(knowledge: Knowledge, topic: ExplanationTopic): string {
  const explanation = knowledge.explanation(topic);
  return `**${explanation.title}**\n\n${explanation.markdown}`;
}

/** The part of a hover that speaks about this document's values. */
function specialise(topic: ExplanationTopic, hit: PropertyHit, graph: ResourceGraph, knowledge: Knowledge): string | undefined {
  switch (topic) {
    case 'groupIds':
      return groupIdsHere(hit, graph, knowledge);
    case 'privateDnsZoneId':
      return zoneFitHere(hit, graph, knowledge);
    case 'visibility':
    case 'autoApproval':
      return exposureHere(hit);
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
