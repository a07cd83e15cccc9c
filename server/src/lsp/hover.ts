/** Hover: the engine's markdown for the offset under the cursor (resource types, properties, diagnostics, rule ids). */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { MarkupKind, type Diagnostic, type Hover, type Position } from 'vscode-languageserver/node';
import { hoverAt, type ShownFinding } from '../engine';
import type { ServerSettings } from './settings';
import type { WorkspaceState } from './workspace';

export function provideHover(
  document: TextDocument,
  position: Position,
  workspace: WorkspaceState,
  settings: ServerSettings,
  /** The diagnostics the editor shows for the document, once an analysis has published them. */
  shown?: readonly Diagnostic[],
): Hover | null {
  const prepared = workspace.prepare(document, settings);
  if (!prepared) return null;
  // The hover explains what the squiggles say (analyses with callers and parameter files), not a fresh analysis of
  // the file alone, which may differ and costs a whole analysis per hover.
  const findings: ShownFinding[] | undefined = shown?.map((d) => ({
    code: String(d.code),
    range: { start: document.offsetAt(d.range.start), end: document.offsetAt(d.range.end) },
  }));
  const result = hoverAt(prepared.request, document.offsetAt(position), prepared.options, findings);
  if (!result || result.markdown.trim() === '') return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: result.markdown },
    range: { start: document.positionAt(result.range.start), end: document.positionAt(result.range.end) },
  };
}
