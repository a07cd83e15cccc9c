/**
 * .NET composite formatting as ARM's `format()` does it (`{0}`, `{1,-5}`, `{0:D3}`, `{{`), best effort: a format
 * specifier we do not model makes the result undecided rather than wrong.
 */
import { hasUnknownPart, Unknown, Value } from './value';
import { armToString, MAX_STRING_LENGTH } from './functionsCore';

const MAX_ALIGNMENT = 10_000;

/** The formatted text (unknown items as marked segments), or undefined when it cannot be decided. */
export function formatComposite(format: string, items: readonly Value[]): string | undefined {
  let out = '';
  let i = 0;
  while (i < format.length) {
    const ch = format[i];
    if (ch === '{' && format[i + 1] === '{') {
      out += '{';
      i += 2;
      continue;
    }
    if (ch === '}') {
      // A lone '}' is a FormatException in .NET.
      if (format[i + 1] !== '}') return undefined;
      out += '}';
      i += 2;
      continue;
    }
    if (ch !== '{') {
      out += ch;
      i++;
      continue;
    }
    const close = format.indexOf('}', i);
    if (close < 0) return undefined;
    const match = /^\{\s*(\d+)\s*(?:,\s*(-?\d+)\s*)?(?::([^}]*))?\}$/.exec(format.slice(i, close + 1));
    if (!match) return undefined;
    const item = items[Number(match[1])];
    if (item === undefined) return undefined;
    const text = formatItem(item, match[3] ?? '');
    if (text === undefined) return undefined;
    const aligned = align(text, match[2] === undefined ? 0 : Number(match[2]));
    if (aligned === undefined) return undefined;
    out += aligned;
    if (out.length > MAX_STRING_LENGTH) return undefined;
    i = close + 1;
  }
  return out;
}

function formatItem(item: Value, spec: string): string | undefined {
  if (spec === '') {
    // Objects and arrays are written as JSON by ARM; a string with unknown parts stays marked.
    return armToString(item);
  }
  if (item instanceof Unknown || (typeof item === 'string' && hasUnknownPart(item))) return undefined;
  // .NET ignores the specifier for values that are not formattable numbers.
  if (typeof item !== 'number') return armToString(item);
  return formatNumber(item, spec);
}

function align(text: string, width: number): string | undefined {
  if (width === 0) return text;
  if (Math.abs(width) > MAX_ALIGNMENT || hasUnknownPart(text)) return undefined;
  return width > 0 ? text.padStart(width, ' ') : text.padEnd(-width, ' ');
}

/** Standard numeric formats D, X, N, F, G, P and all-zero custom patterns, in the invariant culture. */
export function formatNumber(value: number, spec: string): string | undefined {
  if (!Number.isFinite(value)) return undefined;
  const custom = /^(0+)(?:\.(0+))?$/.exec(spec);
  if (custom) {
    const fixed = Math.abs(value).toFixed(custom[2]?.length ?? 0);
    const [whole, fraction] = fixed.split('.');
    const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
    return sign + whole.padStart(custom[1].length, '0') + (fraction !== undefined ? '.' + fraction : '');
  }
  const standard = /^([DdXxNnFfGgPp])(\d{0,2})$/.exec(spec);
  if (!standard) return undefined;
  const letter = standard[1];
  const precision = standard[2] === '' ? undefined : Number(standard[2]);
  switch (letter.toUpperCase()) {
    case 'D': {
      if (!Number.isInteger(value)) return undefined;
      const digits = Math.abs(value)
        .toString()
        .padStart(precision ?? 0, '0');
      return value < 0 ? '-' + digits : digits;
    }
    case 'X': {
      if (!Number.isInteger(value) || value < 0) return undefined;
      const hex = value.toString(16).padStart(precision ?? 0, '0');
      return letter === 'X' ? hex.toUpperCase() : hex;
    }
    case 'N':
      return groupThousands(value.toFixed(precision ?? 2));
    case 'F':
      return value.toFixed(precision ?? 2);
    case 'G':
      return precision === undefined ? String(value) : undefined;
    case 'P':
      return groupThousands((value * 100).toFixed(precision ?? 2)) + ' %';
    default:
      return undefined;
  }
}

function groupThousands(fixed: string): string {
  const negative = fixed.startsWith('-');
  const [whole, fraction] = (negative ? fixed.slice(1) : fixed).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (negative ? '-' : '') + grouped + (fraction !== undefined ? '.' + fraction : '');
}
