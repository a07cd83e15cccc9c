/**
 * Syntax errors the editor already shows. VS Code's own JSON language features report a JSON document's syntax
 * errors with the same parser the engine uses for strict JSON (jsonc-parser), so an ARM template open in the `json`
 * or `jsonc` mode would show each error twice ("Invalid JSON: comma expected" beside "Expected comma"). When the
 * client says its host reports JSON syntax (`hostReportsJsonSyntax`, our VS Code client does), the server drops its
 * `syntax-error` diagnostics that sit exactly where that parser reports an error; the ones only Azure makes (a
 * comment between a name and its colon …) stay, and so do all of them for other clients and for the CLI.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseTree, type ParseError } from 'jsonc-parser';
import type { ProducedDiagnostic } from './publisher';

const HOST_JSON_MODES: ReadonlySet<string> = new Set(['json', 'jsonc']);

export function withoutHostSyntaxErrors(document: TextDocument, produced: readonly ProducedDiagnostic[]): ProducedDiagnostic[] {
  if (!HOST_JSON_MODES.has(document.languageId) || !produced.some((p) => p.diagnostic.code === 'syntax-error')) return [...produced];
  const errors: ParseError[] = [];
  parseTree(document.getText(), errors, { allowTrailingComma: true, disallowComments: false });
  const reported = new Set(errors.map((e) => `${e.offset}:${e.offset + e.length}`));
  return produced.filter(({ diagnostic }) => {
    if (diagnostic.code !== 'syntax-error') return true;
    return !reported.has(`${document.offsetAt(diagnostic.range.start)}:${document.offsetAt(diagnostic.range.end)}`);
  });
}
