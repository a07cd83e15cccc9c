/**
 * The parser's cursor over the token list: lookahead, newline significance, diagnostics, the nesting-depth budget
 * and the skipping primitives every recovery path uses. The grammar itself lives in expressions/types/statements.
 */
import type { Decorator, ErrorNode, ResourceDeclaration, Span, SyntaxDiagnostic } from './ast';
import type { LexResult } from './lexer';
import { closerOf, declarationKeywords, isCloser, type CloserKind, type Token, type TokenKind } from './tokens';

/** Deeper syntax is skipped, not parsed: recursion stays far from the JS stack limit, and so do tree walkers. */
export const MAX_DEPTH = 256;
export const TOO_DEEP_MESSAGE = `nesting deeper than ${MAX_DEPTH} levels is not analysed`;

/** A file with this many syntax errors is not Bicep worth reporting on further (random bytes, a binary file). */
export const MAX_DIAGNOSTICS = 1000;
export const TOO_MANY_DIAGNOSTICS_MESSAGE = 'too many syntax errors; the rest of the file is not reported';

export class Parser {
  readonly tokens: readonly Token[];
  readonly matches: Int32Array;
  readonly diagnostics: SyntaxDiagnostic[] = [];
  pos = 0;
  /** End offset of the last consumed token: the end of the node being built. */
  lastEnd = 0;
  /**
   * Inside `( )` line breaks mean nothing (multi-line calls, lambdas, parenthesised ternaries); inside `{ }` and
   * `[ ]` and at statement level they separate things. Constructs save, set and restore this.
   */
  newlinesInsignificant = false;
  /** Nesting spent so far: each expression level and each operator in a chain costs one. */
  depth = 0;
  /**
   * How many enclosing constructs wait for each closer (`hole`: an interpolation waiting for its string to go on);
   * a stray closer no one waits for is skipped.
   */
  readonly waiting: Record<CloserKind | 'hole', number> = { '}': 0, ']': 0, ')': 0, hole: 0 };
  /** Set by the statement parser: objects hold nested `resource` declarations but expressions do not own them. */
  parseNestedResource: (decorators: readonly Decorator[], start: number) => ResourceDeclaration = () => {
    throw new Error('parseNestedResource not installed');
  };
  private reportedOverflow = false;

  constructor(
    readonly text: string,
    lexed: LexResult,
  ) {
    this.tokens = lexed.tokens;
    this.matches = lexed.matches;
  }

  // -- looking -------------------------------------------------------------------------------------------------

  /**
   * Set when a construct that reads across line breaks (inside `( )`, type arguments) reached the end of the tokens.
   * Parsing a stretch of a file alone (reparse.ts) is then not parsing it as in the whole file, where that construct
   * would have gone on into the next statement.
   */
  reachedEndAcrossLines = false;

  peek(): Token {
    if (this.newlinesInsignificant) {
      while (this.tokens[this.pos].kind === 'newline') this.pos++;
      if (this.tokens[this.pos].kind === 'eof') this.reachedEndAcrossLines = true;
    }
    return this.tokens[this.pos];
  }

  /** The token `offset` places after the current one, counting line breaks as tokens. */
  lookahead(offset: number): Token {
    this.peek();
    return this.tokens[Math.min(this.pos + offset, this.tokens.length - 1)];
  }

  at(kind: TokenKind): boolean {
    return this.peek().kind === kind;
  }

  atWord(word: string): boolean {
    const token = this.peek();
    return token.kind === 'word' && token.value === word;
  }

  /**
   * When the current token is a line break and the one after it is `kind` (the word `word`, if given), steps over the
   * line break. Bicep lets a few constructs go on across line breaks this way (`?` and `:` of a ternary, `|` of a
   * union, `if` after a resource's `=`). None of those tokens can begin a declaration, so the answer at the end of a
   * stretch parsed alone (reparse.ts), where the next declaration is cut off, is the same as in the whole file.
   */
  continuesOnNextLine(kind: TokenKind, word?: string): boolean {
    const token = this.peek();
    if (token.kind === kind && (word === undefined || token.value === word)) return true;
    if (token.kind !== 'newline') return false;
    const next = this.tokens[this.pos + 1];
    if (next.kind === kind && (word === undefined || next.value === word)) {
      this.pos++;
      return true;
    }
    return false;
  }

  skipLineBreaks(): void {
    while (this.tokens[this.pos].kind === 'newline') this.pos++;
  }

  /** Whether the previous token was a line break (or there is none): the current token begins a line. */
  atLineStart(): boolean {
    this.peek();
    return this.pos === 0 || this.tokens[this.pos - 1].kind === 'newline';
  }

