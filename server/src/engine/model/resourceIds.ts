/**
 * Resource ids: building them from a type and name segments, and normalising any id string into the key the
 * graph indexes by. Both front ends and the evaluator's `resourceId()` agree on this shape, which is what lets a
 * reference written as `resourceId(...)`, a literal id, a concatenated string or a Bicep `symbol.id` find its resource.
 */
import { MARK_END, MARK_START, Unknown, unknownAsStringPart, Value } from '../evaluate/value';

export const CURRENT_SUBSCRIPTION = new Unknown('subscription().subscriptionId');
export const CURRENT_RESOURCE_GROUP = new Unknown('resourceGroup().name');

const CURRENT_SUBSCRIPTION_PART = unknownAsStringPart(CURRENT_SUBSCRIPTION).toLowerCase();
const CURRENT_RESOURCE_GROUP_PART = unknownAsStringPart(CURRENT_RESOURCE_GROUP).toLowerCase();

/** Splits `Microsoft.Network/virtualNetworks/subnets` into namespace and type segments. */
export function splitType(type: string): { namespace: string; segments: string[] } {
  const parts = type.split('/');
  return { namespace: parts[0], segments: parts.slice(1) };
}

/** Splits a full resource name (`vnet/subnet`) into segments; unknown parts stay marked. */
export function splitName(name: Value): Value[] {
  if (typeof name === 'string') return name.split('/');
  return [name];
}

/** The id of a resource in the current resource group, as `resourceId(type, ...names)` builds it. */
export function buildResourceId(type: string, nameSegments: readonly Value[]): string {
  const { namespace, segments } = splitType(type);
  let id = `/subscriptions/${unknownAsStringPart(CURRENT_SUBSCRIPTION)}/resourceGroups/${unknownAsStringPart(CURRENT_RESOURCE_GROUP)}/providers/${namespace}`;
  for (let i = 0; i < segments.length; i++) {
    const name = nameSegments[i];
    const text = name instanceof Unknown ? unknownAsStringPart(name) : typeof name === 'string' ? name : String(name ?? '');
    id += `/${segments[i]}/${text}`;
  }
  return id;
}

/**
 * The graph key of an id string: `type|name/name` lower-cased, with the subscription and resource group dropped
 * when they are the current ones. Returns undefined for strings that are not resource ids.
 */
export function idKeyOf(id: Value): string | undefined {
  if (typeof id !== 'string') return undefined;
  const lower = id.toLowerCase();
  const segments = lower.split('/');
  if (segments[0] === '') segments.shift();
  let scope = '';
  let i = 0;
  if (segments[i] === 'subscriptions' && segments.length > i + 1) {
    if (segments[i + 1] !== CURRENT_SUBSCRIPTION_PART) scope += `sub=${segments[i + 1]};`;
    i += 2;
  }
  if (segments[i] === 'resourcegroups' && segments.length > i + 1) {
    if (segments[i + 1] !== CURRENT_RESOURCE_GROUP_PART) scope += `rg=${segments[i + 1]};`;
    i += 2;
  }
  if (segments[i] !== 'providers' || segments.length < i + 4) return undefined;
  const namespace = segments[i + 1];
  const rest = segments.slice(i + 2);
  // Extension resources (`.../providers/NS/type/name/providers/NS2/type2/name2`) keep only the last provider part.
  const lastProviders = rest.lastIndexOf('providers');
  if (lastProviders >= 0) return idKeyOf('/' + rest.slice(lastProviders).join('/'));
  if (rest.length % 2 !== 0) return undefined;
  const types: string[] = [];
  const names: string[] = [];
  for (let j = 0; j < rest.length; j += 2) {
    types.push(rest[j]);
    names.push(rest[j + 1]);
  }
  return `${scope}${namespace}/${types.join('/')}|${names.join('/')}`;
}

/** The key of a declared resource, from its type and full name. */
export function idKeyForResource(type: string, name: Value): string {
  return idKeyOf(buildResourceId(type, splitName(name))) ?? `${type.toLowerCase()}|?`;
}

/** The resource type part of an id key. */
export function typeOfIdKey(key: string): string {
  return key.slice(key.lastIndexOf(';') + 1, key.indexOf('|'));
}

/** Is this text a marked unknown segment only (no known characters)? */
export function isOnlyUnknown(text: string): boolean {
  return text.startsWith(MARK_START) && text.endsWith(MARK_END);
}
