// detectIndentUnit reads lines in place (it runs over the whole file once per analysis); it must agree with the
// plain split-and-regex reading it replaced, on any text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { detectIndentUnit, startsLine, TextLines } from '../../server/src/engine/fixes/indentation';

function referenceIndentUnit(text: string): string {
  let tabLines = 0;
  let spaceLines = 0;
  let previous = 0;
  const steps = new Map<number, number>();
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const leading = /^[ \t]*/.exec(line)?.[0] ?? '';
    if (leading.startsWith('\t')) {
      tabLines++;
      continue;
    }
    if (leading.length > 0) spaceLines++;
    if (leading.length > previous) steps.set(leading.length - previous, (steps.get(leading.length - previous) ?? 0) + 1);
    previous = leading.length;
  }
  if (tabLines > spaceLines) return '\t';
  let best = 0;
  let bestCount = 0;
  for (const [step, count] of steps) {
    if (step > 8) continue;
    if (count > bestCount || (count === bestCount && step < best)) {
      best = step;
      bestCount = count;
    }
  }
  return best > 0 ? ' '.repeat(best) : '  ';
}

test('detectIndentUnit agrees with the split-and-regex reading on any text', () => {
  const pieces = fc.constantFrom(' ', '  ', '    ', '\t', '\n', '\r\n', '\r', 'a', '{', '"x": 1', '\u00a0', '\u2028', '\f', '\v', '');
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 80 }), (parts) => {
      const text = parts.join('');
      assert.equal(JSON.stringify(detectIndentUnit(text)), JSON.stringify(referenceIndentUnit(text)));
    }),
    { numRuns: 3000, seed: 7 },
  );
});

test('detectIndentUnit on typical layouts', () => {
  assert.equal(detectIndentUnit('{\n    "a": {\n        "b": 1\n    }\n}\n'), '    ');
  assert.equal(detectIndentUnit('{\r\n  "a": 1\r\n}'), '  ');
  assert.equal(detectIndentUnit('{\n\t"a": {\n\t\t"b": 1\n\t}\n}'), '\t');
  assert.equal(detectIndentUnit(''), '  ');
});

// lineStart and startsLine are asked once or more per finding; on a minified (one-line) template a character scan back
// to the line's start made them quadratic. Their faster readings must agree with the plain definitions on any text,
// long lines (past the short scan) included.
function referenceLineStart(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

test('lineStart, startsLine and containsLineBreak agree with the plain definitions, on short and very long lines', () => {
  const piece = fc.constantFrom('a', ' ', '\t', '\n', '\r\n', '\r', 'x'.repeat(300), ' '.repeat(700), '{ "k": 1 }');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }), fc.nat(), (pieces, at) => {
      const text = pieces.join('');
      const offset = text.length === 0 ? 0 : at % (text.length + 1);
      // Between \r and \n the plain reading says "a line starts here"; no caller asks there, and the index disagrees.
      if (text[offset - 1] === '\r' && text[offset] === '\n') return;
      assert.equal(new TextLines(text).lineStart(offset), referenceLineStart(text, offset));
      assert.equal(startsLine(text, offset), /^[ \t]*$/.test(text.slice(referenceLineStart(text, offset), offset)));
      const lines = new TextLines(text);
      for (const start of [0, Math.floor(offset / 2), offset]) {
        assert.equal(
          lines.containsLineBreak(start, offset),
          /[\r\n]/.test(text.slice(start, offset)),
          `line break in [${start}, ${offset})`,
        );
      }
    }),
    { numRuns: 2000 },
  );
});
