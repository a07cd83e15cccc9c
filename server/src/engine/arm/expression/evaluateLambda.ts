/**
 * ARM's lambda functions (`filter`, `map`, `reduce`, `sort`, `toObject`, `mapValues`, `groupBy`): the lambda body is
 * evaluated per element with `lambdaVariables(...)` bound, under a cap on the number of body evaluations.
 */
import { isKnownString, isObjectValue, ObjectValue, Unknown, Value } from '../../evaluate/value';
import { BuiltinContext, callKey } from '../../evaluate/functions';
import { charge, setMember } from '../../evaluate/functionsCore';
import type { CallExpr, Expr } from './ast';
import { canonicalText } from './canonical';
import type { ArmEvalScope } from './evaluate';

/** What an evaluation carries besides the expression. */
export interface EvalEnv {
  readonly scope: ArmEvalScope;
  readonly ctx: BuiltinContext;
  /** Lambda variables in scope, by lowercased name. */
  readonly locals: ReadonlyMap<string, Value>;
  /** Lambda body evaluations left: nested `map`s over large arrays would otherwise multiply into a hang. */
  readonly lambdaCalls: { left: number };
}

export const MAX_LAMBDA_CALLS = 100_000;

type Evaluate = (expr: Expr, env: EvalEnv) => Value;

interface Lambda {
  readonly params: readonly string[];
  readonly body: Expr;
}

const LAMBDA_FUNCTIONS: ReadonlySet<string> = new Set(['filter', 'map', 'reduce', 'sort', 'toobject', 'mapvalues', 'groupby']);

export function isLambdaFunction(lowerName: string): boolean {
  return LAMBDA_FUNCTIONS.has(lowerName);
}

/** `lambda('a', 'b', body)`: parameter names must be string literals. */
function readLambda(expr: Expr): Lambda | undefined {
  if (expr.kind !== 'call' || expr.name.toLowerCase() !== 'lambda' || expr.args.length < 2) return undefined;
  const params: string[] = [];
  for (const param of expr.args.slice(0, -1)) {
    if (param.kind !== 'string') return undefined;
    params.push(param.value.toLowerCase());
  }
  return { params, body: expr.args[expr.args.length - 1] };
}

/** Signals that the body-evaluation cap was reached; the whole call is then unknown. */
const EXHAUSTED = Symbol('exhausted');

export function evaluateLambdaFunction(expr: CallExpr, env: EvalEnv, evaluate: Evaluate): Value {
  // Lambdas stand in the call's key as their own text, prefixed like parameters (their bodies may read them).
  const args: Value[] = [];
  const lambdas: (Lambda | undefined)[] = [];
  for (const arg of expr.args) {
    const lambda = readLambda(arg);
    lambdas.push(lambda);
    args.push(lambda ? new Unknown(env.scope.scopeKey + canonicalText(arg)) : evaluate(arg, env));
  }
  const invoke = (lambda: Lambda, values: readonly Value[]): Value | typeof EXHAUSTED => {
    if (env.lambdaCalls.left <= 0) return EXHAUSTED;
    env.lambdaCalls.left--;
    const locals = new Map(env.locals);
    lambda.params.forEach((param, i) => locals.set(param, values[i] ?? null));
    return evaluate(lambda.body, { ...env, locals });
  };
  let result: Value | undefined;
  try {
    result = apply(expr.name.toLowerCase(), args, lambdas, invoke, env.ctx);
  } catch (error) {
    if (error !== EXHAUSTED) throw error;
    result = undefined;
  }
  return result === undefined ? new Unknown(callKey(expr.name, args, env.ctx.analysis)) : result;
}

type Invoke = (lambda: Lambda, values: readonly Value[]) => Value | typeof EXHAUSTED;

/** Runs one lambda function; undefined when the result cannot be decided. */
function apply(
  name: string,
  args: readonly Value[],
  lambdas: readonly (Lambda | undefined)[],
  invoke: Invoke,
  ctx: BuiltinContext,
): Value | undefined {
  const call = (lambda: Lambda, values: readonly Value[]): Value => {
    const value = invoke(lambda, values);
    if (value === EXHAUSTED) throw EXHAUSTED;
    return value;
  };
  const [input] = args;
  switch (name) {
    case 'filter': {
      const lambda = lambdas[1];
      if (!Array.isArray(input) || !lambda) return undefined;
      const kept: Value[] = [];
      for (let i = 0; i < input.length; i++) {
        const keep = call(lambda, [input[i], i]);
        if (typeof keep !== 'boolean') return undefined;
        if (keep) kept.push(input[i]);
      }
      return kept;
    }
    case 'map': {
      const lambda = lambdas[1];
      if (!Array.isArray(input) || !lambda || !charge(ctx, input.length, 'array')) return undefined;
      return input.map((item, i) => call(lambda, [item, i]));
    }
    case 'reduce': {
      const lambda = lambdas[2];
      if (!Array.isArray(input) || !lambda || args[1] === undefined) return undefined;
      return input.reduce<Value>((accumulated, item, i) => call(lambda, [accumulated, item, i]), args[1]);
    }
    case 'sort': {
      const lambda = lambdas[1];
      if (!Array.isArray(input) || !lambda) return undefined;
      let undecided = false;
      const before = (a: Value, b: Value) => {
        const answer = call(lambda, [a, b]);
        if (typeof answer !== 'boolean') undecided = true;
        return answer === true;
      };
      const sorted = [...input].sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
      return undecided ? undefined : sorted;
    }
    case 'toobject': {
      const keyLambda = lambdas[1];
      const valueLambda = lambdas[2];
      if (!Array.isArray(input) || !keyLambda || (args.length > 2 && !valueLambda)) return undefined;
      const result: ObjectValue = {};
      for (const item of input) {
        const key = call(keyLambda, [item]);
        if (!isKnownString(key)) return undefined;
        setMember(result, key, valueLambda ? call(valueLambda, [item]) : item);
      }
      return result;
    }
    case 'mapvalues': {
      const lambda = lambdas[1];
      if (!isObjectValue(input) || !lambda) return undefined;
      const result: ObjectValue = {};
      for (const [key, value] of Object.entries(input)) setMember(result, key, call(lambda, [value]));
      return result;
    }
    case 'groupby': {
      const lambda = lambdas[1];
      if (!Array.isArray(input) || !lambda) return undefined;
      const groups: ObjectValue = {};
      for (const item of input) {
        const key = call(lambda, [item]);
        if (!isKnownString(key)) return undefined;
        const group = groups[key];
        if (Array.isArray(group) && Object.prototype.hasOwnProperty.call(groups, key)) group.push(item);
        else setMember(groups, key, [item]);
      }
      return groups;
    }
    default:
      return ctx.analysis.anonymousUnknown(name);
  }
}
