/**
 * Shared machinery of the fuzz suite: the seed and run counts (reproducible, scalable), seed texts (our rule fixtures
 * and, when present, the shared corpus), mutation arbitraries, a per-case time bound with a "slowest case" report,
 * and the invariants every analysis must keep (no internal error, every span inside its file, fixes that apply).
 *
 * Reproduce a failure: fast-check prints `seed` and `path`; rerun with `FUZZ_SEED=<seed>` (the path replays with
 * `fc.assert(..., { seed, path })`). `FUZZ_SCALE=10` runs ten times as many cases; `FUZZ_CASE_MS` changes the bound.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { test } from 'node:test';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { analyzeDocument, hoverAt, renderOffers } from '../../server/src/engine';
import type { AnalysisOptions, AnalysisRequest, AnalysisResult, EngineRange } from '../../server/src/engine/api';
import { applyEdits } from '../support/applyEdits';
import { CORPUS_DIR, CORPUS_MISSING_MESSAGE, CORPUS_PRESENT } from '../support/corpus';
import { testSource } from '../support/paths';
import { isRuleFixture } from '../support/ruleFolders';

export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20_261_126);
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
/** One case (one analysis, parse or evaluation) taking longer than this is a hang for our purposes. */
export const CASE_TIME_LIMIT_MS = Number(process.env.FUZZ_CASE_MS ?? 5000);
/** Whole-test timeout: a real hang is reported by the runner instead of blocking CI. */
export const TEST_TIMEOUT_MS = 120_000;

export function runs(base: number): number {
  return Math.max(1, Math.round(base * SCALE));
}

export function params<T>(numRuns: number): fc.Parameters<T> {
  return { seed: FUZZ_SEED, numRuns: runs(numRuns), endOnFailure: true };
}

// -- timing and the watchdog -----------------------------------------------------------------------------------

/**
 * A single case without an answer for this long is a hang: the worker running the test is terminated and the test
 * fails naming the case (synchronous code cannot be interrupted in its own thread, hence the worker).
 */
export const CASE_HANG_MS = Number(process.env.FUZZ_HANG_MS ?? 30_000);

type WorkerMessage =
  | { readonly kind: 'case'; readonly what: string }
  | { readonly kind: 'diagnostic'; readonly text: string }
  | { readonly kind: 'done' }
  | { readonly kind: 'failed'; readonly message: string };

function post(message: WorkerMessage): void {
  parentPort?.postMessage(message);
}

/** Times every case of one test, fails a case over the bound, and reports the slowest. */
export class CaseTimer {
  private slowest = { ms: 0, what: '' };
  private total = 0;
  private count = 0;

  time<T>(what: () => string, action: () => T): T {
    if (!isMainThread) post({ kind: 'case', what: what() });
    const started = performance.now();
    const result = action();
    const ms = performance.now() - started;
    this.total += ms;
    this.count++;
    if (ms > this.slowest.ms) this.slowest = { ms, what: what() };
    assert.ok(ms <= CASE_TIME_LIMIT_MS, `one case took ${ms.toFixed(0)} ms (limit ${CASE_TIME_LIMIT_MS} ms): ${what()}`);
    return result;
  }

  summary(): string {
    return `${this.count} cases in ${this.total.toFixed(0)} ms; slowest ${this.slowest.ms.toFixed(1)} ms: ${this.slowest.what}`;
  }
}

export interface FuzzContext {
  readonly timer: CaseTimer;
  diagnostic(text: string): void;
}

/**
 * Declares a fuzz test. The test body runs in a worker thread (the same compiled test file, loaded again with
 * `workerData.fuzzTest` naming the test); the main thread forwards its diagnostics and terminates it when one case
 * hangs for {@link CASE_HANG_MS}, failing with the case's input. Call with the test file's `__filename`.
 */
