/**
 * The Bicep lexer: turns text into tokens (strings split at `${…}` holes), collects comments and `#` directives
 * as trivia, and pairs every opening bracket with its closer so the parser can skip whole regions in O(1).
 */
import type { Comment, Directive, SyntaxDiagnostic } from './ast';
import {
  isDigit,
  isHexDigit,
  isInlineSpace,
  isWordPart,
  isWordStart,
  startsSomething,
  wordParts,
  type Token,
  type TokenKind,
} from './tokens';

export interface LexResult {
  readonly tokens: readonly Token[];
  /**
   * For a `{`, `[`, `(` or `stringLeft` token: the index of its matching closer (`stringRight` for strings), or -1
   * when it is never closed. -1 for every other token.
   */
  readonly matches: Int32Array;
  readonly comments: Comment[];
  readonly directives: Directive[];
  readonly diagnostics: SyntaxDiagnostic[];
  /**
   * Offsets of the tokens that begin a line outside every bracket and string: where a top-level statement can start
   * and lexing can start afresh (the incremental reparse in reparse.ts resumes only at these).
   */
  readonly cleanStarts: number[];
  /**
   * False when lexing a stretch of the text (`lexBicep(text, from, to)`) would not have given the same tokens as
   * lexing the whole text: a bracket is still open at `to`, or a comment or multi-line string runs past it.
   */
  readonly cleanAtEnd: boolean;
}

/**
 * How far down the bracket stack a closer looks for its opener. Bounded so that hostile input (100 000 `[` then
 * 100 000 `)`) stays linear; real files never come close.
 */
const MATCH_SEARCH_LIMIT = 64;

const CH_LF = 10;
const CH_CR = 13;
const CH_QUOTE = 39;
const CH_DOLLAR = 36;
const CH_BACKSLASH = 92;

const directiveKinds: Readonly<Record<string, Directive['kind']>> = {
  '#disable-next-line': 'disable-next-line',
  '#disable-diagnostics': 'disable-diagnostics',
  '#restore-diagnostics': 'restore-diagnostics',
};

