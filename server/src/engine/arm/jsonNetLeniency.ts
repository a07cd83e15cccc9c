/**
 * The lexical liberties Azure's template engine takes with JSON, made readable by jsonc-parser without moving an
 * offset. ARM reads templates with Newtonsoft Json.NET's `JsonTextReader` (comments allowed, and documented as
 * such with multi-line strings in "Understand the structure and syntax of ARM templates"). Besides comments and
 * trailing commas, which jsonc-parser accepts itself, that reader takes:
 * - raw line breaks and other control characters inside strings (a multi-line expression is one string whose value
 *   holds the line breaks; the expression parser reads them as whitespace);
 * - strings delimited by single quotes, as keys and as values;
 * - the escape `\'`, in either kind of string.
 * It rejects a comment between a property name and its colon (it skips only whitespace there), which jsonc-parser
 * accepts: that is reported here.
 *
 * The text is scanned once, as Json.NET reads it (a string runs to its closing quote, across lines), and every
 * string that jsonc-parser would read differently is masked with characters of the same length: the delimiters become
 * `"`, a control character a space, a `"` inside a single-quoted string a `'`, and `\'` becomes `\/`. jsonc-parser
 * then reads the masked text, and those strings get their real values back from the original text.
 * Other Json.NET liberties (unquoted property names, `NaN`, `undefined`, constructors, hexadecimal numbers, empty
 * array slots) cannot be masked in the same length and stay syntax errors.
 */
import type { Span } from '../text/span';
import { unescapeJsonString } from './expression/unescape';

export interface MaskedJsonText {
  /** The text jsonc-parser should read: same length as the original, every offset the same. */
  readonly text: string;
  /** The value of each masked string (property names included), by the offset of its opening quote. */
  readonly values: ReadonlyMap<number, string>;
  /** What Json.NET rejects although jsonc-parser would read it. */
  readonly errors: readonly { readonly span: Span; readonly message: string }[];
  /** Where each string holding a raw line break starts (a quote left open is read differently by strict JSON). */
  readonly multiLineStrings: readonly number[];
}

const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;
const STAR = 42;
const SLASH = 47;
const COLON = 58;
const BACKSLASH = 92;

/**
 * Masks what jsonc-parser would misread (see above). In strings that start at `lineBreaksEndStringsFrom` or later, a
 * line break is read as the string's (missing) end instead, as strict JSON does: for recovery, when the text does not
 * parse anyway. Returns undefined when there is nothing to mask or report (the text can be read as it is).
 */
export function maskJsonNetLeniencies(text: string, lineBreaksEndStringsFrom = Infinity): MaskedJsonText | undefined {
  const length = text.length;
  const pieces: string[] = [];
  let copiedTo = 0;
  const values = new Map<number, string>();
  const errors: { span: Span; message: string }[] = [];
  const multiLineStrings: number[] = [];
  const mask = (at: number, replacement: string): void => {
    pieces.push(text.slice(copiedTo, at), replacement);
    copiedTo = at + replacement.length;
  };

  let i = 0;
  while (i < length) {
    const ch = text.charCodeAt(i);
    if (ch === SLASH) {
      i = endOfComment(text, i);
      continue;
    }
    if (ch !== DOUBLE_QUOTE && ch !== SINGLE_QUOTE) {
      i++;
      continue;
    }
    // A string: find its end as Json.NET does, noting what jsonc-parser would read differently.
    const start = i;
    const lineBreaksEndString = start >= lineBreaksEndStringsFrom;
    let end = -1;
    let lenient = ch === SINGLE_QUOTE;
    let lineBreak = false;
    const masks: { at: number; replacement: string }[] = [];
    let j = i + 1;
    while (j < length) {
      const c = text.charCodeAt(j);
      if (c === ch) {
        end = j + 1;
        break;
      }
      if (c === BACKSLASH) {
        if (text.charCodeAt(j + 1) === SINGLE_QUOTE) {
          masks.push({ at: j, replacement: '\\/' });
          lenient = true;
        }
        j += 2;
        continue;
      }
      if (c < SPACE) {
        if (c === LF || c === CR) {
          if (lineBreaksEndString) break;
          lineBreak = true;
        }
        masks.push({ at: j, replacement: ' ' });
        lenient = true;
      } else if (c === DOUBLE_QUOTE) {
        // Only inside a single-quoted string: masked so that jsonc-parser does not end the string there.
        masks.push({ at: j, replacement: "'" });
      }
      j++;
    }
    if (end < 0) {
      // Unterminated (or ended by a line break in recovery): left as written, jsonc-parser reports it.
      i = Math.max(j, i + 1);
      continue;
    }
    if (lenient) {
      if (lineBreak) multiLineStrings.push(start);
      if (ch === SINGLE_QUOTE) mask(start, '"');
      for (const { at, replacement } of masks) mask(at, replacement);
      if (ch === SINGLE_QUOTE) mask(end - 1, '"');
      values.set(start, unescapeJsonString(text.slice(start + 1, end - 1)).text);
    }
    const commentBeforeColon = commentBeforeColonAfter(text, end);
    if (commentBeforeColon) {
      errors.push({
        span: commentBeforeColon,
        message: 'Invalid JSON: Azure does not accept a comment between a property name and its colon.',
      });
    }
    i = end;
  }
  if (copiedTo === 0 && errors.length === 0) return undefined;
  pieces.push(text.slice(copiedTo));
  return { text: pieces.join(''), values, errors, multiLineStrings };
}

