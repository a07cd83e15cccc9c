/**
 * Reads JSON as Azure's template engine reads it (comments, trailing commas, multi-line and single-quoted strings:
 * jsonNetLeniency.ts) into a jsonc-parser tree with offsets, after a cheap iterative depth check, and turns parse
 * errors into syntax diagnostics. jsonc-parser recurses per nesting level, so hostile nesting is refused here
 * before it can overflow the stack. Strictly valid JSON (nearly every template) takes a faster reader that builds the
 * same tree (strictJsonTree.ts); anything else takes the path below.
 */
import { Node as JsonNode, ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { Span } from '../text/span';
import { readStrictJsonTree } from './strictJsonTree';
import { maskJsonNetLeniencies, type MaskedJsonText } from './jsonNetLeniency';
import { memoizedParse, type Reparser } from '../incremental/parseMemo';
import { reparseJsonDocument, type JsonDocumentParse } from './jsonReparse';
import type { AnalysisContext } from '../analysisContext';

export const MAX_JSON_DEPTH = 512;

export interface JsonSyntax {
  readonly root: JsonNode | undefined;
  readonly errors: { readonly span: Span; readonly message: string }[];
  /**
   * Set when the text was read in recovery (it does not parse anyway): strings starting at this offset or later were
   * ended at line breaks. How a declaration's text is read then depends on where it stands, so the declaration
   * cache must not replay it from another version.
   */
  readonly stringsEndAtLineBreaksFrom?: number;
}

/**
 * The tree of `text`. Within an analysis (`analysis` given) the same text is read once: one analysis reads the
 * analysed document twice (the lowering, then the fix writers), and its tree is reparsed only where it changed when
 * the caller keeps an analysis cache (incremental/parseMemo.ts). The last tree is the analysis's, and dies with it.
 */
export function parseJsonSyntax(text: string, analysis?: AnalysisContext): JsonSyntax {
  if (!analysis) return parseJsonSyntaxUncached(text);
  const last = analysis.lastJson;
  if (last && last.text === text) return last.syntax;
  const syntax = memoizedParse(analysis.parses, 'json', text, parseJsonSyntaxUncached, reparseJson);
  analysis.lastJson = { text, syntax };
  return syntax;
}

/** The analysed document is read again only where it changed since the last analysis (jsonReparse.ts). */
const reparseJson: Reparser<JsonSyntax, JsonDocumentParse> = (previous, text) => {
  const parsed = reparseJsonDocument(previous, text, parseJsonSyntaxUncached, MAX_JSON_DEPTH);
  return { state: parsed, tree: parsed.syntax };
};

function parseJsonSyntaxUncached(original: string): JsonSyntax {
  // A byte order mark is whitespace to us (VS Code strips it, files on disk may keep it): same length, same offsets.
  const text = original.charCodeAt(0) === 0xfeff ? ` ${original.slice(1)}` : original;
  // Valid JSON nested at most MAX_JSON_DEPTH levels: no errors and no excessive nesting, whichever reader is used.
  const strict = readStrictJsonTree(text, MAX_JSON_DEPTH);
  if (strict) return { root: strict, errors: [] };
  // What Azure reads but jsonc-parser would not (multi-line and single-quoted strings), masked in the same length.
  const masked = maskJsonNetLeniencies(text);
  const syntax = readMaskedText(text, masked);
  if (syntax.errors.length === 0 || !masked || masked.multiLineStrings.length === 0) return syntax;
  // Azure rejects this text anyway. When strings may span lines, one quote left open (while typing, say) turns the
  // rest of the file inside out. The quote is most likely on the line of the first error (a stray quote) or opens the
  // last string spanning lines before it (a closing quote forgotten): reading line breaks as the ends of strings from
  // there on, as strict JSON does, finds the mistake where it was made. The reading with the fewest errors is kept.
  const firstError = syntax.errors[0].span.start;
  const lineOfFirstError = Math.max(text.lastIndexOf('\n', firstError - 1), text.lastIndexOf('\r', firstError - 1)) + 1;
  const lastMultiLineString = masked.multiLineStrings.filter((start) => start < firstError).pop();
  let best = syntax;
  for (const from of new Set([lineOfFirstError, lastMultiLineString ?? lineOfFirstError])) {
    const recovery = readMaskedText(text, maskJsonNetLeniencies(text, from));
    if (recovery.errors.length < best.errors.length) best = { ...recovery, stringsEndAtLineBreaksFrom: from };
  }
  return best;
}

/**
 * The tree and errors of `text` without the fast reader: the reference it must agree with whenever it reads a text
 * (test/engine/strictJsonTree.test.ts).
 */
export function parseJsonSyntaxWithoutFastReader(text: string): JsonSyntax {
  return readMaskedText(text, maskJsonNetLeniencies(text));
}

/** Reads `original` through its masked text (jsonNetLeniency.ts), if any, giving masked strings their real values. */
function readMaskedText(original: string, masked: MaskedJsonText | undefined): JsonSyntax {
  let text = masked?.text ?? original;
  const errors: { span: Span; message: string }[] = [];
  let root: JsonNode | undefined;
  const tooDeep = findExcessiveNesting(text, MAX_JSON_DEPTH);
  if (tooDeep !== undefined) {
    // What nests deeper is blanked out (its outermost brackets stay, an empty array or object): the rest is analysed.
    errors.push({
      span: { start: tooDeep, end: tooDeep + 1 },
      message: `JSON nested deeper than ${MAX_JSON_DEPTH} levels is not analysed.`,
    });
    text = blankExcessiveNesting(text, MAX_JSON_DEPTH);
  }
  // Masking or blanking may have left strictly valid JSON, which the fast reader reads into the same tree.
  if (text !== original) root = readStrictJsonTree(text, MAX_JSON_DEPTH);
  if (!root) root = readWithJsoncParser(text, errors);
  if (masked) {
    errors.push(...masked.errors);
    errors.sort((a, b) => a.span.start - b.span.start);
    if (root && masked.values.size > 0) restoreStringValues(root, masked.values);
  }
  return { root, errors };
}

/** jsonc-parser's tree of `text`, adding its parse errors to `errors`. */
function readWithJsoncParser(text: string, errors: { span: Span; message: string }[]): JsonNode | undefined {
  const parseErrors: ParseError[] = [];
  const root = parseTree(text, parseErrors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  const length = text.length;
  for (const error of parseErrors) {
    // jsonc-parser can place errors (and nodes) past the end after an unterminated comment: keep them inside.
    const start = Math.min(error.offset, length);
    const message = `Invalid JSON: ${describeParseError(printParseErrorCode(error.error))}.`;
    // Every bracket left open reports at the end of the text: one message there is enough.
    const last = errors[errors.length - 1];
    if (last && last.span.start === start && last.message === message) continue;
    errors.push({ span: { start, end: Math.min(error.offset + Math.max(1, error.length), length) }, message });
  }
  if (root) clampNodes(root, length);
  return root;
}

/** Gives every masked string node (values and property names) its value as Azure reads it; iterative. */
function restoreStringValues(root: JsonNode, values: ReadonlyMap<number, string>): void {
  const stack: JsonNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as JsonNode & { value: unknown };
    if (node.type === 'string') {
      const value = values.get(node.offset);
      if (value !== undefined) node.value = value;
    }
    for (const child of node.children ?? []) stack.push(child);
  }
}

/** Keeps every node of a tree inside `0..length` (see above); iterative, trees can be MAX_JSON_DEPTH deep. */
function clampNodes(root: JsonNode, length: number): void {
  const stack: JsonNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as JsonNode & { offset: number; length: number };
    if (node.offset > length) node.offset = length;
    if (node.offset + node.length > length) node.length = length - node.offset;
    for (const child of node.children ?? []) stack.push(child);
  }
}

