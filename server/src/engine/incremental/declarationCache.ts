/**
 * Lowered declarations kept from one analysis of a document to the next. Lowering (evaluating every expression of
 * every resource) is most of an analysis; a keystroke changes one declaration. A declaration whose text and
 * environment (the parameters, variables and functions it can see; the parameter file) are unchanged lowers to the
 * same resources, so the next analysis replays what it added to the model, with its locations moved, instead of
 * evaluating it again.
 *
 * A record keeps its own copy of what the lowering added (model/relocate.ts, `OwnedCopy`): nothing shared with the
 * syntax tree, which the next version's reparse moves in place, nor with the model, whose deployment reaches every
 * resource of its analysis. A replay moves the record to the current file version in place and hands its pieces to
 * the model as they are.
 *
 * Replaying must give exactly what lowering would. A lowering is recorded only when it depended on nothing but its
 * text and environment: the front end says whether it read other resources (`reference()`, a Bicep symbol), and
 * anything with a side effect beyond adding resources disqualifies it (a diagnostic, an anonymous unknown). Nested
 * deployments it created (ARM, inline templates in the same file) are created again, in the same order, with their
 * parameters and outputs, where the model has handed out as many keys as when it was lowered (deployment keys are
 * part of the unknowns lowered in them). Loop iterations it took from the analysis' budget are taken again, or it is
 * lowered afresh.
 */
import type { Deployment, Parameter, ParameterOrigin, Resource, ResourceScope } from '../model/model';
import type { KnownId, LoweringObserver, ModelBuilder, NewResourceInput } from '../model/modelBuilder';
import { InPlaceRelocation, OwnedCopy, type MovableLocation, type MovableOrigin, type MovableValueNode } from '../model/relocate';
import type { SourceFile } from '../model/sourceFile';
import type { Span } from '../text/span';

/**
 * A resource's input without its links into the model it was lowered into (deployment, parent, inline owner): those
 * reach every resource of that analysis, and a record outlives its analysis, so keeping them would keep whole old
 * models alive (and, for the declaration being typed in, make every keystroke promote one to V8's old generation).
 */
type DetachedInput = Omit<NewResourceInput, 'deployment' | 'parent' | 'inlineIn' | 'declaration' | 'anchor' | 'body' | 'loop'> & {
  /** Its own locations and value nodes, moved in place at each replay (model/relocate.ts). */
  readonly declaration: MovableLocation;
  readonly anchor: MovableLocation;
  readonly body: MovableValueNode;
  readonly loop?: Omit<NonNullable<NewResourceInput['loop']>, 'countDefaults'> & { readonly countDefaults?: readonly MovableOrigin[] };
};

/**
 * The record's own copy of an input. Every field written out, in one order, here and in `replay`: records and
 * replayed inputs keep one object shape each, which V8 reads fast (spreading records of assorted shapes cost about
 * 4 ms per keystroke on the generated 10k-line Bicep template). `satisfies` makes a field added to resources fail to
 * compile until it is carried here too.
 */
function detach(input: NewResourceInput, own: OwnedCopy): DetachedInput {
  return {
    type: input.type,
    apiVersion: input.apiVersion,
    name: input.name,
    symbolicName: input.symbolicName,
    declaration: own.location(input.declaration),
    anchor: own.location(input.anchor),
    body: own.valueNode(input.body),
    condition: input.condition,
    existing: input.existing,
    loop: input.loop && { ...input.loop, countDefaults: own.origins(input.loop.countDefaults) },
    scope: input.scope,
  } satisfies { [K in keyof Required<DetachedInput>]: DetachedInput[K] };
}

interface RecordedResource {
  readonly input: DetachedInput;
  /** Index of its deployment among the recorded deployments, or -1 for the site's deployment. */
  readonly deploymentIndex: number;
  /** Its id and its inline sub-resources' ids, as first computed. */
  readonly ids: readonly KnownId[];
  /** Index of its parent among the recorded resources, or -1 when the parent is not one of them. */
  readonly parentIndex: number;
  /** A parent declared elsewhere (Bicep `parent: vnet`), by the key the site finds it again with. */
  readonly externalParent?: string;
}

