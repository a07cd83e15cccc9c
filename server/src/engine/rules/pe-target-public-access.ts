/** pe-target-public-access: the endpoint's target, declared in scope, still accepts public traffic. */
import { isKnownString } from '../evaluate/value';
import type { Resource } from '../model/model';
import type { PublicAccessInfo } from '../knowledge/knowledge';
import type { Rule } from './framework/rule';
import type { Fix } from '../fixes/fix';
import { connectionsOf, declaredEndpoints } from './support/privateEndpoints';
import { basedOn } from './support/basedOn';
import { publicAccessState, type OpenAccess } from './support/publicAccess';
import { valueLabel } from './support/resourceNames';
import { propertyLocation } from './support/narrowLocation';
import { at } from '../model/navigate';

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
        const state = publicAccessState(target, access, graph);
        if (state.kind !== 'open') continue;
        const open = state.open;
        reported.add(target.key);
        report({
          at: open.node
            ? propertyLocation(at(target.body, ...access.path.slice(0, -1)), access.path[access.path.length - 1], open.node)
            : target.anchor,
          message:
            `This ${knowledge.service(target.type)?.displayName ?? target.type} has a private endpoint but still accepts public traffic, as ${open.reason}${aclNote(open, access)}: ` +
            `set ${access.path.join('.')} to ${valueLabel(access.disabledValues[0])}${access.networkAclDenyPath ? ` or ${access.networkAclDenyPath.join('.')} to 'Deny'` : ''}.`,
          basedOn: basedOn(open.node, open.acl),
          related: [{ loc: pe.anchor, message: 'The private endpoint for this resource' }],
          fixes: fixFor(target, access),
        });
      }
    }
  },
};

function fixFor(target: Resource, access: PublicAccessInfo): Fix[] {
  const value = access.disabledValues[0];
  if (value === undefined || access.alsoRequired?.length) return [];
  // Adding a property an older apiVersion does not know would fail validation.
  if (access.firstApiVersion && (!target.apiVersion || target.apiVersion < access.firstApiVersion)) return [];
  const name = access.path[access.path.length - 1];
  return [
    { title: `Set ${name} to ${valueLabel(value)}`, actions: [{ kind: 'setProperty', object: target.body, path: access.path, value }] },
  ];
}

/** ", and properties.networkAcls.defaultAction is 'Allow'" when the network ACL is written. */
function aclNote(open: OpenAccess, access: PublicAccessInfo): string {
  if (!open.acl || !access.networkAclDenyPath || !isKnownString(open.acl.value)) return '';
  return `, and ${access.networkAclDenyPath.join('.')} is '${open.acl.value}'`;
}
