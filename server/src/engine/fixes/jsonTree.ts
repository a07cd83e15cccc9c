/** Finds the exact text of ValueNodes in an ARM JSON file through its JSON tree, and describes lists in it for editing. */
import type { Node as JsonNode } from 'jsonc-parser';
import type { SourceFile } from '../model/sourceFile';
import type { Span } from '../text/span';
import type { TextEdit } from './fix';
import type { Container, RawEdit } from './containerEdits';
import { localUnit } from './containerEdits';
import type { FixRenderSession } from './renderSession';
import type { JsonRenderContext } from './jsonRender';

/** The value node (not a property node) that spans exactly `span`. */
export function jsonNodeAt(root: JsonNode | undefined, span: Span): JsonNode | undefined {
  let node = root;
  while (node) {
    if (node.offset === span.start && node.offset + node.length === span.end && node.type !== 'property') return node;
    node = childCovering(node.children, span);
  }
  return undefined;
}

/**
 * The child whose text covers `span`, by binary search (children are in text order and do not overlap): a template's
 * `resources` array may hold thousands, and every fix looks its target up from the root.
 */
function childCovering(children: readonly JsonNode[] | undefined, span: Span): JsonNode | undefined {
  if (!children) return undefined;
  let low = 0;
  let high = children.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (children[mid].offset <= span.start) low = mid;
    else high = mid - 1;
  }
  // The first covering child, as a scan from the start finds it (an empty node may share its offset with the next).
  while (low > 0 && covers(children[low - 1], span)) low--;
  const child = children[low];
  return child && covers(child, span) ? child : undefined;
}

function covers(node: JsonNode, span: Span): boolean {
  return node.offset <= span.start && span.end <= node.offset + node.length;
}

/** The last property of an object whose key matches case-insensitively (the one ARM reads). */
export function jsonProperty(object: JsonNode, name: string): JsonNode | undefined {
  const lower = name.toLowerCase();
  let found: JsonNode | undefined;
  for (const property of object.children ?? []) {
    if (propertyKey(property)?.toLowerCase() === lower) found = property;
  }
  return found;
}

export function propertyKey(property: JsonNode | undefined): string | undefined {
  const key = property?.type === 'property' ? property.children?.[0]?.value : undefined;
  return typeof key === 'string' ? key : undefined;
}

export function endOf(node: JsonNode): number {
  return node.offset + node.length;
}

export function containerOf(file: SourceFile, node: JsonNode, session: FixRenderSession): Container {
  return {
    text: file.text,
    lines: session.linesOf(file),
    open: node.offset,
    close: endOf(node) - 1,
    elements: (node.children ?? []).map((child) => ({ start: child.offset, end: endOf(child) })),
    commas: 'always',
  };
}

/** The file's style, with the indentation step this container actually uses. */
export function contextFor(file: SourceFile, container: Container, session: FixRenderSession): JsonRenderContext {
  const style = session.styleOf(file);
  return { file, style: { ...style, unit: localUnit(container, style) } };
}

export function toTextEdits(file: SourceFile, edits: readonly RawEdit[]): TextEdit[] {
  return edits.map((edit) => ({ path: file.path, ...edit }));
}