/** A deployment the lowering created, as it was once the lowering ended (parameters and outputs complete). */
interface RecordedDeployment {
  /** How many recorded resources were added before it: it is created again just before the next one. */
  readonly after: number;
  /** Index of its parent among the recorded deployments, or -1 for the site's deployment. */
  readonly parentIndex: number;
  /** Index of the resource that declares it (its `declaration`, and the id key it is registered under). */
  readonly resourceIndex: number;
  readonly scope: ResourceScope | undefined;
  readonly parameters: readonly (readonly [string, Parameter & { readonly declaration: MovableLocation }])[];
  readonly outputs: readonly (readonly [string, MovableValueNode])[];
}

interface LoweredDeclaration {
  /**
   * The file version it was lowered from: its values hold slices of that version's text, which stays in memory as
   * long as the record does (see MAX_RETAINED_VERSIONS_SIZE).
   */
  readonly loweredFrom: SourceFile;
  /**
   * The file version its locations point into (where it was lowered, or last replayed into), and the declaration's
   * span there. A replay moves the record to the current version in place (its pieces go into the model as they are).
   */
  file: SourceFile;
  span: Span;
  readonly resources: readonly RecordedResource[];
  readonly deployments: readonly RecordedDeployment[];
  /** `ModelBuilder.keysMade` when it was lowered, for a declaration that created deployments. */
  readonly keysAtStart: number | undefined;
  readonly loopIterations: number;
  /** The origins of each condition it found false from parameter defaults (model/deployTimeChoices.ts), noted again. */
  readonly falseConditions: readonly (readonly MovableOrigin[])[];
  /** What the front end checks before a replay (the values of the symbols a Bicep resource read). */
  readonly dependencies?: unknown;
}

/** Where the current analysis lowers a declaration. */
export interface LoweringSite {
  readonly builder: ModelBuilder;
  readonly file: SourceFile;
  readonly deployment: Deployment;
  /** A key for a parent declared elsewhere, and the resource with that key now; without them such resources are not replayed. */
  parentKey?(parent: Resource): string | undefined;
  parentByKey?(key: string): Resource | undefined;
}

/** Past this many declarations a document's cache stops growing (the rest are lowered every time). */
const MAX_DECLARATIONS = 50_000;

/**
 * Values lowered from a file version hold slices of its text, so every version an entry was lowered from stays in
 * memory. Versions are dropped (their declarations lowered again) once they add up to more than this many times the
 * current text.
 */
const MAX_RETAINED_VERSIONS_SIZE = 4;

/** What the last analysis did with the cache (for tests and the bench). */
export interface DeclarationCacheStats {
  /** Declarations replayed from the previous analysis. */
  readonly replayed: number;
  /** Declarations lowered (and recorded when they could be). */
  readonly lowered: number;
  /** Characters of the file versions the cache keeps alive. */
  readonly retainedText: number;
}

export class DeclarationCache {
  private environment: string | undefined;
  private previous = new DeclarationTable();
  private current = new DeclarationTable();
  private replayed = 0;
  private lowered = 0;

  /**
   * Starts an analysis. What the previous analysis lowered or replayed stays available only if the environment is
   * the same; what this one does not reuse is dropped at the next start. Entries may come from older versions of the
   * text (a declaration replayed many times keeps the version it was lowered from), within the retention limit.
   */
  begin(environment: string, currentText: string): void {
    this.previous = environment === this.environment ? withinRetentionLimit(this.current, currentText.length) : new DeclarationTable();
    this.current = new DeclarationTable();
    this.environment = environment;
    this.replayed = 0;
    this.lowered = 0;
  }

  /** Drops everything: the analysis in progress is redone without replays (see buildModel.ts). */
  forget(): void {
    this.previous = new DeclarationTable();
    this.current = new DeclarationTable();
  }

  get stats(): DeclarationCacheStats {
    const versions = new Set<SourceFile>();
    for (const entry of this.current.values()) versions.add(entry.loweredFrom);
    let retainedText = 0;
    for (const file of versions) retainedText += file.text.length;
    return { replayed: this.replayed, lowered: this.lowered, retainedText };
  }

