/**
 * A fast reader for strictly valid JSON that builds exactly the tree jsonc-parser's `parseTree` builds (same node
 * kinds, offsets, lengths, values, `colonOffset`s, parent links and key order), in about a third of the time.
 * "Strictly valid" here also allows raw control characters (line breaks) in strings, as Azure does: their values
 * keep them, as the slow path's do (jsonNetLeniency.ts).
 *
 * Why: parsing is most of the cost of analysing a large template, and compiled templates are almost always plain
 * valid JSON. jsonc-parser's scanner builds a string for every run of whitespace and calls a visitor per token; here
 * strings are found with `indexOf` and copied once. The reader gives up (returns undefined) at the first thing that is
 * not plain valid JSON (comments, trailing commas, any error, nesting past `maxDepth`, odd whitespace) and the caller
 * parses with jsonc-parser as before, so recovery and error messages never change. Valid JSON without comments has
 * no parse errors and the same tree in both readers; `test/engine/strictJsonTree.test.ts` checks that on the corpus
 * and on generated input.
 */
import type { Node as JsonNode } from 'jsonc-parser';

/** Thrown inside the reader to abandon the fast path; never escapes `readStrictJsonTree`. */
const GIVE_UP = { giveUp: true };

// Character codes.
const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const QUOTE = 34;
const COMMA = 44;
const MINUS = 45;
const DOT = 46;
const ZERO = 48;
const NINE = 57;
const COLON = 58;
const UPPER_E = 69;
const OPEN_BRACKET = 91;
const BACKSLASH = 92;
const CLOSE_BRACKET = 93;
const LOWER_E = 101;
const LOWER_F = 102;
const LOWER_N = 110;
const LOWER_T = 116;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const PLUS = 43;

