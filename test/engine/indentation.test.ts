// detectIndentUnit reads lines in place (it runs over the whole file once per analysis); it must agree with the
// plain split-and-regex reading it replaced, on any text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  containsLineBreak,
  detectIndentUnit,
  lineEnd,
  nextLineStart,
  restOfLineIsBlank,
  restOfLineIsTrivia,
  skipLineTrivia,
  skipSpaces,
  startsLine,
  TextLines,
} from '../../server/src/engine/fixes/indentation';

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

test('the most frequent step decides the unit, the smaller one on a tie; steps over 8 and tab lines do not count', () => {
  assert.equal(detectIndentUnit(['a', '  b', '    c', '      d', '          e'].join('\n')), '  ');
  assert.equal(detectIndentUnit(['a', '    b', 'c', '  d'].join('\n')), '  ');
  assert.equal(detectIndentUnit(['a', '          b', 'c', '   d'].join('\n')), '   ');
  assert.equal(detectIndentUnit(['a', '\tb', '\t\tc', '    d'].join('\r\n')), '\t');
  assert.equal(detectIndentUnit(['a', '\tb', '    c', '        d'].join('\n')), '    ');
  // A line of spaces only is blank: it neither counts as a step nor resets the previous indentation.
  assert.equal(detectIndentUnit(['a', '   b', '      ', '      c'].join('\n')), '   ');
});

test('line helpers: ends, next starts over CRLF, comments that end a line, blank rests', () => {
  const text = 'a, /* x */ // y\r\nb /* open\n*/ c\t \nd';
  assert.equal(lineEnd(text, 0), 15);
  assert.equal(nextLineStart(text, 0), 17);
  assert.equal(nextLineStart(text, text.length - 1), text.length);
  assert.equal(nextLineStart('a\rb', 0), 2);
  assert.equal(skipLineTrivia(text, 2), 15);
  assert.equal(restOfLineIsTrivia(text, 2), true);
  assert.equal(restOfLineIsBlank(text, 2), false);
  // A block comment running over the line end is not trivia of this line.
  assert.equal(restOfLineIsTrivia(text, 18), false);
  assert.equal(restOfLineIsTrivia('b /* open\n*/\nc', 1), false);
  assert.equal(skipLineTrivia('x /* unclosed', 1), 2);
  assert.equal(restOfLineIsBlank(text, text.indexOf('c') + 1), true);
  assert.equal(restOfLineIsBlank('x  ', 1), true);
  assert.equal(restOfLineIsTrivia('x /* a */', 1), true);
  assert.equal(skipSpaces(' \t x', 0), 3);
  assert.equal(startsLine('\t x', 2), true);
  assert.equal(containsLineBreak('ab\rc', 0, 2), false);
  assert.equal(containsLineBreak('ab\rc', 0, 3), true);
});

test('indentOfLine reads spaces and tabs at the start of a long line', () => {
  const long = '\t  ' + 'x'.repeat(2000);
  const lines = new TextLines('a\n' + long);
  assert.equal(lines.indentOfLine(1500), '\t  ');
  assert.equal(lines.lineStart(1500), 2);
  assert.equal(lines.containsLineBreak(0, 1500), true);
  assert.equal(lines.containsLineBreak(3, 1500), false);
  const crlf = new TextLines('x'.repeat(600) + '\r\n' + 'y'.repeat(600));
  assert.equal(crlf.containsLineBreak(10, 601), true);
  assert.equal(crlf.containsLineBreak(602, 1200), false);
  assert.equal(new TextLines('   ').indentOfLine(1), '   ');
});
