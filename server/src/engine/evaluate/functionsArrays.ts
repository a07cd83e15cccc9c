/**
 * Array and object builtins (`length`, `first`, `union`, `range`, `createObject`, `json` …). An array's length is
 * known even when its elements are not, so many of these stay decidable on partly unknown input.
 */
import { getMember, hasUnknownPart, isKnownString, isObjectValue, ObjectValue, Unknown, Value, valuesEqual } from './value';
import {
  Builtin,
  charge,
  isInteger,
  knownPrefix,
  knownSuffix,
  setMember,
  MAX_ARRAY_ITEMS,
  MAX_STRING_LENGTH,
  MAX_VALUE_DEPTH,
  nestingDepth,
  valueSize,
} from './functionsCore';

/**
 * An unknown segment of a string (MARK_START key MARK_END). The key excludes MARK_START too: a string can hold stray
 * marks (they are ordinary characters in a template), and `[^\uE001]*` would rescan to the end from each of them.
 */
const UNKNOWN_SEGMENT = /\uE000[^\uE000\uE001]*\uE001/g;

const length: Builtin = ([value]) => {
  if (Array.isArray(value)) return value.length;
  if (isObjectValue(value)) return Object.keys(value).length;
  if (isKnownString(value)) return value.length;
  return undefined;
};

const empty: Builtin = ([value]) => {
  if (value === null) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (isObjectValue(value)) return Object.keys(value).length === 0;
  if (typeof value === 'string') {
    if (!hasUnknownPart(value)) return value.length === 0;
    // Any known character makes it non-empty, whatever the unknown parts turn out to be.
    return value.replace(UNKNOWN_SEGMENT, '').length > 0 ? false : undefined;
  }
  return undefined;
};

/** `first`/`last` of an array (its element, known or not) or of a string (a character). */
function endElement(last: boolean): Builtin {
  return ([value]) => {
    if (Array.isArray(value)) return value.length === 0 ? undefined : value[last ? value.length - 1 : 0];
    if (typeof value !== 'string') return undefined;
    if (!hasUnknownPart(value)) return value.length === 0 ? undefined : value[last ? value.length - 1 : 0];
    const known = last ? knownSuffix(value) : knownPrefix(value);
    return known.length > 0 ? known[last ? known.length - 1 : 0] : undefined;
  };
}

/** `take`/`skip` on arrays (any elements) and on known strings, or on the known prefix of a partly unknown one. */
function slice(skipping: boolean): Builtin {
  return ([value, count]) => {
    if (!isInteger(count)) return undefined;
    const n = Math.max(0, count);
    if (Array.isArray(value)) return skipping ? value.slice(n) : value.slice(0, n);
    if (typeof value !== 'string') return undefined;
    if (!hasUnknownPart(value)) return skipping ? value.slice(n) : value.slice(0, n);
    const prefix = knownPrefix(value);
    return !skipping && n <= prefix.length ? prefix.slice(0, n) : undefined;
  };
}

const contains: Builtin = ([container, item]) => {
  if (item === undefined) return undefined;
  if (Array.isArray(container)) return someEqual(container, item);
  if (isObjectValue(container)) {
    // Object keys compare case-insensitively.
    return isKnownString(item) ? getMember(container, item) !== undefined : undefined;
  }
  if (typeof container === 'string') {
    if (!isKnownString(item)) return undefined;
    if (!hasUnknownPart(container)) return container.includes(item);
    // A match inside a known part is a match whatever the unknown parts hold.
    return container.split(UNKNOWN_SEGMENT).some((part) => part.includes(item)) ? true : undefined;
  }
  return undefined;
};

/** Three-valued "some element equals the item". */
function someEqual(array: readonly Value[], item: Value): boolean | undefined {
  let result: boolean | undefined = false;
  for (const element of array) {
    const equal = valuesEqual(element, item);
    if (equal === true) return true;
    if (equal === undefined) result = undefined;
  }
  return result;
}

