/** The private endpoint hover's checklist: target, group id, zone group, zone, virtual network link, DNS servers, public access. */
import { isKnownString } from '../evaluate/value';
import type { Knowledge } from '../knowledge/knowledge';
import type { DnsManagement, ShownFinding } from '../api';
import type { Resource } from '../model/model';
import type { ResourceGraph } from '../graph/resourceGraph';
import { at, items } from '../model/navigate';
import { connectionsOf, knownGroupIds, VNET_LINK, ZONE_GROUP } from '../rules/support/privateEndpoints';
import { publicAccessState, type PublicAccessState } from '../rules/support/publicAccess';
import { endpointResolutions, resolutionLines } from '../map/dnsPath';
import { AZURE_DNS_ADDRESS, customDnsServersOf, endpointNetworks, endpointSubnet } from '../rules/support/endpointNetwork';

const YES = '✅';
const NO = '❌';
const UNKNOWN = '❔';
/** Not a verdict: something the template decides elsewhere or that only the deployment's surroundings can settle. */
const INFO = 'ℹ️';

/**
 * `findings`: what the editor shows for the document. A line never says ✅ where a finding of its rule is shown on
 * the endpoint or its zone groups: the findings come from the deployments the file is part of (callers, parameter
 * files), which the file alone may not show.
 */
