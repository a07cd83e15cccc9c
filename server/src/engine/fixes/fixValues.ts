/** Language-neutral facts about fix data that both writers need: what kind of value or resource they were handed. */
import { MARK_START } from '../evaluate/value';
import type { Resource } from '../model/model';
import { spanCovers } from '../text/span';
import type { FixExpression, FixReference, FixValue, NewResource } from './fix';

/** A FixReference, told apart from a plain `{ kind, resource }` object value by the resource it carries. */
export function isFixReference(value: FixValue): value is FixReference {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const candidate = value as { kind?: unknown; resource?: unknown };
  if (candidate.kind !== 'resourceId' && candidate.kind !== 'location') return false;
  const resource = candidate.resource as
    { declaration?: unknown; idKey?: unknown; apiVersion?: unknown; symbolicName?: unknown } | undefined;
  if (typeof resource !== 'object' || resource === null) return false;
  const declared = resource.declaration !== undefined && resource.idKey !== undefined;
  const added = typeof resource.apiVersion === 'string' && typeof resource.symbolicName === 'string';
  return declared || added;
}

export function isFixExpression(value: FixValue): value is FixExpression {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const candidate = value as { kind?: unknown; arm?: unknown; bicep?: unknown };
  return candidate.kind === 'expression' && typeof candidate.arm === 'string' && typeof candidate.bicep === 'string';
}

export function isNewResource(resource: Resource | NewResource): resource is NewResource {
  return !('declaration' in resource);
}

/**
 * A string built from an evaluated value may carry unknown segments (the evaluator's private marks): writing it
 * would put garbage into the file, so such values are not rendered.
 */
export function hasUnknownMark(value: string): boolean {
  return value.includes(MARK_START);
}

/** `[a, b], v` → `{ a: { b: v } }`: the value to write when the path's first segment is missing. */
export function nestPath(path: readonly string[], value: FixValue): FixValue {
  let nested = value;
  for (let i = path.length - 1; i >= 0; i--) nested = { [path[i]]: nested };
  return nested;
}

/**
 * The resource whose declaration is written as a statement (or array element) of its own: an inline sub-resource's
 * owner, a Bicep child declared inside its parent's body climbs to the parent.
 */
export function declaringResource(resource: Resource): Resource {
  let current = resource;
  for (;;) {
    if (current.inlineIn) current = current.inlineIn;
    else if (
      current.parent &&
      spanCovers(current.parent.declaration.span, current.declaration.span) &&
      current.parent.declaration.file === current.declaration.file
    )
      current = current.parent;
    else return current;
  }
}

/** The resource that deploys this one: an inline sub-resource is deployed by its owner, anything else by itself. */
export function deployingResource(resource: Resource): Resource {
  let current = resource;
  while (current.inlineIn) current = current.inlineIn;
  return current;
}

/**
 * `desired`, or `desired2`, `desired3` … when the file already uses it. Deterministic for one file text, so a new
 * resource's declaration and other actions' references to it agree without sharing state.
 */
export function uniqueSymbol(desired: string, taken: ReadonlySet<string>): string {
  if (!taken.has(desired.toLowerCase())) return desired;
  for (let i = 2; ; i++) {
    const candidate = `${desired}${i}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** Orders parent first, then the explicit dependencies, without duplicates. */
export function dependenciesOf(resource: NewResource): (Resource | NewResource)[] {
  const result: (Resource | NewResource)[] = [];
  for (const dependency of [resource.parent, ...(resource.dependsOn ?? [])]) {
    if (dependency && !result.includes(dependency)) result.push(dependency);
  }
  return result;
}
