/** Applies LSP text edits and workspace edits to strings, as an editor would. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver/node';

export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'plaintext', 0, text), [...edits]);
}

/** The edits a workspace edit makes to one URI, from `changes` or `documentChanges`. */
export function editsFor(edit: WorkspaceEdit, uri: string): TextEdit[] {
  const result: TextEdit[] = [...(edit.changes?.[uri] ?? [])];
  for (const change of edit.documentChanges ?? []) {
    if ('textDocument' in change && change.textDocument.uri === uri) {
      for (const textEdit of change.edits) if ('range' in textEdit) result.push(textEdit);
    }
  }
  return result;
}

/** Every URI a workspace edit touches. */
export function urisOf(edit: WorkspaceEdit): string[] {
  const uris = new Set(Object.keys(edit.changes ?? {}));
  for (const change of edit.documentChanges ?? []) if ('textDocument' in change) uris.add(change.textDocument.uri);
  return [...uris];
}

/** Offset-free position lookup for assertions: the 0-based line of the first line containing `needle`. */
export function lineOf(text: string, needle: string, from = 0): number {
  const index = text.indexOf(needle, from);
  if (index < 0) throw new Error(`"${needle}" not found`);
  return text.slice(0, index).split('\n').length - 1;
}

export function positionOf(text: string, needle: string, delta = 0): { line: number; character: number } {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`"${needle}" not found`);
  const before = text.slice(0, index + delta);
  const lastBreak = before.lastIndexOf('\n');
  return { line: before.split('\n').length - 1, character: before.length - lastBreak - 1 };
}
