/** Collects deployments and resources while a front end lowers a file, and derives ids and inline sub-resources. */
import { Value, toStringPart } from '../evaluate/value';
import type {
  Deployment,
  DeploymentModel,
  Location,
  ParameterOrigin,
  Resource,
  ResourceScope,
  SyntaxDiagnostic,
  SyntaxSeverity,
  ValueNode,
} from './model';
import type { SourceFile } from './sourceFile';
import { buildResourceId, idKeyOf, splitName } from './resourceIds';
import { inlineChildrenOf } from './subResources';
import { DeployTimeChoices } from './deployTimeChoices';
import type { AnalysisContext } from '../analysisContext';
import type { BicepEvaluator } from '../bicep/bicepEvaluator';

/** A resource's id and id key as computed when it was added. */
export interface KnownId {
  readonly id: Value;
  readonly idKey: string;
}

export type NewResourceInput = Omit<Resource, 'key' | 'idKey' | 'id'> & {
  /** Overrides the deployment's scope (a Bicep `existing` resource with `scope:`). */
  readonly scope?: ResourceScope;
};

/**
 * Loop iterations one analysis expands in all: ARM resource copies (each instance counting every resource it
 * declares, children and nested templates included) and property copies, Bicep resource, module and expression loops
 * and lambdas. ARM allows 800 copies per loop, but nested loops (a loop in a looped module, a property copy in a
 * copied resource) multiply; past this budget a loop stays unexpanded, its items unknown. The most any template of
 * the shared corpus uses is about 250.
 */
export const MAX_LOOP_ITERATIONS = 2_000;

/** Sees what a lowering adds, so that it can be replayed in the next analysis (incremental/declarationCache.ts). */
export interface LoweringObserver {
  /** `inline`: the inline sub-resources added with it (subnets of a VNet …), in order. */
  resourceAdded(input: NewResourceInput, resource: Resource, inline: readonly Resource[]): void;
  loopIterationsTaken(count: number): void;
  /** A deployment created (an ARM nested deployment, a Bicep module), right after creation, before its resources. */
  deploymentCreated(deployment: Deployment): void;
  /** A condition found false from parameter defaults (`noteFalseCondition`). */
  falseConditionNoted(origins: readonly ParameterOrigin[]): void;
}

export class ModelBuilder {
  readonly files: SourceFile[] = [];
  readonly resources: Resource[] = [];
  readonly diagnostics: SyntaxDiagnostic[] = [];
  private readonly byIdKey = new Map<string, Resource[]>();
  private readonly deploymentsByIdKey = new Map<string, Deployment>();
  private counter = 0;
  private deploymentCount = 0;
  private loopIterationsLeft = MAX_LOOP_ITERATIONS;
  private observer: LoweringObserver | undefined;
  private budgetRefused = false;
  /** Resources by lower-cased id, so Bicep's `parent:` finds the resource its symbol object names (last declared wins). */
  readonly resourcesByLowerCaseId = new Map<string, Resource>();
  /** Evaluators of the files read for Bicep compile-time imports, by path: each is parsed and evaluated once per model. */
  readonly bicepImports = new Map<string, BicepEvaluator | undefined>();

  /**
   * `analysis`: the analysis this model is built for, which the front ends reach through the builder.
   * `choices`: the deploy-time choices an earlier lowering of the same text found (see deployTimeChoices.ts).
   */
  constructor(
    readonly analysis: AnalysisContext,
    readonly choices: DeployTimeChoices = new DeployTimeChoices(),
  ) {}

  addFile(file: SourceFile): void {
    if (!this.files.includes(file)) this.files.push(file);
  }

  createDeployment(input: Omit<Deployment, 'key' | 'resources' | 'children' | 'outputs'> & { key?: string }): Deployment {
    const deployment: Deployment = {
      ...input,
      key: input.key ?? `deployment#${this.counter++}`,
      resources: [],
      children: [],
      outputs: new Map(),
    };
    input.parent?.children.push(deployment);
    this.addFile(input.file);
    this.deploymentCount++;
    this.observer?.deploymentCreated(deployment);
    return deployment;
  }

