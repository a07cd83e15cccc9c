/**
 * Evaluates Bicep expressions in one file's scope to three-valued Values, and builds ValueNodes (with member and
 * item spans) for object and array literals. Functions go through the shared builtin library; symbols (parameters,
 * variables, resources, modules) through the lowering that owns them.
 */
import { Unknown, Value, getMember, isObjectValue, isUnknown, normaliseString, toStringPart, ObjectValue } from '../evaluate/value';
import { callBuiltin, callKey, createBuiltinContext, BuiltinContext, MAX_ARRAY_ITEMS, MAX_STRING_LENGTH } from '../evaluate/functions';
import type { MemberNode, ParameterOrigin, ResourceScope, ValueNode } from '../model/model';
import type { Span } from '../text/span';
import type { SourceFile } from '../model/sourceFile';
import type { AnalysisContext } from '../analysisContext';
import { OriginCollector } from '../model/originCollector';
import type { Expression, ForExpression, FunctionDeclaration, LambdaExpression, ObjectExpression, ArrayExpression } from './syntax/ast';
import type { BicepSymbol, FileSymbols, ResourceSymbol } from './bicepSymbols';
import { binaryOperation, negate, notOperation, ternary } from './bicepOperators';

/** Loops over more items than this are not expanded (ARM's own limit is 800). */
export const MAX_LOOP_ITEMS = 800;

export type BicepEnv = ReadonlyMap<string, Value>;
export const EMPTY_ENV: ReadonlyMap<string, Value> = new Map();

/** What the evaluator asks of the lowering: symbol values it owns. */
export interface BicepSymbolHost {
  parameter(name: string): Value;
  resource(symbol: ResourceSymbol): Value;
  module(name: string): Value;
  /** Text of a file relative to the Bicep file (`loadTextContent`, called at `span`), or undefined. */
  loadText(relativePath: string, span: Span): string | undefined;
  /**
   * A compile-time import: the exported variable `name` of the Bicep file at `source`, or (name undefined) an object
   * of all its variables for `import * as ns`. Unknown when it cannot be read.
   */
  imported(source: string, name: string | undefined): Value;
  /**
   * Takes `count` iterations (loop items, lambda calls) from the analysis' loop budget; false leaves the loop
   * unexpanded. Nested loops and loops in looped modules multiply, so the budget is shared by the whole model.
   */
  takeIterations?(count: number): boolean;
}

/**
 * Sees what one declaration's evaluation reads besides its own text (incremental/declarationCache.ts): the symbols it
 * reads directly (their values, not how they were computed), the functions it calls, anything outside the file.
 */
export interface SymbolReadTracker {
  /** Wraps a direct read of `symbol`; `resolve` computes its value. */
  read(symbol: BicepSymbol, resolve: () => Value): Value;
  functionCalled(name: string, declaration: FunctionDeclaration): void;
  /** A name was looked up among the file's symbols: what it named, or nothing (a later edit may declare it). */
  lookedUp(name: string, found: BicepSymbol | undefined): void;
  /** A file was read (`loadTextContent`): the declaration depends on more than the file's symbols. */
  readOutside(): void;
}

export class BicepEvaluator {
  private tracking: { readonly tracker: SymbolReadTracker; readonly depth: number } | undefined;
  private readonly variableCache = new Map<string, { value: Value; origins: ParameterOrigin[] }>();
  private readonly inProgress = new Set<string>();
  /** The parameter defaults being evaluated, innermost last, with the deploy-time values each made so far. */
  private readonly defaultsEvaluated: { readonly key: string; made: number }[] = [];
  private readonly origins = new OriginCollector();
  private readonly builtins: BuiltinContext;
  private functionDepth = 0;
  private symbolDepth = 0;
  /**
   * Parameter defaults behind loop variables, per environment: `e.enabled` in `[for e in endpoints: if (e.enabled)…]`
   * depends on `endpoints`' default as much as ARM's `parameters('endpoints')[copyIndex()].enabled` does.
   */
  private readonly loopOrigins = new WeakMap<BicepEnv, ReadonlyMap<string, readonly ParameterOrigin[]>>();

