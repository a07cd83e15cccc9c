/** Bicep's operators over three-valued values: comparisons, logic, arithmetic, `??` and the ternary. */
import { Unknown, Value, isKnownString, isUnknown, valuesEqual } from '../evaluate/value';
import { callKey, valueKey } from '../evaluate/functions';
import type { BinaryOperator } from './syntax/ast';
import type { AnalysisContext } from '../analysisContext';

export function binaryOperation(analysis: AnalysisContext, operator: BinaryOperator, left: Value, right: () => Value): Value {
  switch (operator) {
    case '&&': {
      if (left === false) return false;
      const r = right();
      if (r === false) return false;
      if (left === true && r === true) return true;
      return unknownOf(analysis, 'and', left, r);
    }
    case '||': {
      if (left === true) return true;
      const r = right();
      if (r === true) return true;
      if (left === false && r === false) return false;
      return unknownOf(analysis, 'or', left, r);
    }
    case '??': {
      if (left === null) return right();
      if (isUnknown(left)) return unknownOf(analysis, 'coalesce', left, right());
      return left;
    }
    default:
      return strictOperation(analysis, operator, left, right());
  }
}

function strictOperation(
  analysis: AnalysisContext,
  operator: Exclude<BinaryOperator, '&&' | '||' | '??'>,
  left: Value,
  right: Value,
): Value {
  switch (operator) {
    case '==':
    case '=~': {
      const equal = valuesEqual(left, right, operator === '=~');
      return equal === undefined ? unknownOf(analysis, operator === '==' ? 'equals' : 'equalsIgnoreCase', left, right) : equal;
    }
    case '!=':
    case '!~': {
      const equal = valuesEqual(left, right, operator === '!~');
      return equal === undefined ? unknownOf(analysis, operator === '!=' ? 'notEquals' : 'notEqualsIgnoreCase', left, right) : !equal;
    }
    case '<':
    case '<=':
    case '>':
    case '>=':
      return compare(analysis, operator, left, right);
    case '+':
    case '-':
    case '*':
    case '/':
    case '%':
      return arithmetic(analysis, operator, left, right);
  }
}

function compare(analysis: AnalysisContext, operator: '<' | '<=' | '>' | '>=', left: Value, right: Value): Value {
  const bothNumbers = typeof left === 'number' && typeof right === 'number';
  const bothStrings = isKnownString(left) && isKnownString(right);
  if (!bothNumbers && !bothStrings) return unknownOf(analysis, operator, left, right);
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

function arithmetic(analysis: AnalysisContext, operator: '+' | '-' | '*' | '/' | '%', left: Value, right: Value): Value {
  if (typeof left !== 'number' || typeof right !== 'number') return unknownOf(analysis, operator, left, right);
  switch (operator) {
    case '+':
      return left + right;
    case '-':
      return left - right;
    case '*':
      return left * right;
    case '/':
      return right === 0 ? unknownOf(analysis, '/', left, right) : Math.trunc(left / right);
    case '%':
      return right === 0 ? unknownOf(analysis, '%', left, right) : left % right;
  }
}

export function notOperation(analysis: AnalysisContext, operand: Value): Value {
  if (typeof operand === 'boolean') return !operand;
  return unknownOf(analysis, 'not', operand);
}

export function negate(analysis: AnalysisContext, operand: Value): Value {
  if (typeof operand === 'number') return -operand;
  return unknownOf(analysis, 'negate', operand);
}

export function ternary(analysis: AnalysisContext, condition: Value, whenTrue: () => Value, whenFalse: () => Value): Value {
  if (condition === true) return whenTrue();
  if (condition === false) return whenFalse();
  const a = whenTrue();
  const b = whenFalse();
  if (valuesEqual(a, b) === true) return a;
  return unknownOf(analysis, 'if', condition, a, b);
}

function unknownOf(analysis: AnalysisContext, name: string, ...args: Value[]): Unknown {
  try {
    return new Unknown(callKey(name, args, analysis));
  } catch {
    return new Unknown(`${name}(${args.map((a) => valueKey(a) ?? '?').join(',')})`);
  }
}
