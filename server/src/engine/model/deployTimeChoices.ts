/**
 * Parameters whose default makes a resource's condition false. Rules treat such a condition as unknown (the
 * parameter file or the caller usually sets the parameter, see ARCHITECTURE.md "prove it or stay silent"), so the
 * resource may exist. In the deployments where it does exist the parameter has another value, and every other value
 * computed from its default is unknown there too. Reading the parameter as unknown everywhere keeps a finding from
 * pairing the resource's existence with a value that holds only when it does not exist (issue: a private endpoint
 * deployed `if (deployPe)` next to `publicNetworkAccess: deployPe ? 'Disabled' : 'Enabled'`).
 *
 * The choices are found while lowering; `buildModel` lowers again, with them assumed, until no new one appears.
 * A choice is named by where its default is written (file and offset), which is stable within one analysis.
 */
import { isDefaultOrigin, type Deployment, type DeploymentModel, type Location, type ParameterOrigin, type ValueNode } from './model';
import type { Span } from '../text/span';

export class DeployTimeChoices {
  private readonly found = new Set<string>();
  private noted = 0;

  constructor(private readonly assumed: ReadonlySet<string> = new Set()) {}

  /** True when the default written at `loc` decides a condition: the parameter's value is a deploy-time choice. */
  isAssumed(loc: Location): boolean {
    return this.assumed.size > 0 && this.assumed.has(keyOf(loc));
  }

  /** A condition evaluated to false from these origins: the defaults among them become choices. */
  noteFalseCondition(origins: readonly ParameterOrigin[]): void {
    for (const origin of origins) {
      if (!isDefaultOrigin(origin)) continue;
      const key = keyOf(origin.loc);
      if (!this.assumed.has(key)) this.found.add(key);
    }
    this.noted++;
  }

  /** How many times a choice was found; a declaration whose lowering found one is not replayed (sideEffectWatch.ts). */
  get foundCount(): number {
    return this.noted;
  }

  /**
   * True when a value of the model (a resource's body, a loop count, an output) was computed from a choice this
   * lowering found. Only then can reading the choice as unknown change a finding: a parameter read by conditions
   * alone changes nothing but the conditions, which are unknown already. Reading the model instead of watching
   * evaluation also counts values replayed from the declaration cache, which carry their origins.
   */
  usedBeyondConditions(model: DeploymentModel): boolean {
    if (this.found.size === 0) return false;
    const isFound = (origins: readonly ParameterOrigin[] | undefined): boolean =>
      origins !== undefined && origins.some((o) => isDefaultOrigin(o) && this.found.has(keyOf(o.loc)));
    const stack: ValueNode[] = [];
    for (const resource of model.resources) {
      if (isFound(resource.loop?.countDefaults)) return true;
      stack.push(resource.body);
    }
    const deployments: Deployment[] = [model.root];
    while (deployments.length > 0) {
      const deployment = deployments.pop() as Deployment;
      stack.push(...deployment.outputs.values());
      deployments.push(...deployment.children);
    }
    while (stack.length > 0) {
      const node = stack.pop() as ValueNode;
      if (isFound(node.parameterDefaults)) return true;
      for (const member of node.members ?? []) stack.push(member.node);
      for (const item of node.items ?? []) stack.push(item);
    }
    return false;
  }

  /**
   * The choices assumed in `path` inside `span`, by their distance from its start, for the key of a declaration
   * lowered there (incremental/declarationCache.ts): written inside a declaration, they move with it.
   */
  assumedWithin(path: string, span: Span): string {
    if (this.assumed.size === 0) return '';
    const within: number[] = [];
    for (const choice of this.assumed) {
      const at = offsetIn(choice, path);
      if (at !== undefined && at >= span.start && at < span.end) within.push(at - span.start);
    }
    return within.sort((a, b) => a - b).join(',');
  }

  /**
   * Every choice assumed but those in `path` inside one of `spans` (see {@link assumedWithin}), for the environment
   * of a declaration cache: what each declaration lowered in `spans` may read besides its own.
   */
  assumedOutside(path: string, spans: readonly Span[]): string {
    if (this.assumed.size === 0) return '';
    const outside: string[] = [];
    for (const choice of this.assumed) {
      const at = offsetIn(choice, path);
      if (at === undefined || !spans.some((span) => at >= span.start && at < span.end)) outside.push(choice);
    }
    return outside.sort().join('\u0001');
  }

  /** What the next lowering assumes. */
  next(): ReadonlySet<string> {
    return new Set([...this.assumed, ...this.found]);
  }
}

function keyOf(loc: Location): string {
  return `${loc.file.path}\u0000${loc.span.start}`;
}

/** The offset of the choice named `key` (see keyOf) when it is written in `path`. */
function offsetIn(key: string, path: string): number | undefined {
  return key.length > path.length && key.startsWith(path) && key.charCodeAt(path.length) === 0
    ? Number(key.slice(path.length + 1))
    : undefined;
}
