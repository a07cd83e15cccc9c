/**
 * Reads a file's layout conventions (newline style, indentation unit, line boundaries, trailing comments) so the
 * writers can make inserted text look as if the file's author had typed it. Works for JSON-with-comments and Bicep,
 * which share `//` and `/* *\/` comments.
 */
import { LineIndex } from '../text/lineIndex';

/** How a file lays out its text. */
export interface TextStyle {
  readonly newline: string;
  /** One level of indentation: a tab, or a run of spaces. */
  readonly unit: string;
}

const DEFAULT_UNIT = '  ';

export function detectStyle(text: string): TextStyle {
  return { newline: text.includes('\r\n') ? '\r\n' : '\n', unit: detectIndentUnit(text) };
}

/**
 * The most frequent indentation step between consecutive lines; tabs win when more lines start with a tab.
 * A most-frequent step rather than the smallest one, because a stray odd continuation line must not decide it.
 */
export function detectIndentUnit(text: string): string {
  let tabLines = 0;
  let spaceLines = 0;
  let previous = 0;
  const steps = new Map<number, number>();
  // Lines as `text.split(/\r?\n/)` gives them, read in place: this runs once per analysis over the whole file.
  for (let start = 0; start <= text.length;) {
    const newline = text.indexOf('\n', start);
    const next = newline < 0 ? text.length + 1 : newline + 1;
    const end = newline < 0 ? text.length : newline > start && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
    let indent = start;
    while (indent < end && (text.charCodeAt(indent) === 32 || text.charCodeAt(indent) === 9)) indent++;
    const leading = indent - start;
    start = next;
    if (isBlank(text, indent, end)) continue;
    if (leading > 0 && text.charCodeAt(indent - leading) === 9) {
      tabLines++;
      continue;
    }
    if (leading > 0) spaceLines++;
    if (leading > previous) steps.set(leading - previous, (steps.get(leading - previous) ?? 0) + 1);
    previous = leading;
  }
  if (tabLines > spaceLines) return '\t';
  let best = 0;
  let bestCount = 0;
  for (const [step, count] of steps) {
    if (step > 8) continue;
    if (count > bestCount || (count === bestCount && step < best)) {
      best = step;
      bestCount = count;
    }
  }
  return best > 0 ? ' '.repeat(best) : DEFAULT_UNIT;
}

/** `text.slice(from, to).trim() === ''` without the slice for the common case of a visible first character. */
function isBlank(text: string, from: number, to: number): boolean {
  if (from >= to) return true;
  const code = text.charCodeAt(from);
  if (code > 32 && code < 127) return false;
  return text.slice(from, to).trim() === '';
}

/** How far a line start is looked for character by character before the line index is asked instead. */
const SHORT_SCAN = 512;

/**
 * One text with the line lookups the writers make, each linear in what it touches: a line start is found by a short
 * scan back, and past that through a line index built on first need. Fixes ask for line starts several times per
 * finding, and a minified template is one line: scanning back to its start each time made 2,000 findings take 30 s.
 * One per file for the fixes of one analysis (see renderSession.ts), never shared between texts.
 */
export class TextLines {
  private index: LineIndex | undefined;

  constructor(readonly text: string) {}

  /** Offset of the first character of the line holding `offset`. */
  lineStart(offset: number): number {
    const { text } = this;
    const stop = Math.max(0, offset - SHORT_SCAN);
    for (let i = offset; i > stop; i--) {
      const code = text.charCodeAt(i - 1);
      if (code === 10 || code === 13) return i;
    }
    if (stop === 0) return 0;
    return offset - this.lines().positionAt(offset).character;
  }

  /** The leading whitespace of the line holding `offset`. */
  indentOfLine(offset: number): string {
    const { text } = this;
    const start = this.lineStart(offset);
    let i = start;
    while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    return text.slice(start, i);
  }

  /** A line break somewhere in `[start, end)`: a scan for short stretches, the line index for long ones. */
  containsLineBreak(start: number, end: number): boolean {
    if (end - start <= SHORT_SCAN) return containsLineBreak(this.text, start, end);
    const lines = this.lines();
    return lines.positionAt(start).line !== lines.positionAt(end).line || lineBreakAt(this.text, end);
  }

  private lines(): LineIndex {
    return (this.index ??= new LineIndex(this.text));
  }
}

/** A `\r` right before `end` with `\n` at `end` is one break that LineIndex places after the `\n`. */
function lineBreakAt(text: string, end: number): boolean {
  return text.charCodeAt(end - 1) === 13 && text.charCodeAt(end) === 10;
}

/** Offset of the line break ending the line of `offset` (or the text's end). */
export function lineEnd(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

/** Offset just past the line break ending the line of `offset`. */
export function nextLineStart(text: string, offset: number): number {
  const end = lineEnd(text, offset);
  if (text[end] === '\r' && text[end + 1] === '\n') return end + 2;
  return end < text.length ? end + 1 : end;
}

/** Only whitespace between the start of the line and `offset`: read backwards over spaces and tabs only. */
export function startsLine(text: string, offset: number): boolean {
  let i = offset;
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  return i === 0 || text.charCodeAt(i - 1) === 10 || text.charCodeAt(i - 1) === 13;
}

export function containsLineBreak(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return true;
  }
  return false;
}

export function skipSpaces(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

/** Skips whitespace and comments without crossing a line break; returns where code (or the line's end) starts. */
export function skipLineTrivia(text: string, offset: number): number {
  let i = offset;
  for (;;) {
    i = skipSpaces(text, i);
    if (text.startsWith('//', i)) return lineEnd(text, i);
    if (text.startsWith('/*', i)) {
      const close = text.indexOf('*/', i + 2);
      if (close < 0 || containsLineBreak(text, i, close)) return i;
      i = close + 2;
    } else return i;
  }
}

/** Nothing but whitespace and comments from `offset` to the end of its line. */
export function restOfLineIsTrivia(text: string, offset: number): boolean {
  const i = skipLineTrivia(text, offset);
  return i >= text.length || text[i] === '\n' || text[i] === '\r';
}

/** Nothing but whitespace from `offset` to the end of its line (a comment there belongs to the code before it). */
export function restOfLineIsBlank(text: string, offset: number): boolean {
  const i = skipSpaces(text, offset);
  return i >= text.length || text[i] === '\n' || text[i] === '\r';
}