  constructor(
    readonly analysis: AnalysisContext,
    readonly file: SourceFile,
    readonly symbols: FileSymbols,
    private readonly host: BicepSymbolHost,
    /** A module deployed to another resource group sees that group in `resourceGroup()` and `resourceId()`. */
    scope?: ResourceScope,
  ) {
    this.builtins = createBuiltinContext(
      analysis,
      scope ? { subscriptionId: scope.subscriptionId, resourceGroupName: scope.resourceGroupName } : undefined,
    );
  }

  /** The canonical text of an expression: its source with whitespace removed. */
  keyOf(expr: { span: { start: number; end: number } }): string {
    return this.file.text.slice(expr.span.start, expr.span.end).replace(/\s+/g, '');
  }

  collect<T>(action: () => T): { value: T; origins: ParameterOrigin[] } {
    return this.origins.collect(action);
  }

  record(origin: ParameterOrigin): void {
    this.origins.record(origin);
  }

  /** Runs `action` without its parameter origins reaching the evaluation that caused it (see OriginCollector). */
  isolated<T>(action: () => T): T {
    return this.origins.isolated(action);
  }

  /** True once a builtin was refused work because this file's budget ran out (results after it are unknown). */
  get workExhausted(): boolean {
    return this.builtins.exhausted === true;
  }

  /** Runs `action` with `tracker` seeing the symbols it reads directly (reads made by those reads are theirs). */
  track<T>(tracker: SymbolReadTracker, action: () => T): T {
    const outer = this.tracking;
    this.tracking = { tracker, depth: this.symbolDepth };
    try {
      return action();
    } finally {
      this.tracking = outer;
    }
  }

  /** A symbol's value, read as an expression naming it would (for checking a replayed declaration's reads). */
  readSymbol(symbol: BicepSymbol): Value {
    return this.symbolValue(symbol);
  }

  /** Work units left to the builtins of this file (shared by all its evaluations), and spending them. */
  get workLeft(): number {
    return this.builtins.budget;
  }

  spendWork(units: number): void {
    this.builtins.budget -= units;
  }

  /** A ValueNode: literal objects and arrays keep their members' and items' locations. */
  node(expr: Expression, env: BicepEnv): ValueNode {
    const loc = { file: this.file, span: expr.span };
    if (expr.kind === 'object') return this.objectNode(expr, env);
    if (expr.kind === 'array') return this.arrayNode(expr, env);
    if (expr.kind === 'parenthesized') return this.node(expr.expression, env);
    // `any(x)` only relaxes type checking: its argument keeps its own member spans and the parameters each member rests on.
    if (expr.kind === 'call' && expr.args.length === 1 && this.isAnyCall(expr.target, expr.name.name)) return this.node(expr.args[0], env);
    if (expr.kind === 'for') {
      // The number of items follows from the iterated array, which may come from a parameter default.
      const { value: items, origins } = this.collect(() => this.forItems(expr, env));
      if (!items) return { loc, value: new Unknown(this.keyOf(expr)) };
      return origins.length > 0
        ? { loc, value: items.map((i) => i.value), items, parameterDefaults: origins }
        : { loc, value: items.map((i) => i.value), items };
    }
    const { value, origins } = this.collect(() => this.value(expr, env));
    return origins.length > 0 ? { loc, value, parameterDefaults: origins } : { loc, value };
  }

  private objectNode(expr: ObjectExpression, env: BicepEnv): ValueNode {
    const loc = { file: this.file, span: expr.span };
    const members: MemberNode[] = [];
    const value: ObjectValue = {};
    let spreadUnknown = false;
    for (const member of expr.members) {
      if (member.kind === 'resource') continue;
      if (member.kind === 'spread') {
        const spread = this.value(member.expression, env);
        if (isObjectValue(spread)) Object.assign(value, spread);
        else spreadUnknown = true;
        continue;
      }
      const key = member.key.kind === 'identifier' ? member.key.name : member.key.value;
      if (key === undefined) {
        spreadUnknown = true;
        continue;
      }
      const child = this.node(member.value, env);
      members.push({ key, keyLoc: { file: this.file, span: member.key.span }, node: child });
      value[key] = child.value;
    }
    // An unknown spread may override any member: then nothing written here is certain.
    if (spreadUnknown) return { loc, value: new Unknown(this.keyOf(expr)) };
    return { loc, value, members };
  }

