/** pe-target-public-access: the endpoint's target, declared in scope, still accepts public traffic. */
import { Value, isKnownString, isUnknown } from '../evaluate/value';
import type { Resource, ValueNode } from '../model/model';
import { at } from '../model/navigate';
import type { PublicAccessInfo } from '../knowledge/knowledge';
import type { Rule } from './framework/rule';
import type { Fix } from '../fixes/fix';
import { connectionsOf, declaredEndpoints } from './support/privateEndpoints';
import { describeParameterDefaults } from './support/messages';

/**
 * App Service turns public access off by itself when a private endpoint is added and `publicNetworkAccess` is not
 * set, so an absent property proves nothing there.
 */
const ABSENT_MEANS_CLOSED_WITH_ENDPOINT = new Set(['microsoft.web/sites', 'microsoft.web/sites/slots']);

/** Values that leave the public endpoint open. Anything else (SecuredByPerimeter, NotSpecified …) is not proof. */
const OPEN_VALUES = new Set(['enabled', 'open', 'allowalltraffic']);

export const peTargetPublicAccess: Rule = {
  id: 'pe-target-public-access',
  defaultLevel: 'warning',
  title: "The private endpoint's target does not keep public network access open.",
  check({ graph, knowledge, report }) {
    const reported = new Set<string>();
    for (const pe of declaredEndpoints(graph)) {
      for (const connection of connectionsOf(pe, graph) ?? []) {
        const target = connection.target;
        if (!target || target.existing || reported.has(target.key)) continue;
        const access = knowledge.service(target.type)?.publicAccess;
        if (!access) continue;
        const verdict = publicAccessVerdict(target, access);
        if (!verdict) continue;
        reported.add(target.key);
        report({
          at: verdict.node?.loc ?? target.anchor,
          message:
            `This ${knowledge.service(target.type)?.displayName ?? target.type} has a private endpoint but still accepts public traffic: ${verdict.reason}. ` +
            `Set ${access.path.join('.')} to ${JSON.stringify(access.disabledValues[0])}${access.networkAclDenyPath ? ` or ${access.networkAclDenyPath.join('.')} to 'Deny'` : ''}.` +
            describeParameterDefaults(verdict.node),
          related: [{ loc: pe.anchor, message: 'The private endpoint for this resource' }],
          fixes: fixFor(target, access),
        });
      }
    }
  },
};

interface Verdict {
  readonly reason: string;
  readonly node?: ValueNode;
}

function fixFor(target: Resource, access: PublicAccessInfo): Fix[] {
  const value = access.disabledValues[0];
  if (value === undefined || access.alsoRequired?.length) return [];
  // Adding a property an older apiVersion does not know would fail validation.
  if (access.firstApiVersion && (!target.apiVersion || target.apiVersion < access.firstApiVersion)) return [];
  const name = access.path[access.path.length - 1];
  return [{ title: `Set ${name} to ${JSON.stringify(value)}`, actions: [{ kind: 'setProperty', object: target.body, path: access.path, value }] }];
}

function publicAccessVerdict(target: Resource, access: PublicAccessInfo): Verdict | undefined {
  const aclOpen = aclLeavesOpen(target, access);
  if (aclOpen === undefined) return undefined;
  // Before the property existed only the network ACL (where the type has one) could close public access.
  if (access.firstApiVersion && target.apiVersion && target.apiVersion < access.firstApiVersion) {
    if (!access.networkAclDenyPath || !aclOpen) return undefined;
    return { reason: `no network ACL denies public traffic, and API version ${target.apiVersion} predates ${access.path[access.path.length - 1]}` };
  }
  const node = at(target.body, ...access.path);
  const aclNote = aclDescription(target, access);
  if (!node || node.value === null) {
    if (ABSENT_MEANS_CLOSED_WITH_ENDPOINT.has(target.type.toLowerCase())) return undefined;
    if (access.whenAbsent !== 'open') return undefined;
    // The parent object itself may be computed: only a literal parent proves the property is absent.
    if (!parentIsLiteral(target, access.path)) return undefined;
    return aclOpen ? { reason: `${access.path[access.path.length - 1]} is not set and defaults to enabled${aclNote}` } : undefined;
  }
  if (!isOpenValue(node.value, access)) return undefined;
  return aclOpen ? { reason: `${access.path[access.path.length - 1]} is ${JSON.stringify(node.value)}${aclNote}`, node } : undefined;
}

/** True when no ACL closes access, false when a `Deny` default action does, undefined when the ACL is unknown. */
function aclLeavesOpen(target: Resource, access: PublicAccessInfo): boolean | undefined {
  if (!access.networkAclDenyPath) return true;
  const node = at(target.body, ...access.networkAclDenyPath);
  if (!node || node.value === null) return parentIsLiteral(target, access.networkAclDenyPath) ? true : undefined;
  if (isUnknown(node.value) || !isKnownString(node.value)) return undefined;
  return node.value.toLowerCase() !== 'deny';
}

/** Says what the network ACL does when one is written, naming a parameter default it comes from. */
function aclDescription(target: Resource, access: PublicAccessInfo): string {
  if (!access.networkAclDenyPath) return '';
  const acl = at(target.body, ...access.networkAclDenyPath);
  if (!acl || !isKnownString(acl.value)) return '';
  return `, and ${access.networkAclDenyPath.join('.')} is '${acl.value}'${describeParameterDefaults(acl)}`;
}

function isOpenValue(value: Value, access: PublicAccessInfo): boolean {
  if (typeof value === 'boolean') return access.disabledValues.includes(false) && value;
  return isKnownString(value) && OPEN_VALUES.has(value.toLowerCase());
}

function parentIsLiteral(target: Resource, path: readonly string[]): boolean {
  let node: ValueNode = target.body;
  for (const name of path.slice(0, -1)) {
    if (!node.members) return false;
    const next = at(node, name);
    // An absent intermediate object in a literal parent means the property is absent too.
    if (!next) return true;
    node = next;
  }
  return node.members !== undefined;
}
