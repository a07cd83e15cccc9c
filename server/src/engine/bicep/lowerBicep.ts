/**
 * Lowers a Bicep file into the shared model: parameters (given by a caller, a parameter file or their defaults),
 * resources with their conditions, loops, `parent:` and nesting, local modules as child deployments, and outputs.
 */
import { Unknown, Value, getMember, isObjectValue, toStringPart, valuesEqual, ObjectValue } from '../evaluate/value';
import {
  isDefaultOrigin,
  type Deployment,
  type Location,
  type ParameterOrigin,
  type Resource,
  type ResourceScope,
  type ValueNode,
} from '../model/model';
import { scopeFromValue } from '../model/resourceIds';
import { SourceFile } from '../model/sourceFile';
import type { ModelBuilder } from '../model/modelBuilder';
import { INLINE_CHILD_KINDS } from '../model/subResources';
import { parameterKey } from '../arm/expression/evaluate';
import type { ProvidedParameter } from '../arm/armScope';
import { parseBicep } from './syntax/index';
import { reparseDocument } from './syntax/reparse';
import type { DocumentParse } from './syntax/parseBicep';
import { memoizedParse } from '../incremental/parseMemo';
import type { AnalysisContext } from '../analysisContext';
import type { BicepParseResult, Expression, ImportDeclaration, ModuleDeclaration, Program, ResourceDeclaration } from './syntax/ast';
import { collectSymbols, declarationBody, FileSymbols, ResourceSymbol } from './bicepSymbols';
import { BicepEnv, BicepEvaluator, EMPTY_ENV, markRuntimeObject } from './bicepEvaluator';
import { isRegistryModule, resolveModulePath } from './modulePaths';
import type { Span } from '../text/span';
import { reportOutsideWorkspace, type FileReader } from '../hostFiles';
import { importedValue } from './bicepImports';
import { parseJsonSyntax } from '../arm/jsonSyntax';
import { lowerArmTemplate } from '../arm/lowerArmTemplate';
import type { DeclarationCache } from '../incremental/declarationCache';
import { BicepDeclarationRecorder, dependenciesHold, type BicepDependencies } from './bicepReuse';

/** Module nesting deeper than this is not followed. */
const MAX_MODULE_DEPTH = 16;

export interface BicepLoweringInput {
  readonly file: SourceFile;
  readonly builder: ModelBuilder;
  readonly provided: ReadonlyMap<string, ProvidedParameter>;
  readonly parameterFiles?: readonly string[];
  readonly parent?: Deployment;
  readonly declaration?: Location;
  readonly inheritedCondition?: Value;
  readonly readFile?: FileReader;
  readonly workspaceRoot?: string;
  /** Files on the module path above this one (cycle guard). */
  readonly ancestors?: readonly string[];
  /** Already parsed program (the caller parsed it to report syntax errors). */
  readonly program?: Program;
  /** The resource group or subscription this file deploys to, when not the current one (module `scope:`). */
  readonly scope?: ResourceScope;
  /**
   * Lowered resources kept from the previous analysis of this file (the analysed file only). `environment` describes
   * what the file sees from outside it (the parameter file).
   */
  readonly reuse?: { readonly cache: DeclarationCache; readonly environment: string };
}

interface LoweredInstances {
  readonly instances: Resource[];
  readonly values: Value[];
  readonly isLoop: boolean;
}

interface ResourceState {
  instances?: Resource[];
  value?: Value;
  inProgress?: boolean;
}

export function lowerBicepFile(input: BicepLoweringInput): Deployment {
  const program = input.program ?? parseAndReport(input.file, input.builder);
  const deployment = input.builder.createDeployment({
    file: input.file,
    scope: input.scope,
    parent: input.parent,
    declaration: input.declaration,
    parameters: new Map(),
    parameterFiles: input.parameterFiles,
  });
  const reusable = input.reuse && !input.parent && !input.scope ? input.reuse : undefined;
  reusable?.cache.begin(`bicep\u0000${input.file.path}\u0000${reusable.environment}`, input.file.text);
  new BicepLowering(input, program, deployment, reusable?.cache).run();
  return deployment;
}

