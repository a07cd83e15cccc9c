/**
 * The Bicep syntax tree: discriminated unions on `kind` for statements, expressions and type expressions, every node
 * with its UTF-16 span. Syntax only: no symbol resolution, no knowledge of which names are functions or namespaces.
 */
import type { Span } from '../../text/span';
import type { DeclarationValue, Expression, IfCondition, ObjectProperty, Spread, StringLiteral, StringPart } from './astExpressions';
import type { TypeExpression, TypeProperty, TypeTupleItem } from './astTypes';

export type { Span } from '../../text/span';

/**
 * The span of a node, comment, directive or diagnostic of the tree. Written in place: each owns its span object (the
 * parser never shares one, a test checks), and the next version's reparse moves the spans after an edit instead of
 * building the tree again (reparse.ts). Everyone else reads it as a `Span`.
 */
export interface NodeSpan extends Span {
  start: number;
  end: number;
}
export type * from './astExpressions';
export type * from './astTypes';

// ---------------------------------------------------------------------------------------------------------------
// Parse result

export interface SyntaxDiagnostic {
  readonly span: NodeSpan;
  readonly message: string;
}

export interface Comment {
  readonly span: NodeSpan;
  /** The full comment text including `//` or `/*`. */
  readonly text: string;
  readonly kind: 'line' | 'block';
}

export interface Directive {
  /** From `#` to the end of the last code. */
  readonly span: NodeSpan;
  readonly kind: 'disable-next-line' | 'disable-diagnostics' | 'restore-diagnostics';
  readonly codes: readonly string[];
}

export interface BicepParseResult {
  readonly program: Program;
  /** Syntax errors, sorted by start offset. Parsing never throws; these are everything that went wrong. */
  readonly diagnostics: readonly SyntaxDiagnostic[];
  readonly comments: readonly Comment[];
  readonly directives: readonly Directive[];
}

// ---------------------------------------------------------------------------------------------------------------
// Shared leaves

/** A name. A name the user has not typed yet (recovery) has `name: ''` and an empty span. */
export interface Identifier {
  readonly kind: 'identifier';
  readonly span: NodeSpan;
  readonly name: string;
}

/** Something that could not be parsed; the diagnostics say why. Used as expression, type and statement. */
export interface ErrorNode {
  readonly kind: 'error';
  readonly span: NodeSpan;
}

/** `@name(args)` or `@ns.name(args)`; `expression` is normally a `call`. */
export interface Decorator {
  readonly kind: 'decorator';
  readonly span: NodeSpan;
  readonly expression: Expression;
}

// ---------------------------------------------------------------------------------------------------------------
// Statements

export interface Program {
  readonly kind: 'program';
  readonly span: NodeSpan;
  readonly statements: readonly Statement[];
}

export type Statement =
  | TargetScopeDeclaration
  | MetadataDeclaration
  | ParameterDeclaration
  | VariableDeclaration
  | OutputDeclaration
  | ResourceDeclaration
  | ModuleDeclaration
  | TypeDeclaration
  | FunctionDeclaration
  | ImportDeclaration
  | ExtensionDeclaration
  | UsingDeclaration
  | ExtendsDeclaration
  | ExtensionConfigDeclaration
  | AssertDeclaration
  | ErrorNode;

interface DeclarationBase {
  readonly span: NodeSpan;
  readonly decorators: readonly Decorator[];
}

export interface TargetScopeDeclaration extends DeclarationBase {
  readonly kind: 'targetScope';
  readonly value: Expression;
}

export interface MetadataDeclaration extends DeclarationBase {
  readonly kind: 'metadata';
  readonly name: Identifier;
  readonly value: Expression;
}

/**
 * `param name type [= default]` in `.bicep`; `param name = value` in `.bicepparam` (then `type` is undefined and
 * `value` is the assigned value).
 */
export interface ParameterDeclaration extends DeclarationBase {
  readonly kind: 'param';
  readonly name: Identifier;
  readonly type: TypeExpression | undefined;
  readonly value: Expression | undefined;
}

export interface VariableDeclaration extends DeclarationBase {
  readonly kind: 'var';
  readonly name: Identifier;
  /** Bicep's typed variables: `var name type = value`. */
  readonly type: TypeExpression | undefined;
  readonly value: Expression;
}

