/**
 * Bicep expressions: precedence climbing for operators, postfix chains, literals, strings with interpolation,
 * arrays, objects (including nested resources and spreads), lambdas, `for` and `if` bodies, and decorators.
 */
import type {
  ArrayItem,
  BinaryOperator,
  DeclarationValue,
  Decorator,
  Expression,
  ForExpression,
  Identifier,
  IfCondition,
  ObjectExpression,
  ObjectMember,
  Spread,
  StringLiteral,
  StringPart,
  StringSegment,
} from './ast';
import { MAX_DEPTH, parseDelimited, type Parser } from './parserState';
import type { Token, TokenKind } from './tokens';

/** Binding strength of binary operators, loosest first (Bicep: `??` < `||` < `&&` < equality < comparison < `+ -` < `* / %`). */
const precedence: Partial<Record<TokenKind, number>> = {
  '??': 1,
  '||': 2,
  '&&': 3,
  '==': 4,
  '!=': 4,
  '=~': 4,
  '!~': 4,
  '<': 5,
  '<=': 5,
  '>': 5,
  '>=': 5,
  '+': 6,
  '-': 6,
  '*': 7,
  '/': 7,
  '%': 7,
};

/** Any expression, including ternaries and lambdas. Costs one level of the nesting budget. */
export function parseExpression(p: Parser): Expression {
  const start = p.peek().start;
  if (p.depth >= MAX_DEPTH) return p.skipTooDeep(start);
  const savedDepth = p.depth;
  p.depth++;
  const result = parseTernaryOrLambda(p, start);
  p.depth = savedDepth;
  return result;
}

function parseTernaryOrLambda(p: Parser, start: number): Expression {
  const lambda = tryParseLambda(p, start);
  if (lambda !== undefined) return lambda;
  const condition = parseBinary(p, 1);
  // Bicep lets a ternary continue on following lines that start with `?` and `:`.
  if (!p.continuesOnNextLine('?')) return condition;
  p.advance();
  const whenTrue = parseExpression(p);
  let whenFalse: Expression;
  if (p.continuesOnNextLine(':')) {
    p.advance();
    whenFalse = parseExpression(p);
  } else {
    p.errorAtCurrent("expected ':'");
    whenFalse = p.missing();
  }
  // A missing condition sits before `start` (see Parser.missing), so the span starts at the condition.
  return { kind: 'ternary', span: p.spanFrom(condition.span.start), condition, whenTrue, whenFalse };
}

/** `x => body` or `(x, y) => body`; the bracket table tells a parameter list from a parenthesised expression. */
function tryParseLambda(p: Parser, start: number): Expression | undefined {
  const token = p.peek();
  const parameters: Identifier[] = [];
  if (token.kind === 'word' && p.lookahead(1).kind === '=>') {
    parameters.push(identifierOf(p.advance()));
  } else if (token.kind === '(') {
    const close = p.matches[p.pos];
    if (close < 0 || p.tokens[close + 1]?.kind !== '=>') return undefined;
    const list = parseDelimited(p, '(', false, () => {
      if (p.at('word')) return identifierOf(p.advance());
      p.errorAtCurrent('expected a lambda parameter name');
      return undefined;
    });
    parameters.push(...list.items);
  } else {
    return undefined;
  }
  p.expect('=>', "'=>'");
  const body = parseLambdaBody(p);
  return { kind: 'lambda', span: p.spanFrom(start), parameters, body };
}

/**
 * Words after which a line break ends a lambda instead of leading to its body: Bicep's own list
 * (`LanguageConstants.DeclarationKeywords`), which is not every declaration keyword (`func`, `targetScope`,
 * `extension` are missing from it, so Bicep reads them as the body).
 */
const keywordsAfterUnfinishedLambda: ReadonlySet<string> = new Set([
  'assert',
  'import',
  'metadata',
  'param',
  'var',
  'resource',
  'output',
  'module',
  'type',
]);

/**
 * The expression after `=>` of a lambda or a `func`. Bicep lets it begin on the next line (`bicep format` puts a
 * long body there), unless that line begins with one of the keywords above: then `=>` was left unfinished.
 */
export function parseLambdaBody(p: Parser): Expression {
  const token = p.peek();
  if (token.kind === 'newline') {
    const next = p.tokens[p.pos + 1];
    // Whether the body goes on depends on the word after the line break, and a stretch parsed alone (reparse.ts)
    // does not have it: the whole file must be parsed.
    if (next.kind === 'eof') p.reachedEndAcrossLines = true;
    else if (next.kind !== 'word' || !keywordsAfterUnfinishedLambda.has(next.value)) p.pos++;
  }
  return parseExpression(p);
}

