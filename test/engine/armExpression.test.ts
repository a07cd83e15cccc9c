// Tests the ARM expression parser: file spans through JSON escapes first, then every node kind, errors and recovery,
// the hostile-input caps, canonical text, and a seeded fuzz run that must never throw.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ArmStringParse, canonicalText, MAX_EXPRESSION_DEPTH, parseArmString } from '../../server/src/engine/arm/expression/parse';
import { Expr, exprAtOffset, forEachExpr } from '../../server/src/engine/arm/expression/ast';
import type { Span } from '../../server/src/engine/text/span';

/** Puts `raw` into a small JSON file as a string value and parses it there, so spans can be checked against the file. */
function inFile(raw: string) {
  const prefix = '{\n  "name": "';
  const file = `${prefix}${raw}"\n}`;
  const rawOffset = prefix.length;
  const parsed = parseArmString(raw, rawOffset);
  const at = (span: Span) => file.slice(span.start, span.end);
  return { file, rawOffset, parsed, at };
}

function expressionOf(parsed: ArmStringParse): Expr {
  assert.equal(parsed.kind, 'expression');
  if (parsed.kind !== 'expression') throw new Error('unreachable');
  assert.deepEqual(parsed.errors, []);
  assert.ok(parsed.expr);
  return parsed.expr;
}

function errorsOf(raw: string): string[] {
  const parsed = parseArmString(raw, 0);
  assert.equal(parsed.kind, 'expression');
  return parsed.kind === 'expression' ? parsed.errors.map((e) => e.message) : [];
}

function call(expr: Expr) {
  assert.equal(expr.kind, 'call');
  if (expr.kind !== 'call') throw new Error('unreachable');
  return expr;
}

// ---- spans through JSON escapes (first: every later offset depends on them) ----

test('spans point into the raw text past escaped double quotes', () => {
  const { parsed, at } = inFile(String.raw`[concat('say \"hi\"', parameters('x'))]`);
  const concat = call(expressionOf(parsed));
  assert.equal(at(concat.nameSpan), 'concat');
  const [say, params] = concat.args;
  assert.equal(say.kind, 'string');
  assert.equal(say.kind === 'string' && say.value, 'say "hi"');
  assert.equal(at(say.span), String.raw`'say \"hi\"'`);
  // Each \" is two raw characters for one value character: the call after it is shifted by two.
  assert.equal(at(params.span), "parameters('x')");
  assert.equal(at(call(params).args[0].span), "'x'");
  assert.equal(at(concat.span), String.raw`concat('say \"hi\"', parameters('x'))`);
});

test('spans survive \\u escapes, including escaped quotes and brackets', () => {
  const raw = String.raw`[concat(\u0027a\u0027, parameters(\u0027x\u0027))\u005D`;
  const { parsed, at } = inFile(raw);
  const concat = call(expressionOf(parsed));
  const [a, params] = concat.args;
  assert.equal(a.kind === 'string' && a.value, 'a');
  assert.equal(at(a.span), String.raw`\u0027a\u0027`);
  assert.equal(at(params.span), String.raw`parameters(\u0027x\u0027)`);
  assert.equal(at(call(params).nameSpan), 'parameters');
});

test('spans survive backslashes, \\n, \\t and \\/ escapes', () => {
  const raw = String.raw`[replace(\n\tparameters('p'),\t'\\', '\/')]`;
  const { parsed, at } = inFile(raw);
  const replace = call(expressionOf(parsed));
  const [p, back, slash] = replace.args;
  assert.equal(at(p.span), "parameters('p')");
  assert.equal(back.kind === 'string' && back.value, '\\');
  assert.equal(at(back.span), String.raw`'\\'`);
  assert.equal(slash.kind === 'string' && slash.value, '/');
  assert.equal(at(slash.span), String.raw`'\/'`);
});

test('many escapes before a node shift it by the sum of their extra characters', () => {
  const raw = String.raw`[concat('\"\"\"\u0041\\', variables('v')[0].name)]`;
  const { parsed, at } = inFile(raw);
  const [first, second] = call(expressionOf(parsed)).args;
  assert.equal(first.kind === 'string' && first.value, '"""A\\');
  assert.equal(at(second.span), "variables('v')[0].name");
  assert.equal(second.kind, 'member');
  assert.equal(second.kind === 'member' && at(second.nameSpan), 'name');
});

