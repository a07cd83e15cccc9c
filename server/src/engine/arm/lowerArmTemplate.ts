/**
 * Lowers an ARM template (both `resources` forms, child resources, copy loops, conditions and nested deployments)
 * into the shared resource model. Nested deployments become deployments of their own, because `bicep build`
 * emits one per module and their parameters and scope rules differ from the parent's.
 */
import type { Node as JsonNode } from 'jsonc-parser';
import type { Span } from '../text/span';
import { Unknown, Value, getMember, isObjectValue, isUnknown, toStringPart, valuesEqual } from '../evaluate/value';
import { isDefaultOrigin, type Deployment, type Location, type Resource, type ResourceScope, type ValueNode } from '../model/model';
import { SourceFile } from '../model/sourceFile';
import { ModelBuilder } from '../model/modelBuilder';
import { CURRENT_SUBSCRIPTION, idKeyOf, scopeFromValue } from '../model/resourceIds';
import { ArmScope, ProvidedParameter } from './armScope';
import { ArmValueContext, MAX_COPY_COUNT, childNode, jsonToValueNode, literalString, locOf } from './armValues';
import { resolveModulePath } from '../bicep/modulePaths';
import { reportOutsideWorkspace, type FileReader } from '../hostFiles';
import { parseJsonSyntax } from './jsonSyntax';
import type { AnalysisContext } from '../analysisContext';
import type { DeclarationCache } from '../incremental/declarationCache';
import { SideEffectWatch, sideEffectCount } from '../incremental/sideEffectWatch';
import { identicalValues } from '../bicep/bicepReuse';
import { ReferenceLog, type ReferenceDependency } from './armReferenceLog';

/** Deployments nested deeper than this are not followed (`bicep build` output rarely goes past 6). */
const MAX_DEPLOYMENT_DEPTH = 32;

export interface ArmLoweringInput {
  readonly file: SourceFile;
  readonly template: JsonNode;
  readonly builder: ModelBuilder;
  readonly provided: ReadonlyMap<string, ProvidedParameter>;
  readonly parameterFiles?: readonly string[];
  /** Reads linked templates (`templateLink.relativePath`); without it they stay unknown. */
  readonly readFile?: FileReader;
  readonly workspaceRoot?: string;
  /** Set when the template is deployed by another file (a Bicep module pointing at a JSON template). */
  readonly parent?: Deployment;
  readonly declaration?: Location;
  readonly inheritedCondition?: Value;
  readonly scope?: ResourceScope;
  /** Files on the module path above this one (cycle guard). */
  readonly ancestors?: readonly string[];
  /**
   * Lowered resources kept from the previous analysis of this file (top-level template only). `environment`
   * describes what the template sees from outside it (the parameter file).
   */
  readonly reuse?: { readonly cache: DeclarationCache; readonly environment: string };
}

/** How linked templates are read: through the caller's host, never outside the workspace, never in a cycle. */
interface LinkContext {
  readonly readFile?: FileReader;
  readonly workspaceRoot?: string;
  /** Files of the linked templates above this one, the analysed file first. */
  readonly ancestors: readonly string[];
}

interface ParentInfo {
  readonly type: string;
  readonly name: Value;
  readonly resource: Resource;
}

interface Lowering {
  readonly builder: ModelBuilder;
  readonly values: ArmValueContext;
  readonly deployment: Deployment;
  readonly scope: ArmScope;
  readonly symbols: Map<string, Resource>;
  readonly depth: number;
  readonly link: LinkContext;
  /** The condition of the nested deployment this scope belongs to: its resources exist only when it does. */
  readonly inheritedCondition: Value;
  /** Set for the analysed template's own top level: its resources may be replayed from the previous analysis. */
  readonly reuse?: DeclarationCache;
  /** How many conditions this deployment's lowering has combined so far (see combineConditions). */
  readonly conditionsCombined: { count: number };
  /** Shared by every lowering of the analysis: the log of the top-level resource being recorded, if any. */
  readonly references: { log?: ReferenceLog };
}

