/**
 * How messages name resources. A name computed at deployment (`concat('pe-kv-', uniqueString(…))`) is evaluated with
 * unknown parts, and the expressions behind those parts are long and unreadable in a sentence. So a resource is named
 * by what the author wrote to name it: in Bicep its symbol (`privateEndpoint`, `endpoints[2]`), otherwise its own
 * name (the last segment of a child's `parent/child`) with each unknown part shown as '…' (`'pe-kv-…'`).
 */
import { MARK_END, MARK_START, Unknown, describeValue, type Value } from '../../evaluate/value';
import type { Resource } from '../../model/model';

const UNKNOWN_PART = '…';
/** The label of a name that is wholly unknown: a message may rather say what the resource is. */
export const WHOLLY_UNKNOWN_LABEL = `'${UNKNOWN_PART}'`;

/** The resource as messages name it: its Bicep symbol when it has one, else its quoted name (see `nameLabel`). */
export function resourceLabel(resource: Resource): string {
  const symbol = bicepSymbolOf(resource);
  return symbol ?? nameLabel(resource.name);
}

/**
 * A name as messages show it: quoted, the last `/` segment only (a child's own name), unknown parts as '…'.
 * Values that are not names (numbers, objects) are described as they are.
 */
export function nameLabel(name: Value | undefined): string {
  if (name === undefined || name instanceof Unknown) return WHOLLY_UNKNOWN_LABEL;
  if (typeof name !== 'string') return describeValue(name);
  // Unknown segments never contain '/' (their keys spell it otherwise), so the last '/' is one of the name itself.
  return `'${withPlaceholders(name.slice(name.lastIndexOf('/') + 1))}'`;
}

/** `pe-kv-<unknown>` → `pe-kv-…`; adjacent unknown parts become one placeholder. Linear: one scan, no pattern. */
function withPlaceholders(text: string): string {
  let result = '';
  let index = 0;
  while (index < text.length) {
    const start = text.indexOf(MARK_START, index);
    const end = start < 0 ? -1 : text.indexOf(MARK_END, start);
    if (end < 0) return result + text.slice(index);
    result += text.slice(index, start);
    if (!result.endsWith(UNKNOWN_PART) || start > index) result += UNKNOWN_PART;
    index = end + 1;
  }
  return result;
}

/**
 * The symbol a Bicep file declares the resource with, indexed for an instance of a loop (`endpoints[2]`). Resources
 * written inside another (a subnet in a virtual network's body) and resources of JSON templates have none.
 */
function bicepSymbolOf(resource: Resource): string | undefined {
  if (resource.declaration.file.language !== 'bicep' || !resource.symbolicName || resource.inlineIn) return undefined;
  const index = resource.loop?.index;
  return typeof index === 'number' ? `${resource.symbolicName}[${index}]` : resource.symbolicName;
}

/**
 * A value as messages show it: a string quoted with unknown parts as '…' (never the expression behind them, which
 * is ARM text even in a Bicep file), an unknown value as '…', anything else as written.
 */
export function valueLabel(value: Value | undefined): string {
  if (value === undefined || value instanceof Unknown) return `'${UNKNOWN_PART}'`;
  if (typeof value === 'string') return `'${withPlaceholders(value)}'`;
  return describeValue(value);
}

/** Names in words: "a", "a and b", "a, b and c" (`conjunction` "or" for alternatives). */
export function listInWords(names: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${conjunction} ${names[names.length - 1]}`;
}

/** Values quoted and listed in words: "'a', 'b' and 'c'". */
export function quotedList(values: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  return listInWords(
    values.map((value) => `'${value}'`),
    conjunction,
  );
}

/** A sentence of the knowledge table as part of a message: its first letter lower-case, its final period dropped. */
export function asClause(sentence: string): string {
  const text = sentence.trim().replace(/\.$/, '');
  return text.charAt(0).toLowerCase() + text.slice(1);
}
