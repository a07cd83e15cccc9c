/**
 * Builds ARM template expression text (`resourceId(...)`, `format(...)` names) from what a template wrote, so a fix
 * refers to a resource by the same parameters and variables its declaration uses, never by an evaluated value.
 * Texts here are unescaped expression text; the JSON writer adds the brackets and the JSON string escapes.
 */
import type { Expr } from '../arm/expression/ast';
import { parseArmString } from '../arm/expression/parse';
import type { Resource } from '../model/model';
import { findMember } from '../model/navigate';
import type { SourceFile } from '../model/sourceFile';
import type { FixValue, NewResource } from './fix';
import { declaringResource, hasUnknownMark, isFixReference, isNewResource } from './fixValues';

/** One segment of a resource name as an ARM expression; `literal` is set when it is a plain string. */
export interface ArmSegment {
  readonly text: string;
  readonly literal?: string;
}

/** A JSON string value to write: a literal (escaped if it looks like an expression) or an expression. */
export type ArmStringValue = { readonly kind: 'literal'; readonly value: string } | { readonly kind: 'expression'; readonly text: string };

export function armStringLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

function literalSegment(value: string): ArmSegment {
  return { text: armStringLiteral(value), literal: value };
}

/**
 * The name segments of a declared resource, from the text of its `name` (and, for a child written with a short
 * name, its parent's). Undefined when the name is not written in this file or comes from a loop (its `copyIndex()`
 * means nothing outside the loop).
 */
export function writtenArmNameSegments(resource: Resource, file: SourceFile): ArmSegment[] | undefined {
  if (resource.loop || declaringResource(resource).loop || resource.declaration.file !== file) return undefined;
  const own = ownNameSegments(resource, file);
  if (!own) return undefined;
  const expected = resource.type.split('/').length - 1;
  const owner = resource.inlineIn ?? resource.parent;
  let segments = own;
  if (segments.length < expected && owner) {
    const ownerSegments = writtenArmNameSegments(owner, file);
    if (ownerSegments && ownerSegments.length + own.length === expected) segments = [...ownerSegments, ...own];
  }
  if (segments.length === expected) return segments;
  if (segments.length === 1 && segments[0].literal === undefined) {
    // `parameters('subnetFullName')` holding `vnet/subnet`: ARM can split it itself.
    return Array.from({ length: expected }, (_, i) => ({ text: `split(${segments[0].text}, '/')[${i}]` }));
  }
  return undefined;
}

function ownNameSegments(resource: Resource, file: SourceFile): ArmSegment[] | undefined {
  const name = findMember(resource.body, 'name')?.node;
  if (!name || name.loc.file !== file) return undefined;
  const { start, end } = name.loc.span;
  if (file.text[start] !== '"' || file.text[end - 1] !== '"' || end - start < 2) return undefined;
  const parsed = parseArmString(file.text.slice(start + 1, end - 1), start + 1);
  if (parsed.kind === 'literal') return parsed.value.split('/').map(literalSegment);
  if (!parsed.expr || parsed.errors.length > 0) return undefined;
  return expressionSegments(parsed.expr, file.text);
}

/** Splits `format('{0}/{1}', a, b)` and `concat(a, '/', b)` into their segments; anything else is one segment. */
function expressionSegments(expr: Expr, text: string): ArmSegment[] | undefined {
  const whole = (): ArmSegment[] | undefined => {
    const written = exprText(expr, text);
    return written === undefined ? undefined : [{ text: written }];
  };
  if (expr.kind !== 'call') return whole();
  const name = expr.name.toLowerCase();
  if (name === 'format' && expr.args[0]?.kind === 'string') return formatSegments(expr, text) ?? whole();
  if (name === 'concat') return concatSegments(expr.args, text) ?? whole();
  return whole();
}

