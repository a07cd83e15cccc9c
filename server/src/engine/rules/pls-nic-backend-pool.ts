/** pls-nic-backend-pool: the backend pool behind a Private Link service's frontend must be NIC-based, not IP-address based. */
import { Value, hasUnknownPart, isUnknown } from '../evaluate/value';
import type { Resource, ValueNode } from '../model/model';
import { at, items, valueAt } from '../model/navigate';
import type { RelatedInfo, Rule } from './framework/rule';
import { declaredPrivateLinkServices, frontendsOf } from './support/loadBalancers';
import { basedOn } from './support/basedOn';
import { nameLabel, resourceLabel, valueLabel } from './support/resourceNames';

const BACKEND_POOL = 'Microsoft.Network/loadBalancers/backendAddressPools';

interface PoolFinding {
  readonly pool: Resource;
  readonly address: ValueNode;
  readonly ruleName: Value | undefined;
  readonly related: RelatedInfo[];
  readonly evidence: (ValueNode | undefined)[];
}

export const plsNicBackendPool: Rule = {
  id: 'pls-nic-backend-pool',
  defaultLevel: 'error',
  title: "The backend pools behind a Private Link service's frontend are NIC-based, not IP-address based.",
  check({ graph, report }) {
    const byPool = new Map<string, PoolFinding>();
    for (const pls of declaredPrivateLinkServices(graph)) {
      for (const use of frontendsOf(pls, graph)) {
        const { frontend, loadBalancer } = use;
        if (!frontend || !loadBalancer || loadBalancer.existing) continue;
        for (const rule of items(at(loadBalancer.body, 'properties', 'loadBalancingRules')) ?? []) {
          const frontendId = at(rule, 'properties', 'frontendIPConfiguration', 'id');
          // Same id key = same frontend, even when its names are unknown values built by the same expression.
          if (!frontendId || graph.idKeyOf(frontendId.value) !== frontend.idKey) continue;
          for (const poolId of poolIdsOf(rule)) {
            for (const pool of graph.resolveAll(poolId.value)) {
              if (pool.existing || pool.type.toLowerCase() !== BACKEND_POOL.toLowerCase()) continue;
              const address = firstIpAddress(pool);
              if (!address) continue;
              let found = byPool.get(pool.key);
              if (!found) {
                found = { pool, address, ruleName: valueAt(rule, 'name'), related: [], evidence: [address] };
                byPool.set(pool.key, found);
              }
              found.related.push(
                { loc: use.reference.loc, message: `The Private Link service ${resourceLabel(pls)} uses this load balancer frontend` },
                {
                  loc: poolId.loc,
                  message: `Load-balancing rule ${nameLabel(valueAt(rule, 'name'))} sends the frontend's traffic to this pool`,
                },
              );
              found.evidence.push(use.reference, frontendId, poolId);
            }
          }
        }
      }
    }
    for (const { pool, address, ruleName, related, evidence } of byPool.values()) {
      report({
        at: address.loc,
        message:
          `Backend pool ${resourceLabel(pool)} is IP-address based (a loadBalancerBackendAddresses entry gives ipAddress ${valueLabel(address.value)}) ` +
          `and load-balancing rule ${nameLabel(ruleName)} sends a Private Link service's traffic to it, which Private Link services do not support: ` +
          `use a NIC-based pool, which the backend NICs' ipConfigurations reference in loadBalancerBackendAddressPools.`,
        basedOn: basedOn(...evidence),
        related: dedupe(related),
      });
    }
  },
};

/** `backendAddressPool.id` and every `backendAddressPools[].id` of a load-balancing rule, where written or known. */
function poolIdsOf(rule: ValueNode): ValueNode[] {
  const ids: ValueNode[] = [];
  const single = at(rule, 'properties', 'backendAddressPool', 'id');
  if (single) ids.push(single);
  for (const entry of items(at(rule, 'properties', 'backendAddressPools')) ?? []) {
    const id = at(entry, 'id');
    if (id) ids.push(id);
  }
  return ids;
}

/**
 * The first backend address that is given by IP address. A wholly unknown ipAddress proves nothing (it may be null);
 * a string with a known part, or a known non-empty string, is an address.
 */
function firstIpAddress(pool: Resource): ValueNode | undefined {
  for (const entry of items(at(pool.body, 'properties', 'loadBalancerBackendAddresses')) ?? []) {
    const ip = at(entry, 'properties', 'ipAddress');
    if (!ip || isUnknown(ip.value) || typeof ip.value !== 'string') continue;
    if (ip.value.trim() !== '' || hasUnknownPart(ip.value)) return ip;
  }
  return undefined;
}

function dedupe(related: RelatedInfo[]): RelatedInfo[] {
  const seen = new Set<string>();
  return related.filter((info) => {
    const key = `${info.loc.file.path}:${info.loc.span.start}:${info.loc.span.end}:${info.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
