/** Finds the exact text of ValueNodes in an ARM JSON file through its JSON tree, and describes lists in it for editing. */
import type { Node as JsonNode } from 'jsonc-parser';
import { parseJsonSyntax } from '../arm/jsonSyntax';
import type { AnalysisContext } from '../analysisContext';
import type { SourceFile } from '../model/sourceFile';
import type { Span } from '../text/span';
import type { TextEdit } from './fix';
import type { Container, RawEdit } from './containerEdits';
import { localUnit } from './containerEdits';
import { styleOf } from './indentation';
import type { JsonRenderContext } from './jsonRender';

/**
 * Trees of the analysis in progress, emptied with the other per-analysis caches (clearAnalysisCaches). Not a WeakMap
 * on the file: the analysis cache keeps recent file versions alive for the next keystroke, and with them each
 * version's whole JSON tree, which the garbage collector then copied and promoted on every keystroke.
 */
const trees = new Map<SourceFile, JsonNode | undefined>();

export function clearJsonTreeCache(): void {
  trees.clear();
}

/**
 * The file's JSON tree, parsed once per file: the writers need the exact text layout, which ValueNodes do not keep.
 * With the analysis whose findings the fixes belong to, the tree it read for the file is used again.
 */
export function jsonTreeOf(file: SourceFile, analysis?: AnalysisContext): JsonNode | undefined {
  if (!trees.has(file)) trees.set(file, parseJsonSyntax(file.text, analysis).root);
  return trees.get(file);
}

/** The value node (not a property node) that spans exactly `span`. */
export function jsonNodeAt(root: JsonNode | undefined, span: Span): JsonNode | undefined {
  let node = root;
  while (node) {
    if (node.offset === span.start && node.offset + node.length === span.end && node.type !== 'property') return node;
    node = node.children?.find((child) => child.offset <= span.start && span.end <= child.offset + child.length);
  }
  return undefined;
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

export function containerOf(file: SourceFile, node: JsonNode): Container {
  return {
    text: file.text,
    open: node.offset,
    close: endOf(node) - 1,
    elements: (node.children ?? []).map((child) => ({ start: child.offset, end: endOf(child) })),
    commas: 'always',
  };
}

/** The file's style, with the indentation step this container actually uses. */
export function contextFor(file: SourceFile, container: Container): JsonRenderContext {
  const style = styleOf(file);
  return { file, style: { ...style, unit: localUnit(container, style) } };
}

export function toTextEdits(file: SourceFile, edits: readonly RawEdit[]): TextEdit[] {
  return edits.map((edit) => ({ path: file.path, ...edit }));
}
