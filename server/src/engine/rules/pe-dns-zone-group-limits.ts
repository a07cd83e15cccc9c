/** pe-dns-zone-group-limits: a private endpoint takes one DNS zone group, and a zone group at most five zone configs. */
import { valuesEqual } from '../evaluate/value';
import type { Resource } from '../model/model';
import { at, items } from '../model/navigate';
import type { ResourceGraph } from '../graph/resourceGraph';
import type { Rule } from './framework/rule';
import { ZONE_GROUP } from './support/privateEndpoints';
import { basedOn } from './support/basedOn';
import { narrowLocation } from './support/narrowLocation';

const MAX_ZONE_CONFIGS = 5;

export const peDnsZoneGroupLimits: Rule = {
  id: 'pe-dns-zone-group-limits',
  defaultLevel: 'error',
  title: 'A private endpoint has at most one DNS zone group, and a zone group at most five zone configs.',
  check({ graph, report }) {
    const groups = graph.ofType(ZONE_GROUP).filter((group) => !group.existing);
    checkGroupCount(groups, graph, report);
    for (const group of groups) {
      const configsNode = at(group.body, 'properties', 'privateDnsZoneConfigs');
      const configs = items(configsNode);
      if (!configs || configs.length <= MAX_ZONE_CONFIGS) continue;
      report({
        at: narrowLocation(configs[MAX_ZONE_CONFIGS]),
        message:
          `This DNS zone group has ${configs.length} zone configs but a zone group supports at most ${MAX_ZONE_CONFIGS}, so the deployment fails: ` +
          `keep only the zones the endpoint's group id needs.`,
        basedOn: basedOn(configsNode),
        related: [{ loc: group.anchor, message: 'The DNS zone group' }],
      });
    }
  },
};

type Report = Parameters<Rule['check']>[0]['report'];

/**
 * Groups that certainly deploy (condition true) under one endpoint, in one deployment scope: a module may target a
 * resource group known only at deployment time, where the same endpoint name is another endpoint. Two groups count
 * only when their names certainly differ (the same name is one resource deployed twice, not two groups).
 */
function checkGroupCount(groups: readonly Resource[], graph: ResourceGraph, report: Report): void {
  const byEndpoint = new Map<string, Resource[]>();
  for (const group of groups) {
    if (group.condition !== true) continue;
    const endpointKey = graph.parentOf(group)?.idKey ?? graph.parentIdKey(group.idKey);
    if (!endpointKey) continue;
    const key = `${group.deployment.key}|${endpointKey}`;
    const list = byEndpoint.get(key) ?? [];
    list.push(group);
    byEndpoint.set(key, list);
  }
  for (const list of byEndpoint.values()) {
    const distinct: Resource[] = [];
    for (const group of list) {
      if (distinct.every((other) => valuesEqual(other.name, group.name, true) === false)) distinct.push(group);
    }
    if (distinct.length < 2) continue;
    const [first, ...extra] = distinct;
    for (const group of extra) {
      report({
        at: group.anchor,
        message:
          `This is one of ${distinct.length} DNS zone groups on the same private endpoint, which supports only one, so the deployment fails: ` +
          'put all zone configs into one group.',
        related: [{ loc: first.anchor, message: 'The first DNS zone group on this endpoint' }],
      });
    }
  }
}
