/** The engine's Private Link knowledge: per-service group ids, DNS zones, public-access and SKU facts (from services.json), and the explanations hovers and rules show. */
import servicesFile from './services.json';
import { explanation as explanationFor, type Explanation, type ExplanationTopic } from './explanations';
import { compileZonePattern, groupIdMatchesPattern, normalizeZoneName, zoneMatches, type ZonePattern } from './zoneNames';

export type { Explanation, ExplanationTopic } from './explanations';
export { EXPLANATION_TOPICS, FAQ_URL } from './explanations';
export { bicepZoneExpression, armZoneExpression, normalizeZoneName } from './zoneNames';

/** One switch on the target resource that decides whether it accepts public traffic. */
export interface PublicAccessSwitch {
  /** Path from the resource body, e.g. `['properties', 'publicNetworkAccess']`. */
  readonly path: readonly string[];
  /** Values that close public access. The first is the one a fix writes. Booleans for boolean switches. */
  readonly disabledValues: readonly (string | boolean)[];
  /** Whether string values compare case-insensitively (all string switches: ARM parses enums that way). */
  readonly caseInsensitive: boolean;
  /** What an absent property means: `'unknown'` (and `'closed'`) means a rule must stay silent when it is absent. */
  readonly whenAbsent: 'open' | 'closed' | 'unknown';
  /** Values that hand the decision to another control (e.g. `SecuredByPerimeter`): neither open nor closed, stay silent. */
  readonly undecidedValues?: readonly string[];
  /** First API version whose schema has the property; a fix must not add it to an older `apiVersion`. */
  readonly firstApiVersion?: string;
}

/**
 * How public access is turned off for a resource type. Public access is closed when the main switch and every
 * `alsoRequired` switch hold a disabled value, or when the network ACL at `networkAclDenyPath` is `'Deny'`
 * (case-insensitive; listed IP rules may still let named public addresses in).
 */
export interface PublicAccessInfo extends PublicAccessSwitch {
  readonly alsoRequired?: readonly PublicAccessSwitch[];
  readonly networkAclDenyPath?: readonly string[];
  /** The documentation behind `whenAbsent` when it is not the usual 'open'. */
  readonly whenAbsentSource?: string;
  /** The service's own ways of closing public access or limiting it to listed sources, besides the switch. */
  readonly limits?: readonly PublicAccessLimit[];
  /** Set when a private endpoint alone closes public access, whatever the switch says (Static Web Apps). */
  readonly closedByPrivateEndpoint?: { readonly description: string; readonly source: string };
}

/**
 * A condition on the settings of one resource body. Paths start at the body (`['properties', …]`); string values
 * compare case-insensitively. `listed` holds for a list (or comma-separated string) with at least one entry and no
 * entry that admits every address (`0.0.0.0/0`, `Any` …), read from the entry's `address` member or the entry itself.
 */
export type SettingCondition =
  | { readonly equals: readonly string[]; readonly values: readonly (string | boolean)[] }
  | { readonly listed: readonly string[]; readonly address?: string }
  | { readonly absent: readonly string[] }
  | { readonly all: readonly SettingCondition[] }
  | { readonly any: readonly SettingCondition[] };

/**
 * One documented way a service closes its public endpoint or limits it to listed sources. When its condition holds,
 * the target is not open to everyone: `closed` (no public traffic), `restricted` (public traffic from listed
 * sources only) or `undecided` (the documentation does not say what the setting does alone: assume nothing).
 */
export interface PublicAccessLimit {
  readonly effect: 'closed' | 'restricted' | 'undecided';
  /** The setting lives on a child resource of this type (Event Hubs' `networkRuleSets`), named `childName` if given. */
  readonly childType?: string;
  readonly childName?: string;
  readonly when: SettingCondition;
  /** What holds when the condition does, in a few words for messages and docs. */
  readonly description: string;
  /** The Microsoft documentation page that says so. */
  readonly source: string;
}

