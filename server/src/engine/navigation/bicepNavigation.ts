/**
 * Outline and go to definition for Bicep files (issue 19.8), for editors where this extension supplies the Bicep
 * language (the official Bicep extension, which has its own, is absent). Read from the syntax tree alone: a symbol
 * is where the file declares it, whatever its value.
 *
 * Definition follows Bicep's scopes: loop variables, lambda and function parameters shadow the file's declarations;
 * a nested resource is in scope inside its parent's body and reachable as `parent::child` everywhere. A name that
 * resolves to nothing declared here (a function of `sys`/`az`, a property) has no definition.
 */
import type { EngineRange } from '../api';
import { childrenOf, parseBicep } from '../bicep/syntax';
import type { Identifier, ResourceDeclaration, Statement, SyntaxNode } from '../bicep/syntax';
import { collectSymbols, type FileSymbols, type ResourceSymbol } from '../bicep/bicepSymbols';

export type BicepSymbolKind = 'param' | 'var' | 'output' | 'resource' | 'module' | 'type' | 'func' | 'import' | 'metadata' | 'assert';

export interface BicepOutlineEntry {
  readonly name: string;
  readonly kind: BicepSymbolKind;
  /** The resource type, module path or declared type, as written. */
  readonly detail?: string;
  /** The whole declaration, decorators included. */
  readonly range: EngineRange;
  /** Its name. */
  readonly selectionRange: EngineRange;
  readonly children: readonly BicepOutlineEntry[];
}

/** The declarations of a Bicep file, nested resources under their parent, in source order. */
export function bicepOutline(text: string): BicepOutlineEntry[] {
  const { program } = parseBicep(text);
  const entries: BicepOutlineEntry[] = [];
  for (const statement of program.statements) {
    const entry = outlineEntry(statement, text);
    if (entry) entries.push(entry);
  }
  return entries;
}

function outlineEntry(statement: Statement, text: string): BicepOutlineEntry | undefined {
  const written = (span: EngineRange | undefined): string | undefined =>
    span ? text.slice(span.start, span.end).replace(/\s+/g, ' ').slice(0, 120) : undefined;
  const entry = (
    kind: BicepSymbolKind,
    name: Identifier,
    detail?: string,
    children: BicepOutlineEntry[] = [],
  ): BicepOutlineEntry | undefined =>
    name.name === ''
      ? undefined
      : { name: name.name, kind, detail, range: range(statement.span), selectionRange: range(name.span), children };
  switch (statement.kind) {
    case 'param':
      return entry('param', statement.name, written(statement.type?.span));
    case 'var':
      return entry('var', statement.name);
    case 'output':
      return entry('output', statement.name, written(statement.type.span));
    case 'resource':
      return resourceEntry(statement, text);
    case 'module':
      return entry('module', statement.name, written(statement.path.span));
    case 'type':
      return entry('type', statement.name);
    case 'func':
      return entry('func', statement.name);
    case 'metadata':
      return entry('metadata', statement.name);
    case 'assert':
      return entry('assert', statement.name);
    default:
      return undefined;
  }
}

function resourceEntry(declaration: ResourceDeclaration, text: string): BicepOutlineEntry | undefined {
  if (declaration.name.name === '') return undefined;
  const children: BicepOutlineEntry[] = [];
  for (const nested of nestedResources(declaration)) {
    const child = resourceEntry(nested, text);
    if (child) children.push(child);
  }
  const type = declaration.type.kind === 'string' ? text.slice(declaration.type.span.start + 1, declaration.type.span.end - 1) : undefined;
  return {
    name: declaration.name.name,
    kind: 'resource',
    detail: type,
    range: range(declaration.span),
    selectionRange: range(declaration.name.span),
    children,
  };
}

/** Resources declared inside a resource's body (also inside `if` and `for` bodies). */
function nestedResources(declaration: ResourceDeclaration): ResourceDeclaration[] {
  const found: ResourceDeclaration[] = [];
  const visit = (node: SyntaxNode): void => {
    for (const child of childrenOf(node)) {
      if (child.kind === 'resource') found.push(child);
      else if (child.kind === 'object' || child.kind === 'if' || child.kind === 'for' || child.kind === 'property') visit(child);
    }
  };
  visit(declaration.value);
  return found;
}

/**
 * The declaration's name that the reference at `offset` names (a variable, parameter, resource, module, function,
 * user-defined type, import, loop variable or parameter); undefined over anything else.
 */
export function bicepDefinitionAt(text: string, offset: number): EngineRange | undefined {
  const { program } = parseBicep(text);
  const symbols = collectSymbols(program);
  const found = referenceAt(program, offset, symbols);
  if (!found) return undefined;
  const { reference, locals, enclosingResources } = found;
  if (reference.kind === 'nested') {
    const parent = resolveResource(reference.base, symbols, enclosingResources);
    const child = parent?.nested.get(reference.name.name);
    return child ? range(child.declaration.name.span) : undefined;
  }
  const name = reference.name.name;
  for (let i = locals.length - 1; i >= 0; i--) if (locals[i].name === name) return range(locals[i].span);
  if (reference.kind === 'type') return declaredType(program.statements, name);
  const inParent = enclosingResources.map((r) => r.nested.get(name)).find((r) => r !== undefined);
  if (inParent) return range(inParent.declaration.name.span);
  const symbol = symbols.byName.get(name);
  if (!symbol) return declaredType(program.statements, name);
  switch (symbol.kind) {
    case 'param':
    case 'var':
    case 'resource':
    case 'module':
    case 'func':
      return range(symbol.declaration.name.span);
    case 'import':
      return importedName(program.statements, name);
    default:
      return undefined;
  }
}

