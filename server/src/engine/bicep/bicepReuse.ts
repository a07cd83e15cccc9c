/**
 * Replaying a Bicep resource declaration from the previous analysis (incremental/declarationCache.ts). Unlike an ARM
 * resource, a Bicep resource reads other declarations all the time (`vnet.id`, `parent: pe`, a variable), so what
 * its lowering depended on is recorded as the values of the symbols it read directly, in order, with the parameter
 * defaults behind them. Before a replay the same symbols are read again, in the same order (which lowers them, as a
 * fresh lowering would), and the replay goes ahead only if every value and origin is identical.
 */
import { Unknown, type Value } from '../evaluate/value';
import type { ParameterOrigin } from '../model/model';
import type { ModelBuilder } from '../model/modelBuilder';
import { IGNORE_LOWERING, type LoweringOutcome } from '../incremental/declarationCache';
import { SideEffectWatch } from '../incremental/sideEffectWatch';
import { OwnedCopy } from '../model/relocate';
import type { FunctionDeclaration } from './syntax/ast';
import type { BicepSymbol, FileSymbols, ResourceSymbol } from './bicepSymbols';
import { isRuntimeObject, type BicepEvaluator, type SymbolReadTracker } from './bicepEvaluator';

type Dependency =
  | { readonly kind: 'symbol'; readonly path: readonly string[]; readonly value: Value; readonly origins: readonly ParameterOrigin[] }
  | { readonly kind: 'function'; readonly name: string; readonly text: string }
  | { readonly kind: 'lookup'; readonly name: string; readonly found: BicepSymbol['kind'] | undefined };

/** What a recorded Bicep declaration depended on, and the builtin work its own evaluation did. */
export interface BicepDependencies {
  readonly reads: readonly Dependency[];
  readonly work: number;
  /** The declaration's symbol objects (what reading its name gives), one per instance. */
  readonly values: readonly Value[];
}

/** Records one declaration's lowering: what it read, and whether anything makes it unfit for replay. */
export class BicepDeclarationRecorder implements SymbolReadTracker {
  private readonly reads: Dependency[] = [];
  /**
   * What was already recorded, so a repeated read (`location` in every property of a loop body) is checked once: a
   * read giving the same value and origins as an earlier read of the same symbol adds nothing to check.
   */
  private readonly seen = new Map<string, Dependency>();
  private readonly effects: SideEffectWatch;
  private readonly own = new OwnedCopy();
  private readonly startResources: number;
  private readonly startWork: number;
  private resourcesByReads = 0;
  private workByReads = 0;
  private unfit = false;

  constructor(
    private readonly evaluator: BicepEvaluator,
    private readonly builder: ModelBuilder,
  ) {
    this.effects = new SideEffectWatch(builder);
    this.startResources = builder.resources.length;
    this.startWork = evaluator.workLeft;
  }

  read(symbol: BicepSymbol, resolve: () => Value): Value {
    // Modules and imports read other files: their values are not checked here.
    if (symbol.kind === 'module' || symbol.kind === 'import' || symbol.kind === 'opaque') this.unfit = true;
    const resourcesBefore = this.builder.resources.length;
    const workBefore = this.evaluator.workLeft;
    // What the read lowers on this declaration's behalf (another resource) is that declaration's business.
    const { value, origins } = this.effects.pause(() => this.builder.observe(IGNORE_LOWERING, () => this.evaluator.collect(resolve)));
    const added = this.builder.resources.length - resourcesBefore;
    // A replay reads first and adds after: a read that lowers something after this declaration added resources
    // (an instance of a loop reading a resource the first did not) would come out in another order.
    if (added > 0 && this.builder.resources.length - added - this.startResources - this.resourcesByReads > 0) this.unfit = true;
    this.resourcesByReads += added;
    this.workByReads += workBefore - this.evaluator.workLeft;
    const path = symbolPath(symbol);
    if (!path) this.unfit = true;
    // Copies: origins point into the syntax tree, which the next version's reparse moves in place.
    else this.record(`s:${path.join('::')}`, { kind: 'symbol', path, value, origins: this.own.origins(origins) ?? [] });
    return value;
  }

  functionCalled(name: string, declaration: FunctionDeclaration): void {
    this.record(`f:${name}`, {
      kind: 'function',
      name,
      text: this.evaluator.file.text.slice(declaration.span.start, declaration.span.end),
    });
  }

