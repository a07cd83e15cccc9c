/** Entry point of the Bicep front end's syntax layer: text in, syntax tree plus trivia and syntax errors out. */
import type { BicepParseResult, SyntaxDiagnostic } from './ast';
import { lexBicep, type LexResult } from './lexer';
import { MAX_DIAGNOSTICS, Parser, TOO_MANY_DIAGNOSTICS_MESSAGE } from './parserState';
import { parseProgram } from './statements';

/**
 * Parses a `.bicep` or `.bicepparam` file. Never throws: whatever cannot be read becomes `error` nodes and
 * diagnostics, and the rest of the file is still parsed.
 */
export function parseBicep(text: string): BicepParseResult {
  return parseDocument(text).result;
}

/** A parse of one document, with what the next version needs to reuse it. */
export interface DocumentParse {
  readonly text: string;
  readonly result: BicepParseResult;
  /** Sorted offsets where lexing can start afresh (see `LexResult.cleanStarts`). */
  readonly cleanStarts: readonly number[];
  /** Whether this parse reused the previous one (tests, bench). */
  readonly reused: boolean;
}

/** Parses `text` from scratch, keeping what the next version's reparse needs (reparse.ts). */
export function parseDocument(text: string): DocumentParse {
  const lexed = lexBicep(text);
  const parser = new Parser(text, lexed);
  let program: BicepParseResult['program'];
  try {
    program = parseProgram(parser);
  } catch (error) {
    // Defence in depth: a parser bug must cost the user this file's syntax tree, not the whole analysis.
    parser.diagnostics.push({ span: { start: 0, end: 0 }, message: `internal parser error: ${String(error)}` });
    program = { kind: 'program', span: { start: 0, end: text.length }, statements: [] };
  }
  let diagnostics = sortedDiagnostics(lexed, parser);
  if (diagnostics.length > MAX_DIAGNOSTICS) {
    const last = diagnostics[MAX_DIAGNOSTICS - 1].span;
    diagnostics = diagnostics.slice(0, MAX_DIAGNOSTICS);
    diagnostics.push({ span: last, message: TOO_MANY_DIAGNOSTICS_MESSAGE });
  }
  const result = { program, diagnostics, comments: lexed.comments, directives: lexed.directives };
  return { text, result, cleanStarts: lexed.cleanStarts, reused: false };
}

/** The lexer's and the parser's diagnostics in one list by start offset (the lexer's first at equal offsets). */
export function sortedDiagnostics(lexed: LexResult, parser: Parser): SyntaxDiagnostic[] {
  const diagnostics = [...lexed.diagnostics, ...parser.diagnostics];
  diagnostics.sort((a, b) => a.span.start - b.span.start);
  return diagnostics;
}