/** The analysed document's tree, from its previous version's where the text did not change (syntax/reparse.ts). */
function reparseBicep(previous: DocumentParse | undefined, text: string): { state: DocumentParse; tree: BicepParseResult } {
  const parsed = reparseDocument(previous, text);
  return { state: parsed, tree: parsed.result };
}

function parseAndReport(file: SourceFile, builder: ModelBuilder): Program {
  const parsed = memoizedParse(builder.analysis.parses, 'bicep', file.text, parseBicep, reparseBicep);
  for (const d of parsed.diagnostics) builder.parseError({ file, span: d.span }, d.message);
  return parsed.program;
}

class BicepLowering {
  private readonly symbols: FileSymbols;
  private readonly evaluator: BicepEvaluator;
  private readonly states = new Map<ResourceSymbol, ResourceState>();
  private readonly moduleValues = new Map<string, Value>();
  private readonly modulesInProgress = new Set<string>();
  private readonly parameterDefaults = new Map<string, { value: Value; origins: ParameterOrigin[] }>();
  private readonly parametersInProgress = new Set<string>();
  private readonly scopeKey: string;

  constructor(
    private readonly input: BicepLoweringInput,
    private readonly program: Program,
    private readonly deployment: Deployment,
    private readonly reuse: DeclarationCache | undefined,
  ) {
    this.symbols = collectSymbols(program);
    this.scopeKey = input.parent ? `${deployment.key}::` : '';
    this.evaluator = new BicepEvaluator(
      input.builder.analysis,
      input.file,
      this.symbols,
      {
        parameter: (name) => this.parameter(name),
        resource: (symbol) => this.resourceValue(symbol),
        module: (name) => this.moduleValue(name),
        loadText: (path, span) => this.loadText(path, span),
        takeIterations: (count) => this.input.builder.takeLoopIterations(count),
        imported: (source, name) =>
          importedValue(
            {
              analysis: this.input.builder.analysis,
              readFile: this.input.readFile,
              workspaceRoot: this.input.workspaceRoot,
              cache: this.input.builder.bicepImports,
            },
            this.input.file.path,
            source,
            name,
            this.input.ancestors ?? [],
          ),
      },
      deployment.scope,
    );
  }

  run(): void {
    const parameters = this.deployment.parameters as Map<string, { name: string; declaration: Location }>;
    for (const statement of this.program.statements) {
      if (statement.kind === 'param')
        parameters.set(statement.name.name.toLowerCase(), { name: statement.name.name, declaration: this.loc(statement.span) });
      if (statement.kind === 'import') this.checkImportSource(statement);
    }
    for (const symbol of this.symbols.resources) this.instantiate(symbol);
    for (const module of this.symbols.modules) this.moduleValue(module.name.name);
    for (const output of this.symbols.outputs) {
      this.deployment.outputs.set(output.name.name.toLowerCase(), this.evaluator.node(output.value, EMPTY_ENV));
    }
    if (this.evaluator.workExhausted) this.input.builder.noteBudgetExhausted();
  }

  private loc(span: { start: number; end: number }): Location {
    return { file: this.input.file, span };
  }

