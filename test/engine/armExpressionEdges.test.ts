// Edges of the ARM expression reader that a mutation run (test/MUTATION.md) found unchecked: every JSON escape and
// the offset map back into the raw text, the characters that start identifiers and numbers, the nesting cap at
// exactly its value, the messages and spans of broken expressions, and exprAtOffset at the ends of spans.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ArmStringParse, MAX_EXPRESSION_DEPTH, parseArmString } from '../../server/src/engine/arm/expression/parse';
import { unescapeJsonString } from '../../server/src/engine/arm/expression/unescape';
import { Expr, exprAtOffset } from '../../server/src/engine/arm/expression/ast';

function parsedExpression(raw: string): { expr: Expr | undefined; errors: { message: string; text: string }[] } {
  const parsed: ArmStringParse = parseArmString(raw, 0);
  assert.equal(parsed.kind, 'expression', raw);
  if (parsed.kind !== 'expression') throw new Error('unreachable');
  return { expr: parsed.expr, errors: parsed.errors.map((e) => ({ message: e.message, text: raw.slice(e.span.start, e.span.end) })) };
}

function argsOf(raw: string): Expr[] {
  const { expr, errors } = parsedExpression(raw);
  assert.deepEqual(errors, [], raw);
  assert.equal(expr?.kind, 'call', raw);
  return expr?.kind === 'call' ? [...expr.args] : [];
}

// ---- unescaping ----

test('every JSON escape gives its character, and each maps back to its backslash', () => {
  const cases: [string, string][] = [
    ['\\"', '"'],
    ["\\'", "'"],
    ['\\\\', '\\'],
    ['\\/', '/'],
    ['\\b', '\b'],
    ['\\f', '\f'],
    ['\\n', '\n'],
    ['\\r', '\r'],
    ['\\t', '\t'],
    ['\\u00e9', 'é'],
    ['\\u00E9', 'é'],
  ];
  for (const [escape, value] of cases) {
    const raw = `a${escape}z`;
    const unescaped = unescapeJsonString(raw);
    assert.equal(unescaped.text, `a${value}z`, raw);
    assert.deepEqual(
      [0, 1, 2, 3].map((i) => unescaped.rawIndex(i)),
      [0, 1, 1 + escape.length, raw.length],
      raw,
    );
  }
});

test('an escape that is not one is kept as written: \\x, \\u with too few or non-hex digits, a final backslash', () => {
  for (const raw of ['\\x1234', '\\uZZZZ', '\\u12G4', '\\u12', 'ab\\']) {
    assert.equal(unescapeJsonString(raw).text, raw, raw);
  }
  // The backslash becomes a character of its own, and what follows keeps its place.
  const kept = unescapeJsonString('\\x1234');
  assert.deepEqual(
    [0, 1, 2, 6].map((i) => kept.rawIndex(i)),
    [0, 1, 2, 6],
  );
});

test('rawIndex clamps indexes past either end to the ends', () => {
  const unescaped = unescapeJsonString('a\\nb');
  assert.equal(unescaped.text, 'a\nb');
  assert.equal(unescaped.rawIndex(-5), 0);
  assert.equal(unescaped.rawIndex(3), 4);
  assert.equal(unescaped.rawIndex(1000), 4);
});

test('a string that is an expression only after unescaping, or only looks like one, is read as JSON values are', () => {
  // "\u005b" is '[': the value is an expression.
  const escaped = parseArmString("\\u005bconcat('a')]", 0);
  assert.equal(escaped.kind, 'expression');
  // The value must start with '[' and end with ']' to be an expression.
  assert.deepEqual(parseArmString('\\u0078abc]', 0), { kind: 'literal', value: 'xabc]' });
  assert.deepEqual(parseArmString('[abc', 0), { kind: 'literal', value: '[abc' });
  assert.deepEqual(parseArmString('[', 0), { kind: 'literal', value: '[' });
});

// ---- tokens ----

test('identifiers start with a letter (a to z, A to Z), _ or $, and go on with digits', () => {
  for (const name of ['a', 'z', 'A', 'Z', '_f', '$f', 'zZ09_$', 'f9']) {
    const { expr, errors } = parsedExpression(`[${name}()]`);
    assert.deepEqual(errors, [], name);
    assert.equal(expr?.kind === 'call' && expr.name, name);
  }
  for (const bad of ['{', '`', '@', '[', '9']) {
    const { errors } = parsedExpression(`[f(${bad}x)]`);
    assert.ok(errors.length > 0, bad);
  }
});

test('numbers: every digit, a minus only before a digit, a decimal part only with digits after the dot', () => {
  const values = argsOf('[f(0, 9, 1234567890, -9, 9.5, 90.09)]').map((a) => (a.kind === 'number' ? a.value : a.kind));
  assert.deepEqual(values, [0, 9, 1234567890, -9, 9.5, 90.09]);
  // A minus without a digit after it is no number.
  assert.deepEqual(
    parsedExpression('[f(-)]').errors.map((e) => e.message),
    ["Unexpected character '-'."],
  );
  assert.deepEqual(parsedExpression('[f(-x)]').errors.map((e) => e.message)[0], "Unexpected character '-'.");
  // "1." is the number 1 followed by a dot: a property name is expected after it.
  assert.deepEqual(
    parsedExpression('[f(1.)]').errors.map((e) => e.message),
    ["Expected a property name after '.'."],
  );
});

