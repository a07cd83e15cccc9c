/**
 * Syntax trees of the files an analysis read, kept for the next analysis of the same document. Typing in a Bicep
 * file that uses modules re-analyses the whole deployment, but the module files, linked templates and parameter
 * files have not changed: their trees (immutable, and holding no reference to anything but their text) are reused.
 * Keyed by the parser and the whole text, so a changed file is simply parsed again; only the trees the last analysis
 * used are kept, so a document's memo holds at most two versions of each file.
 *
 * The analysed file's text changes with every keystroke, so its tree is not kept by text. A parser that can reuse
 * its previous tree for the next version (Bicep: bicep/syntax/reparse.ts) passes a `Reparser`, and the memo keeps
 * that parser's state for the analysed document from one analysis to the next. Others parse it afresh each time.
 */
/**
 * Parses the next version of the analysed document from the state its previous version left (undefined the first
 * time); the state it returns is kept for the version after. The state passed in may be consumed.
 */
export type Reparser<T, S> = (previous: S | undefined, text: string) => { readonly state: S; readonly tree: T };

export class ParseMemo {
  private previous = new Map<string, unknown>();
  /** Per parser, what its reparser kept of the analysed document. */
  private readonly documentStates = new Map<string, unknown>();
  private current = new Map<string, unknown>();
  private parsed = 0;
  private reused = 0;
  private analysedText: string | undefined;

  /**
   * Starts an analysis of `analysedText`: what the previous one parsed is available, what this one does not use is
   * dropped next.
   */
  begin(analysedText: string): void {
    this.analysedText = analysedText;
    this.previous = this.current;
    this.current = new Map();
    this.parsed = 0;
    this.reused = 0;
  }

  /** Texts the last analysis parsed, and those whose tree it took from the analysis before (tests, bench). */
  get stats(): { readonly parsed: number; readonly reused: number } {
    return { parsed: this.parsed, reused: this.reused };
  }

  parse<T, S>(parser: string, text: string, parse: (text: string) => T, reparse?: Reparser<T, S>): T {
    if (text === this.analysedText) {
      if (!reparse) return parse(text);
      // Dropped first: if reparsing throws, the state it may have consumed is not offered again.
      const previousState = this.documentStates.get(parser) as S | undefined;
      this.documentStates.delete(parser);
      const { state, tree } = reparse(previousState, text);
      this.documentStates.set(parser, state);
      return tree;
    }
    const key = `${parser}\u0000${text}`;
    let tree = this.current.get(key) as T | undefined;
    if (tree === undefined) {
      tree = this.previous.get(key) as T | undefined;
      if (tree === undefined) {
        tree = parse(text);
        this.parsed++;
      } else {
        this.reused++;
      }
      this.current.set(key, tree);
    }
    return tree;
  }
}

/**
 * `parse(text)`, or the tree `memo` (the analysis's, AnalysisContext.parses) already has for this text, or (for the
 * analysed document, when `reparse` is given) the tree reparsed from the document's previous version.
 */
export function memoizedParse<T, S>(
  memo: ParseMemo | undefined,
  parser: string,
  text: string,
  parse: (text: string) => T,
  reparse?: Reparser<T, S>,
): T {
  return memo ? memo.parse(parser, text, parse, reparse) : parse(text);
}