  /**
   * Adds a resource (and its inline sub-resources) to its deployment and the id index. `known` gives the ids a
   * replayed resource had when it was first added (they follow from its type, name and scope alone).
   */
  addResource(input: NewResourceInput, known?: readonly KnownId[]): Resource {
    const scope = input.scope ?? input.deployment.scope;
    const knownOwn = reusable(known?.[0]);
    const id = knownOwn ? knownOwn.id : buildResourceId(input.type, splitName(input.name), scope);
    const key = `r${this.counter++}`;
    // Every field written out (not spread from the input): one object shape for every resource, built fast.
    const resource: Resource = {
      key,
      type: input.type,
      apiVersion: input.apiVersion,
      name: input.name,
      symbolicName: input.symbolicName,
      deployment: input.deployment,
      declaration: input.declaration,
      anchor: input.anchor,
      body: input.body,
      condition: input.condition,
      existing: input.existing,
      parent: input.parent,
      loop: input.loop,
      inlineIn: input.inlineIn,
      id,
      idKey: knownOwn ? knownOwn.idKey : (idKeyOf(id, this.analysis.idKeys) ?? `?${this.counter}`),
    };
    this.register(resource);
    const inline: Resource[] = [];
    for (const child of inlineChildrenOf(resource.type, resource.body)) {
      const name = `${toStringPart(resource.name) ?? ''}/${toStringPart(child.shortName) ?? ''}`;
      const knownChild = reusable(known?.[inline.length + 1]);
      const childId = knownChild ? knownChild.id : buildResourceId(child.kind.childType, splitName(name), scope);
      const nameNode = child.body.members?.find((m) => m.key.toLowerCase() === 'name')?.node;
      const childResource: Resource = {
        key: `r${this.counter++}`,
        type: child.kind.childType,
        name,
        deployment: resource.deployment,
        declaration: child.body.loc,
        anchor: nameNode?.loc ?? child.body.loc,
        body: child.body,
        condition: resource.condition,
        existing: resource.existing,
        parent: resource,
        loop: resource.loop,
        inlineIn: resource,
        idKey: knownChild ? knownChild.idKey : (idKeyOf(childId, this.analysis.idKeys) ?? `?${this.counter}`),
        id: childId,
      };
      this.register(childResource);
      inline.push(childResource);
    }
    this.observer?.resourceAdded(input, resource, inline);
    return resource;
  }

  /** A condition evaluated to false from these origins: the defaults among them become deploy-time choices. */
  noteFalseCondition(origins: readonly ParameterOrigin[]): void {
    this.choices.noteFalseCondition(origins);
    this.observer?.falseConditionNoted(origins);
  }

  /** Takes `count` iterations from the analysis' loop budget; false, taking nothing, when they would exceed it. */
  takeLoopIterations(count: number): boolean {
    if (!(count <= this.loopIterationsLeft)) {
      this.budgetRefused = true;
      return false;
    }
    this.loopIterationsLeft -= count;
    this.observer?.loopIterationsTaken(count);
    return true;
  }

  /** Runs `action` while `observer` sees every resource added and every loop iteration taken. */
  observe<T>(observer: LoweringObserver, action: () => T): T {
    const outer = this.observer;
    this.observer = observer;
    try {
      return action();
    } finally {
      this.observer = outer;
    }
  }

  /**
   * True once a budget refused work (loop iterations here; a front end reports its evaluator's work budget): what the
   * analysis found then depends on the order work was done in, which replaying declarations changes.
   */
  get budgetExhausted(): boolean {
    return this.budgetRefused;
  }

  noteBudgetExhausted(): void {
    this.budgetRefused = true;
  }

  /** How many deployments have been created (a lowering that creates one is replayed only as ARM allows it). */
  get deploymentsCreated(): number {
    return this.deploymentCount;
  }

  /**
   * How many keys (`r12`, `deployment#13`) this model has handed out so far. A deployment's key is part of the
   * unknowns lowered in it, so a lowering that created one is replayed only where the count is what it was then.
   */
  get keysMade(): number {
    return this.counter;
  }

  registerDeploymentResource(idKey: string, deployment: Deployment): void {
    this.deploymentsByIdKey.set(idKey, deployment);
  }

  deploymentFor(idKey: string): Deployment | undefined {
    return this.deploymentsByIdKey.get(idKey);
  }

  resourcesWithIdKey(idKey: string): readonly Resource[] {
    return this.byIdKey.get(idKey) ?? [];
  }

  diagnostic(loc: Location, message: string, severity?: SyntaxSeverity): void {
    this.diagnostics.push(severity ? { loc, message, severity } : { loc, message });
  }

  /** An error of the file's grammar (JSON, Bicep): the resource around it is still being typed (incompleteResources.ts). */
  parseError(loc: Location, message: string): void {
    this.diagnostics.push({ loc, message, parse: true });
  }

  build(root: Deployment): DeploymentModel {
    return { files: this.files, root, resources: this.resources, syntaxDiagnostics: this.diagnostics };
  }

  private register(resource: Resource): void {
    this.resources.push(resource);
    resource.deployment.resources.push(resource);
    const list = this.byIdKey.get(resource.idKey);
    if (list) list.push(resource);
    else this.byIdKey.set(resource.idKey, [resource]);
  }
}

/** An id key made from the counter (`?n`, a resource without a usable id) belongs to its analysis: made again. */
function reusable(known: KnownId | undefined): KnownId | undefined {
  return known && !known.idKey.startsWith('?') ? known : undefined;
}

export function emptyValueNode(loc: Location, value: Value): ValueNode {
  return { loc, value };
}