function formatSegments(expr: Expr & { kind: 'call' }, text: string): ArmSegment[] | undefined {
  const pattern = expr.args[0];
  if (pattern.kind !== 'string') return undefined;
  const segments: ArmSegment[] = [];
  for (const part of pattern.value.split('/')) {
    const placeholder = /^\{(\d+)\}$/.exec(part);
    if (placeholder) {
      const arg = expr.args[Number(placeholder[1]) + 1];
      const written = arg && exprText(arg, text);
      if (written === undefined) return undefined;
      segments.push(arg.kind === 'string' ? literalSegment(arg.value) : { text: written });
    } else if (!/[{}]/.test(part)) {
      segments.push(literalSegment(part));
    } else {
      return undefined;
    }
  }
  return segments;
}

function concatSegments(args: readonly Expr[], text: string): ArmSegment[] | undefined {
  const segments: ArmSegment[][] = [[]];
  for (const arg of args) {
    if (arg.kind === 'string') {
      const parts = arg.value.split('/');
      parts.forEach((part, i) => {
        if (i > 0) segments.push([]);
        if (part !== '') segments[segments.length - 1].push(literalSegment(part));
      });
      continue;
    }
    const written = exprText(arg, text);
    if (written === undefined) return undefined;
    segments[segments.length - 1].push({ text: written });
  }
  if (segments.some((pieces) => pieces.length === 0)) return undefined;
  return segments.map(joinPieces);
}

function joinPieces(pieces: ArmSegment[]): ArmSegment {
  if (pieces.length === 1) return pieces[0];
  if (pieces.every((p) => p.literal !== undefined)) return literalSegment(pieces.map((p) => p.literal).join(''));
  return { text: `concat(${pieces.map((p) => p.text).join(', ')})` };
}

/** The written text of a sub-expression, JSON escapes resolved (spans point into the raw, escaped file text). */
function exprText(expr: Expr, text: string): string | undefined {
  try {
    return JSON.parse(`"${text.slice(expr.span.start, expr.span.end)}"`) as string;
  } catch {
    return undefined;
  }
}

/** Name segments of a resource a fix adds: its parent's segments and its short name, or its full name. */
export function newResourceNameSegments(resource: NewResource, file: SourceFile): ArmSegment[] | undefined {
  if (!resource.parent) return fixValueSegments(resource.name);
  const parent = resource.parent;
  const parentSegments = isNewResource(parent) ? newResourceNameSegments(parent, file) : writtenArmNameSegments(parent, file);
  const own =
    resource.childName ?? (typeof resource.name === 'string' ? resource.name.slice(resource.name.lastIndexOf('/') + 1) : resource.name);
  const ownSegments = fixValueSegments(own);
  return parentSegments && ownSegments ? [...parentSegments, ...ownSegments] : undefined;
}

function fixValueSegments(value: FixValue): ArmSegment[] | undefined {
  if (typeof value !== 'string' || hasUnknownMark(value) || isFixReference(value)) return undefined;
  return value.split('/').map(literalSegment);
}

/** The full name as a JSON string value: a literal when every segment is one, else a `format` expression. */
export function armNameValue(segments: readonly ArmSegment[]): ArmStringValue {
  if (segments.every((s) => s.literal !== undefined)) return { kind: 'literal', value: segments.map((s) => s.literal).join('/') };
  if (segments.length === 1) return { kind: 'expression', text: segments[0].text };
  const pattern = segments.map((_, i) => `{${i}}`).join('/');
  return { kind: 'expression', text: `format(${armStringLiteral(pattern)}, ${segments.map((s) => s.text).join(', ')})` };
}

export function resourceIdExpression(type: string, segments: readonly ArmSegment[]): string {
  return `resourceId(${[armStringLiteral(type), ...segments.map((s) => s.text)].join(', ')})`;
}

/** `"[[x]"` for a literal that would otherwise read as an expression; JSON string escapes applied. */
export function jsonStringText(value: ArmStringValue): string {
  if (value.kind === 'expression') return JSON.stringify(`[${value.text}]`);
  const escaped = value.value.length >= 2 && value.value.startsWith('[') && value.value.endsWith(']') ? `[${value.value}` : value.value;
  return JSON.stringify(escaped);
}
