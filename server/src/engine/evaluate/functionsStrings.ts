/**
 * String builtins (`concat`, `format`, `toLower`, `split`, `substring` …), keeping unknown parts of strings as marked
 * segments where the result stays partly knowable.
 */
import { containsUnknown, hasUnknownPart, isKnownString, normaliseString, Unknown, Value, valuesEqual } from './value';
import {
  armToString,
  Builtin,
  callKey,
  charge,
  isInteger,
  joinParts,
  knownPrefix,
  knownSuffix,
  MAX_ARRAY_ITEMS,
  MAX_STRING_LENGTH,
  splitMarked,
} from './functionsCore';
import { formatComposite } from './functionsFormat';

/** `concat` of arrays, or of strings (numbers and booleans convert); unknown string parts stay marked. */
const concat: Builtin = (args, ctx) => {
  if (args.length === 0) return undefined;
  if (args.some(Array.isArray)) {
    // Array mode: an unknown argument makes the length unknown, so the whole result is.
    const result: Value[] = [];
    for (const arg of args) {
      if (!Array.isArray(arg) || result.length + arg.length > MAX_ARRAY_ITEMS) return undefined;
      for (const item of arg) result.push(item);
    }
    return charge(ctx, result.length, 'array') ? result : undefined;
  }
  let text = '';
  for (const arg of args) {
    if (typeof arg === 'object' && arg !== null && !(arg instanceof Unknown)) return undefined;
    const part = armToString(arg);
    if (part === undefined) return undefined;
    text += part;
    if (text.length > MAX_STRING_LENGTH) return undefined;
  }
  return charge(ctx, text.length) ? normaliseString(text) : undefined;
};

const format: Builtin = (args, ctx) => {
  const [formatString, ...items] = args;
  if (!isKnownString(formatString)) return undefined;
  const text = formatComposite(formatString, items);
  if (text === undefined || !charge(ctx, text.length)) return undefined;
  return normaliseString(text);
};

/** Maps the known parts of a string; unknown parts become the Unknown of the same call on them, keeping identity. */
function mapKnownParts(name: string, transform: (text: string) => string): Builtin {
  return ([value], ctx) => {
    if (typeof value !== 'string') return undefined;
    return joinParts(
      splitMarked(value).map((part) => (part instanceof Unknown ? new Unknown(callKey(name, [part], ctx.analysis)) : transform(part))),
    );
  };
}

const trim: Builtin = ([value]) => {
  if (typeof value !== 'string') return undefined;
  if (!hasUnknownPart(value)) return value.trim();
  // Trimming only touches the ends: when both ends are known non-space characters, nothing changes.
  const prefix = knownPrefix(value);
  const suffix = knownSuffix(value);
  if (prefix.length > 0 && suffix.length > 0 && prefix.trimStart() === prefix && suffix.trimEnd() === suffix) return value;
  return undefined;
};

const replace: Builtin = ([value, oldText, newText], ctx) => {
  if (!isKnownString(value) || !isKnownString(oldText) || !isKnownString(newText) || oldText === '') return undefined;
  const pieces = value.split(oldText);
  const length = value.length + (pieces.length - 1) * (newText.length - oldText.length);
  return charge(ctx, length) ? pieces.join(newText) : undefined;
};

const split: Builtin = ([value, delimiter], ctx) => {
  if (!isKnownString(value)) return undefined;
  const delimiters = typeof delimiter === 'string' ? [delimiter] : delimiter;
  if (!Array.isArray(delimiters) || delimiters.length === 0 || !delimiters.every((d) => isKnownString(d) && d !== '')) {
    return undefined;
  }
  const separators = delimiters as string[];
  const result: string[] = [];
  let start = 0;
  let i = 0;
  while (i < value.length) {
    const separator = separators.find((s) => value.startsWith(s, i));
    if (separator === undefined) {
      i++;
      continue;
    }
    result.push(value.slice(start, i));
    if (result.length > MAX_ARRAY_ITEMS) return undefined;
    i += separator.length;
    start = i;
  }
  result.push(value.slice(start));
  return charge(ctx, result.length, 'array') ? result : undefined;
};

