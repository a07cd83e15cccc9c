/**
 * Layers of server/src, checked on the import statements of every source (parsed by TypeScript's own pre-processor,
 * so `import type`, `export … from` and dynamic `import()` count too):
 * - the language server (lsp/) and the command-line tool (cli/) never import each other: what both need lives in the
 *   host layer (node/), so a change to one face cannot break the other;
 * - the host layer imports neither face, nor the language server library (the CLI bundle must not carry it);
 * - the engine imports nothing outside engine/ (no face, no host layer), no Node module and no editor API.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtinModules } from 'node:module';
import ts from 'typescript';
import { repoRoot } from '../support/paths';

const SRC = path.join(repoRoot, 'server', 'src');

type Layer = 'engine' | 'node' | 'lsp' | 'cli' | 'entry';

interface Import {
  /** The source file, relative to server/src, with forward slashes. */
  readonly file: string;
  readonly specifier: string;
  /** The layer a relative import lands in (undefined for packages and for files outside server/src). */
  readonly target?: Layer;
}

/** The layer of a path relative to server/src: its first folder, or `entry` for server.ts and cli.ts. */
function layerOf(relative: string): Layer | undefined {
  const [first, ...rest] = relative.split('/');
  if (rest.length === 0) return first.endsWith('.ts') ? 'entry' : (['engine', 'node', 'lsp', 'cli'] as const).find((l) => l === first);
  return (['engine', 'node', 'lsp', 'cli'] as const).find((l) => l === first);
}

function sourcesUnder(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...sourcesUnder(full));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) found.push(full);
  }
  return found;
}

/** Every module a source text names in an import, a re-export, an `import x = require(…)` or an `import(…)`. */
function importsOf(file: string, text: string): Import[] {
  const { importedFiles } = ts.preProcessFile(text, true, true);
  return importedFiles.map(({ fileName: specifier }) => {
    if (!specifier.startsWith('.')) return { file, specifier };
    const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
    return { file, specifier, target: resolved.startsWith('../') ? undefined : (layerOf(resolved) ?? layerOf(`${resolved}.ts`)) };
  });
}

const imports: Import[] = sourcesUnder(SRC).flatMap((full) => {
  const file = path.relative(SRC, full).split(path.sep).join('/');
  return importsOf(file, fs.readFileSync(full, 'utf8'));
});
const from = (layer: Layer): Import[] => imports.filter((i) => layerOf(i.file) === layer);
const describe = (found: readonly Import[]): string[] => found.map((i) => `${i.file}: ${i.specifier}`);
const isBuiltin = (specifier: string): boolean => specifier.startsWith('node:') || builtinModules.includes(specifier.replace(/\/.*$/, ''));
const isEditorApi = (specifier: string): boolean => /^vscode(-|$)/.test(specifier);

test('the imports are found and resolved (the checks below are not vacuous)', () => {
  for (const layer of ['engine', 'node', 'lsp', 'cli'] as const)
    assert.ok(from(layer).length > 0, `no imports found in server/src/${layer}`);
  assert.ok(
    from('lsp').some((i) => i.target === 'node'),
    'the language server uses the host layer',
  );
  assert.ok(
    from('cli').some((i) => i.target === 'node'),
    'the CLI uses the host layer',
  );
  const sample = importsOf(
    'lsp/x.ts',
    "import type { A } from '../cli/a';\nexport { b } from '../engine';\nconst c = import('../node/c');\nimport d = require('vscode-languageserver');",
  );
  assert.deepEqual(
    sample.map((i) => `${i.specifier} ${i.target}`),
    ['../cli/a cli', '../engine engine', '../node/c node', 'vscode-languageserver undefined'],
  );
});

test('the language server never imports the CLI', () => {
  assert.deepEqual(describe(from('lsp').filter((i) => i.target === 'cli' || (i.target === 'entry' && /\/cli$/.test(i.specifier)))), []);
});

test('the CLI never imports the language server', () => {
  assert.deepEqual(
    describe(
      from('cli').filter(
        (i) =>
          i.target === 'lsp' || (i.target === 'entry' && /\/server$/.test(i.specifier)) || /^vscode-languageserver(\/|$)/.test(i.specifier),
      ),
    ),
    [],
  );
});

test('the host layer imports neither face nor the language server library', () => {
  assert.deepEqual(
    describe(from('node').filter((i) => i.target === 'lsp' || i.target === 'cli' || i.target === 'entry' || isEditorApi(i.specifier))),
    [],
  );
});

test('the engine imports nothing outside engine/: no face, no host layer, no Node module, no editor API', () => {
  const outside = from('engine').filter((i) =>
    i.specifier.startsWith('.') ? i.target !== 'engine' : isBuiltin(i.specifier) || isEditorApi(i.specifier),
  );
  assert.deepEqual(describe(outside), []);
});
