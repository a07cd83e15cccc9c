/**
 * Writes fix actions into Bicep files as text edits, from ValueNode spans and the file text alone: properties go on
 * lines of their own (commas only inside single-line objects), new resources become statements after their anchor.
 */
import type { MemberNode, Resource, ValueNode } from '../model/model';
import { findMember } from '../model/navigate';
import type { SourceFile } from '../model/sourceFile';
import type { Span } from '../text/span';
import type { FixAction, FixValue, NewParameter, NewResource, TextEdit } from './fix';
import { Container, RawEdit, insertElement, localUnit, removeElement } from './containerEdits';
import { declaringResource, isFixExpression, isFixReference, isNewResource, nestPath } from './fixValues';
import { lineEnd, restOfLineIsTrivia } from './indentation';
import { BicepRenderContext, bicepAccessor, bicepKey, bicepString, newResourceSymbol, renderBicepValue } from './bicepRender';
import { FixRenderSession } from './renderSession';

/**
 * Text edits for one action in a Bicep file; undefined when it cannot be written safely. The session keeps what the
 * fixes of one analysis read more than once (a new one reads everything again).
 */
export function renderBicepAction(action: FixAction, session: FixRenderSession = new FixRenderSession()): TextEdit[] | undefined {
  switch (action.kind) {
    case 'setProperty':
      return setProperty(action.object, action.path, action.value, session);
    case 'replaceValue':
      return replaceValue(action.node, action.value, session);
    case 'removeArrayItem':
      return removeArrayItem(action.array, action.index, session);
    case 'removeProperty':
      return removeProperty(action.object, action.name, session);
    case 'addResource':
      return addResource(action.after, action.resource, session);
    case 'addParameter':
      return addParameter(action.file, action.parameter, session);
  }
}

/** Declares `param name type = default` after the file's last top-level parameter, or before its first statement. */
function addParameter(file: SourceFile, parameter: NewParameter, session: FixRenderSession): TextEdit[] | undefined {
  const program = session.bicepProgramOf(file);
  const lower = parameter.name.toLowerCase();
  // Parameters, variables, resources, modules … share one namespace in Bicep: a parameter named like any of them
  // would not compile (and the fix's references to it would name the other symbol).
  if (session.bicepSymbolsOf(file).has(lower) || program.statements.some((s) => s.kind === 'param' && s.name.name.toLowerCase() === lower))
    return undefined;
  const style = session.styleOf(file);
  const context: BicepRenderContext = { file, style, symbols: session.bicepSymbolsOf(file) };
  const value = parameter.defaultValue === undefined ? undefined : renderBicepValue(parameter.defaultValue, '', false, context);
  if (parameter.defaultValue !== undefined && value === undefined) return undefined;
  const lines = [
    ...(parameter.description ? [`@description(${bicepString(parameter.description)})`] : []),
    `param ${parameter.name} ${parameter.type}${value === undefined ? '' : ` = ${value}`}`,
  ];
  const params = program.statements.filter((s) => s.kind === 'param');
  const last = params[params.length - 1];
  if (last) {
    const end = lineEnd(file.text, last.span.end);
    return [{ path: file.path, start: end, end, newText: style.newline + style.newline + lines.join(style.newline) }];
  }
  const first = program.statements.find(
    (s) => s.kind !== 'targetScope' && s.kind !== 'metadata' && s.kind !== 'import' && s.kind !== 'extension',
  );
  const start = first ? (('decorators' in first ? first.decorators[0]?.span.start : undefined) ?? first.span.start) : file.text.length;
  return [{ path: file.path, start, end: start, newText: lines.join(style.newline) + style.newline + style.newline }];
}

function setProperty(object: ValueNode, path: readonly string[], value: FixValue, session: FixRenderSession): TextEdit[] | undefined {
  let node = object;
  for (let i = 0; i < path.length; i++) {
    const container = objectContainer(node, session);
    if (!container) return undefined;
    const member = findMember(node, path[i]);
    if (!member) {
      const nested = nestPath(path.slice(i + 1), value);
      const context = contextFor(node.loc.file, container, session);
      const edits = insertElement(container, context.style, (indent, singleLine) => {
        const rendered = renderBicepValue(nested, indent, singleLine, context);
        return rendered === undefined ? undefined : `${bicepKey(path[i])}: ${rendered}`;
      });
      return edits && toTextEdits(node.loc.file, edits);
    }
    if (i === path.length - 1) return replaceSpan(member.node.loc.file, member.node.loc.span, value, session);
    node = member.node;
  }
  return undefined;
}

function replaceValue(node: ValueNode, value: FixValue, session: FixRenderSession): TextEdit[] | undefined {
  const { file, span } = node.loc;
  const first = file.text[span.start];
  // A literal object or array whose ValueNode lost its members is a navigation stand-in, not the written value.
  if ((first === '{' && !node.members) || (first === '[' && !node.items)) return undefined;
  return replaceSpan(file, span, value, session);
}

