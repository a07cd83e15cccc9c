/** Syntax tree nodes for Bicep expressions: literals, strings with interpolation, collections, access, operators. */
import type { Span } from '../../text/span';
import type { Decorator, ErrorNode, Identifier, ResourceDeclaration } from './ast';

export type Expression =
  | StringLiteral
  | NumberLiteral
  | BooleanLiteral
  | NullLiteral
  | Identifier
  | ArrayExpression
  | ObjectExpression
  | MemberAccess
  | IndexAccess
  | ResourceAccess
  | CallExpression
  | UnaryExpression
  | NonNullAssertion
  | BinaryExpression
  | TernaryExpression
  | ParenthesizedExpression
  | LambdaExpression
  | ForExpression
  | ErrorNode;

/** A literal run of characters inside a string, with both its raw source span and its unescaped value. */
export interface StringSegment {
  readonly kind: 'segment';
  /** The raw text between delimiters (`'`, `${`, `}`, `'''`), escapes not yet applied. */
  readonly span: Span;
  readonly value: string;
}

/** `${expression}`; the span covers `${` through `}`. */
export interface StringInterpolation {
  readonly kind: 'interpolation';
  readonly span: Span;
  readonly expression: Expression;
}

export type StringPart = StringSegment | StringInterpolation;

export interface StringLiteral {
  readonly kind: 'string';
  readonly span: Span;
  /** Segments and interpolations in source order; a segment may be empty (`'${a}${b}'` has three empty ones). */
  readonly parts: readonly StringPart[];
  /** The unescaped text when the string has no interpolation; undefined otherwise. */
  readonly value: string | undefined;
  readonly multiline: boolean;
}

export interface NumberLiteral {
  readonly kind: 'number';
  readonly span: Span;
  /** Bicep integers are 64-bit; beyond 2^53 `value` is rounded and `text` is exact. */
  readonly value: number;
  readonly text: string;
}

export interface BooleanLiteral {
  readonly kind: 'boolean';
  readonly span: Span;
  readonly value: boolean;
}

export interface NullLiteral {
  readonly kind: 'null';
  readonly span: Span;
}

export interface Spread {
  readonly kind: 'spread';
  readonly span: Span;
  readonly expression: Expression;
}

export type ArrayItem = Expression | Spread;

export interface ArrayExpression {
  readonly kind: 'array';
  readonly span: Span;
  readonly items: readonly ArrayItem[];
}

export interface ObjectProperty {
  readonly kind: 'property';
  readonly span: Span;
  readonly decorators: readonly Decorator[];
  readonly key: Identifier | StringLiteral;
  readonly value: Expression;
}

/** A nested `resource` declaration appears as a member of its parent's body object. */
export type ObjectMember = ObjectProperty | Spread | ResourceDeclaration;

export interface ObjectExpression {
  readonly kind: 'object';
  readonly span: Span;
  readonly members: readonly ObjectMember[];
}

/** `base.name`, or `base.?name` when `safe`. */
export interface MemberAccess {
  readonly kind: 'member';
  readonly span: Span;
  readonly base: Expression;
  readonly name: Identifier;
  readonly safe: boolean;
}

/** `base[index]`, `base[?index]` when `safe`, `base[^index]` (counting from the end, `^1` the last) when `fromEnd`. */
export interface IndexAccess {
  readonly kind: 'index';
  readonly span: Span;
  readonly base: Expression;
  readonly index: Expression;
  readonly safe: boolean;
  readonly fromEnd: boolean;
}

/** `parent::child`: a nested resource reached from its parent's symbol. */
export interface ResourceAccess {
  readonly kind: 'resourceAccess';
  readonly span: Span;
  readonly base: Expression;
  readonly name: Identifier;
}

/**
 * `name(args)`, or `target.name(args)`. Whether `target` is a namespace (`sys`, `az`), a resource (`sa.listKeys()`)
 * or an imported module alias is for the binder to decide.
 */
export interface CallExpression {
  readonly kind: 'call';
  readonly span: Span;
  readonly target: Expression | undefined;
  readonly name: Identifier;
  readonly args: readonly Expression[];
}

export interface UnaryExpression {
  readonly kind: 'unary';
  readonly span: Span;
  readonly operator: '!' | '-';
  readonly operand: Expression;
}

/** Postfix `expr!`: "I know this is not null". */
export interface NonNullAssertion {
  readonly kind: 'nonNull';
  readonly span: Span;
  readonly base: Expression;
}

export type BinaryOperator =
  | '??'
  | '||'
  | '&&'
  | '=='
  | '!='
  | '=~'
  | '!~'
  | '<'
  | '<='
  | '>'
  | '>='
  | '+'
  | '-'
  | '*'
  | '/'
  | '%';

export interface BinaryExpression {
  readonly kind: 'binary';
  readonly span: Span;
  readonly operator: BinaryOperator;
  readonly left: Expression;
  readonly right: Expression;
}

export interface TernaryExpression {
  readonly kind: 'ternary';
  readonly span: Span;
  readonly condition: Expression;
  readonly whenTrue: Expression;
  readonly whenFalse: Expression;
}

export interface ParenthesizedExpression {
  readonly kind: 'parenthesized';
  readonly span: Span;
  readonly expression: Expression;
}

export interface LambdaExpression {
  readonly kind: 'lambda';
  readonly span: Span;
  readonly parameters: readonly Identifier[];
  readonly body: Expression;
}

/** What follows `=` in a resource or module: an object, `if (cond) object`, or a `[for …]` loop. */
export type DeclarationValue = Expression | IfCondition;

/** `if (condition) body`: only after `=` of a resource/module or as the body of a `for`. */
export interface IfCondition {
  readonly kind: 'if';
  readonly span: Span;
  readonly condition: Expression;
  readonly body: Expression;
}

/** `[for item in iterable: body]` or `[for (item, index) in iterable: body]`. */
export interface ForExpression {
  readonly kind: 'for';
  readonly span: Span;
  readonly item: Identifier;
  readonly index: Identifier | undefined;
  readonly iterable: Expression;
  readonly body: DeclarationValue;
}