export function lowerArmTemplate(input: ArmLoweringInput): Deployment {
  const deployment = input.builder.createDeployment({
    file: input.file,
    parent: input.parent,
    declaration: input.declaration,
    scope: input.scope,
    parameters: new Map(),
    parameterFiles: input.parameterFiles,
  });
  const values: ArmValueContext = {
    file: input.file,
    diagnostics: input.builder.diagnostics,
    reported: new Set(),
    takeLoopIterations: (count) => input.builder.takeLoopIterations(count),
  };
  const link: LinkContext = {
    readFile: input.readFile,
    workspaceRoot: input.workspaceRoot,
    ancestors: [...(input.ancestors ?? []), input.file.path],
  };
  // A template deployed by another file is a nested scope: its parameters come from the caller.
  const nested = input.parent !== undefined;
  let reuse: DeclarationCache | undefined;
  if (input.reuse && !nested && !input.scope) {
    reuse = input.reuse.cache;
    // Deploy-time choices assumed outside the resources are part of every resource's environment; those inside one
    // are part of its key (lowerTopLevelResource).
    const choices = input.builder.choices.assumedOutside(input.file.path, topLevelResourceSpans(input.template));
    reuse.begin(
      `arm\u0000${input.file.path}\u0000${input.reuse.environment}\u0000${choices}\u0000${templateEnvironment(input.file, input.template)}`,
      input.file.text,
    );
  }
  lowerInto(
    input.builder,
    values,
    deployment,
    input.template,
    nested ? `${deployment.key}::` : '',
    input.provided,
    undefined,
    nested ? 1 : 0,
    input.inheritedCondition ?? true,
    link,
    {},
    reuse,
  );
  return deployment;
}

/**
 * What a top-level resource sees of its template besides its own text: every top-level property except `resources`
 * and `outputs` (parameters, variables, functions, types…), with where it is written, since parameter defaults are
 * named by their location.
 */
function templateEnvironment(file: SourceFile, template: JsonNode): string {
  const parts: string[] = [];
  for (const property of template.children ?? []) {
    const key = property.children?.[0]?.value;
    const lower = typeof key === 'string' ? key.toLowerCase() : '';
    if (lower === 'resources' || lower === 'outputs') continue;
    parts.push(`${property.offset}:${file.text.slice(property.offset, property.offset + property.length)}`);
  }
  return parts.join('\u0000');
}

/** Where the template's top-level resources are written (both `resources` forms). */
function topLevelResourceSpans(template: JsonNode): Span[] {
  const resources = childNode(template, 'resources');
  const nodes =
    resources?.type === 'array'
      ? (resources.children ?? [])
      : resources?.type === 'object'
        ? (resources.children ?? []).map((p) => p.children?.[1])
        : [];
  return nodes
    .filter((node): node is JsonNode => node !== undefined)
    .map((node) => ({ start: node.offset, end: node.offset + node.length }));
}

function lowerInto(
  builder: ModelBuilder,
  values: ArmValueContext,
  deployment: Deployment,
  template: JsonNode,
  scopeKey: string,
  provided: ReadonlyMap<string, ProvidedParameter>,
  outerScope: ArmScope | undefined,
  depth: number,
  inheritedCondition: Value,
  link: LinkContext,
  references: { log?: ReferenceLog },
  reuse?: DeclarationCache,
): void {
  const symbols = new Map<string, Resource>();
  let lowering: Lowering;
  const resolveReference = (target: Value, full: boolean): Value => resolveArmReference(lowering, target, full);
  const scope =
    outerScope ??
    new ArmScope(
      builder.analysis,
      scopeKey,
      values.file,
      template,
      provided,
      (node, s) => jsonToValueNode(node, s as ArmScope, values).value,
      resolveReference,
      depth > 0,
      deployment.scope,
      () => sideEffectCount(builder),
      builder.choices,
    );
  lowering = {
    builder,
    values,
    deployment,
    scope,
    symbols,
    depth,
    inheritedCondition,
    link,
    reuse,
    references,
    conditionsCombined: { count: 0 },
  };
  recordParameters(lowering, template);

  const resources = childNode(template, 'resources');
  if (resources?.type === 'array') {
    for (const node of resources.children ?? []) lowerTopLevelResource(lowering, node, undefined);
  } else if (resources?.type === 'object') {
    for (const property of resources.children ?? []) {
      const [key, node] = property.children ?? [];
      if (key && node) lowerTopLevelResource(lowering, node, typeof key.value === 'string' ? key.value : undefined);
    }
  }
  const outputs = childNode(template, 'outputs');
  for (const property of outputs?.type === 'object' ? (outputs.children ?? []) : []) {
    const [key, node] = property.children ?? [];
    const valueNode = childNode(node, 'value');
    if (key && valueNode && typeof key.value === 'string') {
      deployment.outputs.set(key.value.toLowerCase(), jsonToValueNode(valueNode, scope, values));
    }
  }
}

