/**
 * Completions inside `groupIds` (the group ids of the target's service, or of every service when the target is not
 * known, each with the private DNS zones it needs) and inside a private DNS zone's name (every `privatelink.` zone the
 * knowledge table holds, with the services that use it). Values only: nothing is offered where Private Link is not
 * being written.
 */
import type { EngineRange, Language } from '../api';
import type { Knowledge, ServiceInfo } from '../knowledge/knowledge';
import { completionContext } from './completionContext';

export interface CompletionEntry {
  /** The value inserted (between the quotes). */
  readonly label: string;
  /** One line shown beside the label. */
  readonly detail: string;
  /** Markdown shown for the selected entry. */
  readonly documentation: string;
  /** Orders entries: those that fit the known target first. */
  readonly sortText: string;
}

export interface CompletionResult {
  /** The string's content, replaced by the chosen entry. */
  readonly range: EngineRange;
  readonly entries: readonly CompletionEntry[];
}

export function completionsAt(text: string, offset: number, language: Language, knowledge: Knowledge): CompletionResult | undefined {
  const context = completionContext(text, offset, language);
  if (!context) return undefined;
  const range = { start: context.replace.start, end: context.replace.end };
  if (context.kind === 'groupId') {
    const target = context.targetType ? knowledge.service(context.targetType) : undefined;
    const services = target ? [target] : knowledge.services().filter((s) => s.groupIdKind === 'listed');
    return { range, entries: groupIdEntries(services, target !== undefined) };
  }
  return { range, entries: zoneEntries(knowledge) };
}

function groupIdEntries(services: readonly ServiceInfo[], targetKnown: boolean): CompletionEntry[] {
  const byGroupId = new Map<string, { services: ServiceInfo[]; zones: Set<string> }>();
  for (const service of services) {
    for (const groupId of service.groupIds) {
      const entry = byGroupId.get(groupId) ?? { services: [], zones: new Set<string>() };
      entry.services.push(service);
      for (const zone of service.zonesFor(groupId)) entry.zones.add(zone);
      byGroupId.set(groupId, entry);
    }
  }
  return [...byGroupId]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([groupId, { services: users, zones }], index) => {
      const names = [...new Set(users.map((s) => s.displayName))];
      const zoneList = [...zones];
      return {
        label: groupId,
        detail: `${targetKnown ? '' : `${names.slice(0, 2).join(', ')}${names.length > 2 ? ', …' : ''} · `}${zoneList.length > 0 ? zoneList.join(', ') : 'no private DNS zone listed'}`,
        documentation: [
          `Group id \`${groupId}\` of ${names.join(', ')}.`,
          '',
          zoneList.length > 0
            ? `Private DNS zone${zoneList.length > 1 ? 's' : ''} for its zone group: ${zoneList.map((z) => `\`${z}\``).join(', ')}.`
            : 'No private DNS zone is listed for it.',
        ].join('\n'),
        sortText: String(index).padStart(4, '0'),
      };
    });
}

function zoneEntries(knowledge: Knowledge): CompletionEntry[] {
  const users = new Map<string, Set<string>>();
  for (const service of knowledge.services()) {
    for (const groupId of service.groupIds) {
      for (const zone of service.zonesFor(groupId)) {
        if (!zone.includes('privatelink')) continue;
        const set = users.get(zone) ?? new Set<string>();
        set.add(`${service.displayName} (${groupId})`);
        users.set(zone, set);
      }
    }
  }
  return [...users]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([zone, usedBy], index) => ({
      label: zone,
      detail: [...usedBy].slice(0, 2).join(', ') + (usedBy.size > 2 ? ', …' : ''),
      documentation: `Private DNS zone used by: ${[...usedBy].join(', ')}.${/[{}]/.test(zone) ? ' Replace the part in braces with your value.' : ''}`,
      sortText: String(index).padStart(4, '0'),
    }));
}
