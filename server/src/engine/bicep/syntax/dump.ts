/** Renders a syntax tree as indented text, one node per line, for baseline tests and debugging. */
import type { Span, SyntaxNode } from './ast';

/**
 * `kind [start,end) scalar=value …`, children indented under their field name. With `text`, leaves also show the
 * source they cover, which makes span mistakes visible in a baseline diff.
 */
export function dumpSyntax(node: SyntaxNode, text?: string): string {
  const lines: string[] = [];
  write(node, '', '', lines, text);
  return lines.join('\n');
}

function isNode(value: unknown): value is SyntaxNode {
  return typeof value === 'object' && value !== null && 'kind' in value && 'span' in value;
}

function write(node: SyntaxNode, label: string, indent: string, lines: string[], text: string | undefined): void {
  const scalars: string[] = [];
  const children: [string, SyntaxNode][] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'kind' || key === 'span' || value === undefined) continue;
    if (isNode(value)) children.push([key, value]);
    else if (Array.isArray(value)) {
      if (value.length === 0) scalars.push(`${key}=[]`);
      value.forEach((item, i) => {
        if (isNode(item)) children.push([`${key}[${i}]`, item]);
        else scalars.push(`${key}[${i}]=${JSON.stringify(item)}`);
      });
    } else scalars.push(`${key}=${JSON.stringify(value)}`);
  }
  const covered = text === undefined || children.length > 0 ? undefined : JSON.stringify(slice(text, node.span));
  // Identifiers and plain segments already show their text as `name=` / `value=`; repeat it only when it differs.
  const source = covered === undefined || scalars.some((s) => s.endsWith(`=${covered}`)) ? '' : ` ${covered}`;
  lines.push(
    `${indent}${label}${node.kind} [${node.span.start},${node.span.end})${scalars.length ? ' ' + scalars.join(' ') : ''}${source}`,
  );
  for (const [key, child] of children) write(child, `${key}: `, indent + '  ', lines, text);
}

function slice(text: string, span: Span): string {
  const covered = text.slice(span.start, span.end);
  return covered.length > 60 ? covered.slice(0, 57) + '...' : covered;
}