/** Operators at `minPrecedence` or tighter; left-associative, so a chain is a loop, not recursion. */
function parseBinary(p: Parser, minPrecedence: number): Expression {
  let left = parseUnary(p);
  const start = left.span.start;
  for (;;) {
    const operator = p.peek();
    const strength = precedence[operator.kind];
    if (strength === undefined || strength < minPrecedence) return left;
    // Each operator deepens the tree by one; walkers recurse on it, so it spends the same budget as nesting.
    if (++p.depth >= MAX_DEPTH) return p.skipTooDeep(start);
    p.advance();
    const right = parseBinary(p, strength + 1);
    left = { kind: 'binary', span: p.spanFrom(start), operator: operator.kind as BinaryOperator, left, right };
  }
}

function parseUnary(p: Parser): Expression {
  const start = p.peek().start;
  const operators: Token[] = [];
  while (p.at('!') || p.at('-')) {
    if (++p.depth >= MAX_DEPTH) return p.skipTooDeep(start);
    operators.push(p.advance());
  }
  let operand = parsePostfix(p);
  for (let i = operators.length - 1; i >= 0; i--) {
    const operator = operators[i];
    operand = { kind: 'unary', span: p.spanFrom(operator.start), operator: operator.kind as '!' | '-', operand };
  }
  return operand;
}

/** A primary expression followed by `.name`, `.?name`, `::name`, `[i]`, `[?i]`, `.name(args)` and postfix `!`. */
export function parsePostfix(p: Parser): Expression {
  let base = parsePrimary(p);
  const start = base.span.start;
  for (;;) {
    const token = p.peek();
    if (token.kind !== '.' && token.kind !== '.?' && token.kind !== '::' && token.kind !== '[' && token.kind !== '!') {
      return base;
    }
    if (++p.depth >= MAX_DEPTH) return p.skipTooDeep(start);
    switch (token.kind) {
      case '.':
      case '.?': {
        p.advance();
        const name = parseIdentifier(p, 'a property name');
        if (token.kind === '.' && name.name !== '' && p.at('(')) {
          const args = parseArguments(p);
          base = { kind: 'call', span: p.spanFrom(start), target: base, name, args };
        } else {
          base = { kind: 'member', span: p.spanFrom(start), base, name, safe: token.kind === '.?' };
        }
        break;
      }
      case '::': {
        p.advance();
        const name = parseIdentifier(p, 'a nested resource name');
        base = { kind: 'resourceAccess', span: p.spanFrom(start), base, name };
        break;
      }
      case '[': {
        let safe = false;
        let fromEnd = false;
        const list = parseDelimited(p, '[', false, () => {
          safe = p.eat('?') !== undefined;
          fromEnd = p.eat('^') !== undefined;
          return parseExpression(p);
        });
        if (list.items.length !== 1) p.error(list.span.start, list.span.end, 'expected one index expression');
        const index = list.items[0] ?? { kind: 'error', span: { start: list.span.end, end: list.span.end } };
        base = { kind: 'index', span: p.spanFrom(start), base, index, safe, fromEnd };
        break;
      }
      case '!':
        p.advance();
        base = { kind: 'nonNull', span: p.spanFrom(start), base };
        break;
    }
  }
}

function parsePrimary(p: Parser): Expression {
  const token = p.peek();
  switch (token.kind) {
    case 'word': {
      p.advance();
      if (token.value === 'true' || token.value === 'false') {
        return { kind: 'boolean', span: spanOf(token), value: token.value === 'true' };
      }
      if (token.value === 'null') return { kind: 'null', span: spanOf(token) };
      const name = identifierOf(token);
      if (p.at('(')) {
        const args = parseArguments(p);
        return { kind: 'call', span: p.spanFrom(token.start), target: undefined, name, args };
      }
      return name;
    }
    case 'number':
      p.advance();
      return { kind: 'number', span: spanOf(token), value: Number(token.value), text: token.value };
    case 'string':
    case 'stringLeft':
    case 'multilineString':
      return parseString(p);
    case '[':
      return parseArray(p);
    case '{':
      return parseObject(p);
    case '(': {
      const list = parseDelimited(p, '(', false, () => parseExpression(p));
      if (list.items.length !== 1) p.error(list.span.start, list.span.end, 'expected one expression in parentheses');
      const expression = list.items[0] ?? { kind: 'error', span: { start: list.span.end, end: list.span.end } };
      return { kind: 'parenthesized', span: list.span, expression };
    }
    case '?':
      // The decompiler writes `param x = ? /* TODO … */` where it could not convert a value. Consumed here, so that
      // it is one message rather than the start of a ternary with its condition, branch and ':' all missing.
      p.advance();
      p.error(token.start, token.end, "expected a value, not '?' (a placeholder for a value still to be written)");
      return { kind: 'error', span: spanOf(token) };
    default:
      p.errorAtCurrent('expected an expression');
      return p.missing();
  }
}

