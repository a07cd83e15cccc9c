/**
 * Bicep and `.bicepparam` declarations: the statement loop with its line-based recovery, and one parser per
 * declaration keyword (`param`, `var`, `resource`, `module`, `import`, `using`, …).
 */
import type {
  Decorator,
  ErrorNode,
  Expression,
  FunctionParameter,
  Identifier,
  ImportedSymbol,
  Program,
  ResourceDeclaration,
  Statement,
  StringLiteral,
  TypeExpression,
} from './ast';
import { parseDeclarationValue, parseDecorators, parseExpression, parseIdentifier, parseLambdaBody, parseString } from './expressions';
import { parseDelimited, type Parser } from './parserState';
import { parseType } from './types';

export function parseProgram(p: Parser): Program {
  p.parseNestedResource = (decorators, start) => parseResource(p, decorators, start);
  const statements: Statement[] = [];
  for (;;) {
    p.skipLineBreaks();
    if (p.at('eof')) break;
    const before = p.pos;
    const reported = p.diagnostics.length;
    const statement = parseStatement(p);
    const previous = statements[statements.length - 1];
    // A run of lines that are not declarations (pasted JSON, a half-deleted block) becomes one error node.
    if (statement.kind === 'error' && previous?.kind === 'error' && p.diagnostics.length > reported) {
      p.diagnostics.length = reported;
      statements[statements.length - 1] = { kind: 'error', span: { start: previous.span.start, end: statement.span.end } };
    } else {
      statements.push(statement);
    }
    // Recovery inside an unclosed construct may already have stepped over the line break before the next declaration.
    if (!p.at('newline') && !p.at('eof') && !p.atLineStart()) {
      if (p.diagnostics.length === reported) p.errorAtCurrent('expected a new line after the declaration');
      p.skipUntil((t) => t.kind === 'newline');
    }
    if (p.pos === before) p.advance();
  }
  return { kind: 'program', span: { start: 0, end: p.text.length }, statements };
}

function parseStatement(p: Parser): Statement {
  const start = p.peek().start;
  const decorators = parseDecorators(p);
  p.skipLineBreaks();
  const token = p.peek();
  if (token.kind === 'word') {
    switch (token.value) {
      case 'targetScope': {
        p.advance();
        const value = p.expect('=', "'='") !== undefined ? parseExpression(p) : p.missing();
        return { kind: 'targetScope', span: p.spanFrom(start), decorators, value };
      }
      case 'metadata': {
        p.advance();
        const name = parseIdentifier(p, 'a metadata name');
        const value = parseAssignedValue(p);
        return { kind: 'metadata', span: p.spanFrom(start), decorators, name, value };
      }
      case 'param':
        return parseParameter(p, decorators, start);
      case 'var': {
        p.advance();
        const name = parseIdentifier(p, 'a variable name');
        const type = p.at('=') ? undefined : parseType(p);
        const value = parseAssignedValue(p);
        return { kind: 'var', span: p.spanFrom(start), decorators, name, type, value };
      }
      case 'output': {
        p.advance();
        const name = parseIdentifier(p, 'an output name');
        const type = parseType(p);
        const value = parseAssignedValue(p);
        return { kind: 'output', span: p.spanFrom(start), decorators, name, type, value };
      }
      case 'resource':
        return parseResource(p, decorators, start);
      case 'module': {
        p.advance();
        const name = parseIdentifier(p, 'a module name');
        const path = parseStringOrError(p, 'the module path');
        const value = p.expect('=', "'='") !== undefined ? parseDeclarationValue(p) : p.missing();
        return { kind: 'module', span: p.spanFrom(start), decorators, name, path, value };
      }
      case 'type': {
        p.advance();
        const name = parseIdentifier(p, 'a type name');
        const value: TypeExpression = p.expect('=', "'='") !== undefined ? parseType(p) : p.missing();
        return { kind: 'type', span: p.spanFrom(start), decorators, name, value };
      }
      case 'func':
        return parseFunction(p, decorators, start);
      case 'import':
        return parseImport(p, decorators, start);
      case 'extension':
      case 'provider': {
        p.advance();
        const specifier: StringLiteral | Identifier | ErrorNode = p.at('word')
          ? parseIdentifier(p, 'an extension name')
          : parseStringOrError(p, 'an extension name or reference');
        const config = p.eatWord('with') !== undefined ? parseExpression(p) : undefined;
        const alias = p.eatWord('as') !== undefined ? parseIdentifier(p, 'an alias') : undefined;
        return { kind: 'extension', span: p.spanFrom(start), decorators, keyword: token.value, specifier, config, alias };
      }
      case 'using': {
        p.advance();
        const path = p.eatWord('none') !== undefined ? undefined : parseStringOrError(p, "a template path or 'none'");
        const config = p.eatWord('with') !== undefined ? parseExpression(p) : undefined;
        return { kind: 'using', span: p.spanFrom(start), decorators, path, config };
      }
      case 'extensionConfig': {
        p.advance();
        const alias = parseIdentifier(p, 'an extension alias');
        const config = p.eatWord('with') !== undefined ? parseExpression(p) : missingWith(p);
        return { kind: 'extensionConfig', span: p.spanFrom(start), decorators, alias, config };
      }
      case 'extends': {
        p.advance();
        const path = parseStringOrError(p, 'a parameter file path');
        return { kind: 'extends', span: p.spanFrom(start), decorators, path };
      }
      case 'assert': {
        p.advance();
        const name = parseIdentifier(p, 'an assertion name');
        const value = parseAssignedValue(p);
        return { kind: 'assert', span: p.spanFrom(start), decorators, name, value };
      }
      default:
        break;
    }
  }
  if (token.kind === 'eof' && decorators.length > 0) {
    p.errorAtCurrent('expected a declaration after the decorators');
    return { kind: 'error', span: p.spanFrom(start) };
  }
  p.errorAtCurrent(
    decorators.length > 0
      ? 'expected a declaration after the decorators'
      : 'expected a declaration (param, var, resource, module, output, type, func, import, …)',
  );
  p.skipUntil((t) => t.kind === 'newline');
  return { kind: 'error', span: p.spanFrom(start) };
}