  private parameter(name: string): Value {
    const given = this.input.provided.get(name.toLowerCase());
    if (given) {
      if (given.fromParameterFile && given.loc) this.evaluator.record({ name, loc: given.loc, fromParameterFile: true });
      if (given.passedBy && given.loc) this.evaluator.record({ name, loc: given.loc, fromParameterFile: false, passedBy: given.passedBy });
      for (const origin of given.origins ?? []) this.evaluator.record(origin);
      return given.value;
    }
    const symbol = this.symbols.byName.get(name);
    // A module's nullable parameter that its caller leaves out is null, not unknown.
    if (symbol?.kind === 'param' && !symbol.declaration.value && symbol.declaration.type?.kind === 'typeNullable' && this.input.parent)
      return null;
    if (symbol?.kind !== 'param' || !symbol.declaration.value) return new Unknown(parameterKey(this.scopeKey, name));
    const defaultExpr = symbol.declaration.value;
    const defaultLoc = this.loc(defaultExpr.span);
    // A default that decides whether a resource exists is not the value the resource is deployed with. A list or an
    // object (`endpoints` whose items say `withZone: false`) stays: the choice is an item's, not the whole value's.
    const composite = defaultExpr.kind === 'array' || defaultExpr.kind === 'object';
    if (!composite && this.input.builder.choices.isAssumed(defaultLoc)) return new Unknown(parameterKey(this.scopeKey, name));
    this.evaluator.record({ name, loc: defaultLoc, fromParameterFile: false });
    // Evaluated once (defaults referring to defaults would otherwise multiply), and a default that refers to itself
    // (`param a string = a`, invalid Bicep) is unknown rather than a stack overflow.
    const cached = this.parameterDefaults.get(name);
    if (cached) {
      for (const origin of cached.origins) this.evaluator.record(origin);
      return cached.value;
    }
    if (this.parametersInProgress.has(name)) return this.input.builder.analysis.anonymousUnknown('cycle');
    this.parametersInProgress.add(name);
    try {
      const evaluated = this.evaluator.collect(() =>
        this.evaluator.evaluateDefault(parameterKey(this.scopeKey, name), () => this.evaluator.value(defaultExpr, EMPTY_ENV)),
      );
      this.parameterDefaults.set(name, evaluated);
      return evaluated.value;
    } finally {
      this.parametersInProgress.delete(name);
    }
  }

  /**
   * Imports are evaluated lazily, when a symbol they bring is read; where they point is reported here, once: a
   * source outside the workspace, or one the host refuses to read (the read is kept for the evaluation).
   */
  private checkImportSource(statement: ImportDeclaration): void {
    if (statement.form === 'extension' || statement.source.kind !== 'string') return;
    const source = statement.source.value;
    if (source === undefined || isRegistryModule(source)) return;
    const at = this.loc(statement.source.span);
    const resolved = resolveModulePath(this.input.file.path, source, this.input.workspaceRoot);
    if (resolved.kind === 'outside') {
      reportOutsideWorkspace(this.input.builder, at, `The import source '${source}' lies outside the workspace; it is not read.`);
      return;
    }
    this.input.readFile?.(resolved.path, { at, written: source });
  }

  private loadText(path: string, span: Span): string | undefined {
    const resolved = resolveModulePath(this.input.file.path, path, this.input.workspaceRoot);
    if (resolved.kind === 'outside') {
      reportOutsideWorkspace(this.input.builder, this.loc(span), `The file '${path}' lies outside the workspace; it is not read.`);
      return undefined;
    }
    return this.input.readFile?.(resolved.path, { at: this.loc(span), written: path });
  }

  /** The value a resource symbol stands for: an object like ARM's `reference(..., 'full')`, or an array for loops. */
  private resourceValue(symbol: ResourceSymbol): Value {
    const state = this.instantiate(symbol);
    return state.value ?? new Unknown(symbol.name);
  }

  private instantiate(symbol: ResourceSymbol): ResourceState {
    let state = this.states.get(symbol);
    if (state) return state;
    state = { inProgress: true };
    this.states.set(symbol, state);
    // A resource is lowered when first read, inside whatever expression read it: the parameter defaults its own
    // values follow from are its own, not that expression's (which would otherwise depend on declaration order).
    const { instances, values, isLoop } = this.evaluator.isolated(() =>
      this.reuse && !symbol.enclosing ? this.lowerOrReplay(symbol, this.reuse) : this.lowerInstances(symbol),
    );
    state.instances = instances;
    state.value = isLoop ? values : (values[0] ?? new Unknown(symbol.name));
    state.inProgress = false;
    return state;
  }

