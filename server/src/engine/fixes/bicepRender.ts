/**
 * Renders fix values as Bicep text: single-quoted strings with Bicep escapes, newline-separated object members and
 * array items (commas only on one line), and references as `symbol.id` / `symbol.location`. Reads only spans and
 * the file text, never a Bicep syntax tree, so it works with whatever lowering produced the ValueNodes.
 */
import type { Resource } from '../model/model';
import { findMember } from '../model/navigate';
import type { SourceFile } from '../model/sourceFile';
import { spanCovers } from '../text/span';
import type { FixReference, FixValue, NewResource } from './fix';
import { deployingResource, hasUnknownMark, isFixExpression, isFixReference, isNewResource, uniqueSymbol } from './fixValues';
import type { TextStyle } from './indentation';
import { renderList } from './listText';

export interface BicepRenderContext {
  readonly file: SourceFile;
  readonly style: TextStyle;
  /** Identifiers the file declares (lower-cased), so a new resource's symbol does not collide with them. */
  readonly symbols: ReadonlySet<string>;
}

export function bicepString(value: string): string {
  const escaped = value.replace(/[\\'\n\r\t]|\$\{/g, (match) => {
    switch (match) {
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '\t':
        return '\\t';
      default:
        return '\\' + match;
    }
  });
  return `'${escaped}'`;
}

/** An object key: an identifier as is, anything else quoted. */
export function bicepKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : bicepString(key);
}

/** Renders one value whose first line continues the current line at `indent`. */
export function renderBicepValue(value: FixValue, indent: string, singleLine: boolean, context: BicepRenderContext): string | undefined {
  if (value === null || typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    // Bicep has integer literals only.
    return Number.isInteger(value) ? String(value) : `json(${bicepString(String(value))})`;
  }
  if (typeof value === 'string') return hasUnknownMark(value) ? undefined : bicepString(value);
  if (isFixReference(value)) return renderBicepReference(value, context);
  if (isFixExpression(value)) return value.bicep;
  const inner = indent + context.style.unit;
  if (Array.isArray(value)) {
    const items = value.map((item) => () => renderBicepValue(item, inner, singleLine, context));
    return renderBicepList('[', ']', items, indent, singleLine, context.style);
  }
  const members = Object.entries(value as { [key: string]: FixValue })
    // Optional fields left undefined by a rule are absent, as JSON.stringify treats them.
    .filter(([, item]) => item !== undefined)
    .map(([key, item]) => () => {
      const rendered = renderBicepValue(item, inner, singleLine, context);
      return rendered === undefined ? undefined : `${bicepKey(key)}: ${rendered}`;
    });
  return renderBicepList('{', '}', members, indent, singleLine, context.style);
}

/** A bracketed list in this language's style (see {@link renderList}). */
function renderBicepList(
  open: string,
  close: string,
  parts: (() => string | undefined)[],
  indent: string,
  singleLine: boolean,
  style: TextStyle,
): string | undefined {
  return renderList(open, close, parts, indent, singleLine, style, '');
}

function renderBicepReference(reference: FixReference, context: BicepRenderContext): string | undefined {
  const resource = reference.resource;
  if (isNewResource(resource)) return `${newResourceSymbol(resource, context)}.${reference.kind === 'resourceId' ? 'id' : 'location'}`;
  switch (reference.kind) {
    case 'resourceId': {
      const accessor = bicepAccessor(resource, context.file);
      return accessor ? `${accessor}.id` : inlineResourceId(resource, context);
    }
    case 'location': {
      const accessor = bicepAccessor(deployingResource(resource), context.file);
      return accessor && `${accessor}.location`;
    }
  }
}

export function newResourceSymbol(resource: NewResource, context: BicepRenderContext): string {
  return uniqueSymbol(resource.symbolicName, context.symbols);
}

/**
 * How Bicep code outside the declaration names a resource: its symbol, or `parent::child` for a child declared
 * inside its parent's body. Undefined for loop members (the symbol is a collection) and other files' resources.
 */
export function bicepAccessor(resource: Resource, file: SourceFile): string | undefined {
  if (resource.declaration.file !== file || !resource.symbolicName || resource.loop || resource.inlineIn) return undefined;
  const parent = resource.parent;
  if (parent && parent.declaration.file === file && spanCovers(parent.declaration.span, resource.declaration.span)) {
    const outer = bicepAccessor(parent, file);
    return outer && `${outer}::${resource.symbolicName}`;
  }
  return resource.symbolicName;
}

/** An inline sub-resource (a subnet in its network's body) has no symbol: `resourceId(type, owner.name, name)`. */
function inlineResourceId(resource: Resource, context: BicepRenderContext): string | undefined {
  const owner = resource.inlineIn;
  if (!owner || owner.parent) return undefined;
  const ownerAccessor = bicepAccessor(owner, context.file);
  const name = findMember(resource.body, 'name')?.node;
  if (!ownerAccessor || !name || name.loc.file !== context.file) return undefined;
  const nameText = context.file.text.slice(name.loc.span.start, name.loc.span.end);
  return `resourceId(${bicepString(resource.type)}, ${ownerAccessor}.name, ${nameText})`;
}

const DECLARATION = /^[ \t]*(?:param|var|resource|module|output|type|func|metadata)[ \t]+([A-Za-z_][A-Za-z0-9_]*)/gm;

/**
 * Every identifier the file declares, nested resources included (a collision there is as confusing as anywhere).
 * Reads the whole text: FixRenderSession asks once per file.
 */
export function declaredBicepSymbols(file: SourceFile): ReadonlySet<string> {
  const found = new Set<string>();
  for (const match of file.text.matchAll(DECLARATION)) found.add(match[1].toLowerCase());
  return found;
}