export function fuzzTest(file: string, name: string, body: (context: FuzzContext) => void): void {
  if (!isMainThread) {
    if ((workerData as { fuzzTest?: string } | undefined)?.fuzzTest !== name) return;
    const timer = new CaseTimer();
    try {
      body({ timer, diagnostic: (text) => post({ kind: 'diagnostic', text }) });
      post({ kind: 'diagnostic', text: timer.summary() });
      post({ kind: 'done' });
    } catch (error) {
      post({ kind: 'diagnostic', text: timer.summary() });
      post({ kind: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
    return;
  }
  test(name, { timeout: TEST_TIMEOUT_MS }, async (t) => {
    // A heap cap turns runaway allocation into a reported failure instead of an out-of-memory crash of the runner.
    const worker = new Worker(file, { workerData: { fuzzTest: name }, resourceLimits: { maxOldGenerationSizeMb: 1536 } });
    let lastCase = '(before the first case)';
    let outcome: { ok: true } | { ok: false; message: string } | undefined;
    let watchdog: NodeJS.Timeout | undefined;
    const arm = (): void => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => {
        outcome ??= { ok: false, message: `hang: no answer within ${CASE_HANG_MS} ms for the case ${lastCase}` };
        void worker.terminate();
      }, CASE_HANG_MS);
    };
    arm();
    await new Promise<void>((resolve) => {
      worker.on('message', (message: WorkerMessage) => {
        if (message.kind === 'case') {
          lastCase = message.what;
          arm();
        } else if (message.kind === 'diagnostic') {
          t.diagnostic(message.text);
        } else if (message.kind === 'done') {
          outcome ??= { ok: true };
        } else {
          outcome ??= { ok: false, message: message.message };
        }
      });
      worker.on('error', (error) => {
        outcome ??= { ok: false, message: `worker crashed (${error.message}) during the case ${lastCase}` };
      });
      worker.on('exit', () => {
        clearTimeout(watchdog);
        resolve();
      });
    });
    outcome ??= { ok: false, message: `the worker exited without a result; last case ${lastCase}` };
    if (!outcome.ok) assert.fail(outcome.message);
  });
}

/** A short printable excerpt of an input, for messages. */
export function excerpt(text: string, max = 160): string {
  const shown = text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
  return JSON.stringify(shown);
}

// -- seed texts --------------------------------------------------------------------------------------------------

export interface SeedText {
  readonly name: string;
  readonly path: string;
  readonly text: string;
}

function collect(dir: string, accept: (name: string) => boolean, found: string[] = []): string[] {
  if (!fs.existsSync(dir)) return found;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) collect(full, accept, found);
    else if (accept(entry.name)) found.push(full);
  }
  return found.sort();
}

const JSON_FILE = (name: string): boolean => isRuleFixture(name) && name.endsWith('.json');
const BICEP_FILE = (name: string): boolean => isRuleFixture(name) && name.endsWith('.bicep');

/** The rule fixtures (test/rules/<rule>/fail|pass.json|bicep): small, realistic, and full of findings. */
export function fixtureSeeds(kind: 'json' | 'bicep'): SeedText[] {
  const files = collect(testSource('rules'), kind === 'json' ? JSON_FILE : BICEP_FILE);
  return files.map((file) => ({
    name: path.relative(testSource('rules'), file),
    path: `/ws/${path.basename(file)}`,
    text: fs.readFileSync(file, 'utf8'),
  }));
}

/**
 * Corpus files no larger than `maxBytes` (mutating a 3 MB file a hundred times would cost minutes); an empty list
 * and a diagnostic when ../shared/corpus is absent.
 */
export function corpusSeeds(kind: 'json' | 'bicep', maxBytes: number, context?: FuzzContext): SeedText[] {
  if (!CORPUS_PRESENT) {
    context?.diagnostic(CORPUS_MISSING_MESSAGE);
    return [];
  }
  const files = collect(path.join(CORPUS_DIR, kind === 'json' ? 'arm' : 'bicep'), kind === 'json' ? JSON_FILE : BICEP_FILE);
  return files
    .filter((file) => fs.statSync(file).size <= maxBytes)
    .map((file) => ({ name: path.relative(CORPUS_DIR, file), path: `/ws/${path.basename(file)}`, text: fs.readFileSync(file, 'utf8') }));
}

// -- mutations ---------------------------------------------------------------------------------------------------

/** Fragments that matter to our parsers: brackets, quotes, interpolation, escapes, line breaks, odd characters. */
export const HOSTILE_FRAGMENTS: readonly string[] = [
  '{',
  '}',
  '[',
  ']',
  '(',
  ')',
  ',',
  ':',
  "'",
  '"',
  '\\',
  '\\"',
  "''",
  "'''",
  '${',
  '$',
  '.',
  '?.',
  '!',
  '?',
  '??',
  '::',
  '=>',
  '\n',
  '\r\n',
  '\r',
  '\t',
  ' ',
  '\u2028',
  '\uFEFF',
  '\u0000',
  '\uFFFD',
  '\uD800',
  '\uDC00',
  '😀',
  '🏳️‍🌈',
  'é',
  '//',
  '/*',
  '*/',
  '#disable-next-line',
  '// privatelink-disable-next-line pe-dns-zone-group',
  '#disable-diagnostics',
  '[[',
  '[concat(',
  "[parameters('",
  "[variables('",
  '[copyIndex()]',
  "[reference('",
  "[resourceId('",
  '[if(',
  '[json(',
  '[range(0, 1000000000)]',
  '1000000000',
  '-1',
  '1e308',
  '0x',
  '9007199254740993',
  'null',
  'true',
  'false',
  'resource ',
  'module ',
  'param ',
  'var ',
  'output ',
  'existing',
  'parent:',
  'for ',
  'if (',
  'in ',
  "@description('",
  "'../../outside.bicep'",
  "'br:x.azurecr.io/y:1'",
  'loadTextContent(',
  'range(0, 1000000000)',
  '"copy": {"name": "c", "count": 1000000000}',
  '"copy": [{"name": "p", "count": 1000000000, "input": 1}]',
  '"type": "Microsoft.Network/privateEndpoints"',
  "'Microsoft.Network/privateEndpoints@2024-05-01'",
  '"privateLinkServiceConnections": [',
  'groupIds',
  'privateDnsZoneGroups',
  '"resources": {',
  '"languageVersion": "2.0"',
];

