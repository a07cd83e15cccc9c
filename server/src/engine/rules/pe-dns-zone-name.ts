/** pe-dns-zone-name: a zone group points at the private DNS zone recommended for the endpoint's group id. */
import { isKnownString } from '../evaluate/value';
import type { Resource } from '../model/model';
import { findMember } from '../model/navigate';
import type { ResourceGraph } from '../graph/resourceGraph';
import type { Knowledge, ServiceInfo } from '../knowledge/knowledge';
import { normalizeZoneName } from '../knowledge/knowledge';
import type { Fix } from '../fixes/fix';
import type { FindingInput, RelatedInfo, Rule } from './framework/rule';
import { PRIVATE_DNS_ZONE, ZONE_GROUP } from './support/privateEndpoints';
import { endpointGroupOf, type EndpointGroup } from './support/zoneGroupEndpoint';
import {
  referenceKey,
  referencesFollowRename,
  zoneConfigsOf,
  zoneReferenceUseCounts,
  zoneUsers,
  type ZoneConfigUse,
} from './support/zoneReferences';
import { basedOn } from './support/basedOn';
import { asClause, quotedList } from './support/resourceNames';

/**
 * The zone table holds public-cloud names. Government and China clouds use other suffixes (`usgovcloudapi.net`,
 * `azure.us`, `chinacloudapi.cn` …); a literal sovereign name is not judged against public-cloud names.
 */
const SOVEREIGN_SUFFIX = /(\.us|\.cn|\.de|usgovcloudapi\.net)$/;

export const peDnsZoneName: Rule = {
  id: 'pe-dns-zone-name',
  defaultLevel: 'warning',
  title: "A DNS zone group points at the private DNS zone recommended for the endpoint's group id.",
  check({ graph, knowledge, report }) {
    for (const group of graph.ofType(ZONE_GROUP)) {
      if (group.existing) continue;
      const endpoint = endpointGroupOf(group, graph);
      if (!endpoint) continue;
      const service = knowledge.service(endpoint.targetType);
      if (!service) continue;
      const finding = groupFinding(zoneConfigsOf(group, graph), service, endpoint, graph, knowledge);
      if (finding) report(finding);
    }
  },
};

/** A zone config whose zone does not fit the endpoint's group id, with what is wrong. */
interface MisfitZone {
  readonly use: ZoneConfigUse;
  readonly zone: string;
  readonly problem: ZoneProblem;
}

/**
 * One finding per zone group: a warning when no zone of the group is the one the group id needs (records land where
 * clients do not look), an info when the right zone is there and others are merely added. A zone whose name is not
 * known may be the right one: then a missing zone is not proven, and nothing is reported.
 */
function groupFinding(
  uses: readonly ZoneConfigUse[],
  service: ServiceInfo,
  endpoint: EndpointGroup,
  graph: ResourceGraph,
  knowledge: Knowledge,
): FindingInput | undefined {
  const misfits: MisfitZone[] = [];
  const seenZones = new Set<string>();
  // Zones the group already points at: advice and fixes name the recommended zones it still lacks.
  const present = new Set(uses.flatMap((use) => (use.zoneName === undefined ? [] : [normalizeZoneName(use.zoneName)])));
  let rightZonePresent = false;
  let unknownZone = false;
  for (const use of uses) {
    const zone = use.zoneName;
    if (zone === undefined) {
      unknownZone = true;
      continue;
    }
    if (SOVEREIGN_SUFFIX.test(normalizeZoneName(zone))) continue;
    const problem = zoneProblem(service, endpoint.groupId, zone, knowledge, present);
    if (!problem) {
      if (knowledge.zoneFit(service.resourceType, endpoint.groupId, zone) === 'recommended') rightZonePresent = true;
      continue;
    }
    // A loop body is one config written once for several zones; each zone counts once.
    if (seenZones.has(normalizeZoneName(zone))) continue;
    seenZones.add(normalizeZoneName(zone));
    misfits.push({ use, zone, problem });
  }
  if (misfits.length === 0) return undefined;
  const relatedFor = (zones: readonly MisfitZone[]): RelatedInfo[] => [
    { loc: endpoint.groupIdNode.loc, message: "The endpoint's group id" },
    ...zones.flatMap((m) => m.use.zones.map((z) => ({ loc: z.anchor, message: `The private DNS zone '${m.zone}'` }))),
  ];
  // Next to the right zone, a zone documented for another service or group id (or an older name of this one) is
  // surplus; an undocumented one more likely stands in, misspelt, for a zone the group id also needs.
  const wrong = rightZonePresent ? misfits.filter((m) => !isKnownElsewhere(m, service, endpoint.groupId, knowledge)) : misfits;
  if (wrong.length === 0) {
    const list = quotedList(misfits.map((m) => m.zone));
    const right = quotedList(service.zonesFor(endpoint.groupId));
    return {
      at: misfits[0].use.reference.loc,
      level: 'info',
      message:
        `This zone group already points at the zone for ${service.displayName} group id '${endpoint.groupId}' (${right}) ` +
        `and also lists ${list}, which this endpoint does not need: remove ${misfits.length === 1 ? 'it' : 'them'}.`,
      basedOn: basedOn(...misfits.map((m) => m.use.reference)),
      related: relatedFor(misfits),
    };
  }
  if (unknownZone && !rightZonePresent) return undefined;
  const first = wrong[0];
  const related = relatedFor(wrong);
  if (wrong.length === 1) {
    return {
      at: first.use.reference.loc,
      message: first.problem.message,
      basedOn: basedOn(first.use.reference),
      related,
      // With an invalid group id the right zone is not known, so there is nothing to point at.
      fixes: first.problem.groupIdValid ? fixesFor({ use: first.use, service, groupId: endpoint.groupId, graph, knowledge, present }) : [],
    };
  }
  const recommended = stillMissing(service.zonesFor(endpoint.groupId), present);
  const names = quotedList(wrong.map((m) => m.zone));
  return {
    at: first.use.reference.loc,
    message:
      (rightZonePresent
        ? `Zones ${names} of this zone group are not zones of ${service.displayName} group id '${endpoint.groupId}'`
        : `None of the ${wrong.length} zones of this zone group (${names}) is the zone for ${service.displayName} group id '${endpoint.groupId}'`) +
      `, so the endpoint's records land where clients of this service do not look${recommended.length > 0 ? `: use ${quotedList(recommended, 'or')}` : ''}.`,
    basedOn: basedOn(...wrong.map((m) => m.use.reference)),
    related,
  };
}

