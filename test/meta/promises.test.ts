/**
 * test/PROMISES.md maps what the documents promise to the tests that prove it. This keeps the map from rotting: every
 * test file, test title and fixture it names must exist, so renaming or deleting a test that proves a promise fails
 * here until the map (and the proof) is mended. It checks the rows present, no more: which documents are fully mapped
 * is said at the top of the map.
 *
 * A proof cell holds one or more proofs separated by `;`:
 *   `test/…/x.test.ts` › `exact title`   a test; the title as written in the source (a template literal keeps its ${…})
 *   `test/rules/<id>/NN-what.bicep`       a rule fixture or another file that proves by existing (an e2e script)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../support/paths';
import { isRuleCase } from '../support/ruleFolders';
import { readCaseExpectation } from '../support/ruleCases';

const MAP = join(repoRoot, 'test', 'PROMISES.md');

interface Proof {
  readonly file: string;
  readonly title?: string;
}

interface Row {
  readonly document: string;
  readonly line: number;
  readonly section: string;
  readonly promise: string;
  readonly proofs: readonly Proof[];
}

/** The rows of every `## <document>` table: section | promise | proof. */
export function readPromiseRows(markdown: string): Row[] {
  const rows: Row[] = [];
  let document: string | undefined;
  markdown.split(/\r?\n/).forEach((text, index) => {
    const heading = /^## (\S+)/.exec(text);
    if (heading) document = heading[1];
    if (!document || !text.startsWith('|') || /^\|\s*-/.test(text)) return;
    const cells = splitCells(text);
    if (cells.length !== 3) throw new Error(`PROMISES.md:${index + 1}: a row has three cells, this one ${cells.length}`);
    if (cells[2] === 'Proof') return; // the header
    rows.push({ document, line: index + 1, section: cells[0], promise: cells[1], proofs: readProofs(cells[2], index + 1) });
  });
  return rows;
}

/** Cells of a table row; `\|` inside a cell is a literal bar. */
function splitCells(row: string): string[] {
  const cells = row
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/);
  return cells.map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