  /** Whether the token starts at the beginning of a line. */
  atColumnZero(token: Token): boolean {
    if (token.start === 0) return true;
    const before = this.text.charCodeAt(token.start - 1);
    return before === 10 || before === 13;
  }

  /**
   * A declaration keyword (or decorator) at column 0. Only consulted inside constructs the lexer found unclosed:
   * there it marks where a half-typed statement ends and the next one begins, instead of swallowing the file.
   */
  atDeclarationStart(): boolean {
    const token = this.peek();
    if (!this.atColumnZero(token)) return false;
    if (token.kind === '@') return true;
    if (token.kind !== 'word' || !declarationKeywords.has(token.value)) return false;
    const next = this.tokens[Math.min(this.pos + 1, this.tokens.length - 1)].kind;
    return next === 'word' || next === 'string' || next === 'stringLeft' || next === '=' || next === '{' || next === '*';
  }

  isUnclosed(openerIndex: number): boolean {
    return this.matches[openerIndex] < 0;
  }

  // -- consuming -----------------------------------------------------------------------------------------------

  advance(): Token {
    const token = this.peek();
    if (token.kind !== 'eof') this.pos++;
    // Nodes end at their last real token, never at a line break consumed after it.
    if (token.kind !== 'newline') this.lastEnd = token.end;
    return token;
  }

  eat(kind: TokenKind): Token | undefined {
    return this.at(kind) ? this.advance() : undefined;
  }

  eatWord(word: string): Token | undefined {
    return this.atWord(word) ? this.advance() : undefined;
  }

  /** Consumes `kind`, or reports "expected <what>" at the current token and consumes nothing. */
  expect(kind: TokenKind, what: string): Token | undefined {
    if (this.at(kind)) return this.advance();
    this.errorAtCurrent(`expected ${what}`);
    return undefined;
  }

  // -- reporting -----------------------------------------------------------------------------------------------

  error(start: number, end: number, message: string): void {
    const last = this.diagnostics[this.diagnostics.length - 1];
    // Several unclosed constructs often fail at the same token; one message there is enough.
    if (last !== undefined && last.span.start === start && last.message === message) return;
    if (this.diagnostics.length >= MAX_DIAGNOSTICS) {
      if (!this.reportedOverflow) {
        this.reportedOverflow = true;
        this.diagnostics.push({ span: { start, end: Math.max(start, end) }, message: TOO_MANY_DIAGNOSTICS_MESSAGE });
      }
      return;
    }
    this.diagnostics.push({ span: { start, end: Math.max(start, end) }, message });
  }

  /**
   * Reports a missing closer unless something was already reported at this offset: when several constructs are
   * left open at the same place, the innermost one's message is the useful one.
   */
  missingCloser(offset: number, closer: CloserKind): void {
    const last = this.diagnostics[this.diagnostics.length - 1];
    if (last !== undefined && last.span.start === offset) return;
    this.error(offset, offset, `expected '${closer}'`);
  }

  errorAtCurrent(message: string): void {
    const token = this.peek();
    this.error(token.start, token.kind === 'newline' || token.kind === 'eof' ? token.start : token.end, message);
  }

  /** Span from `start` to the end of the last consumed token. */
  spanFrom(start: number): Span {
    return { start, end: Math.max(start, this.lastEnd) };
  }

  /**
   * An empty error node for something missing, placed right after the last consumed token so that it lies inside
   * the node being built (whose span ends there), not after the whitespace or comment that follows.
   */
  missing(): ErrorNode {
    return { kind: 'error', span: { start: this.lastEnd, end: this.lastEnd } };
  }

  // -- skipping ------------------------------------------------------------------------------------------------

  /**
   * Consumes tokens until `stop` holds for the current one (or end of file). A matched opener is jumped over with its
   * whole region, so a skipped `{` never leaves its `}` behind to close the wrong construct; unmatched openers
   * are stepped over one at a time. Iterative and linear.
   */
  skipUntil(stop: (token: Token) => boolean): void {
    for (;;) {
      const token = this.peek();
      if (token.kind === 'eof' || stop(token)) return;
      const match = this.matches[this.pos];
      if (match > this.pos) {
        this.pos = match;
        this.lastEnd = this.tokens[match].end;
        this.pos++;
      } else {
        this.advance();
      }
    }
  }

  /** Skips to the end of the current line, list item or enclosing bracket. */
  skipToItemEnd(): void {
    this.skipUntil((t) => t.kind === 'newline' || t.kind === ',' || isBoundary(t.kind));
  }

