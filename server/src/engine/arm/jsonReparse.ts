/**
 * Reading the next version of an ARM JSON document by reusing the previous tree where the text did not change, as
 * bicep/syntax/reparse.ts does for Bicep. A keystroke changes one value in a template of thousands of lines.
 *
 * Only for strictly valid JSON (the previous version read by the strict reader, with no errors): the edit is found by
 * comparing the texts, the innermost object or array whose brackets enclose it is read again from the new text, and
 * the rest of the tree is kept. Nodes after the edit have their offsets moved in place and the containers around it
 * their lengths, so the previous tree is consumed. If the stretch is not one strictly valid value that ends exactly
 * where the container now ends, the whole text is read again. A strictly valid stretch in an otherwise unchanged,
 * strictly valid text makes the whole text strictly valid, and the strict reader builds the same tree from it.
 */
import type { Node as JsonNode } from 'jsonc-parser';
import { commonPrefixLength, commonSuffixLength } from '../text/commonAffixes';
import type { JsonSyntax } from './jsonSyntax';
import { readStrictJsonValue, type MutableNode } from './strictJsonTree';

/** The JSON tree of one document version, with what the next version needs to reuse it. */
export interface JsonDocumentParse {
  readonly text: string;
  readonly syntax: JsonSyntax;
  /** Whether this read reused the previous one (tests, bench). */
  readonly reused: boolean;
}

/**
 * Reads `text`, reusing `previous` (an earlier version of the same document) where it can; `parse` reads a whole
 * text. `previous` must not be used afterwards.
 */
export function reparseJsonDocument(
  previous: JsonDocumentParse | undefined,
  text: string,
  parse: (text: string) => JsonSyntax,
  maxDepth: number,
): JsonDocumentParse {
  if (previous?.text === text) return previous;
  const reused = previous === undefined ? undefined : reuse(previous, text, maxDepth);
  return reused ?? { text, syntax: parse(text), reused: false };
}

function reuse(previous: JsonDocumentParse, text: string, maxDepth: number): JsonDocumentParse | undefined {
  const { root, errors } = previous.syntax;
  const old = previous.text;
  // A byte order mark is read as a space (jsonSyntax.ts): not worth the care here.
  if (!root || errors.length > 0 || old.charCodeAt(0) === 0xfeff || text.charCodeAt(0) === 0xfeff) return undefined;
  const prefix = commonPrefixLength(old, text);
  const suffix = commonSuffixLength(old, text, Math.min(old.length, text.length) - prefix);
  const editEnd = old.length - suffix;
  const delta = text.length - old.length;

  // The innermost container whose brackets enclose the edit, and how deep it nests.
  // (An edit in the root object itself, outside every inner container, reads the whole text again.)
  let container = root as unknown as MutableNode;
  if (!encloses(container, prefix, editEnd)) return undefined;
  let depth = 1;
  for (;;) {
    const inner = childContainerEnclosing(container, prefix, editEnd);
    if (!inner) break;
    container = inner;
    depth++;
  }
  const parent = container.parent;
  if (!parent?.children) return undefined;

  const replacement = readStrictJsonValue(
    text,
    container.offset,
    container.offset + container.length + delta,
    container.parent as unknown as JsonNode,
    depth - 1,
    maxDepth,
  ) as unknown as MutableNode | undefined;
  if (!replacement) return undefined;

  // Splice it in, then move what follows the edit and stretch what encloses it.
  parent.children[parent.children.indexOf(container)] = replacement;
  if (delta !== 0) {
    for (let node: MutableNode | undefined = parent; node; node = node.parent) {
      node.length += delta;
      for (const child of node.children ?? []) if (child.offset >= editEnd && child !== replacement) moveNodes(child, delta);
    }
  }
  return { text, syntax: { root, errors: [] }, reused: true };
}

/** Whether the edit `[start, end)` lies inside the node's brackets (not touching them). */
function encloses(node: MutableNode, start: number, end: number): boolean {
  return (node.type === 'object' || node.type === 'array') && start > node.offset && end < node.offset + node.length;
}

/** The object or array among the node's children (property values, for an object) that encloses the edit. */
function childContainerEnclosing(node: MutableNode, start: number, end: number): MutableNode | undefined {
  for (const child of node.children ?? []) {
    const value = child.type === 'property' ? child.children?.[1] : child;
    if (value && encloses(value, start, end)) return value;
  }
  return undefined;
}

/** Adds `delta` to the offsets (and colon offsets) of a subtree, in place. */
function moveNodes(root: MutableNode, delta: number): void {
  const stack: MutableNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    node.offset += delta;
    if (node.colonOffset !== undefined) node.colonOffset += delta;
    if (node.children) for (const child of node.children) stack.push(child);
  }
}
