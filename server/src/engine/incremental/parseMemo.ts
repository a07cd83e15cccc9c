/**
 * Syntax trees of the files an analysis read, kept for the next analysis of the same document. Typing in a Bicep
 * file that uses modules re-analyses the whole deployment, but the module files, linked templates and parameter
 * files have not changed: their trees (immutable, and holding no reference to anything but their text) are reused.
 * Keyed by the parser and the whole text, so a changed file is simply parsed again; only the trees the last analysis
 * used are kept, so a document's memo holds at most two versions of each file.
 *
 * The analysed file itself is not kept: its text changes with every keystroke, so its tree would never be used
 * again, and keeping it past the analysis makes the collection between keystrokes copy all of it (measured: the
 * 10k-line Bicep template got slower, not faster).
 */
export class ParseMemo {
  private previous = new Map<string, unknown>();
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

  parse<T>(parser: string, text: string, parse: (text: string) => T): T {
    if (text === this.analysedText) return parse(text);
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

/** The memo of the analysis in progress (set by analyzeDocument when its caller passed an AnalysisCache). */
let active: ParseMemo | undefined;

export function withParseMemo<T>(memo: ParseMemo | undefined, action: () => T): T {
  const outer = active;
  active = memo;
  try {
    return action();
  } finally {
    active = outer;
  }
}

/** `parse(text)`, or the tree the memo of the analysis in progress already has for this text. */
export function memoizedParse<T>(parser: string, text: string, parse: (text: string) => T): T {
  return active ? active.parse(parser, text, parse) : parse(text);
}