/** The zone is documented for another service or group id, or is an older name of this group id's zone. */
function isKnownElsewhere(misfit: MisfitZone, service: ServiceInfo, groupId: string, knowledge: Knowledge): boolean {
  if (knowledge.zoneFit(service.resourceType, groupId, misfit.zone) === 'legacy') return true;
  return knowledge.servicesUsingZone(misfit.zone).length > 0;
}

interface ZoneProblem {
  readonly message: string;
  readonly groupIdValid: boolean;
}

function zoneProblem(
  service: ServiceInfo,
  groupId: string,
  zone: string,
  knowledge: Knowledge,
  present: ReadonlySet<string>,
): ZoneProblem | undefined {
  const status = knowledge.groupIdStatus(service.resourceType, groupId);
  if (status === 'unknown') return undefined;
  if (status === 'invalid') {
    // Which group id was meant is not known: only a zone that no group id of the type uses is certainly wrong.
    if (service.groupIdKind !== 'listed' || service.groupIds.length === 0) return undefined;
    if (service.groupIds.some((g) => service.zonesFor(g).length === 0)) return undefined;
    if (service.groupIds.some((g) => knowledge.zoneFit(service.resourceType, g, zone) !== 'other')) return undefined;
    return {
      message: `The endpoint names group id '${groupId}', which ${service.displayName} does not offer, and zone '${zone}' is not a zone of any of its group ids${usedBy(zone, service, knowledge)}: use the zone of the intended group id.`,
      groupIdValid: false,
    };
  }
  const recommended = service.zonesFor(groupId);
  if (recommended.length === 0) return undefined;
  const fit = knowledge.zoneFit(service.resourceType, groupId, zone);
  const list = quotedList(stillMissing(recommended, present), 'or');
  if (fit === 'recommended') return undefined;
  if (fit === 'legacy') {
    // The data file's notes cite their sources ("(facts DNS-14)"); users need the advice, not our bookkeeping.
    const note = service.legacyZoneNote(groupId, zone)?.replace(/\s*\(facts [^)]*\)/g, '');
    return {
      message: `Zone '${zone}' is an older or alternate name for ${service.displayName} group id '${groupId}'${note ? ` (${asClause(note)})` : ''}: the recommended zone is ${list}.`,
      groupIdValid: true,
    };
  }
  return {
    message:
      `Zone '${zone}' is not the zone for ${service.displayName} group id '${groupId}'${usedBy(zone, service, knowledge)}, so the endpoint's records land where clients of this service do not look: ` +
      `use ${list}.`,
    groupIdValid: true,
  };
}

/**
 * The recommended zones the group does not point at yet (all of them when it points at every one): with the API zone
 * of a Machine Learning workspace present, a wrong second zone stands in for the notebooks zone, not for either.
 */
function stillMissing(recommended: readonly string[], present: ReadonlySet<string>): readonly string[] {
  const missing = recommended.filter((zone) => !present.has(normalizeZoneName(zone)));
  return missing.length > 0 ? missing : recommended;
}

/** " (it is the zone of <service> group id 'x')" when the name belongs to another group id, else a hint at a typo. */
function usedBy(zone: string, service: ServiceInfo, knowledge: Knowledge): string {
  const users = knowledge.servicesUsingZone(zone);
  if (users.length === 0) return knowledge.isPrivateLinkZone(zone) ? '' : ' (not a documented Private Link zone; a typo?)';
  // Several services share some zones (the blob zone serves Storage and Data Explorer): name this service's own first.
  const own = users.find((u) => u.resourceType.toLowerCase() === service.resourceType.toLowerCase());
  if (own) return ` (it is the zone of group id '${own.groupId}')`;
  const first = primaryUser(zone, users, knowledge);
  const name = knowledge.service(first.resourceType)?.displayName ?? first.resourceType;
  return ` (it is the zone of ${name} group id '${first.groupId}')`;
}