type Mutation =
  | { readonly op: 'insert'; readonly at: number; readonly text: string }
  | { readonly op: 'delete'; readonly at: number; readonly length: number }
  | { readonly op: 'duplicate'; readonly at: number; readonly length: number; readonly times: number }
  | { readonly op: 'truncate'; readonly at: number }
  | { readonly op: 'swap'; readonly at: number; readonly other: number };

/** Any UTF-16 code unit, lone surrogates included (editors hand those over too). */
export const anyCodeUnitString = (maxLength: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength });

const insertion: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HOSTILE_FRAGMENTS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: anyCodeUnitString(8) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: insertion }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('duplicate' as const),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 400 }),
      times: fc.integer({ min: 1, max: 20 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('swap' as const), at: fc.nat(), other: fc.nat() }) },
);

export function applyMutation(text: string, m: Mutation): string {
  const at = m.at % (text.length + 1);
  switch (m.op) {
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'duplicate': {
      const piece = text.slice(at, at + m.length);
      return text.slice(0, at) + piece.repeat(m.times + 1) + text.slice(at + m.length);
    }
    case 'truncate':
      return text.slice(0, at);
    case 'swap': {
      if (text.length < 2) return text;
      const i = Math.min(at, text.length - 1);
      const j = m.other % text.length;
      const [a, b] = [Math.min(i, j), Math.max(i, j)];
      return text.slice(0, a) + text[b] + text.slice(a + 1, b) + text[a] + text.slice(b + 1);
    }
  }
}

export interface MutatedText {
  readonly seed: SeedText;
  readonly text: string;
}

/** A seed text with one to eight mutations applied. */
export function mutatedText(seeds: readonly SeedText[], maxMutations = 8): fc.Arbitrary<MutatedText> {
  return fc
    .tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: maxMutations }))
    .map(([seed, mutations]) => ({ seed, text: mutations.reduce(applyMutation, seed.text) }));
}

// -- invariants --------------------------------------------------------------------------------------------------

function assertRangeInside(range: EngineRange, text: string | undefined, what: string): void {
  assert.ok(text !== undefined, `${what}: its file is not among the files the analysis read`);
  assert.ok(Number.isInteger(range.start) && Number.isInteger(range.end), `${what}: non-integer range ${range.start}-${range.end}`);
  assert.ok(
    range.start >= 0 && range.start <= range.end && range.end <= text.length,
    `${what}: range ${range.start}-${range.end} outside 0-${text.length}`,
  );
}

/**
 * The invariants of one analysis result: no internal error (an exception the engine caught is a bug the fuzzer
 * found), every finding, related location and fix edit inside its file, and every fix applying cleanly.
 */
export function checkResult(request: AnalysisRequest, result: AnalysisResult): void {
  const textOf = (p: string): string | undefined => (p === request.path ? request.text : result.files.get(p));
  for (const finding of result.findings) {
    const what = `${finding.code} "${finding.message.slice(0, 200)}"`;
    assert.notEqual(finding.code, 'internal-error', `internal error: ${finding.message}`);
    assert.ok(!finding.message.includes('internal parser error'), `parser crashed: ${finding.message}`);
    assertRangeInside(finding.range, textOf(finding.path), what);
    for (const related of finding.related) assertRangeInside(related.range, textOf(related.path), `${what}, related "${related.message}"`);
    for (const fix of renderOffers(finding.fixes)) {
      const paths = new Set(fix.edits.map((e) => e.path));
      for (const edit of fix.edits)
        assertRangeInside({ start: edit.start, end: edit.end }, textOf(edit.path), `${what}, fix "${fix.title}"`);
      for (const p of paths) {
        assert.doesNotThrow(() => applyEdits(textOf(p) ?? '', fix.edits, p), `${what}: fix "${fix.title}" does not apply`);
      }
    }
  }
}

/** Analyses one document under the time bound and checks the result's invariants. */
export function analyzeChecked(timer: CaseTimer, request: AnalysisRequest, options: AnalysisOptions = {}): AnalysisResult {
  const result = timer.time(
    () => `${request.path} ${excerpt(request.text)}`,
    () => analyzeDocument(request, options),
  );
  checkResult(request, result);
  return result;
}

/** Hovers at some offsets (fractions of the length, so they shrink well) and checks the ranges. */
export function hoverChecked(timer: CaseTimer, request: AnalysisRequest, offsets: readonly number[], options: AnalysisOptions = {}): void {
  for (const raw of offsets) {
    const offset = raw % (request.text.length + 1);
    const hover = timer.time(
      () => `hover at ${offset} in ${request.path} ${excerpt(request.text)}`,
      () => hoverAt(request, offset, options),
    );
    if (!hover) continue;
    assert.ok(hover.markdown.length > 0, 'empty hover');
    assertRangeInside(hover.range, request.text, `hover at ${offset}`);
  }
}

/** A host over an in-memory folder `/ws`, so modules and parameter files resolve without touching the disk. */
export function memoryHost(files: ReadonlyMap<string, string>): AnalysisOptions['host'] {
  return { readFile: (p) => files.get(p), workspaceRoot: '/ws' };
}