test('an invalid escape is read as a plain backslash and later spans stay right', () => {
  const { parsed, at } = inFile(String.raw`[concat('\q', 'b')]`);
  const [q, b] = call(expressionOf(parsed)).args;
  assert.equal(q.kind === 'string' && q.value, '\\q');
  assert.equal(at(b.span), "'b'");
});

test('errors also carry raw spans', () => {
  const { parsed, at } = inFile(String.raw`[concat('\"', #)]`);
  assert.equal(parsed.kind, 'expression');
  if (parsed.kind !== 'expression') return;
  assert.equal(parsed.errors.length, 1);
  assert.equal(at(parsed.errors[0].span), '#');
});

// ---- what is an expression ----

test('literals: plain text, "[[" escapes, and brackets that do not close the string', () => {
  assert.deepEqual(parseArmString('plain', 0), { kind: 'literal', value: 'plain' });
  assert.deepEqual(parseArmString('[[not an expression]', 0), { kind: 'literal', value: '[not an expression]' });
  assert.deepEqual(parseArmString('[starts only', 0), { kind: 'literal', value: '[starts only' });
  assert.deepEqual(parseArmString('ends only]', 0), { kind: 'literal', value: 'ends only]' });
  assert.deepEqual(parseArmString('', 0), { kind: 'literal', value: '' });
  assert.deepEqual(parseArmString('[', 0), { kind: 'literal', value: '[' });
  assert.deepEqual(parseArmString(' [x()]', 0), { kind: 'literal', value: ' [x()]' });
  // The literal value is unescaped.
  assert.deepEqual(parseArmString(String.raw`a\"b\u0041`, 0), { kind: 'literal', value: 'a"bA' });
  // An escaped bracket still makes an expression: the decision is on the value.
  assert.equal(parseArmString(String.raw`\u005Bfoo()]`, 0).kind, 'expression');
});

test('an empty expression is an error, not a literal', () => {
  assert.deepEqual(errorsOf('[]'), ['The expression is empty.']);
  assert.deepEqual(errorsOf('[  ]'), ['The expression is empty.']);
});

// ---- node kinds ----

test('string literals with doubled quotes', () => {
  const { parsed, at } = inFile("['it''s']");
  const expr = expressionOf(parsed);
  assert.equal(expr.kind === 'string' && expr.value, "it's");
  assert.equal(at(expr.span), "'it''s'");
  const empty = expressionOf(parseArmString("['']", 0));
  assert.equal(empty.kind === 'string' && empty.value, '');
  const quotes = expressionOf(parseArmString("['''''']", 0));
  assert.equal(quotes.kind === 'string' && quotes.value, "''");
});

test('numbers, negative numbers and decimals', () => {
  const args = call(expressionOf(parseArmString('[createArray(0, 42, -7, 1.5)]', 0))).args;
  assert.deepEqual(
    args.map((a) => (a.kind === 'number' ? a.value : a.kind)),
    [0, 42, -7, 1.5],
  );
});

test('bare true, false and null; the functions true() and null() are calls', () => {
  const args = call(expressionOf(parseArmString('[createArray(true, false, null, True, true(), null())]', 0))).args;
  assert.deepEqual(
    args.map((a) => a.kind),
    ['boolean', 'boolean', 'null', 'boolean', 'call', 'call'],
  );
  assert.equal(args[0].kind === 'boolean' && args[0].value, true);
  assert.equal(args[1].kind === 'boolean' && args[1].value, false);
});

test('calls with no arguments, nested calls, and spans of each', () => {
  const { parsed, at } = inFile("[resourceId('Microsoft.Network/virtualNetworks/subnets', variables('vnet'), 'default')]");
  const rid = call(expressionOf(parsed));
  assert.equal(rid.name, 'resourceId');
  assert.equal(rid.args.length, 3);
  assert.equal(at(rid.args[1].span), "variables('vnet')");
  const rg = call(expressionOf(parseArmString('[resourceGroup()]', 0)));
  assert.deepEqual(rg.args, []);
  assert.deepEqual(rg.span, { start: 1, end: 16 });
});

test('member and index chains keep their structure and spans', () => {
  const { parsed, at } = inFile("[parameters('cfg').subnets[0]['name'].value]");
  const top = expressionOf(parsed);
  assert.equal(top.kind, 'member');
  if (top.kind !== 'member') return;
  assert.equal(top.name, 'value');
  assert.equal(at(top.nameSpan), 'value');
  const nameIndex = top.object;
  assert.equal(nameIndex.kind, 'index');
  if (nameIndex.kind !== 'index') return;
  assert.equal(at(nameIndex.index.span), "'name'");
  assert.equal(at(nameIndex.span), "parameters('cfg').subnets[0]['name']");
  const zero = nameIndex.object;
  assert.equal(zero.kind === 'index' && at(zero.span), "parameters('cfg').subnets[0]");
});

