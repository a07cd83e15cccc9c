// Writes the README's rules table from the compiled rule registry (out/server/src/engine/index.js, `describeRules()`),
// between the markers <!-- rules-table --> and <!-- /rules-table -->, so the table cannot drift from the rules.
//
// Usage: node scripts/rules-table.mjs            rewrite the table in README.md (run `npx tsc -b` first)
//        node scripts/rules-table.mjs --stdout   print the table instead
//        node scripts/rules-table.mjs --check    exit 1 when README.md's table is out of date (a test runs this)
// Only the text between the markers is touched; when they are missing they are added under a "## Rules" heading.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const enginePath = join(root, 'out', 'server', 'src', 'engine', 'index.js');
const readmePath = join(root, 'README.md');
const START = '<!-- rules-table -->';
const END = '<!-- /rules-table -->';

const mode = process.argv[2];
if (mode !== undefined && mode !== '--check' && mode !== '--stdout') {
  console.error(`Unknown argument ${mode}. Usage: node scripts/rules-table.mjs [--check | --stdout]`);
  process.exit(2);
}
if (!existsSync(enginePath)) {
  console.error(`${relative(root, enginePath)} is missing: run \`npx tsc -b\` first.`);
  process.exit(2);
}

const { describeRules } = createRequire(import.meta.url)(enginePath);
const table = renderTable(describeRules());

if (mode === '--stdout') {
  process.stdout.write(table);
  process.exit(0);
}

const readme = readFileSync(readmePath, 'utf8');
const updated = withTable(readme, table);
if (mode === '--check') {
  if (updated !== readme) {
    console.error('The rules table in README.md is out of date: run `node scripts/rules-table.mjs`.');
    process.exit(1);
  }
  console.log(`README.md rules table is up to date (${describeRules().length} rules).`);
  process.exit(0);
}
if (updated !== readme) writeFileSync(readmePath, updated);
console.log(updated !== readme ? 'README.md rules table updated.' : 'README.md rules table already up to date.');

/** One row per rule, in registry order (the catalog's order, by area). */
function renderTable(rules) {
  const rows = rules.map((rule) => `| [\`${rule.id}\`](${rule.docPath}) | ${rule.defaultLevel} | ${cell(rule.title)} |`);
  return ['| Rule | Default level | What it checks |', '|---|---|---|', ...rows].join('\n') + '\n';
}

/** Table cells cannot hold pipes or line breaks. */
function cell(text) {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

function withTable(text, tableText) {
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const body = tableText.replace(/\n/g, newline);
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start >= 0 && end > start) {
    return text.slice(0, start + START.length) + newline + body + text.slice(end);
  }
  const block = `${START}${newline}${body}${END}`;
  const heading = /^## Rules[ \t]*$/m.exec(text);
  if (heading) {
    const at = heading.index + heading[0].length;
    return `${text.slice(0, at)}${newline}${newline}${block}${text.slice(at)}`;
  }
  const separator = text.endsWith(newline) ? newline : newline + newline;
  return `${text}${separator}## Rules${newline}${newline}${block}${newline}`;
}
