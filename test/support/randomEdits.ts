// Random edits for the incremental-analysis and reparse fuzz tests: typing, deleting and pasting anywhere, or just
// after a quote (inside a string, which keeps a file valid), and the loop that checks a reparse after each of them.
import assert from 'node:assert/strict';
import fc from 'fast-check';

/** Where (an offset, or just after the n-th quote), how much to remove, and what to insert (text, or a copy of the file). */
export type RawEdit = { at: number | { afterQuote: number }; remove: number; insert: string | { copyFrom: number; length: number } };

export type Edit = { at: number; remove: number; insert: string };

/** `INCREMENTAL_FUZZ_FACTOR=20 node test/run-tests.mjs incremental Reparse` searches longer, with other seeds. */
export const FUZZ_FACTOR = Math.max(1, Number(process.env.INCREMENTAL_FUZZ_FACTOR) || 1);

/** An edit made concrete for one text: offsets wrapped into it, a copy taken from it. */
export function resolveEdit(text: string, raw: RawEdit): Edit {
  const at = typeof raw.at === 'number' ? raw.at % (text.length + 1) : afterQuote(text, raw.at.afterQuote);
  const remove = Math.min(raw.remove, text.length - at);
  if (typeof raw.insert === 'string') return { at, remove, insert: raw.insert };
  const from = raw.insert.copyFrom % (text.length + 1);
  return { at, remove, insert: text.slice(from, from + raw.insert.length) };
}

/** Just after the n-th quote (of either kind, counted modulo their number). */
function afterQuote(text: string, n: number): number {
  const quotes: number[] = [];
  for (let i = 0; i < text.length; i++) if (text[i] === '"' || text[i] === "'") quotes.push(i + 1);
  return quotes.length === 0 ? 0 : quotes[n % quotes.length];
}

export function applyEdit(text: string, edit: Edit): string {
  return text.slice(0, edit.at) + edit.insert + text.slice(edit.at + edit.remove);
}

/** How an incremental parser is driven and compared with a full parse. */
export interface Reparser<P> {
  reparse(previous: P | undefined, text: string): P;
  /** Everything the parse gives, in a form that compares exactly. */
  snapshot(parse: P): string;
  fullSnapshot(text: string): string;
  reused(parse: P): boolean;
}

/**
 * Random edit sequences over `texts` (scaled by FUZZ_FACTOR); after every edit the reparse must equal a full parse.
 * Returns how many reparses reused the previous parse.
 */
export function checkReparseSequences<P>(
  texts: readonly string[],
  edits: fc.Arbitrary<RawEdit>,
  runs: number,
  seed: number,
  parser: Reparser<P>,
): number {
  let reused = 0;
  fc.assert(
    fc.property(fc.constantFrom(...texts), fc.array(edits, { minLength: 1, maxLength: 8 }), (original, sequence) => {
      let text = original;
      let parse = parser.reparse(undefined, text);
      assert.equal(parser.snapshot(parse), parser.fullSnapshot(text));
      for (const raw of sequence) {
        text = applyEdit(text, resolveEdit(text, raw));
        parse = parser.reparse(parse, text);
        if (parser.reused(parse)) reused++;
        assert.equal(parser.snapshot(parse), parser.fullSnapshot(text), `after an edit, reparsing ${JSON.stringify(text.slice(0, 80))}…`);
      }
    }),
    { numRuns: runs * FUZZ_FACTOR, seed: seed * FUZZ_FACTOR, endOnFailure: true },
  );
  return reused;
}