test('whitespace is allowed between tokens', () => {
  const expr = expressionOf(parseArmString("[ concat ( 'a' ,\n 'b' ) . length ]", 0));
  assert.equal(canonicalText(expr), "concat('a','b').length");
});

test('namespaced user-defined function calls', () => {
  const { parsed, at } = inFile("[contoso.uniqueName(parameters('p')).value]");
  const top = expressionOf(parsed);
  assert.equal(top.kind, 'member');
  if (top.kind !== 'member') return;
  const fn = call(top.object);
  assert.equal(fn.name, 'contoso.uniqueName');
  assert.equal(at(fn.nameSpan), 'contoso.uniqueName');
});

// ---- errors and recovery ----

test('a missing closing parenthesis', () => {
  assert.deepEqual(errorsOf("[concat('a']"), ["Expected ')' to close the call to 'concat'."]);
});

test('a trailing comma keeps the argument count with an error node', () => {
  const parsed = parseArmString("[concat('a',)]", 0);
  assert.equal(parsed.kind, 'expression');
  if (parsed.kind !== 'expression') return;
  assert.deepEqual(
    parsed.errors.map((e) => e.message),
    ["Expected an expression, found ')'."],
  );
  const args = call(parsed.expr as Expr).args;
  assert.deepEqual(
    args.map((a) => a.kind),
    ['string', 'error'],
  );
});

test('a bare identifier is not an expression', () => {
  assert.deepEqual(errorsOf('[foo]'), ["Expected '(' after the function name 'foo'."]);
  assert.deepEqual(errorsOf('[parameters.x]'), ["Expected '(' after the function name 'parameters'."]);
});

test('unexpected characters are reported and the rest of the call is read', () => {
  const parsed = parseArmString("[concat(#, 'b', @x)]", 0);
  assert.equal(parsed.kind, 'expression');
  if (parsed.kind !== 'expression') return;
  assert.deepEqual(
    parsed.errors.map((e) => e.message),
    ["Unexpected character '#'.", "Unexpected character '@'."],
  );
  const args = call(parsed.expr as Expr).args;
  assert.deepEqual(
    args.map((a) => a.kind),
    ['error', 'string', 'error'],
  );
});

test('an unterminated string', () => {
  const messages = errorsOf("[concat('abc)]");
  assert.equal(messages[0], "Unterminated string: a closing ' is missing.");
});

test('text after the expression', () => {
  assert.deepEqual(errorsOf("[concat('a') 'b']"), ['Unexpected text after the expression.']);
  assert.deepEqual(errorsOf('[a()]]'), ['Unexpected text after the expression.']);
});

test('a dot without a property name, and an unclosed index', () => {
  assert.deepEqual(errorsOf('[a().]'), ["Expected a property name after '.'."]);
  assert.deepEqual(errorsOf('[a()[0]'), ["Expected ']'."]);
  assert.deepEqual(errorsOf('[a()[0 1]'), ["Expected ']'.", 'Unexpected text after the expression.']);
});

test('recovery skips balanced brackets inside a broken argument', () => {
  const parsed = parseArmString("[f(a b(c, d), 'ok')]", 0);
  assert.equal(parsed.kind, 'expression');
  if (parsed.kind !== 'expression') return;
  const args = call(parsed.expr as Expr).args;
  assert.equal(args.length, 2);
  assert.equal(args[1].kind === 'string' && args[1].value, 'ok');
});

// ---- hostile input ----

test('100k-deep nesting returns an error without throwing', () => {
  const depth = 100_000;
  for (const raw of [
    '[' + 'f('.repeat(depth) + ')'.repeat(depth) + ']',
    '[a()' + '.b'.repeat(depth) + ']',
    '[a()' + '[0]'.repeat(depth) + ']',
    '[' + 'a()['.repeat(depth) + '0' + ']'.repeat(depth) + ']',
    '[' + '('.repeat(depth) + ']',
  ]) {
    const started = Date.now();
    const parsed = parseArmString(raw, 0);
    assert.equal(parsed.kind, 'expression');
    if (parsed.kind !== 'expression') continue;
    assert.ok(parsed.errors.length >= 1 && parsed.errors.length <= 3, `errors: ${parsed.errors.length}`);
    // A guard against runaway evaluation, not a speed check (the bench measures speed): far above the usual time.
    assert.ok(Date.now() - started < 15_000);
    if (parsed.expr) {
      // The tree itself is capped, so recursive consumers are safe.
      assert.ok(canonicalText(parsed.expr).length > 0);
    }
  }
  assert.match(errorsOf('[' + 'f('.repeat(depth) + ')'.repeat(depth) + ']')[0], /nested too deeply/);
});

