/** Reading ValueNodes by property path, case-insensitively, falling back to evaluated values where no literal was written. */
import { Unknown, caseInsensitiveName, getMember, isObjectValue, isUnknown, matchesName, Value } from '../evaluate/value';
import type { MemberNode, ValueNode } from './model';

/** The member node of an object node, or undefined when the object has no such property. */
export function member(node: ValueNode | undefined, name: string): ValueNode | undefined {
  if (!node) return undefined;
  const written = findMember(node, name);
  if (written) return written.node;
  if (node.members) return undefined;
  // Computed object (e.g. `[variables('props')]`): the member has no own location; point at the expression.
  // An unknown object may have any member: that is an unknown value, not an absent one.
  if (isUnknown(node.value))
    return { loc: node.loc, value: new Unknown(`${node.value.key}.${name}`), parameterDefaults: node.parameterDefaults };
  const value = getMember(node.value, name);
  if (value === undefined) return undefined;
  return { loc: node.loc, value, parameterDefaults: node.parameterDefaults };
}

export function findMember(node: ValueNode, name: string): MemberNode | undefined {
  if (!node.members) return undefined;
  const wanted = caseInsensitiveName(name);
  // The last one wins, as JSON parsers and ARM do with duplicate keys.
  for (let i = node.members.length - 1; i >= 0; i--) {
    if (matchesName(node.members[i].key, wanted)) return node.members[i];
  }
  return undefined;
}

/** Follows a dotted path of property names. */
export function at(node: ValueNode | undefined, ...path: string[]): ValueNode | undefined {
  let current = node;
  for (const name of path) {
    current = member(current, name);
    if (!current) return undefined;
  }
  return current;
}

/** The items of an array node: the written items, or nodes for a computed array's elements. */
export function items(node: ValueNode | undefined): ValueNode[] | undefined {
  if (!node) return undefined;
  if (node.items) return [...node.items];
  if (Array.isArray(node.value)) {
    return node.value.map((value) => ({ loc: node.loc, value, parameterDefaults: node.parameterDefaults }));
  }
  return undefined;
}

export function valueAt(node: ValueNode | undefined, ...path: string[]): Value | undefined {
  return at(node, ...path)?.value;
}

export function isObjectNode(node: ValueNode | undefined): boolean {
  return !!node && (node.members !== undefined || isObjectValue(node.value));
}
