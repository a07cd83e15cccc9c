/**
 * The evaluation scope of one ARM deployment (the template itself or a nested deployment): parameters with their
 * provided values or defaults, lazily evaluated variables, copy loop indexes, and `reference()` to resources of
 * the same model. It also records which parameter defaults an expression used, so messages can name them.
 */
import type { Node as JsonNode } from 'jsonc-parser';
import { findNodeAtLocation } from 'jsonc-parser';
import { Unknown, Value } from '../evaluate/value';
import type { AnalysisContext } from '../analysisContext';
import { parameterKey, type ArmEvalScope } from './expression/evaluate';
import { DeployTimeChoices } from '../model/deployTimeChoices';
import type { CallSite, Location, ParameterOrigin, ResourceScope } from '../model/model';
import { createBuiltinContext, type BuiltinContext } from '../evaluate/functions';
import type { SourceFile } from '../model/sourceFile';
import { OriginCollector } from '../model/originCollector';

export interface ProvidedParameter {
  readonly value: Value;
  readonly loc?: Location;
  readonly fromParameterFile: boolean;
  /** Defaults (or parameter-file values) of the caller that the passed value was computed from. */
  readonly origins?: readonly ParameterOrigin[];
  /** For an argument a caller passes (with `loc` its value): the call, so findings can name it. */
  readonly passedBy?: CallSite;
}

/** Converts a JSON node to a value in a scope; supplied by the lowering so the scope needs no JSON knowledge. */
export type JsonEvaluator = (node: JsonNode, scope: ArmScope) => Value;

interface CopyFrame {
  readonly name: string | undefined;
  readonly index: Value;
}

export class ArmScope implements ArmEvalScope {
  private readonly parameterNodes = new Map<string, JsonNode>();
  private readonly variableNodes = new Map<string, JsonNode>();
  /** A default's value, and whether evaluating it read context (see contextReads), as variables keep theirs. */
  private readonly parameterCache = new Map<string, { value: Value; readContext: boolean }>();
  private readonly defaultNodes = new Map<string, JsonNode | null>();
  private readonly defaultOrigins = new Map<string, ParameterOrigin>();
  private readonly variableCache = new Map<string, { value: Value; origins: ParameterOrigin[]; readContext: boolean }>();
  private contextReadCount = 0;
  private readonly inProgress = new Set<string>();
  /** The parameter defaults being evaluated, innermost last, with the deploy-time values each made so far. */
  private readonly defaultsEvaluated: { readonly key: string; made: number }[] = [];
  private readonly copyFrames: CopyFrame[] = [];
  private readonly origins = new OriginCollector();
  readonly builtins: BuiltinContext | undefined;

