/**
 * What every builtin function shares: the evaluation context with its work budget, the keys of the Unknowns that
 * calls produce, ARM's value-to-string conversion, and helpers for strings with unknown segments.
 */
import {
  containsUnknown,
  isObjectValue,
  MARK_END,
  MARK_START,
  logicalSize,
  normaliseString,
  ObjectValue,
  tooLargeToWalk,
  Unknown,
  unknownAsStringPart,
  Value,
} from './value';
import type { AnalysisContext } from '../analysisContext';

/** Values describing where the deployment runs; an absent one is the unknown of the current scope. */
export interface ScopeValues {
  readonly subscriptionId?: Value;
  readonly resourceGroupName?: Value;
  readonly resourceGroupLocation?: Value;
  readonly tenantId?: Value;
  readonly managementGroupName?: Value;
  readonly deploymentName?: Value;
}

export interface BuiltinContext {
  /** The analysis the evaluation belongs to: it numbers the unknowns that equal nothing else. */
  readonly analysis: AnalysisContext;
  /**
   * Units of work (array items, string characters) still allowed; shared by all calls of one evaluation, so that a
   * hostile template cannot build a huge value out of many individually small calls.
   */
  budget: number;
  /** Set when the budget refused work: from then on results that needed work are unknown. */
  exhausted?: boolean;
  /** Overrides for `resourceGroup()`, `subscription()`, `resourceId(...)` defaults … in nested deployments. */
  readonly scope?: ScopeValues;
}

/** Largest array a builtin builds; beyond it the result is Unknown rather than allocated. */
export const MAX_ARRAY_ITEMS = 10_000;
/** Largest string a builtin builds (characters, about 1 MB). */
export const MAX_STRING_LENGTH = 1_000_000;
/** Default work budget of one evaluation context. */
export const DEFAULT_BUDGET = 20_000_000;
/** Values nested deeper than this are not rendered into keys nor walked (they only come from hostile input). */
export const MAX_VALUE_DEPTH = 64;
/** Keys longer than this are shortened with a hash: they end up in messages and in every comparison. */
const MAX_KEY_LENGTH = 300;

/**
 * One builtin: returns the result, or undefined when it cannot be decided (unknown input, or input ARM would reject);
 * the dispatcher then returns the Unknown keyed by the call.
 */
export type Builtin = (args: Value[], ctx: BuiltinContext) => Value | undefined;

export function createBuiltinContext(analysis: AnalysisContext, scope?: ScopeValues, budget = DEFAULT_BUDGET): BuiltinContext {
  return { analysis, budget, scope };
}

/** Takes `units` from the budget; false (and nothing taken) when the result would be too large or the budget is spent. */
export function charge(ctx: BuiltinContext, units: number, kind: 'array' | 'string' = 'string'): boolean {
  const cap = kind === 'array' ? MAX_ARRAY_ITEMS : MAX_STRING_LENGTH;
  if (!(units <= cap)) return false;
  if (units > ctx.budget) {
    ctx.exhausted = true;
    return false;
  }
  ctx.budget -= Math.max(1, units);
  return true;
}

/**
 * The key of a value, written as the ARM expression that would build it: known parts as literals, unknown parts as
 * their own keys. Keys never contain the string marks, so a key can itself be embedded as a marked segment.
 * Undefined when the value is nested too deeply to render.
 */
export function valueKey(value: Value, depth = 0): string | undefined {
  if (depth > MAX_VALUE_DEPTH) return undefined;
  // Rendering visits every occurrence of a shared part: a value standing for millions of items gets no key.
  if (depth === 0 && tooLargeToWalk(value)) return undefined;
  if (value instanceof Unknown) return value.key;
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    if (!value.includes(MARK_START)) return shortenKey(quote(value));
    return shortenKey(
      `concat(${splitMarked(value)
        .map((part) => (part instanceof Unknown ? part.key : quote(part)))
        .join(',')})`,
    );
  }
  const parts: string[] = [];
  if (Array.isArray(value)) {
    for (const item of value) {
      const key = valueKey(item, depth + 1);
      if (key === undefined) return undefined;
      parts.push(key);
    }
    return shortenKey(`createArray(${parts.join(',')})`);
  }
  for (const [name, item] of Object.entries(value)) {
    const key = valueKey(item, depth + 1);
    if (key === undefined) return undefined;
    parts.push(quote(name), key);
  }
  return shortenKey(`createObject(${parts.join(',')})`);
}

