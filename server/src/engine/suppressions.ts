/**
 * Suppression comments: `// privatelink-disable-next-line <id>…` in ARM JSON and Bicep, and in Bicep also
 * `#disable-next-line <id>…` and `#disable-diagnostics <id>…` … `#restore-diagnostics <id>…` regions.
 * A small scanner skips string literals so a `//` inside a URL never counts as a comment.
 *
 * ARM JSON has one more form that stays valid JSON, for editors whose JSON mode reports comments as errors: a
 * resource's own `"comments"` property (which ARM documents for notes on a resource) holding
 * `privatelink-disable <id>…` suppresses those rules for findings inside that resource.
 */
import { parseTree, type Node as JsonNode } from 'jsonc-parser';
import type { Language } from './model/sourceFile';
import { LineIndex } from './text/lineIndex';
import type { Span } from './text/span';

export type SuppressionKind = 'next-line' | 'disable-region' | 'restore-region';

export interface SuppressionComment {
  readonly kind: SuppressionKind;
  /** 0-based line of the comment or directive. */
  readonly line: number;
  readonly span: Span;
  /** Rule ids named, with their spans (for hovers); empty means every rule. */
  readonly ids: readonly { readonly id: string; readonly span: Span }[];
}

const OWN_COMMENT = /^\/\/\s*privatelink-disable-next-line\b/;
const BICEP_DIRECTIVE = /^#(disable-next-line|disable-diagnostics|restore-diagnostics)\b/;

export function findSuppressionComments(text: string, language: Language): SuppressionComment[] {
  const found: SuppressionComment[] = [];
  const lines = new LineIndex(text);
  const bicep = language === 'bicep' || language === 'bicep-params';
  const quote = bicep ? 39 /* ' */ : 34; /* " */
  let atLineStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || ch === 13) {
      atLineStart = true;
      continue;
    }
    if (ch === 32 || ch === 9) continue;
    const lineStartHere = atLineStart;
    atLineStart = false;
    // Azure reads JSON strings in either quotes, spanning lines (arm/jsonNetLeniency.ts).
    if (ch === quote || (!bicep && ch === 39)) {
      i = skipString(text, i, bicep);
    } else if (ch === 47 /* / */ && text.charCodeAt(i + 1) === 47) {
      const end = lineEnd(text, i);
      const comment = text.slice(i, end);
      if (OWN_COMMENT.test(comment)) found.push(makeComment('next-line', comment, i, lines, comment.match(OWN_COMMENT)![0].length));
      i = end - 1;
    } else if (ch === 47 && text.charCodeAt(i + 1) === 42 /* * */) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (bicep && lineStartHere && ch === 35 /* # */) {
      const end = lineEnd(text, i);
      const directive = text.slice(i, end);
      const match = BICEP_DIRECTIVE.exec(directive);
      if (match) {
        const kind: SuppressionKind =
          match[1] === 'disable-next-line' ? 'next-line' : match[1] === 'disable-diagnostics' ? 'disable-region' : 'restore-region';
        found.push(makeComment(kind, directive, i, lines, match[0].length));
      }
      i = end - 1;
    }
  }
  return found;
}

function makeComment(kind: SuppressionKind, comment: string, offset: number, lines: LineIndex, headerLength: number): SuppressionComment {
  const ids: { id: string; span: Span }[] = [];
  const pattern = /[A-Za-z0-9_-]+/g;
  const rest = comment.slice(headerLength);
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(rest))) {
    const start = offset + headerLength + match.index;
    ids.push({ id: match[0], span: { start, end: start + match[0].length } });
  }
  return { kind, line: lines.positionAt(offset).line, span: { start: offset, end: offset + comment.length }, ids };
}

function lineEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
  return i;
}

/** Index of the closing quote (or the end of text). Bicep `'''` strings have no escapes; JSON strings span lines. */
function skipString(text: string, start: number, bicep: boolean): number {
  if (bicep && text.startsWith("'''", start)) {
    const end = text.indexOf("'''", start + 3);
    return end < 0 ? text.length : end + 2;
  }
  const quote = text.charCodeAt(start);
  for (let i = start + 1; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 92 /* \ */) i++;
    else if (ch === quote) return i;
  }
  return text.length;
}

/** What a resource's `"comments"` property says to suppress, and the resource's span. */
export interface ResourceSuppression {
  /** The resource object, braces included. */
  readonly span: Span;
  readonly ids: readonly string[];
}