/**
 * The text with the inside of every bracket deeper than `limit` replaced by spaces (same length, so offsets hold),
 * skipping strings and comments as {@link findExcessiveNesting} does; an unclosed region is blanked to the end.
 */
export function blankExcessiveNesting(text: string, limit: number): string {
  const pieces: string[] = [];
  let copiedTo = 0;
  let depth = 0;
  let blankFrom = -1;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const skipped = endOfStringOrComment(text, i);
    if (skipped !== undefined) {
      i = skipped;
      continue;
    }
    const ch = text.charCodeAt(i);
    if (ch === 91 /* [ */ || ch === 123 /* { */) {
      depth++;
      if (depth === limit + 1 && blankFrom < 0) blankFrom = i + 1;
    } else if (ch === 93 || ch === 125) {
      if (depth === limit + 1 && blankFrom >= 0) {
        pieces.push(text.slice(copiedTo, blankFrom), ' '.repeat(i - blankFrom));
        copiedTo = i;
        blankFrom = -1;
      }
      depth = Math.max(0, depth - 1);
    }
  }
  if (blankFrom >= 0) {
    pieces.push(text.slice(copiedTo, blankFrom), ' '.repeat(length - blankFrom));
    copiedTo = length;
  }
  pieces.push(text.slice(copiedTo));
  return pieces.join('');
}

/**
 * When a string or comment starts at `i`, the offset of its last character (the text's length when it never ends);
 * else undefined. Strings and comments are skipped with `indexOf` (most of a template's text is inside strings): a
 * quote closes a string when an even number of backslashes precedes it, as when escapes are read one by one.
 */
function endOfStringOrComment(text: string, i: number): number | undefined {
  const ch = text.charCodeAt(i);
  if (ch === 34 /* " */) {
    let close = text.indexOf('"', i + 1);
    while (close >= 0) {
      let backslashes = 0;
      while (text.charCodeAt(close - 1 - backslashes) === 92 /* \ */ && close - 1 - backslashes > i) backslashes++;
      if ((backslashes & 1) === 0) return close;
      close = text.indexOf('"', close + 1);
    }
    return text.length;
  }
  if (ch === 47 /* / */ && text.charCodeAt(i + 1) === 47) {
    const end = text.indexOf('\n', i);
    return end < 0 ? text.length : end;
  }
  if (ch === 47 && text.charCodeAt(i + 1) === 42 /* * */) {
    const end = text.indexOf('*/', i + 2);
    return end < 0 ? text.length : end + 1;
  }
  return undefined;
}

function describeParseError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * Offset of the first bracket that goes deeper than `limit`, skipping strings and comments; undefined if none.
 */
export function findExcessiveNesting(text: string, limit: number): number | undefined {
  let depth = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    // An unterminated string or comment runs to the end: no bracket after it counts.
    const skipped = endOfStringOrComment(text, i);
    if (skipped !== undefined) {
      i = skipped;
      continue;
    }
    const ch = text.charCodeAt(i);
    if (ch === 91 /* [ */ || ch === 123 /* { */) {
      depth++;
      if (depth > limit) return i;
    } else if (ch === 93 || ch === 125) {
      depth = Math.max(0, depth - 1);
    }
  }
  return undefined;
}
