/**
 * Evaluates ARM expressions to three-valued `Value`s: what the template determines is folded, the rest is an Unknown
 * keyed by the expression that built it, so that equal expressions give equal unknowns.
 *
 * The template-dependent functions (`parameters`, `variables`, `copyIndex`, `reference`, user functions) go through
 * the scope; `if` and the lambda functions (evaluateLambda.ts) are evaluated lazily here; every other function is the
 * shared builtin library. Unknown results are keyed by the *values* of their arguments rather than their text, so
 * the same text in two nested deployments (different `scopeKey`s) does not give equal unknowns.
 */
import { getMember, isKnownString, isObjectValue, Unknown, Value } from '../../evaluate/value';
import { BuiltinContext, callBuiltin, callKey, chooseBranch, createBuiltinContext, valueKey } from '../../evaluate/functions';
import { shortenKey } from '../../evaluate/functionsCore';
import type { AnalysisContext } from '../../analysisContext';
import type { CallExpr, Expr } from './ast';
import { quoteArmString } from './canonical';
import { EvalEnv, evaluateLambdaFunction, isLambdaFunction, MAX_LAMBDA_CALLS } from './evaluateLambda';
import { ExpressionError, parseArmString } from './parse';

export interface ArmEvalScope {
  /** Prefix for the Unknown keys of parameters and variables, so nested deployments do not collide. */
  readonly scopeKey: string;
  /** undefined = not declared. A declared parameter without a value should be `new Unknown(parameterKey(...))`. */
  parameter(name: string): Value | undefined;
  /** The scope evaluates variables lazily and handles cycles. */
  variable(name: string): Value | undefined;
  /** The loop index of the named (or innermost) copy loop; the evaluator adds the offset argument. */
  copyIndex(loopName: string | undefined): Value;
  /** `reference(...)` to an in-template resource; Unknown otherwise. */
  reference(target: Value, full: boolean): Value;
  userFunction?(name: string, args: Value[]): Value | undefined;
  /**
   * The value of `newGuid()` or `utcNow(…)` (`call`: its key), which only the deployment makes. ARM allows them in
   * parameter defaults alone, so a scope evaluating a default names each by the parameter and the call's rank in it:
   * the same in every analysis of the same text, so a declaration that reads it can be replayed. Undefined elsewhere
   * (the value then equals nothing but itself).
   */
  deployTimeValue?(call: string): Unknown | undefined;
  /** Shared work budget and scope values for builtins; a fresh context per evaluation when absent. */
  readonly builtins?: BuiltinContext;
  /** The analysis the scope belongs to (parsed expressions, unknowns of their own). */
  readonly analysis: AnalysisContext;
}

/** The key of a parameter's Unknown; pass the declared name, so that every spelling of a reference agrees. */
export function parameterKey(scopeKey: string, name: string): string {
  return `${scopeKey}parameters(${quoteArmString(name)})`;
}

export function variableKey(scopeKey: string, name: string): string {
  return `${scopeKey}variables(${quoteArmString(name)})`;
}

/** Never throws: an internal failure (hostile input beyond every cap) is an anonymous Unknown. */
export function evaluateArmExpression(expr: Expr, scope: ArmEvalScope): Value {
  const env: EvalEnv = {
    scope,
    ctx: scope.builtins ?? createBuiltinContext(scope.analysis),
    locals: new Map(),
    lambdaCalls: { left: MAX_LAMBDA_CALLS },
  };
  try {
    return evaluate(expr, env);
  } catch {
    return scope.analysis.anonymousUnknown('expression');
  }
}

/**
 * Parses and evaluates one JSON string's raw text (see `parseArmString`). A literal evaluates to itself; an
 * expression with syntax errors to an anonymous Unknown (ARM would reject it, so it proves nothing).
 */
export function evaluateArmString(
  raw: string,
  rawOffset: number,
  scope: ArmEvalScope,
): { value: Value; errors: ExpressionError[]; expr?: Expr } {
  const parsed = parseArmString(raw, rawOffset, scope.analysis.expressions);
  if (parsed.kind === 'literal') return { value: parsed.value, errors: [] };
  if (!parsed.expr || parsed.errors.length > 0) {
    return { value: scope.analysis.anonymousUnknown('invalid-expression'), errors: parsed.errors, expr: parsed.expr };
  }
  return { value: evaluateArmExpression(parsed.expr, scope), errors: [], expr: parsed.expr };
}

function evaluate(expr: Expr, env: EvalEnv): Value {
  switch (expr.kind) {
    case 'string':
    case 'number':
    case 'boolean':
      return expr.value;
    case 'null':
      return null;
    case 'error':
      return env.ctx.analysis.anonymousUnknown('error');
    case 'member':
      return memberOf(evaluate(expr.object, env), expr.name, env.ctx.analysis);
    case 'index':
      return indexOf(evaluate(expr.object, env), evaluate(expr.index, env), env.ctx.analysis);
    case 'call':
      return evaluateCall(expr, env);
  }
}

