/**
 * Renders fix values as ARM JSON text: literal strings escaped so they never read as expressions, references as
 * `[resourceId(...)]` expressions built from the written names, objects and arrays in the file's indentation.
 */
import type { Deployment } from '../model/model';
import { findMember } from '../model/navigate';
import type { SourceFile } from '../model/sourceFile';
import type { Span } from '../text/span';
import { jsonStringText, newResourceNameSegments, resourceIdExpression, writtenArmNameSegments } from './armExpressionText';
import type { FixReference, FixValue } from './fix';
import { deployingResource, hasUnknownMark, isFixExpression, isFixReference, isNewResource } from './fixValues';
import type { TextStyle } from './indentation';
import { renderList } from './listText';

export interface JsonRenderContext {
  readonly file: SourceFile;
  readonly style: TextStyle;
  /** When known (adding a resource), references must be to resources of this deployment: other scopes' names mean other things. */
  readonly deployment?: Deployment;
}

/** Renders one value whose first line continues the current line at `indent`. */
export function renderJsonValue(value: FixValue, indent: string, singleLine: boolean, context: JsonRenderContext): string | undefined {
  if (value === null || typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : undefined;
  if (typeof value === 'string') return hasUnknownMark(value) ? undefined : jsonStringText({ kind: 'literal', value });
  if (isFixReference(value)) return renderJsonReference(value, context);
  if (isFixExpression(value)) return jsonStringText({ kind: 'expression', text: value.arm });
  if (Array.isArray(value)) {
    const items: (() => string | undefined)[] = value.map(
      (item) => () => renderJsonValue(item, indent + context.style.unit, singleLine, context),
    );
    return renderJsonList('[', ']', items, indent, singleLine, context.style);
  }
  const entries: JsonEntry[] = Object.entries(value as { [key: string]: FixValue })
    // Optional fields left undefined by a rule are absent, as JSON.stringify treats them.
    .filter(([, item]) => item !== undefined)
    .map(([key, item]) => [key, (inner: string, single: boolean) => renderJsonValue(item, inner, single, context)]);
  return renderJsonObject(entries, indent, singleLine, context.style);
}

/** A member whose value is rendered on demand at the member's indentation. */
export type JsonEntry = readonly [string, (indent: string, singleLine: boolean) => string | undefined];

export function renderJsonObject(entries: readonly JsonEntry[], indent: string, singleLine: boolean, style: TextStyle): string | undefined {
  const inner = indent + style.unit;
  const members = entries.map(([key, render]) => () => {
    const rendered = render(inner, singleLine);
    return rendered === undefined ? undefined : `${JSON.stringify(key)}: ${rendered}`;
  });
  return renderJsonList('{', '}', members, indent, singleLine, style);
}

/** A bracketed list in this language's style (see {@link renderList}). */
export function renderJsonList(
  open: string,
  close: string,
  parts: (() => string | undefined)[],
  indent: string,
  singleLine: boolean,
  style: TextStyle,
): string | undefined {
  return renderList(open, close, parts, indent, singleLine, style, ',');
}

function renderJsonReference(reference: FixReference, context: JsonRenderContext): string | undefined {
  const resource = reference.resource;
  if (isNewResource(resource)) {
    switch (reference.kind) {
      case 'resourceId': {
        const segments = newResourceNameSegments(resource, context.file);
        return segments && jsonStringText({ kind: 'expression', text: resourceIdExpression(resource.type, segments) });
      }
      case 'location':
        // Rendered as a single-line value: a location is a string or an expression, never a block.
        return resource.location === undefined ? undefined : renderJsonValue(resource.location, '', true, context);
    }
  }
  if (context.deployment && resource.deployment !== context.deployment) return undefined;
  switch (reference.kind) {
    case 'resourceId': {
      const segments = writtenArmNameSegments(resource, context.file);
      return segments && jsonStringText({ kind: 'expression', text: resourceIdExpression(resource.type, segments) });
    }
    case 'location': {
      // Inline sub-resources have no location of their own; they live where their owner does.
      const owner = deployingResource(resource);
      const location = findMember(owner.body, 'location')?.node;
      if (!location || location.loc.file !== context.file || !isStringToken(context.file.text, location.loc.span)) return undefined;
      return context.file.text.slice(location.loc.span.start, location.loc.span.end);
    }
  }
}

function isStringToken(text: string, span: Span): boolean {
  return span.end - span.start >= 2 && text[span.start] === '"' && text[span.end - 1] === '"';
}