  private arrayNode(expr: ArrayExpression, env: BicepEnv): ValueNode {
    const loc = { file: this.file, span: expr.span };
    const items: ValueNode[] = [];
    for (const item of expr.items) {
      if (item.kind === 'spread') return { loc, value: this.value(expr, env) };
      items.push(this.node(item, env));
    }
    return { loc, value: items.map((i) => i.value), items };
  }

  /** Items of a `[for …]` over a known array (filtered by its `if`), or undefined when the array is unknown. */
  forItems(expr: ForExpression, env: BicepEnv): ValueNode[] | undefined {
    const iterations = this.iterations(expr, env);
    if (!iterations) return undefined;
    const items: ValueNode[] = [];
    for (const inner of iterations) {
      if (expr.body.kind === 'if') {
        const condition = this.value(expr.body.condition, inner);
        if (condition === false) continue;
        if (condition !== true) return undefined;
        items.push(this.node(expr.body.body, inner));
      } else {
        items.push(this.node(expr.body, inner));
      }
    }
    return items;
  }

  /** The environments of a loop's iterations, or undefined when the iterated array is unknown or too long. */
  iterations(expr: ForExpression, env: BicepEnv): BicepEnv[] | undefined {
    const { value: iterable, origins } = this.collect(() => this.value(expr.iterable, env));
    if (!Array.isArray(iterable) || iterable.length > MAX_LOOP_ITEMS || this.host.takeIterations?.(iterable.length) === false)
      return undefined;
    return iterable.map((item, index) => {
      const bindings: [string, Value][] = [[expr.item.name, item]];
      if (expr.index) bindings.push([expr.index.name, index]);
      // The item comes from the array (and its defaults); the index is a position, like ARM's copyIndex().
      return this.extend(env, bindings, new Map([[expr.item.name, origins]]));
    });
  }

  /** A copy of `env` with more variables; the parameter defaults behind the outer ones stay attached. */
  private extend(env: BicepEnv, bindings: readonly [string, Value][], origins?: ReadonlyMap<string, readonly ParameterOrigin[]>): BicepEnv {
    const inner = new Map(env);
    const innerOrigins = new Map(this.loopOrigins.get(env));
    for (const [name, value] of bindings) {
      inner.set(name, value);
      const own = origins?.get(name);
      if (own && own.length > 0) innerOrigins.set(name, own);
      else innerOrigins.delete(name);
    }
    if (innerOrigins.size > 0) this.loopOrigins.set(inner, innerOrigins);
    return inner;
  }

  value(expr: Expression, env: BicepEnv): Value {
    switch (expr.kind) {
      case 'string':
        return this.stringValue(expr, env);
      case 'number':
      case 'boolean':
        return expr.value;
      case 'null':
        return null;
      case 'identifier':
        return this.identifier(expr.name, env);
      case 'object':
        return this.objectNode(expr, env).value;
      case 'array': {
        const values: Value[] = [];
        for (const item of expr.items) {
          if (item.kind !== 'spread') {
            values.push(this.value(item, env));
            continue;
          }
          const spread = this.value(item.expression, env);
          // Spreads copy: `[...a, ...a]` doubles, so the builtins' array cap applies (and push(...) has an argument limit).
          if (!Array.isArray(spread) || values.length + spread.length > MAX_ARRAY_ITEMS) return new Unknown(this.keyOf(expr));
          for (const spreadItem of spread) values.push(spreadItem);
        }
        return values;
      }
      case 'member': {
        const base = this.value(expr.base, env);
        return this.memberOf(base, expr.name.name, expr.safe, expr);
      }
      case 'index': {
        const base = this.value(expr.base, env);
        const index = this.value(expr.index, env);
        if (expr.fromEnd) {
          // `items[^1]` is the last item; anything but a number on an array is left to Bicep to reject.
          if (!Array.isArray(base) || typeof index !== 'number') return new Unknown(this.keyOf(expr));
          if (index >= 1 && index <= base.length) return base[base.length - index];
          return expr.safe ? null : new Unknown(this.keyOf(expr));
        }
        if (Array.isArray(base) && typeof index === 'number') {
          if (index >= 0 && index < base.length) return base[index];
          return expr.safe ? null : new Unknown(this.keyOf(expr));
        }
        if (typeof index === 'string' && !isUnknown(base)) return this.memberOf(base, index, expr.safe, expr);
        return new Unknown(this.keyOf(expr));
      }
      case 'resourceAccess': {
        const nested = this.nestedSymbol(expr.base, expr.name.name);
        return nested ? this.symbolValue(nested) : new Unknown(this.keyOf(expr));
      }
      case 'call':
        return this.call(expr.target, expr.name.name, expr.args, env, expr);
      case 'unary':
        return expr.operator === '!'
          ? notOperation(this.analysis, this.value(expr.operand, env))
          : negate(this.analysis, this.value(expr.operand, env));
      case 'nonNull':
        return this.value(expr.base, env);
      case 'binary':
        return binaryOperation(this.analysis, expr.operator, this.value(expr.left, env), () => this.value(expr.right, env));
      case 'ternary':
        return ternary(
          this.analysis,
          this.value(expr.condition, env),
          () => this.value(expr.whenTrue, env),
          () => this.value(expr.whenFalse, env),
        );
      case 'parenthesized':
        return this.value(expr.expression, env);
      case 'for': {
        const items = this.forItems(expr, env);
        return items ? items.map((i) => i.value) : new Unknown(this.keyOf(expr));
      }
      case 'lambda':
      case 'error':
        return new Unknown(this.keyOf(expr));
    }
  }