export interface OutputDeclaration extends DeclarationBase {
  readonly kind: 'output';
  readonly name: Identifier;
  readonly type: TypeExpression;
  readonly value: Expression;
}

/** A resource declaration, at top level or nested as a member of a resource body object. */
export interface ResourceDeclaration extends DeclarationBase {
  readonly kind: 'resource';
  readonly name: Identifier;
  /** `'Microsoft.Network/privateEndpoints@2023-04-01'`, including the `@apiVersion` (nested: may omit it). */
  readonly type: StringLiteral | ErrorNode;
  readonly existing: boolean;
  readonly value: DeclarationValue;
}

export interface ModuleDeclaration extends DeclarationBase {
  readonly kind: 'module';
  readonly name: Identifier;
  readonly path: StringLiteral | ErrorNode;
  readonly value: DeclarationValue;
}

export interface TypeDeclaration extends DeclarationBase {
  readonly kind: 'type';
  readonly name: Identifier;
  readonly value: TypeExpression;
}

export interface FunctionParameter {
  readonly kind: 'functionParameter';
  readonly span: NodeSpan;
  readonly name: Identifier;
  readonly type: TypeExpression;
}

export interface FunctionDeclaration extends DeclarationBase {
  readonly kind: 'func';
  readonly name: Identifier;
  readonly parameters: readonly FunctionParameter[];
  readonly returnType: TypeExpression;
  readonly body: Expression;
}

export interface ImportedSymbol {
  readonly kind: 'importedSymbol';
  readonly span: NodeSpan;
  /** The exported name; a string when the exporter's name is not an identifier. */
  readonly name: Identifier | StringLiteral;
  readonly alias: Identifier | undefined;
}

/**
 * `import {a, b as c} from 'x'` (form `symbols`), `import * as ns from 'x'` (form `wildcard`), or the older
 * extension import `import 'az@1.0.0' [with {…}] [as alias]` (form `extension`, `source` is the specifier).
 */
export interface ImportDeclaration extends DeclarationBase {
  readonly kind: 'import';
  readonly form: 'symbols' | 'wildcard' | 'extension';
  readonly symbols: readonly ImportedSymbol[];
  /** `ns` in `import * as ns`, or the alias of an extension import. */
  readonly alias: Identifier | undefined;
  readonly source: StringLiteral | ErrorNode;
  readonly config: Expression | undefined;
}

/** `extension name`, `extension 'br:…' with {…} as alias`, and the older keyword `provider`. */
export interface ExtensionDeclaration extends DeclarationBase {
  readonly kind: 'extension';
  readonly keyword: 'extension' | 'provider';
  readonly specifier: StringLiteral | Identifier | ErrorNode;
  readonly config: Expression | undefined;
  readonly alias: Identifier | undefined;
}

/** `.bicepparam`: `using './main.bicep'` or `using none`. */
export interface UsingDeclaration extends DeclarationBase {
  readonly kind: 'using';
  /** Undefined for `using none`. */
  readonly path: StringLiteral | ErrorNode | undefined;
  readonly config: Expression | undefined;
}

/** `.bicepparam`: `extends './base.bicepparam'`. */
export interface ExtendsDeclaration extends DeclarationBase {
  readonly kind: 'extends';
  readonly path: StringLiteral | ErrorNode;
}

/** `.bicepparam`: `extensionConfig alias with {…}`, the configuration of an extension the template declares. */
export interface ExtensionConfigDeclaration extends DeclarationBase {
  readonly kind: 'extensionConfig';
  readonly alias: Identifier;
  readonly config: Expression;
}

export interface AssertDeclaration extends DeclarationBase {
  readonly kind: 'assert';
  readonly name: Identifier;
  readonly value: Expression;
}

/** Every node kind, for generic walkers. */
export type SyntaxNode =
  | Program
  | Statement
  | Expression
  | TypeExpression
  | Decorator
  | FunctionParameter
  | ImportedSymbol
  | StringPart
  | Spread
  | ObjectProperty
  | IfCondition
  | TypeProperty
  | TypeTupleItem;
