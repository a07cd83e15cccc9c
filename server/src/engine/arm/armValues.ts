/**
 * Turns a jsonc-parser node into a ValueNode in an ARM scope: literals as they are, template expressions parsed
 * from the raw string text (so spans stay exact) and evaluated, and property `copy` loops expanded into arrays.
 */
import type { Node as JsonNode } from 'jsonc-parser';
import { ObjectValue, Unknown, Value, caseInsensitiveName, isKnownString, matchesName } from '../evaluate/value';
import type { Location, MemberNode, SyntaxDiagnostic, ValueNode } from '../model/model';
import type { SourceFile } from '../model/sourceFile';
import { parseArmString } from './expression/parse';
import { evaluateArmExpression } from './expression/evaluate';
import type { ArmScope } from './armScope';

/** ARM allows at most 800 copies; beyond that (or unknown) a loop stays one unknown item. */
export const MAX_COPY_COUNT = 800;

export interface ArmValueContext {
  readonly file: SourceFile;
  readonly diagnostics: SyntaxDiagnostic[];
  /** Spans already reported, so a node evaluated once per loop instance is reported once. */
  readonly reported: Set<number>;
  /** The analysis' loop budget (ModelBuilder.takeLoopIterations): false leaves a property copy unexpanded. */
  readonly takeLoopIterations?: (count: number) => boolean;
}

export function locOf(file: SourceFile, node: JsonNode): Location {
  return { file, span: { start: node.offset, end: node.offset + node.length } };
}

export function jsonToValueNode(node: JsonNode, scope: ArmScope, context: ArmValueContext): ValueNode {
  const loc = locOf(context.file, node);
  switch (node.type) {
    case 'object':
      return objectNode(node, loc, scope, context);
    case 'array': {
      const items = (node.children ?? []).map((child) => jsonToValueNode(child, scope, context));
      return { loc, value: items.map((item) => item.value), items };
    }
    case 'string':
      return stringNode(node, loc, scope, context);
    case 'number':
    case 'boolean':
      return { loc, value: node.value as Value };
    case 'null':
      return { loc, value: null };
    default:
      return { loc, value: new Unknown(`json@${node.offset}`) };
  }
}

function stringNode(node: JsonNode, loc: Location, scope: ArmScope, context: ArmValueContext): ValueNode {
  const raw = context.file.text.slice(node.offset + 1, node.offset + node.length - 1);
  const parsed = parseArmString(raw, node.offset + 1, scope.analysis.expressions);
  if (parsed.kind === 'literal') return { loc, value: parsed.value };
  for (const error of parsed.errors) {
    if (context.reported.has(error.span.start)) continue;
    context.reported.add(error.span.start);
    context.diagnostics.push({ loc: { file: context.file, span: error.span }, message: `Invalid template expression: ${error.message}` });
  }
  if (!parsed.expr) return { loc, value: new Unknown(`invalid@${node.offset}`) };
  const expr = parsed.expr;
  const { value, origins } = scope.collect(() => evaluateArmExpression(expr, scope));
  return origins.length > 0 ? { loc, value, parameterDefaults: origins } : { loc, value };
}

function objectNode(node: JsonNode, loc: Location, scope: ArmScope, context: ArmValueContext): ValueNode {
  const members: MemberNode[] = [];
  const value: ObjectValue = {};
  for (const property of node.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (!keyNode || !valueNode || typeof keyNode.value !== 'string') continue;
    const key = keyNode.value;
    if (key.length === 4 && key.toLowerCase() === 'copy' && isPropertyCopy(valueNode)) {
      for (const loop of valueNode.children ?? []) {
        const expanded = expandPropertyCopy(loop, scope, context);
        if (!expanded) continue;
        members.push(expanded);
        value[expanded.key] = expanded.node.value;
      }
      continue;
    }
    const child = jsonToValueNode(valueNode, scope, context);
    members.push({ key, keyLoc: locOf(context.file, keyNode), node: child });
    value[key] = child.value;
  }
  return { loc, value, members };
}

/** A property-iteration `copy` is an array of `{ name, count, input }` (a resource `copy` is an object). */
function isPropertyCopy(node: JsonNode): boolean {
  return node.type === 'array' && (node.children ?? []).every((c) => c.type === 'object' && childNode(c, 'input') !== undefined);
}

function expandPropertyCopy(loop: JsonNode, scope: ArmScope, context: ArmValueContext): MemberNode | undefined {
  const nameNode = childNode(loop, 'name');
  const countNode = childNode(loop, 'count');
  const inputNode = childNode(loop, 'input');
  if (!nameNode || !inputNode || typeof nameNode.value !== 'string') return undefined;
  const name = nameNode.value;
  const countValue = countNode ? jsonToValueNode(countNode, scope, context) : undefined;
  const count = countValue ? countValue.value : new Unknown('copy-count');
  // How many items there are may itself come from a parameter default: the array says so.
  const countOrigins = countValue?.parameterDefaults ? { parameterDefaults: countValue.parameterDefaults } : {};
  const loc = locOf(context.file, loop);
  if (
    typeof count !== 'number' ||
    !Number.isInteger(count) ||
    count < 0 ||
    count > MAX_COPY_COUNT ||
    context.takeLoopIterations?.(count) === false
  ) {
    const unknown = new Unknown(`${scope.scopeKey}copy('${name}')`);
    return { key: name, keyLoc: locOf(context.file, nameNode), node: { loc, value: unknown } };
  }
  const items: ValueNode[] = [];
  for (let i = 0; i < count; i++) {
    items.push(scope.withCopy(name, i, () => jsonToValueNode(inputNode, scope, context)));
  }
  return { key: name, keyLoc: locOf(context.file, nameNode), node: { loc, value: items.map((i) => i.value), items, ...countOrigins } };
}

/** The value node of an object's property, by case-insensitive name. */
export function childNode(object: JsonNode | undefined, name: string): JsonNode | undefined {
  if (object?.type !== 'object') return undefined;
  const wanted = caseInsensitiveName(name);
  const properties = object.children ?? [];
  // The last property of that name wins (as ARM reads duplicates): search from the end.
  for (let i = properties.length - 1; i >= 0; i--) {
    const pair = properties[i].children;
    const key = pair?.[0];
    if (key && typeof key.value === 'string' && matchesName(key.value, wanted)) return pair[1];
  }
  return undefined;
}

/** A JSON string literal's value when it is not an expression (types, symbolic names). */
export function literalString(node: JsonNode | undefined): string | undefined {
  if (node?.type !== 'string' || typeof node.value !== 'string') return undefined;
  return node.value.startsWith('[') && !node.value.startsWith('[[') ? undefined : node.value;
}

export function knownString(value: Value): string | undefined {
  return isKnownString(value) ? value : undefined;
}