/** A SKU condition for private endpoints on the target (`pe-target-sku`). Absent SKU: no finding. */
export interface SkuRequirement {
  /** Path from the resource body, e.g. `['sku', 'name']`. */
  readonly path: readonly string[];
  /** When present, the SKU must be one of these. */
  readonly allowed?: readonly string[];
  /** When present, the SKU must not be one of these. */
  readonly disallowed?: readonly string[];
  readonly caseInsensitive: boolean;
  /** The value a fix writes. */
  readonly fixValue: string;
  /** One sentence for messages and hovers. */
  readonly description: string;
  /** Where Microsoft documents the requirement (a Learn page, or the built-in Azure Policy that enforces it). */
  readonly documentation: readonly string[];
}

/**
 * How a type's group ids are known: `listed` (authoritative list), `frontendIpConfigurationName` (Application
 * Gateway: the name of one of its frontend IP configurations), `unverified` (never judge), `none` (customer Private
 * Link service: must be empty).
 */
export type GroupIdKind = 'listed' | 'frontendIpConfigurationName' | 'unverified' | 'none';

export interface ServiceInfo {
  readonly resourceType: string;
  readonly displayName: string;
  /** Documented group ids in documented casing (empty unless `groupIdKind` is `listed`). */
  readonly groupIds: readonly string[];
  readonly groupIdKind: GroupIdKind;
  /** Group-id shapes accepted besides the list, e.g. `sites-{slotName}` for App Service slots. */
  readonly groupIdPatterns: readonly string[];
  /** Recommended zones (public cloud, placeholders kept); matching is case-insensitive. Empty = not known: stay silent. */
  zonesFor(groupId: string): readonly string[];
  /** Older or alternate zone names that deploy but are not the recommended ones. */
  legacyZonesFor(groupId: string): readonly string[];
  /** Why a legacy/alternate zone is not recommended (for messages), or undefined. */
  legacyZoneNote(groupId: string, zone: string): string | undefined;
  /** Why a group id has no zones, when it has none. */
  zonesUnknownReason(groupId: string): string | undefined;
  /** Public zone name → the private zone that replaces it, for one group id (documented pairs only; empty when none). */
  publicZonesFor(groupId: string): Readonly<Record<string, string>>;
  /** True when the group id's endpoint needs every recommended zone at once (Azure Monitor's five), not one of them. */
  allZonesNeeded(groupId: string): boolean;
  readonly publicAccess?: PublicAccessInfo;
  /** Why `publicAccess` is absent (no switch exists, or it is not known). */
  readonly publicAccessUnknown?: string;
  readonly skuRequirement?: SkuRequirement;
  readonly notes?: readonly string[];
}

/** What `groupIdStatus` says about one group id on a connection to a type. */
export type GroupIdStatus = 'valid' | 'caseMismatch' | 'invalid' | 'unknown';

