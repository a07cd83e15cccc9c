/**
 * Parsing the next version of a Bicep document by reusing the previous tree where the text did not change. A
 * keystroke changes one statement of a 10k-line file; parsing the whole file again was a third of the analysis.
 *
 * The edit is found by comparing the texts (common prefix and suffix). The statements before it are kept as they
 * are. The stretch from the statement holding the edit to the first later statement in the unchanged suffix is lexed
 * and parsed on its own. The statements after it are kept too, with their spans moved in place by the edit's length
 * difference: nothing is copied, so the tree stays one long-lived structure instead of a new one per keystroke
 * (which V8 would promote and then collect).
 *
 * Moving spans in place means the previous tree is consumed: whoever keeps a location past an analysis (the
 * declaration cache) keeps its own copy of the span, never the tree's.
 *
 * The result must be exactly what a full parse gives. The stretch is cut only at statement starts where lexing starts
 * afresh (outside every bracket and string, at a line start: `LexResult.cleanStarts`), next to statements that are
 * not error nodes (consecutive error statements merge), and the stretch must lex to a clean end and parse without a
 * complaint at its end. Anything else, or many syntax errors, and the whole text is parsed again.
 */
import type { BicepParseResult, NodeSpan, Statement, SyntaxDiagnostic } from './ast';
import { lexBicep, type LexResult } from './lexer';
import { Parser } from './parserState';
import { parseProgram } from './statements';
import { parseDocument, sortedDiagnostics, type DocumentParse } from './parseBicep';
import { commonPrefixLength, commonSuffixLength } from '../../text/commonAffixes';

/**
 * Past this many syntax errors the whole file is parsed again: far below the parser's cap on diagnostics, so a
 * stretch parsed on its own can never disagree with a full parse about where the cap falls.
 */
const MAX_DIAGNOSTICS_TO_REUSE = 200;

/**
 * Parses `text`, reusing `previous` (the parse of an earlier version of the same document) where it can.
 * `previous` must not be used afterwards: its tree may now belong to the result, with spans moved.
 */
export function reparseDocument(previous: DocumentParse | undefined, text: string): DocumentParse {
  if (previous === undefined) return parseDocument(text);
  if (previous.text === text) return previous;
  try {
    return reuse(previous, text) ?? parseDocument(text);
  } catch {
    // Defence in depth, as above: the full parse reports whatever is wrong.
    return parseDocument(text);
  }
}

function reuse(previous: DocumentParse, text: string): DocumentParse | undefined {
  const old = previous.text;
  const { diagnostics: oldDiagnostics, program } = previous.result;
  if (oldDiagnostics.length > MAX_DIAGNOSTICS_TO_REUSE) return undefined;
  const statements = program.statements;
  const clean = new Set(previous.cleanStarts);

  // The edit: old [prefix, oldEditEnd) became new [prefix, newEditEnd).
  const prefix = commonPrefixLength(old, text);
  const suffix = commonSuffixLength(old, text, Math.min(old.length, text.length) - prefix);
  const oldEditEnd = old.length - suffix;
  const delta = text.length - old.length;

  // First statement of the stretch: the last one starting before the edit, moved back until it starts afresh, is
  // not an error node and follows one that is not. An error node is a line that does not begin a declaration: after
  // the edit it may be where the statement before it goes on (`=` then `if (…)` on the next line, `=>` then the
  // lambda's body), so it is parsed again with that statement.
  let first = 0;
  while (first + 1 < statements.length && statements[first + 1].span.start < prefix) first++;
  while (
    first > 0 &&
    (statements[first - 1].kind === 'error' || statements[first].kind === 'error' || !clean.has(statements[first].span.start))
  )
    first--;
  const from = first === 0 ? 0 : statements[first].span.start;

  // First statement kept after it: starts in the unchanged suffix, afresh, at a line start in both texts.
  let next = first;
  while (next < statements.length && !resumesAt(statements[next], oldEditEnd, delta, old, text, clean)) next++;
  const oldTo = next < statements.length ? statements[next].span.start : old.length;
  const to = oldTo + delta;

  const region = parseStretch(text, from, to);
  if (region === undefined) return undefined;

  // Old diagnostics, comments and directives outside the stretch. None may straddle its ends, and none may sit at
  // its end: that could be the old stretch's complaint about the statement after it as well as that statement's own.
  const hasSuffix = next < statements.length;
  const before = (span: { start: number; end: number }): boolean => span.start < from && span.end <= from;
  const after = (span: { start: number; end: number }): boolean => hasSuffix && span.start > oldTo;
  const straddles = (span: { start: number; end: number }): boolean =>
    span.start < from || (hasSuffix && (span.end > oldTo || span.start === oldTo));
  if (oldDiagnostics.some(({ span }) => !before(span) && !after(span) && straddles(span))) return undefined;
  const diagnostics = [
    ...oldDiagnostics.filter(({ span }) => before(span)),
    ...region.diagnostics,
    ...moved(
      oldDiagnostics.filter(({ span }) => after(span)),
      delta,
    ),
  ];
  if (diagnostics.length > MAX_DIAGNOSTICS_TO_REUSE) return undefined;
  const comments = [
    ...previous.result.comments.filter(({ span }) => before(span)),
    ...region.lexed.comments,
    ...moved(
      previous.result.comments.filter(({ span }) => after(span)),
      delta,
    ),
  ];
  const directives = [
    ...previous.result.directives.filter(({ span }) => before(span)),
    ...region.lexed.directives,
    ...moved(
      previous.result.directives.filter(({ span }) => after(span)),
      delta,
    ),
  ];
  const cleanStarts = [
    ...previous.cleanStarts.filter((offset) => offset < from),
    ...region.lexed.cleanStarts,
    ...previous.cleanStarts.filter((offset) => offset >= oldTo).map((offset) => offset + delta),
  ];

  const kept = statements.slice(next);
  if (delta !== 0) for (const statement of kept) moveSpans(statement, delta);
  const result: BicepParseResult = {
    program: {
      kind: 'program',
      span: { start: 0, end: text.length },
      statements: [...statements.slice(0, first), ...region.statements, ...kept],
    },
    diagnostics,
    comments,
    directives,
  };
  return { text, result, cleanStarts, reused: true };
}

