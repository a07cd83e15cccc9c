/**
 * Inserting into and removing from a bracketed list (object members, array items) as text, shared by the JSON and
 * Bicep writers: where the new element goes, which separators and line breaks come with it, and which lines go
 * when an element is removed. The writers only say where the brackets and elements are and how an element renders.
 */
import type { Span } from '../text/span';
import { TextLines, TextStyle, lineEnd, nextLineStart, restOfLineIsBlank, restOfLineIsTrivia, skipSpaces, startsLine } from './indentation';

/** A bracketed list in a text: `open` is the offset of `{`/`[`, `close` the offset of `}`/`]`. */
export interface Container {
  readonly text: string;
  /** Line lookups on `text` (shared by every container of the file). */
  readonly lines: TextLines;
  readonly open: number;
  readonly close: number;
  /** Each element's full span (for a member: from its key to the end of its value), in source order. */
  readonly elements: readonly Span[];
  /**
   * `always`: JSON, elements are separated by commas. `singleLine`: Bicep, commas only when the list sits on one
   * line; multi-line lists separate elements by line breaks.
   */
  readonly commas: 'always' | 'singleLine';
}

/** An edit on the container's text, in offsets. */
export interface RawEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/** Renders an element at the given indentation; `singleLine` asks for a form without line breaks. */
export type ElementRenderer = (indent: string, singleLine: boolean) => string | undefined;

export function isSingleLine(container: Container): boolean {
  return !container.lines.containsLineBreak(container.open, container.close);
}

/** The indentation of the container's elements: as written, else one unit deeper than the container's line. */
function elementIndent(container: Container, style: TextStyle): string {
  const { text, lines } = container;
  for (const element of container.elements) {
    if (startsLine(text, element.start)) return lines.indentOfLine(element.start);
  }
  return lines.indentOfLine(container.open) + localUnit(container, style);
}

/** The step between the container's line and its elements' lines, when the file is consistent there. */
export function localUnit(container: Container, style: TextStyle): string {
  const own = container.lines.indentOfLine(container.open);
  for (const element of container.elements) {
    if (!startsLine(container.text, element.start)) continue;
    const indent = container.lines.indentOfLine(element.start);
    if (indent.length > own.length && indent.startsWith(own)) return indent.slice(own.length);
    break;
  }
  return style.unit;
}

/** Appends an element (one insertion, so several appends to one list merge into a valid sequence). */
export function insertElement(container: Container, style: TextStyle, render: ElementRenderer): RawEdit[] | undefined {
  if (!isBracketed(container)) return undefined;
  const { text, open, close, elements } = container;
  const { newline } = style;
  const ownIndent = container.lines.indentOfLine(open);
  if (elements.length === 0) {
    if (isSingleLine(container) && !restOfLineIsTrivia(text, skipSeparator(text, close + 1))) {
      // `{}` inside a one-line object or array: opening it up would break that line's style. (A comma alone after
      // `{}` ends a member of a multi-line list: that `{}` opens up as the last member's does.)
      const element = render('', true);
      if (element === undefined) return undefined;
      return [{ start: open + 1, end: close, newText: text[open] === '{' ? ` ${element} ` : element }];
    }
    const indent = ownIndent + style.unit;
    const element = render(indent, false);
    if (element === undefined) return undefined;
    if (isSingleLine(container)) {
      return [{ start: open + 1, end: close, newText: newline + indent + element + newline + ownIndent }];
    }
    // `{` then comments or blank lines: the new element goes right under the opening line.
    return [{ start: lineEnd(text, open), end: lineEnd(text, open), newText: newline + indent + element }];
  }
  const last = elements[elements.length - 1];
  if (isSingleLine(container)) {
    const element = render('', true);
    return element === undefined ? undefined : [{ start: last.end, end: last.end, newText: ', ' + element }];
  }
  const indent = elementIndent(container, style);
  const element = render(indent, false);
  if (element === undefined) return undefined;
  if (container.commas === 'singleLine') {
    // No separators: after the last element's line, so a trailing comment stays with its element.
    const at = restOfLineIsTrivia(text, last.end) ? lineEnd(text, last.end) : last.end;
    return [{ start: at, end: at, newText: newline + indent + element }];
  }
  let afterLast = skipSpaces(text, last.end);
  if (text[afterLast] === ',') afterLast++;
  if (!restOfLineIsBlank(text, afterLast) && restOfLineIsTrivia(text, afterLast) && canInsertFirst(container)) {
    // The last element carries a trailing comment: appending would need a comma before that comment and the new
    // element after it (two insertions that do not merge). Putting the element first keeps one insertion.
    const at = lineEnd(text, open);
    return [{ start: at, end: at, newText: newline + indent + element + ',' }];
  }
  return [{ start: last.end, end: last.end, newText: ',' + newline + indent + element }];
}

/** Past the comma that may follow a list element on its line. */
function skipSeparator(text: string, offset: number): number {
  const at = skipSpaces(text, offset);
  return text[at] === ',' ? at + 1 : at;
}

/** A list the parser recovered without its closing bracket is no place for an edit. */
function isBracketed(container: Container): boolean {
  const { text, open, close } = container;
  return close > open && ((text[open] === '{' && text[close] === '}') || (text[open] === '[' && text[close] === ']'));
}

function isBlank(text: string, start: number, end: number): boolean {
  return /^\s*$/.test(text.slice(start, end));
}

function canInsertFirst(container: Container): boolean {
  const { text, open, elements } = container;
  return restOfLineIsTrivia(text, open + 1) && startsLine(text, elements[0].start);
}

/** Removes element `index` with its separator, and its whole line(s) when it sits on lines of its own. */
export function removeElement(container: Container, index: number): RawEdit[] | undefined {
  if (!isBracketed(container)) return undefined;
  const { text, open, close, elements } = container;
  const element = elements[index];
  if (!element) return undefined;
  const previous = elements[index - 1];
  const next = elements[index + 1];
  let end = skipSpaces(text, element.end);
  const hasComma = text[end] === ',';
  if (hasComma) end++;

  const trailingComment = restOfLineIsTrivia(text, end);
  if (elements.length === 1 && isBlank(text, open + 1, element.start) && isBlank(text, trailingComment ? lineEnd(text, end) : end, close)) {
    return [{ start: open + 1, end: close, newText: '' }];
  }
  if (startsLine(text, element.start) && trailingComment) {
    const edits: RawEdit[] = [{ start: container.lines.lineStart(element.start), end: nextLineStart(text, end), newText: '' }];
    if (!next && previous) {
      // The previous element becomes the last one: its comma would now dangle.
      const comma = skipSpaces(text, previous.end);
      if (text[comma] === ',') edits.unshift({ start: comma, end: comma + 1, newText: '' });
    }
    return edits;
  }
  if (next && previous && startsLine(text, next.start)) {
    // The element ends a line it shares with the previous one: cutting up to the next element would pull that one
    // onto this line. Cutting from the previous element's end keeps the line break (and the element's comma serves
    // the previous one).
    return [{ start: previous.end, end: element.end, newText: '' }];
  }
  if (next) return [{ start: element.start, end: next.start, newText: '' }];
  if (previous) return [{ start: previous.end, end: hasComma ? end : element.end, newText: '' }];
  return [{ start: open + 1, end: close, newText: '' }];
}
