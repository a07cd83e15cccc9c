/**
 * Where the user is typing in each open document: the stretch the last edit changed, and when. The validator passes
 * it to analyses that run while keystrokes keep coming (`AnalysisOptions.beingTyped`), so a resource still being
 * written reports nothing until the user pauses (issue 19.7): VS Code closes brackets as they are typed, so a
 * half-typed endpoint usually parses and would otherwise "declare no connection" for most of its typing.
 */
import { commonPrefixLength, commonSuffixLength } from '../engine';

export interface TypingPlace {
  readonly start: number;
  readonly end: number;
  readonly at: number;
}

export class TypingPlaces {
  private readonly texts = new Map<string, string>();
  private readonly places = new Map<string, TypingPlace>();

  /** A document's text now (on open and each change); an edit records the stretch it changed. */
  update(path: string, text: string, now = Date.now()): void {
    const previous = this.texts.get(path);
    this.texts.set(path, text);
    if (previous === undefined || previous === text) return;
    const range = changedStretch(previous, text);
    this.places.set(path, { ...range, at: now });
  }

  forget(path: string): void {
    this.texts.delete(path);
    this.places.delete(path);
  }

  /** The most recent edit among `paths`. */
  latestIn(paths: Iterable<string>): { path: string; place: TypingPlace } | undefined {
    let latest: { path: string; place: TypingPlace } | undefined;
    for (const path of paths) {
      const place = this.places.get(path);
      if (place && (!latest || place.at > latest.place.at)) latest = { path, place };
    }
    return latest;
  }
}

/**
 * The stretch of `current` that differs from `previous`: all but their common start and end. Compared as the
 * incremental parsers compare versions (engine text/commonAffixes.ts), not a character at a time: this runs on every
 * keystroke, over the whole of a 3 MB template.
 */
export function changedStretch(previous: string, current: string): { start: number; end: number } {
  const start = commonPrefixLength(previous, current);
  const suffix = commonSuffixLength(previous, current, Math.min(previous.length, current.length) - start);
  return { start, end: current.length - suffix };
}
