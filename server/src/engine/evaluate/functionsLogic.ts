/**
 * Logical, comparison and integer builtins in three values: `and(false, unknown)` is false, `or(true, unknown)` true,
 * `equals` of two unknowns built by the same expression is true.
 */
import { isKnownString, Value, valuesEqual } from './value';
import { Builtin, isInteger } from './functionsCore';

const equals: Builtin = ([a, b]) => (a === undefined || b === undefined ? undefined : valuesEqual(a, b));

const not: Builtin = ([value]) => (typeof value === 'boolean' ? !value : undefined);

/** `and`/`or`: the absorbing value wins even next to unknowns; otherwise every argument must be a known boolean. */
function junction(absorbing: boolean): Builtin {
  return (args) => {
    if (args.length === 0) return undefined;
    let undecided = false;
    for (const arg of args) {
      if (arg === absorbing) return absorbing;
      if (typeof arg !== 'boolean') undecided = true;
    }
    return undecided ? undefined : !absorbing;
  };
}

/** Eager `if`, for callers that already evaluated both branches (the ARM evaluator has a lazy one). */
const ifFunction: Builtin = ([condition, whenTrue, whenFalse]) => chooseBranch(condition, whenTrue, whenFalse);

/** The value of `if(c, a, b)`: the chosen branch, or the common value when c is unknown and both agree. */
export function chooseBranch(condition: Value | undefined, whenTrue: Value | undefined, whenFalse: Value | undefined): Value | undefined {
  if (whenTrue === undefined || whenFalse === undefined) return undefined;
  if (condition === true) return whenTrue;
  if (condition === false) return whenFalse;
  return valuesEqual(whenTrue, whenFalse) === true ? whenTrue : undefined;
}

const bool: Builtin = ([value]) => {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (isKnownString(value)) {
    const lower = value.trim().toLowerCase();
    if (lower === 'true' || lower === 'false') return lower === 'true';
  }
  return undefined;
};

const int: Builtin = ([value]) => {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(value) : undefined;
  if (isKnownString(value) && /^\s*[-+]?\d{1,15}\s*$/.test(value)) return parseInt(value, 10);
  return undefined;
};

/** Integer arithmetic as ARM's 64-bit integers, within the range where JavaScript numbers are exact. */
function arithmetic(operation: (a: number, b: number) => number | undefined): Builtin {
  return ([a, b]) => {
    if (!isInteger(a) || !isInteger(b)) return undefined;
    const result = operation(a, b);
    return result !== undefined && Number.isSafeInteger(result) ? result : undefined;
  };
}

/**
 * ARM compares strings with a culture-aware comparer (`greater('A', 'a')` is true), which we only reproduce for
 * letters and digits differing other than by case; anything else stays undecided.
 */
function compareValues(a: Value | undefined, b: Value | undefined): number | undefined {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  if (isKnownString(a) && isKnownString(b) && /^[A-Za-z0-9]*$/.test(a) && /^[A-Za-z0-9]*$/.test(b)) {
    if (a === b) return 0;
    const left = a.toLowerCase();
    const right = b.toLowerCase();
    if (left === right) return undefined;
    return left < right ? -1 : 1;
  }
  return undefined;
}

function comparison(test: (order: number) => boolean): Builtin {
  return ([a, b]) => {
    const order = compareValues(a, b);
    return order === undefined ? undefined : test(order);
  };
}

const constant =
  (value: Value): Builtin =>
  () =>
    value;

export const logicFunctions: ReadonlyMap<string, Builtin> = new Map<string, Builtin>([
  ['equals', equals],
  ['not', not],
  ['and', junction(false)],
  ['or', junction(true)],
  ['if', ifFunction],
  ['bool', bool],
  ['int', int],
  ['add', arithmetic((a, b) => a + b)],
  ['sub', arithmetic((a, b) => a - b)],
  ['mul', arithmetic((a, b) => a * b)],
  ['div', arithmetic((a, b) => (b === 0 ? undefined : Math.trunc(a / b)))],
  ['mod', arithmetic((a, b) => (b === 0 ? undefined : a % b))],
  ['greater', comparison((order) => order > 0)],
  ['greaterorequals', comparison((order) => order >= 0)],
  ['less', comparison((order) => order < 0)],
  ['lessorequals', comparison((order) => order <= 0)],
  ['true', constant(true)],
  ['false', constant(false)],
  ['null', constant(null)],
]);