const substring: Builtin = ([value, start, length]) => {
  if (typeof value !== 'string' || !isInteger(start) || (length !== undefined && !isInteger(length))) return undefined;
  // Only the known prefix has known positions.
  const known = hasUnknownPart(value) ? knownPrefix(value) : value;
  const end = length === undefined ? (hasUnknownPart(value) ? Infinity : value.length) : start + length;
  if (start < 0 || end < start || end > known.length) return undefined;
  return known.slice(start, end);
};

/** `indexOf`/`lastIndexOf` on strings compare case-insensitively in ARM; on arrays, by value. */
function indexOfBuiltin(last: boolean): Builtin {
  return ([container, item]) => {
    if (Array.isArray(container)) return arrayIndexOf(container, item, last);
    if (typeof container !== 'string' || !isKnownString(item)) return undefined;
    const needle = item.toLowerCase();
    if (!hasUnknownPart(container)) {
      const haystack = container.toLowerCase();
      return last ? haystack.lastIndexOf(needle) : haystack.indexOf(needle);
    }
    // A match inside the known prefix is the first one; positions after an unknown part are unknown.
    if (last) return undefined;
    const found = knownPrefix(container).toLowerCase().indexOf(needle);
    return found >= 0 ? found : undefined;
  };
}

function arrayIndexOf(array: readonly Value[], item: Value | undefined, last: boolean): Value | undefined {
  if (item === undefined) return undefined;
  const order = array.map((_, i) => i);
  if (last) order.reverse();
  for (const i of order) {
    const equal = valuesEqual(array[i], item);
    if (equal === true) return i;
    if (equal === undefined) return undefined;
  }
  return -1;
}

/** `startsWith`/`endsWith`, case-insensitive; decided from the known end of a partly unknown string when possible. */
function affixBuiltin(atEnd: boolean): Builtin {
  return ([value, affix]) => {
    if (typeof value !== 'string' || !isKnownString(affix)) return undefined;
    const needle = affix.toLowerCase();
    const known = (hasUnknownPart(value) ? (atEnd ? knownSuffix(value) : knownPrefix(value)) : value).toLowerCase();
    const complete = !hasUnknownPart(value);
    if (complete || known.length >= needle.length) return atEnd ? known.endsWith(needle) : known.startsWith(needle);
    // The known end is shorter than the affix: it must at least agree with the affix's matching end.
    const agrees = atEnd ? needle.endsWith(known) : needle.startsWith(known);
    return agrees ? undefined : false;
  };
}

const padLeft: Builtin = ([value, totalLength, padCharacter], ctx) => {
  const text = typeof value === 'number' ? String(value) : value;
  const pad = padCharacter === undefined ? ' ' : padCharacter;
  if (!isKnownString(text) || !isInteger(totalLength) || !isKnownString(pad) || pad.length !== 1) return undefined;
  if (totalLength <= text.length) return text;
  return charge(ctx, totalLength) ? text.padStart(totalLength, pad) : undefined;
};

const string: Builtin = ([value], ctx) => {
  if (value === undefined || value instanceof Unknown) return undefined;
  if (typeof value === 'string') return value;
  if (containsUnknown(value)) return undefined;
  const text = armToString(value);
  return text !== undefined && charge(ctx, text.length) ? text : undefined;
};

const join: Builtin = ([array, delimiter], ctx) => {
  if (!Array.isArray(array) || !isKnownString(delimiter)) return undefined;
  const parts: string[] = [];
  for (const item of array) {
    if (typeof item === 'object' && item !== null && !(item instanceof Unknown)) return undefined;
    const part = armToString(item);
    if (part === undefined) return undefined;
    parts.push(part);
  }
  const text = parts.join(delimiter);
  return charge(ctx, text.length) ? normaliseString(text) : undefined;
};

