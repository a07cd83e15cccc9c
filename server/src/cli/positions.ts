/**
 * The CLI's one place that turns engine offsets (UTF-16) into line/character positions; printers ask it, with
 * 0-based positions as in LSP (the text printer adds one).
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { EngineRange } from '../engine';

export interface LineCharacter {
  readonly line: number;
  readonly character: number;
}

export interface LineCharacterRange {
  readonly start: LineCharacter;
  readonly end: LineCharacter;
}

export class PositionMapper {
  private readonly documents = new Map<string, TextDocument | undefined>();

  /** `textOf` gives the text offsets were computed on (the text the engine read), undefined when unknown. */
  constructor(private readonly textOf: (path: string) => string | undefined) {}

  range(path: string, range: EngineRange): LineCharacterRange {
    return { start: this.position(path, range.start), end: this.position(path, range.end) };
  }

  position(path: string, offset: number): LineCharacter {
    const document = this.document(path);
    // Without the text (a file that vanished mid-run) an offset is still a position on the first line.
    if (!document) return { line: 0, character: Math.max(0, offset) };
    return document.positionAt(offset);
  }

  private document(path: string): TextDocument | undefined {
    if (!this.documents.has(path)) {
      const text = this.textOf(path);
      this.documents.set(path, text === undefined ? undefined : TextDocument.create('file:///', 'plaintext', 0, text));
    }
    return this.documents.get(path);
  }
}