function parseArguments(p: Parser): Expression[] {
  return parseDelimited(p, '(', false, () => parseExpression(p)).items;
}

/** A string literal; the current token must be `string`, `stringLeft` or `multilineString`. */
export function parseString(p: Parser): StringLiteral {
  const first = p.advance();
  if (first.kind !== 'stringLeft') {
    return {
      kind: 'string',
      span: spanOf(first),
      parts: [segmentOf(first)],
      value: first.value,
      multiline: first.kind === 'multilineString',
    };
  }
  const parts: StringPart[] = [segmentOf(first)];
  const savedNewlines = p.newlinesInsignificant;
  p.newlinesInsignificant = false;
  p.waiting.hole++;
  let holeStart = first.end - 2;
  for (;;) {
    const reported = p.diagnostics.length;
    let expression: Expression;
    if (p.at('newline') || p.at('eof')) {
      // `'abc${` at the end of a line: the lexer already closed the string here.
      p.errorAtCurrent('unterminated string: the interpolation is not closed on this line');
      expression = p.missing();
    } else {
      expression = parseExpression(p);
    }
    if (!p.at('stringMiddle') && !p.at('stringRight')) {
      if (p.diagnostics.length === reported) p.errorAtCurrent("expected '}' to end the interpolation");
      p.skipUntil((t) => t.kind === 'stringMiddle' || t.kind === 'stringRight' || t.kind === 'newline');
    }
    const piece = p.peek();
    if (piece.kind !== 'stringMiddle' && piece.kind !== 'stringRight') {
      // The lexer abandoned the string at the line break; keep what was read.
      parts.push({ kind: 'interpolation', span: p.spanFrom(holeStart), expression });
      break;
    }
    p.advance();
    parts.push({ kind: 'interpolation', span: { start: holeStart, end: piece.start + 1 }, expression });
    parts.push(segmentOf(piece));
    if (piece.kind === 'stringRight') break;
    holeStart = piece.end - 2;
  }
  p.waiting.hole--;
  p.newlinesInsignificant = savedNewlines;
  return { kind: 'string', span: p.spanFrom(first.start), parts, value: undefined, multiline: false };
}

function parseArray(p: Parser): Expression {
  p.peek();
  const open = p.pos;
  let next = open + 1;
  while (p.tokens[next].kind === 'newline') next++;
  const afterFor = p.tokens[next + 1];
  if (isWord(p.tokens[next], 'for') && afterFor !== undefined && (afterFor.kind === 'word' || afterFor.kind === '(')) {
    return parseFor(p);
  }
  const list = parseDelimited<ArrayItem>(p, '[', true, () => (p.at('...') ? parseSpread(p) : parseExpression(p)));
  return { kind: 'array', span: list.span, items: list.items };
}

/** `[for item in iterable: body]`, `[for (item, index) in iterable: body]`; line breaks inside are not significant. */
function parseFor(p: Parser): Expression {
  let result: ForExpression | undefined;
  const list = parseDelimited(p, '[', false, () => {
    if (result !== undefined) {
      p.errorAtCurrent("expected ']' after the loop body");
      return undefined;
    }
    const start = p.advance().start; // `for`
    let item: Identifier;
    let index: Identifier | undefined;
    if (p.at('(')) {
      const variables = parseDelimited(p, '(', false, () => parseIdentifier(p, 'a loop variable'));
      item = variables.items[0] ?? parseIdentifier(p, 'a loop variable');
      index = variables.items[1];
      if (variables.items.length > 2) p.error(variables.span.start, variables.span.end, 'expected (item, index)');
    } else {
      item = parseIdentifier(p, 'a loop variable');
    }
    if (p.eatWord('in') === undefined) p.errorAtCurrent("expected 'in'");
    const iterable = parseExpression(p);
    p.expect(':', "':'");
    const body = parseIfOrExpression(p);
    result = { kind: 'for', span: p.spanFrom(start), item, index, iterable, body };
    return result;
  });
  const loop = list.items[0];
  if (loop === undefined) return { kind: 'error', span: list.span };
  return { ...loop, span: list.span };
}

