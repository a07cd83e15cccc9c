/** Syntax tree nodes for Bicep type expressions (parameter, output and `type` declarations, function signatures). */
import type { Decorator, ErrorNode, Identifier, NodeSpan } from './ast';
import type { BooleanLiteral, NullLiteral, NumberLiteral, StringLiteral, UnaryExpression } from './astExpressions';

export type TypeExpression =
  | TypeReference
  | TypeLiteral
  | TypeObject
  | TypeTuple
  | TypeArray
  | TypeNullable
  | TypeNonNullable
  | TypeUnion
  | TypeMemberAccess
  | TypeIndexAccess
  | TypeParenthesized
  | ResourceType
  | ErrorNode;

/** `string`, `lockType`, `resourceInput<'T@v'>`; a namespace (`sys.string`) is a `typeMember` on a reference. */
export interface TypeReference {
  readonly kind: 'typeReference';
  readonly span: NodeSpan;
  readonly name: Identifier;
  readonly typeArguments: readonly TypeExpression[] | undefined;
}

/** `'Enabled'`, `3`, `-1`, `true`, `null` used as a type. */
export interface TypeLiteral {
  readonly kind: 'typeLiteral';
  readonly span: NodeSpan;
  readonly literal: StringLiteral | NumberLiteral | BooleanLiteral | NullLiteral | UnaryExpression;
}

export interface TypeProperty {
  readonly kind: 'typeProperty';
  readonly span: NodeSpan;
  readonly decorators: readonly Decorator[];
  /** `*` (additional properties) is an identifier named `*`. */
  readonly key: Identifier | StringLiteral;
  readonly value: TypeExpression;
}

export interface TypeObject {
  readonly kind: 'typeObject';
  readonly span: NodeSpan;
  readonly members: readonly TypeProperty[];
}

export interface TypeTupleItem {
  readonly kind: 'typeTupleItem';
  readonly span: NodeSpan;
  readonly decorators: readonly Decorator[];
  readonly value: TypeExpression;
}

export interface TypeTuple {
  readonly kind: 'typeTuple';
  readonly span: NodeSpan;
  readonly items: readonly TypeTupleItem[];
}

/** `element[]`. */
export interface TypeArray {
  readonly kind: 'typeArray';
  readonly span: NodeSpan;
  readonly element: TypeExpression;
}

/** `base?`. */
export interface TypeNullable {
  readonly kind: 'typeNullable';
  readonly span: NodeSpan;
  readonly base: TypeExpression;
}

/** `base!`: the type without `null`. */
export interface TypeNonNullable {
  readonly kind: 'typeNonNullable';
  readonly span: NodeSpan;
  readonly base: TypeExpression;
}

export interface TypeUnion {
  readonly kind: 'typeUnion';
  readonly span: NodeSpan;
  readonly members: readonly TypeExpression[];
}

/**
 * `base.name`, also `base.*`: a namespace qualifier or a property of an object type; with type arguments when a
 * namespace qualifies a generic type (`sys.resourceInput<'T@v'>`).
 */
export interface TypeMemberAccess {
  readonly kind: 'typeMember';
  readonly span: NodeSpan;
  readonly base: TypeExpression;
  readonly name: Identifier;
  readonly typeArguments: readonly TypeExpression[] | undefined;
}

/** `base[0]` or `base[*]` (`index` is then undefined). */
export interface TypeIndexAccess {
  readonly kind: 'typeIndex';
  readonly span: NodeSpan;
  readonly base: TypeExpression;
  readonly index: NumberLiteral | undefined;
}

export interface TypeParenthesized {
  readonly kind: 'typeParenthesized';
  readonly span: NodeSpan;
  readonly type: TypeExpression;
}

/** `resource 'Microsoft.X/y@v'` as the type of a parameter or output. */
export interface ResourceType {
  readonly kind: 'resourceType';
  readonly span: NodeSpan;
  readonly resourceType: StringLiteral | ErrorNode;
}
