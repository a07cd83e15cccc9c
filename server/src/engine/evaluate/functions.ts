/**
 * The builtin function library shared by the ARM and Bicep evaluators: one case-insensitive table of pure functions
 * over `Value`, with the rule that what cannot be decided is an Unknown keyed by the call.
 */
import { tooLargeToWalk, Value } from './value';
import { Builtin, BuiltinContext, unknownCall } from './functionsCore';
import { arrayFunctions } from './functionsArrays';
import { logicFunctions } from './functionsLogic';
import { networkFunctions } from './functionsNetwork';
import { scopeFunctions } from './functionsScope';
import { stringFunctions } from './functionsStrings';

export type { Builtin, BuiltinContext, ScopeValues } from './functionsCore';
export { callKey, createBuiltinContext, unknownCall, valueKey, MAX_ARRAY_ITEMS, MAX_STRING_LENGTH } from './functionsCore';
export {
  CURRENT_DEPLOYMENT_NAME_KEY,
  CURRENT_MANAGEMENT_GROUP_NAME_KEY,
  CURRENT_RESOURCE_GROUP_LOCATION_KEY,
  CURRENT_RESOURCE_GROUP_NAME_KEY,
  CURRENT_SUBSCRIPTION_ID_KEY,
  CURRENT_TENANT_ID_KEY,
  publicCloudEnvironment,
} from './functionsScope';
export { chooseBranch } from './functionsLogic';

const BUILTINS: ReadonlyMap<string, Builtin> = new Map<string, Builtin>([
  ...stringFunctions,
  ...arrayFunctions,
  ...logicFunctions,
  ...scopeFunctions,
  ...networkFunctions,
]);

/** Every builtin name, lowercased (for completion lists and tests). */
export function builtinFunctionNames(): string[] {
  return [...BUILTINS.keys()];
}

/** Is `name` (any case) a builtin this library evaluates? */
export function isBuiltinFunction(name: string): boolean {
  return BUILTINS.has(name.toLowerCase());
}

/**
 * Calls a builtin. Returns undefined only when `name` is not a builtin we know (the caller then returns its own
 * Unknown); otherwise a value, which is an Unknown keyed by the call (`name(argKeys…)`, name lowercased) whenever
 * the result cannot be decided. Never throws: a failure inside a builtin is an undecided result.
 */
export function callBuiltin(name: string, args: Value[], ctx: BuiltinContext): Value | undefined {
  const builtin = BUILTINS.get(name.toLowerCase());
  if (!builtin) return undefined;
  // Builtins walk their arguments (equality, keys, text): an argument too large to walk gives an undecided result.
  if (args.some(tooLargeToWalk)) return unknownCall(name, args, ctx.analysis);
  try {
    const result = builtin(args, ctx);
    return result === undefined ? unknownCall(name, args, ctx.analysis) : result;
  } catch {
    try {
      return unknownCall(name, args, ctx.analysis);
    } catch {
      // Only reachable on pathological input (e.g. stack exhaustion while rendering keys).
      return ctx.analysis.anonymousUnknown(`${name.toLowerCase()}(…)`);
    }
  }
}