const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** UTF-8 then base64; written out because the engine has no Node `Buffer` nor DOM `btoa`. */
export function encodeBase64(text: string): string {
  const bytes = utf8Encode(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const chunk = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += BASE64_ALPHABET[(chunk >> 18) & 63] + BASE64_ALPHABET[(chunk >> 12) & 63];
    out += i + 1 < bytes.length ? BASE64_ALPHABET[(chunk >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? BASE64_ALPHABET[chunk & 63] : '=';
  }
  return out;
}

export function decodeBase64(text: string): string | undefined {
  // Trailing padding, trimmed by hand: /=+$/ backtracks quadratically over a long run of '=' not at the end.
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 61 /* = */) end--;
  const clean = text.slice(0, end);
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of clean) {
    const digit = BASE64_ALPHABET.indexOf(ch);
    if (digit < 0) return undefined;
    buffer = (buffer << 6) | digit;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return utf8Decode(bytes);
}

function utf8Encode(text: string): number[] {
  // encodeURIComponent is the one UTF-8 encoder in the ES library; lone surrogates make it throw (caught by the caller).
  const escaped = encodeURIComponent(text);
  const bytes: number[] = [];
  for (let i = 0; i < escaped.length; i++) {
    if (escaped[i] === '%') {
      bytes.push(parseInt(escaped.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(escaped.charCodeAt(i));
    }
  }
  return bytes;
}

function utf8Decode(bytes: readonly number[]): string | undefined {
  try {
    return decodeURIComponent(bytes.map((b) => '%' + b.toString(16).padStart(2, '0')).join(''));
  } catch {
    return undefined;
  }
}

const base64: Builtin = ([value], ctx) => (isKnownString(value) && charge(ctx, value.length * 2) ? encodeBase64(value) : undefined);
const base64ToString: Builtin = ([value], ctx) => (isKnownString(value) && charge(ctx, value.length) ? decodeBase64(value) : undefined);
const dataUri: Builtin = ([value], ctx) =>
  isKnownString(value) && charge(ctx, value.length * 2) ? `data:text/plain;charset=utf8;base64,${encodeBase64(value)}` : undefined;
const dataUriToString: Builtin = ([value]) => {
  if (!isKnownString(value)) return undefined;
  const match = /^data:[^,]*;base64,(.*)$/s.exec(value);
  return match ? decodeBase64(match[1]) : undefined;
};
const uriComponent: Builtin = ([value], ctx) =>
  isKnownString(value) && charge(ctx, value.length * 3) ? encodeURIComponent(value) : undefined;
const uriComponentToString: Builtin = ([value]) => (isKnownString(value) ? decodeURIComponent(value) : undefined);

/** Results that are deliberately never known: hashes and clocks. Deterministic ones keep their call key. */
const alwaysUnknownByArgs: Builtin = () => undefined;
const anonymous =
  (hint: string): Builtin =>
  (_args, ctx) =>
    ctx.analysis.anonymousUnknown(hint);

export const stringFunctions: ReadonlyMap<string, Builtin> = new Map<string, Builtin>([
  ['concat', concat],
  ['format', format],
  ['tolower', mapKnownParts('tolower', (text) => text.toLowerCase())],
  ['toupper', mapKnownParts('toupper', (text) => text.toUpperCase())],
  ['trim', trim],
  ['replace', replace],
  ['split', split],
  ['substring', substring],
  ['indexof', indexOfBuiltin(false)],
  ['lastindexof', indexOfBuiltin(true)],
  ['startswith', affixBuiltin(false)],
  ['endswith', affixBuiltin(true)],
  ['padleft', padLeft],
  ['string', string],
  ['join', join],
  ['base64', base64],
  ['base64tostring', base64ToString],
  ['datauri', dataUri],
  ['datauritostring', dataUriToString],
  ['uricomponent', uriComponent],
  ['uricomponenttostring', uriComponentToString],
  ['uniquestring', alwaysUnknownByArgs],
  ['guid', alwaysUnknownByArgs],
  ['newguid', anonymous('newGuid()')],
  ['utcnow', anonymous('utcNow()')],
]);