export const RESOURCE_COMMENT_DIRECTIVE = 'privatelink-disable';
const RESOURCE_COMMENT = /(?:^|\s)privatelink-disable((?:\s+[A-Za-z0-9_-]+)+)/;

/**
 * The rule ids a resource's `"comments"` text suppresses, and the offset where its directive ends (where another id
 * goes); undefined when the text holds no directive.
 */
export function readResourceCommentDirective(value: string): { readonly ids: readonly string[]; readonly end: number } | undefined {
  const match = RESOURCE_COMMENT.exec(value);
  return match ? { ids: match[1].trim().split(/\s+/), end: match.index + match[0].length } : undefined;
}

/** Every resource object (in a `resources` array, at any depth) whose `"comments"` names rules to suppress. */
export function findResourceCommentSuppressions(text: string): ResourceSuppression[] {
  const root = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  const found: ResourceSuppression[] = [];
  const visit = (node: JsonNode | undefined, inResources: boolean, depth: number): void => {
    if (!node || depth > 200) return;
    if (node.type === 'object') {
      if (inResources) {
        const comments = node.children?.find((p) => p.children?.[0]?.value === 'comments')?.children?.[1];
        const directive = comments?.type === 'string' ? readResourceCommentDirective(String(comments.value)) : undefined;
        if (directive) found.push({ span: { start: node.offset, end: node.offset + node.length }, ids: directive.ids });
      }
      for (const property of node.children ?? []) visit(property.children?.[1], property.children?.[0]?.value === 'resources', depth + 1);
    } else if (node.type === 'array') {
      for (const item of node.children ?? []) visit(item, inResources, depth + 1);
    }
  };
  visit(root, false, 0);
  return found;
}

/**
 * Every suppression comment or directive contains one of these: most files have none, and a scan is not free.
 * (A Bicep `#restore-diagnostics` alone suppresses nothing, but hovers over its rule ids.)
 */
export function mayHoldSuppressions(text: string, language: Language): boolean {
  if (text.includes(RESOURCE_COMMENT_DIRECTIVE)) return true;
  return (language === 'bicep' || language === 'bicep-params') && (text.includes('#disable-') || text.includes('#restore-'));
}

/** The suppressions of one file; undefined when it has none (most files: no scan, no line index). */
export function suppressionIndexFor(text: string, language: Language): SuppressionIndex | undefined {
  if (!mayHoldSuppressions(text, language)) return undefined;
  const resources = language === 'arm' && text.includes(`${RESOURCE_COMMENT_DIRECTIVE} `) ? findResourceCommentSuppressions(text) : [];
  return new SuppressionIndex(findSuppressionComments(text, language), resources);
}

/** Decides, for one file, whether a finding of `code` starting on `line` (at `offset`) is suppressed. */
export class SuppressionIndex {
  private readonly nextLine = new Map<number, Set<string> | 'all'>();
  private readonly regions: { start: number; end: number; ids: Set<string> | 'all' }[] = [];
  private readonly resources: { span: Span; ids: Set<string> }[];

  constructor(comments: readonly SuppressionComment[], resources: readonly ResourceSuppression[] = []) {
    this.resources = resources.map((r) => ({ span: r.span, ids: new Set(r.ids.map((id) => id.toLowerCase())) }));
    const open = new Map<string, number>();
    for (const comment of comments) {
      const ids = comment.ids.length === 0 ? 'all' : new Set(comment.ids.map((i) => i.id.toLowerCase()));
      if (comment.kind === 'next-line') {
        this.nextLine.set(comment.line + 1, ids);
      } else if (comment.kind === 'disable-region') {
        for (const id of ids === 'all' ? ['*'] : ids) if (!open.has(id)) open.set(id, comment.line);
      } else {
        for (const id of ids === 'all' ? [...open.keys()] : ids) {
          const start = open.get(id);
          if (start === undefined) continue;
          this.regions.push({ start, end: comment.line, ids: id === '*' ? 'all' : new Set([id]) });
          open.delete(id);
        }
      }
    }
    for (const [id, start] of open) this.regions.push({ start, end: Number.MAX_SAFE_INTEGER, ids: id === '*' ? 'all' : new Set([id]) });
  }

  isSuppressed(code: string, line: number, offset?: number): boolean {
    const lower = code.toLowerCase();
    const next = this.nextLine.get(line);
    if (next === 'all' || next?.has(lower)) return true;
    if (offset !== undefined && this.resources.some((r) => offset >= r.span.start && offset < r.span.end && r.ids.has(lower))) return true;
    return this.regions.some((r) => line > r.start && line < r.end && (r.ids === 'all' || r.ids.has(lower)));
  }
}
