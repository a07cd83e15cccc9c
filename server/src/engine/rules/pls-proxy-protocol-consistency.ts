/** pls-proxy-protocol-consistency: Private Link services that share a load balancer agree on enableProxyProtocol. */
import { isUnknown, valuesEqual } from '../evaluate/value';
import type { Resource, ValueNode } from '../model/model';
import { at, findMember } from '../model/navigate';
import { typeOfIdKey } from '../model/resourceIds';
import type { ResourceGraph } from '../graph/resourceGraph';
import type { Rule } from './framework/rule';
import { LOAD_BALANCER } from './support/privateEndpoints';
import { declaredPrivateLinkServices, frontendsOf } from './support/loadBalancers';
import { basedOn } from './support/basedOn';
import { listInWords, nameLabel, resourceLabel } from './support/resourceNames';

const FRONTEND_TYPE = 'microsoft.network/loadbalancers/frontendipconfigurations';

interface Setting {
  readonly pls: Resource;
  /** The written value node; undefined when the property is absent (false). */
  readonly node?: ValueNode;
  readonly enabled: boolean;
  readonly reference: ValueNode;
}

interface Group {
  readonly loadBalancerName: string;
  readonly settings: Setting[];
}

export const plsProxyProtocolConsistency: Rule = {
  id: 'pls-proxy-protocol-consistency',
  defaultLevel: 'warning',
  title: 'Private Link services that share a load balancer agree on enableProxyProtocol.',
  check({ graph, report }) {
    const groups = new Map<string, Group>();
    for (const pls of declaredPrivateLinkServices(graph)) {
      const setting = proxyProtocolOf(pls);
      if (!setting) continue;
      for (const use of frontendsOf(pls, graph)) {
        const loadBalancer = loadBalancerOf(pls, use.reference, use.loadBalancer, graph);
        if (!loadBalancer) continue;
        let group = groups.get(loadBalancer.key);
        if (!group) {
          group = { loadBalancerName: loadBalancer.name, settings: [] };
          groups.set(loadBalancer.key, group);
        }
        // A service using two frontends of one load balancer counts once.
        if (!group.settings.some((s) => s.pls === pls)) group.settings.push({ ...setting, reference: use.reference });
      }
    }
    for (const group of groups.values()) {
      const lbName = group.loadBalancerName;
      const settings = coexisting(group.settings);
      const enabledCount = settings.filter((s) => s.enabled).length;
      if (enabledCount === 0 || enabledCount === settings.length) continue;
      // The majority decides which side is "different"; on a tie the first service declared does.
      const expected = enabledCount * 2 === settings.length ? settings[0].enabled : enabledCount * 2 > settings.length;
      const others = settings.filter((s) => s.enabled === expected);
      for (const setting of settings.filter((s) => s.enabled !== expected)) {
        const own = setting.enabled
          ? 'enables the proxy protocol'
          : setting.node
            ? 'disables the proxy protocol'
            : 'leaves enableProxyProtocol unset (false)';
        const names = listInWords(others.map((s) => resourceLabel(s.pls)));
        report({
          at: setting.node?.loc ?? setting.pls.anchor,
          message:
            `This Private Link service ${own}, but ${names} on the same load balancer ${lbName} ${verb(expected, others.length)} it, and the setting affects ` +
            `every service sharing the load balancer's backends, so health probes and connections fail for some of them: ` +
            `set enableProxyProtocol the same way on all of them.`,
          basedOn: basedOn(setting.node, setting.reference, ...others.flatMap((s) => [s.node, s.reference])),
          related: others.map((s) => ({
            loc: s.node?.loc ?? s.pls.anchor,
            message: `Private Link service ${resourceLabel(s.pls)} ${s.enabled ? 'enables' : 'does not enable'} the proxy protocol`,
          })),
        });
      }
    }
  },
};

/**
 * The services that can be deployed together. A service with an unknown condition is checked as if it existed, but
 * two services under different unknown conditions may be alternatives (`if (useProxy)` / `if (!useProxy)`), so
 * conditional services are compared only when they all share one condition.
 */
function coexisting(settings: readonly Setting[]): readonly Setting[] {
  const conditional = settings.filter((s) => valuesEqual(s.pls.condition, true) !== true);
  if (conditional.length <= 1 || conditional.every((s) => valuesEqual(s.pls.condition, conditional[0].pls.condition) === true))
    return settings;
  return settings.filter((s) => !conditional.includes(s));
}

/** The service's setting; undefined when it cannot be known. Absent (or null) means false. */
function proxyProtocolOf(pls: Resource): Omit<Setting, 'reference'> | undefined {
  const properties = at(pls.body, 'properties');
  if (!properties || isUnknown(properties.value)) return undefined;
  const node = at(properties, 'enableProxyProtocol');
  if (!node || node.value === null) {
    const written = properties.members ? findMember(properties, 'enableProxyProtocol')?.node : undefined;
    return { pls, node: written, enabled: false };
  }
  return typeof node.value === 'boolean' ? { pls, node, enabled: node.value } : undefined;
}

/**
 * Which load balancer a frontend reference belongs to: the declared load balancer when it resolves (through the
 * frontend or through the load balancer part of the frontend id), else that part of the id itself (same key = same
 * load balancer, even with unknown names), kept per deployment so module instances never collide.
 */
function loadBalancerOf(
  pls: Resource,
  reference: ValueNode,
  resolved: Resource | undefined,
  graph: ResourceGraph,
): { key: string; name: string } | undefined {
  const id = at(reference, 'id')?.value;
  const lbId = typeof id === 'string' ? id.replace(/\/frontendIPConfigurations\/[^/]*$/i, '') : undefined;
  const loadBalancer = resolved ?? graph.resolveAll(lbId).find((r) => r.type.toLowerCase() === LOAD_BALANCER.toLowerCase());
  if (loadBalancer) return { key: `lb:${loadBalancer.key}`, name: resourceLabel(loadBalancer) };
  const key = id === undefined ? undefined : graph.idKeyOf(id);
  if (!key || typeOfIdKey(key) !== FRONTEND_TYPE) return undefined;
  const parent = graph.parentIdKey(key);
  const written = typeof lbId === 'string' ? lbId.slice(lbId.lastIndexOf('/') + 1) : undefined;
  return parent ? { key: `id:${pls.deployment.key}:${parent}`, name: nameLabel(written) } : undefined;
}

function verb(enabled: boolean, count: number): string {
  if (enabled) return count === 1 ? 'enables' : 'enable';
  return count === 1 ? 'does not enable' : 'do not enable';
}
