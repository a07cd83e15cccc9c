/**
 * Writes fix actions into ARM JSON files as text edits: setting, replacing and removing written values and adding
 * resources, in the file's own indentation, newline style and comma placement. Locates the exact text through the
 * file's JSON tree (ValueNodes hide `copy`, `condition` and child `resources`, which the text still holds).
 */
import type { Node as JsonNode } from 'jsonc-parser';
import type { ValueNode } from '../model/model';
import type { SourceFile } from '../model/sourceFile';
import type { FixAction, FixValue, NewParameter, TextEdit } from './fix';
import { insertElement, isSingleLine, removeElement } from './containerEdits';
import { isFixExpression, isFixReference, nestPath } from './fixValues';
import { renderJsonValue } from './jsonRender';
import { containerOf, contextFor, endOf, jsonNodeAt, jsonProperty, propertyKey, toTextEdits } from './jsonTree';
import { addJsonResource } from './jsonAddResource';
import { FixRenderSession } from './renderSession';

/**
 * Text edits for one action in an ARM JSON file; undefined when it cannot be written safely. The session keeps what
 * the fixes of one analysis read more than once (a new one reads everything again).
 */
export function renderJsonAction(action: FixAction, session: FixRenderSession = new FixRenderSession()): TextEdit[] | undefined {
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
      return addJsonResource(action.after, action.resource, session);
    case 'addParameter':
      return addParameter(action.file, action.parameter, session);
  }
}

/** Declares a parameter in the template's top-level `parameters` object (created when the template has none). */
function addParameter(file: SourceFile, parameter: NewParameter, session: FixRenderSession): TextEdit[] | undefined {
  const root = session.jsonTreeOf(file);
  if (root?.type !== 'object') return undefined;
  const definition: { [key: string]: FixValue } = { type: parameter.type };
  if (parameter.defaultValue !== undefined) definition.defaultValue = parameter.defaultValue;
  if (parameter.description) definition.metadata = { description: parameter.description };
  const parameters = jsonProperty(root, 'parameters')?.children?.[1];
  if (parameters?.type === 'object') {
    if (jsonProperty(parameters, parameter.name)) return undefined;
    return insertMember(file, parameters, parameter.name, definition, session);
  }
  if (parameters) return undefined;
  return insertMember(file, root, 'parameters', { [parameter.name]: definition }, session);
}

function setProperty(object: ValueNode, path: readonly string[], value: FixValue, session: FixRenderSession): TextEdit[] | undefined {
  // No members: the object is computed by an expression, so there is no text to edit.
  if (!object.members || path.length === 0) return undefined;
  const file = object.loc.file;
  let node = jsonNodeAt(session.jsonTreeOf(file), object.loc.span);
  for (let i = 0; i < path.length; i++) {
    if (node?.type !== 'object' || isMadeByPropertyCopy(node, path[i])) return undefined;
    const property = jsonProperty(node, path[i]);
    if (!property) return insertMember(file, node, path[i], nestPath(path.slice(i + 1), value), session);
    const propertyValue = property.children?.[1];
    if (!propertyValue) return undefined;
    if (i === path.length - 1) return replaceNode(file, propertyValue, value, session);
    node = propertyValue;
  }
  return undefined;
}

/** A property-iteration `copy` produces the property: writing it as well would declare it twice. */
function isMadeByPropertyCopy(object: JsonNode, name: string): boolean {
  const copy = jsonProperty(object, 'copy')?.children?.[1];
  if (copy?.type !== 'array') return false;
  return (copy.children ?? []).some((loop) => {
    const loopName = loop.type === 'object' ? jsonProperty(loop, 'name')?.children?.[1]?.value : undefined;
    return typeof loopName === 'string' && loopName.toLowerCase() === name.toLowerCase();
  });
}

function insertMember(file: SourceFile, object: JsonNode, key: string, value: FixValue, session: FixRenderSession): TextEdit[] | undefined {
  const container = containerOf(file, object, session);
  const context = contextFor(file, container, session);
  const edits = insertElement(container, context.style, (indent, singleLine) => {
    const rendered = renderJsonValue(value, indent, singleLine, context);
    return rendered === undefined ? undefined : `${JSON.stringify(key)}: ${rendered}`;
  });
  return edits && toTextEdits(file, edits);
}

function replaceValue(node: ValueNode, value: FixValue, session: FixRenderSession): TextEdit[] | undefined {
  const file = node.loc.file;
  const written = jsonNodeAt(session.jsonTreeOf(file), node.loc.span);
  // A literal object or array whose ValueNode lost its members is a navigation stand-in, not the written value.
  if (!written || ((written.type === 'object' || written.type === 'array') && !node.members && !node.items)) return undefined;
  return replaceNode(file, written, value, session);
}

function replaceNode(file: SourceFile, node: JsonNode, value: FixValue, session: FixRenderSession): TextEdit[] | undefined {
  // An expression may serve other values too (a parameter, a loop item): overwriting it would change more than the
  // finding, so a fix only ever replaces a literal.
  // (A reference written in place of a reference, as in "point at the recommended zone", is what the fix means.)
  const isExpression =
    node.type === 'string' && typeof node.value === 'string' && node.value.startsWith('[') && !node.value.startsWith('[[');
  if (isExpression && !isFixReference(value) && !isFixExpression(value)) return undefined;
  const enclosing = node.parent?.type === 'property' ? node.parent.parent : node.parent;
  const container = enclosing && containerOf(file, enclosing, session);
  const singleLine = container !== undefined && isSingleLine(container);
  const context = container ? contextFor(file, container, session) : { file, style: session.styleOf(file) };
  const rendered = renderJsonValue(value, session.linesOf(file).indentOfLine(node.offset), singleLine, context);
  return rendered === undefined ? undefined : [{ path: file.path, start: node.offset, end: endOf(node), newText: rendered }];
}

function removeArrayItem(array: ValueNode, index: number, session: FixRenderSession): TextEdit[] | undefined {
  const file = array.loc.file;
  const node = jsonNodeAt(session.jsonTreeOf(file), array.loc.span);
  // Items expanded from a property copy loop have no text of their own.
  if (node?.type !== 'array' || !array.items || (node.children ?? []).length !== array.items.length) return undefined;
  const edits = removeElement(containerOf(file, node, session), index);
  return edits && toTextEdits(file, edits);
}

function removeProperty(object: ValueNode, name: string, session: FixRenderSession): TextEdit[] | undefined {
  if (!object.members) return undefined;
  const file = object.loc.file;
  const node = jsonNodeAt(session.jsonTreeOf(file), object.loc.span);
  if (node?.type !== 'object') return undefined;
  const lower = name.toLowerCase();
  const matches = (node.children ?? []).flatMap((p, i) => (propertyKey(p)?.toLowerCase() === lower ? [i] : []));
  if (matches.length === 0) return [];
  // Duplicate keys: removing one would let another take effect, which is not what the fix says.
  if (matches.length > 1) return undefined;
  const edits = removeElement(containerOf(file, node, session), matches[0]);
  return edits && toTextEdits(file, edits);
}
