/** Finds what a position points at in the model: a resource's type/name anchor, or a property key with its path. */
import type { DeploymentModel, MemberNode, Resource, ValueNode } from '../model/model';
import { spanContains } from '../text/span';

export interface PropertyHit {
  readonly kind: 'property';
  readonly resource: Resource;
  readonly member: MemberNode;
  /** Property names from the resource body down to this member. */
  readonly path: readonly string[];
  /** Value nodes from the resource body down to the member's parent object. */
  readonly ancestors: readonly ValueNode[];
}

export interface ResourceHit {
  readonly kind: 'resource';
  readonly resource: Resource;
}

export function findAtOffset(model: DeploymentModel, path: string, offset: number): PropertyHit | ResourceHit | undefined {
  let best: PropertyHit | ResourceHit | undefined;
  for (const resource of model.resources) {
    if (resource.declaration.file.path !== path || !spanContains(resource.declaration.span, offset)) continue;
    if (spanContains(resource.anchor.span, offset)) return { kind: 'resource', resource };
    const hit = findMember(resource, resource.body, offset, [], []);
    // Inline sub-resources sit inside their parent; the innermost declaration wins.
    if (hit) best = hit;
  }
  return best;
}

function findMember(resource: Resource, node: ValueNode, offset: number, path: string[], ancestors: ValueNode[]): PropertyHit | undefined {
  const stack: { node: ValueNode; path: string[]; ancestors: ValueNode[] }[] = [{ node, path, ancestors }];
  while (stack.length > 0) {
    const current = stack.pop()!;
    for (const member of current.node.members ?? []) {
      if (spanContains(member.keyLoc.span, offset)) {
        return { kind: 'property', resource, member, path: [...current.path, member.key], ancestors: [...current.ancestors, current.node] };
      }
      if (spanContains(member.node.loc.span, offset)) {
        stack.push({ node: member.node, path: [...current.path, member.key], ancestors: [...current.ancestors, current.node] });
      }
    }
    for (const item of current.node.items ?? []) {
      if (spanContains(item.loc.span, offset))
        stack.push({ node: item, path: current.path, ancestors: [...current.ancestors, current.node] });
    }
  }
  return undefined;
}
