/** Syntax tree nodes for Bicep expressions: literals, strings with interpolation, collections, access, operators. */
import type { Decorator, ErrorNode, Identifier, NodeSpan, ResourceDeclaration } from './ast';

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
  readonly span: NodeSpan;
  readonly value: string;
}

/** `${expression}`; the span covers `${` through `}`. */
export interface StringInterpolation {
  readonly kind: 'interpolation';
  readonly span: NodeSpan;
  readonly expression: Expression;
}

export type StringPart = StringSegment | StringInterpolation;

export interface StringLiteral {
  readonly kind: 'string';
  readonly span: NodeSpan;
  /** Segments and interpolations in source order; a segment may be empty (`'${a}${b}'` has three empty ones). */
  readonly parts: readonly StringPart[];
  /** The unescaped text when the string has no interpolation; undefined otherwise. */
  readonly value: string | undefined;
  readonly multiline: boolean;
}

export interface NumberLiteral {
  readonly kind: 'number';
  readonly span: NodeSpan;
  /** Bicep integers are 64-bit; beyond 2^53 `value` is rounded and `text` is exact. */
  readonly value: number;
  readonly text: string;
}

export interface BooleanLiteral {
  readonly kind: 'boolean';
  readonly span: NodeSpan;
  readonly value: boolean;
}

export interface NullLiteral {
  readonly kind: 'null';
  readonly span: NodeSpan;
}

export interface Spread {
  readonly kind: 'spread';
  readonly span: NodeSpan;
  readonly expression: Expression;
}

export type ArrayItem = Expression | Spread;

export interface ArrayExpression {
  readonly kind: 'array';
  readonly span: NodeSpan;
  readonly items: readonly ArrayItem[];
}

export interface ObjectProperty {
  readonly kind: 'property';
  readonly span: NodeSpan;
  readonly decorators: readonly Decorator[];
  readonly key: Identifier | StringLiteral;
  readonly value: Expression;
}

/** A nested `resource` declaration appears as a member of its parent's body object. */
export type ObjectMember = ObjectProperty | Spread | ResourceDeclaration;

export interface ObjectExpression {
  readonly kind: 'object';
  readonly span: NodeSpan;
  readonly members: readonly ObjectMember[];
}

/** `base.name`, or `base.?name` when `safe`. */
export interface MemberAccess {
  readonly kind: 'member';
  readonly span: NodeSpan;
  readonly base: Expression;
  readonly name: Identifier;
  readonly safe: boolean;
}

/** `base[index]`, `base[?index]` when `safe`, `base[^index]` (counting from the end, `^1` the last) when `fromEnd`. */
export interface IndexAccess {
  readonly kind: 'index';
  readonly span: NodeSpan;
  readonly base: Expression;
  readonly index: Expression;
  readonly safe: boolean;
  readonly fromEnd: boolean;
}

/** `parent::child`: a nested resource reached from its parent's symbol. */
export interface ResourceAccess {
  readonly kind: 'resourceAccess';
  readonly span: NodeSpan;
  readonly base: Expression;
  readonly name: Identifier;
}

/**
 * `name(args)`, or `target.name(args)`. Whether `target` is a namespace (`sys`, `az`), a resource (`sa.listKeys()`)
 * or an imported module alias is for the binder to decide.
 */
export interface CallExpression {
  readonly kind: 'call';
  readonly span: NodeSpan;
  readonly target: Expression | undefined;
  readonly name: Identifier;
  readonly args: readonly Expression[];
}

export interface UnaryExpression {
  readonly kind: 'unary';
  readonly span: NodeSpan;
  readonly operator: '!' | '-';
  readonly operand: Expression;
}

/** Postfix `expr!`: "I know this is not null". */
export interface NonNullAssertion {
  readonly kind: 'nonNull';
  readonly span: NodeSpan;
  readonly base: Expression;
}

export type BinaryOperator = '??' | '||' | '&&' | '==' | '!=' | '=~' | '!~' | '<' | '<=' | '>' | '>=' | '+' | '-' | '*' | '/' | '%';

export interface BinaryExpression {
  readonly kind: 'binary';
  readonly span: NodeSpan;
  readonly operator: BinaryOperator;
  readonly left: Expression;
  readonly right: Expression;
}

export interface TernaryExpression {
  readonly kind: 'ternary';
  readonly span: NodeSpan;
  readonly condition: Expression;
  readonly whenTrue: Expression;
  readonly whenFalse: Expression;
}

export interface ParenthesizedExpression {
  readonly kind: 'parenthesized';
  readonly span: NodeSpan;
  readonly expression: Expression;
}

export interface LambdaExpression {
  readonly kind: 'lambda';
  readonly span: NodeSpan;
  readonly parameters: readonly Identifier[];
  readonly body: Expression;
}

/** What follows `=` in a resource or module: an object, `if (cond) object`, or a `[for …]` loop. */
export type DeclarationValue = Expression | IfCondition;

/** `if (condition) body`: only after `=` of a resource/module or as the body of a `for`. */
export interface IfCondition {
  readonly kind: 'if';
  readonly span: NodeSpan;
  readonly condition: Expression;
  readonly body: Expression;
}

/** `[for item in iterable: body]` or `[for (item, index) in iterable: body]`. */
export interface ForExpression {
  readonly kind: 'for';
  readonly span: NodeSpan;
  readonly item: Identifier;
  readonly index: Identifier | undefined;
  readonly iterable: Expression;
  readonly body: DeclarationValue;
}