  /**
   * Lowers one declaration, or replays it. The declaration's text (at `span`, where it is now in `site.file`) and
   * `name` (what else names it: a symbol, the choices it assumes) must determine the lowering together with the
   * environment and, when given, the `dependencies` the lowering reports (checked by `stillValid` before a replay).
   * `lower` does the work and says whether it may be replayed.
   */
  lower<D>(
    name: string,
    span: Span,
    site: LoweringSite,
    lower: () => LoweringOutcome<D>,
    stillValid?: (dependencies: D) => boolean,
  ): readonly Resource[] {
    const text = site.file.text.slice(span.start, span.end);
    const key = entryKey(name, text);
    const found = this.previous.take(key, text);
    if (found) {
      const replayed = (!stillValid || stillValid(found.dependencies as D)) && replay(found, span, site);
      if (replayed) {
        this.current.add(key, found);
        this.replayed++;
        return replayed;
      }
    }
    this.lowered++;
    const recorded: Resource[] = [];
    const inputs: RecordedResource[] = [];
    const created: Deployment[] = [];
    const createdAfter: number[] = [];
    const keysAtStart = site.builder.keysMade;
    const falseConditions: (readonly ParameterOrigin[])[] = [];
    let loopIterations = 0;
    let external = false;
    // The record's pieces are copies of its own (see OwnedCopy), made only for declarations recorded.
    let own: OwnedCopy | undefined;
    const outcome = site.builder.observe(
      {
        resourceAdded(input, resource, inline) {
          const ids = [resource, ...inline].map(({ id, idKey }) => ({ id, idKey }));
          const parentIndex = input.parent ? recorded.indexOf(input.parent) : -1;
          const externalParent = input.parent && parentIndex < 0 ? site.parentKey?.(input.parent) : undefined;
          if (input.parent && parentIndex < 0 && externalParent === undefined) external = true;
          const deploymentIndex = input.deployment === site.deployment ? -1 : created.indexOf(input.deployment);
          if (input.deployment !== site.deployment && deploymentIndex < 0) external = true;
          own ??= new OwnedCopy();
          inputs.push({ input: detach(input, own), deploymentIndex, ids, parentIndex, externalParent });
          recorded.push(resource);
        },
        loopIterationsTaken(count) {
          loopIterations += count;
        },
        deploymentCreated(deployment) {
          created.push(deployment);
          createdAfter.push(recorded.length);
        },
        falseConditionNoted(origins) {
          falseConditions.push(origins);
        },
      },
      lower,
    );
    const deployments =
      outcome.replayable && !external ? recordDeployments(created, createdAfter, recorded, site, (own ??= new OwnedCopy())) : undefined;
    if (outcome.replayable && !external && deployments && this.current.size < MAX_DECLARATIONS) {
      const ownSpan = { start: span.start, end: span.end };
      this.current.add(key, {
        loweredFrom: site.file,
        file: site.file,
        span: ownSpan,
        resources: inputs,
        deployments,
        keysAtStart: deployments.length > 0 ? keysAtStart : undefined,
        loopIterations,
        falseConditions: falseConditions.map((origins) => own!.origins(origins)!),
        dependencies: outcome.dependencies,
      });
    }
    return recorded;
  }
}

/** What lowering a declaration reports: whether it may be replayed, and what to check before it is. */
export interface LoweringOutcome<D> {
  readonly replayable: boolean;
  readonly dependencies?: D;
}

/**
 * The deployments a lowering created, as records; undefined when one cannot be created again from its record alone
 * (in another file, with parameter files, or not declared by a recorded resource).
 */