type Reference =
  | { readonly kind: 'name'; readonly name: Identifier }
  | { readonly kind: 'type'; readonly name: Identifier }
  /** `base::name` */
  | { readonly kind: 'nested'; readonly base: SyntaxNode; readonly name: Identifier };

interface FoundReference {
  readonly reference: Reference;
  /** Loop variables and parameters in scope at the reference, innermost last. */
  readonly locals: readonly Identifier[];
  /** The resources whose bodies hold the reference, innermost first (their nested resources are in scope). */
  readonly enclosingResources: readonly ResourceSymbol[];
}

function referenceAt(program: SyntaxNode, offset: number, symbols: FileSymbols): FoundReference | undefined {
  const locals: Identifier[] = [];
  const resources: ResourceDeclaration[] = [];
  let found: { reference: Reference; locals: Identifier[]; resources: ResourceDeclaration[] } | undefined;
  const at = (node: { span: EngineRange }): boolean => offset >= node.span.start && offset <= node.span.end;
  const visit = (node: SyntaxNode, depth: number): void => {
    if (found || depth > 2000) return;
    const bound: Identifier[] = [];
    switch (node.kind) {
      case 'identifier':
        found = { reference: { kind: 'name', name: node }, locals: [...locals], resources: [...resources] };
        return;
      case 'resourceAccess':
        if (at(node.name)) {
          found = { reference: { kind: 'nested', base: node.base, name: node.name }, locals: [...locals], resources: [...resources] };
          return;
        }
        visit(node.base, depth + 1);
        return;
      case 'member':
        visit(node.base, depth + 1);
        return;
      case 'call':
        if (!node.target && at(node.name)) {
          found = { reference: { kind: 'name', name: node.name }, locals: [...locals], resources: [...resources] };
          return;
        }
        for (const child of [node.target, ...node.args]) if (child && at(child)) visit(child, depth + 1);
        return;
      case 'typeReference':
        if (at(node.name)) {
          found = { reference: { kind: 'type', name: node.name }, locals: [...locals], resources: [...resources] };
          return;
        }
        break;
      case 'property':
        if (at(node.value)) visit(node.value, depth + 1);
        return;
      case 'for':
        if (at(node.iterable)) {
          visit(node.iterable, depth + 1);
          return;
        }
        bound.push(node.item, ...(node.index ? [node.index] : []));
        break;
      case 'lambda':
        bound.push(...node.parameters);
        break;
      case 'func':
        bound.push(...node.parameters.map((p) => p.name));
        break;
      case 'resource':
        resources.unshift(node);
        break;
    }
    locals.push(...bound);
    for (const child of childrenOf(node)) {
      if (!at(child) || isDeclaredName(node, child)) continue;
      visit(child, depth + 1);
      if (found) break;
    }
    locals.length -= bound.length;
    if (node.kind === 'resource') resources.shift();
  };
  visit(program, 0);
  if (!found) return undefined;
  const result = found as { reference: Reference; locals: Identifier[]; resources: ResourceDeclaration[] };
  const symbolsOf = new Map<ResourceDeclaration, ResourceSymbol>(symbols.resources.map((symbol) => [symbol.declaration, symbol]));
  return {
    reference: result.reference,
    locals: result.locals,
    enclosingResources: result.resources.map((r) => symbolsOf.get(r)).filter((s): s is ResourceSymbol => !!s),
  };
}

/** Names a node declares (not references): a declaration's, a parameter's, a loop variable's, an import's. */
function isDeclaredName(parent: SyntaxNode, child: SyntaxNode): boolean {
  if (child.kind !== 'identifier') return false;
  switch (parent.kind) {
    case 'for':
      return child === parent.item || child === parent.index;
    case 'lambda':
      return parent.parameters.includes(child);
    case 'import':
      return child === parent.alias;
    case 'extension':
      return child === parent.alias;
    case 'importedSymbol':
      return child === parent.name || child === parent.alias;
    case 'typeProperty':
      return child === parent.key;
    default:
      return 'name' in parent && parent.name === child;
  }
}

function resolveResource(base: SyntaxNode, symbols: FileSymbols, enclosing: readonly ResourceSymbol[]): ResourceSymbol | undefined {
  if (base.kind === 'identifier') {
    const symbol = symbols.byName.get(base.name);
    if (symbol?.kind === 'resource') return symbol;
    return enclosing.map((r) => r.nested.get(base.name)).find((r) => r !== undefined);
  }
  if (base.kind === 'resourceAccess') return resolveResource(base.base, symbols, enclosing)?.nested.get(base.name.name);
  return undefined;
}

function declaredType(statements: readonly Statement[], name: string): EngineRange | undefined {
  const declaration = statements.find((s) => s.kind === 'type' && s.name.name === name);
  return declaration?.kind === 'type' ? range(declaration.name.span) : importedName(statements, name);
}

/** Where an import brings `name` into the file: its alias, or the imported name itself. */
function importedName(statements: readonly Statement[], name: string): EngineRange | undefined {
  for (const statement of statements) {
    if (statement.kind !== 'import') continue;
    if (statement.alias?.name === name) return range(statement.alias.span);
    for (const symbol of statement.symbols) {
      const local = symbol.alias ?? (symbol.name.kind === 'identifier' ? symbol.name : undefined);
      if (local?.name === name) return range(local.span);
    }
  }
  return undefined;
}

function range(span: EngineRange): EngineRange {
  return { start: span.start, end: span.end };
}