  private stringValue(expr: Extract<Expression, { kind: 'string' }>, env: BicepEnv): Value {
    if (expr.value !== undefined) return expr.value;
    let text = '';
    for (const part of expr.parts) {
      if (part.kind === 'segment') {
        text += part.value;
        continue;
      }
      const piece = toStringPart(this.value(part.expression, env));
      text += piece ?? toStringPart(new Unknown(this.keyOf(part.expression)));
      // Interpolation copies: `'${a}${a}'` doubles, so the builtins' string cap applies.
      if (text.length > MAX_STRING_LENGTH) return new Unknown(this.keyOf(expr));
    }
    return normaliseString(text);
  }

  private memberOf(base: Value, name: string, safe: boolean, expr: Expression): Value {
    if (isUnknown(base)) return new Unknown(`${base.key}.${name}`);
    if (!isObjectValue(base)) return new Unknown(this.keyOf(expr));
    const member = getMember(base, name);
    if (member !== undefined) return member;
    // A resource or module object has runtime members we do not model; a literal object has none.
    if (safe && !isRuntimeObject(base)) return null;
    return new Unknown(this.keyOf(expr));
  }

  private identifier(name: string, env: BicepEnv): Value {
    if (env.has(name)) {
      for (const origin of this.loopOrigins.get(env)?.get(name) ?? []) this.record(origin);
      return env.get(name)!;
    }
    const symbol = this.lookup(name);
    if (!symbol) return new Unknown(name);
    return this.symbolValue(symbol);
  }

  /**
   * Symbols referring to symbols (a chain of variables, parameters or resources) recurse once per link: past
   * MAX_SYMBOL_DEPTH links, or should the stack run out all the same, the value is unknown rather than the analysis lost.
   */
  private symbolValue(symbol: BicepSymbol): Value {
    if (this.symbolDepth >= MAX_SYMBOL_DEPTH) return new Unknown(symbol.name);
    const tracking = this.trackerHere();
    this.symbolDepth++;
    try {
      return tracking ? tracking.read(symbol, () => this.resolveSymbol(symbol)) : this.resolveSymbol(symbol);
    } catch (error) {
      if (error instanceof RangeError) return this.analysis.anonymousUnknown(symbol.name);
      throw error;
    } finally {
      this.symbolDepth--;
    }
  }

  private resolveSymbol(symbol: BicepSymbol): Value {
    switch (symbol.kind) {
      case 'param':
        return this.host.parameter(symbol.name);
      case 'var':
        return this.variable(symbol.name, symbol.declaration.value);
      case 'resource':
        return this.host.resource(symbol);
      case 'module':
        return this.host.module(symbol.name);
      case 'import':
        return this.host.imported(symbol.source, symbol.exportedName);
      case 'func':
      case 'opaque':
        return new Unknown(symbol.name);
    }
  }