/** Element-by-element comparisons cost n×m; beyond this the result is left unknown rather than computed slowly. */
const MAX_PAIRWISE_COMPARISONS = 4_000_000;

function withinPairwiseLimit(n: number, m: number): boolean {
  return n <= MAX_ARRAY_ITEMS && m <= MAX_ARRAY_ITEMS && n * m <= MAX_PAIRWISE_COMPARISONS;
}

/** Distinct elements; undefined when two elements may or may not be equal (the count would be unknown). */
function distinct(items: readonly Value[]): Value[] | undefined {
  const result: Value[] = [];
  for (const item of items) {
    const present = someEqual(result, item);
    if (present === undefined) return undefined;
    if (!present) result.push(item);
  }
  return result;
}

const union: Builtin = (args, ctx) => {
  if (args.length === 0) return undefined;
  if (args.every(Array.isArray)) {
    const all = (args as Value[][]).flat();
    if (!withinPairwiseLimit(all.length, all.length) || !charge(ctx, all.length, 'array')) return undefined;
    return distinct(all);
  }
  if (!args.every(isObjectValue)) return undefined;
  let result: ObjectValue = {};
  for (const arg of args as ObjectValue[]) result = deepMerge(result, arg, 0);
  return charge(ctx, valueSize(result)) ? result : undefined;
};

/** ARM's object `union`: later keys win (matched case-insensitively); nested objects merge, arrays are replaced. */
function deepMerge(base: ObjectValue, overlay: ObjectValue, depth: number): ObjectValue {
  const result: ObjectValue = { ...base };
  for (const [key, value] of Object.entries(overlay)) {
    const existingKey = Object.keys(result).find((k) => k.toLowerCase() === key.toLowerCase());
    const existing = existingKey === undefined ? undefined : result[existingKey];
    if (existingKey !== undefined) delete result[existingKey];
    const merged =
      isObjectValue(existing) && isObjectValue(value) && depth < MAX_VALUE_DEPTH ? deepMerge(existing, value, depth + 1) : value;
    setMember(result, key, merged);
  }
  return result;
}

const intersection: Builtin = (args, ctx) => {
  if (args.length === 0) return undefined;
  if (args.every(Array.isArray)) {
    const [first, ...rest] = args as Value[][];
    const others = rest.reduce((n, a) => n + a.length, first.length);
    if (!withinPairwiseLimit(first.length, others) || !charge(ctx, others, 'array')) return undefined;
    const candidates = distinct(first);
    if (candidates === undefined) return undefined;
    const result: Value[] = [];
    for (const candidate of candidates) {
      let inAll: boolean | undefined = true;
      for (const other of rest) {
        const found = someEqual(other, candidate);
        if (found === false) inAll = false;
        else if (found === undefined && inAll) inAll = undefined;
      }
      if (inAll === undefined) return undefined;
      if (inAll) result.push(candidate);
    }
    return result;
  }
  if (!args.every(isObjectValue)) return undefined;
  const [first, ...rest] = args as ObjectValue[];
  const result: ObjectValue = {};
  for (const [key, value] of Object.entries(first)) {
    let inAll: boolean | undefined = true;
    for (const other of rest) {
      const otherValue = getMember(other, key);
      const equal = otherValue === undefined ? false : valuesEqual(value, otherValue);
      if (equal === false) inAll = false;
      else if (equal === undefined && inAll) inAll = undefined;
    }
    if (inAll === undefined) return undefined;
    if (inAll) setMember(result, key, value);
  }
  return result;
};

const createArray: Builtin = (args, ctx) => (charge(ctx, args.length, 'array') ? [...args] : undefined);

const createObject: Builtin = (args, ctx) => {
  if (args.length % 2 !== 0 || !charge(ctx, args.length / 2, 'array')) return undefined;
  const result: ObjectValue = {};
  for (let i = 0; i < args.length; i += 2) {
    const key = args[i];
    if (!isKnownString(key)) return undefined;
    setMember(result, key, args[i + 1]);
  }
  return result;
};

const array: Builtin = ([value]) => {
  if (value === undefined || value instanceof Unknown) return undefined;
  return Array.isArray(value) ? value : [value];
};