test('a string ending in a doubled quote right before the closing bracket', () => {
  const [arg] = argsOf("[f('it''')]");
  assert.equal(arg.kind === 'string' && arg.value, "it'");
  const unterminated = parsedExpression("[f('it'')]");
  assert.equal(unterminated.errors[0].message, "Unterminated string: a closing ' is missing.");
});

test('a character outside the basic plane is one unexpected character, its error covering both halves', () => {
  const { errors } = parsedExpression('[f(\u{1F600})]');
  assert.deepEqual(errors, [{ message: "Unexpected character '\u{1F600}'.", text: '\u{1F600}' }]);
  // A lone high surrogate is one unexpected character too: the ')' after it is not taken for its second half.
  assert.deepEqual(parsedExpression('[f(\uD83D)]').errors, [{ message: "Unexpected character '\uD83D'.", text: '\uD83D' }]);
});

// ---- structure and errors ----

test('nesting at exactly the cap parses; one level more is one error', () => {
  const nested = (depth: number): string => '[' + 'f('.repeat(depth) + ')'.repeat(depth) + ']';
  assert.deepEqual(parsedExpression(nested(MAX_EXPRESSION_DEPTH)).errors, []);
  const over = parsedExpression(nested(MAX_EXPRESSION_DEPTH + 1)).errors;
  assert.equal(over.length, 1);
  assert.match(over[0].message, /nested too deeply \(over 200 levels\)/);
  // A chain of member accesses past the cap: one error, at the first '.' over it.
  const chain = parsedExpression('[a()' + '.b'.repeat(MAX_EXPRESSION_DEPTH + 5) + ']').errors;
  assert.deepEqual(chain, [{ message: `The expression is nested too deeply (over ${MAX_EXPRESSION_DEPTH} levels).`, text: '.' }]);
  const dots = parsedExpression('[a()' + '.b'.repeat(MAX_EXPRESSION_DEPTH - 1) + ']').errors;
  assert.deepEqual(dots, []);
});

test('messages and places of broken expressions', () => {
  // A dot at the end points at the dot; a dot before a non-name points at what follows it.
  assert.deepEqual(parsedExpression('[a().]').errors, [{ message: "Expected a property name after '.'.", text: '.' }]);
  assert.deepEqual(parsedExpression("[a().'x']").errors[0], { message: "Expected a property name after '.'.", text: "'x'" });
  // A call cut off after its '(' expects an expression where the text ends.
  assert.deepEqual(
    parsedExpression('[f(]').errors.map((e) => e.message),
    ['Expected an expression.'],
  );
  // A name followed by a dot and a name, without a call, is no user-defined function.
  assert.deepEqual(
    parsedExpression('[ns.f]').errors.map((e) => e.message),
    ["Expected '(' after the function name 'ns'."],
  );
  const udf = parsedExpression('[ns.f(1)]');
  assert.equal(udf.expr?.kind === 'call' && udf.expr.name, 'ns.f');
});

test('a broken argument is reported once, where it goes wrong, and the call keeps its arity', () => {
  const { expr, errors } = parsedExpression("[f('a' 'b', 'c')]");
  assert.deepEqual(errors, [{ message: "Expected ',' or ')'.", text: "'b'" }]);
  assert.equal(expr?.kind === 'call' && expr.args.length, 2);
  // Brackets and parentheses inside the skipped text are stepped over as pairs.
  // A stray ']' in it closes nothing: the next ',' still ends the argument.
  for (const raw of ["[f(a b[1, 2], 'ok')]", "[f(a b(1, (2)), 'ok')]", "[f(a b], 'ok')]", "[f(1 2), 'ok')]"]) {
    const parsed = parsedExpression(raw);
    const args = parsed.expr?.kind === 'call' ? parsed.expr.args : [];
    assert.equal(args.length, raw === "[f(1 2), 'ok')]" ? 1 : 2, raw);
    if (args.length === 2) assert.equal(args[1].kind === 'string' && args[1].value, 'ok', raw);
  }
  // An argument that is already an error is not reported again.
  assert.deepEqual(
    parsedExpression("[f(# 'b')]").errors.map((e) => e.message),
    ["Unexpected character '#'."],
  );
});

// ---- exprAtOffset ----

test('exprAtOffset: both ends of a span count, and an offset outside the root finds nothing', () => {
  const raw = "[f(g('p'), 'x')]";
  const { expr } = parsedExpression(raw);
  assert.ok(expr);
  const p = raw.indexOf("'p'");
  assert.equal(exprAtOffset(expr, p)?.kind, 'string');
  assert.equal(exprAtOffset(expr, p + 3)?.kind, 'string');
  const g = raw.indexOf('g(');
  const atG = exprAtOffset(expr, g);
  assert.equal(atG?.kind === 'call' && atG.name, 'g');
  // A later argument is found past the ones before it.
  const x = exprAtOffset(expr, raw.indexOf("'x'") + 1);
  assert.equal(x?.kind === 'string' && x.value, 'x');
  assert.equal(exprAtOffset(expr, raw.length)?.kind, undefined);
  assert.equal(exprAtOffset(expr, 0), undefined);
  // Members and indexes lead to their object and index.
  const chained = parsedExpression("[a().b[f('i')]]").expr;
  assert.ok(chained);
  const inIndex = exprAtOffset(chained, "[a().b[f('i')]]".indexOf("'i'") + 1);
  assert.equal(inIndex?.kind === 'string' && inIndex.value, 'i');
  const inObject = exprAtOffset(chained, 1);
  assert.equal(inObject?.kind === 'call' && inObject.name, 'a');
});
