/**
 * Turns the raw source text of a JSON string (between the quotes, escapes still escaped) into its value, keeping a
 * map from every value index back to its raw offset, so expression spans point into the file and not into the value.
 */

export interface UnescapedText {
  readonly text: string;
  /** Raw offset of `text[i]`; `rawIndex(text.length)` is the raw length. */
  rawIndex(i: number): number;
}

/**
 * Invalid escapes are kept as written (the backslash becomes a character): the JSON parser reports them, and the
 * expression parser should still read the rest.
 */
export function unescapeJsonString(raw: string): UnescapedText {
  if (!raw.includes('\\')) {
    // The common case: no escapes, the map is the identity and costs no memory.
    return { text: raw, rawIndex: (i) => i };
  }
  const chars: string[] = [];
  const offsets: number[] = [];
  let i = 0;
  while (i < raw.length) {
    const ch = raw[i];
    if (ch !== '\\' || i + 1 >= raw.length) {
      chars.push(ch);
      offsets.push(i);
      i++;
      continue;
    }
    const next = raw[i + 1];
    const simple = SIMPLE_ESCAPES.get(next);
    if (simple !== undefined) {
      chars.push(simple);
      offsets.push(i);
      i += 2;
      continue;
    }
    if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(raw.slice(i + 2, i + 6))) {
      chars.push(String.fromCharCode(parseInt(raw.slice(i + 2, i + 6), 16)));
      offsets.push(i);
      i += 6;
      continue;
    }
    chars.push(ch);
    offsets.push(i);
    i++;
  }
  offsets.push(raw.length);
  return { text: chars.join(''), rawIndex: (index) => offsets[Math.max(0, Math.min(index, offsets.length - 1))] };
}

const SIMPLE_ESCAPES: ReadonlyMap<string, string> = new Map([
  ['"', '"'],
  // Json.NET, which reads templates for Azure, also accepts `\'` (in either kind of string).
  ["'", "'"],
  ['\\', '\\'],
  ['/', '/'],
  ['b', '\b'],
  ['f', '\f'],
  ['n', '\n'],
  ['r', '\r'],
  ['t', '\t'],
]);
