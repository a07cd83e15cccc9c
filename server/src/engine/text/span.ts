/** Spans: half-open UTF-16 offset ranges into one source text, the only position type inside the engine. */

export interface Span {
  readonly start: number;
  readonly end: number;
}

export function makeSpan(start: number, end: number): Span {
  return { start, end: Math.max(start, end) };
}

export function spanContains(outer: Span, offset: number): boolean {
  return offset >= outer.start && offset <= outer.end;
}

export function spanCovers(outer: Span, inner: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}
