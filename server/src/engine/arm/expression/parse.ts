/**
 * Reads one ARM JSON string: decides whether it is an expression and, if so, parses it into an AST whose spans are
 * file offsets into the raw (still escaped) text. Never throws: bad input gives error nodes plus error spans.
 */
import { makeSpan, Span } from '../../text/span';
import type { CallExpr, Expr } from './ast';
import { unescapeJsonString } from './unescape';

export { canonicalText } from './canonical';

export type ArmStringParse = { kind: 'literal'; value: string } | { kind: 'expression'; expr: Expr | undefined; errors: ExpressionError[] };

export interface ExpressionError {
  readonly span: Span;
  readonly message: string;
}

/** Nesting deeper than this is hostile or generated garbage; it would overflow recursive consumers of the tree. */
export const MAX_EXPRESSION_DEPTH = 200;
/** Longer expressions are not analysed (real ones, even with embedded scripts, stay far below). */
export const MAX_EXPRESSION_LENGTH = 1_000_000;

/**
 * @param raw the JSON string token's source text between the quotes, escapes still escaped
 * @param rawOffset the file offset of `raw[0]`
 * @param cache the analysis' parsed expressions (AnalysisContext.expressions); without it the text is parsed afresh
 */
export function parseArmString(raw: string, rawOffset: number, cache?: ExpressionCache): ArmStringParse {
  // Most strings are plain literals: when the raw text starts with neither '[' nor an escape, its value cannot start
  // with '[', so no expression check (and no offset map) is needed.
  const first = raw.charCodeAt(0);
  if (first !== 91 /* [ */ && first !== 92 /* \ */) {
    return { kind: 'literal', value: raw.includes('\\') ? unescapeJsonString(raw).text : raw };
  }
  return cache ? cache.parse(raw, rawOffset) : parseArmStringUncached(raw, rawOffset);
}

/**
 * Parsed expressions by offset, with their raw text, for one analysis (it lives on the AnalysisContext: the ASTs hold
 * slices of the text they came from). The same expression at the same offset parses the same: copy loops evaluate
 * one body many times. Keyed by offset (a number hashes for free), then compared by text. Results are shared, so
 * they must never be changed by their users.
 */
export class ExpressionCache {
  private readonly parsed = new Map<number, { readonly raw: string; readonly parsed: ArmStringParse }>();

  parse(raw: string, rawOffset: number): ArmStringParse {
    const cached = this.parsed.get(rawOffset);
    if (cached && cached.raw === raw) return cached.parsed;
    const parsed = parseArmStringUncached(raw, rawOffset);
    if (this.parsed.size >= MAX_CACHED_EXPRESSIONS) this.parsed.clear();
    this.parsed.set(rawOffset, { raw, parsed });
    return parsed;
  }
}

/** Bounds the cache of one analysis (a template with more distinct expressions parses some twice). */
const MAX_CACHED_EXPRESSIONS = 20_000;

function parseArmStringUncached(raw: string, rawOffset: number): ArmStringParse {
  const unescaped = unescapeJsonString(raw);
  const text = unescaped.text;
  // ARM: "[...]" is an expression; "[[...]" is the escape for a literal that starts with '[' (one '[' is dropped).
  if (text.length < 2 || text[0] !== '[' || text[text.length - 1] !== ']') return { kind: 'literal', value: text };
  if (text[1] === '[') return { kind: 'literal', value: text.slice(1) };
  const span = (start: number, end: number) => makeSpan(rawOffset + unescaped.rawIndex(start), rawOffset + unescaped.rawIndex(end));
  if (text.length > MAX_EXPRESSION_LENGTH) {
    return {
      kind: 'expression',
      expr: undefined,
      errors: [
        { span: span(0, text.length), message: `The expression is too long to analyse (over ${MAX_EXPRESSION_LENGTH} characters).` },
      ],
    };
  }
  return parseExpressionText(text, span);
}

type TokenKind = 'ident' | 'string' | 'number' | '(' | ')' | '[' | ']' | ',' | '.' | 'eof' | 'bad';

interface Token {
  readonly kind: TokenKind;
  readonly start: number;
  readonly end: number;
  /** Identifier text, string value, or number value. */
  readonly value?: string | number;
}

