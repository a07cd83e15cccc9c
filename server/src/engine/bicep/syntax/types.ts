/**
 * Bicep type expressions (`string[]?`, `'a' | 'b'`, `{ name: string, *: int }`, `[int, string]`,
 * `resourceInput<'T@v'>.properties`, `resource 'T@v'`): parsed structurally so statement boundaries come out right,
 * without checking that the types make sense.
 */
import type { Identifier, StringLiteral, TypeExpression, TypeProperty, TypeTupleItem } from './ast';
import { identifierOf, parseDecorators, parseString } from './expressions';
import { MAX_DEPTH, parseDelimited, type Parser } from './parserState';

/** A type, including unions; a union may start with `|` and continue on lines that start with `|`. */
export function parseType(p: Parser): TypeExpression {
  const start = p.peek().start;
  if (p.depth >= MAX_DEPTH) return p.skipTooDeep(start);
  const savedDepth = p.depth;
  p.depth++;
  const result = parseUnionType(p);
  p.depth = savedDepth;
  return result;
}

function parseUnionType(p: Parser): TypeExpression {
  if (p.continuesOnNextLine('|')) p.advance();
  const first = parsePostfixType(p);
  const start = first.span.start;
  if (!p.continuesOnNextLine('|')) return first;
  const members: TypeExpression[] = [first];
  while (p.continuesOnNextLine('|')) {
    p.advance();
    if (++p.depth >= MAX_DEPTH) return p.skipTooDeep(start);
    members.push(parsePostfixType(p));
  }
  return { kind: 'typeUnion', span: p.spanFrom(start), members };
}

/** A primary type followed by `[]`, `[0]`, `[*]`, `?`, `!` and `.name` / `.*` / `.name<…>`. */
function parsePostfixType(p: Parser): TypeExpression {
  let base = parsePrimaryType(p);
  const start = base.span.start;
  for (;;) {
    const token = p.peek();
    if (token.kind === '[') {
      const inside = p.lookahead(1).kind;
      const isArray = inside === ']';
      const isIndex = (inside === 'number' || inside === '*') && p.lookahead(2).kind === ']';
      if (!isArray && !isIndex) return base;
      if (++p.depth >= MAX_DEPTH) return p.skipTooDeep(start);
      p.advance();
      if (isArray) {
        p.advance();
        base = { kind: 'typeArray', span: p.spanFrom(start), element: base };
      } else {
        const index = p.advance();
        p.advance();
        const literal =
          index.kind === 'number'
            ? { kind: 'number' as const, span: { start: index.start, end: index.end }, value: Number(index.value), text: index.value }
            : undefined;
        base = { kind: 'typeIndex', span: p.spanFrom(start), base, index: literal };
      }
    } else if (token.kind === '?') {
      if (++p.depth >= MAX_DEPTH) return p.skipTooDeep(start);
      p.advance();
      base = { kind: 'typeNullable', span: p.spanFrom(start), base };
    } else if (token.kind === '!') {
      if (++p.depth >= MAX_DEPTH) return p.skipTooDeep(start);
      p.advance();
      base = { kind: 'typeNonNullable', span: p.spanFrom(start), base };
    } else if (token.kind === '.') {
      if (++p.depth >= MAX_DEPTH) return p.skipTooDeep(start);
      p.advance();
      const name = parseTypeMemberName(p);
      const typeArguments = name.name !== '*' && p.at('<') ? parseTypeArguments(p) : undefined;
      base = { kind: 'typeMember', span: p.spanFrom(start), base, name, typeArguments };
    } else {
      return base;
    }
  }
}

function parseTypeMemberName(p: Parser): Identifier {
  const token = p.peek();
  if (token.kind === 'word' || token.kind === '*') {
    p.advance();
    return { kind: 'identifier', span: { start: token.start, end: token.end }, name: token.kind === '*' ? '*' : token.value };
  }
  p.errorAtCurrent('expected a property name');
  return { kind: 'identifier', span: p.missing().span, name: '' };
}