function evaluateCall(expr: CallExpr, env: EvalEnv): Value {
  const { name, args: argExprs } = expr;
  const { scope, ctx } = env;
  const analysis = ctx.analysis;
  const lower = analysis.lowerCaseFunctionName(name);
  if (lower === 'if') return evaluateIf(argExprs, env);
  if (isLambdaFunction(lower)) return evaluateLambdaFunction(expr, env, evaluate);
  const args = argExprs.map((arg) => evaluate(arg, env));
  switch (lower) {
    case 'parameters':
      return lookupNamed(args, 'parameters', scope, ctx, (n) => scope.parameter(n));
    case 'variables':
      return lookupNamed(args, 'variables', scope, ctx, (n) => scope.variable(n));
    case 'lambdavariables':
      return (isKnownString(args[0]) ? env.locals.get(args[0].toLowerCase()) : undefined) ?? new Unknown(callKey(name, args, analysis));
    case 'copyindex':
      return evaluateCopyIndex(args, scope, ctx);
    case 'newguid':
    case 'utcnow': {
      const named = scope.deployTimeValue?.(callKey(name, args, analysis));
      if (named) return named;
      break;
    }
    case 'reference': {
      if (args.length === 0 || args.length > 3) return new Unknown(callKey(name, args, analysis));
      const full = args.length === 3 && isKnownString(args[2]) && args[2].toLowerCase() === 'full';
      return scope.reference(args[0], full);
    }
  }
  // `listKeys`, `listSecrets`, `list…`: runtime values of deployed resources.
  if (lower.startsWith('list')) return new Unknown(callKey(name, args, analysis));
  if (lower.includes('.')) return scope.userFunction?.(name, args) ?? new Unknown(callKey(name, args, analysis));
  return callBuiltin(name, args, ctx) ?? new Unknown(callKey(name, args, analysis));
}

/** `if` is lazy: with a known condition only the chosen branch is evaluated (ARM does the same). */
function evaluateIf(argExprs: readonly Expr[], env: EvalEnv): Value {
  if (argExprs.length !== 3)
    return new Unknown(
      callKey(
        'if',
        argExprs.map((arg) => evaluate(arg, env)),
        env.ctx.analysis,
      ),
    );
  const condition = evaluate(argExprs[0], env);
  if (condition === true) return evaluate(argExprs[1], env);
  if (condition === false) return evaluate(argExprs[2], env);
  const whenTrue = evaluate(argExprs[1], env);
  const whenFalse = evaluate(argExprs[2], env);
  return chooseBranch(condition, whenTrue, whenFalse) ?? new Unknown(callKey('if', [condition, whenTrue, whenFalse], env.ctx.analysis));
}

function lookupNamed(
  args: readonly Value[],
  functionName: 'parameters' | 'variables',
  scope: ArmEvalScope,
  ctx: BuiltinContext,
  lookup: (name: string) => Value | undefined,
): Value {
  const [name] = args;
  if (args.length !== 1 || !isKnownString(name)) return new Unknown(scope.scopeKey + callKey(functionName, args, ctx.analysis));
  const found = lookup(name);
  if (found !== undefined) return found;
  return new Unknown(functionName === 'parameters' ? parameterKey(scope.scopeKey, name) : variableKey(scope.scopeKey, name));
}

/** `copyIndex()`, `copyIndex(offset)`, `copyIndex('loop')`, `copyIndex('loop', offset)`. */
function evaluateCopyIndex(args: readonly Value[], scope: ArmEvalScope, ctx: BuiltinContext): Value {
  let loopName: string | undefined;
  let offset: Value = 0;
  if (args.length === 1 && typeof args[0] === 'number') offset = args[0];
  else if (args.length === 1 && isKnownString(args[0])) loopName = args[0];
  else if (args.length === 2 && isKnownString(args[0])) [loopName, offset] = [args[0], args[1]];
  else if (args.length !== 0) return new Unknown(scope.scopeKey + callKey('copyIndex', args, ctx.analysis));
  const index = scope.copyIndex(loopName);
  if (offset === 0) return index;
  return callBuiltin('add', [index, offset], ctx) ?? new Unknown(callKey('add', [index, offset], ctx.analysis));
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `object.name`, ARM property names being case-insensitive. */
function memberOf(object: Value, name: string, analysis: AnalysisContext): Value {
  if (isObjectValue(object)) {
    const found = getMember(object, name);
    if (found !== undefined) return found;
  }
  // A missing property fails the deployment; an unknown object's member is the unknown `key.name`.
  return unknownPath(object, `.${name}`, analysis);
}

function indexOf(object: Value, index: Value, analysis: AnalysisContext): Value {
  if (Array.isArray(object) && typeof index === 'number') {
    if (Number.isInteger(index) && index >= 0 && index < object.length) return object[index];
  } else if (isObjectValue(object) && isKnownString(index)) {
    const found = getMember(object, index);
    if (found !== undefined) return found;
  }
  // `x['name']` and `x.name` are one value, so they get one key.
  if (isKnownString(index) && IDENTIFIER.test(index)) return unknownPath(object, `.${index}`, analysis);
  const indexKey = valueKey(index);
  return indexKey === undefined ? analysis.anonymousUnknown('index') : unknownPath(object, `[${indexKey}]`, analysis);
}

function unknownPath(object: Value, suffix: string, analysis: AnalysisContext): Unknown {
  const base = valueKey(object);
  return base === undefined ? analysis.anonymousUnknown('member') : new Unknown(shortenKey(base + suffix));
}
