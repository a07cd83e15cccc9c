/**
 * JSON-with-comments parsing for the small files the CLI and the server read themselves (`.privatelink.json`,
 * `--parameters`): jsonc-parser recurses once per nesting level, so a deeply nested file would overflow the stack.
 * The depth is checked first, without recursion.
 */
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { findExcessiveNesting } from '../engine/arm/jsonSyntax';

/** Far deeper than any settings or parameter file, far shallower than the stack. */
export const MAX_JSON_DEPTH = 64;

export type BoundedJson = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problem: string };

export function parseBoundedJson(text: string): BoundedJson {
  const tooDeep = findExcessiveNesting(text, MAX_JSON_DEPTH);
  if (tooDeep !== undefined) return { ok: false, problem: `nested deeper than ${MAX_JSON_DEPTH} levels (at offset ${tooDeep})` };
  const errors: ParseError[] = [];
  // Comments and trailing commas are accepted, as in VS Code's own settings files.
  const value: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0)
    return { ok: false, problem: `not valid JSON (${printParseErrorCode(errors[0].error)} at offset ${errors[0].offset})` };
  return { ok: true, value };
}