  constructor(
    readonly analysis: AnalysisContext,
    readonly scopeKey: string,
    readonly file: SourceFile,
    template: JsonNode | undefined,
    private readonly provided: ReadonlyMap<string, ProvidedParameter>,
    private readonly evaluateJson: JsonEvaluator,
    private readonly resolveReference: (target: Value, full: boolean) => Value,
    private readonly nested = false,
    scope?: ResourceScope,
    /**
     * Counts what evaluation does besides computing values (incremental/sideEffectWatch.ts, `sideEffectCount`). A
     * parameter default or variable whose first evaluation did something counts as a context read for every reader:
     * which reader pays for it depends on the order declarations are lowered in.
     */
    private readonly sideEffects: () => number = () => 0,
    /** Defaults that decide a resource's condition are read as unknown (model/deployTimeChoices.ts). */
    private readonly choices: DeployTimeChoices = new DeployTimeChoices(),
  ) {
    // A deployment to another resource group sees that group in `resourceGroup()` and `resourceId()`.
    this.builtins = scope
      ? createBuiltinContext(analysis, { subscriptionId: scope.subscriptionId, resourceGroupName: scope.resourceGroupName })
      : undefined;
    for (const [section, map] of [
      ['parameters', this.parameterNodes],
      ['variables', this.variableNodes],
    ] as const) {
      const node = template ? findNodeAtLocation(template, [section]) : undefined;
      if (node?.type !== 'object') continue;
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (key && value && typeof key.value === 'string') map.set(key.value.toLowerCase(), value);
      }
    }
  }

  parameterNode(name: string): JsonNode | undefined {
    return this.parameterNodes.get(name.toLowerCase());
  }

  parameterNames(): string[] {
    return [...this.parameterNodes.keys()];
  }

  parameter(name: string): Value | undefined {
    const key = name.toLowerCase();
    const given = this.provided.get(key);
    if (given) {
      if (given.fromParameterFile && given.loc) this.record({ name, loc: given.loc, fromParameterFile: true });
      if (given.passedBy && given.loc) this.record({ name, loc: given.loc, fromParameterFile: false, passedBy: given.passedBy });
      for (const origin of given.origins ?? []) this.record(origin);
      return given.value;
    }
    const declaration = this.parameterNodes.get(key);
    if (!declaration) return undefined;
    const defaultNode = this.defaultNodeOf(key, declaration);
    if (!defaultNode) {
      // A nested deployment's nullable parameter that its caller leaves out is null, not unknown.
      if (this.nested && declaration.type === 'object' && findNodeAtLocation(declaration, ['nullable'])?.value === true) return null;
      return new Unknown(parameterKey(this.scopeKey, name));
    }
    const origin = this.defaultOrigin(name, defaultNode);
    // A default that decides whether a resource exists is not the value the resource is deployed with. A list or an
    // object (`endpoints` whose items say `withZone: false`) stays: the choice is an item's, not the whole value's.
    const composite = defaultNode.type === 'array' || defaultNode.type === 'object';
    if (!composite && this.choices.isAssumed(origin.loc)) return new Unknown(parameterKey(this.scopeKey, name));
    this.record(origin);
    const cached = this.parameterCache.get(key);
    if (cached !== undefined) {
      if (cached.readContext) this.contextReadCount++;
      return cached.value;
    }
    if (this.inProgress.has('p:' + key)) return this.analysis.anonymousUnknown('cycle');
    this.inProgress.add('p:' + key);
    try {
      // A default is evaluated without copy frames: defaults never see a loop index.
      const before = this.contextReadCount;
      const effectsBefore = this.sideEffects();
      this.defaultsEvaluated.push({ key: parameterKey(this.scopeKey, name), made: 0 });
      let value: Value;
      try {
        value = this.evaluateJson(defaultNode, this);
      } finally {
        this.defaultsEvaluated.pop();
      }
      const readContext = this.contextReadCount !== before || this.sideEffects() !== effectsBefore;
      this.parameterCache.set(key, { value, readContext });
      if (readContext) this.contextReadCount++;
      return value;
    } finally {
      this.inProgress.delete('p:' + key);
    }
  }

  /** Parameters are read in nearly every expression: their default's node is looked up once. */
  private defaultNodeOf(key: string, declaration: JsonNode): JsonNode | undefined {
    let found = this.defaultNodes.get(key);
    if (found === undefined) {
      found = (declaration.type === 'object' ? findNodeAtLocation(declaration, ['defaultValue']) : undefined) ?? null;
      this.defaultNodes.set(key, found);
    }
    return found ?? undefined;
  }

  /** One origin object per spelling of the name (origins are read, never changed). */
  private defaultOrigin(name: string, defaultNode: JsonNode): ParameterOrigin {
    let origin = this.defaultOrigins.get(name);
    if (!origin) {
      origin = {
        name,
        loc: { file: this.file, span: { start: defaultNode.offset, end: defaultNode.offset + defaultNode.length } },
        fromParameterFile: false,
      };
      this.defaultOrigins.set(name, origin);
    }
    return origin;
  }

  variable(name: string): Value | undefined {
    const key = name.toLowerCase();
    const cached = this.variableCache.get(key);
    if (cached) {
      for (const origin of cached.origins) this.record(origin);
      if (cached.readContext) this.contextReadCount++;
      return cached.value;
    }
    const node = this.variableNodes.get(key);
    if (!node) return undefined;
    if (this.inProgress.has('v:' + key)) return this.analysis.anonymousUnknown('cycle');
    this.inProgress.add('v:' + key);
    try {
      const before = this.contextReadCount;
      const effectsBefore = this.sideEffects();
      const { value, origins } = this.collect(() => this.evaluateJson(node, this));
      const readContext = this.contextReadCount !== before || this.sideEffects() !== effectsBefore;
      this.variableCache.set(key, { value, origins, readContext });
      if (readContext) this.contextReadCount++;
      for (const origin of origins) this.record(origin);
      return value;
    } finally {
      this.inProgress.delete('v:' + key);
    }
  }

  /** See {@link ArmEvalScope.deployTimeValue}: named by the default being evaluated and the call's rank in it. */
  deployTimeValue(call: string): Unknown | undefined {
    const evaluating = this.defaultsEvaluated.at(-1);
    return evaluating && new Unknown(`${evaluating.key}:${call}#${++evaluating.made}`);
  }

  copyIndex(loopName: string | undefined): Value {
    for (let i = this.copyFrames.length - 1; i >= 0; i--) {
      const frame = this.copyFrames[i];
      if (loopName === undefined || frame.name?.toLowerCase() === loopName.toLowerCase()) return frame.index;
    }
    return new Unknown(`${this.scopeKey}copyIndex(${loopName ? `'${loopName}'` : ''})`);
  }

  reference(target: Value, full: boolean): Value {
    this.contextReadCount++;
    return this.resolveReference(target, full);
  }

  /**
   * How many times evaluation read more than the template's own parameters, variables and functions: a resource of
   * the model (`reference()`), directly or through a variable. A lowering during which this grew depends on other
   * declarations and is not replayed from its text alone (incremental/declarationCache.ts).
   */
  get contextReads(): number {
    return this.contextReadCount;
  }

  /** True while a variable or parameter default is evaluated for the first time (see arm/armReferenceLog.ts). */
  get evaluatingDefinition(): boolean {
    return this.inProgress.size > 0;
  }

  /** Records a read of something besides the declaration's text and the template's environment. */
  noteContextRead(): void {
    this.contextReadCount++;
  }

  /** Runs `action` with a copy loop index in scope. */
  withCopy<T>(name: string | undefined, index: Value, action: () => T): T {
    this.copyFrames.push({ name, index });
    try {
      return action();
    } finally {
      this.copyFrames.pop();
    }
  }

  /** Runs `action` and returns the parameter origins it used, besides recording them in any outer collector. */
  collect<T>(action: () => T): { value: T; origins: ParameterOrigin[] } {
    return this.origins.collect(action);
  }

  private record(origin: ParameterOrigin): void {
    this.origins.record(origin);
  }
}
