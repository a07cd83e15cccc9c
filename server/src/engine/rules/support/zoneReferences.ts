/** Private DNS zones as zone groups use them: each `privateDnsZoneConfigs` entry, the zone it names and that zone's name. */
import { MARK_END, MARK_START, Value, isKnownString } from '../../evaluate/value';
import type { Resource, ValueNode } from '../../model/model';
import { at, findMember, items } from '../../model/navigate';
import type { ResourceGraph } from '../../graph/resourceGraph';
import { PRIVATE_DNS_ZONE, ZONE_GROUP, isType } from './privateEndpoints';

export interface ZoneConfigUse {
  readonly group: Resource;
  /** The `privateDnsZoneId` value node. */
  readonly reference: ValueNode;
  /** Declarations of the zone in the model (alternatives share one id); empty when declared elsewhere. */
  readonly zones: readonly Resource[];
  /** The zone's name, from its declaration or the id's last segment; undefined when not known. */
  readonly zoneName?: string;
  /** True when `privateDnsZoneId` is written as a member of a literal object (so a fix can replace it). */
  readonly written: boolean;
}

/** Every zone config of a zone group that names a zone id. */
export function zoneConfigsOf(group: Resource, graph: ResourceGraph): ZoneConfigUse[] {
  const result: ZoneConfigUse[] = [];
  for (const config of items(at(group.body, 'properties', 'privateDnsZoneConfigs')) ?? []) {
    const properties = at(config, 'properties');
    const reference = at(properties, 'privateDnsZoneId');
    if (!properties || !reference) continue;
    const zones = graph.resolveAll(reference.value).filter((r) => isType(r, PRIVATE_DNS_ZONE));
    const written = findMember(properties, 'privateDnsZoneId') !== undefined;
    result.push({ group, reference, zones, zoneName: zoneNameOf(reference.value, zones), written });
  }
  return result;
}

/** Every zone config in the model, for questions like "who else uses this zone". */
export function allZoneConfigs(graph: ResourceGraph): readonly ZoneConfigUse[] {
  return graph.memo('allZoneConfigs', () => graph.ofType(ZONE_GROUP).flatMap((group) => zoneConfigsOf(group, graph)));
}

/** How many zone configs share each written `privateDnsZoneId` (by file and span). */
export function zoneReferenceUseCounts(graph: ResourceGraph): ReadonlyMap<string, number> {
  return graph.memo('zoneReferenceUseCounts', () => {
    const counts = new Map<string, number>();
    for (const use of allZoneConfigs(graph)) {
      const key = referenceKey(use);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  });
}

export function referenceKey(use: ZoneConfigUse): string {
  const { file, span } = use.reference.loc;
  return `${file.path}:${span.start}:${span.end}`;
}

/** Zone configs by the zone resource they name and by lower-cased zone name. */
export function zoneUsers(graph: ResourceGraph): {
  byZone: ReadonlyMap<Resource, ZoneConfigUse[]>;
  byName: ReadonlyMap<string, ZoneConfigUse[]>;
} {
  return graph.memo('zoneUsers', () => {
    const byZone = new Map<Resource, ZoneConfigUse[]>();
    const byName = new Map<string, ZoneConfigUse[]>();
    for (const use of allZoneConfigs(graph)) {
      for (const zone of use.zones) byZone.set(zone, [...(byZone.get(zone) ?? []), use]);
      if (use.zoneName) byName.set(use.zoneName.toLowerCase(), [...(byName.get(use.zoneName.toLowerCase()) ?? []), use]);
    }
    return { byZone, byName };
  });
}

function zoneNameOf(id: Value, zones: readonly Resource[]): string | undefined {
  const names = new Set(
    zones
      .map((z) => z.name)
      .filter(isKnownString)
      .map((n) => n.toLowerCase()),
  );
  if (names.size === 1 && zones.every((z) => isKnownString(z.name))) return zones.map((z) => z.name).find(isKnownString);
  if (typeof id === 'string') {
    const match = /\/privateDnsZones\/([^/]+)$/i.exec(id);
    if (match && !match[1].includes(MARK_START) && !match[1].includes(MARK_END) && !insideUnknown(id, match.index)) return match[1];
  }
  return undefined;
}

function insideUnknown(id: string, index: number): boolean {
  const open = id.lastIndexOf(MARK_START, index);
  return open >= 0 && id.indexOf(MARK_END, open) > index;
}

/**
 * Whether references to this resource written elsewhere follow a change of its name: true where they are symbolic
 * (Bicep `zone.id`, which a fix also writes), false in ARM JSON, where the JSON writer renders `resourceId(...)` from
 * the name text as it stands, so a rename and a re-pointed reference in one fix would disagree.
 */
export function referencesFollowRename(resource: Resource): boolean {
  return resource.declaration.file.language === 'bicep' && resource.symbolicName !== undefined && !resource.loop && !resource.inlineIn;
}
