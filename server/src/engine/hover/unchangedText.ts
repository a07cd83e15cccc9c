/**
 * Where a newer version of a text agrees with the version an analysis read: everything before the first changed
 * character, and everything after the last one (moved by the difference in length). Between them lies every edit
 * made since, as one stretch: a hover there, or over a declaration that reaches into it, cannot be answered from
 * that analysis.
 */
import type { EngineRange } from '../api';
import { commonPrefixLength, commonSuffixLength } from '../text/commonAffixes';

export class UnchangedText {
  private constructor(
    /** Characters at the start that both texts share. */
    private readonly prefix: number,
    /** Characters at the end that both texts share (never overlapping the prefix in either text). */
    private readonly suffix: number,
    private readonly analysedLength: number,
    private readonly currentLength: number,
  ) {}

  static between(analysed: string, current: string): UnchangedText {
    const prefix = commonPrefixLength(analysed, current);
    const suffix = commonSuffixLength(analysed, current, Math.min(analysed.length, current.length) - prefix);
    return new UnchangedText(prefix, suffix, analysed.length, current.length);
  }

  /** True when the texts are the same. */
  get identical(): boolean {
    return this.prefix === this.analysedLength && this.analysedLength === this.currentLength;
  }

  /** The offset in the analysed text of `offset` in the current one; undefined inside the changed stretch. */
  toAnalysed(offset: number): number | undefined {
    if (offset < this.prefix) return offset;
    const suffixStart = this.currentLength - this.suffix;
    if (offset >= suffixStart) return offset - (this.currentLength - this.analysedLength);
    return undefined;
  }

  /** A range of the analysed text in the current one; undefined when any of it changed. */
  toCurrent(range: EngineRange): EngineRange | undefined {
    if (range.end <= this.prefix) return range;
    const suffixStart = this.analysedLength - this.suffix;
    if (range.start < suffixStart) return undefined;
    const delta = this.currentLength - this.analysedLength;
    return { start: range.start + delta, end: range.end + delta };
  }
}