export interface Knowledge {
  /** Case-insensitive. */
  service(resourceType: string): ServiceInfo | undefined;
  services(): readonly ServiceInfo[];
  isCustomerPrivateLinkService(resourceType: string): boolean;
  /**
   * Whether a group id is valid for the type: exact match (or a group-id pattern), a case-only difference, invalid
   * (including any group id for a customer Private Link service), or unknown (type not in the table, or its group ids
   * are not a fixed list). Rules should use this rather than `groupIds.includes`.
   */
  groupIdStatus(resourceType: string, groupId: string): GroupIdStatus;
  /**
   * `'recommended'` | `'legacy'` | `'other'`. Placeholders ({regionName}, {regionCode}, {region}, {dnsPrefix},
   * {partitionId}, {subzone}) match one DNS label; the placeholder text itself matches too. Case-insensitive.
   */
  zoneFit(resourceType: string, groupId: string, zoneName: string): 'recommended' | 'legacy' | 'other';
  /** Closest valid group id for a misspelt one (case-insensitive equality first, then edit distance), or undefined. */
  closestGroupId(resourceType: string, groupId: string): string | undefined;
  /** Every (type, group id) whose recommended zones include this zone name. */
  servicesUsingZone(zoneName: string): { resourceType: string; groupId: string }[];
  /** True for `privatelink.*` names and for any documented Private Link zone (some, like AVD's, do not start so). */
  isPrivateLinkZone(zoneName: string): boolean;
  /**
   * When the name is a service's public zone (`blob.core.windows.net`, `vault.azure.net`), the private zones that
   * replace it (a `privatelink.` twin first and alone when there is one); else an empty list. Case-insensitive.
   */
  privateZonesReplacing(zoneName: string): readonly string[];
  /** The documented fact behind a rule of the second catalog, with its sources, when the table records one. */
  ruleFact(ruleId: string): RuleFact | undefined;
  /** The documented fact behind a hint of the private endpoint hover (e.g. `custom-dns-servers`), when recorded. */
  hintFact(hintId: string): HintFact | undefined;
  explanation(topic: ExplanationTopic): Explanation;
}

// --- services.json shape (written by scripts/build-knowledge.mjs) ------------------------------------------

/** A rule's platform fact and the Microsoft documentation it was checked against. */
export interface RuleFact {
  readonly rule: string;
  readonly fact: string;
  readonly sources: readonly string[];
}

/** A hover hint's platform fact and the Microsoft documentation it was checked against. */
export interface HintFact {
  readonly hint: string;
  readonly fact: string;
  readonly sources: readonly string[];
}

interface GroupRecord {
  readonly groupId: string;
  readonly zones: readonly string[];
  readonly allZonesNeeded?: boolean;
  /** Public zone name → the private zone that replaces it. */
  readonly publicZones?: Readonly<Record<string, string>>;
  readonly legacyZones?: readonly { readonly zone: string; readonly why: string }[];
  readonly zonesUnknown?: string;
}
interface ServiceRecord {
  readonly resourceType: string;
  readonly displayName: string;
  readonly groupIdKind: GroupIdKind;
  readonly groups: readonly GroupRecord[];
  readonly groupIdPatterns?: readonly { readonly pattern: string; readonly zones: readonly string[] }[];
  readonly publicAccess?: PublicAccessInfo;
  readonly publicAccessUnknown?: string;
  readonly skuRequirement?: SkuRequirement;
  readonly notes?: readonly string[];
}
interface ServicesFile {
  readonly services: readonly ServiceRecord[];
  readonly ruleFacts?: readonly RuleFact[];
  readonly hintFacts?: readonly HintFact[];
}

const PRIVATE_LINK_SERVICE_TYPE = 'microsoft.network/privatelinkservices';
const NONE: readonly string[] = [];
const NO_PUBLIC_ZONES: Readonly<Record<string, string>> = {};

interface CompiledGroup {
  readonly record: GroupRecord;
  readonly zones: readonly ZonePattern[];
  readonly legacy: readonly ZonePattern[];
}

interface CompiledService extends ServiceInfo {
  groupRecord(groupId: string): CompiledGroup | undefined;
}

