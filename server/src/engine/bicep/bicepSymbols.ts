/** The declarations of one Bicep file by name: parameters, variables, resources (nested ones too), modules, imports. */
import type {
  Expression,
  FunctionDeclaration,
  ModuleDeclaration,
  ObjectExpression,
  ParameterDeclaration,
  Program,
  ResourceDeclaration,
  VariableDeclaration,
  OutputDeclaration,
  DeclarationValue,
} from './syntax/ast';

export interface ResourceSymbol {
  readonly kind: 'resource';
  readonly name: string;
  readonly declaration: ResourceDeclaration;
  /** The resource whose body declares this one (nested resources). */
  readonly enclosing?: ResourceSymbol;
  /** Nested resources by name, for `parent::child`. */
  readonly nested: Map<string, ResourceSymbol>;
}

export type BicepSymbol =
  | { readonly kind: 'param'; readonly name: string; readonly declaration: ParameterDeclaration }
  | { readonly kind: 'var'; readonly name: string; readonly declaration: VariableDeclaration }
  | ResourceSymbol
  | { readonly kind: 'module'; readonly name: string; readonly declaration: ModuleDeclaration }
  /** `import { x as name } from 'file.bicep'` (exportedName x) or `import * as name from …` (exportedName undefined). */
  | { readonly kind: 'import'; readonly name: string; readonly source: string; readonly exportedName?: string }
  | { readonly kind: 'func'; readonly name: string; readonly declaration: FunctionDeclaration }
  | { readonly kind: 'opaque'; readonly name: string };

export interface FileSymbols {
  readonly byName: Map<string, BicepSymbol>;
  /** Top-level and nested resources, in source order (parents before their nested children). */
  readonly resources: ResourceSymbol[];
  readonly modules: ModuleDeclaration[];
  readonly outputs: OutputDeclaration[];
}

export function collectSymbols(program: Program): FileSymbols {
  const byName = new Map<string, BicepSymbol>();
  const resources: ResourceSymbol[] = [];
  const modules: ModuleDeclaration[] = [];
  const outputs: OutputDeclaration[] = [];
  const addResource = (declaration: ResourceDeclaration, enclosing: ResourceSymbol | undefined): ResourceSymbol => {
    const symbol: ResourceSymbol = { kind: 'resource', name: declaration.name.name, declaration, enclosing, nested: new Map() };
    resources.push(symbol);
    for (const child of nestedDeclarations(declaration.value)) symbol.nested.set(child.name.name, addResource(child, symbol));
    return symbol;
  };
  for (const statement of program.statements) {
    switch (statement.kind) {
      case 'param':
        byName.set(statement.name.name, { kind: 'param', name: statement.name.name, declaration: statement });
        break;
      case 'var':
        byName.set(statement.name.name, { kind: 'var', name: statement.name.name, declaration: statement });
        break;
      case 'resource':
        byName.set(statement.name.name, addResource(statement, undefined));
        break;
      case 'module':
        modules.push(statement);
        byName.set(statement.name.name, { kind: 'module', name: statement.name.name, declaration: statement });
        break;
      case 'output':
        outputs.push(statement);
        break;
      case 'import': {
        const source = statement.source.kind === 'string' ? statement.source.value : undefined;
        for (const imported of statement.symbols) {
          const exportedName = imported.name.kind === 'identifier' ? imported.name.name : imported.name.value;
          const name = imported.alias?.name ?? exportedName;
          if (!name) continue;
          byName.set(
            name,
            source && exportedName && statement.form === 'symbols'
              ? { kind: 'import', name, source, exportedName }
              : { kind: 'opaque', name },
          );
        }
        if (statement.alias) {
          const name = statement.alias.name;
          byName.set(name, source && statement.form === 'wildcard' ? { kind: 'import', name, source } : { kind: 'opaque', name });
        }
        break;
      }
      case 'func':
        byName.set(statement.name.name, { kind: 'func', name: statement.name.name, declaration: statement });
        break;
      case 'type':
        byName.set(statement.name.name, { kind: 'opaque', name: statement.name.name });
        break;
      default:
        break;
    }
  }
  return { byName, resources, modules, outputs };
}

/** The object body behind `= {…}`, `= if (c) {…}` or `= [for … : {…}]` (with or without an `if` filter). */
export function declarationBody(value: DeclarationValue): ObjectExpression | undefined {
  const inner = unwrapCondition(value);
  if (inner.kind === 'object') return inner;
  if (inner.kind === 'for') {
    const body = unwrapCondition(inner.body);
    return body.kind === 'object' ? body : undefined;
  }
  return undefined;
}

function unwrapCondition(value: DeclarationValue): Expression {
  return value.kind === 'if' ? value.body : value;
}

function nestedDeclarations(value: DeclarationValue): ResourceDeclaration[] {
  const body = declarationBody(value);
  return (body?.members ?? []).filter((m): m is ResourceDeclaration => m.kind === 'resource');
}