function recordParameters(lowering: Lowering, template: JsonNode): void {
  const parameters = lowering.deployment.parameters as Map<string, { name: string; declaration: Location; type?: string }>;
  const section = childNode(template, 'parameters');
  for (const property of section?.type === 'object' ? (section.children ?? []) : []) {
    const [key, node] = property.children ?? [];
    if (!key || !node || typeof key.value !== 'string') continue;
    parameters.set(key.value.toLowerCase(), {
      name: key.value,
      declaration: locOf(lowering.values.file, property),
      type: literalString(childNode(node, 'type')),
    });
  }
}

/**
 * A resource of the template's `resources`: replayed from the previous analysis when its text and the template's
 * environment are unchanged and its lowering read nothing else (see incremental/declarationCache.ts).
 */
function lowerTopLevelResource(lowering: Lowering, node: JsonNode, symbolicName: string | undefined): void {
  const { reuse, scope, values } = lowering;
  if (!reuse || scope.builtins) return lowerResource(lowering, node, undefined, symbolicName);
  const span = { start: node.offset, end: node.offset + node.length };
  const choices = lowering.builder.choices.assumedWithin(values.file.path, span);
  // The declaration's text is compared by the cache; its symbol and the choices it assumes name it besides.
  const key = `${symbolicName ?? ''}\u0000${choices}`;
  const site = { builder: lowering.builder, file: values.file, deployment: lowering.deployment };
  const resources = reuse.lower<readonly ReferenceDependency[]>(
    key,
    span,
    site,
    () => {
      const contextReads = scope.contextReads;
      const effects = new SideEffectWatch(lowering.builder);
      const deploymentsBefore = lowering.builder.deploymentsCreated;
      const choicesBefore = lowering.builder.choices.foundCount;
      const log = new ReferenceLog(values.file, span);
      lowering.references.log = log;
      try {
        lowerResource(lowering, node, undefined, symbolicName);
      } finally {
        lowering.references.log = undefined;
      }
      // Every context read of the template's scope must be a reference() the log can check again; the nested
      // deployments created and the deploy-time choices found are replayed with it (incremental/declarationCache.ts),
      // nothing else done besides.
      const replayable =
        log.recordable &&
        scope.contextReads - contextReads === log.templateScopeReads &&
        effects.counted === lowering.builder.deploymentsCreated - deploymentsBefore + lowering.builder.choices.foundCount - choicesBefore;
      return { replayable, dependencies: log.dependencies };
    },
    (dependencies) => dependencies.every((d) => stillHolds(lowering, d)),
  );
  if (!symbolicName) return;
  // As lowering does: the symbol names the last instance (not a child resource, not a nested deployment's resource).
  for (let i = resources.length - 1; i >= 0; i--) {
    if (!resources[i].parent && resources[i].deployment === lowering.deployment) {
      lowering.symbols.set(symbolicName.toLowerCase(), resources[i]);
      break;
    }
  }
}