export function endpointChain(
  pe: Resource,
  graph: ResourceGraph,
  knowledge: Knowledge,
  dns: DnsManagement = 'template',
  findings: readonly ShownFinding[] = [],
): string {
  const lines: string[] = ['**This private endpoint**', ''];
  const groups = graph.childrenOf(pe, ZONE_GROUP);
  const places = [pe, ...groups].filter((r) => r.declaration.file === pe.declaration.file).map((r) => r.declaration.span);
  const shown = (...codes: string[]): boolean =>
    findings.some((f) => codes.includes(f.code) && places.some((span) => f.range.start >= span.start && f.range.end <= span.end));
  const connection = connectionsOf(pe, graph)?.[0];
  const target = connection?.target;
  // The DNS path a client sees from each network that can reach the endpoint (the map shows it in full); it also
  // decides the link line, so that the two parts of one hover never disagree.
  const resolutions = endpointResolutions(pe, graph, knowledge, dns, shown('pe-dns-zone-group'));
  const ownNetworkLinked = resolutions.find((r) => r.network.endpoints && r.linked === true)?.network;
  const service = connection?.targetType ? knowledge.service(connection.targetType) : undefined;
  const targetName = service
    ? `${service.displayName} (\`${service.resourceType}\`)`
    : connection?.targetType
      ? `\`${connection.targetType}\``
      : undefined;
  lines.push(
    `- ${targetName ? YES : UNKNOWN} Target: ${targetName ? `${targetName}${target ? ', declared in this deployment' : ''}` : 'not known from this file'}`,
  );
  const groupIds = connection ? knownGroupIds(connection) : [];
  const groupId = groupIds[0];
  const status = connection?.targetType && groupId ? knowledge.groupIdStatus(connection.targetType, groupId) : 'unknown';
  if (groupIds.length > 1) {
    lines.push(`- ${NO} Group ids: ${groupIds.map((id) => `\`${id}\``).join(', ')} — a connection takes one`);
  } else {
    const mark = shown('pe-valid-group-id', 'pe-single-group-id') ? NO : status === 'valid' ? YES : status === 'unknown' ? UNKNOWN : NO;
    lines.push(`- ${mark} Group id: ${groupId ? `\`${groupId}\`` : 'none given'}`);
  }
  if (shown('pe-dns-zone-group')) {
    lines.push(`- ${NO} DNS zone group: missing — clients resolve the public address`);
  } else if (groups.length === 0 && dns === 'policy') {
    lines.push(`- ${INFO} DNS zone group: left to Azure Policy (\`"dns": "policy"\`), which creates it after deployment; not checked`);
  } else {
    lines.push(
      `- ${groups.length > 0 ? YES : NO} DNS zone group: ${groups.length > 0 ? 'present' : 'missing — clients resolve the public address'}`,
    );
  }
  const zoneFinding = shown('pe-dns-zone-name', 'pe-dns-zone-group-incomplete');
  const linkFinding = shown('dns-zone-vnet-link');
  const zoneIds = groups.flatMap((g) =>
    (items(at(g.body, 'properties', 'privateDnsZoneConfigs')) ?? []).map((c) => at(c, 'properties', 'privateDnsZoneId')?.value),
  );
  const zones = zoneIds.map((id) => graph.resolve(id)).filter((z): z is Resource => !!z);
  for (const zone of zones) {
    const name = isKnownString(zone.name) ? zone.name : undefined;
    const fit = name && connection?.targetType && groupId ? knowledge.zoneFit(connection.targetType, groupId, name) : undefined;
    lines.push(
      `- ${fit === 'recommended' && !zoneFinding ? YES : fit || zoneFinding ? NO : UNKNOWN} Zone: ${name ? `\`${name}\`` : 'name not known'}`,
    );
    const links = graph.childrenOf(zone, VNET_LINK);
    // A link counts only when it is proven to reach the endpoint's network (the DNS path proves it for the one zone
    // of a zone group); dns-zone-vnet-link's finding proves the opposite. Otherwise the links get no tick.
    const proven = ownNetworkLinked && zones.length === 1 && !linkFinding;
    const linkMark = linkFinding ? NO : proven ? YES : links.length > 0 ? UNKNOWN : NO;
    lines.push(
      `- ${linkMark} Virtual network link: ${
        proven
          ? `to ${ownNetworkLinked.label}, the endpoint's network`
          : links.length > 0
            ? `${links.length} declared${linkFinding ? ", none to the endpoint's network" : ''}`
            : 'none declared'
      }`,
    );
  }
  const dnsServers = customDnsServersLine(pe, graph, knowledge);
  if (dnsServers) lines.push(`- ${dnsServers}`);
  if (target) {
    const access = knowledge.service(target.type)?.publicAccess;
    const state = access ? publicAccessState(target, access, graph) : undefined;
    lines.push(`- ${publicAccessLine(state)}`);
  }
  if (resolutions.length > 0) lines.push('', '**DNS path**', '', ...resolutionLines(resolutions));
  return lines.join('\n');
}

/**
 * A hint, never a cross: a private DNS zone answers only queries that reach Azure DNS from a linked network, so
 * clients of a network with custom DNS servers see the zone only if those servers forward to Azure DNS, which the
 * template cannot show. Given only when every declaration of the endpoint's network names custom servers.
 */
function customDnsServersLine(pe: Resource, graph: ResourceGraph, knowledge: Knowledge): string | undefined {
  const subnet = endpointSubnet(pe, graph);
  const networks = subnet ? endpointNetworks(subnet, graph) : [];
  const servers = networks.map(customDnsServersOf);
  const first = servers[0];
  if (!first || servers.some((s) => !s)) return undefined;
  const name = isKnownString(networks[0].name) ? `\`${networks[0].name}\`` : "the endpoint's virtual network";
  const sources = (knowledge.hintFact('custom-dns-servers')?.sources ?? []).map((url, i) => `[source ${i + 1}](${url})`);
  return (
    `${INFO} DNS servers: ${name} uses custom DNS servers (${first.map((s) => `\`${s}\``).join(', ')}); ` +
    `its clients see the private DNS zone only if those servers forward to Azure DNS (\`${AZURE_DNS_ADDRESS}\`)` +
    (sources.length > 0 ? ` (${sources.join(', ')})` : '')
  );
}

function publicAccessLine(state: PublicAccessState | undefined): string {
  switch (state?.kind) {
    case 'disabled':
      return `${YES} Public access on the target: disabled`;
    case 'limited':
      if (state.effect === 'undecided') return `${UNKNOWN} Public access on the target: decided elsewhere (${state.how})`;
      return `${YES} Public access on the target: ${state.effect} (${state.how})`;
    case 'open':
      return `${NO} Public access on the target: open (${state.open.reason})`;
    default:
      return `${UNKNOWN} Public access on the target: not known from the template`;
  }
}
