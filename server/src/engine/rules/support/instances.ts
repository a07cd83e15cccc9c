/**
 * How sure a rule can be that a resource instance is deployed, and how many times: loop instances that stand for an
 * unknown number of iterations, and groups of resources that exist together (same condition) for counting rules.
 */
import { MARK_END, MARK_START, Value, isUnknown } from '../../evaluate/value';
import type { Resource } from '../../model/model';
import type { ResourceGraph } from '../../graph/resourceGraph';

/** Unknown keys the Bicep front end gives a loop variable when the loop's array is unknown. */
const UNKNOWN_ITERATION = /\[\*\]|#index/;

/**
 * Does this instance stand for a loop whose iteration count is unknown (so for zero, one or many resources)?
 * Both front ends record loops in `loop`, with an unknown index when the count is unknown. As a fallback for an
 * instance without `loop`, the Bicep front end's unknown loop variables are keyed `<array>[*]` / `<array>#index`,
 * and a loop's resource name must contain one to be unique per iteration.
 */
export function standsForUnknownCount(resource: Resource): boolean {
  if (resource.loop) return typeof resource.loop.index !== 'number';
  return unknownKeysIn(resource.name).some((key) => UNKNOWN_ITERATION.test(key));
}

/**
 * Is this one of several instances of one declaration (a loop with a known count, or with an unknown one)? Fixes that
 * reference such a resource by symbol cannot be written, since the symbol names a collection.
 */
export function isLoopInstance(resource: Resource, graph: ResourceGraph): boolean {
  if (resource.loop || standsForUnknownCount(resource)) return true;
  return (declarationCounts(graph).get(declarationKey(resource)) ?? 0) > 1;
}

/**
 * A key shared by resources that are deployed together: 'always' for unconditional ones, the condition's expression
 * for conditional ones (two resources under the same unknown condition both exist or both do not), and a key of its
 * own for a loop of unknown length. Resources under different unknown conditions may exclude each other.
 */
export function existenceGroup(resource: Resource): string {
  if (standsForUnknownCount(resource)) return `loop:${resource.key}`;
  const condition = resource.condition;
  if (condition === true) return 'always';
  if (isUnknown(condition)) return `if:${condition.key}`;
  return `other:${resource.key}`;
}

function unknownKeysIn(value: Value): string[] {
  if (isUnknown(value)) return [value.key];
  if (typeof value !== 'string') return [];
  const keys: string[] = [];
  let start = value.indexOf(MARK_START);
  while (start >= 0) {
    const end = value.indexOf(MARK_END, start);
    if (end < 0) break;
    keys.push(value.slice(start + 1, end).replace(/\u2215/g, '/'));
    start = value.indexOf(MARK_START, end);
  }
  return keys;
}

/** Resources per written declaration, counted once per graph (one analysis), not per question. */
function declarationCounts(graph: ResourceGraph): ReadonlyMap<string, number> {
  return graph.memo('declarationCounts', () => {
    const counts = new Map<string, number>();
    for (const resource of graph.model.resources) counts.set(declarationKey(resource), (counts.get(declarationKey(resource)) ?? 0) + 1);
    return counts;
  });
}

function declarationKey(resource: Resource): string {
  const { file, span } = resource.declaration;
  return `${file.path}:${span.start}:${span.end}`;
}