function readProofs(cell: string, line: number): Proof[] {
  const proofs: Proof[] = [];
  for (const part of cell.split(/;\s+(?=`)/)) {
    const m = /^`([^`]+)`(?:\s*›\s*`(.+)`)?$/.exec(part.trim());
    if (!m) throw new Error(`PROMISES.md:${line}: unreadable proof "${part}"`);
    proofs.push({ file: m[1], title: m[2] });
  }
  if (proofs.length === 0) throw new Error(`PROMISES.md:${line}: no proof`);
  return proofs;
}

/** The titles of the tests a source file declares with test(…) or it(…), as written (escapes undone). */
export function testTitles(source: string): Set<string> {
  const titles = new Set<string>();
  const call = /\b(?:test|it)(?:\.only)?\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/gs;
  for (const m of source.matchAll(call)) titles.add(m[2].replace(/\\(.)/g, '$1'));
  return titles;
}

/** What is wrong with the rows: a proof file that does not exist, a test file without a title, a title not found. */
export function brokenProofs(rows: readonly Row[], root: string): string[] {
  const problems: string[] = [];
  const titlesOf = new Map<string, Set<string>>();
  for (const row of rows) {
    for (const proof of row.proofs) {
      const where = `PROMISES.md:${row.line} (${row.document})`;
      const path = join(root, proof.file);
      if (!existsSync(path)) {
        problems.push(`${where}: ${proof.file} does not exist`);
        continue;
      }
      if (proof.file.endsWith('.test.ts') && proof.title === undefined) {
        problems.push(`${where}: ${proof.file} is a test file: name the test that proves the promise`);
        continue;
      }
      if (proof.title === undefined) continue;
      if (!titlesOf.has(path)) titlesOf.set(path, testTitles(readFileSync(path, 'utf8')));
      if (!titlesOf.get(path)!.has(proof.title)) problems.push(`${where}: ${proof.file} has no test titled "${proof.title}"`);
    }
  }
  return problems;
}

/**
 * A rule page's rows cite that rule's own fixtures, and a "When it stays silent" row shows the silence: at least one
 * of its proofs is a test, a multi-file case, or a numbered case of the rule that expects 0 findings or pins each
 * finding it expects to a line (its other resources are then shown silent).
 */
export function misplacedRuleProofs(rows: readonly Row[], root: string): string[] {
  const problems: string[] = [];
  for (const row of rows) {
    const page = /^docs\/rules\/(.+)\.md$/.exec(row.document)?.[1];
    if (!page || page === 'README') continue;
    const where = `PROMISES.md:${row.line} (${row.document})`;
    const fixtures = row.proofs.filter((p) => p.file.startsWith('test/rules/'));
    for (const p of fixtures) {
      if (!p.file.startsWith(`test/rules/${page}/`)) problems.push(`${where}: ${p.file} is not a fixture of ${page}`);
    }
    if (row.section !== 'When it stays silent') continue;
    const showsSilence = row.proofs.some((p) => {
      if (!p.file.startsWith('test/rules/')) return true;
      const path = join(root, p.file);
      if (!existsSync(path) || !isRuleCase(path.split('/').pop()!)) return false;
      const expectation = readCaseExpectation(path, readFileSync(path, 'utf8'));
      // Every finding pinned to its line: the rest of the file is shown silent.
      return expectation.rule === page && expectation.lines.length === expectation.count && !expectation.knownGap;
    });
    if (!showsSilence)
      problems.push(`${where}: no proof shows the silence (a case of ${page} expecting 0 findings or pinning each to a line, or a test)`);
  }
  return problems;
}

test('every test, test title and fixture test/PROMISES.md names exists', () => {
  const rows = readPromiseRows(readFileSync(MAP, 'utf8'));
  assert.ok(rows.length >= 50, `only ${rows.length} rows read from PROMISES.md`);
  assert.deepEqual(brokenProofs(rows, repoRoot), []);
});

test("a rule page's rows cite its own fixtures, and each silence is shown by a case expecting none", () => {
  assert.deepEqual(misplacedRuleProofs(readPromiseRows(readFileSync(MAP, 'utf8')), repoRoot), []);
});

test('every document section of test/PROMISES.md names an existing document', () => {
  const documents = new Set(readPromiseRows(readFileSync(MAP, 'utf8')).map((row) => row.document));
  for (const document of documents) assert.ok(existsSync(join(repoRoot, document)), `${document} does not exist`);
});

test('the check fails on a wrong file, a wrong title, a missing title and a missing fixture', () => {
  const sample = [
    '## README.md',
    '| Section | Promise | Proof |',
    '|---|---|---|',
    '| a | right | `test/meta/promises.test.ts` › `every test, test title and fixture test/PROMISES.md names exists` |',
    '| b | wrong file | `test/meta/no-such.test.ts` › `x` |',
    '| c | wrong title | `test/meta/promises.test.ts` › `every test title exists` |',
    '| d | no title | `test/meta/promises.test.ts` |',
    '| e | fixture | `test/rules/pe-dns-zone-group/pass.bicep`; `test/rules/pe-dns-zone-group/99-no-such.bicep` |',
  ].join('\n');
  const problems = brokenProofs(readPromiseRows(sample), repoRoot);
  assert.equal(problems.length, 4, problems.join('\n'));
  assert.match(problems[0], /no-such\.test\.ts does not exist/);
  assert.match(problems[1], /no test titled "every test title exists"/);
  assert.match(problems[2], /name the test/);
  assert.match(problems[3], /99-no-such\.bicep does not exist/);

  const rulePage = [
    '## docs/rules/pe-dns-zone-group.md',
    '| Section | Promise | Proof |',
    '|---|---|---|',
    '| When it stays silent | right | `test/rules/pe-dns-zone-group/09-custom-dns-configs.json` |',
    '| When it stays silent | a fixture that reports | `test/rules/pe-dns-zone-group/fail.json` |',
    '| What it reports | another rule | `test/rules/pe-single-connection/fail.json` |',
  ].join('\n');
  const misplaced = misplacedRuleProofs(readPromiseRows(rulePage), repoRoot);
  assert.equal(misplaced.length, 2, misplaced.join('\n'));
  assert.match(misplaced[0], /no proof shows the silence/);
  assert.match(misplaced[1], /not a fixture of pe-dns-zone-group/);
});

test('titles are read as written: quotes, escapes and template literals', () => {
  const titles = testTitles(
    "test('it\\'s \"quoted\"', () => {});\nit(\"b\", () => {});\ntest(\n  `${flag} stops`, () => {});\ndescribe('not a test', () => {});",
  );
  assert.deepEqual([...titles], [`it's "quoted"`, 'b', '${flag} stops']);
});