function compileService(record: ServiceRecord): CompiledService {
  const groups = new Map<string, CompiledGroup>();
  for (const group of record.groups) {
    groups.set(group.groupId.toLowerCase(), {
      record: group,
      zones: group.zones.map(compileZonePattern),
      legacy: (group.legacyZones ?? []).map((l) => compileZonePattern(l.zone)),
    });
  }
  const patterns = record.groupIdPatterns ?? [];
  const patternGroups = patterns.map((p) => ({
    pattern: p.pattern,
    group: { record: { groupId: p.pattern, zones: p.zones }, zones: p.zones.map(compileZonePattern), legacy: [] },
  }));
  // Group ids compare case-insensitively for zone lookups: a case-only slip is pe-valid-group-id's business, and
  // the zone advice should still be right.
  const groupRecord = (groupId: string): CompiledGroup | undefined =>
    groups.get(groupId.toLowerCase()) ?? patternGroups.find((p) => groupIdMatchesPattern(p.pattern, groupId))?.group;
  return {
    resourceType: record.resourceType,
    displayName: record.displayName,
    groupIds: record.groups.map((g) => g.groupId),
    groupIdKind: record.groupIdKind,
    groupIdPatterns: patterns.map((p) => p.pattern),
    zonesFor: (groupId) => groupRecord(groupId)?.record.zones ?? NONE,
    legacyZonesFor: (groupId) => groupRecord(groupId)?.record.legacyZones?.map((l) => l.zone) ?? NONE,
    legacyZoneNote: (groupId, zone) => {
      const group = groupRecord(groupId);
      const index = group?.legacy.findIndex((p) => zoneMatches(p, zone)) ?? -1;
      return index >= 0 ? group?.record.legacyZones?.[index]?.why : undefined;
    },
    zonesUnknownReason: (groupId) => groupRecord(groupId)?.record.zonesUnknown,
    publicZonesFor: (groupId) => groupRecord(groupId)?.record.publicZones ?? NO_PUBLIC_ZONES,
    allZonesNeeded: (groupId) => groupRecord(groupId)?.record.allZonesNeeded === true,
    publicAccess: record.publicAccess,
    publicAccessUnknown: record.publicAccessUnknown,
    skuRequirement: record.skuRequirement,
    notes: record.notes,
    groupRecord,
  };
}

/** Optimal-string-alignment distance (edits and adjacent swaps), case-insensitive: 'tabel' is one slip from 'table'. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const d: number[][] = Array.from({ length: s.length + 1 }, (_, i) => [i, ...new Array<number>(t.length).fill(0)]);
  for (let j = 1; j <= t.length; j++) d[0][j] = j;
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[s.length][t.length];
}

/** Allowed slips grow with length, so 'bob' is not taken for 'blob_secondary' but 'blob_secondry' is. */
function suggestionThreshold(length: number): number {
  return length <= 4 ? 1 : length <= 8 ? 2 : 3;
}

