/**
 * Resource ids: building them from a type and name segments, and normalising any id string into the key the
 * graph indexes by. Both front ends and the evaluator's `resourceId()` agree on this shape, which is what lets a
 * reference written as `resourceId(...)`, a literal id, a concatenated string or a Bicep `symbol.id` find its resource.
 */
import { MARK_END, MARK_START, Unknown, getMember, isObjectValue, normaliseString, unknownAsStringPart, Value } from '../evaluate/value';
import type { ResourceScope } from './model';
import type { GenerationalMemo } from '../incremental/generationalMemo';
import type { AnalysisContext } from '../analysisContext';

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

/** The id of a resource, as `resourceId(type, ...names)` builds it: in the current resource group unless `scope` says otherwise. */
export function buildResourceId(type: string, nameSegments: readonly Value[], scope?: ResourceScope): string {
  const { namespace, segments } = splitType(type);
  const subscription = idPart(scope?.subscriptionId ?? CURRENT_SUBSCRIPTION);
  const group = idPart(scope?.resourceGroupName ?? CURRENT_RESOURCE_GROUP);
  let id = `/subscriptions/${subscription}/resourceGroups/${group}/providers/${namespace}`;
  for (let i = 0; i < segments.length; i++) {
    const name = nameSegments[i];
    const text = name instanceof Unknown ? unknownAsStringPart(name) : typeof name === 'string' ? name : String(name ?? '');
    id += `/${segments[i]}/${text}`;
  }
  return id;
}

const NOT_AN_ID = '\u0000';

/**
 * The graph key of an id string: `type|name/name` lower-cased, with the subscription and resource group dropped
 * when they are the current ones. Returns undefined for strings that are not resource ids. Rules resolve the same few
 * id strings over and over (every endpoint's subnet, every zone reference): `memo` (the analysis's,
 * AnalysisContext.idKeys; ResourceGraph.idKeyOf passes it) remembers them.
 */
export function idKeyOf(id: Value, memo: GenerationalMemo<string>): string | undefined {
  if (typeof id !== 'string') return undefined;
  const cached = memo.get(id);
  if (cached !== undefined) return cached === NOT_AN_ID ? undefined : cached;
  const key = computeIdKey(id);
  memo.set(id, key ?? NOT_AN_ID);
  return key;
}

function computeIdKey(id: string): string | undefined {
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
  if (lastProviders >= 0) return computeIdKey('/' + rest.slice(lastProviders).join('/'));
  if (rest.length % 2 !== 0) return undefined;
  const types: string[] = [];
  const names: string[] = [];
  for (let j = 0; j < rest.length; j += 2) {
    types.push(rest[j]);
    names.push(rest[j + 1]);
  }
  return `${scope}${namespace}/${types.join('/')}|${names.join('/')}`;
}

/** The resource type part of an id key. */
export function typeOfIdKey(key: string): string {
  return key.slice(key.lastIndexOf(';') + 1, key.indexOf('|'));
}

function idPart(value: Value): string {
  if (value instanceof Unknown) return unknownAsStringPart(value);
  return typeof value === 'string' ? value : String(value ?? '');
}

/**
 * The scope a value names: a resource group object (`resourceGroup('x')`, a declared resource group), a subscription
 * object, or an id string. Undefined when it is the current scope; an anonymous unknown group when it cannot be told,
 * so that nothing in the current group is mistaken for a resource of that scope.
 */
export function scopeFromValue(value: Value | undefined, analysis: AnalysisContext): ResourceScope | undefined {
  if (value === undefined || value === null) return undefined;
  if (isObjectValue(value)) {
    const type = getMember(value, 'type');
    if (typeof type === 'string' && type.toLowerCase() === 'microsoft.resources/resourcegroups') {
      return currentOrScope({ resourceGroupName: getMember(value, 'name') ?? analysis.anonymousUnknown('scope') });
    }
    const id = getMember(value, 'id');
    if (typeof id === 'string') return scopeFromValue(id, analysis);
    return { resourceGroupName: analysis.anonymousUnknown('scope') };
  }
  if (typeof value === 'string') {
    const match = /^\/subscriptions\/([^/]+)(?:\/resourceGroups\/([^/]+))?\/?$/i.exec(value);
    if (!match) return { resourceGroupName: analysis.anonymousUnknown('scope') };
    return currentOrScope({
      subscriptionId: normaliseString(match[1]),
      resourceGroupName: match[2] === undefined ? undefined : normaliseString(match[2]),
    });
  }
  return { resourceGroupName: analysis.anonymousUnknown('scope') };
}

function currentOrScope(scope: ResourceScope): ResourceScope | undefined {
  const sameSubscription =
    scope.subscriptionId === undefined ||
    (scope.subscriptionId instanceof Unknown && scope.subscriptionId.key === CURRENT_SUBSCRIPTION.key);
  const sameGroup =
    scope.resourceGroupName === undefined ||
    (scope.resourceGroupName instanceof Unknown && scope.resourceGroupName.key === CURRENT_RESOURCE_GROUP.key);
  return sameSubscription && sameGroup ? undefined : scope;
}

/** Is this text a marked unknown segment only (no known characters)? */
export function isOnlyUnknown(text: string): boolean {
  return text.startsWith(MARK_START) && text.endsWith(MARK_END);
}