/** The end of the comment starting at `i` (the text's length when it never ends); `i + 1` when none starts there. */
export function endOfComment(text: string, i: number): number {
  const next = text.charCodeAt(i + 1);
  if (next === SLASH) {
    // Json.NET ends a line comment at either line break character.
    let j = i + 2;
    while (j < text.length && text.charCodeAt(j) !== LF && text.charCodeAt(j) !== CR) j++;
    return j;
  }
  if (next === STAR) {
    const close = text.indexOf('*/', i + 2);
    return close < 0 ? text.length : close + 2;
  }
  return i + 1;
}

/** When comments (and whitespace) alone separate `from` from a colon, the span of the first comment. */
function commentBeforeColonAfter(text: string, from: number): Span | undefined {
  let i = skipWhitespace(text, from);
  if (text.charCodeAt(i) !== SLASH) return undefined;
  const first = i;
  let firstEnd = -1;
  while (text.charCodeAt(i) === SLASH) {
    const end = endOfComment(text, i);
    if (end === i + 1) return undefined;
    if (firstEnd < 0) firstEnd = end;
    i = skipWhitespace(text, end);
  }
  return text.charCodeAt(i) === COLON ? { start: first, end: firstEnd } : undefined;
}

/** Json.NET skips what .NET calls white space (`char.IsWhiteSpace`), which is close to JavaScript's `\s`. */
function skipWhitespace(text: string, i: number): number {
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === SPACE || c === LF || c === CR || c === TAB) continue;
    if (!/\s/.test(text[i])) break;
  }
  return i;
}

/**
 * The text with every comment blanked out (spaces, line breaks kept: same length, same lines), reading strings of
 * either quote kind as Azure does. For the cheap readers that look for a property in the text without parsing it
 * (`$schema` in language detection, linked templates' `relativePath`), so that a commented-out line is not read.
 */
export function blankJsonComments(text: string): string {
  const pieces: string[] = [];
  let copiedTo = 0;
  const special = /["'/]/g;
  for (let found = special.exec(text); found; found = special.exec(text)) {
    const i = found.index;
    const ch = text.charCodeAt(i);
    if (ch === SLASH) {
      const end = endOfComment(text, i);
      if (end > i + 1) {
        pieces.push(text.slice(copiedTo, i), text.slice(i, end).replace(/[^\r\n]/g, ' '));
        copiedTo = end;
      }
      special.lastIndex = end;
      continue;
    }
    special.lastIndex = closingQuote(text, i) + 1;
  }
  if (copiedTo === 0) return text;
  pieces.push(text.slice(copiedTo));
  return pieces.join('');
}

/**
 * The offset of the quote closing the string (either quote kind, across lines) that opens at `start`, escapes
 * skipped; the text's length when it never closes.
 */
export function closingQuote(text: string, start: number): number {
  const quote = text.charCodeAt(start);
  let j = start + 1;
  while (j < text.length && text.charCodeAt(j) !== quote) j += text.charCodeAt(j) === BACKSLASH ? 2 : 1;
  return Math.min(j, text.length);
}