function lowerResource(lowering: Lowering, node: JsonNode, parent: ParentInfo | undefined, symbolicName: string | undefined): void {
  if (node.type !== 'object') return;
  const { scope, values } = lowering;
  const typeNode = childNode(node, 'type');
  const writtenType = literalString(typeNode) ?? toStringPart(typeNode ? jsonToValueNode(typeNode, scope, values).value : null);
  if (!writtenType || !typeNode) return;
  const type = parent && !writtenType.includes('/') ? `${parent.type}/${writtenType}` : writtenType;
  const copyNode = childNode(node, 'copy');
  const copyName = literalString(childNode(copyNode, 'name'));
  const countNode = copyNode ? jsonToValueNode(childNode(copyNode, 'count') ?? copyNode, scope, values) : undefined;
  const count = countNode?.value;
  const countDefaults = countNode?.parameterDefaults;

  const instance = (index: Value | undefined): void => {
    const conditionNode = childNode(node, 'condition');
    const ownCondition = conditionNode ? conditionValue(lowering.builder, jsonToValueNode(conditionNode, scope, values)) : true;
    if (isFalsyKnown(ownCondition)) return;
    const condition = combineConditions(lowering, ownCondition);
    const nameNode = childNode(node, 'name');
    // Without a name the resource's Unknown name is keyed by where it is written: not replayable elsewhere.
    if (!nameNode) {
      scope.noteContextRead();
      lowering.references.log?.noteUncheckable();
    }
    const writtenName = nameNode ? jsonToValueNode(nameNode, scope, values) : undefined;
    const name = fullName(writtenName?.value ?? new Unknown(`name@${node.offset}`), parent, writtenType);
    const body = resourceBody(lowering, node);
    const existing = childNode(node, 'existing')?.value === true;
    const resource = lowering.builder.addResource({
      type,
      apiVersion: literalString(childNode(node, 'apiVersion')),
      name,
      symbolicName,
      deployment: lowering.deployment,
      declaration: locOf(values.file, node),
      anchor: locOf(values.file, typeNode),
      body,
      condition,
      existing,
      parent: parent?.resource,
      loop: index === undefined ? undefined : { index, count: count ?? null, countDefaults },
    });
    if (symbolicName) lowering.symbols.set(symbolicName.toLowerCase(), resource);
    if (type.toLowerCase() === 'microsoft.resources/deployments') lowerNestedDeployment(lowering, node, resource);
    const children = childNode(node, 'resources');
    for (const child of children?.type === 'array' ? (children.children ?? []) : []) {
      lowerResource(lowering, child, { type, name, resource }, undefined);
    }
  };

  if (!copyNode) return instance(undefined);
  // Within ARM's limit and the analysis' loop budget: each instance costs every resource it declares (itself, its
  // child resources, its nested template's), since those are instantiated once per instance too.
  if (
    typeof count === 'number' &&
    Number.isInteger(count) &&
    count >= 0 &&
    count <= MAX_COPY_COUNT &&
    lowering.builder.takeLoopIterations(count * declaredResources(node))
  ) {
    for (let i = 0; i < count; i++) scope.withCopy(copyName, i, () => instance(i));
  } else {
    // Unknown or absurd count: one instance stands for all of them, its index unknown.
    scope.withCopy(copyName, new Unknown(`${scope.scopeKey}copyIndex('${copyName ?? ''}')`), () =>
      instance(new Unknown(`copyIndex('${copyName ?? ''}')`)),
    );
  }
}

/** Resource declarations in a resource's subtree: itself, its child resources and its nested template's resources. */
function declaredResources(node: JsonNode): number {
  let count = 0;
  const stack: JsonNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop() as JsonNode;
    if (current.type !== 'object') continue;
    count++;
    for (const list of [childNode(current, 'resources'), childNode(childNode(childNode(current, 'properties'), 'template'), 'resources')]) {
      // The symbolic-name form holds properties (key, value): the declaration is the value.
      for (const child of list?.children ?? []) stack.push(child.type === 'property' ? (child.children?.[1] ?? child) : child);
    }
  }
  return count;
}

/** Conditions like `equals(1, 0)` are false; an empty string or 0 is not a boolean and is left to ARM. */
function isFalsyKnown(condition: Value): boolean {
  return valuesEqual(condition, false) === true;
}

/**
 * A condition that is false only because of a parameter's default value is a deploy-time choice (the parameter file
 * or the caller usually sets it), so it stays unknown: the resource may exist.
 */
function conditionValue(builder: ModelBuilder, node: ValueNode): Value {
  if (node.value === false && (node.parameterDefaults ?? []).some(isDefaultOrigin)) {
    builder.noteFalseCondition(node.parameterDefaults ?? []);
    return new Unknown('condition-from-parameter-default');
  }
  return node.value;
}

/**
 * A resource inside a conditional deployment exists only when both hold; unknown stays unknown. The unknown equals
 * nothing but itself, as an anonymous one would, but is named by its deployment and its rank there rather than
 * numbered per analysis: a declaration that creates a conditional deployment is then replayed like any other
 * (its deployments' keys are checked, incremental/declarationCache.ts).
 */
function combineConditions(lowering: Lowering, own: Value): Value {
  const inherited = lowering.inheritedCondition;
  if (valuesEqual(inherited, true) === true) return own;
  if (valuesEqual(own, true) === true) return inherited;
  return new Unknown(`${lowering.deployment.key}::condition#${++lowering.conditionsCombined.count}`);
}