  /**
   * A top-level resource declaration, replayed from the previous analysis when its text is unchanged and every
   * symbol it read has the same value (bicepReuse.ts); lowered otherwise.
   */
  private lowerOrReplay(symbol: ResourceSymbol, cache: DeclarationCache): LoweredInstances {
    const span = symbol.declaration.span;
    const site = {
      builder: this.input.builder,
      file: this.input.file,
      deployment: this.deployment,
      parentKey: (parent: Resource) => idLookupKey(parent.id),
      // Found again only when no other resource shares its id: with several, which one a lookup finds depends on
      // the order they were lowered in.
      parentByKey: (parentKey: string) => {
        const parent = this.input.builder.resourcesByLowerCaseId.get(parentKey);
        return parent && this.input.builder.resourcesWithIdKey(parent.idKey).length === 1 ? parent : undefined;
      },
    };
    let lowered: LoweredInstances | undefined;
    let replayedFrom: BicepDependencies | undefined;
    // The declaration's text (compared by the cache) names it: a symbol is declared once.
    const resources = cache.lower(
      '',
      span,
      site,
      () => {
        const recorder = new BicepDeclarationRecorder(this.evaluator, this.input.builder);
        const made = this.evaluator.track(recorder, () => this.lowerInstances(symbol));
        lowered = made;
        return recorder.outcome(made.values);
      },
      (dependencies: BicepDependencies) => {
        const holds = dependenciesHold(dependencies, this.symbols, this.evaluator);
        if (holds) replayedFrom = dependencies;
        return holds;
      },
    );
    if (lowered) return lowered;
    // Replayed: the instances are the resources of this declaration.
    const instances = resources.filter((r) => r.deployment === this.deployment && r.symbolicName === symbol.name);
    for (const resource of instances) rememberById(this.input.builder, resource);
    // Their symbol objects are those made when it was recorded (made from the same bodies, names and ids), so the
    // declarations reading them find the very values they recorded and compare by reference.
    const recorded = replayedFrom?.values;
    const values =
      recorded && recorded.length === instances.length
        ? [...recorded]
        : instances.map((r) => this.symbolObject(r, getMember(r.body.value, 'name') ?? new Unknown(`${symbol.name}.name`)));
    return { instances, values, isLoop: symbol.declaration.value.kind === 'for' };
  }

  private lowerInstances(symbol: ResourceSymbol): LoweredInstances {
    const declaration = symbol.declaration;
    const enclosing = symbol.enclosing ? (this.instantiate(symbol.enclosing).instances ?? []) : [undefined];
    const instances: Resource[] = [];
    const values: Value[] = [];
    let isLoop = false;
    for (const parentInstance of enclosing) {
      const value = declaration.value;
      const loopExpr = value.kind === 'if' ? undefined : value.kind === 'for' ? value : undefined;
      const condition = value.kind === 'if' ? value.condition : loopExpr?.body.kind === 'if' ? loopExpr.body.condition : undefined;
      const iterated = loopExpr ? this.evaluator.collect(() => this.evaluator.iterations(loopExpr, EMPTY_ENV)) : undefined;
      const known = iterated?.value;
      const countDefaults = iterated && iterated.origins.length > 0 ? iterated.origins : undefined;
      const environments: BicepEnv[] = loopExpr ? (known ?? [this.unknownIteration(loopExpr)]) : [EMPTY_ENV];
      isLoop ||= loopExpr !== undefined;
      for (const [index, env] of environments.entries()) {
        // Loop instances say so, as ARM copy instances do: fixes must not name the symbol (it is a collection).
        const loop = loopExpr
          ? known
            ? { index, count: known.length, countDefaults }
            : {
                index: new Unknown(`${this.evaluator.keyOf(loopExpr.iterable)}#index`),
                count: new Unknown(`length(${this.evaluator.keyOf(loopExpr.iterable)})`),
              }
          : undefined;
        const made = this.makeResource(symbol, declaration, env, condition, parentInstance, loop);
        if (made) {
          instances.push(made.resource);
          values.push(made.value);
        }
      }
    }
    return { instances, values, isLoop };
  }

  private unknownIteration(loop: Extract<Expression, { kind: 'for' }>): BicepEnv {
    const env = new Map<string, Value>();
    env.set(loop.item.name, new Unknown(`${this.evaluator.keyOf(loop.iterable)}[*]`));
    if (loop.index) env.set(loop.index.name, new Unknown(`${this.evaluator.keyOf(loop.iterable)}#index`));
    return env;
  }

