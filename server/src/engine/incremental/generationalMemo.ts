/**
 * A memo of answers computed from strings (id keys, parent keys) that the language server keeps from one analysis
 * to the next: typing changes one declaration, and the next analysis asks for the same few thousand keys again.
 *
 * Only what the last analysis used is kept: at the start of an analysis the entries the previous one did not ask
 * for are dropped. The keys may be slices of a document's text, so a memo that only grew would keep every earlier
 * version of the document alive; this one keeps the strings of the last two analyses at most. The memos live on the
 * document's AnalysisCache; an analysis without one (the CLI) gets fresh memos on its AnalysisContext.
 */
export class GenerationalMemo<V> {
  private current = new Map<string, V>();
  private previous = new Map<string, V>();

  /** `maxEntries` bounds one analysis's entries (a template asks for a few thousand keys). */
  constructor(private readonly maxEntries = 50_000) {}

  get(key: string): V | undefined {
    let value = this.current.get(key);
    if (value === undefined) {
      value = this.previous.get(key);
      if (value !== undefined) this.current.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    if (this.current.size >= this.maxEntries) this.current.clear();
    this.current.set(key, value);
  }

  /** Starts an analysis: what the last one used stays available when `keep`, nothing otherwise. */
  startAnalysis(keep: boolean): void {
    this.previous = keep ? this.current : new Map();
    this.current = new Map();
  }
}