function recordDeployments(
  created: readonly Deployment[],
  createdAfter: readonly number[],
  recorded: readonly Resource[],
  site: LoweringSite,
  own: OwnedCopy,
): RecordedDeployment[] | undefined {
  const records: RecordedDeployment[] = [];
  for (const [i, deployment] of created.entries()) {
    const parentIndex = deployment.parent === site.deployment ? -1 : created.indexOf(deployment.parent!);
    const resourceIndex = recorded.findIndex((r) => r.declaration === deployment.declaration);
    if (deployment.file !== site.file || deployment.parameterFiles || (parentIndex < 0 && deployment.parent !== site.deployment))
      return undefined;
    if (resourceIndex < 0 || resourceIndex >= createdAfter[i]) return undefined;
    // ARM parameters carry no default value node (defaults are evaluated where they are read): nothing else to copy.
    for (const parameter of deployment.parameters.values()) if (parameter.defaultValue !== undefined) return undefined;
    records.push({
      after: createdAfter[i],
      parentIndex,
      resourceIndex,
      scope: deployment.scope,
      parameters: [...deployment.parameters].map(
        ([key, p]) => [key, { name: p.name, declaration: own.location(p.declaration), type: p.type }] as const,
      ),
      outputs: [...deployment.outputs].map(([key, node]) => [key, own.valueNode(node)] as const),
    });
  }
  return records;
}

/**
 * Declarations by their name, length, start and end (see entryKey), each compared by its whole text when taken. A key
 * made of the whole text would be copied and hashed in full for every declaration of every analysis (megabytes on a
 * large template); declarations that differ only inside (`st1`, `st2` …) share a key, and a comparison of two
 * different texts stops at the first difference.
 */
class DeclarationTable {
  private readonly byKey = new Map<string, LoweredDeclaration[]>();
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Removes and returns the declaration under `key` whose text (where it is now) is `text`. */
  take(key: string, text: string): LoweredDeclaration | undefined {
    const entries = this.byKey.get(key);
    const index = entries?.findIndex((e) => e.file.text.slice(e.span.start, e.span.end) === text) ?? -1;
    if (index < 0) return undefined;
    const [found] = entries!.splice(index, 1);
    if (entries!.length === 0) this.byKey.delete(key);
    this.count--;
    return found;
  }

  add(key: string, entry: LoweredDeclaration): void {
    const entries = this.byKey.get(key);
    if (entries) entries.push(entry);
    else this.byKey.set(key, [entry]);
    this.count++;
  }

  *values(): IterableIterator<LoweredDeclaration> {
    for (const entries of this.byKey.values()) yield* entries;
  }

  /** Drops the declarations `drop` selects. */
  dropWhere(drop: (entry: LoweredDeclaration) => boolean): void {
    for (const [key, entries] of this.byKey) {
      const kept = entries.filter((e) => !drop(e));
      this.count -= entries.length - kept.length;
      if (kept.length === 0) this.byKey.delete(key);
      else this.byKey.set(key, kept);
    }
  }
}

/** The key of a declaration in a {@link DeclarationTable}: what names it besides its text, its length, start and end. */
function entryKey(name: string, text: string): string {
  return `${name}\u0000${text.length}\u0000${text.slice(0, KEY_ENDS)}\u0000${text.slice(-KEY_ENDS)}`;
}

/** How many characters of each end of a declaration's text its map key holds. */
const KEY_ENDS = 48;

/** Drops the declarations of the versions with the fewest of them until the versions kept are small enough. */
function withinRetentionLimit(entries: DeclarationTable, currentLength: number): DeclarationTable {
  const byVersion = new Map<SourceFile, number>();
  for (const entry of entries.values()) byVersion.set(entry.loweredFrom, (byVersion.get(entry.loweredFrom) ?? 0) + 1);
  let retained = 0;
  for (const file of byVersion.keys()) retained += file.text.length;
  const limit = MAX_RETAINED_VERSIONS_SIZE * Math.max(currentLength, 1);
  if (retained <= limit) return entries;
  const dropped = new Set<SourceFile>();
  for (const [file] of [...byVersion].sort((a, b) => a[1] - b[1])) {
    if (retained <= limit) break;
    dropped.add(file);
    retained -= file.text.length;
  }
  entries.dropWhere((entry) => dropped.has(entry.loweredFrom));
  return entries;
}

/**
 * Adds the recorded resources again, moved to `span` in the current file; undefined (having done nothing) when a
 * parent declared elsewhere is gone or the loop budget is short.
 */
