/** Shorthands for testing the builtin function library: call a builtin, build unknowns, assert an unknown result. */
import assert from 'node:assert/strict';
import { callBuiltin, createBuiltinContext } from '../../server/src/engine/evaluate/functions';
import { describeValue, isUnknown, Unknown, unknownAsStringPart, type Value } from '../../server/src/engine/evaluate/value';
import { AnalysisContext } from '../../server/src/engine/analysisContext';

/** Calls a builtin with a fresh context; undefined when `name` is not a builtin. */
/** One analysis for every call, as in a template: anonymous unknowns of two calls never share a number. */
const analysis = new AnalysisContext();
export const fn = (name: string, ...args: Value[]): Value | undefined => callBuiltin(name, args, createBuiltinContext(analysis));
export const u = (key: string): Unknown => new Unknown(key);
/** An unknown embedded in a string, as `concat` and `resourceId` embed it. */
export const part = (key: string): string => unknownAsStringPart(u(key));
export const P = u("parameters('p')");
export const Q = u("parameters('q')");

export function assertUnknown(value: Value | undefined, key?: string): void {
  assert.ok(isUnknown(value), `expected Unknown, got ${describeValue(value)}`);
  if (key !== undefined) assert.equal((value as Unknown).key, key);
}

/** A call with `budget` units of work left, in an analysis of its own. */
export function withBudget(budget: number, name: string, ...args: Value[]): Value | undefined {
  return callBuiltin(name, args, createBuiltinContext(new AnalysisContext(), undefined, budget));
}

/**
 * `['x']` doubled `levels` times, each level holding the one below twice without copying it: a few dozen arrays
 * that stand for 2^levels items (too large to walk from about 20 levels on).
 */
export function sharedParts(levels: number): Value {
  let value: Value = ['x'];
  for (let i = 0; i < levels; i++) value = [value, value];
  return value;
}