/** Whether the stretch can end where `statement` begins: in the unchanged suffix, afresh, at a line start. */
function resumesAt(
  statement: Statement,
  oldEditEnd: number,
  delta: number,
  old: string,
  text: string,
  clean: ReadonlySet<number>,
): boolean {
  const start = statement.span.start;
  return (
    start > oldEditEnd &&
    statement.kind !== 'error' &&
    clean.has(start) &&
    isLineBreak(old.charCodeAt(start - 1)) &&
    isLineBreak(text.charCodeAt(start + delta - 1))
  );
}

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}

interface Stretch {
  readonly lexed: LexResult;
  readonly statements: readonly Statement[];
  readonly diagnostics: readonly SyntaxDiagnostic[];
}

/** Lexes and parses `[from, to)` on its own; undefined when that could differ from parsing it in the whole text. */
function parseStretch(text: string, from: number, to: number): Stretch | undefined {
  const lexed = lexBicep(text, from, to);
  if (!lexed.cleanAtEnd) return undefined;
  const parser = new Parser(text, lexed);
  const statements = parseProgram(parser).statements;
  // A construct that read across line breaks into the stretch's end, or a complaint there, means the parser wanted
  // more than the stretch had: in the whole text it would have read on into the statement after it.
  if (parser.reachedEndAcrossLines) return undefined;
  // Nor may it end in an error node: error statements merge and drop their diagnostics, so a complaint at the end
  // (decorators with no declaration after them) may have been merged away.
  if (statements[statements.length - 1]?.kind === 'error') return undefined;
  const diagnostics = sortedDiagnostics(lexed, parser);
  if (diagnostics.some(({ span }) => span.end >= to)) return undefined;
  if (statements.some(({ span }) => span.end > to)) return undefined;
  return { lexed, statements, diagnostics };
}

/** Shifts the spans of trivia and diagnostics kept from the previous parse (in place, as `moveSpans`). */
function moved<T extends { readonly span: NodeSpan }>(items: T[], delta: number): T[] {
  if (delta !== 0) {
    for (const item of items) {
      const span = item.span;
      span.start += delta;
      span.end += delta;
    }
  }
  return items;
}

/**
 * Adds `delta` to every span in a statement's subtree, in place. Every node owns its span object (the parser never
 * shares one between nodes; a test checks), and the tree holds only nodes, arrays of nodes and plain values.
 */
function moveSpans(root: object, delta: number): void {
  const stack: object[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Record<string, unknown>;
    for (const key in node) {
      const value = node[key];
      if (typeof value !== 'object' || value === null) continue;
      if (key === 'span') {
        const span = value as NodeSpan;
        span.start += delta;
        span.end += delta;
      } else if (Array.isArray(value)) {
        for (const item of value) if (typeof item === 'object' && item !== null) stack.push(item);
      } else {
        stack.push(value);
      }
    }
  }
}