  /** A top-level variable of this file by name (for files that import from it). */
  variableByName(name: string): Value | undefined {
    const symbol = this.symbols.byName.get(name);
    return symbol?.kind === 'var' ? this.variable(name, symbol.declaration.value) : undefined;
  }

  private variable(name: string, expr: Expression): Value {
    const cached = this.variableCache.get(name);
    if (cached) {
      for (const origin of cached.origins) this.record(origin);
      return cached.value;
    }
    if (this.inProgress.has(name)) return this.analysis.anonymousUnknown('cycle');
    this.inProgress.add(name);
    try {
      const { value, origins } = this.collect(() => this.value(expr, EMPTY_ENV));
      this.variableCache.set(name, { value, origins });
      return value;
    } finally {
      this.inProgress.delete(name);
    }
  }

  /** A symbol by name, as the tracked declaration sees it (see SymbolReadTracker). */
  private lookup(name: string): BicepSymbol | undefined {
    const symbol = this.symbols.byName.get(name);
    this.trackerHere()?.lookedUp(name, symbol);
    return symbol;
  }

  /** The tracker of the declaration being evaluated, when this evaluation is its own (not a symbol it reads). */
  private trackerHere(): SymbolReadTracker | undefined {
    return this.tracking?.depth === this.symbolDepth ? this.tracking.tracker : undefined;
  }

  private nestedSymbol(base: Expression, name: string): ResourceSymbol | undefined {
    if (base.kind === 'identifier') {
      const symbol = this.lookup(base.name);
      const nested = symbol?.kind === 'resource' ? symbol.nested.get(name) : undefined;
      // A nested resource that is not (yet) declared: what an edit to the parent would change is not tracked.
      if (!nested) this.trackerHere()?.readOutside();
      return nested;
    }
    if (base.kind === 'resourceAccess') return this.nestedSymbol(base.base, base.name.name)?.nested.get(name);
    return undefined;
  }

  /** `any(…)` or `sys.any(…)`, unless the file declares a function of that name. */
  private isAnyCall(target: Expression | undefined, name: string): boolean {
    if (name.toLowerCase() !== 'any') return false;
    if (target) return target.kind === 'identifier' && target.name === 'sys' && !this.lookup('sys');
    return this.lookup(name)?.kind !== 'func';
  }

  private call(target: Expression | undefined, name: string, args: readonly Expression[], env: BicepEnv, expr: Expression): Value {
    if (target && !(target.kind === 'identifier' && (target.name === 'sys' || target.name === 'az') && !this.lookup(target.name))) {
      return new Unknown(this.keyOf(expr)); // resource functions (listKeys …) and imported functions
    }
    const userFunction = target ? undefined : this.lookup(name);
    if (userFunction?.kind === 'func') {
      this.trackerHere()?.functionCalled(name, userFunction.declaration);
      return this.callUserFunction(userFunction.declaration, args, env, expr);
    }
    const lower = name.toLowerCase();
    if (lower === 'any') return args[0] ? this.value(args[0], env) : null;
    if (lower === 'loadtextcontent' || lower === 'loadjsoncontent') return this.loadFile(lower, args, env, expr);
    if (LAMBDA_FUNCTIONS.has(lower)) return this.lambdaCall(lower, args, env, expr);
    const values = args.map((a) => this.value(a, env));
    if (lower === 'newguid' || lower === 'utcnow') {
      const named = this.deployTimeValue(callKey(name, values, this.analysis));
      if (named) return named;
    }
    return callBuiltin(name, values, this.builtins) ?? new Unknown(this.keyOf(expr));
  }

  /**
   * Evaluates a parameter's default (`key`: the key of the parameter's unknown). `newGuid()` and `utcNow()`, which
   * Bicep allows in parameter defaults alone, are named by the parameter and the call's rank in its default: the same
   * in every analysis of the same text, so the declarations that read it can be replayed (incremental/README.md).
   */
  evaluateDefault<T>(key: string, evaluate: () => T): T {
    this.defaultsEvaluated.push({ key, made: 0 });
    try {
      return evaluate();
    } finally {
      this.defaultsEvaluated.pop();
    }
  }