/** `= expression`, or an empty error node (reported) when the `=` is missing. */
function parseAssignedValue(p: Parser): Expression {
  return p.expect('=', "'='") !== undefined ? parseExpression(p) : p.missing();
}

/** `param name type [= default]`, or `.bicepparam`'s `param name = value`. */
function parseParameter(p: Parser, decorators: readonly Decorator[], start: number): Statement {
  p.advance();
  const name = parseIdentifier(p, 'a parameter name');
  const type = p.at('=') ? undefined : parseType(p);
  const value = p.eat('=') !== undefined ? parseExpression(p) : undefined;
  return { kind: 'param', span: p.spanFrom(start), decorators, name, type, value };
}

/** `resource name 'type@version' [existing] = value`, at top level or nested in a resource body. */
function parseResource(p: Parser, decorators: readonly Decorator[], start: number): ResourceDeclaration {
  p.advance();
  const name = parseIdentifier(p, 'a resource name');
  const type = parseStringOrError(p, "the resource type ('Provider/type@version')");
  const existing = p.eatWord('existing') !== undefined;
  const value = p.expect('=', "'='") !== undefined ? parseDeclarationValue(p) : p.missing();
  return { kind: 'resource', span: p.spanFrom(start), decorators, name, type, existing, value };
}

/** `func name(a type, b type) returnType => body`. */
function parseFunction(p: Parser, decorators: readonly Decorator[], start: number): Statement {
  p.advance();
  const name = parseIdentifier(p, 'a function name');
  let parameters: FunctionParameter[] = [];
  if (p.at('(')) {
    parameters = parseDelimited(p, '(', false, () => {
      const parameterStart = p.peek().start;
      const parameterName = parseIdentifier(p, 'a parameter name');
      const type = parseType(p);
      return {
        kind: 'functionParameter' as const,
        span: p.spanFrom(Math.min(parameterStart, parameterName.span.start)),
        name: parameterName,
        type,
      };
    }).items;
  } else {
    p.errorAtCurrent("expected '('");
  }
  const returnType = parseType(p);
  const body = p.expect('=>', "'=>'") !== undefined ? parseLambdaBody(p) : p.missing();
  return { kind: 'func', span: p.spanFrom(start), decorators, name, parameters, returnType, body };
}

/** `import {a, b as c} from 'x'`, `import * as ns from 'x'`, `import 'az@1.0.0' [with {…}] [as alias]`. */
function parseImport(p: Parser, decorators: readonly Decorator[], start: number): Statement {
  p.advance();
  if (p.at('{') || p.at('*')) {
    let symbols: ImportedSymbol[] = [];
    let alias: Identifier | undefined;
    let form: 'symbols' | 'wildcard';
    if (p.at('{')) {
      form = 'symbols';
      symbols = parseDelimited(p, '{', true, () => parseImportedSymbol(p)).items;
    } else {
      form = 'wildcard';
      p.advance();
      if (p.eatWord('as') === undefined) p.errorAtCurrent("expected 'as'");
      alias = parseIdentifier(p, 'a namespace name');
    }
    const source = p.eatWord('from') !== undefined ? parseStringOrError(p, 'the file or registry to import from') : missingSource(p);
    return { kind: 'import', span: p.spanFrom(start), decorators, form, symbols, alias, source, config: undefined };
  }
  const source = parseStringOrError(p, "'{', '*' or an extension reference");
  const config = p.eatWord('with') !== undefined ? parseExpression(p) : undefined;
  const alias = p.eatWord('as') !== undefined ? parseIdentifier(p, 'an alias') : undefined;
  return { kind: 'import', span: p.spanFrom(start), decorators, form: 'extension', symbols: [], alias, source, config };
}

function missingWith(p: Parser): ErrorNode {
  p.errorAtCurrent("expected 'with'");
  return p.missing();
}

function missingSource(p: Parser): ErrorNode {
  p.errorAtCurrent("expected 'from'");
  return p.missing();
}

function parseImportedSymbol(p: Parser): ImportedSymbol | undefined {
  const start = p.peek().start;
  let name: Identifier | StringLiteral;
  if (p.at('word')) name = parseIdentifier(p, 'a name to import');
  else if (p.at('string')) name = parseString(p);
  else {
    p.errorAtCurrent('expected a name to import');
    return undefined;
  }
  const alias = p.eatWord('as') !== undefined ? parseIdentifier(p, 'an alias') : undefined;
  return { kind: 'importedSymbol', span: p.spanFrom(start), name, alias };
}

function parseStringOrError(p: Parser, what: string): StringLiteral | ErrorNode {
  if (p.at('string') || p.at('stringLeft') || p.at('multilineString')) return parseString(p);
  p.errorAtCurrent(`expected ${what}`);
  return p.missing();
}
