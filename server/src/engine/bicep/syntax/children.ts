/** The direct children of every syntax node kind, for walkers that must not miss a field (binder, tests). */
import type { SyntaxNode } from './ast';

/** Children in source order; an exhaustive switch, so adding a node kind fails to compile until it is listed. */
export function childrenOf(node: SyntaxNode): SyntaxNode[] {
  const present = (...nodes: (SyntaxNode | undefined)[]): SyntaxNode[] => nodes.filter((n): n is SyntaxNode => n !== undefined);
  switch (node.kind) {
    case 'program':
      return [...node.statements];
    case 'targetScope':
      return [...node.decorators, node.value];
    case 'metadata':
    case 'assert':
      return [...node.decorators, node.name, node.value];
    case 'param':
      return present(...node.decorators, node.name, node.type, node.value);
    case 'var':
      return present(...node.decorators, node.name, node.type, node.value);
    case 'output':
      return [...node.decorators, node.name, node.type, node.value];
    case 'resource':
      return [...node.decorators, node.name, node.type, node.value];
    case 'module':
      return [...node.decorators, node.name, node.path, node.value];
    case 'type':
      return [...node.decorators, node.name, node.value];
    case 'func':
      return [...node.decorators, node.name, ...node.parameters, node.returnType, node.body];
    case 'functionParameter':
      return [node.name, node.type];
    case 'import':
      // The source follows the symbols or wildcard alias; an extension import's alias follows the source.
      return node.form === 'extension'
        ? present(...node.decorators, node.source, node.config, node.alias)
        : present(...node.decorators, ...node.symbols, node.alias, node.source);
    case 'importedSymbol':
      return present(node.name, node.alias);
    case 'extension':
      return present(...node.decorators, node.specifier, node.config, node.alias);
    case 'using':
      return present(...node.decorators, node.path, node.config);
    case 'extends':
      return [...node.decorators, node.path];
    case 'extensionConfig':
      return [...node.decorators, node.alias, node.config];
    case 'decorator':
      return [node.expression];
    case 'string':
      return [...node.parts];
    case 'segment':
    case 'number':
    case 'boolean':
    case 'null':
    case 'identifier':
    case 'error':
      return [];
    case 'interpolation':
      return [node.expression];
    case 'array':
      return [...node.items];
    case 'object':
      return [...node.members];
    case 'property':
      return [...node.decorators, node.key, node.value];
    case 'spread':
      return [node.expression];
    case 'member':
    case 'resourceAccess':
      return [node.base, node.name];
    case 'index':
      return [node.base, node.index];
    case 'call':
      return present(node.target, node.name, ...node.args);
    case 'unary':
      return [node.operand];
    case 'nonNull':
      return [node.base];
    case 'binary':
      return [node.left, node.right];
    case 'ternary':
      return [node.condition, node.whenTrue, node.whenFalse];
    case 'parenthesized':
      return [node.expression];
    case 'lambda':
      return [...node.parameters, node.body];
    case 'if':
      return [node.condition, node.body];
    case 'for':
      return present(node.item, node.index, node.iterable, node.body);
    case 'typeReference':
      return [node.name, ...(node.typeArguments ?? [])];
    case 'typeLiteral':
      return [node.literal];
    case 'typeObject':
      return [...node.members];
    case 'typeProperty':
      return [...node.decorators, node.key, node.value];
    case 'typeTuple':
      return [...node.items];
    case 'typeTupleItem':
      return [...node.decorators, node.value];
    case 'typeArray':
      return [node.element];
    case 'typeNullable':
    case 'typeNonNullable':
      return [node.base];
    case 'typeUnion':
      return [...node.members];
    case 'typeMember':
      return [node.base, node.name, ...(node.typeArguments ?? [])];
    case 'typeIndex':
      return present(node.base, node.index);
    case 'typeParenthesized':
      return [node.type];
    case 'resourceType':
      return [node.resourceType];
    default:
      return assertNever(node);
  }
}

function assertNever(node: never): never {
  throw new Error(`unknown syntax node ${JSON.stringify(node)}`);
}
