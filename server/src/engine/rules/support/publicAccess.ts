/**
 * Whether a private endpoint's target, as declared, still accepts public traffic from everyone: its public-access
 * switch, its network ACL default action, and the service's own ways of closing or limiting access (per-service
 * table). Shared by pe-target-public-access and the endpoint hover so that both say the same.
 */
import { Value, isKnownString, isUnknown } from '../../evaluate/value';
import type { PublicAccessInfo, PublicAccessLimit } from '../../knowledge/knowledge';
import type { Resource, ValueNode } from '../../model/model';
import type { ResourceGraph } from '../../graph/resourceGraph';
import { at } from '../../model/navigate';
import { anyOf, conditionHolds, pathIsLiteral } from './settingConditions';
import { valueLabel } from './resourceNames';

/** Values that leave the public endpoint open. Anything else (SecuredByPerimeter, NotSpecified …) is not proof. */
const OPEN_VALUES: ReadonlySet<string> = new Set(['enabled', 'open', 'allowalltraffic']);

export interface OpenAccess {
  /** Why the target is open, for the message: "publicNetworkAccess is \"Enabled\"". */
  readonly reason: string;
  /** The open value, when written (the finding goes there). */
  readonly node?: ValueNode;
  /** The network ACL default action, when written: the message names it and the parameters it comes from. */
  readonly acl?: ValueNode;
}

/**
 * The target as a whole: `open` (to everyone, proven), `limited` (closed or restricted by a documented setting,
 * named), `disabled` (the switch holds a disabled value or the ACL denies), or `unknown`.
 */
export type PublicAccessState =
  | { readonly kind: 'open'; readonly open: OpenAccess }
  | { readonly kind: 'limited'; readonly how: string; readonly effect: PublicAccessLimit['effect'] | 'closed' }
  | { readonly kind: 'disabled' }
  | { readonly kind: 'unknown' };

export function publicAccessState(target: Resource, access: PublicAccessInfo, graph: ResourceGraph): PublicAccessState {
  if (access.closedByPrivateEndpoint) return { kind: 'limited', how: access.closedByPrivateEndpoint.description, effect: 'closed' };
  if (switchDisabled(target, access)) return { kind: 'disabled' };
  const limit = holdingLimit(target, access, graph);
  if (limit === undefined) return { kind: 'unknown' };
  if (limit) return { kind: 'limited', how: limit.description, effect: limit.effect };
  const open = openAccess(target, access);
  return open ? { kind: 'open', open } : { kind: 'unknown' };
}

/**
 * The first limit that holds; null when none does; undefined when one may hold (a computed value, a child that may
 * not deploy): then nothing is proven about public access.
 */
function holdingLimit(target: Resource, access: PublicAccessInfo, graph: ResourceGraph): PublicAccessLimit | null | undefined {
  let undecided = false;
  for (const limit of access.limits ?? []) {
    const holds = limitHolds(target, limit, graph);
    if (holds === true) return limit;
    if (holds === undefined) undecided = true;
  }
  return undecided ? undefined : null;
}

function limitHolds(target: Resource, limit: PublicAccessLimit, graph: ResourceGraph): boolean | undefined {
  if (!limit.childType) return conditionHolds(target.body, limit.when);
  const results = graph
    .childrenOf(target, limit.childType)
    .filter((child) => !child.existing)
    .map((child) => {
      const named = childNamed(child, limit.childName);
      if (named === false) return false;
      const holds = conditionHolds(child.body, limit.when);
      // A child that may not deploy (or may be another child) proves nothing either way.
      if (holds === true && (named === undefined || child.condition !== true)) return undefined;
      return holds;
    });
  return anyOf(results);
}

/** Whether the child's own name (the last segment of its full name) is `name`; undefined when not known. */
function childNamed(child: Resource, name: string | undefined): boolean | undefined {
  if (name === undefined) return true;
  if (!isKnownString(child.name)) return undefined;
  const last = child.name.split('/').pop() ?? '';
  return last.toLowerCase() === name.toLowerCase();
}

/** Proof that the switch and the network ACL leave the public endpoint open, or undefined. */
function openAccess(target: Resource, access: PublicAccessInfo): OpenAccess | undefined {
  const acl = aclNode(target, access);
  const aclOpen = aclLeavesOpen(target, access, acl);
  if (aclOpen !== true) return undefined;
  const property = access.path[access.path.length - 1];
  // Before the property existed only the network ACL (where the type has one) could close public access.
  if (access.firstApiVersion && target.apiVersion && target.apiVersion < access.firstApiVersion) {
    if (!access.networkAclDenyPath) return undefined;
    return { reason: `no network ACL denies public traffic, and API version ${target.apiVersion} predates ${property}`, acl };
  }
  const node = at(target.body, ...access.path);
  if (!node || node.value === null) {
    if (access.whenAbsent !== 'open') return undefined;
    // The parent object itself may be computed: only a literal parent proves the property is absent.
    if (!pathIsLiteral(target.body, access.path)) return undefined;
    return { reason: `${property} is not set and defaults to enabled`, acl };
  }
  if (!isOpenValue(node.value, access)) return undefined;
  return { reason: `${property} is ${valueLabel(node.value)}`, node, acl };
}

function aclNode(target: Resource, access: PublicAccessInfo): ValueNode | undefined {
  if (!access.networkAclDenyPath) return undefined;
  const node = at(target.body, ...access.networkAclDenyPath);
  return node && isKnownString(node.value) ? node : undefined;
}

/** True when no ACL closes access, false when a `Deny` default action does, undefined when the ACL is unknown. */
function aclLeavesOpen(target: Resource, access: PublicAccessInfo, acl: ValueNode | undefined): boolean | undefined {
  if (!access.networkAclDenyPath) return true;
  if (acl && isKnownString(acl.value)) return acl.value.toLowerCase() !== 'deny';
  const node = at(target.body, ...access.networkAclDenyPath);
  if (!node || node.value === null) return pathIsLiteral(target.body, access.networkAclDenyPath) ? true : undefined;
  return undefined;
}

function isOpenValue(value: Value, access: PublicAccessInfo): boolean {
  if (typeof value === 'boolean') return access.disabledValues.includes(false) && value;
  return isKnownString(value) && OPEN_VALUES.has(value.toLowerCase());
}

/** The switch holds one of its disabled values, or the network ACL denies by default. */
function switchDisabled(target: Resource, access: PublicAccessInfo): boolean {
  const value = at(target.body, ...access.path)?.value;
  const disabled =
    value !== undefined &&
    !isUnknown(value) &&
    access.disabledValues.some((d) =>
      typeof d === 'string' && isKnownString(value) ? d.toLowerCase() === value.toLowerCase() : d === value,
    );
  return disabled || aclLeavesOpen(target, access, aclNode(target, access)) === false;
}
