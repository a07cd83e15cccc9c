/** Renders a bracketed list of parts, on one line or one part per line, shared by the JSON and Bicep renderers. */
import type { TextStyle } from './indentation';

/**
 * Parts are rendered on demand; undefined as soon as one cannot be. On one line parts are comma-separated (with
 * spaces inside braces); on several lines each part gets its own line, ending with `lineEnd` (',' in JSON, '' in
 * Bicep, which separates members by newlines).
 */
export function renderList(
  open: string,
  close: string,
  parts: readonly (() => string | undefined)[],
  indent: string,
  singleLine: boolean,
  style: TextStyle,
  lineEnd: ',' | '',
): string | undefined {
  if (parts.length === 0) return open + close;
  const rendered: string[] = [];
  for (const part of parts) {
    const text = part();
    if (text === undefined) return undefined;
    rendered.push(text);
  }
  if (singleLine) return open === '{' ? `{ ${rendered.join(', ')} }` : `[${rendered.join(', ')}]`;
  const inner = indent + style.unit;
  return `${open}${style.newline}${rendered.map((r) => inner + r).join(lineEnd + style.newline)}${style.newline}${indent}${close}`;
}