function parseIfOrExpression(p: Parser): DeclarationValue {
  return p.atWord('if') && p.lookahead(1).kind === '(' ? parseIfCondition(p) : parseExpression(p);
}

/** `if (condition) body`; the current token must be the word `if`. */
function parseIfCondition(p: Parser): IfCondition {
  const start = p.advance().start;
  const parenthesized = parsePrimary(p);
  const condition = parenthesized.kind === 'parenthesized' ? parenthesized.expression : parenthesized;
  const body = parseExpression(p);
  return { kind: 'if', span: p.spanFrom(start), condition, body };
}

/**
 * What follows `=` in a resource or module declaration. `if` may begin the next line (`bicep format` moves it there
 * when the line is long); an object or a `[for` may not.
 */
export function parseDeclarationValue(p: Parser): DeclarationValue {
  p.continuesOnNextLine('word', 'if');
  const value = parseIfOrExpression(p);
  if (value.kind !== 'object' && value.kind !== 'for' && value.kind !== 'if' && value.kind !== 'error') {
    p.error(value.span.start, value.span.end, "expected an object, 'if (…) {…}' or '[for …]'");
  }
  return value;
}

export function parseObject(p: Parser): ObjectExpression {
  const list = parseDelimited(p, '{', true, () => parseObjectMember(p));
  return { kind: 'object', span: list.span, members: list.items };
}

function parseObjectMember(p: Parser): ObjectMember | undefined {
  const start = p.peek().start;
  const decorators = parseDecorators(p);
  const token = p.peek();
  if (token.kind === '...') {
    if (decorators.length > 0) p.error(start, token.start, 'a spread cannot have decorators');
    return parseSpread(p);
  }
  if (isWord(token, 'resource') && p.lookahead(1).kind === 'word') {
    const typeToken = p.lookahead(2).kind;
    if (typeToken === 'string' || typeToken === 'stringLeft') return p.parseNestedResource(decorators, start);
  }
  let key: Identifier | StringLiteral;
  if (token.kind === 'word') key = identifierOf(p.advance());
  else if (token.kind === 'string' || token.kind === 'stringLeft' || token.kind === 'multilineString') key = parseString(p);
  else {
    p.errorAtCurrent('expected a property name');
    return undefined;
  }
  const value = p.expect(':', "':'") !== undefined ? parseExpression(p) : p.missing();
  return { kind: 'property', span: p.spanFrom(start), decorators, key, value };
}

function parseSpread(p: Parser): Spread {
  const start = p.advance().start;
  const expression = parseExpression(p);
  return { kind: 'spread', span: p.spanFrom(start), expression };
}

/** Zero or more `@expr` lines before a declaration, object property or tuple item. */
export function parseDecorators(p: Parser): Decorator[] {
  const decorators: Decorator[] = [];
  while (p.at('@')) {
    const start = p.advance().start;
    const expression = p.depth >= MAX_DEPTH ? p.skipTooDeep(start) : parsePostfix(p);
    decorators.push({ kind: 'decorator', span: p.spanFrom(start), expression });
    if (p.at('newline')) p.advance();
    else if (!p.at('eof') && !p.at('@')) p.errorAtCurrent('expected a new line after the decorator');
  }
  return decorators;
}

/** A name; when missing, reports "expected <what>" and returns an empty identifier at the current token. */
export function parseIdentifier(p: Parser, what: string): Identifier {
  if (p.at('word')) return identifierOf(p.advance());
  p.errorAtCurrent(`expected ${what}`);
  return { kind: 'identifier', span: p.missing().span, name: '' };
}

export function identifierOf(token: Token): Identifier {
  return { kind: 'identifier', span: spanOf(token), name: token.value };
}

function segmentOf(token: Token): StringSegment {
  return { kind: 'segment', span: { start: token.rawStart, end: token.rawEnd }, value: token.value };
}

function spanOf(token: Token): { start: number; end: number } {
  return { start: token.start, end: token.end };
}

export function isWord(token: Token, word: string): boolean {
  return token.kind === 'word' && token.value === word;
}
