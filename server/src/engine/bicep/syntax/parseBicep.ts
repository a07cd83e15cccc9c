/** Entry point of the Bicep front end's syntax layer: text in, syntax tree plus trivia and syntax errors out. */
import type { BicepParseResult } from './ast';
import { parseDocument } from './reparse';

/**
 * Parses a `.bicep` or `.bicepparam` file. Never throws: whatever cannot be read becomes `error` nodes and
 * diagnostics, and the rest of the file is still parsed.
 */
export function parseBicep(text: string): BicepParseResult {
  return parseDocument(text).result;
}
