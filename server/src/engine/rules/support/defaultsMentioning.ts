/**
 * When a finding rests on one part of a composite value (the last segment of a subnet id, say), the parameter defaults
 * that spell that part are the ones to name: `resourceId(…, vnetName, subnetName)` with a reserved subnet name is
 * decided by `subnetName`'s default, not `vnetName`'s. Keeps the origins whose default text mentions `needle`
 * (case-insensitively); when none does (the part is assembled from pieces), keeps them all.
 */
import type { ValueNode } from '../../model/model';

export function defaultsMentioning(node: ValueNode, needle: string): ValueNode {
  const origins = node.parameterDefaults ?? [];
  const wanted = needle.toLowerCase();
  const mentioning = origins.filter((o) => o.loc.file.text.slice(o.loc.span.start, o.loc.span.end).toLowerCase().includes(wanted));
  return mentioning.length > 0 && mentioning.length < origins.length ? { ...node, parameterDefaults: mentioning } : node;
}
