/** Bicep's operators over three-valued values: comparisons, logic, arithmetic, `??` and the ternary. */
import { Unknown, Value, isKnownString, isUnknown, valuesEqual } from '../evaluate/value';
import { callKey, valueKey } from '../evaluate/functions';
import type { BinaryOperator } from './syntax/ast';

export function binaryOperation(operator: BinaryOperator, left: Value, right: () => Value): Value {
  switch (operator) {
    case '&&': {
      if (left === false) return false;
      const r = right();
      if (r === false) return false;
      if (left === true && r === true) return true;
      return unknownOf('and', left, r);
    }
    case '||': {
      if (left === true) return true;
      const r = right();
      if (r === true) return true;
      if (left === false && r === false) return false;
      return unknownOf('or', left, r);
    }
    case '??': {
      if (left === null) return right();
      if (isUnknown(left)) return unknownOf('coalesce', left, right());
      return left;
    }
    default:
      return strictOperation(operator, left, right());
  }
}

function strictOperation(operator: Exclude<BinaryOperator, '&&' | '||' | '??'>, left: Value, right: Value): Value {
  switch (operator) {
    case '==':
    case '=~': {
      const equal = valuesEqual(left, right, operator === '=~');
      return equal === undefined ? unknownOf(operator === '==' ? 'equals' : 'equalsIgnoreCase', left, right) : equal;
    }
    case '!=':
    case '!~': {
      const equal = valuesEqual(left, right, operator === '!~');
      return equal === undefined ? unknownOf(operator === '!=' ? 'notEquals' : 'notEqualsIgnoreCase', left, right) : !equal;
    }
    case '<':
    case '<=':
    case '>':
    case '>=':
      return compare(operator, left, right);
    case '+':
    case '-':
    case '*':
    case '/':
    case '%':
      return arithmetic(operator, left, right);
  }
}

function compare(operator: '<' | '<=' | '>' | '>=', left: Value, right: Value): Value {
  const bothNumbers = typeof left === 'number' && typeof right === 'number';
  const bothStrings = isKnownString(left) && isKnownString(right);
  if (!bothNumbers && !bothStrings) return unknownOf(operator, left, right);
  const a = left as number | string;
  const b = right as number | string;
  switch (operator) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
  }
}

function arithmetic(operator: '+' | '-' | '*' | '/' | '%', left: Value, right: Value): Value {
  if (typeof left !== 'number' || typeof right !== 'number') return unknownOf(operator, left, right);
  switch (operator) {
    case '+':
      return left + right;
    case '-':
      return left - right;
    case '*':
      return left * right;
    case '/':
      return right === 0 ? unknownOf('/', left, right) : Math.trunc(left / right);
    case '%':
      return right === 0 ? unknownOf('%', left, right) : left % right;
  }
}

export function notOperation(operand: Value): Value {
  if (typeof operand === 'boolean') return !operand;
  return unknownOf('not', operand);
}

export function negate(operand: Value): Value {
  if (typeof operand === 'number') return -operand;
  return unknownOf('negate', operand);
}

export function ternary(condition: Value, whenTrue: () => Value, whenFalse: () => Value): Value {
  if (condition === true) return whenTrue();
  if (condition === false) return whenFalse();
  const a = whenTrue();
  const b = whenFalse();
  if (valuesEqual(a, b) === true) return a;
  return unknownOf('if', condition, a, b);
}

function unknownOf(name: string, ...args: Value[]): Unknown {
  try {
    return new Unknown(callKey(name, args));
  } catch {
    return new Unknown(`${name}(${args.map((a) => valueKey(a) ?? '?').join(',')})`);
  }
}