/** Child resources may give a short name (`default`) or the full one (`pe/default`). */
function fullName(name: Value, parent: ParentInfo | undefined, writtenType: string): Value {
  if (!parent || writtenType.includes('/')) return name;
  const parentName = toStringPart(parent.name) ?? '';
  const own = toStringPart(name) ?? '';
  return `${parentName}/${own}`;
}

/** The resource object minus what is not the resource's own content (child resources, nested templates). */
function resourceBody(lowering: Lowering, node: JsonNode): ValueNode {
  const { scope, values } = lowering;
  const loc = locOf(values.file, node);
  const members: { key: string; keyLoc: Location; node: ValueNode }[] = [];
  const value: Record<string, Value> = {};
  for (const property of node.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (!keyNode || !valueNode || typeof keyNode.value !== 'string') continue;
    const key = keyNode.value;
    const lower = key.toLowerCase();
    if (lower === 'resources' || lower === 'copy' || lower === 'condition') continue;
    const child =
      lower === 'properties' && isDeploymentWithTemplate(node)
        ? deploymentProperties(lowering, valueNode)
        : jsonToValueNode(valueNode, scope, values);
    members.push({ key, keyLoc: locOf(values.file, keyNode), node: child });
    value[key] = child.value;
  }
  return { loc, value, members };
}

function isDeploymentWithTemplate(node: JsonNode): boolean {
  return (
    literalString(childNode(node, 'type'))?.toLowerCase() === 'microsoft.resources/deployments' &&
    childNode(childNode(node, 'properties'), 'template') !== undefined
  );
}

/** A nested deployment's properties without its template, which is lowered as a deployment of its own. */
function deploymentProperties(lowering: Lowering, properties: JsonNode): ValueNode {
  const loc = locOf(lowering.values.file, properties);
  const members = [];
  const value: Record<string, Value> = {};
  for (const property of properties.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (!keyNode || !valueNode || typeof keyNode.value !== 'string' || keyNode.value.toLowerCase() === 'template') continue;
    const child = jsonToValueNode(valueNode, lowering.scope, lowering.values);
    members.push({ key: keyNode.value, keyLoc: locOf(lowering.values.file, keyNode), node: child });
    value[keyNode.value] = child.value;
  }
  return { loc, value, members };
}

function lowerNestedDeployment(lowering: Lowering, node: JsonNode, resource: Resource): void {
  const properties = childNode(node, 'properties');
  const template = childNode(properties, 'template');
  const relativePath = childNode(childNode(properties, 'templateLink'), 'relativePath');
  if (!template && relativePath) return lowerLinkedTemplate(lowering, properties!, relativePath, resource);
  if (!template || template.type !== 'object') return;
  if (lowering.depth >= MAX_DEPLOYMENT_DEPTH) {
    lowering.builder.diagnostic(resource.anchor, `Nested deployments deeper than ${MAX_DEPLOYMENT_DEPTH} levels are not analysed.`);
    return;
  }
  const inner = literalString(childNode(childNode(properties, 'expressionEvaluationOptions'), 'scope'))?.toLowerCase() === 'inner';
  const deployment = lowering.builder.createDeployment({
    file: lowering.values.file,
    scope: deploymentScope(resource, lowering.builder.analysis) ?? lowering.deployment.scope,
    parent: lowering.deployment,
    declaration: resource.declaration,
    parameters: new Map(),
  });
  lowering.builder.registerDeploymentResource(resource.idKey, deployment);
  const provided = inner ? passedParameters(lowering, properties, deployment) : new Map<string, ProvidedParameter>();
  const scopeKey = `${deployment.key}::`;
  lowerInto(
    lowering.builder,
    lowering.values,
    deployment,
    template,
    scopeKey,
    provided,
    inner ? undefined : lowering.scope,
    lowering.depth + 1,
    resource.condition,
    lowering.link,
    lowering.references,
  );
}

