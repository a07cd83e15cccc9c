/**
 * Outline (`textDocument/documentSymbol`) and go to definition for Bicep documents, answered only where this
 * extension supplies the Bicep language: the client says so in `initializationOptions.suppliesBicepLanguage` (our
 * VS Code client: when the official Bicep extension is not installed, since that one has both, and two outlines of
 * one file would show every symbol twice). Read from the document's current text with the engine's Bicep parser.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SymbolKind, type DocumentSymbol, type Location, type Position } from 'vscode-languageserver/node';
import { bicepDefinitionAt, bicepOutline, type BicepOutlineEntry, type BicepSymbolKind, type EngineRange } from '../engine';
import { uriToPath } from './convert';
import { languageOf } from './workspace';

const KINDS: Readonly<Record<BicepSymbolKind, SymbolKind>> = {
  param: SymbolKind.Field,
  var: SymbolKind.Variable,
  output: SymbolKind.Property,
  resource: SymbolKind.Object,
  module: SymbolKind.Module,
  type: SymbolKind.TypeParameter,
  func: SymbolKind.Function,
  import: SymbolKind.Namespace,
  metadata: SymbolKind.Constant,
  assert: SymbolKind.Boolean,
};

export function provideDocumentSymbols(document: TextDocument): DocumentSymbol[] {
  if (!isBicep(document)) return [];
  const toSymbol = (entry: BicepOutlineEntry): DocumentSymbol => ({
    name: entry.name,
    kind: KINDS[entry.kind],
    ...(entry.detail ? { detail: entry.detail } : {}),
    range: rangeIn(document, entry.range),
    selectionRange: rangeIn(document, entry.selectionRange),
    children: entry.children.map(toSymbol),
  });
  return bicepOutline(document.getText()).map(toSymbol);
}

export function provideDefinition(document: TextDocument, position: Position): Location | null {
  if (!isBicep(document)) return null;
  const target = bicepDefinitionAt(document.getText(), document.offsetAt(position));
  return target ? { uri: document.uri, range: rangeIn(document, target) } : null;
}

function isBicep(document: TextDocument): boolean {
  const language = languageOf(document, uriToPath(document.uri));
  return language === 'bicep' || language === 'bicep-params';
}

function rangeIn(document: TextDocument, range: EngineRange): { start: Position; end: Position } {
  return { start: document.positionAt(range.start), end: document.positionAt(range.end) };
}
