/**
 * Reads JSON-with-comments into a jsonc-parser tree with offsets, after a cheap iterative depth check, and turns
 * parse errors into syntax diagnostics. jsonc-parser recurses per nesting level, so hostile nesting is refused here
 * before it can overflow the stack.
 */
import { Node as JsonNode, ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { Span } from '../text/span';

export const MAX_JSON_DEPTH = 512;

export interface JsonSyntax {
  readonly root: JsonNode | undefined;
  readonly errors: { readonly span: Span; readonly message: string }[];
}

export function parseJsonSyntax(text: string): JsonSyntax {
  const tooDeep = findExcessiveNesting(text, MAX_JSON_DEPTH);
  if (tooDeep !== undefined) {
    return {
      root: undefined,
      errors: [{ span: { start: tooDeep, end: tooDeep + 1 }, message: `JSON nested deeper than ${MAX_JSON_DEPTH} levels is not analysed.` }],
    };
  }
  const parseErrors: ParseError[] = [];
  const root = parseTree(text, parseErrors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  const errors = parseErrors.map((error) => ({
    span: { start: error.offset, end: error.offset + Math.max(1, error.length) },
    message: `Invalid JSON: ${describeParseError(printParseErrorCode(error.error))}.`,
  }));
  return { root, errors };
}

function describeParseError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** Offset of the first bracket that goes deeper than `limit`, skipping strings and comments; undefined if none. */
export function findExcessiveNesting(text: string, limit: number): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 34 /* " */) {
      i++;
      while (i < text.length && text.charCodeAt(i) !== 34) {
        if (text.charCodeAt(i) === 92 /* \ */) i++;
        i++;
      }
    } else if (ch === 47 /* / */ && text.charCodeAt(i + 1) === 47) {
      while (i < text.length && text.charCodeAt(i) !== 10) i++;
    } else if (ch === 47 && text.charCodeAt(i + 1) === 42 /* * */) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (ch === 91 /* [ */ || ch === 123 /* { */) {
      depth++;
      if (depth > limit) return i;
    } else if (ch === 93 || ch === 125) {
      depth = Math.max(0, depth - 1);
    }
  }
  return undefined;
}