function parseExpressionText(text: string, span: (start: number, end: number) => Span): ArmStringParse {
  const errors: ExpressionError[] = [];
  const tokens = tokenize(text, 1, text.length - 1, errors, span);
  let pos = 0;
  // Set when the depth cap is hit: every level then unwinds at once instead of reporting a cascade of errors.
  let aborted = false;

  const peek = (ahead = 0): Token => tokens[Math.min(pos + ahead, tokens.length - 1)];
  const next = (): Token => tokens[Math.min(pos++, tokens.length - 1)];
  const tokenSpan = (token: Token) => span(token.start, token.end);
  const error = (at: Span, message: string): Expr => {
    errors.push({ span: at, message });
    return { kind: 'error', span: at };
  };

  function parseExpression(depth: number): Expr {
    if (aborted) return { kind: 'error', span: tokenSpan(peek()) };
    if (depth > MAX_EXPRESSION_DEPTH) {
      aborted = true;
      return error(span(peek().start, text.length - 1), `The expression is nested too deeply (over ${MAX_EXPRESSION_DEPTH} levels).`);
    }
    let expr = parsePrimary(depth);
    const start = expr.span.start;
    // Each postfix step adds a level to the tree, so it counts against the depth cap like a nested call.
    let chain = depth;
    for (;;) {
      if (aborted) return expr;
      const token = peek();
      if (token.kind !== '.' && token.kind !== '[') return expr;
      if (++chain > MAX_EXPRESSION_DEPTH) {
        aborted = true;
        error(tokenSpan(token), `The expression is nested too deeply (over ${MAX_EXPRESSION_DEPTH} levels).`);
        return expr;
      }
      next();
      if (token.kind === '.') {
        const name = peek();
        if (name.kind !== 'ident') {
          error(tokenSpan(name.kind === 'eof' ? token : name), "Expected a property name after '.'.");
          return expr;
        }
        next();
        expr = {
          kind: 'member',
          object: expr,
          name: name.value as string,
          nameSpan: tokenSpan(name),
          span: makeSpan(start, tokenSpan(name).end),
        };
      } else {
        const index = parseExpression(chain + 1);
        const close = peek();
        if (close.kind === ']') {
          next();
          expr = { kind: 'index', object: expr, index, span: makeSpan(start, tokenSpan(close).end) };
        } else {
          if (!aborted) error(tokenSpan(close), "Expected ']'.");
          return { kind: 'index', object: expr, index, span: makeSpan(start, index.span.end) };
        }
      }
    }
  }

  function parsePrimary(depth: number): Expr {
    const token = peek();
    switch (token.kind) {
      case 'string':
        next();
        return { kind: 'string', value: token.value as string, span: tokenSpan(token) };
      case 'number':
        next();
        return { kind: 'number', value: token.value as number, span: tokenSpan(token) };
      case 'ident':
        return parseIdentifierStart(depth);
      case 'bad':
        // The tokenizer already reported it.
        next();
        return { kind: 'error', span: tokenSpan(token) };
      case 'eof':
        return error(tokenSpan(token), 'Expected an expression.');
      case '(':
      case ')':
      case '[':
      case ']':
      case ',':
      case '.':
        return error(tokenSpan(token), `Expected an expression, found '${token.kind}'.`);
    }
  }

  function parseIdentifierStart(depth: number): Expr {
    const first = next();
    const firstName = first.value as string;
    if (peek().kind === '(') return parseCall(firstName, first, first, depth);
    // `ns.func(...)`: a user-defined function; `name.member` without a call is not ARM syntax.
    if (peek().kind === '.' && peek(1).kind === 'ident' && peek(2).kind === '(') {
      next();
      const second = next();
      return parseCall(`${firstName}.${second.value as string}`, first, second, depth);
    }
    const lower = firstName.toLowerCase();
    if (lower === 'true' || lower === 'false') return { kind: 'boolean', value: lower === 'true', span: tokenSpan(first) };
    if (lower === 'null') return { kind: 'null', span: tokenSpan(first) };
    return error(tokenSpan(first), `Expected '(' after the function name '${firstName}'.`);
  }

  function parseCall(name: string, first: Token, last: Token, depth: number): CallExpr {
    const nameSpan = span(first.start, last.end);
    next(); // '('
    const args: Expr[] = [];
    if (peek().kind === ')') {
      const close = next();
      return { kind: 'call', name, nameSpan, args, span: makeSpan(nameSpan.start, tokenSpan(close).end) };
    }
    for (;;) {
      const errorCount = errors.length;
      const arg = parseExpression(depth + 1);
      args.push(arg);
      if (aborted) return { kind: 'call', name, nameSpan, args, span: makeSpan(nameSpan.start, arg.span.end) };
      let token = peek();
      if (token.kind !== ',' && token.kind !== ')' && token.kind !== 'eof') {
        // One message per broken argument: an error node was already reported (by the parser or the tokenizer).
        if (errors.length === errorCount && arg.kind !== 'error') error(tokenSpan(token), "Expected ',' or ')'.");
        skipToArgumentEnd();
        token = peek();
      }
      if (token.kind === ',') {
        next();
        continue;
      }
      if (token.kind === ')') {
        next();
        return { kind: 'call', name, nameSpan, args, span: makeSpan(nameSpan.start, tokenSpan(token).end) };
      }
      // After a broken last argument the missing ')' is the same mistake: report it once.
      if (arg.kind !== 'error') error(tokenSpan(token), `Expected ')' to close the call to '${name}'.`);
      return { kind: 'call', name, nameSpan, args, span: makeSpan(nameSpan.start, arg.span.end) };
    }
  }

  /** Recovery: skip to the ',' or ')' that ends the current argument, stepping over balanced brackets. */
  function skipToArgumentEnd(): void {
    let nesting = 0;
    for (;;) {
      const token = peek();
      if (token.kind === 'eof') return;
      if (nesting === 0 && (token.kind === ',' || token.kind === ')')) return;
      if (token.kind === '(' || token.kind === '[') nesting++;
      if ((token.kind === ')' || token.kind === ']') && nesting > 0) nesting--;
      next();
    }
  }

  if (peek().kind === 'eof') {
    errors.push({ span: span(0, text.length), message: 'The expression is empty.' });
    return { kind: 'expression', expr: undefined, errors };
  }
  const expr = parseExpression(1);
  if (!aborted && peek().kind !== 'eof') {
    errors.push({ span: span(peek().start, text.length - 1), message: 'Unexpected text after the expression.' });
  }
  return { kind: 'expression', expr, errors };
}