  private makeResource(
    symbol: ResourceSymbol,
    declaration: ResourceDeclaration,
    env: BicepEnv,
    conditionExpr: Expression | undefined,
    enclosing: Resource | undefined,
    loop: Resource['loop'],
  ): { resource: Resource; value: Value } | undefined {
    const condition = conditionExpr ? this.conditionValue(conditionExpr, env) : true;
    if (valuesEqual(condition, false) === true) return undefined;
    const typeText = declaration.type.kind === 'string' ? (declaration.type.value ?? '') : '';
    const [writtenType, apiVersion] = typeText.split('@');
    const bodyExpr = declarationBody(declaration.value);
    const body: ValueNode = bodyExpr
      ? this.evaluator.node(bodyExpr, env)
      : { loc: this.loc(declaration.span), value: new Unknown(symbol.name) };
    const parentExpr = bodyExpr?.members.find((m) => m.kind === 'property' && m.key.kind === 'identifier' && m.key.name === 'parent');
    const parent = enclosing ?? (parentExpr?.kind === 'property' ? this.parentResource(parentExpr.value, env) : undefined);
    const type = parent && !writtenType.includes('/') ? `${parent.type}/${writtenType}` : writtenType;
    const shortName = getMember(body.value, 'name') ?? new Unknown(`${symbol.name}.name`);
    const name = parent ? `${toStringPart(parent.name) ?? ''}/${toStringPart(shortName) ?? ''}` : shortName;
    const inherited = this.input.inheritedCondition ?? true;
    const scope = this.scopeOf(bodyExpr, env);
    const resource = this.input.builder.addResource({
      scope,
      type,
      apiVersion,
      name,
      symbolicName: symbol.name,
      deployment: this.deployment,
      declaration: this.loc(declaration.span),
      anchor: this.loc(declaration.type.span),
      body,
      condition: combine(
        inherited,
        combine(enclosing?.condition ?? true, condition, this.input.builder.analysis),
        this.input.builder.analysis,
      ),
      existing: declaration.existing,
      parent,
      loop,
    });
    rememberById(this.input.builder, resource);
    return { resource, value: this.symbolObject(resource, shortName) };
  }

  /** The scope a `scope:` property names, when it is another resource group or subscription than the deployment's. */
  private scopeOf(body: Extract<Expression, { kind: 'object' }> | undefined, env: BicepEnv): ResourceScope | undefined {
    const member = body?.members.find((m) => m.kind === 'property' && m.key.kind === 'identifier' && m.key.name === 'scope');
    if (member?.kind !== 'property') return this.deployment.scope;
    const value = this.evaluator.value(member.value, env);
    // `scope: someResource` makes an extension resource, which lives where that resource lives: not a new group.
    if (
      isObjectValue(value) &&
      typeof getMember(value, 'type') === 'string' &&
      !/^microsoft\.resources\/(resourcegroups|subscriptions)$/i.test(String(getMember(value, 'type')))
    )
      return this.deployment.scope;
    return scopeFromValue(value, this.input.builder.analysis) ?? this.deployment.scope;
  }

  /** `parent: vnet` (or `vnets[0]`): the resource whose symbol object the expression evaluates to. */
  private parentResource(expr: Expression, env: BicepEnv): Resource | undefined {
    const value = this.evaluator.value(expr, env);
    const id = isObjectValue(value) ? getMember(value, 'id') : undefined;
    return typeof id === 'string' ? this.input.builder.resourcesByLowerCaseId.get(idLookupKey(id)) : undefined;
  }

  private conditionValue(expr: Expression, env: BicepEnv): Value {
    const { value, origins } = this.evaluator.collect(() => this.evaluator.value(expr, env));
    // False only because of a parameter default: a deploy-time choice, so the resource may exist.
    if (value === false && origins.some(isDefaultOrigin)) {
      this.input.builder.noteFalseCondition(origins);
      return new Unknown('condition-from-parameter-default');
    }
    return value;
  }

