/**
 * Reads a file's layout conventions (newline style, indentation unit, line boundaries, trailing comments) so the
 * writers can make inserted text look as if the file's author had typed it. Works for JSON-with-comments and Bicep,
 * which share `//` and `/* *\/` comments.
 */
import type { SourceFile } from '../model/sourceFile';
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

const styles = new WeakMap<SourceFile, TextStyle>();

/** The file's style, read once per file: fixes are rendered for every finding, so this runs many times per file. */
export function styleOf(file: SourceFile): TextStyle {
  let style = styles.get(file);
  if (!style) {
    style = detectStyle(file.text);
    styles.set(file, style);
  }
  return style;
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
  for (let start = 0; start <= text.length; ) {
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

/** How far `lineStart` scans back before it asks a line index instead. */
const SHORT_SCAN = 512;

/**
 * The line index of the last long-lined text asked about. Fixes ask for line starts several times per finding, and a
 * minified template is one line: scanning back to its start each time made 2,000 findings take 30 s. The index is
 * derived from the text alone, so keeping the last one cannot change a result.
 */
let longLines: { readonly text: string; readonly lines: LineIndex } | undefined;

/** Offset of the first character of the line holding `offset`. */
export function lineStart(text: string, offset: number): number {
  const stop = Math.max(0, offset - SHORT_SCAN);
  for (let i = offset; i > stop; i--) {
    const code = text.charCodeAt(i - 1);
    if (code === 10 || code === 13) return i;
  }
  if (stop === 0) return 0;
  if (longLines?.text !== text) longLines = { text, lines: new LineIndex(text) };
  return offset - longLines.lines.positionAt(offset).character;
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

/** The leading whitespace of the line holding `offset`. */
export function indentOfLine(text: string, offset: number): string {
  const start = lineStart(text, offset);
  let i = start;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return text.slice(start, i);
}

/** Only whitespace between the start of the line and `offset`: read backwards over spaces and tabs only. */
export function startsLine(text: string, offset: number): boolean {
  let i = offset;
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  return i === 0 || text.charCodeAt(i - 1) === 10 || text.charCodeAt(i - 1) === 13;
}

export function containsLineBreak(text: string, start: number, end: number): boolean {
  return /[\r\n]/.test(text.slice(start, end));
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
