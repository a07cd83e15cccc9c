/** pls-per-load-balancer: at most eight Private Link services per load balancer, each on a frontend IP configuration of its own. */
import type { Location, Resource, ValueNode } from '../model/model';
import { at } from '../model/navigate';
import type { RuleContext, Rule } from './framework/rule';
import { existenceGroup } from './support/instances';
import { declaredPrivateLinkServices, frontendsOf } from './support/loadBalancers';
import { listInWords, resourceLabel } from './support/resourceNames';

/** Documented limit: Private Link services per Standard load balancer (PLSOV, LIMITS, FAQ). */
const MAX_SERVICES_PER_LOAD_BALANCER = 8;

/** One service using a frontend or load balancer, with the reference it uses it by. */
interface Use {
  readonly pls: Resource;
  readonly reference: ValueNode;
}

export const plsPerLoadBalancer: Rule = {
  id: 'pls-per-load-balancer',
  defaultLevel: 'error',
  title: 'A load balancer carries at most eight Private Link services, each on its own frontend IP configuration.',
  check(context) {
    const byFrontend = new Map<string, { frontend: Resource; uses: Map<string, Use> }>();
    const byLoadBalancer = new Map<string, { loadBalancer: Resource; uses: Map<string, Use> }>();
    for (const pls of declaredPrivateLinkServices(context.graph)) {
      for (const use of frontendsOf(pls, context.graph)) {
        const reference = at(use.reference, 'id') ?? use.reference;
        // Two declarations with one id are one service (ARM deploys the last): key the uses by id.
        if (use.frontend) {
          const entry = getOrAdd(byFrontend, use.frontend.key, () => ({
            frontend: use.frontend as Resource,
            uses: new Map<string, Use>(),
          }));
          if (!entry.uses.has(pls.idKey)) entry.uses.set(pls.idKey, { pls, reference });
        }
        if (use.loadBalancer) {
          const entry = getOrAdd(byLoadBalancer, use.loadBalancer.key, () => ({
            loadBalancer: use.loadBalancer as Resource,
            uses: new Map<string, Use>(),
          }));
          if (!entry.uses.has(pls.idKey)) entry.uses.set(pls.idKey, { pls, reference });
        }
      }
    }
    for (const { frontend, uses } of byFrontend.values()) reportSharedFrontend(context, frontend, coexisting([...uses.values()]));
    for (const { loadBalancer, uses } of byLoadBalancer.values()) reportTooMany(context, loadBalancer, coexisting([...uses.values()]));
  },
};

function reportSharedFrontend({ graph, report }: RuleContext, frontend: Resource, uses: readonly Use[]): void {
  if (uses.length < 2) return;
  const loadBalancer = graph.parentOf(frontend);
  const names = listInWords(uses.map((u) => resourceLabel(u.pls)));
  const first = uses[0].reference.loc;
  const message =
    `Private Link services ${names} all use frontend IP configuration ${resourceLabel(frontend)}${loadBalancer ? ` of load balancer ${resourceLabel(loadBalancer)}` : ''}, ` +
    'but each Private Link service needs a frontend IP configuration of its own, so the deployment fails.';
  // The first service keeps the frontend; the others are the ones to move. A loop has a single reference for all.
  const places = distinctLocations(uses.slice(1).map((u) => u.reference.loc)).filter((loc) => !sameLocation(loc, first));
  for (const loc of places.length > 0 ? places : [first]) {
    report({
      at: loc,
      message,
      related: [
        { loc: uses[0].reference.loc, message: `The frontend reference of ${resourceLabel(uses[0].pls)}` },
        { loc: frontend.anchor, message: 'The shared frontend IP configuration' },
      ],
    });
  }
}

function reportTooMany({ report }: RuleContext, loadBalancer: Resource, uses: readonly Use[]): void {
  if (uses.length <= MAX_SERVICES_PER_LOAD_BALANCER) return;
  const message =
    `Load balancer ${resourceLabel(loadBalancer)} carries ${uses.length} Private Link services but a load balancer allows at most ${MAX_SERVICES_PER_LOAD_BALANCER}, ` +
    'so the deployment fails: put the extra services on another Standard load balancer.';
  // The number of services follows from the loops' counts, so from the parameters those counts come from.
  const countDefaults = uses.flatMap((u) => u.pls.loop?.countDefaults ?? []);
  const within = uses.slice(0, MAX_SERVICES_PER_LOAD_BALANCER).map((u) => u.reference.loc);
  const extra = distinctLocations(uses.slice(MAX_SERVICES_PER_LOAD_BALANCER).map((u) => u.reference.loc));
  // Services past the limit are reported where they reference the load balancer (once per loop).
  const places = extra.filter((loc) => !within.some((w) => sameLocation(w, loc)));
  for (const loc of places.length > 0 ? places : extra) {
    report({ at: loc, message, basedOn: countDefaults, related: [{ loc: loadBalancer.anchor, message: 'The load balancer' }] });
  }
}

/**
 * The largest set of uses that can be deployed together: the unconditional services plus the largest group under one
 * condition. Services under different unknown conditions may exclude each other (`if (x)` / `if (!x)`), so counting
 * them together would prove nothing; a service whose condition is unknown is otherwise judged as if it existed.
 */
function coexisting(uses: readonly Use[]): Use[] {
  const groups = new Map<string, Use[]>();
  for (const use of uses) getOrAdd(groups, existenceGroup(use.pls), () => []).push(use);
  const always = groups.get('always') ?? [];
  let best: Use[] = [];
  for (const [key, members] of groups) {
    if (key !== 'always' && members.length > best.length) best = members;
  }
  const chosen = new Set([...always, ...best]);
  return uses.filter((use) => chosen.has(use));
}

function distinctLocations(locations: readonly Location[]): Location[] {
  const result: Location[] = [];
  for (const loc of locations) if (!result.some((r) => sameLocation(r, loc))) result.push(loc);
  return result;
}

function sameLocation(a: Location, b: Location): boolean {
  return a.file === b.file && a.span.start === b.span.start && a.span.end === b.span.end;
}

function getOrAdd<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}