  /** What `symbol.x` gives: id, name, type, apiVersion and the declared body, with ids on inline sub-resources. */
  private symbolObject(resource: Resource, shortName: Value): Value {
    const body = resource.body.value;
    const object: ObjectValue = isObjectValue(body) ? { ...body } : {};
    object.id = resource.id;
    object.name = shortName;
    object.type = resource.type;
    if (resource.apiVersion) object.apiVersion = resource.apiVersion;
    if (resource.existing || !isObjectValue(body)) object.properties = new Unknown(`${resource.idKey}.properties`);
    else if (isObjectValue(object.properties)) object.properties = withInlineIds(resource, object.properties);
    markRuntimeObject(object);
    if (isObjectValue(object.properties)) markRuntimeObject(object.properties);
    return object;
  }

  private moduleValue(name: string): Value {
    const cached = this.moduleValues.get(name);
    if (cached !== undefined) return cached;
    const symbol = this.symbols.byName.get(name);
    if (symbol?.kind !== 'module') return new Unknown(name);
    if (this.modulesInProgress.has(name)) return this.input.builder.analysis.anonymousUnknown('module-cycle');
    this.modulesInProgress.add(name);
    const value = this.lowerModule(symbol.declaration);
    this.moduleValues.set(name, value);
    this.modulesInProgress.delete(name);
    return value;
  }

  private lowerModule(declaration: ModuleDeclaration): Value {
    const moduleName = declaration.name.name;
    const path = declaration.path.kind === 'string' ? declaration.path.value : undefined;
    const opaque = (): Value => {
      const object: ObjectValue = { outputs: new Unknown(`${moduleName}.outputs`) };
      markRuntimeObject(object);
      return object;
    };
    if (!path || isRegistryModule(path) || !/\.(bicep|json|jsonc)$/i.test(path)) return opaque();
    const resolved = resolveModulePath(this.input.file.path, path, this.input.workspaceRoot);
    if (resolved.kind === 'outside') {
      reportOutsideWorkspace(
        this.input.builder,
        this.loc(declaration.path.span),
        `Module path '${path}' leaves the workspace; it is not read.`,
      );
      return opaque();
    }
    const ancestors = [...(this.input.ancestors ?? []), this.input.file.path];
    if (ancestors.includes(resolved.path) || ancestors.length > MAX_MODULE_DEPTH) return opaque();
    const text = this.input.readFile?.(resolved.path, { at: this.loc(declaration.path.span), written: path });
    if (text === undefined) return opaque();
    const value = declaration.value;
    const loopExpr = value.kind === 'for' ? value : undefined;
    const conditionExpr = value.kind === 'if' ? value.condition : loopExpr?.body.kind === 'if' ? loopExpr.body.condition : undefined;
    const bodyExpr = declarationBody(value);
    const environments = loopExpr ? (this.evaluator.iterations(loopExpr, EMPTY_ENV) ?? [this.unknownIteration(loopExpr)]) : [EMPTY_ENV];
    const isJson = !resolved.path.toLowerCase().endsWith('.bicep');
    const file = new SourceFile(resolved.path, text, isJson ? 'arm' : 'bicep');
    const program = isJson ? undefined : parseAndReport(file, this.input.builder);
    const json = isJson ? parseJsonSyntax(text, this.input.builder.analysis) : undefined;
    if (json) {
      this.input.builder.addFile(file);
      for (const error of json.errors) this.input.builder.parseError({ file, span: error.span }, error.message);
      if (json.root?.type !== 'object') return opaque();
    }
    const results: Value[] = [];
    for (const env of environments) {
      const condition = conditionExpr ? this.conditionValue(conditionExpr, env) : true;
      if (valuesEqual(condition, false) === true) continue;
      const provided = this.moduleParameters(bodyExpr, env, this.callOf(declaration));
      const shared = {
        scope: this.scopeOf(bodyExpr, env),
        file,
        builder: this.input.builder,
        provided,
        parent: this.deployment,
        declaration: this.loc(declaration.span),
        inheritedCondition: combine(this.input.inheritedCondition ?? true, condition, this.input.builder.analysis),
        readFile: this.input.readFile,
        workspaceRoot: this.input.workspaceRoot,
        ancestors,
      };
      const child = json?.root ? lowerArmTemplate({ ...shared, template: json.root }) : lowerBicepFile({ ...shared, program });
      const outputs: ObjectValue = {};
      for (const [key, node] of child.outputs) outputs[key] = node.value;
      const object: ObjectValue = {
        outputs,
        name: getMember(bodyExpr ? this.evaluator.value(bodyExpr, env) : null, 'name') ?? new Unknown(`${moduleName}.name`),
      };
      markRuntimeObject(object);
      results.push(object);
    }
    return loopExpr ? results : (results[0] ?? opaque());
  }