function createKnowledge(file: ServicesFile): Knowledge {
  const all = file.services.map(compileService);
  const byType = new Map(all.map((s) => [s.resourceType.toLowerCase(), s]));
  // Zone index: exact literal names, plus the placeholder patterns that have to be tried one by one.
  const literalZoneUsers = new Map<string, { resourceType: string; groupId: string }[]>();
  const patternZoneUsers: { pattern: ZonePattern; resourceType: string; groupId: string }[] = [];
  const knownZones: ZonePattern[] = [];
  for (const service of all) {
    for (const groupId of service.groupIds) {
      const group = service.groupRecord(groupId);
      for (const pattern of group?.zones ?? []) {
        knownZones.push(pattern);
        if (pattern.regex) patternZoneUsers.push({ pattern, resourceType: service.resourceType, groupId });
        const users = literalZoneUsers.get(pattern.literal) ?? [];
        users.push({ resourceType: service.resourceType, groupId });
        literalZoneUsers.set(pattern.literal, users);
      }
      knownZones.push(...(group?.legacy ?? []));
    }
  }
  const service = (resourceType: string) => byType.get(resourceType.toLowerCase());
  const replacements = publicZoneIndex(file.services);
  const facts = new Map((file.ruleFacts ?? []).map((f) => [f.rule, f]));
  const hintFacts = new Map((file.hintFacts ?? []).map((f) => [f.hint, f]));

  return {
    service,
    services: () => all,
    isCustomerPrivateLinkService: (resourceType) => resourceType.toLowerCase() === PRIVATE_LINK_SERVICE_TYPE,
    groupIdStatus(resourceType, groupId) {
      const info = service(resourceType);
      if (info === undefined) return 'unknown';
      switch (info.groupIdKind) {
        case 'none':
          return 'invalid';
        case 'frontendIpConfigurationName':
        case 'unverified':
          return 'unknown';
        case 'listed':
          if (info.groupIds.includes(groupId)) return 'valid';
          if (info.groupIdPatterns.some((p) => groupIdMatchesPattern(p, groupId))) return 'valid';
          return info.groupIds.some((g) => g.toLowerCase() === groupId.toLowerCase()) ? 'caseMismatch' : 'invalid';
      }
    },
    zoneFit(resourceType, groupId, zoneName) {
      const group = service(resourceType)?.groupRecord(groupId);
      if (group === undefined) return 'other';
      if (group.zones.some((p) => zoneMatches(p, zoneName))) return 'recommended';
      if (group.legacy.some((p) => zoneMatches(p, zoneName))) return 'legacy';
      return 'other';
    },
    closestGroupId(resourceType, groupId) {
      const info = service(resourceType);
      if (info === undefined || info.groupIdKind !== 'listed' || groupId === '') return undefined;
      const sameIgnoringCase = info.groupIds.find((g) => g.toLowerCase() === groupId.toLowerCase());
      if (sameIgnoringCase !== undefined) return sameIgnoringCase;
      let best: string | undefined;
      let bestDistance = Number.POSITIVE_INFINITY;
      let tie = false;
      for (const candidate of info.groupIds) {
        const distance = editDistance(groupId, candidate);
        if (distance < bestDistance) [best, bestDistance, tie] = [candidate, distance, false];
        else if (distance === bestDistance) tie = true;
      }
      // A fix must be unambiguous: two equally close ids means we do not know which one was meant.
      return best !== undefined && !tie && bestDistance <= suggestionThreshold(groupId.length) ? best : undefined;
    },
    servicesUsingZone(zoneName) {
      const name = normalizeZoneName(zoneName);
      const found = [...(literalZoneUsers.get(name) ?? [])];
      for (const user of patternZoneUsers) {
        if (user.pattern.literal !== name && zoneMatches(user.pattern, name))
          found.push({ resourceType: user.resourceType, groupId: user.groupId });
      }
      return found;
    },
    isPrivateLinkZone(zoneName) {
      return normalizeZoneName(zoneName).startsWith('privatelink.') || knownZones.some((p) => zoneMatches(p, zoneName));
    },
    privateZonesReplacing: (zoneName) => replacements.get(normalizeZoneName(zoneName)) ?? NONE,
    ruleFact: (ruleId) => facts.get(ruleId),
    hintFact: (hintId) => hintFacts.get(hintId),
    explanation: explanationFor,
  };
}

/**
 * Public zone name → the private zones that replace it, across services. Several services share a public name
 * (`eventgrid.azure.net`); when one of them replaces it with its `privatelink.` twin, that twin is the answer.
 */
function publicZoneIndex(services: readonly ServiceRecord[]): Map<string, readonly string[]> {
  const found = new Map<string, Set<string>>();
  for (const record of services) {
    for (const group of record.groups) {
      for (const [publicZone, privateZone] of Object.entries(group.publicZones ?? {})) {
        const set = found.get(publicZone) ?? new Set<string>();
        set.add(privateZone);
        found.set(publicZone, set);
      }
    }
  }
  const index = new Map<string, readonly string[]>();
  for (const [publicZone, set] of found) {
    const twin = `privatelink.${publicZone}`;
    index.set(publicZone, set.has(twin) ? [twin] : [...set].sort());
  }
  return index;
}

/**
 * The knowledge, built once when the module loads from the committed table and never changed: its indexes are filled
 * by createKnowledge and only read afterwards, and the object is frozen. Immutable, so it is not analysis state (the
 * module-state meta-test allowlists it).
 */
const KNOWLEDGE: Knowledge = Object.freeze(createKnowledge(servicesFile as unknown as ServicesFile));

export function getKnowledge(): Knowledge {
  return KNOWLEDGE;
}