/** `properties.parameters` of a deployment with its own parameter scope, evaluated in the calling scope. */
function passedParameters(lowering: Lowering, properties: JsonNode | undefined, deployment: Deployment): Map<string, ProvidedParameter> {
  const provided = new Map<string, ProvidedParameter>();
  const parameters = childNode(properties, 'parameters');
  for (const property of parameters?.type === 'object' ? (parameters.children ?? []) : []) {
    const [key, valueNode] = property.children ?? [];
    if (!key || typeof key.value !== 'string') continue;
    const passed = valueNode ? passedValue(lowering, valueNode) : undefined;
    const value = passed ? passed.value : new Unknown(`${deployment.key}parameters('${key.value}')`);
    const written = childNode(valueNode, 'value');
    const passedBy = passed &&
      deployment.declaration && { call: deployment.declaration, literal: written !== undefined && isJsonLiteral(written) };
    provided.set(key.value.toLowerCase(), {
      value,
      fromParameterFile: false,
      origins: passed?.parameterDefaults,
      ...(passedBy ? { loc: passed.loc, passedBy } : {}),
    });
  }
  return provided;
}

/** A value written as it is deployed: a string that is no template expression, a number, a boolean, or a list of them. */
function isJsonLiteral(node: JsonNode): boolean {
  switch (node.type) {
    case 'string':
      return typeof node.value === 'string' && !node.value.startsWith('[');
    case 'number':
    case 'boolean':
      return true;
    case 'array':
      return (node.children ?? []).every(isJsonLiteral);
    default:
      return false;
  }
}

/**
 * One entry of a deployment's `parameters`: `{ "value": … }`, or an expression that builds that whole object, as
 * `bicep build` writes a module parameter whose value is chosen by a condition:
 * `"[if(parameters('x'), createObject('value', reference(…).outputs.id.value), createObject('value', ''))]"`.
 * A Key Vault `reference` parameter is a secret: unknown by design (undefined here).
 */
function passedValue(lowering: Lowering, entry: JsonNode): ValueNode | undefined {
  const given = childNode(entry, 'value');
  if (given) return jsonToValueNode(given, lowering.scope, lowering.values);
  if (entry.type !== 'string') return undefined;
  const whole = jsonToValueNode(entry, lowering.scope, lowering.values);
  if (isUnknown(whole.value)) return { ...whole, value: new Unknown(`${whole.value.key}.value`) };
  if (!isObjectValue(whole.value)) return undefined;
  const value = getMember(whole.value, 'value');
  return value === undefined ? undefined : { loc: whole.loc, value, parameterDefaults: whole.parameterDefaults };
}

/**
 * A linked template named by `templateLink.relativePath` (resolved, as ARM does, against the file that links it):
 * read through the host and lowered like an inner-scope nested deployment located in its own file. Paths outside
 * the workspace are reported and not read; a missing file, a cycle or an unknown path leaves the deployment unknown.
 */
function lowerLinkedTemplate(lowering: Lowering, properties: JsonNode, relativePathNode: JsonNode, resource: Resource): void {
  const { builder, link } = lowering;
  // What the host has (or not) at that path is not part of the text: such a declaration is never replayed.
  lowering.references.log?.noteUncheckable();
  const relativePath = jsonToValueNode(relativePathNode, lowering.scope, lowering.values).value;
  if (typeof relativePath !== 'string' || relativePath === '' || !link.readFile) return;
  const at = locOf(lowering.values.file, relativePathNode);
  const resolved = resolveModulePath(lowering.values.file.path, relativePath, link.workspaceRoot);
  if (resolved.kind === 'outside') {
    reportOutsideWorkspace(builder, at, `The linked template '${relativePath}' lies outside the workspace; it is not read.`);
    return;
  }
  if (link.ancestors.includes(resolved.path)) return;
  if (lowering.depth >= MAX_DEPLOYMENT_DEPTH) {
    builder.diagnostic(resource.anchor, `Nested deployments deeper than ${MAX_DEPLOYMENT_DEPTH} levels are not analysed.`);
    return;
  }
  const text = link.readFile(resolved.path, { at, written: relativePath });
  if (text === undefined) return;
  const file = new SourceFile(resolved.path, text, 'arm');
  builder.addFile(file);
  const syntax = parseJsonSyntax(text, builder.analysis);
  for (const error of syntax.errors) builder.parseError({ file, span: error.span }, error.message);
  if (syntax.root?.type !== 'object') return;
  const deployment = builder.createDeployment({
    file,
    parent: lowering.deployment,
    declaration: resource.declaration,
    parameters: new Map(),
  });
  builder.registerDeploymentResource(resource.idKey, deployment);
  const provided = passedParameters(lowering, properties, deployment);
  if (childNode(properties, 'parametersLink')) {
    // Values from a parameter file by URI are never fetched: every parameter not passed inline is unknown.
    const declared = childNode(syntax.root, 'parameters');
    for (const property of declared?.type === 'object' ? (declared.children ?? []) : []) {
      const key = property.children?.[0]?.value;
      if (typeof key === 'string' && !provided.has(key.toLowerCase())) {
        provided.set(key.toLowerCase(), { value: new Unknown(`${deployment.key}parameters('${key}')`), fromParameterFile: false });
      }
    }
  }
  const values: ArmValueContext = { file, diagnostics: builder.diagnostics, reported: new Set() };
  const inner: LinkContext = { ...link, ancestors: [...link.ancestors, resolved.path] };
  lowerInto(
    builder,
    values,
    deployment,
    syntax.root,
    `${deployment.key}::`,
    provided,
    undefined,
    lowering.depth + 1,
    resource.condition,
    inner,
    lowering.references,
  );
}

