/**
 * Where a completion is asked for: inside the string of a `groupIds` element, or of a private DNS zone's `name`.
 * Read from the text around the cursor only (the document is being typed, so it is often incomplete), never from an
 * analysis. The target's resource type, when the connection names a resource declared in the same file, narrows the
 * group ids offered.
 */
import { findNodeAtOffset, getNodePath, parseTree, type Node as JsonNode } from 'jsonc-parser';
import type { Language } from '../model/sourceFile';
import type { Span } from '../text/span';

export type CompletionContext =
  | { readonly kind: 'groupId'; readonly replace: Span; readonly typed: string; readonly targetType?: string }
  | { readonly kind: 'zoneName'; readonly replace: Span; readonly typed: string };

const ZONE_TYPE = 'microsoft.network/privatednszones';
/** `privateLinkServiceId: <symbol>.id` (or `<symbol>[i].id`) in Bicep: the connection's target by its symbol. */
const TARGET_SYMBOL = /privateLinkServiceId\s*:\s*([A-Za-z_]\w*)(?:\[[^\]]*\])?\.id\b/;

export function completionContext(text: string, offset: number, language: Language): CompletionContext | undefined {
  if (language === 'arm') return armContext(text, offset);
  if (language === 'bicep') return bicepContext(text, offset);
  return undefined;
}

// -- ARM JSON ---------------------------------------------------------------------------------------------------

function armContext(text: string, offset: number): CompletionContext | undefined {
  const root = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  if (!root) return undefined;
  const node = findNodeAtOffset(root, offset, false);
  // Inside the quotes of a string value (not a property name).
  if (!node || node.type !== 'string' || offset <= node.offset || offset >= node.offset + node.length) return undefined;
  if (node.parent?.type === 'property' && node.parent.children?.[0] === node) return undefined;
  const replace = { start: node.offset + 1, end: node.offset + node.length - 1 };
  const typed = text.slice(replace.start, offset);
  if (typed.startsWith('[')) return undefined; // an expression, not a literal
  const path = getNodePath(node);
  if (path.length >= 2 && path[path.length - 2] === 'groupIds' && typeof path[path.length - 1] === 'number') {
    // string → array → property "groupIds" → the connection's properties object
    const connectionProperties = node.parent?.parent?.parent;
    return { kind: 'groupId', replace, typed, targetType: armTargetType(stringProperty(connectionProperties, 'privateLinkServiceId')) };
  }
  if (path[path.length - 1] === 'name' && node.parent?.type === 'property') {
    const resource = node.parent.parent;
    if (stringProperty(resource, 'type')?.toLowerCase() === ZONE_TYPE) return { kind: 'zoneName', replace, typed };
  }
  return undefined;
}

function stringProperty(object: JsonNode | undefined, name: string): string | undefined {
  if (object?.type !== 'object') return undefined;
  const property = object.children?.find((p) => p.children?.[0]?.value === name);
  const value = property?.children?.[1];
  return value?.type === 'string' ? String(value.value) : undefined;
}

/** `[resourceId('Microsoft.Storage/storageAccounts', …)]` (with or without subscription and group) → its type. */
function armTargetType(expression: string | undefined): string | undefined {
  const match = expression && /resourceId\(([^)]*)\)/i.exec(expression);
  if (!match) return undefined;
  const literal = match[1].split(',').map((part) => /^\s*'([^']*)'\s*$/.exec(part)?.[1]);
  return literal.find((part) => part !== undefined && /^[\w.]+\/[\w/]+$/.test(part));
}

// -- Bicep ------------------------------------------------------------------------------------------------------

function bicepContext(text: string, offset: number): CompletionContext | undefined {
  const literal = bicepStringAround(text, offset);
  if (!literal) return undefined;
  const replace = { start: literal.start + 1, end: literal.end };
  const typed = text.slice(replace.start, offset);
  const before = text.slice(0, literal.start);
  // `groupIds: [` then earlier elements (strings, commas, line breaks) up to this one.
  if (/groupIds\s*:\s*\[(?:\s*'[^'\n]*'\s*,?)*\s*$/.test(before)) {
    const open = enclosingBrace(text, literal.start);
    const body = open === undefined ? '' : text.slice(open, literal.start);
    const symbol = TARGET_SYMBOL.exec(body)?.[1] ?? TARGET_SYMBOL.exec(text.slice(literal.end, literal.end + 2000))?.[1];
    return { kind: 'groupId', replace, typed, targetType: symbol ? bicepResourceType(text, symbol) : undefined };
  }
  if (/(^|\n)\s*name\s*:\s*$/.test(before)) {
    const open = enclosingBrace(text, literal.start);
    const declaration = open === undefined ? '' : text.slice(text.lastIndexOf('\n', open) + 1, open);
    const type = /^\s*resource\s+\w+\s+'([^'@]+)@/.exec(declaration)?.[1];
    if (type?.toLowerCase() === ZONE_TYPE) return { kind: 'zoneName', replace, typed };
  }
  return undefined;
}

/** The single-line `'…'` literal (no interpolation) the offset is inside; its end is the closing quote or line end. */
function bicepStringAround(text: string, offset: number): Span | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  let open: number | undefined;
  for (let i = lineStart; i < lineEnd; i++) {
    const ch = text[i];
    if (open === undefined) {
      if (ch === '/' && text[i + 1] === '/') return undefined;
      if (ch === "'") open = i;
    } else if (ch === '\\') {
      i++;
    } else if (ch === '$' && text[i + 1] === '{') {
      return undefined;
    } else if (ch === "'") {
      if (offset > open && offset <= i) return { start: open, end: i };
      open = undefined;
    }
    if (i >= offset && open === undefined) return undefined;
  }
  return open !== undefined && offset > open ? { start: open, end: lineEnd.valueOf() } : undefined;
}

/** The `{` that opens the object holding `offset` (strings and comments skipped only roughly: enough to navigate). */
function enclosingBrace(text: string, offset: number): number | undefined {
  let depth = 0;
  for (let i = offset - 1; i >= 0; i--) {
    const ch = text[i];
    if (ch === '}') depth++;
    else if (ch === '{') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return undefined;
}

function bicepResourceType(text: string, symbol: string): string | undefined {
  const declaration = new RegExp(`(?:^|\\n)\\s*resource\\s+${symbol}\\s+'([^'@]+)@`).exec(text);
  return declaration?.[1];
}
