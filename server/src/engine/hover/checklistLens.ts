/**
 * One line above each private endpoint and Private Link service: its checklist in short (issue 19.8), e.g.
 * "Private endpoint · DNS: ✅ zone group · target: Azure Storage account (public access off) · 1 warning". Read from
 * the analysis the hovers read (`AnalysisSnapshot`) with the findings the editor shows, and decided as the endpoint
 * hover's checklist decides (`endpointChain.ts`): a part never says ✅ where a finding of its rule is shown.
 */
import type { DnsManagement, EngineRange, ShownFinding } from '../api';
import type { Knowledge } from '../knowledge/knowledge';
import type { Resource } from '../model/model';
import type { ResourceGraph } from '../graph/resourceGraph';
import { at, items } from '../model/navigate';
import { getKnowledge } from '../knowledge/knowledge';
import { isKnownString, type Value } from '../evaluate/value';
import { connectionsOf, isPrivateLinkServiceType, isType, PRIVATE_LINK_SERVICE, ZONE_GROUP } from '../rules/support/privateEndpoints';
import { publicAccessState } from '../rules/support/publicAccess';
import type { AnalysisSnapshot } from './analysisSnapshot';

export interface ChecklistLens {
  /** The resource's anchor (its type or name), in the text asked about. */
  readonly range: EngineRange;
  readonly title: string;
}

/** The DNS findings the checklist's zone and link lines show as ❌. */
const DNS_DETAIL_CODES = ['pe-dns-zone-name', 'pe-dns-zone-group-incomplete', 'dns-zone-vnet-link', 'pe-dns-zone-group-limits'];

/**
 * The lenses of the file `path` from an analysis. `shown`: the findings the editor shows for it, with ranges in the
 * text that analysis read. `currentText`: the file's text now, when it may have changed since: a resource whose
 * declaration an edit reaches into gets no lens until the next analysis.
 */
export function checklistLensesFromSnapshot(
  snapshot: AnalysisSnapshot,
  path: string,
  shown: readonly ShownFinding[] = [],
  currentText?: string,
): ChecklistLens[] {
  try {
    const { model, graph } = snapshot;
    if (!model || !graph || !snapshot.fileOf(path)) return [];
    const unchanged = currentText === undefined ? undefined : snapshot.unchangedSince(path, currentText);
    const toCurrent = (range: EngineRange): EngineRange | undefined => (unchanged ? unchanged.toCurrent(range) : range);
    const knowledge = getKnowledge();
    const lenses: ChecklistLens[] = [];
    const seen = new Set<number>();
    for (const resource of model.resources) {
      if (resource.declaration.file.path !== path || resource.existing || resource.inlineIn) continue;
      const endpoint = isType(resource, 'Microsoft.Network/privateEndpoints');
      if (!endpoint && !isType(resource, PRIVATE_LINK_SERVICE)) continue;
      // Loop instances share one declaration: one lens, from the first.
      if (seen.has(resource.anchor.span.start)) continue;
      seen.add(resource.anchor.span.start);
      const range = toCurrent(resource.declaration.span) && toCurrent(resource.anchor.span);
      if (!range) continue;
      const title = endpoint
        ? endpointTitle(resource, graph, knowledge, snapshot.dns ?? 'template', shown)
        : serviceTitle(resource, shownOn([resource], shown));
      lenses.push({ range, title });
    }
    return lenses;
  } catch {
    return [];
  }
}