  /**
   * The call a module's arguments are passed by: its declaration from the `module` keyword on, past its decorators,
   * since a `#disable-next-line` for the call is written right above that keyword, as for any other declaration.
   */
  private callOf(declaration: ModuleDeclaration): Location {
    const keyword = declaration.decorators.length > 0 ? this.input.file.text.lastIndexOf('module', declaration.name.span.start) : -1;
    const start = keyword >= declaration.span.start ? keyword : declaration.span.start;
    return this.loc({ start, end: declaration.span.end });
  }

  private moduleParameters(
    body: Extract<Expression, { kind: 'object' }> | undefined,
    env: BicepEnv,
    call: Location,
  ): Map<string, ProvidedParameter> {
    const provided = new Map<string, ProvidedParameter>();
    const params = body?.members.find((m) => m.kind === 'property' && m.key.kind === 'identifier' && m.key.name === 'params');
    if (params?.kind !== 'property') return provided;
    const node = this.evaluator.node(params.value, env);
    const written = params.value.kind === 'object' ? params.value.members : [];
    for (const member of node.members ?? []) {
      const argument = written.find((m) => m.kind === 'property' && m.value.span.start === member.node.loc.span.start);
      provided.set(member.key.toLowerCase(), {
        value: member.node.value,
        loc: member.node.loc,
        fromParameterFile: false,
        origins: member.node.parameterDefaults,
        passedBy: { call, literal: argument?.kind === 'property' && isLiteral(argument.value) },
      });
    }
    if (!node.members && isObjectValue(node.value)) {
      for (const [key, value] of Object.entries(node.value)) provided.set(key.toLowerCase(), { value, fromParameterFile: false });
    }
    return provided;
  }
}

/** A value written as it is deployed: a string without interpolation, a number, a boolean, or a list of them. */
function isLiteral(expr: Expression): boolean {
  switch (expr.kind) {
    case 'string':
      return expr.value !== undefined;
    case 'number':
    case 'boolean':
      return true;
    case 'array':
      return expr.items.every((item) => item.kind !== 'spread' && isLiteral(item));
    default:
      return false;
  }
}

/** The key a resource is found by in ModelBuilder.resourcesByLowerCaseId: its id, lower-cased. */
function idLookupKey(id: Value): string {
  return String(id).toLowerCase();
}

/** Makes `resource` the one its id finds (the last declared wins, as lowering goes). */
function rememberById(builder: ModelBuilder, resource: Resource): void {
  builder.resourcesByLowerCaseId.set(idLookupKey(resource.id), resource);
}

function combine(a: Value, b: Value, analysis: AnalysisContext): Value {
  if (valuesEqual(a, true) === true) return b;
  if (valuesEqual(b, true) === true) return a;
  return analysis.anonymousUnknown('condition');
}

/** Inline sub-resources (subnets, frontends, pools) get the ids ARM gives them, so `vnet.properties.subnets[0].id` resolves. */
function withInlineIds(resource: Resource, properties: ObjectValue): ObjectValue {
  const result: ObjectValue = { ...properties };
  for (const kind of INLINE_CHILD_KINDS) {
    if (kind.parentType !== resource.type.toLowerCase()) continue;
    const arrayName = kind.arrayPath[1];
    const list = getMember(result, arrayName);
    if (!Array.isArray(list)) continue;
    const segment = kind.childType.split('/').pop()!;
    result[arrayName] = list.map((item) => {
      if (!isObjectValue(item)) return item;
      const childName = toStringPart(getMember(item, 'name') ?? null);
      return childName === undefined ? item : { ...item, id: `${resource.id}/${segment}/${childName}` };
    });
  }
  return result;
}