/**
 * The key of `name(args…)`: the same call on the same (possibly unknown) arguments gets the same key. Arguments too
 * deep to key make a key of its own in `analysis`.
 */
export function callKey(name: string, args: readonly Value[], analysis: AnalysisContext): string {
  const parts: string[] = [];
  for (const arg of args) {
    const key = valueKey(arg);
    // Too deep to render: give up identity rather than risk two different values sharing a key.
    if (key === undefined) return `${name.toLowerCase()}(…)#${analysis.uniqueSuffix()}`;
    parts.push(key);
  }
  return shortenKey(`${name.toLowerCase()}(${parts.join(',')})`);
}

/** The Unknown a call yields when its result cannot be known. */
export function unknownCall(name: string, args: readonly Value[], analysis: AnalysisContext): Unknown {
  return new Unknown(callKey(name, args, analysis));
}

/** Keeps keys short and deterministic: a long key becomes its head plus a hash of the whole. */
export function shortenKey(key: string): string {
  if (key.length <= MAX_KEY_LENGTH) return key;
  return `${key.slice(0, 120)}…#${hashText(key)}`;
}

/** Two 32-bit FNV-1a hashes with different seeds: 64 bits, enough that distinct keys do not collide in practice. */
export function hashText(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x0100019d);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

function quote(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** A string cut into its known parts and its unknown segments, in order (empty known parts are dropped). */
export function splitMarked(value: string): (string | Unknown)[] {
  const parts: (string | Unknown)[] = [];
  let i = 0;
  while (i < value.length) {
    const start = value.indexOf(MARK_START, i);
    const end = start < 0 ? -1 : value.indexOf(MARK_END, start + 1);
    if (start < 0 || end < 0) {
      parts.push(value.slice(i));
      break;
    }
    if (start > i) parts.push(value.slice(i, start));
    parts.push(new Unknown(value.slice(start + 1, end)));
    i = end + 1;
  }
  return parts;
}

/** Joins parts back into one value: a single unknown part is that Unknown again. */
export function joinParts(parts: readonly (string | Unknown)[]): Value {
  return normaliseString(parts.map((part) => (part instanceof Unknown ? unknownAsStringPart(part) : part)).join(''));
}

/** The known text before the first unknown segment. */
export function knownPrefix(value: string): string {
  const start = value.indexOf(MARK_START);
  return start < 0 ? value : value.slice(0, start);
}

/** The known text after the last unknown segment. */
export function knownSuffix(value: string): string {
  const end = value.lastIndexOf(MARK_END);
  return end < 0 ? value : value.slice(end + 1);
}

/**
 * ARM's conversion of a value to text (`concat`, `format`, `string`): booleans are `True`/`False` (.NET), null is
 * empty, arrays and objects are compact JSON. Unknowns become marked segments; undefined when an array or object
 * holds an unknown (its JSON text cannot be written).
 */
export function armToString(value: Value): string | undefined {
  if (value instanceof Unknown) return unknownAsStringPart(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (value === null) return '';
  if (containsUnknown(value)) return undefined;
  return JSON.stringify(value);
}

/**
 * Sets an own member even when the key is `__proto__` (an assignment would change the object's prototype instead):
 * keys come from templates, and templates are input.
 */
export function setMember(object: ObjectValue, key: string, value: Value): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}

export function isInteger(value: Value | undefined): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

/** How deeply arrays and objects nest, stopping once past `limit`. */
export function nestingDepth(value: Value, limit = MAX_VALUE_DEPTH): number {
  if (tooLargeToWalk(value)) return limit + 1;
  let deepest = 0;
  const stack: [Value, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [Value, number];
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return deepest;
    if (Array.isArray(current)) for (const item of current) stack.push([item, depth + 1]);
    else if (isObjectValue(current)) for (const item of Object.values(current)) stack.push([item, depth + 1]);
  }
  return deepest;
}

/** Total size of a value for the budget: items, members and characters, shared parts counted each time. */
export function valueSize(value: Value): number {
  return logicalSize(value);
}