/** A nested deployment's `resourceGroup` / `subscriptionId`, when they name another scope than the current one. */
function deploymentScope(resource: Resource, analysis: AnalysisContext): ResourceScope | undefined {
  const group = getMember(resource.body.value, 'resourceGroup');
  const subscription = getMember(resource.body.value, 'subscriptionId');
  if (group === undefined && subscription === undefined) return undefined;
  const id = `/subscriptions/${toStringPart(subscription ?? CURRENT_SUBSCRIPTION) ?? ''}${group === undefined ? '' : `/resourceGroups/${toStringPart(group) ?? ''}`}`;
  return scopeFromValue(id, analysis);
}

/** `reference()` to a resource of this model: its declared body or properties; deployments expose their outputs. */
/** What a replay of a top-level resource needs to hold, checked before the replay (see arm/armReferenceLog.ts). */
function stillHolds(lowering: Lowering, dependency: ReferenceDependency): boolean {
  if ('absentIdKey' in dependency) return lowering.builder.resourcesWithIdKey(dependency.absentIdKey).length === 0;
  return identicalValues(resolveArmReference(lowering, dependency.target, dependency.full), dependency.value);
}

function resolveArmReference(lowering: Lowering, target: Value, full: boolean): Value {
  const symbol = typeof target === 'string' ? lowering.symbols.get(target.toLowerCase()) : undefined;
  const idKey = symbol || typeof target !== 'string' ? undefined : idKeyOf(target, lowering.builder.analysis.idKeys);
  const resource = symbol ?? findReferencedResource(lowering, target, idKey);
  const deployment =
    resource?.type.toLowerCase() === 'microsoft.resources/deployments' ? lowering.builder.deploymentFor(resource.idKey) : undefined;
  const value = referenceValue(resource, deployment, target, full);
  lowering.references.log?.note({
    target,
    full,
    value,
    found: resource,
    bySymbol: symbol !== undefined,
    idKey,
    deployment,
    templateScope: lowering.depth === 0,
    definitionBeingEvaluated: lowering.scope.evaluatingDefinition,
  });
  return value;
}

function referenceValue(resource: Resource | undefined, deployment: Deployment | undefined, target: Value, full: boolean): Value {
  if (!resource)
    return isUnknown(target) ? new Unknown(`reference(${target.key})`) : new Unknown(`reference(${String(toStringPart(target))})`);
  if (deployment) {
    const outputs: Record<string, Value> = {};
    for (const [name, node] of deployment.outputs) outputs[name] = { type: 'object', value: node.value };
    const properties = { outputs };
    return full ? { properties } : properties;
  }
  if (full) return resource.body.value;
  const properties = getMember(resource.body.value, 'properties');
  return isObjectValue(properties) ? properties : new Unknown(`reference(${resource.idKey})`);
}

/** A resource named by id (`idKey`), or by bare name in the same template (symbolic names are looked up first). */
function findReferencedResource(lowering: Lowering, target: Value, key: string | undefined): Resource | undefined {
  if (typeof target !== 'string') return undefined;
  if (key) return lowering.builder.resourcesWithIdKey(key)[0];
  // ARM also accepts a bare resource name for a resource in the same template.
  return lowering.deployment.resources.find((r) => valuesEqual(r.name, target, true) === true);
}
