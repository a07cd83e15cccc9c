/** Token kinds the Bicep lexer produces and the small predicates the parser asks about them. */

/**
 * Words are not split into keywords here: Bicep keywords are contextual (`type`, `resource`, `if` and `for` are also
 * valid property names), so the parser decides by position what a `word` means.
 */
export type TokenKind =
  | 'word'
  | 'number'
  /** `'abc'`: a whole single-line string without interpolation. */
  | 'string'
  /** `'abc${`: the first piece of an interpolated string. */
  | 'stringLeft'
  /** `}abc${`: a piece between two interpolation holes. */
  | 'stringMiddle'
  /** `}abc'`: the last piece of an interpolated string. */
  | 'stringRight'
  | 'multilineString'
  /** One token for a run of line breaks (and the blank lines, comments and directives between them). */
  | 'newline'
  | 'eof'
  /** A run of characters Bicep does not know; the lexer has already reported it. */
  | 'unknown'
  | '{'
  | '}'
  | '['
  | ']'
  | '('
  | ')'
  | ','
  | '.'
  | '.?'
  | '...'
  | '::'
  | ':'
  | '?'
  | '??'
  | '='
  | '=>'
  | '=='
  | '!='
  | '=~'
  | '!~'
  | '!'
  | '<'
  | '<='
  | '>'
  | '>='
  | '+'
  | '-'
  | '*'
  | '/'
  | '%'
  | '&&'
  | '||'
  | '@'
  | '|'
  /** Only in `base[^n]`: the n-th item from the end. */
  | '^';

export interface Token {
  readonly kind: TokenKind;
  readonly start: number;
  readonly end: number;
  /** Word text, number text, or the unescaped text of a string piece; '' for punctuation. */
  readonly value: string;
  /** For string pieces: the raw text between the delimiters (`'`, `${`, `}`, `'''`); otherwise equal to start/end. */
  readonly rawStart: number;
  readonly rawEnd: number;
}

export type OpenerKind = '{' | '[' | '(';
export type CloserKind = '}' | ']' | ')';

export function isCloser(kind: TokenKind): kind is CloserKind {
  return kind === '}' || kind === ']' || kind === ')';
}

export function closerOf(opener: OpenerKind): CloserKind {
  switch (opener) {
    case '{':
      return '}';
    case '[':
      return ']';
    case '(':
      return ')';
  }
}

/** Words that start a declaration at the top of a file (`.bicep` and `.bicepparam`). */
export const declarationKeywords: ReadonlySet<string> = new Set([
  'targetScope',
  'metadata',
  'param',
  'var',
  'output',
  'resource',
  'module',
  'type',
  'func',
  'import',
  'extension',
  'provider',
  'using',
  'extends',
  'extensionConfig',
  'assert',
]);

// Character classes (UTF-16 code units). Bicep identifiers are ASCII.

/**
 * 1 for `[A-Za-z0-9_]`. A table rather than comparisons because the word loop runs over most of every file, and
 * a lookup is cheap even before the JIT has optimised the lexer (a cold parse is the common case in the CLI).
 */
export const wordParts = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  wordParts[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 ? 1 : 0;
}

export function isWordStart(c: number): boolean {
  return c < 128 && wordParts[c] === 1 && (c < 48 || c > 57);
}

export function isWordPart(c: number): boolean {
  return c < 128 && wordParts[c] === 1;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isHexDigit(c: number): boolean {
  return isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

export function isInlineSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 11 || c === 12 || c === 0xfeff || c === 0xa0;
}

/** Characters that can begin some token or trivia; anything else is gathered into one `unknown` token. */
export function startsSomething(c: number): boolean {
  return isWordPart(c) || isInlineSpace(c) || c === 10 || c === 13 || "'#/{}[](),.:?=!<>+-*%&|@^".includes(String.fromCharCode(c));
}
