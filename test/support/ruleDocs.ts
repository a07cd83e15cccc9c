/**
 * Reads a rule page (docs/rules/<id>.md, format in docs/rules/README.md) into its parts: the fixed headings in order,
 * the summary sentence, the level/applies/fix table and the fenced examples of each section. Headings and tables
 * inside fenced blocks are ignored, so Bicep comments or Markdown in examples cannot confuse it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths';

/** The headings every page has, in this order and no others. */
export const RULE_DOC_HEADINGS = [
  '## Why it matters',
  '## What it reports',
  '## When it stays silent',
  '## Examples',
  '### Fails',
  '### Passes',
  '## How to fix',
  '## References',
] as const;

export const FAQ_URL = 'https://learn.microsoft.com/azure/private-link/private-link-faq';

export interface CodeBlock {
  readonly language: string;
  readonly text: string;
  /** 1-based line of the opening fence in the page. */
  readonly line: number;
}

export interface RuleDoc {
  readonly path: string;
  readonly text: string;
  /** The `# …` line's text. */
  readonly title: string | undefined;
  /** The first paragraph after the title (the rule's one-sentence summary). */
  readonly summary: string | undefined;
  /** Cells of the first data row of the first table: Level, Applies to, Fix offered. */
  readonly table: readonly string[] | undefined;
  /** `##` and `###` headings outside fences, in order. */
  readonly headings: readonly string[];
  /** Fenced blocks by the heading they sit under. */
  readonly blocks: ReadonlyMap<string, readonly CodeBlock[]>;
  /** Text of each `##`/`###` section outside fences, by heading. */
  readonly sections: ReadonlyMap<string, string>;
}

export function ruleDocPath(id: string): string {
  return join(repoRoot, 'docs', 'rules', `${id}.md`);
}

export function readRuleDoc(id: string): RuleDoc | undefined {
  const path = ruleDocPath(id);
  return existsSync(path) ? parseRuleDoc(path, readFileSync(path, 'utf8')) : undefined;
}

export function parseRuleDoc(path: string, text: string): RuleDoc {
  const lines = text.split(/\r?\n/);
  const headings: string[] = [];
  const blocks = new Map<string, CodeBlock[]>();
  const sections = new Map<string, string>();
  let title: string | undefined;
  let summary: string | undefined;
  let table: string[] | undefined;
  let current = '';
  let fence: { language: string; line: number; body: string[]; marker: string } | undefined;
  let paragraph: string[] = [];

  for (const [index, line] of lines.entries()) {
    if (fence) {
      if (line.trim() === fence.marker) {
        const list = blocks.get(current) ?? [];
        list.push({ language: fence.language, text: fence.body.join('\n') + '\n', line: fence.line });
        blocks.set(current, list);
        fence = undefined;
      } else {
        fence.body.push(line);
      }
      continue;
    }
    const opening = /^(`{3,}|~{3,})\s*([\w-]*)\s*$/.exec(line.trim());
    if (opening) {
      fence = { language: opening[2].toLowerCase(), line: index + 1, body: [], marker: opening[1] };
      continue;
    }
    if (/^#\s/.test(line) && title === undefined) {
      title = line.slice(2).trim();
      continue;
    }
    if (/^#{2,3}\s/.test(line)) {
      current = line.trim();
      headings.push(current);
      sections.set(current, '');
      continue;
    }
    sections.set(current, (sections.get(current) ?? '') + line + '\n');
    if (current === '' && title !== undefined) {
      // Before the first `##`: the summary paragraph, then the table.
      if (line.trim().startsWith('|')) {
        if (!table && !/^\|[\s|:-]+\|$/.test(line.trim()) && !/^\|\s*Level\s*\|/i.test(line.trim())) table = splitRow(line);
      } else if (line.trim() === '') {
        if (summary === undefined && paragraph.length > 0) summary = paragraph.join(' ');
        paragraph = [];
      } else if (summary === undefined) {
        paragraph.push(line.trim());
      }
    }
  }
  return { path, text, title, summary, table, headings, blocks, sections };
}

function splitRow(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim());
}

/** The header row a page's table must have. */
export const RULE_DOC_TABLE_HEADER = '| Level | Applies to | Fix offered |';