  lookedUp(name: string, found: BicepSymbol | undefined): void {
    this.record(`l:${name}`, { kind: 'lookup', name, found: found?.kind });
  }

  private record(key: string, dependency: Dependency): void {
    const earlier = this.seen.get(key);
    if (earlier && sameDependency(earlier, dependency)) return;
    this.seen.set(key, dependency);
    this.reads.push(dependency);
  }

  readOutside(): void {
    this.unfit = true;
  }

  /** `values`: the symbol objects the lowering made for the declaration's instances. */
  outcome(values: readonly Value[]): LoweringOutcome<BicepDependencies> {
    const work = this.startWork - this.evaluator.workLeft - this.workByReads;
    return { replayable: !this.unfit && this.effects.clean, dependencies: { reads: this.reads, work, values } };
  }
}

/** Reads the recorded symbols again; true when each gives the identical value and origins, and the work fits. */
export function dependenciesHold(dependencies: BicepDependencies, symbols: FileSymbols, evaluator: BicepEvaluator): boolean {
  for (const read of dependencies.reads) {
    if (read.kind === 'lookup') {
      if (symbols.byName.get(read.name)?.kind !== read.found) return false;
      continue;
    }
    if (read.kind === 'function') {
      const symbol = symbols.byName.get(read.name);
      if (symbol?.kind !== 'func' || evaluator.file.text.slice(symbol.declaration.span.start, symbol.declaration.span.end) !== read.text)
        return false;
      continue;
    }
    const symbol = resolvePath(symbols, read.path);
    if (!symbol) return false;
    const { value, origins } = evaluator.collect(() => evaluator.readSymbol(symbol));
    if (!identicalValues(value, read.value) || !sameOrigins(origins, read.origins)) return false;
  }
  // The builtins' work budget is shared by the file: a replay spends what the evaluation did, or is not made.
  if (evaluator.workLeft < dependencies.work) return false;
  evaluator.spendWork(dependencies.work);
  return true;
}

function sameDependency(a: Dependency, b: Dependency): boolean {
  if (a.kind === 'symbol' && b.kind === 'symbol') return a.value === b.value && sameOrigins(a.origins, b.origins);
  if (a.kind === 'function' && b.kind === 'function') return a.text === b.text;
  if (a.kind === 'lookup' && b.kind === 'lookup') return a.found === b.found;
  return false;
}

/** How to find a symbol again by name: `vnet`, or `vnet`, `subnet` for a nested resource. */
function symbolPath(symbol: BicepSymbol): string[] | undefined {
  if (symbol.kind !== 'resource') return [symbol.name];
  const path: string[] = [];
  for (let s: ResourceSymbol | undefined = symbol; s; s = s.enclosing) path.unshift(s.name);
  return path;
}

function resolvePath(symbols: FileSymbols, path: readonly string[]): BicepSymbol | undefined {
  let symbol = symbols.byName.get(path[0]);
  for (const name of path.slice(1)) symbol = symbol?.kind === 'resource' ? symbol.nested.get(name) : undefined;
  return symbol;
}

function sameOrigins(a: readonly ParameterOrigin[], b: readonly ParameterOrigin[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (o, i) =>
        o.name === b[i].name &&
        o.fromParameterFile === b[i].fromParameterFile &&
        o.loc.file.path === b[i].loc.file.path &&
        o.loc.span.start === b[i].loc.span.start &&
        o.loc.span.end === b[i].loc.span.end &&
        o.passedBy?.call.span.start === b[i].passedBy?.call.span.start &&
        o.passedBy?.call.file.path === b[i].passedBy?.call.file.path,
    )
  );
}

/**
 * Structural identity: the same JSON in the same key order, unknowns with the same key, and the same objects marked
 * as resource or module objects. Shared sub-values (a replayed resource's body) compare by reference first.
 */
export function identicalValues(a: Value, b: Value): boolean {
  if (a === b) return true;
  if (a instanceof Unknown || b instanceof Unknown) return a instanceof Unknown && b instanceof Unknown && a.key === b.key;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => identicalValues(item, b[i]));
  }
  if (isRuntimeObject(a) !== isRuntimeObject(b)) return false;
  const keys = Object.keys(a);
  const otherKeys = Object.keys(b);
  return keys.length === otherKeys.length && keys.every((key, i) => key === otherKeys[i] && identicalValues(a[key], b[key]));
}
