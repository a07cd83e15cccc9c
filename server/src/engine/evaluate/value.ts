/**
 * The evaluator's value domain: JSON values plus Unknown, shared by the ARM and Bicep evaluators and by rules.
 *
 * Three-valued logic lives here. An Unknown carries a key: the canonical text of the expression that produced it,
 * so two unknowns built by the same expression compare equal ("the resource named parameters('name')").
 * Unknown parts inside strings are kept as marked segments (MARK_START key MARK_END), so that a resource id built
 * with `concat` or `resourceId` from an unknown name still matches the resource declared with that name.
 */

export class Unknown {
  /** @param key canonical text of the producing expression; an anonymous unknown gets a unique key. */
  constructor(readonly key: string) {}
}

export type Value = null | boolean | number | string | Value[] | ObjectValue | Unknown;
export interface ObjectValue {
  [key: string]: Value;
}

export const MARK_START = '\uE000';
export const MARK_END = '\uE001';

export function isUnknown(value: Value | undefined): value is Unknown {
  return value instanceof Unknown;
}

export function isObjectValue(value: Value | undefined): value is ObjectValue {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Unknown);
}

/** Embeds an unknown into a string, keeping its identity. */
export function unknownAsStringPart(value: Unknown): string {
  // A '/' inside a key would split resource names and ids at the wrong place; keys are identities, so encode it.
  const key = value.key;
  return MARK_START + (key.includes('/') ? key.replace(/\//g, SLASH_IN_KEY) : key) + MARK_END;
}

const SLASH_IN_KEY = '\u2215';

/** True when the string holds no unknown segment. */
export function isKnownString(value: Value | undefined): value is string {
  return typeof value === 'string' && !value.includes(MARK_START);
}

export function hasUnknownPart(value: string): boolean {
  return value.includes(MARK_START);
}

/** A string that is exactly one unknown segment becomes that Unknown again. */
export function normaliseString(value: string): Value {
  if (value.startsWith(MARK_START) && value.endsWith(MARK_END) && value.indexOf(MARK_START, 1) < 0) {
    return new Unknown(value.slice(1, -1).replace(/\u2215/g, '/'));
  }
  return value;
}

/** Converts any value into a string part, as `concat` and interpolation do. */
export function toStringPart(value: Value): string | undefined {
  if (value instanceof Unknown) return unknownAsStringPart(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return '';
  return undefined;
}

/** Case-insensitive member lookup, as ARM property names compare. */
export function getMember(object: Value | undefined, name: string): Value | undefined {
  if (!isObjectValue(object)) return undefined;
  if (Object.prototype.hasOwnProperty.call(object, name)) return object[name];
  const wanted = caseInsensitiveName(name);
  for (const key of Object.keys(object)) {
    if (matchesName(key, wanted)) return object[key];
  }
  return undefined;
}

/** A name prepared for case-insensitive comparison with many keys. */
export interface CaseInsensitiveName {
  readonly lower: string;
  /**
   * An ASCII name can only equal keys of its own length: lowercasing maps every character that lowercases into
   * ASCII to exactly one character. Such keys are skipped without building their lowercase form.
   */
  readonly ascii: boolean;
}

// eslint-disable-next-line no-control-regex -- control characters are what this pattern is for
const NON_ASCII = /[^\u0000-\u007f]/;

/** Computed where it is asked (a name and many keys to compare it with); an all-lowercase ASCII name is its own lower. */
export function caseInsensitiveName(name: string): CaseInsensitiveName {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return { lower: name.toLowerCase(), ascii: !NON_ASCII.test(name) };
  }
  return { lower: name, ascii: true };
}

/** `key.toLowerCase() === name.lower`, compared in place: rules and the lowering ask this for every member they pass. */
export function matchesName(key: string, name: CaseInsensitiveName): boolean {
  const lower = name.lower;
  if (!name.ascii) return key.toLowerCase() === lower;
  if (key.length !== lower.length) return false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    const l = lower.charCodeAt(i);
    if (c === l || (c >= 65 && c <= 90 && c + 32 === l)) continue;
    // A non-ASCII character may still lowercase into ASCII (KELVIN SIGN → 'k'): let toLowerCase decide.
    return c >= 128 ? key.toLowerCase() === lower : false;
  }
  return true;
}

/**
 * Values share parts: `createArray(v, v)` holds `v` twice without copying it, so forty such steps make a value of a
 * few dozen arrays that stands for 2^40 items. Code that walks values (keys, equality, rendering, builtins) checks
 * this size first and gives up beyond {@link MAX_WALK_SIZE} instead of walking for hours.
 */
export const MAX_WALK_SIZE = 1_000_000;
/**
 * The one memo the engine keeps across analyses (allowlisted in test/meta/moduleState.test.ts): a size is a property
 * of a value that never changes once built, whoever asks; held weakly, an entry lives exactly as long as its value.
 * Rules and builtins ask it of values anywhere, far from any analysis context.
 */
const logicalSizes = new WeakMap<object, number>();

/**
 * Items, members and characters a value stands for, counting shared parts each time they occur. Memoised per
 * array and object (values are not changed once built), so it costs one visit per distinct part; iterative.
 */
export function logicalSize(value: Value): number {
  if (typeof value === 'string') return 1 + value.length;
  if (value === null || typeof value !== 'object' || value instanceof Unknown) return 1;
  const cached = logicalSizes.get(value);
  if (cached !== undefined) return cached;
  const partsOf = (node: Value[] | ObjectValue): Value[] => (Array.isArray(node) ? node : Object.values(node));
  const keyLength = (node: Value[] | ObjectValue): number =>
    Array.isArray(node) ? 0 : Object.keys(node).reduce((n, k) => n + k.length, 0);
  const visiting = new Set<object>([value]);
  const stack: { node: Value[] | ObjectValue; parts: Value[]; next: number; size: number }[] = [
    { node: value, parts: partsOf(value), next: 0, size: 1 + keyLength(value) },
  ];
  let total = 0;
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.next < top.parts.length) {
      const part = top.parts[top.next++];
      if (part !== null && typeof part === 'object' && !(part instanceof Unknown) && !logicalSizes.has(part)) {
        // A cycle cannot come from a template; should one appear, it counts as too large to walk.
        if (visiting.has(part)) top.size += MAX_WALK_SIZE + 1;
        else {
          visiting.add(part);
          stack.push({ node: part, parts: partsOf(part), next: 0, size: 1 + keyLength(part) });
        }
        continue;
      }
      top.size += logicalSize(part);
      continue;
    }
    stack.pop();
    visiting.delete(top.node);
    logicalSizes.set(top.node, top.size);
    if (stack.length > 0) stack[stack.length - 1].size += top.size;
    else total = top.size;
  }
  return total;
}

