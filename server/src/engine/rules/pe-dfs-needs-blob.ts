/** pe-dfs-needs-blob: a storage account with a private endpoint for `dfs` also has one for `blob`. */
import { MARK_START, Value, isKnownString } from '../evaluate/value';
import type { Resource, ValueNode } from '../model/model';
import type { ResourceGraph } from '../graph/resourceGraph';
import type { Rule } from './framework/rule';
import { connectionsOf, declaredEndpoints, isType } from './support/privateEndpoints';
import { basedOn } from './support/basedOn';

const STORAGE_ACCOUNT = 'Microsoft.Storage/storageAccounts';
/** Group ids that serve blob traffic; the secondary one is for the read-only secondary region, not a substitute. */
const BLOB = 'blob';
const DFS = 'dfs';

export const peDfsNeedsBlob: Rule = {
  id: 'pe-dfs-needs-blob',
  defaultLevel: 'warning',
  title: "A storage account with a private endpoint for 'dfs' also has one for 'blob'.",
  check({ graph, report }) {
    const uses = endpointUses(graph);
    if (!uses) return;
    // An endpoint whose target or group id cannot be read might be the blob endpoint of any account.
    if (uses.some((use) => use.unresolved)) return;
    for (const account of graph.ofType(STORAGE_ACCOUNT)) {
      if (account.existing) continue;
      const own = uses.filter((use) => use.targets.includes(account));
      if (own.some((use) => use.groupId === undefined || use.groupId === BLOB)) continue;
      for (const use of own) {
        if (use.groupId !== DFS || !use.groupIdNode) continue;
        report({
          at: use.groupIdNode.loc,
          message:
            "This private endpoint serves the storage account's 'dfs' (Data Lake) endpoint but no private endpoint in this deployment serves its 'blob' endpoint, " +
            "where Data Lake operations can be redirected over the public path or fail: add a private endpoint with group id 'blob' and its DNS zone group.",
          basedOn: basedOn(use.groupIdNode),
          related: [{ loc: account.anchor, message: 'The storage account' }],
        });
      }
    }
  },
};

interface EndpointUse {
  /** Declarations the connection's target resolves to (alternatives share one id). */
  readonly targets: readonly Resource[];
  /** The single known group id, lower-cased; undefined when it is unknown or not a single one. */
  readonly groupId?: string;
  readonly groupIdNode?: ValueNode;
  /** True when the connection could be a blob endpoint of an account of ours without our being able to tell which. */
  readonly unresolved: boolean;
}

/** One entry per connection of every declared endpoint; undefined when some endpoint's connections are unknown. */
function endpointUses(graph: ResourceGraph): EndpointUse[] | undefined {
  const uses: EndpointUse[] = [];
  for (const pe of declaredEndpoints(graph)) {
    const connections = connectionsOf(pe, graph);
    if (!connections) return undefined;
    for (const connection of connections) {
      const targets = connection.targetNode ? graph.resolveAll(connection.targetNode.value).filter((r) => isType(r, STORAGE_ACCOUNT)) : [];
      const ids = connection.groupIds;
      const single = ids && ids.length === 1 && isKnownString(ids[0].value) ? ids[0] : undefined;
      const couldBeStorage = connection.targetType === undefined || connection.targetType.toLowerCase() === STORAGE_ACCOUNT.toLowerCase();
      const groupId = single ? String(single.value).toLowerCase() : undefined;
      // A storage-typed (or untyped) target that resolves to none of our declarations may still be one of ours when
      // its id is not fully known (a fully known id of an undeclared account names another account).
      const unresolved =
        targets.length === 0 &&
        couldBeStorage &&
        (groupId === undefined || groupId === BLOB) &&
        connection.targetNode !== undefined &&
        !isFullyKnown(connection.targetNode.value);
      uses.push({ targets, groupId, groupIdNode: single, unresolved });
    }
  }
  return uses;
}

function isFullyKnown(value: Value): boolean {
  return typeof value === 'string' && !value.includes(MARK_START);
}
