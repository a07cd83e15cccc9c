/** Hover: the engine's markdown for the offset under the cursor (resource types, properties, diagnostics, rule ids). */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver/node';
import { hoverAt } from '../engine';
import type { ServerSettings } from './settings';
import type { WorkspaceState } from './workspace';

export function provideHover(
  document: TextDocument,
  position: Position,
  workspace: WorkspaceState,
  settings: ServerSettings,
): Hover | null {
  const prepared = workspace.prepare(document, settings);
  if (!prepared) return null;
  const result = hoverAt(prepared.request, document.offsetAt(position), prepared.options);
  if (!result || result.markdown.trim() === '') return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: result.markdown },
    range: { start: document.positionAt(result.range.start), end: document.positionAt(result.range.end) },
  };
}