function replay(lowered: LoweredDeclaration, span: Span, site: LoweringSite): Resource[] | undefined {
  const { builder } = site;
  if (lowered.keysAtStart !== undefined && builder.keysMade !== lowered.keysAtStart) return undefined;
  const parents: (Resource | undefined)[] = [];
  for (const { externalParent } of lowered.resources) {
    const parent = externalParent === undefined ? undefined : site.parentByKey?.(externalParent);
    if (externalParent !== undefined && !parent) return undefined;
    parents.push(parent);
  }
  // A declaration being recorded around this one (Bicep lowers what a resource reads on demand) must not see this.
  return builder.observe(IGNORE_LOWERING, () => {
    if (lowered.loopIterations > 0 && !builder.takeLoopIterations(lowered.loopIterations)) return undefined;
    // Nothing can fail from here: the record moves to the current version in place, and its pieces go into the model.
    // The analysis has a handful of files: found by a scan, not a map built for every replay.
    const currentFile = (path: string): SourceFile | undefined => builder.files.find((f) => f.path === path);
    const move = new InPlaceRelocation(lowered.file, site.file, lowered.span, span.start - lowered.span.start, currentFile);
    for (const { input } of lowered.resources) {
      move.location(input.declaration);
      move.location(input.anchor);
      move.valueNode(input.body);
      move.origins(input.loop?.countDefaults);
    }
    for (const deployment of lowered.deployments) {
      for (const [, parameter] of deployment.parameters) move.location(parameter.declaration);
      for (const [, node] of deployment.outputs) move.valueNode(node);
    }
    for (const origins of lowered.falseConditions) move.origins(origins);
    lowered.file = site.file;
    lowered.span = { start: span.start, end: span.end };
    const added: Resource[] = [];
    const deployments: Deployment[] = [];
    let nextDeployment = 0;
    // Deployments are created where the lowering created them (keys are handed out in the same order) and registered
    // under their resource's id key, as lowerArmTemplate.ts does right after creating one.
    const createDeploymentsUpTo = (count: number): void => {
      for (; nextDeployment < lowered.deployments.length && lowered.deployments[nextDeployment].after <= count; nextDeployment++) {
        const recorded = lowered.deployments[nextDeployment];
        const declaredBy = added[recorded.resourceIndex];
        const deployment = builder.createDeployment({
          file: site.file,
          scope: recorded.scope,
          parent: recorded.parentIndex >= 0 ? deployments[recorded.parentIndex] : site.deployment,
          declaration: declaredBy.declaration,
          parameters: new Map(recorded.parameters),
        });
        builder.registerDeploymentResource(declaredBy.idKey, deployment);
        deployments.push(deployment);
      }
    };
    lowered.resources.forEach(({ input, ids, parentIndex, deploymentIndex }, i) => {
      createDeploymentsUpTo(i);
      const replayed = {
        type: input.type,
        apiVersion: input.apiVersion,
        name: input.name,
        symbolicName: input.symbolicName,
        deployment: deploymentIndex >= 0 ? deployments[deploymentIndex] : site.deployment,
        declaration: input.declaration,
        anchor: input.anchor,
        body: input.body,
        condition: input.condition,
        existing: input.existing,
        parent: parentIndex >= 0 ? added[parentIndex] : parents[i],
        loop: input.loop,
        inlineIn: undefined,
        scope: input.scope,
      } satisfies { [K in keyof Required<NewResourceInput>]: NewResourceInput[K] };
      added.push(builder.addResource(replayed, ids));
    });
    createDeploymentsUpTo(lowered.resources.length);
    // Choices are a set read once the lowering is over (buildModel.ts): when they are noted does not matter.
    for (const origins of lowered.falseConditions) builder.noteFalseCondition(origins);
    lowered.deployments.forEach((recorded, i) => {
      for (const [key, node] of recorded.outputs) deployments[i].outputs.set(key, node);
    });
    return added;
  });
}

/** An observer that sees nothing: for work done on another declaration's behalf. */
export const IGNORE_LOWERING: LoweringObserver = {
  resourceAdded() {},
  loopIterationsTaken() {},
  deploymentCreated() {},
  falseConditionNoted() {},
};