function parsePrimaryType(p: Parser): TypeExpression {
  const token = p.peek();
  const start = token.start;
  switch (token.kind) {
    case 'word': {
      if (token.value === 'true' || token.value === 'false') {
        p.advance();
        return {
          kind: 'typeLiteral',
          span: p.spanFrom(start),
          literal: { kind: 'boolean', span: p.spanFrom(start), value: token.value === 'true' },
        };
      }
      if (token.value === 'null') {
        p.advance();
        return { kind: 'typeLiteral', span: p.spanFrom(start), literal: { kind: 'null', span: p.spanFrom(start) } };
      }
      const next = p.lookahead(1).kind;
      if (token.value === 'resource' && (next === 'string' || next === 'stringLeft')) {
        p.advance();
        const resourceType = parseString(p);
        return { kind: 'resourceType', span: p.spanFrom(start), resourceType };
      }
      const name = identifierOf(p.advance());
      let typeArguments: TypeExpression[] | undefined;
      if (p.at('<')) typeArguments = parseTypeArguments(p);
      return { kind: 'typeReference', span: p.spanFrom(start), name, typeArguments };
    }
    case 'string':
    case 'stringLeft':
    case 'multilineString': {
      const literal = parseString(p);
      // Its own span object: every node owns its span (the incremental reparse moves spans in place).
      return { kind: 'typeLiteral', span: { start: literal.span.start, end: literal.span.end }, literal };
    }
    case 'number': {
      p.advance();
      const literal = { kind: 'number' as const, span: p.spanFrom(start), value: Number(token.value), text: token.value };
      return { kind: 'typeLiteral', span: p.spanFrom(start), literal };
    }
    case '-': {
      if (p.lookahead(1).kind !== 'number') break;
      p.advance();
      const digits = p.advance();
      const operand = {
        kind: 'number' as const,
        span: { start: digits.start, end: digits.end },
        value: Number(digits.value),
        text: digits.value,
      };
      const literal = { kind: 'unary' as const, span: p.spanFrom(start), operator: '-' as const, operand };
      return { kind: 'typeLiteral', span: p.spanFrom(start), literal };
    }
    case '{': {
      const list = parseDelimited(p, '{', true, () => parseTypeProperty(p));
      return { kind: 'typeObject', span: list.span, members: list.items };
    }
    case '[': {
      const list = parseDelimited(p, '[', true, () => parseTupleItem(p));
      return { kind: 'typeTuple', span: list.span, items: list.items };
    }
    case '(': {
      const list = parseDelimited(p, '(', false, () => parseType(p));
      if (list.items.length !== 1) p.error(list.span.start, list.span.end, 'expected one type in parentheses');
      const type = list.items[0] ?? { kind: 'error', span: { start: list.span.end, end: list.span.end } };
      return { kind: 'typeParenthesized', span: list.span, type };
    }
    default:
      break;
  }
  p.errorAtCurrent('expected a type');
  return p.missing();
}

/** `<'Microsoft.X/y@v'>` after a type name (`resourceInput`, `resourceOutput`). */
function parseTypeArguments(p: Parser): TypeExpression[] {
  p.advance();
  const savedNewlines = p.newlinesInsignificant;
  p.newlinesInsignificant = true;
  const typeArguments: TypeExpression[] = [];
  for (;;) {
    const before = p.pos;
    typeArguments.push(parseType(p));
    if (p.eat(',') === undefined) break;
    if (p.pos === before) break;
  }
  if (p.expect('>', "'>'") === undefined)
    p.skipUntil((t) => t.kind === '>' || t.kind === 'newline' || t.kind === '=' || t.kind === ')' || t.kind === ']' || t.kind === '}');
  p.eat('>');
  p.newlinesInsignificant = savedNewlines;
  return typeArguments;
}

function parseTypeProperty(p: Parser): TypeProperty | undefined {
  const start = p.peek().start;
  const decorators = parseDecorators(p);
  const token = p.peek();
  let key: Identifier | StringLiteral;
  if (token.kind === 'word') key = identifierOf(p.advance());
  else if (token.kind === '*') {
    p.advance();
    key = { kind: 'identifier', span: { start: token.start, end: token.end }, name: '*' };
  } else if (token.kind === 'string' || token.kind === 'stringLeft' || token.kind === 'multilineString') key = parseString(p);
  else {
    p.errorAtCurrent('expected a property name');
    return undefined;
  }
  if (p.expect(':', "':'") === undefined) return { kind: 'typeProperty', span: p.spanFrom(start), decorators, key, value: p.missing() };
  // `name:` may be followed by a union whose members each start a line with `|`.
  const value = parseType(p);
  return { kind: 'typeProperty', span: p.spanFrom(start), decorators, key, value };
}

function parseTupleItem(p: Parser): TypeTupleItem {
  const start = p.peek().start;
  const decorators = parseDecorators(p);
  const value = parseType(p);
  return { kind: 'typeTupleItem', span: p.spanFrom(Math.min(start, value.span.start)), decorators, value };
}