/** True for an array or object too large to walk (see {@link logicalSize}). */
export function tooLargeToWalk(value: Value | undefined): boolean {
  return value !== null && typeof value === 'object' && !(value instanceof Unknown) && logicalSize(value) > MAX_WALK_SIZE;
}

/** Does the value (or anything inside it) contain an unknown? */
export function containsUnknown(value: Value): boolean {
  if (value instanceof Unknown) return true;
  // Too large to walk: it may hold one, which is what callers must assume.
  if (tooLargeToWalk(value)) return true;
  if (typeof value === 'string') return hasUnknownPart(value);
  if (Array.isArray(value)) return value.some(containsUnknown);
  if (isObjectValue(value)) return Object.values(value).some(containsUnknown);
  return false;
}

/**
 * Equality in three values: true, false, or undefined when it cannot be known.
 * Strings compare case-sensitively here; use `equalsIgnoreCase` for ARM names and enum values.
 */
export function valuesEqual(a: Value, b: Value, ignoreCase = false): boolean | undefined {
  if (a instanceof Unknown || b instanceof Unknown) {
    if (a instanceof Unknown && b instanceof Unknown && a.key === b.key) return true;
    return undefined;
  }
  // The same value (shared parts are common); two values too large to walk cannot be compared.
  if (a === b) return true;
  if (tooLargeToWalk(a) || tooLargeToWalk(b)) return undefined;
  if (typeof a === 'string' && typeof b === 'string') {
    const left = ignoreCase ? a.toLowerCase() : a;
    const right = ignoreCase ? b.toLowerCase() : b;
    if (left === right) return true;
    if (hasUnknownPart(left) || hasUnknownPart(right)) return knownPartsContradict(left, right) ? false : undefined;
    return false;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    let result: boolean | undefined = true;
    for (let i = 0; i < a.length; i++) {
      const item = valuesEqual(a[i], b[i], ignoreCase);
      if (item === false) return false;
      if (item === undefined) result = undefined;
    }
    return result;
  }
  if (isObjectValue(a) && isObjectValue(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    let result: boolean | undefined = true;
    for (const key of keys) {
      const left = getMember(a, key);
      const right = getMember(b, key);
      if (left === undefined || right === undefined) return false;
      const item = valuesEqual(left, right, ignoreCase);
      if (item === false) return false;
      if (item === undefined) result = undefined;
    }
    return result;
  }
  return a === b;
}

export function equalsIgnoreCase(a: Value | undefined, b: string): boolean {
  return typeof a === 'string' && isKnownString(a) && a.toLowerCase() === b.toLowerCase();
}

/** Two partly unknown strings contradict when their known prefixes or suffixes differ. */
function knownPartsContradict(a: string, b: string): boolean {
  const prefixA = a.split(MARK_START)[0];
  const prefixB = b.split(MARK_START)[0];
  const n = Math.min(prefixA.length, prefixB.length);
  if (prefixA.slice(0, n) !== prefixB.slice(0, n)) return true;
  const suffixA = a.slice(a.lastIndexOf(MARK_END) + 1);
  const suffixB = b.slice(b.lastIndexOf(MARK_END) + 1);
  const m = Math.min(suffixA.length, suffixB.length);
  return suffixA.slice(suffixA.length - m) !== suffixB.slice(suffixB.length - m);
}

/** Larger values are not rendered into messages (only 80 characters are shown anyway). */
const MAX_DESCRIBED_SIZE = 100_000;

/** A short human rendering of a value for messages: unknown parts show the expression they came from. */
export function describeValue(value: Value | undefined): string {
  if (value === undefined) return '(absent)';
  if (value instanceof Unknown) return `<${value.key}>`;
  if (typeof value === 'string') {
    return `'${value.replace(/\uE000([^\uE000\uE001]*)\uE001/g, (_m, key: string) => `<${key.replace(/\u2215/g, '/')}>`)}'`;
  }
  if (logicalSize(value) > MAX_DESCRIBED_SIZE) return Array.isArray(value) ? '[…]' : '{…}';
  const text = JSON.stringify(value, (_k, v: Value) => (v instanceof Unknown ? `<${v.key}>` : v));
  return text.length > 80 ? text.slice(0, 77) + '...' : text;
}