function tokenize(text: string, from: number, to: number, errors: ExpressionError[], span: (start: number, end: number) => Span): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const ch = text[i];
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      i++;
      continue;
    }
    const start = i;
    if (ch === '(' || ch === ')' || ch === '[' || ch === ']' || ch === ',' || ch === '.') {
      tokens.push({ kind: ch, start, end: ++i });
      continue;
    }
    if (ch === "'") {
      // '' inside a single-quoted string is one quote. Most strings have none: their value is one slice.
      let value = '';
      let segmentStart = ++i;
      let closed = false;
      while (i < to) {
        const quote = text.indexOf("'", i);
        if (quote < 0 || quote >= to) {
          i = to;
          break;
        }
        i = quote;
        if (text.charCodeAt(i + 1) === 39 /* ' */ && i + 1 < to) {
          value += text.slice(segmentStart, i + 1);
          i += 2;
          segmentStart = i;
          continue;
        }
        value += text.slice(segmentStart, i);
        i++;
        closed = true;
        break;
      }
      if (!closed) {
        value += text.slice(segmentStart, to);
        errors.push({ span: span(start, to), message: "Unterminated string: a closing ' is missing." });
      }
      tokens.push({ kind: 'string', start, end: i, value });
      continue;
    }
    if (isDigit(ch) || (ch === '-' && isDigit(text[i + 1]) && i + 1 < to)) {
      i++;
      while (i < to && isDigit(text[i])) i++;
      if (text[i] === '.' && i + 1 < to && isDigit(text[i + 1])) {
        i++;
        while (i < to && isDigit(text[i])) i++;
      }
      tokens.push({ kind: 'number', start, end: i, value: Number(text.slice(start, i)) });
      continue;
    }
    if (isIdentifierStart(ch)) {
      i++;
      while (i < to && isIdentifierPart(text[i])) i++;
      tokens.push({ kind: 'ident', start, end: i, value: text.slice(start, i) });
      continue;
    }
    // Keep surrogate pairs together so the error span covers the whole character (a lone high surrogate is one).
    i += isHighSurrogate(ch.charCodeAt(0)) && i + 1 < to && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
    errors.push({ span: span(start, i), message: `Unexpected character '${text.slice(start, i)}'.` });
    tokens.push({ kind: 'bad', start, end: i });
  }
  tokens.push({ kind: 'eof', start: to, end: to });
  return tokens;
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

function isIdentifierStart(ch: string): boolean {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch === '_' || ch === '$';
}

function isIdentifierPart(ch: string): boolean {
  return isIdentifierStart(ch) || isDigit(ch);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
