/** A source file the engine read: its path, text, language and a lazily built line index. */
import { LineIndex } from '../text/lineIndex';

export type Language = 'arm' | 'arm-parameters' | 'bicep' | 'bicep-params';

export class SourceFile {
  private index: LineIndex | undefined;

  constructor(
    readonly path: string,
    readonly text: string,
    readonly language: Language,
  ) {}

  get lines(): LineIndex {
    if (!this.index) this.index = new LineIndex(this.text);
    return this.index;
  }
}