/** Lexes `text`, or only its stretch `[from, to)` (tokens keep their offsets in the whole text). */
export function lexBicep(text: string, from = 0, to = text.length): LexResult {
  const len = to;
  const tokens: Token[] = [];
  const matchList: number[] = [];
  const comments: Comment[] = [];
  const directives: Directive[] = [];
  const diagnostics: SyntaxDiagnostic[] = [];
  const cleanStarts: number[] = [];
  /** A comment or multi-line string looked past `to` for its end. */
  let overran = false;
  /** Token indices of open `{`, `[`, `(` and `stringLeft` (an open interpolated string, inside one of its holes). */
  const stack: number[] = [];
  let openTemplates = 0;
  let pos = from;

  const report = (start: number, end: number, message: string): void => {
    diagnostics.push({ span: { start, end: Math.max(start, end) }, message });
  };

  const push = (kind: TokenKind, start: number, end: number, value = '', rawStart = start, rawEnd = end): number => {
    if (stack.length === 0 && kind !== 'newline' && kind !== 'eof' && (tokens.length === 0 || tokens[tokens.length - 1].kind === 'newline'))
      cleanStarts.push(start);
    tokens.push({ kind, start, end, value, rawStart, rawEnd });
    matchList.push(-1);
    return tokens.length - 1;
  };

  /** Pops stack entries above `depth`; they stay unmatched. */
  const popTo = (depth: number): void => {
    while (stack.length > depth) {
      const index = stack.pop()!;
      if (tokens[index].kind === 'stringLeft') openTemplates--;
    }
  };

  /**
   * Index into `stack` of the opener a closer pairs with, or -1. `}` pairs with the nearest `{` or open string hole,
   * stepping over unclosed `(` / `[` inside it; `]` and `)` step over anything but never leave a string hole.
   */
  const findOpener = (kind: TokenKind): number => {
    const floor = Math.max(0, stack.length - MATCH_SEARCH_LIMIT);
    for (let k = stack.length - 1; k >= floor; k--) {
      const found = tokens[stack[k]].kind;
      if (found === kind) return k;
      if (kind === '{') {
        if (found === 'stringLeft') return k;
        if (found !== '(' && found !== '[') return -1;
      } else if (found === 'stringLeft') {
        return -1;
      }
    }
    return -1;
  };

  const closeBracket = (opener: '{' | '[' | '(', closer: '}' | ']' | ')', start: number): void => {
    const index = push(closer, start, start + 1);
    const k = findOpener(opener);
    if (k >= 0) {
      const openIndex = stack[k];
      popTo(k);
      matchList[openIndex] = index;
    }
  };

  /**
   * Scans string content from `from` up to the closing quote, a `${` hole, a line break or the end of text.
   * `tokenStart` is the `'` (first piece) or the `}` (a piece after a hole).
   */
  const scanString = (tokenStart: number, from: number, continuing: boolean): void => {
    let value = '';
    let chunk = from;
    let i = from;
    for (;;) {
      if (i >= len || text.charCodeAt(i) === CH_LF || text.charCodeAt(i) === CH_CR) {
        report(tokenStart, i, 'unterminated string: a single-quoted string ends on its own line');
        value += text.slice(chunk, i);
        finishString(continuing ? 'stringRight' : 'string', tokenStart, i, value, from, i);
        pos = i;
        return;
      }
      const c = text.charCodeAt(i);
      if (c === CH_QUOTE) {
        value += text.slice(chunk, i);
        finishString(continuing ? 'stringRight' : 'string', tokenStart, i + 1, value, from, i);
        pos = i + 1;
        return;
      }
      if (c === CH_DOLLAR && text.charCodeAt(i + 1) === 123) {
        value += text.slice(chunk, i);
        finishString(continuing ? 'stringMiddle' : 'stringLeft', tokenStart, i + 2, value, from, i);
        pos = i + 2;
        return;
      }
      if (c === CH_BACKSLASH) {
        value += text.slice(chunk, i);
        const escape = readEscape(i);
        value += escape.value;
        i = escape.end;
        chunk = i;
        continue;
      }
      i++;
    }
  };

  const finishString = (kind: TokenKind, start: number, end: number, value: string, rawStart: number, rawEnd: number): void => {
    const index = push(kind, start, end, value, rawStart, rawEnd);
    if (kind === 'stringLeft') {
      stack.push(index);
      openTemplates++;
    } else if (kind === 'stringRight') {
      const k = findOpener('stringLeft');
      if (k >= 0) {
        const openIndex = stack[k];
        popTo(k);
        matchList[openIndex] = index;
      }
    }
  };

  /** Reads one escape starting at the backslash; an unknown escape keeps its raw text and is reported. */
  const readEscape = (at: number): { value: string; end: number } => {
    const next = text.charCodeAt(at + 1);
    switch (next) {
      case CH_QUOTE:
        return { value: "'", end: at + 2 };
      case CH_BACKSLASH:
        return { value: '\\', end: at + 2 };
      case 110: // n
        return { value: '\n', end: at + 2 };
      case 114: // r
        return { value: '\r', end: at + 2 };
      case 116: // t
        return { value: '\t', end: at + 2 };
      case CH_DOLLAR:
        return { value: '$', end: at + 2 };
      case 117: {
        // u{hex}
        if (text.charCodeAt(at + 2) === 123) {
          let j = at + 3;
          while (j < len && isHexDigit(text.charCodeAt(j)) && j - (at + 3) < 6) j++;
          const hex = text.slice(at + 3, j);
          const codePoint = hex.length > 0 ? parseInt(hex, 16) : NaN;
          if (text.charCodeAt(j) === 125 && codePoint <= 0x10ffff) {
            return { value: String.fromCodePoint(codePoint), end: j + 1 };
          }
        }
        report(at, at + 2, 'invalid escape: expected \\u{hex digits} with a code point up to 10FFFF');
        return { value: '\\u', end: at + 2 };
      }
      default: {
        if (Number.isNaN(next) || next === CH_LF || next === CH_CR) {
          report(at, at + 1, 'invalid escape at the end of the line');
          return { value: '\\', end: at + 1 };
        }
        report(at, at + 2, "invalid escape: Bicep strings allow \\' \\\\ \\n \\r \\t \\$ and \\u{…}");
        return { value: text.slice(at, at + 2), end: at + 2 };
      }
    }
  };

  const scanMultilineString = (start: number): void => {
    const contentStart = start + 3;
    const close = text.indexOf("'''", contentStart);
    if (close < 0 || close + 3 > len) overran = true;
    let contentEnd: number;
    let end: number;
    if (close < 0) {
      report(start, len, "unterminated multi-line string: expected '''");
      contentEnd = end = len;
    } else {
      // `'''a''''` is the text `a'`: the closing delimiter is the last three quotes of the run.
      end = close + 3;
      while (text.charCodeAt(end) === CH_QUOTE) end++;
      contentEnd = end - 3;
    }
    let value = text.slice(contentStart, contentEnd);
    // A line break right after the opening quotes is not part of the value (Bicep's rule).
    if (value.startsWith('\r\n')) value = value.slice(2);
    else if (value.startsWith('\n') || value.startsWith('\r')) value = value.slice(1);
    push('multilineString', start, end, value, contentStart, contentEnd);
    pos = end;
  };

  const scanDirective = (start: number): void => {
    let i = start + 1;
    while (i < len && (isWordPart(text.charCodeAt(i)) || text.charCodeAt(i) === 45)) i++;
    const name = text.slice(start, i);
    const kind = directiveKinds[name];
    if (kind === undefined) {
      let lineEnd = i;
      while (lineEnd < len && text.charCodeAt(lineEnd) !== CH_LF && text.charCodeAt(lineEnd) !== CH_CR) lineEnd++;
      report(start, i, `unknown directive '${name}': expected #disable-next-line, #disable-diagnostics or #restore-diagnostics`);
      pos = lineEnd;
      return;
    }
    const codes: string[] = [];
    let end = i;
    for (;;) {
      while (i < len && isInlineSpace(text.charCodeAt(i))) i++;
      const c = text.charCodeAt(i);
      if (i >= len || c === CH_LF || c === CH_CR) break;
      if (c === 47 && (text.charCodeAt(i + 1) === 47 || text.charCodeAt(i + 1) === 42)) break;
      const codeStart = i;
      while (i < len && !isInlineSpace(text.charCodeAt(i)) && text.charCodeAt(i) !== CH_LF && text.charCodeAt(i) !== CH_CR) i++;
      codes.push(text.slice(codeStart, i));
      end = i;
    }
    directives.push({ span: { start, end }, kind, codes });
    pos = end;
  };

  const scanBlockComment = (start: number): void => {
    const close = text.indexOf('*/', start + 2);
    if (close < 0 || close + 2 > len) overran = true;
    const end = close < 0 ? len : close + 2;
    if (close < 0) report(start, len, "unterminated block comment: expected '*/'");
    comments.push({ span: { start, end }, text: text.slice(start, end), kind: 'block' });
    pos = end;
  };

  const scanLineBreak = (start: number): void => {
    const end = text.charCodeAt(start) === CH_CR && text.charCodeAt(start + 1) === CH_LF ? start + 2 : start + 1;
    // A single-line string cannot span lines, so a hole still open here is abandoned with its string.
    while (openTemplates > 0) {
      const index = stack.pop()!;
      if (tokens[index].kind === 'stringLeft') openTemplates--;
    }
    const last = tokens.length - 1;
    if (last >= 0 && tokens[last].kind === 'newline') {
      const previous = tokens[last];
      tokens[last] = { ...previous, end, rawEnd: end };
    } else {
      push('newline', start, end);
    }
    pos = end;
  };

  /** A one- or two-character punctuation token at `start` (made once per file, not per token). */
  const one = (kind: TokenKind, start: number): boolean => {
    push(kind, start, start + 1);
    pos = start + 1;
    return true;
  };
  const two = (kind: TokenKind, start: number): boolean => {
    push(kind, start, start + 2);
    pos = start + 2;
    return true;
  };

  /** Punctuation, longest match first. */
  const scanPunctuation = (start: number, c: number): boolean => {
    const n = text.charCodeAt(start + 1);
    switch (c) {
      case 123: // {
      case 91: // [
      case 40: {
        // (
        const index = push(String.fromCharCode(c) as TokenKind, start, start + 1);
        stack.push(index);
        pos = start + 1;
        return true;
      }
      case 125: {
        // }: either closes a brace or ends an interpolation hole and resumes the string.
        const k = findOpener('{');
        if (k >= 0 && tokens[stack[k]].kind === 'stringLeft') {
          popTo(k + 1);
          scanString(start, start + 1, true);
          return true;
        }
        closeBracket('{', '}', start);
        pos = start + 1;
        return true;
      }
      case 93: // ]
        closeBracket('[', ']', start);
        pos = start + 1;
        return true;
      case 41: // )
        closeBracket('(', ')', start);
        pos = start + 1;
        return true;
      case 44:
        return one(',', start);
      case 46: // .
        if (n === 46 && text.charCodeAt(start + 2) === 46) {
          push('...', start, start + 3);
          pos = start + 3;
          return true;
        }
        return n === 63 ? two('.?', start) : one('.', start);
      case 58: // :
        return n === 58 ? two('::', start) : one(':', start);
      case 63: // ?
        return n === 63 ? two('??', start) : one('?', start);
      case 61: // =
        return n === 61 ? two('==', start) : n === 126 ? two('=~', start) : n === 62 ? two('=>', start) : one('=', start);
      case 33: // !
        return n === 61 ? two('!=', start) : n === 126 ? two('!~', start) : one('!', start);
      case 60:
        return n === 61 ? two('<=', start) : one('<', start);
      case 62:
        return n === 61 ? two('>=', start) : one('>', start);
      case 43:
        return one('+', start);
      case 45:
        return one('-', start);
      case 42:
        return one('*', start);
      case 47:
        return one('/', start);
      case 37:
        return one('%', start);
      case 38: // &
        return n === 38 ? two('&&', start) : false;
      case 124: // |
        return n === 124 ? two('||', start) : one('|', start);
      case 64:
        return one('@', start);
      case 94:
        return one('^', start);
      default:
        return false;
    }
  };

  while (pos < len) {
    const start = pos;
    const c = text.charCodeAt(pos);
    if (c === 32) {
      // Runs of spaces (indentation) are most of the characters of a file: skipped in one tight loop.
      pos++;
      while (text.charCodeAt(pos) === 32) pos++;
    } else if (isInlineSpace(c)) {
      pos++;
    } else if (c === CH_LF || c === CH_CR) {
      scanLineBreak(start);
    } else if (c === 47 && text.charCodeAt(pos + 1) === 47) {
      let end = pos + 2;
      while (end < len && text.charCodeAt(end) !== CH_LF && text.charCodeAt(end) !== CH_CR) end++;
      comments.push({ span: { start, end }, text: text.slice(start, end), kind: 'line' });
      pos = end;
    } else if (c === 47 && text.charCodeAt(pos + 1) === 42) {
      scanBlockComment(start);
    } else if (c === 35) {
      scanDirective(start);
    } else if (c === CH_QUOTE) {
      if (text.charCodeAt(pos + 1) === CH_QUOTE && text.charCodeAt(pos + 2) === CH_QUOTE) scanMultilineString(start);
      else scanString(start, start + 1, false);
    } else if (isDigit(c)) {
      let end = pos + 1;
      while (end < len && isDigit(text.charCodeAt(end))) end++;
      push('number', start, end, text.slice(start, end));
      pos = end;
    } else if (isWordStart(c)) {
      let end = pos + 1;
      // Inlined isWordPart: this loop sees most characters of a file.
      for (let c2 = text.charCodeAt(end); c2 < 128 && wordParts[c2] === 1; c2 = text.charCodeAt(end)) end++;
      push('word', start, end, text.slice(start, end));
      pos = end;
    } else if (!scanPunctuation(start, c)) {
      let end = pos + 1;
      while (end < len && !startsSomething(text.charCodeAt(end))) end++;
      report(start, end, `unexpected character${end - start > 1 ? 's' : ''} '${text.slice(start, Math.min(end, start + 20))}'`);
      push('unknown', start, end, text.slice(start, end));
      pos = end;
    }
  }
  const cleanAtEnd = stack.length === 0 && pos === len && !(overran && len < text.length);
  push('eof', len, len);
  return { tokens, matches: Int32Array.from(matchList), comments, directives, diagnostics, cleanStarts, cleanAtEnd };
}
