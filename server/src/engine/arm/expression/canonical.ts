/**
 * The canonical rendering of an ARM expression: the key of the Unknown values it produces, so that two spellings of
 * the same expression (case of function names, whitespace, quoting) yield equal unknowns.
 */
import type { Expr } from './ast';

/**
 * Function names are lowercased (ARM resolves them case-insensitively); strings are single-quoted with `''` escapes;
 * no whitespace. Member names keep their case: they also show up in messages, where the written case reads better.
 */
export function canonicalText(expr: Expr): string {
  switch (expr.kind) {
    case 'call':
      return `${expr.name.toLowerCase()}(${expr.args.map(canonicalText).join(',')})`;
    case 'string':
      return quoteArmString(expr.value);
    case 'number':
      return String(expr.value);
    case 'boolean':
      return expr.value ? 'true' : 'false';
    case 'null':
      return 'null';
    case 'member':
      return `${canonicalText(expr.object)}.${expr.name}`;
    case 'index':
      // `x['name']` and `x.name` are the same value, so they get the same text (the evaluator keys them alike).
      if (expr.index.kind === 'string' && /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(expr.index.value)) {
        return `${canonicalText(expr.object)}.${expr.index.value}`;
      }
      return `${canonicalText(expr.object)}[${canonicalText(expr.index)}]`;
    case 'error':
      return '<error>';
  }
}

/** An ARM single-quoted string literal. */
export function quoteArmString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
