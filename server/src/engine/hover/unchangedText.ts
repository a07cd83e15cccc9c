/**
 * Where a newer version of a text agrees with the version an analysis read: everything before the first changed
 * character, and everything after the last one (moved by the difference in length). Between them lies every edit
 * made since, as one stretch: a hover there, or over a declaration that reaches into it, cannot be answered from
 * that analysis.
 */
import type { EngineRange } from '../api';

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
    const shortest = Math.min(analysed.length, current.length);
    const prefix = commonPrefix(analysed, current, shortest);
    const suffix = commonSuffix(analysed, current, shortest - prefix);
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

/**
 * Texts are compared a block at a time (string equality on slices compares memory, many times faster than a loop
 * over characters: hovers while typing in a 3 MB template compare it once per version), then character by character
 * in the first block that differs.
 */
const BLOCK = 4096;

function commonPrefix(a: string, b: string, most: number): number {
  let at = 0;
  while (at + BLOCK <= most && a.substring(at, at + BLOCK) === b.substring(at, at + BLOCK)) at += BLOCK;
  while (at < most && a.charCodeAt(at) === b.charCodeAt(at)) at++;
  return at;
}

/** Characters at the end of both, at most `most`. */
function commonSuffix(a: string, b: string, most: number): number {
  let length = 0;
  while (
    length + BLOCK <= most &&
    a.substring(a.length - length - BLOCK, a.length - length) === b.substring(b.length - length - BLOCK, b.length - length)
  )
    length += BLOCK;
  while (length < most && a.charCodeAt(a.length - 1 - length) === b.charCodeAt(b.length - 1 - length)) length++;
  return length;
}