  /** Skips the rest of an expression that nests too deeply; returns an error node for what was skipped. */
  skipTooDeep(start: number): ErrorNode {
    this.errorAtCurrent(TOO_DEEP_MESSAGE);
    const from = this.peek().start;
    const before = this.lastEnd;
    this.skipUntil((t) => t.kind === 'newline' || t.kind === ',' || isBoundary(t.kind));
    // Nothing skipped (the current token ends the item, or is the end of the file): an empty node right after the
    // last consumed token, as `missing()` places it, so it stays inside the node being built.
    if (this.lastEnd === before) return { kind: 'error', span: { start: Math.min(start, before), end: before } };
    return { kind: 'error', span: { start: Math.min(start, from), end: Math.max(from, this.lastEnd) } };
  }

  /**
   * Handles a closer (or string piece after a hole) that is not the one the current construct wants: when an
   * enclosing construct waits for it, returns true (the caller stops and reports its own missing closer);
   * otherwise reports and consumes it.
   */
  strayCloser(token: Token): boolean {
    const waitingFor = isCloser(token.kind) ? token.kind : 'hole';
    if (this.waiting[waitingFor] > 0) return true;
    this.error(token.start, token.end, `unexpected '${this.text.slice(token.start, Math.min(token.end, token.start + 20))}'`);
    this.advance();
    return false;
  }
}

/** Tokens that end a bracketed construct or an interpolation hole. */
export function isBoundary(kind: TokenKind): boolean {
  return isCloser(kind) || kind === 'stringMiddle' || kind === 'stringRight';
}

/**
 * The separators between two items of an object, array, object type, tuple or import list, as Bicep has them:
 * line breaks, or one comma on the same line (`{ a: 1, b: 2 }`, and a trailing one `[1, 2,]`). A comma with no
 * item before it, or a comma at the end of a line, Bicep rejects (BCP238 for the latter), and so is reported here.
 */
function skipSeparators(p: Parser, afterItem: boolean): void {
  for (let itemBefore = afterItem; ;) {
    if (p.at('newline')) {
      p.advance();
      itemBefore = false;
    } else if (p.at(',')) {
      const comma = p.advance();
      if (!itemBefore) p.error(comma.start, comma.end, "expected an item before ','");
      else if (p.at('newline')) p.errorAtCurrent("unexpected new line after ',': separate items with either a comma or a new line");
      itemBefore = false;
    } else {
      return;
    }
  }
}

export interface DelimitedList<T> {
  readonly items: T[];
  readonly span: Span;
}

/**
 * Parses `open item sep item … close`, the shape of objects, arrays, argument lists, tuple and object types and
 * import lists. Items are separated by commas or (when `newlineSeparated`) by line breaks or one comma on the same
 * line (`skipSeparators`), which covers Bicep's multi-line form and its newer single-line comma form. Recovery: an item that does
 * not end at a separator is skipped to the next one; a closer some enclosing construct waits for ends this list;
 * inside a list the lexer found unclosed, a declaration keyword at column 0 ends it too. The current token must
 * be `opener`.
 */
export function parseDelimited<T>(
  p: Parser,
  opener: '{' | '[' | '(',
  newlineSeparated: boolean,
  parseItem: () => T | undefined,
): DelimitedList<T> {
  const closer = closerOf(opener);
  p.peek();
  const unclosed = p.isUnclosed(p.pos);
  const start = p.advance().start;
  const savedNewlines = p.newlinesInsignificant;
  p.newlinesInsignificant = !newlineSeparated;
  p.waiting[closer]++;
  const items: T[] = [];
  let afterItem = false;
  for (;;) {
    if (newlineSeparated) {
      skipSeparators(p, afterItem);
      afterItem = false;
    } else {
      while (p.at(',') || p.at('newline')) p.advance();
    }
    const token = p.peek();
    if (token.kind === closer) {
      p.advance();
      break;
    }
    if (token.kind === 'eof') {
      p.missingCloser(token.start, closer);
      break;
    }
    if (isBoundary(token.kind)) {
      if (p.strayCloser(token)) {
        p.missingCloser(token.start, closer);
        break;
      }
      continue;
    }
    if (unclosed && p.atDeclarationStart()) {
      p.missingCloser(p.lastEnd, closer);
      break;
    }
    const reported = p.diagnostics.length;
    const item = parseItem();
    afterItem = true;
    if (item !== undefined) items.push(item);
    const after = p.peek();
    if (after.kind === ',' || after.kind === 'newline' || after.kind === 'eof' || isBoundary(after.kind)) continue;
    if (unclosed && p.atDeclarationStart()) continue;
    // The item parser has usually said what is wrong already; a second message at the same place is noise.
    if (p.diagnostics.length === reported) {
      p.errorAtCurrent(newlineSeparated ? `expected a new line, ',' or '${closer}'` : `expected ',' or '${closer}'`);
    }
    p.skipToItemEnd();
  }
  p.waiting[closer]--;
  p.newlinesInsignificant = savedNewlines;
  return { items, span: p.spanFrom(start) };
}