/**
 * The service a shared zone chiefly belongs to: the blob zone is Storage's `blob` zone, even though Data Explorer,
 * Azure Monitor and Backup also list it among several. Prefer a group id named in the zone ('privatelink.blob…' →
 * `blob`), then one whose only zone this is, then the table's order.
 */
function primaryUser(
  zone: string,
  users: readonly { resourceType: string; groupId: string }[],
  knowledge: Knowledge,
): { resourceType: string; groupId: string } {
  const labels = new Set(zone.toLowerCase().split('.'));
  const rank = (u: { resourceType: string; groupId: string }): number => {
    const named = labels.has(u.groupId.toLowerCase()) ? 0 : 2;
    const zoneCount = knowledge.service(u.resourceType)?.zonesFor(u.groupId).length ?? 0;
    return named + (zoneCount === 1 ? 0 : 1);
  };
  return users.reduce((best, u) => (rank(u) < rank(best) ? u : best), users[0]);
}

/** What a fix for one misfit zone config is chosen from. */
interface ZoneFixContext {
  readonly use: ZoneConfigUse;
  readonly service: ServiceInfo;
  readonly groupId: string;
  readonly graph: ResourceGraph;
  readonly knowledge: Knowledge;
  /** Zones the group already points at (normalized): a second config for one of them would add no name. */
  readonly present: ReadonlySet<string>;
}

function fixesFor(context: ZoneFixContext): Fix[] {
  const { use, graph } = context;
  if (!use.written || sharesWrittenReference(use, graph)) return [];
  const repoint = declaredRecommendedZone(context);
  if (repoint) {
    return [
      {
        title: `Use private DNS zone '${String(repoint.name)}'`,
        actions: [{ kind: 'replaceValue', node: use.reference, value: { kind: 'resourceId', resource: repoint } }],
      },
    ];
  }
  const rename = renameTarget(context);
  return rename ? [rename] : [];
}

/**
 * A reference written once but used by several configs (a loop body, a group of a looped endpoint) must not be
 * replaced for one of them: the edit would change them all.
 */
function sharesWrittenReference(use: ZoneConfigUse, graph: ResourceGraph): boolean {
  return (zoneReferenceUseCounts(graph).get(referenceKey(use)) ?? 0) > 1;
}

/** A zone with a recommended name, declared in the group's file and deployment, that the reference can point at. */
function declaredRecommendedZone({ use, service, groupId, graph, knowledge, present }: ZoneFixContext): Resource | undefined {
  const candidates = graph
    .ofType(PRIVATE_DNS_ZONE)
    .filter(
      (zone) =>
        zone.deployment === use.group.deployment &&
        zone.declaration.file === use.reference.loc.file &&
        !zone.loop &&
        isKnownString(zone.name) &&
        !present.has(normalizeZoneName(zone.name)) &&
        knowledge.zoneFit(service.resourceType, groupId, zone.name) === 'recommended',
    );
  const names = new Set(candidates.map((zone) => normalizeZoneName(String(zone.name))));
  return names.size === 1 && candidates.length === 1 ? candidates[0] : undefined;
}

/**
 * Renaming the declared zone is safe only when this config is its only user, its children are attached through
 * `parent` (so their names follow), and references to it follow a rename.
 */
function renameTarget({ use, service, groupId, graph, present }: ZoneFixContext): Fix | undefined {
  if (use.zones.length !== 1) return undefined;
  const zone = use.zones[0];
  // Not a name the group already points at, nor one declared beside it (two zones of one name are one resource).
  const declared = new Set(
    graph
      .ofType(PRIVATE_DNS_ZONE)
      .filter((other) => other.deployment === zone.deployment && isKnownString(other.name))
      .map((other) => normalizeZoneName(String(other.name))),
  );
  const newName = service
    .zonesFor(groupId)
    .find((z) => !z.includes('{') && !present.has(normalizeZoneName(z)) && !declared.has(normalizeZoneName(z)));
  const nameMember = findMember(zone.body, 'name');
  if (!newName || zone.existing || !nameMember || zone.deployment !== use.group.deployment || !referencesFollowRename(zone))
    return undefined;
  if (graph.childrenOf(zone).some((child) => child.parent !== zone)) return undefined;
  const { byZone, byName } = zoneUsers(graph);
  const users = new Set([...(byZone.get(zone) ?? []), ...(byName.get(String(zone.name).toLowerCase()) ?? [])]);
  if (users.size !== 1) return undefined;
  return {
    title: `Rename private DNS zone '${String(zone.name)}' to '${newName}'`,
    actions: [
      { kind: 'replaceValue', node: nameMember.node, value: newName },
      { kind: 'replaceValue', node: use.reference, value: { kind: 'resourceId', resource: zone } },
    ],
  };
}