/** The first argument that is not null; an unknown before it makes the answer unknown. */
const coalesce: Builtin = (args) => {
  for (const arg of args) {
    if (arg instanceof Unknown) return undefined;
    if (arg !== null) return arg;
  }
  return null;
};

const range: Builtin = ([start, count], ctx) => {
  if (!isInteger(start) || !isInteger(count) || count < 0) return undefined;
  if (!charge(ctx, count, 'array')) return undefined;
  return Array.from({ length: count }, (_, i) => start + i);
};

function extremum(pick: (a: number, b: number) => number): Builtin {
  return (args) => {
    const numbers = args.length === 1 && Array.isArray(args[0]) ? args[0] : args;
    if (numbers.length === 0 || !numbers.every((n) => typeof n === 'number')) return undefined;
    return (numbers as number[]).reduce((a, b) => pick(a, b));
  };
}

/** `items(object)`: `{ key, value }` entries, sorted by key as ARM does. */
const items: Builtin = ([value]) => {
  if (!isObjectValue(value)) return undefined;
  return Object.keys(value)
    .sort((a, b) => compareOrdinalIgnoreCase(a, b))
    .map((key) => ({ key, value: value[key] }));
};

function compareOrdinalIgnoreCase(a: string, b: string): number {
  const left = a.toUpperCase();
  const right = b.toUpperCase();
  return left < right ? -1 : left > right ? 1 : 0;
}

const objectKeys: Builtin = ([value]) => (isObjectValue(value) ? Object.keys(value) : undefined);

/** `tryGet(value, key…)`: null where a step is missing, Unknown where a step cannot be known. */
const tryGet: Builtin = ([value, ...path]) => {
  let current: Value | undefined = value;
  for (const step of path) {
    if (current === null || current === undefined) return null;
    if (current instanceof Unknown || step instanceof Unknown) return undefined;
    if (Array.isArray(current)) {
      if (!isInteger(step)) return undefined;
      current = step >= 0 && step < current.length ? current[step] : null;
    } else if (isObjectValue(current)) {
      if (!isKnownString(step)) return undefined;
      current = getMember(current, step) ?? null;
    } else {
      return undefined;
    }
  }
  return current ?? null;
};

const flatten: Builtin = ([value], ctx) => {
  if (!Array.isArray(value) || !value.every(Array.isArray)) return undefined;
  const result = (value as Value[][]).flat();
  return charge(ctx, result.length, 'array') ? result : undefined;
};

const shallowMerge: Builtin = ([value]) => {
  if (!Array.isArray(value) || !value.every(isObjectValue)) return undefined;
  const result: ObjectValue = {};
  for (const object of value as ObjectValue[]) {
    for (const [key, member] of Object.entries(object)) setMember(result, key, member);
  }
  return result;
};

/** `json(text)`: parsed with the ES parser; too large or too deeply nested input stays unknown. */
const json: Builtin = ([value], ctx) => {
  if (!isKnownString(value) || value.length > MAX_STRING_LENGTH || !charge(ctx, value.length)) return undefined;
  const parsed = JSON.parse(value) as Value;
  return nestingDepth(parsed) > MAX_VALUE_DEPTH ? undefined : parsed;
};

export const arrayFunctions: ReadonlyMap<string, Builtin> = new Map<string, Builtin>([
  ['length', length],
  ['empty', empty],
  ['first', endElement(false)],
  ['last', endElement(true)],
  ['take', slice(false)],
  ['skip', slice(true)],
  ['contains', contains],
  ['union', union],
  ['intersection', intersection],
  ['createarray', createArray],
  ['createobject', createObject],
  ['array', array],
  ['coalesce', coalesce],
  ['range', range],
  ['min', extremum(Math.min)],
  ['max', extremum(Math.max)],
  ['items', items],
  ['objectkeys', objectKeys],
  ['tryget', tryGet],
  ['flatten', flatten],
  ['shallowmerge', shallowMerge],
  ['json', json],
]);