function endpointTitle(
  pe: Resource,
  graph: ResourceGraph,
  knowledge: Knowledge,
  dns: DnsManagement,
  shown: readonly ShownFinding[],
): string {
  const groups = graph.childrenOf(pe, ZONE_GROUP);
  const findings = shownOn([pe, ...groups], shown);
  const has = (...codes: string[]): boolean => findings.some((f) => codes.includes(f.code));
  const connection = connectionsOf(pe, graph)?.[0];
  const targetType = connection?.targetType;
  let dnsPart: string;
  if (has('pe-dns-zone-group')) dnsPart = 'DNS: ❌ no zone group';
  else if (groups.length === 0) {
    // As pe-dns-zone-group decides: a customer's Private Link service needs no zone group, policy may add it.
    if (dns === 'policy') dnsPart = 'DNS: ℹ️ zone group left to policy';
    else if (isPrivateLinkServiceType(targetType)) dnsPart = 'DNS: no zone group (none needed for a Private Link service)';
    else dnsPart = 'DNS: ❔ no zone group';
  } else if (has(...DNS_DETAIL_CODES)) dnsPart = 'DNS: ❌ zone group, see findings';
  else if (shownOn(zonesOf(groups, graph), shown).some((f) => DNS_DETAIL_CODES.includes(f.code)))
    dnsPart = 'DNS: ❌ zone group, its zone has findings';
  else dnsPart = 'DNS: ✅ zone group';
  let targetPart = 'target: ❔ not known from this file';
  if (targetType) {
    targetPart = `target: ${knowledge.service(targetType)?.displayName ?? targetType}`;
    const target = connection?.target;
    const access = target && knowledge.service(target.type)?.publicAccess;
    const state = target && access ? publicAccessState(target, access, graph) : undefined;
    if (state?.kind === 'disabled' || (state?.kind === 'limited' && state.effect === 'closed')) targetPart += ' (public access off)';
    else if (state?.kind === 'limited' && state.effect === 'restricted') targetPart += ' (public access restricted)';
    else if (state?.kind === 'open') targetPart += ' (public access on)';
  }
  return ['Private endpoint', dnsPart, targetPart, countOf(findings)].join(' · ');
}

/** The private DNS zones the zone groups point at, where the template declares them. */
function zonesOf(groups: readonly Resource[], graph: ResourceGraph): Resource[] {
  const ids = groups.flatMap((g) =>
    (items(at(g.body, 'properties', 'privateDnsZoneConfigs')) ?? []).map((c) => at(c, 'properties', 'privateDnsZoneId')?.value),
  );
  return ids.map((id) => graph.resolve(id)).filter((zone): zone is Resource => !!zone);
}

function serviceTitle(pls: Resource, findings: readonly ShownFinding[]): string {
  const parts = ['Private Link service'];
  const visibility = at(pls.body, 'properties', 'visibility', 'subscriptions');
  if (visibility) {
    const subscriptions = knownStrings(visibility.value);
    if (subscriptions?.includes('*')) parts.push('visible to: everyone');
    else if (subscriptions) parts.push(`visible to: ${plural(subscriptions.length, 'subscription')}`);
  }
  const natIps = items(at(pls.body, 'properties', 'ipConfigurations'));
  if (natIps) parts.push(`NAT IPs: ${natIps.length}`);
  parts.push(countOf(findings));
  return parts.join(' · ');
}

/** The shown findings written inside these resources' declarations (in the file each is declared in). */
function shownOn(resources: readonly Resource[], shown: readonly ShownFinding[]): ShownFinding[] {
  if (resources.length === 0) return [];
  const path = resources[0].declaration.file.path;
  const spans = resources.filter((r) => r.declaration.file.path === path).map((r) => r.declaration.span);
  return shown.filter((f) => spans.some((span) => f.range.start >= span.start && f.range.end <= span.end));
}

function countOf(findings: readonly ShownFinding[]): string {
  if (findings.length === 0) return 'no findings';
  const counts = (['error', 'warning', 'info'] as const)
    .map((level) => ({ level, count: findings.filter((f) => (f.severity ?? 'warning') === level).length }))
    .filter((c) => c.count > 0);
  return counts.map((c) => plural(c.count, c.level === 'info' ? 'note' : c.level)).join(', ');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function knownStrings(value: Value): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const strings = value.filter(isKnownString);
  return strings.length === value.length ? strings : undefined;
}