/**
 * Characters below U+0020, which strict JSON refuses inside strings and Azure's reader (Json.NET) keeps as they are
 * (jsonNetLeniency.ts); found by regex, not per char.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this pattern is for
const CONTROL_CHARACTER = /[\u0000-\u001f]/g;

/** A control character as a `\u` escape, for JSON.parse; one that follows a backslash is a bad escape: give up. */
function escapeControlCharacter(ch: string, at: number, quoted: string): string {
  let backslashes = 0;
  while (quoted.charCodeAt(at - 1 - backslashes) === BACKSLASH) backslashes++;
  if ((backslashes & 1) === 1) throw GIVE_UP;
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** A jsonc-parser node while it is being built (or moved in place, arm/jsonReparse.ts). */
export interface MutableNode {
  type: JsonNode['type'];
  value?: unknown;
  offset: number;
  length: number;
  parent?: MutableNode;
  children?: MutableNode[];
  colonOffset?: number;
}

/**
 * The jsonc-parser tree of `text` when it is strictly valid JSON nested at most `maxDepth` levels; undefined
 * otherwise (then parse with jsonc-parser, which reports what is wrong).
 */
export function readStrictJsonTree(text: string, maxDepth: number): JsonNode | undefined {
  try {
    return new StrictReader(text, maxDepth).read();
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}

/**
 * The jsonc-parser tree of the one value that spans exactly `[start, end)` of `text`, hung under `parent` at nesting
 * `depth` (the number of objects and arrays around it); undefined unless that stretch is strictly valid JSON.
 * For reparsing one container of an edited document (incremental/jsonReparse.ts).
 */
export function readStrictJsonValue(
  text: string,
  start: number,
  end: number,
  parent: JsonNode | undefined,
  depth: number,
  maxDepth: number,
): JsonNode | undefined {
  try {
    return new StrictReader(text, maxDepth, start, end).readValue(parent as MutableNode | undefined, depth);
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}

class StrictReader {
  private pos: number;
  private readonly length: number;
  /** Position of the next control character at or after the last escaped string's start (length when none). */
  private nextControl = -1;
  /** Position of the next backslash at or after the last string start (length when none). */
  private nextBackslash = -1;

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
    start = 0,
    end = text.length,
  ) {
    this.pos = start;
    this.length = end;
  }

  readValue(parent: MutableNode | undefined, depth: number): JsonNode {
    const value = this.value(parent as MutableNode, depth);
    if (this.pos !== this.length) throw GIVE_UP;
    return value as JsonNode;
  }

  read(): JsonNode | undefined {
    // jsonc-parser hangs the root under an artificial array and deletes the link afterwards: do the same, so the
    // root node has the same own properties.
    const artificialRoot: MutableNode = { type: 'array', offset: -1, length: -1, children: [], parent: undefined };
    this.skipWhitespace();
    if (this.pos >= this.length) throw GIVE_UP;
    const root = this.value(artificialRoot, 0);
    this.skipWhitespace();
    if (this.pos !== this.length) throw GIVE_UP;
    delete root.parent;
    return root as JsonNode;
  }

  private skipWhitespace(): void {
    const text = this.text;
    let pos = this.pos;
    while (pos < this.length) {
      const ch = text.charCodeAt(pos);
      if (ch === SPACE || ch === LF || ch === CR || ch === TAB) pos++;
      else break;
    }
    this.pos = pos;
  }

  private value(parent: MutableNode, depth: number): MutableNode {
    const ch = this.text.charCodeAt(this.pos);
    switch (ch) {
      case OPEN_BRACE:
        return this.object(parent, depth + 1);
      case OPEN_BRACKET:
        return this.array(parent, depth + 1);
      case QUOTE: {
        const offset = this.pos;
        const value = this.string();
        return { type: 'string', offset, length: this.pos - offset, parent, value };
      }
      case LOWER_T:
        return this.keyword(parent, 'true', true);
      case LOWER_F:
        return this.keyword(parent, 'false', false);
      case LOWER_N:
        return this.keyword(parent, 'null', null);
      default:
        if (ch === MINUS || (ch >= ZERO && ch <= NINE)) return this.number(parent);
        throw GIVE_UP;
    }
  }

  private object(parent: MutableNode, depth: number): MutableNode {
    if (depth > this.maxDepth) throw GIVE_UP;
    const text = this.text;
    const node: MutableNode = { type: 'object', offset: this.pos, length: -1, parent, children: [] };
    const children = node.children as MutableNode[];
    this.pos++;
    this.skipWhitespace();
    if (text.charCodeAt(this.pos) === CLOSE_BRACE) {
      this.pos++;
      node.length = this.pos - node.offset;
      return node;
    }
    for (;;) {
      if (text.charCodeAt(this.pos) !== QUOTE) throw GIVE_UP;
      const keyOffset = this.pos;
      const property: MutableNode = { type: 'property', offset: keyOffset, length: -1, parent: node, children: [] };
      children.push(property);
      const name = this.string();
      (property.children as MutableNode[]).push({
        type: 'string',
        value: name,
        offset: keyOffset,
        length: this.pos - keyOffset,
        parent: property,
      });
      this.skipWhitespace();
      if (text.charCodeAt(this.pos) !== COLON) throw GIVE_UP;
      property.colonOffset = this.pos;
      this.pos++;
      this.skipWhitespace();
      const value = this.value(property, depth);
      (property.children as MutableNode[]).push(value);
      property.length = value.offset + value.length - keyOffset;
      this.skipWhitespace();
      const next = text.charCodeAt(this.pos);
      this.pos++;
      if (next === COMMA) {
        this.skipWhitespace();
        continue;
      }
      if (next === CLOSE_BRACE) break;
      throw GIVE_UP;
    }
    node.length = this.pos - node.offset;
    return node;
  }

  private array(parent: MutableNode, depth: number): MutableNode {
    if (depth > this.maxDepth) throw GIVE_UP;
    const text = this.text;
    const node: MutableNode = { type: 'array', offset: this.pos, length: -1, parent, children: [] };
    const children = node.children as MutableNode[];
    this.pos++;
    this.skipWhitespace();
    if (text.charCodeAt(this.pos) === CLOSE_BRACKET) {
      this.pos++;
      node.length = this.pos - node.offset;
      return node;
    }
    for (;;) {
      children.push(this.value(node, depth));
      this.skipWhitespace();
      const next = text.charCodeAt(this.pos);
      this.pos++;
      if (next === COMMA) {
        this.skipWhitespace();
        continue;
      }
      if (next === CLOSE_BRACKET) break;
      throw GIVE_UP;
    }
    node.length = this.pos - node.offset;
    return node;
  }

  /** Reads the string starting at the opening quote and returns its value; `pos` ends after the closing quote. */
  private string(): string {
    const text = this.text;
    const start = this.pos + 1;
    let close = text.indexOf('"', start);
    if (close < 0) throw GIVE_UP;
    if (this.nextBackslash < start) {
      const found = text.indexOf('\\', start);
      this.nextBackslash = found < 0 ? this.length : found;
    }
    let escaped = false;
    if (this.nextBackslash < close) {
      escaped = true;
      // The closing quote is the first one preceded by an even number of backslashes.
      for (;;) {
        let backslashes = 0;
        while (text.charCodeAt(close - 1 - backslashes) === BACKSLASH) backslashes++;
        if ((backslashes & 1) === 0) break;
        close = text.indexOf('"', close + 1);
        if (close < 0) throw GIVE_UP;
      }
    }
    this.pos = close + 1;
    if (!escaped) return text.slice(start, close);
    if (this.nextControl < start) {
      CONTROL_CHARACTER.lastIndex = start;
      this.nextControl = CONTROL_CHARACTER.test(text) ? CONTROL_CHARACTER.lastIndex - 1 : this.length;
    }
    // JSON.parse accepts exactly the escapes jsonc-parser accepts without error, and decodes them the same way; it
    // refuses raw control characters, which Azure keeps as they are (a multi-line string): escape them for it.
    const quoted = text.slice(start - 1, close + 1);
    try {
      return JSON.parse(this.nextControl < close ? quoted.replace(CONTROL_CHARACTER, escapeControlCharacter) : quoted) as string;
    } catch {
      throw GIVE_UP;
    }
  }

  private keyword(parent: MutableNode, word: string, value: boolean | null): MutableNode {
    const offset = this.pos;
    if (!this.text.startsWith(word, offset)) throw GIVE_UP;
    this.pos += word.length;
    return { type: value === null ? 'null' : 'boolean', offset, length: word.length, parent, value };
  }

  /** The JSON number grammar, which is what jsonc-parser's scanner accepts without error. */
  private number(parent: MutableNode): MutableNode {
    const text = this.text;
    const offset = this.pos;
    let pos = offset;
    if (text.charCodeAt(pos) === MINUS) pos++;
    let ch = text.charCodeAt(pos);
    if (ch === ZERO) pos++;
    else if (ch > ZERO && ch <= NINE) {
      do pos++;
      while (isDigit(text.charCodeAt(pos)));
    } else throw GIVE_UP;
    if (text.charCodeAt(pos) === DOT) {
      pos++;
      if (!isDigit(text.charCodeAt(pos))) throw GIVE_UP;
      do pos++;
      while (isDigit(text.charCodeAt(pos)));
    }
    ch = text.charCodeAt(pos);
    if (ch === LOWER_E || ch === UPPER_E) {
      pos++;
      ch = text.charCodeAt(pos);
      if (ch === PLUS || ch === MINUS) pos++;
      if (!isDigit(text.charCodeAt(pos))) throw GIVE_UP;
      do pos++;
      while (isDigit(text.charCodeAt(pos)));
    }
    this.pos = pos;
    return { type: 'number', offset, length: pos - offset, parent, value: Number(text.slice(offset, pos)) };
  }
}

function isDigit(ch: number): boolean {
  return ch >= ZERO && ch <= NINE;
}
