/** Completion: group ids inside `groupIds`, `privatelink.` zone names inside a private DNS zone's name (engine/completion). */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CompletionItemKind, MarkupKind, type CompletionItem, type CompletionList, type Position } from 'vscode-languageserver/node';
import { completionsAt, detectLanguage, getKnowledge } from '../engine';

export function provideCompletion(document: TextDocument, position: Position, path: string): CompletionList | null {
  const text = document.getText();
  const language = detectLanguage(path, text);
  if (language === undefined) return null;
  const result = completionsAt(text, document.offsetAt(position), language, getKnowledge());
  if (!result) return null;
  const range = { start: document.positionAt(result.range.start), end: document.positionAt(result.range.end) };
  const items: CompletionItem[] = result.entries.map((entry) => ({
    label: entry.label,
    kind: CompletionItemKind.Value,
    detail: entry.detail,
    documentation: { kind: MarkupKind.Markdown, value: entry.documentation },
    sortText: entry.sortText,
    filterText: entry.label,
    textEdit: { range, newText: entry.label },
  }));
  // Complete: the whole list is known, so the client filters as the user types instead of asking again.
  return { isIncomplete: false, items };
}
