/**
 * Adds a resource to an ARM JSON template: a new element after the anchor resource in a classic `resources` array,
 * or a new symbolic-name member in a languageVersion 2.0 `resources` object, with its full name and `dependsOn`
 * built from the written name expressions of its parent and dependencies.
 */
import type { Node as JsonNode } from 'jsonc-parser';
import type { Resource } from '../model/model';
import type { SourceFile } from '../model/sourceFile';
import { armNameValue, jsonStringText, newResourceNameSegments, resourceIdExpression, writtenArmNameSegments } from './armExpressionText';
import type { NewResource, TextEdit } from './fix';
import { declaringResource, dependenciesOf, deployingResource, isNewResource, uniqueSymbol } from './fixValues';
import { JsonEntry, JsonRenderContext, renderJsonList, renderJsonObject, renderJsonValue } from './jsonRender';
import { isSingleLine } from './containerEdits';
import { containerOf, contextFor, endOf, jsonNodeAt, propertyKey } from './jsonTree';
import type { FixRenderSession } from './renderSession';

/** Where resources are declared: a classic array (element = the object) or a symbolic object (element = the member). */
interface ResourcesSlot {
  readonly form: 'array' | 'symbolic';
  readonly collection: JsonNode;
  readonly element: JsonNode;
  /** The object holding the `resources` member: a template, or a resource with nested children. */
  readonly owner: JsonNode;
}

export function addJsonResource(after: Resource, resource: NewResource, session: FixRenderSession): TextEdit[] | undefined {
  const anchor = declaringResource(after);
  const file = anchor.declaration.file;
  let slot = slotOf(jsonNodeAt(session.jsonTreeOf(file), anchor.declaration.span));
  // A nested child's `resources` array only takes children of that parent: climb to the template's own list.
  while (slot && !isTemplate(slot.owner)) slot = slotOf(slot.owner);
  if (!slot) return undefined;

  const taken = new Set((slot.form === 'symbolic' ? (slot.collection.children ?? []) : []).map((p) => propertyKey(p)?.toLowerCase() ?? ''));
  const symbolOf = (target: Resource | NewResource): string | undefined =>
    isNewResource(target) ? uniqueSymbol(target.symbolicName, taken) : declaringResource(target).symbolicName;

  const objectNode = slot.form === 'array' ? slot.element : slot.element.children?.[1];
  if (objectNode?.type !== 'object') return undefined;
  const context: JsonRenderContext = { ...contextFor(file, containerOf(file, objectNode, session), session), deployment: after.deployment };
  const entries = resourceEntries(resource, file, context, slot.form === 'symbolic' ? symbolOf : undefined);
  if (!entries) return undefined;

  // A list written on one line (a minified template) gets the new resource on that line too, as other edits do.
  const singleLine = isSingleLine(containerOf(file, slot.collection, session));
  const indent = session.linesOf(file).indentOfLine(slot.element.offset);
  const body = renderJsonObject(entries, indent, singleLine, context.style);
  if (body === undefined) return undefined;
  const member = slot.form === 'symbolic' ? `${JSON.stringify(uniqueSymbol(resource.symbolicName, taken))}: ${body}` : body;
  const at = endOf(slot.element);
  return [{ path: file.path, start: at, end: at, newText: (singleLine ? ', ' : ',' + context.style.newline + indent) + member }];
}

function resourceEntries(
  resource: NewResource,
  file: SourceFile,
  context: JsonRenderContext,
  symbolOf: ((target: Resource | NewResource) => string | undefined) | undefined,
): JsonEntry[] | undefined {
  const segments = newResourceNameSegments(resource, file);
  if (!segments) return undefined;
  const entries: JsonEntry[] = [
    ['type', () => JSON.stringify(resource.type)],
    ['apiVersion', () => JSON.stringify(resource.apiVersion)],
    ['name', () => jsonStringText(armNameValue(segments))],
  ];
  const location = resource.location;
  if (location !== undefined) entries.push(['location', (indent, single) => renderJsonValue(location, indent, single, context)]);

  const dependencies: string[] = [];
  for (const dependency of dependenciesOf(resource)) {
    if (!isNewResource(dependency) && dependency.deployment !== context.deployment) return undefined;
    const text = symbolOf ? dependencyBySymbol(dependency, symbolOf) : dependencyById(dependency, file);
    if (text === undefined) return undefined;
    if (!dependencies.includes(text)) dependencies.push(text);
  }
  if (dependencies.length > 0) {
    entries.push([
      'dependsOn',
      (indent, single) =>
        renderJsonList(
          '[',
          ']',
          dependencies.map((d) => () => d),
          indent,
          single,
          context.style,
        ),
    ]);
  }
  const properties = resource.properties;
  if (properties !== undefined) entries.push(['properties', (indent, single) => renderJsonValue(properties, indent, single, context)]);
  return entries;
}

function dependencyBySymbol(
  dependency: Resource | NewResource,
  symbolOf: (target: Resource | NewResource) => string | undefined,
): string | undefined {
  const symbol = symbolOf(dependency);
  return symbol === undefined ? undefined : JSON.stringify(symbol);
}

/** `[resourceId(...)]` of what declares the dependency (an inline subnet is deployed by its virtual network). */
function dependencyById(dependency: Resource | NewResource, file: SourceFile): string | undefined {
  const target = isNewResource(dependency) ? dependency : deployingResource(dependency);
  const segments = isNewResource(target) ? newResourceNameSegments(target, file) : writtenArmNameSegments(target, file);
  return segments && jsonStringText({ kind: 'expression', text: resourceIdExpression(target.type, segments) });
}

function slotOf(node: JsonNode | undefined): ResourcesSlot | undefined {
  if (node?.type !== 'object' || !node.parent) return undefined;
  const parent = node.parent;
  if (parent.type === 'array' && isResourcesMember(parent.parent) && parent.parent?.parent) {
    return { form: 'array', collection: parent, element: node, owner: parent.parent.parent };
  }
  const collection = parent.parent;
  if (parent.type === 'property' && collection?.type === 'object' && isResourcesMember(collection.parent) && collection.parent?.parent) {
    return { form: 'symbolic', collection, element: parent, owner: collection.parent.parent };
  }
  return undefined;
}

function isResourcesMember(node: JsonNode | undefined): boolean {
  return propertyKey(node)?.toLowerCase() === 'resources';
}

/** The file's root object, or a nested deployment's `properties.template`. */
function isTemplate(node: JsonNode): boolean {
  return !node.parent || propertyKey(node.parent)?.toLowerCase() === 'template';
}