test('nesting just under the cap is fine', () => {
  const depth = MAX_EXPRESSION_DEPTH - 1;
  const parsed = parseArmString('[' + 'f('.repeat(depth) + ')'.repeat(depth) + ']', 0);
  assert.equal(parsed.kind === 'expression' && parsed.errors.length, 0);
});

test('over-long expressions are refused with one error', () => {
  const raw = "[concat('" + 'x'.repeat(1_000_001) + "')]";
  assert.deepEqual(errorsOf(raw).length, 1);
  assert.match(errorsOf(raw)[0], /too long/);
});

// ---- canonical text ----

test('canonical text lowercases function names, drops whitespace and normalises quoting', () => {
  const text = (raw: string) => canonicalText(expressionOf(parseArmString(raw, 0)));
  assert.equal(
    text("[ ResourceId( 'Microsoft.Storage/storageAccounts' , Parameters( 'Name' ) ) ]"),
    "resourceid('Microsoft.Storage/storageAccounts',parameters('Name'))",
  );
  assert.equal(text("['it''s']"), "'it''s'");
  assert.equal(text(String.raw`[concat('\"', \u0027x\u0027)]`), `concat('"','x')`);
  assert.equal(text('[createArray(-1, true, null)]'), 'createarray(-1,true,null)');
  assert.equal(text("[parameters('a')['b'][0]['c-d']]"), "parameters('a').b[0]['c-d']");
  assert.equal(text("[parameters('a').b]"), text("[PARAMETERS('a')['b']]"));
  assert.equal(text('[Contoso.Fn()]'), 'contoso.fn()');
});

// ---- tree helpers ----

test('exprAtOffset finds the innermost node; forEachExpr visits all', () => {
  const { parsed, file } = inFile("[concat(parameters('p'), 'x')]");
  const expr = expressionOf(parsed);
  const offset = file.indexOf("'p'") + 1;
  const found = exprAtOffset(expr, offset);
  assert.equal(found?.kind === 'string' && found.value, 'p');
  const kinds: string[] = [];
  forEachExpr(expr, (e) => kinds.push(e.kind));
  assert.deepEqual(kinds, ['call', 'call', 'string', 'string']);
});

// ---- fuzz ----

function checkInvariants(raw: string, rawOffset: number) {
  const parsed = parseArmString(raw, rawOffset);
  if (parsed.kind === 'literal') return;
  const inRange = (span: Span) => {
    assert.ok(span.start <= span.end, `span ${span.start}-${span.end}`);
    assert.ok(span.start >= rawOffset && span.end <= rawOffset + raw.length, `span ${span.start}-${span.end} outside`);
  };
  parsed.errors.forEach((e) => inRange(e.span));
  if (parsed.expr) {
    forEachExpr(parsed.expr, (e) => inRange(e.span));
    canonicalText(parsed.expr);
  }
}

test('fuzz: random strings never throw and spans stay inside the raw text', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 60 }), fc.nat(1000), (body, offset) => {
      checkInvariants(`[${body}]`, offset);
      checkInvariants(body, offset);
    }),
    { seed: 20240601, numRuns: 3000 },
  );
});

test('fuzz: token soup (escapes included) never throws', () => {
  const token = fc.constantFrom(
    'concat',
    'parameters',
    'x',
    '.',
    '(',
    ')',
    '[',
    ']',
    ',',
    "'",
    "''",
    "'a'",
    '-',
    '1',
    '-2',
    '3.5',
    ' ',
    '\\"',
    '\\u0027',
    '\\\\',
    '\\',
    '\\n',
    'true',
    'null',
    'ns.f',
    '#',
    '\u00e9',
    '\ud83d\ude00',
    '\ud83d',
  );
  fc.assert(
    fc.property(fc.array(token, { maxLength: 40 }), (tokens) => {
      checkInvariants(`[${tokens.join('')}]`, 7);
    }),
    { seed: 42, numRuns: 3000 },
  );
});
