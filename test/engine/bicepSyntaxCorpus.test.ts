/**
 * Every `.bicep` and `.bicepparam` file of the shared real-world corpus (../shared/corpus/bicep next to the
 * repository) parses with zero syntax diagnostics and no error nodes. Prints the total parse time.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseBicep } from '../../server/src/engine/bicep/syntax/parseBicep';
import { childrenOf } from '../../server/src/engine/bicep/syntax/children';
import type { SyntaxNode } from '../../server/src/engine/bicep/syntax/ast';
import { repoRoot } from '../support/paths';

const corpusDir = path.resolve(repoRoot, '../shared/corpus/bicep');

function collect(dir: string, found: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) collect(full, found);
    else if (/\.bicep(param)?$/.test(entry.name)) found.push(full);
  }
  return found;
}

function countErrorNodes(node: SyntaxNode): number {
  let errors = 0;
  const stack = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.kind === 'error') errors++;
    stack.push(...childrenOf(current));
  }
  return errors;
}

test('corpus: every Bicep file parses without diagnostics', (t) => {
  if (!fs.existsSync(corpusDir)) {
    t.skip(`corpus not found at ${corpusDir}`);
    return;
  }
  const files = collect(corpusDir).sort();
  assert.ok(files.length > 0, `no .bicep files under ${corpusDir}`);
  const texts = files.map((file) => fs.readFileSync(file, 'utf8'));
  const started = performance.now();
  const results = texts.map((text) => parseBicep(text));
  const elapsed = performance.now() - started;
  const problems: string[] = [];
  results.forEach((result, i) => {
    const relative = path.relative(corpusDir, files[i]);
    for (const d of result.diagnostics) {
      const line = texts[i].slice(0, d.span.start).split('\n').length;
      problems.push(`${relative}:${line}: ${d.message}`);
    }
    const errors = countErrorNodes(result.program);
    if (errors > 0 && result.diagnostics.length === 0) problems.push(`${relative}: ${errors} error nodes without a diagnostic`);
  });
  const characters = texts.reduce((sum, text) => sum + text.length, 0);
  t.diagnostic(
    `${files.length} files, ${(characters / 1024).toFixed(0)} KiB, ${problems.length} problems, parsed in ${elapsed.toFixed(1)} ms`,
  );
  console.log(`bicep corpus: ${files.length} files, ${problems.length} problems, ${elapsed.toFixed(1)} ms`);
  assert.deepEqual(problems, []);
});