  /** A deploy-time value made in the default being evaluated; undefined elsewhere (then it equals nothing else). */
  private deployTimeValue(call: string): Unknown | undefined {
    const evaluating = this.defaultsEvaluated.at(-1);
    return evaluating && new Unknown(`${evaluating.key}:${call}#${++evaluating.made}`);
  }

  /**
   * A user-defined function: its body evaluated with the arguments bound (Bicep functions see only their parameters
   * and other functions). Bounded depth, so recursion through other functions cannot run away.
   */
  private callUserFunction(declaration: FunctionDeclaration, args: readonly Expression[], env: BicepEnv, expr: Expression): Value {
    if (this.functionDepth >= MAX_FUNCTION_DEPTH) return new Unknown(this.keyOf(expr));
    const inner = new Map<string, Value>();
    declaration.parameters.forEach((parameter, i) => inner.set(parameter.name.name, args[i] ? this.value(args[i], env) : null));
    this.functionDepth++;
    try {
      return this.value(declaration.body, inner);
    } finally {
      this.functionDepth--;
    }
  }

  private loadFile(name: string, args: readonly Expression[], env: BicepEnv, expr: Expression): Value {
    const path = args[0] ? this.value(args[0], env) : undefined;
    this.tracking?.tracker.readOutside();
    const text = typeof path === 'string' ? this.host.loadText(path, expr.span) : undefined;
    if (text === undefined) return new Unknown(this.keyOf(expr));
    if (name === 'loadtextcontent') return text;
    try {
      return JSON.parse(text) as Value;
    } catch {
      return new Unknown(this.keyOf(expr));
    }
  }

  /** `map`, `filter` and `toObject` over known arrays, calling the lambda with its parameters bound. */
  private lambdaCall(name: string, args: readonly Expression[], env: BicepEnv, expr: Expression): Value {
    const array = args[0] ? this.value(args[0], env) : undefined;
    const lambda = args[1];
    if (
      !Array.isArray(array) ||
      array.length > MAX_LOOP_ITEMS ||
      lambda?.kind !== 'lambda' ||
      this.host.takeIterations?.(array.length) === false
    ) {
      return new Unknown(this.keyOf(expr));
    }
    const apply = (fn: LambdaExpression, ...params: Value[]): Value => {
      const inner = this.extend(
        env,
        fn.parameters.map((p, i) => [p.name, params[i] ?? null]),
      );
      return this.value(fn.body, inner);
    };
    if (name === 'map') return array.map((item, i) => apply(lambda, item, i));
    if (name === 'filter') {
      const kept: Value[] = [];
      for (const [i, item] of array.entries()) {
        const keep = apply(lambda, item, i);
        if (keep === true) kept.push(item);
        else if (keep !== false) return new Unknown(this.keyOf(expr));
      }
      return kept;
    }
    const object: ObjectValue = {};
    const valueLambda = args[2]?.kind === 'lambda' ? args[2] : undefined;
    for (const item of array) {
      const key = apply(lambda, item);
      if (typeof key !== 'string' || isUnknown(normaliseString(key))) return new Unknown(this.keyOf(expr));
      object[key] = valueLambda ? apply(valueLambda, item) : item;
    }
    return object;
  }
}

const MAX_FUNCTION_DEPTH = 32;
/** Real files chain a handful of symbols; hostile ones thousands (see symbolValue). */
const MAX_SYMBOL_DEPTH = 128;

const LAMBDA_FUNCTIONS: ReadonlySet<string> = new Set(['map', 'filter', 'toobject']);

/**
 * Objects standing for resources and modules: members we do not model are unknown, not absent. The mark is on the
 * object itself (a property no key walk sees, which a spread copy does not take), so it travels with the value: values
 * outlive their analysis in the declaration cache and are compared with fresh ones (bicepReuse.ts).
 */
const RUNTIME_OBJECT = Symbol('runtime object');

export function markRuntimeObject(object: ObjectValue): void {
  Object.defineProperty(object, RUNTIME_OBJECT, { value: true });
}

export function isRuntimeObject(value: object): boolean {
  return (value as { [RUNTIME_OBJECT]?: boolean })[RUNTIME_OBJECT] === true;
}
