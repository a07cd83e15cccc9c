/**
 * The syntax tree of the ARM template expression language (the text inside `"[...]"`), every node with a file span.
 *
 * Spans are offsets into the file's raw text (JSON escapes still escaped), so they can be shown and edited as is.
 */
import type { Span } from '../../text/span';

export type Expr = CallExpr | StringLiteral | NumberLiteral | BooleanLiteral | NullLiteral | MemberExpr | IndexExpr | ErrorExpr;

/** `name(args)`; `name` keeps its written case and may be namespaced (`ns.func`) for user-defined functions. */
export interface CallExpr {
  readonly kind: 'call';
  readonly name: string;
  readonly nameSpan: Span;
  readonly args: readonly Expr[];
  readonly span: Span;
}

/** `'text'`; `value` has the `''` escapes resolved, `span` includes the quotes. */
export interface StringLiteral {
  readonly kind: 'string';
  readonly value: string;
  readonly span: Span;
}

export interface NumberLiteral {
  readonly kind: 'number';
  readonly value: number;
  readonly span: Span;
}

/** Bare `true` / `false` (the functions `true()` / `false()` are calls). */
export interface BooleanLiteral {
  readonly kind: 'boolean';
  readonly value: boolean;
  readonly span: Span;
}

/** Bare `null` (the function `null()` is a call). */
export interface NullLiteral {
  readonly kind: 'null';
  readonly span: Span;
}

/** `object.name` */
export interface MemberExpr {
  readonly kind: 'member';
  readonly object: Expr;
  readonly name: string;
  readonly nameSpan: Span;
  readonly span: Span;
}

/** `object[index]` */
export interface IndexExpr {
  readonly kind: 'index';
  readonly object: Expr;
  readonly index: Expr;
  readonly span: Span;
}

/**
 * Where the parser could not read an expression (the error itself is in the parse result). Keeping a node keeps the
 * arity of calls right, so `resourceId('T', <broken>)` is not mistaken for a one-argument call; it evaluates to Unknown.
 */
export interface ErrorExpr {
  readonly kind: 'error';
  readonly span: Span;
}

/** The direct children of a node, in source order. */
export function exprChildren(expr: Expr): readonly Expr[] {
  switch (expr.kind) {
    case 'call':
      return expr.args;
    case 'member':
      return [expr.object];
    case 'index':
      return [expr.object, expr.index];
    case 'string':
    case 'number':
    case 'boolean':
    case 'null':
    case 'error':
      return [];
  }
}

/** Visits every node, parents before children (iteratively: trees are depth-capped, but visitors need not care). */
export function forEachExpr(root: Expr, visit: (expr: Expr) => void): void {
  const stack: Expr[] = [root];
  while (stack.length > 0) {
    const expr = stack.pop() as Expr;
    visit(expr);
    const children = exprChildren(expr);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

/** The innermost node whose span contains the offset (for hovers), or undefined. */
export function exprAtOffset(root: Expr, offset: number): Expr | undefined {
  let found: Expr | undefined;
  let current: Expr | undefined = root;
  while (current && offset >= current.span.start && offset <= current.span.end) {
    found = current;
    current = exprChildren(current).find((child) => offset >= child.span.start && offset <= child.span.end);
  }
  return found;
}