function replaceSpan(file: SourceFile, span: Span, value: FixValue, session: FixRenderSession): TextEdit[] | undefined {
  // An expression may serve other values too (a parameter, a loop item): a fix only ever replaces a literal.
  // (A reference written in place of a reference, as in "point at the recommended zone", is what the fix means.)
  if (!isBicepLiteral(file.text.slice(span.start, span.end)) && !isFixReference(value) && !isFixExpression(value)) return undefined;
  const context: BicepRenderContext = { file, style: session.styleOf(file), symbols: session.bicepSymbolsOf(file) };
  // Code after the value on its line means it sits in a single-line object or array: stay on one line.
  const singleLine = !restOfLineIsTrivia(file.text, span.end);
  const rendered = renderBicepValue(value, session.linesOf(file).indentOfLine(span.start), singleLine, context);
  return rendered === undefined ? undefined : [{ path: file.path, start: span.start, end: span.end, newText: rendered }];
}

function removeArrayItem(array: ValueNode, index: number, session: FixRenderSession): TextEdit[] | undefined {
  if (!array.items) return undefined;
  const container = listContainer(
    array,
    '[',
    ']',
    array.items.map((item) => item.loc.span),
    session,
  );
  const edits = container && removeElement(container, index);
  return edits && toTextEdits(array.loc.file, edits);
}

function removeProperty(object: ValueNode, name: string, session: FixRenderSession): TextEdit[] | undefined {
  const container = objectContainer(object, session);
  if (!container || !object.members) return undefined;
  const lower = name.toLowerCase();
  const matches = object.members.flatMap((m, i) => (m.key.toLowerCase() === lower ? [i] : []));
  if (matches.length === 0) return [];
  if (matches.length > 1) return undefined;
  const edits = removeElement(container, matches[0]);
  return edits && toTextEdits(object.loc.file, edits);
}

function objectContainer(node: ValueNode, session: FixRenderSession): Container | undefined {
  if (!node.members) return undefined;
  return listContainer(node, '{', '}', node.members.map(memberSpan), session);
}

function memberSpan(member: MemberNode): Span {
  return { start: member.keyLoc.span.start, end: member.node.loc.span.end };
}

/**
 * The list as written, or undefined when the spans do not describe it (elements out of order or outside the
 * brackets, as loop-expanded items are): editing then would cut through unrelated text.
 */
function listContainer(node: ValueNode, open: string, close: string, elements: Span[], session: FixRenderSession): Container | undefined {
  const { file, span } = node.loc;
  if (file.text[span.start] !== open || file.text[span.end - 1] !== close) return undefined;
  let previousEnd = span.start + 1;
  for (const element of elements) {
    if (element.start < previousEnd || element.end > span.end - 1 || element.end < element.start) return undefined;
    previousEnd = element.end;
  }
  return { text: file.text, lines: session.linesOf(file), open: span.start, close: span.end - 1, elements, commas: 'singleLine' };
}

function contextFor(file: SourceFile, container: Container, session: FixRenderSession): BicepRenderContext {
  const style = session.styleOf(file);
  return { file, style: { ...style, unit: localUnit(container, style) }, symbols: session.bicepSymbolsOf(file) };
}

function toTextEdits(file: SourceFile, edits: readonly RawEdit[]): TextEdit[] {
  return edits.map((edit) => ({ path: file.path, ...edit }));
}

/** A new `resource` statement after the statement that declares `after`, separated by a blank line. */
function addResource(after: Resource, resource: NewResource, session: FixRenderSession): TextEdit[] | undefined {
  const anchor = declaringResource(after);
  const file = anchor.declaration.file;
  const { text } = file;
  const context: BicepRenderContext = { file, style: session.styleOf(file), symbols: session.bicepSymbolsOf(file) };
  const indent = session.linesOf(file).indentOfLine(anchor.declaration.span.start);
  const inner = indent + context.style.unit;
  const members: string[] = [];

  let name: FixValue = resource.name;
  if (resource.parent) {
    const parent = resource.parent;
    const parentSymbol = isNewResource(parent) ? newResourceSymbol(parent, context) : bicepAccessor(parent, file);
    if (!parentSymbol) return undefined;
    members.push(`parent: ${parentSymbol}`);
    name =
      resource.childName ?? (typeof resource.name === 'string' ? resource.name.slice(resource.name.lastIndexOf('/') + 1) : resource.name);
  }
  const entries: [string, FixValue | undefined][] = [
    ['name', name],
    ['location', resource.location],
    ['properties', resource.properties],
  ];
  for (const [key, value] of entries) {
    if (value === undefined) continue;
    const rendered = renderBicepValue(value, inner, false, context);
    if (rendered === undefined) return undefined;
    members.push(`${key}: ${rendered}`);
  }

  const { newline } = context.style;
  const header = `resource ${newResourceSymbol(resource, context)} ${bicepString(`${resource.type}@${resource.apiVersion}`)} = {`;
  const statement = [header, ...members.map((m) => inner + m), indent + '}'].join(newline);
  const end = anchor.declaration.span.end;
  const at = restOfLineIsTrivia(text, end) ? lineEnd(text, end) : end;
  return [{ path: file.path, start: at, end: at, newText: newline + newline + indent + statement }];
}

/** A literal as written: a string without interpolation, a number, true/false/null, or an object/array literal. */
function isBicepLiteral(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.startsWith("'")) return !/(^|[^\\])\$\{/.test(trimmed);
  if (/^\[\s*for\b/.test(trimmed)) return false;
  return /^(-?\d+|true|false|null)$/.test(trimmed) || trimmed.startsWith('{') || trimmed.startsWith('[');
}
