// The performance benchmark (`npm run bench`, after a build): measures the engine, the CLI and the language server
// and writes bench/RESULTS.md with the machine, the figures, the budgets (pass/fail) and the trend over earlier runs
// (bench/history.json). Not a test: it only reports. Options:
//   --quick          fewer repetitions and no 100k-line files (a smoke run; the figures are noisier)
//   --label <text>   a note stored with this run in the trend table
//   --no-write       print the report instead of writing RESULTS.md and history.json
//   --only <rows>    run only these rows (comma-separated: one-line, typing, first-open, hover, map) and print their
//                    figures; writes nothing
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generate } from './generate.mjs';
import { LspClient, positionAt } from './lib/lsp-client.mjs';
import { bytes, median, ms, percentile, powerFit } from './lib/stats.mjs';
import { vsixSize } from './lib/vsix-size.mjs';
import { repoRoot } from '../test/support/repoRoot.mjs';

const ROOT = repoRoot;
const CORPUS = resolve(ROOT, '..', 'shared', 'corpus');
const ENGINE = join(ROOT, 'out', 'server', 'src', 'engine');
const SERVER = join(ROOT, 'dist', 'server.js');
const CLI = join(ROOT, 'dist', 'cli.js');
const GENERATED = join(os.tmpdir(), 'privatelink-bench');
const RESULTS = join(ROOT, 'bench', 'RESULTS.md');
const HISTORY = join(ROOT, 'bench', 'history.json');

const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const WRITE = !args.includes('--no-write');
const LABEL = args.includes('--label') ? args[args.indexOf('--label') + 1] : undefined;
const ONLY_ROWS = ['one-line', 'typing', 'first-open', 'hover', 'map'];
const ONLY = args.includes('--only') ? new Set(args[args.indexOf('--only') + 1].split(',')) : undefined;
if (ONLY !== undefined && [...ONLY].some((row) => !ONLY_ROWS.includes(row))) {
  console.error(
    `--only: unknown rows "${[...ONLY].filter((row) => !ONLY_ROWS.includes(row)).join(', ')}" (known: ${ONLY_ROWS.join(', ')})`,
  );
  process.exit(2);
}
const SIZES = QUICK ? [1_000, 10_000, 50_000] : [1_000, 10_000, 50_000, 100_000];
const EDITS = QUICK ? 20 : 100;
/** Edits typed (and timed, but reported apart) before the measured ones. */
const WARMUP_EDITS = 10;

const require = createRequire(import.meta.url);
for (const needed of [join(ENGINE, 'index.js'), SERVER, CLI]) {
  if (!existsSync(needed)) {
    console.error(`${relative(ROOT, needed)} is missing: run \`npm run build\` first (npm run bench does).`);
    process.exit(2);
  }
}
const engine = require(join(ENGINE, 'index.js'));
const { parseTree } = require('jsonc-parser');
/** Internal entry points for the phase breakdown; optional, so a renamed module only drops that table. */
const internals = loadInternals();
const JSONC_OPTIONS = { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true };

function loadInternals() {
  try {
    return {
      AnalysisContext: require(join(ENGINE, 'analysisContext.js')).AnalysisContext,
      SourceFile: require(join(ENGINE, 'model', 'sourceFile.js')).SourceFile,
      buildModel: require(join(ENGINE, 'buildModel.js')).buildModel,
      ResourceGraph: require(join(ENGINE, 'graph', 'resourceGraph.js')).ResourceGraph,
      runRules: require(join(ENGINE, 'rules', 'framework', 'runRules.js')).runRules,
      RULES: require(join(ENGINE, 'rules', 'registry.js')).RULES,
      getKnowledge: require(join(ENGINE, 'knowledge', 'knowledge.js')).getKnowledge,
    };
  } catch (error) {
    console.warn(`phase breakdown unavailable: ${error.message}`);
    return undefined;
  }
}

const log = (message) => process.stderr.write(`${message}\n`);
const host = {
  readFile: (path) => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Measuring one file in-process

/** Without an analysis cache every analysis is a cold one: the engine keeps nothing between analyses. */
function analyseCold(path, text, language) {
  const started = performance.now();
  const result = engine.analyzeDocument({ path, text, language }, { host: { ...host, workspaceRoot: dirname(path) } });
  return { elapsed: performance.now() - started, findings: result.findings.length };
}

/**
 * An analysis and then every fix of every finding rendered, as `--format json` prints them (an analysis renders no
 * fix text: this is the work that moved out of it, timed so that a slow writer cannot hide there).
 */
function analyseColdRenderingFixes(path, text, language) {
  // Each analysis has a context of its own (no module caches to empty): a cold analysis is just an analysis.
  const started = performance.now();
  const result = engine.analyzeDocument({ path, text, language }, { host: { ...host, workspaceRoot: dirname(path) } });
  const analysed = performance.now();
  let fixes = 0;
  for (const finding of result.findings) fixes += engine.renderOffers(finding.fixes).length;
  const ended = performance.now();
  return { elapsed: ended - started, analysis: analysed - started, render: ended - analysed, findings: result.findings.length, fixes };
}

function bareParse(text) {
  const started = performance.now();
  parseTree(text, [], JSONC_OPTIONS);
  return performance.now() - started;
}

/** Repetitions: more for small files, fewer for slow ones, never fewer than `min`. */
function repetitionsFor(firstRunMs, min = 3) {
  const max = QUICK ? 3 : 9;
  if (firstRunMs > 2000) return min;
  return Math.max(min, Math.min(max, Math.floor(4000 / Math.max(1, firstRunMs))));
}

/** A warm-up run, then alternating parse / analysis runs; medians of each. */
function measureFile(path, text, language) {
  const isArm = language === 'arm' || language === 'arm-parameters';
  if (isArm) bareParse(text);
  const warm = analyseCold(path, text, language);
  const runs = repetitionsFor(warm.elapsed);
  const parse = [];
  const analysis = [];
  for (let i = 0; i < runs; i++) {
    if (isArm) parse.push(bareParse(text));
    analysis.push(analyseCold(path, text, language).elapsed);
  }
  return {
    runs,
    findings: warm.findings,
    analysis: median(analysis),
    parse: isArm ? median(parse) : undefined,
  };
}

/**
 * A generated template with `count` private endpoints (each reported: no zone group, so each offers a fix), written
 * on one line as generators and minifiers write it, and pretty-printed: the analyses should cost about the same, with
 * and without every fix rendered. Medians of `analysis` (what the editor and the text output do) and `rendered`
 * (analysis + every fix, what JSON and SARIF output do), per form.
 */
function benchOneLine(count, forms = ['oneLine', 'pretty']) {
  const resources = [
    {
      type: 'Microsoft.Storage/storageAccounts',
      apiVersion: '2023-01-01',
      name: 'st',
      location: 'westeurope',
      sku: { name: 'Standard_LRS' },
      kind: 'StorageV2',
      properties: { publicNetworkAccess: 'Disabled' },
    },
  ];
  for (let i = 0; i < count; i++) {
    resources.push({
      type: 'Microsoft.Network/privateEndpoints',
      apiVersion: '2023-04-01',
      name: `pe${i}`,
      location: 'westeurope',
      properties: {
        subnet: { id: "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet', 'snet')]" },
        privateLinkServiceConnections: [
          {
            name: 'c',
            properties: { privateLinkServiceId: "[resourceId('Microsoft.Storage/storageAccounts', 'st')]", groupIds: ['blob'] },
          },
        ],
      },
    });
  }
  const template = {
    $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
    contentVersion: '1.0.0.0',
    resources,
  };
  const result = { count };
  const texts = { oneLine: JSON.stringify(template), pretty: JSON.stringify(template, null, 2) };
  mkdirSync(GENERATED, { recursive: true });
  for (const form of forms) {
    const text = texts[form];
    const path = join(GENERATED, `endpoints-${count}-${form}.json`);
    writeFileSync(path, text);
    const warm = analyseColdRenderingFixes(path, text, 'arm');
    const analysis = [];
    const rendered = [];
    for (let i = 0; i < (QUICK ? 2 : 3); i++) {
      analysis.push(analyseCold(path, text, 'arm').elapsed);
      rendered.push(analyseColdRenderingFixes(path, text, 'arm').elapsed);
    }
    result[form] = { analysis: median(analysis), rendered: median(rendered), findings: warm.findings, fixes: warm.fixes };
  }
  return result;
}

/** Parse + model, graph, and each rule, timed separately on one analysis (after a warm-up). */
function phaseBreakdown(path, text, language) {
  if (!internals) return undefined;
  const { SourceFile, buildModel, ResourceGraph, runRules, RULES, getKnowledge, AnalysisContext } = internals;
  const time = (action) => {
    const started = performance.now();
    const value = action();
    return [performance.now() - started, value];
  };
  buildModel(new SourceFile(path, text, language), { host }, new AnalysisContext());
  const analysis = new AnalysisContext();
  const [model, built] = time(() => buildModel(new SourceFile(path, text, language), { host }, analysis));
  const [graphMs, graph] = time(() => new ResourceGraph(built, analysis));
  const perRule = [];
  for (const rule of RULES) {
    const [elapsed] = time(() => runRules([rule], built, graph, getKnowledge(), {}));
    perRule.push({ id: rule.id, elapsed });
  }
  perRule.sort((a, b) => b.elapsed - a.elapsed);
  return { model, graph: graphMs, rules: perRule.reduce((s, r) => s + r.elapsed, 0), perRule, resources: built.resources.length };
}

/** Peak memory of one analysis, in a fresh process. */
function memoryOf(path) {
  const output = execFileSync(
    process.execPath,
    ['--expose-gc', join(ROOT, 'bench', 'lib', 'memory-probe.mjs'), join(ENGINE, 'index.js'), path],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    },
  );
  const probe = JSON.parse(output);
  return { ...probe, peakRssDelta: probe.maxRss - probe.rssBefore };
}

// ---------------------------------------------------------------------------------------------------------------
// Corpus

function corpusFiles() {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.push(full);
    }
  };
  walk(CORPUS);
  return files;
}

function benchCorpus() {
  if (!existsSync(CORPUS)) {
    const message = `corpus not found at ${CORPUS}: corpus measurements skipped`;
    log(message);
    return { skipped: message };
  }
  const rows = [];
  for (const path of corpusFiles()) {
    const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    const language = engine.detectLanguage(path, text);
    if (!language) continue;
    const measured = measureFile(path, text, language);
    rows.push({ path: relative(CORPUS, path), language, size: text.length, lines: text.split('\n').length, ...measured });
  }
  rows.sort((a, b) => b.size - a.size);
  log(`corpus: ${rows.length} files measured`);
  return { rows };
}

// ---------------------------------------------------------------------------------------------------------------
// Generated templates

function benchGenerated() {
  mkdirSync(GENERATED, { recursive: true });
  const rows = [];
  for (const language of ['arm', 'bicep']) {
    for (const lines of SIZES) {
      const text = generate(language, lines);
      const path = join(GENERATED, `generated-${lines}.${language === 'arm' ? 'json' : 'bicep'}`);
      writeFileSync(path, text);
      const measured = measureFile(path, text, language);
      const phases = phaseBreakdown(path, text, language);
      const memory = memoryOf(path);
      rows.push({ language, lines: text.split('\n').length - 1, target: lines, size: text.length, path, ...measured, phases, memory });
      log(`generated ${language} ${lines}: ${ms(measured.analysis)} ms`);
    }
  }
  return rows;
}

/**
 * Power-law fits per language and measure, over all sizes and over 10k lines and up (where fixed costs, such as the
 * rule tables and JIT warm-up, no longer flatten the small end).
 */
function growth(rows) {
  const result = {};
  for (const language of ['arm', 'bicep']) {
    const fits = (subset) => {
      const lines = subset.map((r) => r.lines);
      return {
        time: powerFit(
          lines,
          subset.map((r) => r.analysis),
        ),
        model: powerFit(
          lines,
          subset.map((r) => r.phases?.model ?? NaN),
        ),
        rules: powerFit(
          lines,
          subset.map((r) => r.phases?.rules ?? NaN),
        ),
        memory: powerFit(
          lines,
          subset.map((r) => r.memory.peakRssDelta),
        ),
        parse:
          language === 'arm'
            ? powerFit(
                lines,
                subset.map((r) => r.parse),
              )
            : undefined,
      };
    };
    const all = rows.filter((r) => r.language === language);
    result[language] = { ...fits(all), large: fits(all.filter((r) => r.target >= 10_000)) };
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------------------
// Language server

/**
 * A copy of `path` alone in a folder of its own, opened as the workspace: the server indexes its workspace folders,
 * and the other generated files (up to 100k lines) must not be part of what is measured.
 */
function isolated(path) {
  const folder = join(GENERATED, 'workspaces', basename(path).replace(/\.[^.]+$/, ''));
  mkdirSync(folder, { recursive: true });
  const copy = join(folder, basename(path));
  writeFileSync(copy, readFileSync(path));
  return copy;
}

/** Where typing happens: inside a string in the middle of the file, so the document stays valid while we type. */
function typingOffset(text, language) {
  const needles =
    language === 'arm' ? ['"requestMessage": "', '"description": "', '"name": "'] : ["requestMessage: '", "description: '", "name: '"];
  for (const needle of needles) {
    const at = text.indexOf(needle, Math.floor(text.length / 2));
    if (at >= 0) return at + needle.length;
  }
  const quote = language === 'arm' ? '"' : "'";
  return text.indexOf(quote, Math.floor(text.length / 2)) + 1;
}

/**
 * The engine alone, typing as the server does: each edit inserts one character at the typing offset and the document
 * is analysed again, with an AnalysisCache (what the server keeps per open document) and without one. The two runs
 * alternate edit by edit, so machine noise hits both alike.
 */
function incrementalTyping(original, language) {
  let text = readFileSync(original, 'utf8');
  const path = original;
  const cache = new engine.AnalysisCache();
  engine.analyzeDocument({ path, text }, { cache });
  let at = typingOffset(text, language);
  const cached = [];
  const fresh = [];
  let replayed = 0;
  let lowered = 0;
  const total = WARMUP_EDITS + EDITS;
  for (let i = 0; i < total; i++) {
    text = text.slice(0, at) + 'abcdefghijklmnopqrstuvwxyz'[i % 26] + text.slice(at);
    at++;
    let started = performance.now();
    engine.analyzeDocument({ path, text }, { cache });
    const withCache = performance.now() - started;
    started = performance.now();
    engine.analyzeDocument({ path, text }, {});
    const without = performance.now() - started;
    if (i < WARMUP_EDITS) continue;
    cached.push(withCache);
    fresh.push(without);
    replayed += cache.declarations.stats.replayed;
    lowered += cache.declarations.stats.lowered;
  }
  return {
    cached: { p50: percentile(cached, 50), p95: percentile(cached, 95) },
    fresh: { p50: percentile(fresh, 50), p95: percentile(fresh, 95) },
    replayedPerEdit: replayed / EDITS,
    loweredPerEdit: lowered / EDITS,
  };
}

/**
 * Starts a server on a copy of `original` in a folder of its own, opens it (waiting for its first diagnostics) and
 * returns where typing goes. The caller stops the client.
 */
async function openForTyping(original, language, settings, nodeArgs) {
  const path = isolated(original);
  const text = readFileSync(path, 'utf8');
  const client = new LspClient(SERVER, { settings, workspaceFolder: dirname(path), nodeArgs });
  const uri = pathToFileURL(path).href;
  try {
    await client.initialize();
    const opened = client.nextDiagnostics(uri);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: language === 'arm' ? 'json' : 'bicep', version: 1, text } });
    await opened;
  } catch (error) {
    await client.stop();
    throw error;
  }
  return { client, uri, start: positionAt(text, typingOffset(text, language)) };
}

/**
 * Opens `path` in a fresh server, then types `edits` characters one at a time, each awaited: the time from sending
 * didChange to the publishDiagnostics that follows is one sample.
 */
async function typingLatency(original, language, { debounceMs, edits, nodeArgs = VSCODE_ARGS }) {
  const settings = debounceMs === undefined ? {} : { debounceMs };
  const { client, uri, start } = await openForTyping(original, language, settings, nodeArgs);
  try {
    const all = [];
    let version = 1;
    for (let i = 0; i < WARMUP_EDITS + edits; i++) {
      const position = { line: start.line, character: start.character + i };
      const published = client.nextDiagnostics(uri);
      const sent = performance.now();
      client.notify('textDocument/didChange', {
        textDocument: { uri, version: ++version },
        contentChanges: [{ range: { start: position, end: position }, text: 'abcdefghijklmnopqrstuvwxyz'[i % 26] }],
      });
      const { at } = await published;
      all.push(at - sent);
      // A short pause between keystrokes, as a typist makes; the next edit waits for the previous diagnostics.
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    // The first edits after opening run while the server's code is still being optimised: reported apart.
    const warmup = all.slice(0, WARMUP_EDITS);
    const samples = all.slice(WARMUP_EDITS);
    return {
      samples,
      warmup,
      p50: percentile(samples, 50),
      p95: percentile(samples, 95),
      max: Math.max(...samples),
      warmupMedian: median(warmup),
      warmupMax: Math.max(...warmup),
      allP95: percentile(all, 95),
    };
  } finally {
    await client.stop();
  }
}

/**
 * Realistic typing with the default debounce: bursts of keystrokes 40-90 ms apart, then a pause. Measures the time
 * from the burst's last keystroke to its diagnostics, and how many publishes each burst caused (debounce at work).
 */
async function burstTyping(original, language, { bursts, perBurst }) {
  const { client, uri, start } = await openForTyping(original, language, {}, VSCODE_ARGS);
  try {
    let version = 1;
    let typed = 0;
    const samples = [];
    const publishes = [];
    for (let b = 0; b < bursts; b++) {
      const before = client.publishCount.get(uri) ?? 0;
      let last = 0;
      let published;
      for (let k = 0; k < perBurst; k++) {
        if (k > 0) await new Promise((resolve) => setTimeout(resolve, 40 + ((b * 7 + k * 13) % 50)));
        const position = { line: start.line, character: start.character + typed };
        published = client.nextDiagnostics(uri);
        last = performance.now();
        client.notify('textDocument/didChange', {
          textDocument: { uri, version: ++version },
          contentChanges: [{ range: { start: position, end: position }, text: 'x' }],
        });
        typed++;
      }
      const { at } = await published;
      samples.push(at - last);
      await new Promise((resolve) => setTimeout(resolve, 400));
      publishes.push((client.publishCount.get(uri) ?? 0) - before);
    }
    return { samples, p50: percentile(samples, 50), p95: percentile(samples, 95), publishesPerBurst: median(publishes) };
  } finally {
    await client.stop();
  }
}

/**
 * Fresh servers opening one file, one after the other: for each, spawn → initialize result ("ready"), spawn → first
 * diagnostics, and didOpen → first diagnostics. didOpen follows `initialized` at once, as VS Code sends it when opening
 * the file started the server.
 */
async function freshServerOpens(original, language, runs) {
  const path = isolated(original);
  const text = readFileSync(path, 'utf8');
  const opens = [];
  for (let i = 0; i < runs; i++) {
    const client = new LspClient(SERVER, { workspaceFolder: dirname(path), nodeArgs: VSCODE_ARGS });
    const uri = pathToFileURL(path).href;
    try {
      await client.initialize();
      const opened = client.nextDiagnostics(uri);
      const sent = performance.now();
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: language === 'arm' ? 'json' : 'bicep', version: 1, text } });
      const { at } = await opened;
      opens.push({ ready: client.readyAt - client.spawnedAt, fromSpawn: at - client.spawnedAt, fromOpen: at - sent });
    } finally {
      await client.stop();
    }
  }
  return opens;
}

/** Spawn to initialize result ("ready"), and spawn to the first diagnostics of an opened file. */
async function serverStart(original, language, runs) {
  const opens = await freshServerOpens(original, language, runs);
  return { ready: median(opens.map((o) => o.ready)), firstDiagnostics: median(opens.map((o) => o.fromSpawn)) };
}

/**
 * didOpen → first publishDiagnostics, each in a fresh server (cold code, as when a user opens the file): what a user
 * waits for the first squiggles. The figure includes indexing the (one-file) workspace, not the server's start.
 */
async function firstDiagnosticsAfterOpen(original, language, runs) {
  const samples = (await freshServerOpens(original, language, runs)).map((o) => o.fromOpen);
  return { runs, samples, median: median(samples), max: Math.max(...samples) };
}

/**
 * Hovers while typing (default debounce, VS Code's Node options): after each keystroke in a string in the middle of
 * the file, a hover over a private endpoint's type, alternately before and after the typing point (so the answer
 * comes from an analysis of an older version for text that did not move, or moved), at the pace of a typist.
 * One sample = hover request sent → answer received. Hovers that came back empty are counted: they must not be.
 */
async function hoverWhileTyping(original, language, { keystrokes }) {
  const { client, uri, start } = await openForTyping(original, language, {}, VSCODE_ARGS);
  let text = readFileSync(original, 'utf8');
  const needle = language === 'arm' ? '"Microsoft.Network/privateEndpoints"' : "'Microsoft.Network/privateEndpoints@";
  // Endpoints the engine explains (some sit in deployments it cannot lower): an empty hover then means a failure.
  const snapshot = engine.analyzeDocument({ path: original, text }, { keepSnapshot: true }).snapshot;
  const anchors = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    if (engine.hoverFromSnapshot(snapshot, original, at + 5)) anchors.push(at + 5);
  }
  const typingAt =
    text
      .split('\n')
      .slice(0, start.line)
      .reduce((sum, l) => sum + l.length + 1, 0) + start.character;
  const before = anchors.filter((a) => a < typingAt);
  const after = anchors.filter((a) => a > typingAt);
  try {
    let version = 1;
    const samples = [];
    let empty = 0;
    for (let i = 0; i < WARMUP_EDITS + keystrokes; i++) {
      const position = { line: start.line, character: start.character + i };
      client.notify('textDocument/didChange', {
        textDocument: { uri, version: ++version },
        contentChanges: [{ range: { start: position, end: position }, text: 'x' }],
      });
      const offsetNow = typingAt + i;
      text = text.slice(0, offsetNow) + 'x' + text.slice(offsetNow);
      await new Promise((resolve) => setTimeout(resolve, 40 + ((i * 13) % 50)));
      const pool = i % 2 === 0 && before.length > 0 ? before : after.length > 0 ? after : before;
      const anchor = pool[i % pool.length];
      const hoverOffset = anchor > typingAt ? anchor + i + 1 : anchor;
      const sent = performance.now();
      const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: positionAt(text, hoverOffset) });
      const elapsed = performance.now() - sent;
      if (i < WARMUP_EDITS) continue;
      samples.push(elapsed);
      if (!hover) empty++;
    }
    return { samples, empty, p50: percentile(samples, 50), p95: percentile(samples, 95), max: Math.max(...samples) };
  } finally {
    await client.stop();
  }
}

/**
 * The Node options the VS Code client starts the server with (client/src/serverProcess.ts): the benchmark starts it
 * the same way, so the figures are what VS Code users get. Rows marked "plain node" start it as other editors do.
 */
const VSCODE_ARGS = [...require(join(ROOT, 'out', 'client', 'src', 'serverProcess.js')).SERVER_EXEC_ARGV];

/** The server's default debounce, read from its settings source (the figure the latency includes). */
function defaultDebounce() {
  try {
    const source = readFileSync(join(ROOT, 'server', 'src', 'lsp', 'settings.ts'), 'utf8');
    const match = /debounceMs:\s*(\d+)/.exec(source.slice(source.indexOf('DEFAULT_SETTINGS')));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// CLI

function timeProcess(argv) {
  const timeBinary = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const started = performance.now();
  const result = timeBinary
    ? spawnSync(timeBinary, ['-f', '%U %S %M', process.execPath, ...argv], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 << 20 })
    : spawnSync(process.execPath, argv, { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 << 20 });
  const wall = performance.now() - started;
  let cpu;
  let maxRss;
  if (timeBinary) {
    const lastLine = result.stderr.trim().split('\n').pop() ?? '';
    const [user, system, rssKb] = lastLine.split(' ').map(Number);
    if (Number.isFinite(user)) cpu = (user + system) * 1000;
    if (Number.isFinite(rssKb)) maxRss = rssKb * 1024;
  }
  return { wall, cpu, maxRss, status: result.status, stdoutBytes: result.stdout.length };
}

function benchCli() {
  if (!existsSync(CORPUS)) return { skipped: true };
  const runs = QUICK ? 2 : 5;
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(timeProcess([CLI, '--format', 'json', CORPUS]));
  return {
    runs,
    wall: median(samples.map((s) => s.wall)),
    cpu: median(samples.map((s) => s.cpu ?? NaN)),
    maxRss: median(samples.map((s) => s.maxRss ?? NaN)),
    status: samples[0].status,
  };
}

/** The comparison we expect others to rerun: the CLI on the largest template against a bare parse, as processes. */
function benchLargestAsProcesses(largest) {
  const runs = QUICK ? 3 : 7;
  const parseScript = join(GENERATED, 'bare-parse.cjs');
  writeFileSync(
    parseScript,
    `const { parseTree } = require(${JSON.stringify(require.resolve('jsonc-parser'))});\n` +
      `const text = require('fs').readFileSync(process.argv[2], 'utf8');\n` +
      `parseTree(text, [], ${JSON.stringify(JSONC_OPTIONS)});\n`,
  );
  const cli = [];
  const parse = [];
  for (let i = 0; i < runs; i++) {
    cli.push(timeProcess([CLI, '--format', 'json', largest]).wall);
    parse.push(timeProcess([parseScript, largest]).wall);
  }
  const node = [];
  for (let i = 0; i < runs; i++) node.push(timeProcess(['-e', '0']).wall);
  return { runs, cli: median(cli), parse: median(parse), node: median(node) };
}

// ---------------------------------------------------------------------------------------------------------------
// Machine

function machine() {
  const cpus = os.cpus();
  let commit = 'unknown';
  let dirty = false;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
  } catch {
    // Not a git checkout.
  }
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memory: os.totalmem(),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    date: new Date().toISOString(),
    commit,
    dirty,
    load: os.loadavg(),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Report

function budgetRow(name, figure, limit, pass, how) {
  return `| ${name} | ${figure} | ${limit} | ${pass === undefined ? 'n/a' : pass ? '**pass**' : '**FAIL**'} | ${how} |`;
}

/** The budget rows of templates written on one line (`benchOneLine` results `oneLine` and `oneLineLarge`). */
function oneLineRows({ oneLine, oneLineLarge }) {
  const rows = [];
  if (oneLine) {
    const { count, oneLine: one, pretty } = oneLine;
    for (const [what, key, how] of [
      [
        'analysis',
        'analysis',
        'in-process analysis (fix text is rendered on demand: none here, as in the editor and the text output), medians',
      ],
      [
        'analysis + every fix rendered',
        'rendered',
        `in-process analysis, then all ${one.fixes} fixes rendered (what --format json/sarif print), medians`,
      ],
    ]) {
      const r = one[key] / pretty[key];
      rows.push(
        budgetRow(
          `${count} private endpoints on one line vs pretty-printed: ${what}`,
          `${r.toFixed(2)}× (${ms(one[key])} / ${ms(pretty[key])} ms)`,
          '≤ 1.5×',
          r <= 1.5,
          how,
        ),
      );
    }
  }
  if (oneLineLarge) {
    const { count, oneLine: one } = oneLineLarge;
    rows.push(
      budgetRow(
        `${count} private endpoints on one line: analysis`,
        `${ms(one.analysis)} ms`,
        '≤ 10000 ms',
        one.analysis <= 10_000,
        'in-process, median',
      ),
    );
    rows.push(
      budgetRow(
        `${count} private endpoints on one line: analysis + every fix rendered`,
        `${ms(one.rendered)} ms`,
        '≤ 10000 ms',
        one.rendered <= 10_000,
        `all ${one.fixes} fixes rendered after the analysis, median`,
      ),
    );
  }
  return rows;
}

function report(data) {
  const { oneLine } = data;
  const { env, corpus, generated, grows, lsp, start, openAndHover, cli, largestProcesses, vsix, debounce, history } = data;
  const out = [];
  const line = (text = '') => out.push(text);
  const loadText = (load) => load.map((l) => l.toFixed(2)).join(' / ');
  line('# Performance results');
  line();
  line(
    'Written by `bench/run-bench.mjs`. Rerun with **`npm run bench`** (builds first; about 10 minutes; `node bench/run-bench.mjs --quick` for a smoke run).',
  );
  line(
    "Times are wall-clock medians in milliseconds unless said otherwise; each analysis is a cold one (the engine's caches are cleared before it), after a warm-up run.",
  );
  line();
  line('## Machine');
  line();
  line('| | |');
  line('|---|---|');
  line(`| CPU | ${env.cpu} |`);
  line(`| Cores | ${env.cores} |`);
  line(`| Memory | ${bytes(env.memory)} |`);
  line(`| OS | ${env.platform} |`);
  line(`| Node | ${env.node} |`);
  line(`| Date | ${env.date} |`);
  line(`| Commit | ${env.commit}${env.dirty ? ' (with uncommitted changes)' : ''} |`);
  line(`| Load average (1/5/15 min) at start / end | ${loadText(env.load)} / ${loadText(data.loadAtEnd)} |`);
  line();
  if (env.load[0] > env.cores) {
    line(
      `> The machine was busy with other work while this ran (load above its ${env.cores} cores), so figures are slower and noisier than on an idle machine.`,
    );
    line();
  }

  // Budgets
  const largest = corpus.rows?.find((r) => r.language === 'arm');
  const ratio = largest ? largest.analysis / largest.parse : undefined;
  const lspArm = lsp.find((l) => l.name === 'generated-arm-0');
  line('## Budgets');
  line();
  line('| Budget | Measured | Limit | Result | How |');
  line('|---|---|---|---|---|');
  if (largest) {
    line(
      budgetRow(
        `ARM analysis vs bare parse, ${basename(largest.path)} (${bytes(largest.size)})`,
        `${ratio.toFixed(2)}× (${ms(largest.analysis)} / ${ms(largest.parse)} ms)`,
        '≤ 2×',
        ratio <= 2,
        'in-process, medians of alternating runs',
      ),
    );
  } else {
    line(budgetRow('ARM analysis vs bare parse on the 3 MB template', 'corpus absent', '≤ 2×', undefined, 'skipped'));
  }
  for (const l of lsp.filter((x) => x.debounce === 0 && !x.nodeArgs)) {
    line(
      budgetRow(
        `p95 keystroke → diagnostics, ${l.label}`,
        `${ms(l.result.p95)} ms`,
        '< 50 ms',
        l.result.p95 < 50,
        `server over stdio, debounce set to 0 (timed from the moment the debounce allows), after ${WARMUP_EDITS} warm-up edits`,
      ),
    );
  }
  for (const row of oneLineRows(data)) line(row);
  if (!cli.skipped)
    line(
      budgetRow(
        'Whole corpus through the CLI',
        `${ms(cli.wall)} ms`,
        '< 3000 ms',
        cli.wall < 3000,
        `\`node dist/cli.js --format json ../shared/corpus\`, median of ${cli.runs}`,
      ),
    );
  line(
    budgetRow('Server ready', `${ms(start.small.ready)} ms`, '< 300 ms', start.small.ready < 300, 'spawn → initialize result, median of 5'),
  );
  line(
    budgetRow(
      'VSIX size',
      bytes(vsix.size),
      '< 1 MB',
      vsix.size < 1024 * 1024,
      vsix.kind === 'vsix' ? `${vsix.name} at the repository root` : 'estimated (no .vsix at the root), see below',
    ),
  );
  line();

  // Corpus
  line('## Analysis time per file: corpus');
  line();
  if (corpus.skipped) {
    line(`Skipped: ${corpus.skipped}.`);
  } else {
    const arm = corpus.rows.filter((r) => r.language === 'arm');
    const sum = (rows, key) => rows.reduce((s, r) => s + (r[key] ?? 0), 0);
    line(
      `${corpus.rows.length} files under \`../shared/corpus\`. Analysis = parse + model + all rules (+ fixes rendered). Floor = bare \`jsonc-parser\` \`parseTree\` of the same text (ARM only).`,
    );
    line();
    line('| Language | Files | Size | Sum of analysis medians | Sum of parse floors | Ratio |');
    line('|---|---:|---:|---:|---:|---:|');
    for (const language of ['arm', 'arm-parameters', 'bicep', 'bicep-params']) {
      const rows = corpus.rows.filter((r) => r.language === language);
      if (rows.length === 0) continue;
      const parse = language.startsWith('arm') ? sum(rows, 'parse') : undefined;
      line(
        `| ${language} | ${rows.length} | ${bytes(sum(rows, 'size'))} | ${ms(sum(rows, 'analysis'))} | ${parse === undefined ? '' : ms(parse)} | ${parse ? (sum(rows, 'analysis') / parse).toFixed(2) + '×' : ''} |`,
      );
    }
    line();
    line('The largest files:');
    line();
    line('| File | Language | Size | Lines | Findings | Analysis | Parse floor | Ratio |');
    line('|---|---|---:|---:|---:|---:|---:|---:|');
    for (const r of corpus.rows.slice(0, 12)) {
      line(
        `| ${r.path} | ${r.language} | ${bytes(r.size)} | ${r.lines} | ${r.findings} | ${ms(r.analysis)} | ${r.parse === undefined ? '' : ms(r.parse)} | ${r.parse ? (r.analysis / r.parse).toFixed(2) + '×' : ''} |`,
      );
    }
    line();
    line('<details><summary>Every corpus file</summary>');
    line();
    line('| File | Language | Size | Analysis | Parse floor | Runs |');
    line('|---|---|---:|---:|---:|---:|');
    for (const r of corpus.rows)
      line(
        `| ${r.path} | ${r.language} | ${bytes(r.size)} | ${ms(r.analysis)} | ${r.parse === undefined ? '' : ms(r.parse)} | ${r.runs} |`,
      );
    line();
    line('</details>');
    void arm;
  }
  line();

  // Generated
  line('## Analysis time per file: generated templates');
  line();
  line(
    'Written by `bench/generate.mjs` (deterministic): VNets with subnets (literal and copy/for loops), storage accounts and key vaults, private endpoints in copy loops with zone groups, zone links, parameters, variables, expressions; a few deliberate mistakes so rules report.',
  );
  line();
  line('| Language | Lines | Size | Resources | Findings | Analysis | Parse floor | Ratio | Parse + model | Rules | Slowest rule |');
  line('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const r of generated) {
    const slowest = r.phases?.perRule[0];
    line(
      `| ${r.language} | ${r.lines} | ${bytes(r.size)} | ${r.phases?.resources ?? ''} | ${r.findings} | ${ms(r.analysis)} | ${r.parse === undefined ? '' : ms(r.parse)} | ${r.parse ? (r.analysis / r.parse).toFixed(2) + '×' : ''} | ${ms(r.phases?.model)} | ${ms(r.phases?.rules)} | ${slowest ? `${slowest.id} ${ms(slowest.elapsed)}` : ''} |`,
    );
  }
  line();

  // Growth
  line('## Growth with size');
  line();
  line(
    'Fitted as time ≈ c·n^k over the generated sizes (n = lines; least squares on log-log). k = 1 is linear. Over all sizes the 1k point is dominated by fixed costs, so k is also given from 10k lines up.',
  );
  line();
  line('| Language | Measure | 1k → largest | k (all sizes) | R² | k (10k and up) |');
  line('|---|---|---|---:|---:|---:|');
  for (const language of ['arm', 'bicep']) {
    const rows = generated.filter((r) => r.language === language);
    const first = rows[0];
    const last = rows[rows.length - 1];
    const g = grows[language];
    const span = (a, b, f) => `${f(a)} → ${f(b)}`;
    const time = (v) => `${ms(v)} ms`;
    const row = (measure, fit, large, a, b, f) => {
      if (!fit || !Number.isFinite(fit.k)) return;
      line(
        `| ${language} | ${measure} | ${span(a, b, f)} | ${fit.k.toFixed(2)} | ${fit.r2.toFixed(3)} | ${Number.isFinite(large?.k) ? large.k.toFixed(2) : 'n/a'} |`,
      );
    };
    row('analysis time', g.time, g.large.time, first.analysis, last.analysis, time);
    row('bare parse (floor)', g.parse, g.large.parse, first.parse, last.parse, time);
    row('parse + model', g.model, g.large.model, first.phases?.model, last.phases?.model, time);
    row('all rules', g.rules, g.large.rules, first.phases?.rules, last.phases?.rules, time);
    row('peak RSS growth', g.memory, g.large.memory, first.memory.peakRssDelta, last.memory.peakRssDelta, bytes);
  }
  line();
  const verdict = (k) => (k <= 1.15 ? 'close to linear' : k <= 1.4 ? 'mildly superlinear' : 'superlinear');
  for (const language of ['arm', 'bicep']) {
    const g = grows[language];
    const rows = generated.filter((r) => r.language === language);
    const slow = rows[rows.length - 1].phases?.perRule
      .slice(0, 3)
      .map((r) => `${r.id} (${ms(r.elapsed)} ms)`)
      .join(', ');
    const k = (fit) => (Number.isFinite(fit?.k) ? fit.k.toFixed(2) : '?');
    line(
      `- **${language}**: from 10k lines up, analysis grows as n^${k(g.large.time)} (${verdict(g.large.time.k)}): parse + model as n^${k(g.large.model)} (${verdict(g.large.model.k)}), ` +
        `the rules as n^${k(g.large.rules)} (${verdict(g.large.rules.k)})${slow ? `; the slowest rules at the largest size: ${slow}` : ''}. Peak memory grows as n^${k(g.large.memory)}.`,
    );
  }
  line();
  line('| Language | Lines | Peak RSS growth during the analysis | V8 heap after the analysis | Analysis in the probe process |');
  line('|---|---:|---:|---:|---:|');
  for (const r of generated)
    line(
      `| ${r.language} | ${r.lines} | ${bytes(r.memory.peakRssDelta)} | ${bytes(r.memory.heapTotalAfter)} | ${ms(r.memory.elapsedMs)} |`,
    );
  line();

  // Peak memory largest
  if (data.largestMemory) {
    const m = data.largestMemory;
    line('## Peak memory on the largest file');
    line();
    line(`\`${m.file}\` (${bytes(m.size)}), analysed once in a fresh process (\`bench/lib/memory-probe.mjs\`):`);
    line();
    line('| RSS before | Peak RSS | Peak RSS growth | V8 heap used before | V8 heap size after |');
    line('|---:|---:|---:|---:|---:|');
    line(
      `| ${bytes(m.rssBefore)} | ${bytes(m.maxRss)} | ${bytes(m.peakRssDelta)} | ${bytes(m.heapUsedBefore)} | ${bytes(m.heapTotalAfter)} |`,
    );
    line();
  }

  // LSP
  line('## Keystroke to diagnostics through the language server');
  line();
  line(
    `A scripted client (\`bench/lib/lsp-client.mjs\`) spawns \`node ${VSCODE_ARGS.join(' ')} dist/server.js --stdio\` (the Node options the VS Code client uses, client/src/serverProcess.ts; rows marked "plain node" omit them, as other editors' launches do), opens the file, then types characters one at a time into a string in the middle of the file (incremental \`didChange\`), ` +
      `waiting for each edit's \`publishDiagnostics\` (and 20 ms) before the next. One sample = didChange sent → publishDiagnostics received. The first ${WARMUP_EDITS} edits after opening ` +
      `(while the server's code is still being optimised by V8) are reported apart; the percentiles are over the ${EDITS} edits after them.`,
  );
  line(
    `The server debounces changes (default **${debounce ?? '?'} ms**, \`privateLink.debounceMs\`, in server/src/lsp/settings.ts). The budget is measured with the debounce set to 0 through \`workspace/configuration\`, which times the work from the moment the debounce would allow; ` +
      'the rows with the default debounce show what a user waits in total.',
  );
  line();
  line(
    `| File | Lines | Debounce | p50 | p95 | max | p95 minus debounce | First ${WARMUP_EDITS} edits: median / max | p95 including them |`,
  );
  line('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const l of lsp) {
    const d = l.debounce ?? debounce ?? 0;
    const r = l.result;
    line(
      `| ${l.label} | ${l.lines} | ${l.debounce === undefined ? `default (${debounce} ms)` : `${l.debounce} ms`} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.max)} | ${ms(r.p95 - d)} | ${ms(r.warmupMedian)} / ${ms(r.warmupMax)} | ${ms(r.allP95)} |`,
    );
  }
  line();
  if (data.incremental) {
    line('### Incremental analysis, in-process');
    line();
    line(
      'The server keeps an `AnalysisCache` per open document (server/src/engine/incremental/): a declaration whose text and inputs are unchanged is replayed from the previous analysis instead of evaluated again. ' +
        `The engine alone, on the same typing (${EDITS} edits after ${WARMUP_EDITS} warm-up edits), each edit analysed with the cache and without it, alternately, in the benchmark's own process: without the server's heap options (\`lsp/heap.ts\`), so collections fall inside analyses here and the p95 columns run higher than through the server:`,
    );
    line();
    line('| File | Lines | With the cache: p50 | p95 | Without: p50 | p95 | Declarations replayed / lowered per edit |');
    line('|---|---:|---:|---:|---:|---:|---:|');
    for (const r of data.incremental) {
      line(
        `| ${r.label} | ${r.lines} | ${ms(r.cached.p50)} | ${ms(r.cached.p95)} | ${ms(r.fresh.p50)} | ${ms(r.fresh.p95)} | ${r.replayedPerEdit.toFixed(0)} / ${r.loweredPerEdit.toFixed(1)} |`,
      );
    }
    line();
  }
  if (data.bursts) {
    const b = data.bursts;
    line(
      `Typing in bursts (default debounce; ${b.bursts} bursts of ${b.perBurst} keystrokes 40–90 ms apart, on ${b.label}): last keystroke → diagnostics p50 ${ms(b.result.p50)} ms, p95 ${ms(b.result.p95)} ms; ` +
        `${b.result.publishesPerBurst} publish per burst (the debounce drops the intermediate versions).`,
    );
    line();
  }

  // Start, CLI, VSIX
  line('## Server start, CLI, package');
  line();
  line('| Measure | Figure | How |');
  line('|---|---:|---|');
  line(`| Server ready | ${ms(start.small.ready)} ms | spawn → initialize result (median of 5) |`);
  line(
    `| Server start → first diagnostics, ${start.small.label} | ${ms(start.small.firstDiagnostics)} ms | spawn, initialize, didOpen → publishDiagnostics (median of 5) |`,
  );
  line(
    `| Server start → first diagnostics, ${start.large.label} | ${ms(start.large.firstDiagnostics)} ms | same, on the 10k-line template |`,
  );
  if (openAndHover?.firstOpen) {
    const f = openAndHover.firstOpen;
    line(
      `| First diagnostics after open, ${f.label} | ${ms(f.median)} ms (goal ≤ 150) | didOpen (right after \`initialized\`) → publishDiagnostics in a fresh server, median of ${f.runs}; max ${ms(f.max)} ms |`,
    );
  }
  if (openAndHover?.hover) {
    const h = openAndHover.hover;
    line(
      `| Hover p95 while typing, ${h.label} | ${ms(h.p95)} ms (goal ≤ 50) | a hover over an endpoint's type after each of ${h.samples.length} keystrokes (default debounce), before and after the typing point; p50 ${ms(h.p50)}, max ${ms(h.max)} ms; ${h.empty} empty |`,
    );
  }
  if (!cli.skipped) {
    line(
      `| CLI, whole corpus | ${ms(cli.wall)} ms | \`node dist/cli.js --format json ../shared/corpus\`, wall, median of ${cli.runs}${Number.isFinite(cli.cpu) ? `; CPU ${ms(cli.cpu)} ms, peak RSS ${bytes(cli.maxRss)}` : ''}; exit status ${cli.status} (1 = error findings) |`,
    );
  }
  if (largestProcesses) {
    const p = largestProcesses;
    line(
      `| CLI vs bare parse as processes, ${p.label} | ${ms(p.cli)} vs ${ms(p.parse)} ms (${(p.cli / p.parse).toFixed(2)}×) | alternating runs, median of ${p.runs} each; both include Node start (${ms(p.node)} ms for \`node -e 0\`), so the ratio without it is ${((p.cli - p.node) / (p.parse - p.node)).toFixed(2)}× |`,
    );
  }
  line(`| VSIX | ${bytes(vsix.size)} | ${vsix.kind === 'vsix' ? `${vsix.name}` : 'estimate'} |`);
  line();
  if (vsix.kind === 'estimate') {
    line(
      `No .vsix at the repository root: the size is estimated from the files \`.vscodeignore\` keeps, with ${vsix.bundleNote}, deflated as zip entries. Bundles:`,
    );
    line();
    line('| Bundle | Size | Deflated |');
    line('|---|---:|---:|');
    for (const r of vsix.rows.filter((x) => x.bundle))
      line(`| ${r.path.replace(/^extension\//, '')} | ${bytes(r.size)} | ${bytes(r.compressed)} |`);
    line();
    line(
      `dist/ as \`npm run build\` leaves it (development build with source maps, not what ships): ${vsix.devBundles.map((b) => `${b.path} ${bytes(b.size)}`).join(', ')}.`,
    );
    line();
  }

  // Trend
  line('## Trend');
  line();
  line('One row per recorded run (bench/history.json); the newest last.');
  line();
  line(
    '| Date | Commit | Note | 3 MB ratio | p95 ARM 10k | p95 Bicep 10k | CLI corpus | Server ready | VSIX | ARM k (10k+) | Bicep k (10k+) |',
  );
  line('|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const h of history) {
    const f = (v, d = 0) => (Number.isFinite(v) ? v.toFixed(d) : 'n/a');
    line(
      `| ${h.date.slice(0, 16).replace('T', ' ')} | ${h.commit} | ${h.label ?? ''} | ${f(h.ratio, 2)}× | ${f(h.p95Arm)} ms | ${f(h.p95Bicep)} ms | ${f(h.cli)} ms | ${f(h.ready)} ms | ${h.vsix ? bytes(h.vsix) : 'n/a'} | ${f(h.kArm, 2)} | ${f(h.kBicep, 2)} |`,
    );
  }
  line();
  if (data.trendNotes) {
    for (const note of data.trendNotes) line(note);
    line();
  }
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------------------------

function benchOneLineRows() {
  const oneLine = benchOneLine(5_000);
  log(
    `one-line ${oneLine.count} endpoints: analysis ${ms(oneLine.oneLine.analysis)} ms (pretty ${ms(oneLine.pretty.analysis)}), with every fix ${ms(oneLine.oneLine.rendered)} ms (pretty ${ms(oneLine.pretty.rendered)})`,
  );
  const oneLineLarge = benchOneLine(10_000, ['oneLine']);
  log(
    `one-line ${oneLineLarge.count} endpoints: analysis ${ms(oneLineLarge.oneLine.analysis)} ms, with every fix ${ms(oneLineLarge.oneLine.rendered)} ms`,
  );
  return { oneLine, oneLineLarge };
}

/** The largest ARM template of the corpus (the 3 MB one), else the largest generated one. */
function largestCorpusArm() {
  if (!existsSync(CORPUS)) return undefined;
  let best;
  for (const path of corpusFiles()) {
    if (!path.endsWith('.json')) continue;
    const size = statSync(path).size;
    if (!best || size > best.size) best = { path, size };
  }
  return best?.path;
}

/** The rows users feel most when they open a file and point at it: first diagnostics after open, hovers while typing. */
async function openAndHoverRows(arm10kPath, rows = new Set(['first-open', 'hover'])) {
  const result = {};
  if (rows.has('first-open')) {
    result.firstOpen = { label: basename(arm10kPath), ...(await firstDiagnosticsAfterOpen(arm10kPath, 'arm', QUICK ? 3 : 5)) };
    log(
      `first diagnostics after open, ${result.firstOpen.label}: median ${ms(result.firstOpen.median)} ms (${result.firstOpen.samples.map(ms).join(', ')})`,
    );
  }
  const template = largestCorpusArm();
  if (rows.has('hover') && template) {
    result.hover = { label: basename(template), ...(await hoverWhileTyping(template, 'arm', { keystrokes: QUICK ? 20 : 60 })) };
    log(
      `hover while typing, ${result.hover.label}: p50 ${ms(result.hover.p50)} p95 ${ms(result.hover.p95)} max ${ms(result.hover.max)} ms, ${result.hover.empty} empty`,
    );
  } else if (rows.has('hover')) {
    log('hover row skipped: no corpus');
  }
  return result;
}

/**
 * The Private Link map of the largest corpus template (the 3 MB ARM one), built in-process from one kept analysis
 * (`privateLinkMapOf`, what `privateLink/map` and `--format mermaid` do), Mermaid rendering apart: medians.
 */
function mapRow() {
  if (!existsSync(CORPUS)) return 'map of the 3 MB corpus template: corpus absent, skipped';
  let largest;
  for (const path of corpusFiles()) {
    const size = statSync(path).size;
    if (path.endsWith('.json') && (!largest || size > largest.size)) largest = { path, size };
  }
  const text = readFileSync(largest.path, 'utf8').replace(/^\uFEFF/, '');
  const analysis = engine.analyzeDocument({ path: largest.path, text }, { keepSnapshot: true });
  const build = [];
  const render = [];
  let map;
  for (let i = 0; i < (QUICK ? 5 : 21); i++) {
    const start = performance.now();
    map = engine.privateLinkMapOf(analysis.snapshot, analysis.findings);
    build.push(performance.now() - start);
    const rendered = performance.now();
    engine.mapsToMermaid([map]);
    render.push(performance.now() - rendered);
  }
  return `map of the 3 MB corpus template (${basename(largest.path)}, ${bytes(largest.size)}): build ${ms(median(build))} ms, Mermaid ${ms(median(render))} ms (medians of ${build.length}; ${map.nodes.length} nodes, ${map.edges.length} edges, ${map.dnsPaths.length} DNS paths)`;
}

/** `--only`: the rows asked for, printed; nothing is written. */
async function onlyRows() {
  mkdirSync(GENERATED, { recursive: true });
  if (ONLY.has('one-line')) {
    process.stdout.write(
      ['| Budget | Measured | Limit | Result | How |', '|---|---|---|---|---|', ...oneLineRows(benchOneLineRows())].join('\n') + '\n',
    );
  }
  if (ONLY.has('typing')) {
    for (const language of ['arm', 'bicep']) {
      const path = join(GENERATED, `generated-10000.${language === 'arm' ? 'json' : 'bicep'}`);
      writeFileSync(path, generate(language, 10_000));
      const result = await typingLatency(path, language, { debounceMs: 0, edits: EDITS });
      process.stdout.write(
        `p95 keystroke → diagnostics, generated ${language} (${basename(path)}): p50 ${ms(result.p50)} ms, p95 ${ms(result.p95)} ms, max ${ms(result.max)} ms\n`,
      );
    }
  }
  if (ONLY.has('map')) process.stdout.write(`${mapRow()}\n`);
  if (ONLY.has('first-open') || ONLY.has('hover')) {
    const arm10kPath = join(GENERATED, 'generated-10000.json');
    writeFileSync(arm10kPath, generate('arm', 10_000));
    await openAndHoverRows(arm10kPath, ONLY);
  }
}

async function main() {
  if (ONLY) return onlyRows();
  const env = machine();
  log(`benchmark on ${env.cpu} x${env.cores}, node ${env.node}, load ${env.load.map((l) => l.toFixed(1)).join(' ')}`);
  const corpus = benchCorpus();
  const generated = benchGenerated();
  const grows = growth(generated);
  const debounce = defaultDebounce();

  const arm10k = generated.find((r) => r.language === 'arm' && r.target === 10_000);
  const bicep10k = generated.find((r) => r.language === 'bicep' && r.target === 10_000);
  const arm1k = generated.find((r) => r.language === 'arm' && r.target === 1_000);
  const realArm = corpus.rows
    ?.filter((r) => r.language === 'arm' && r.lines >= 8_000 && r.lines <= 12_000)
    .sort((a, b) => Math.abs(a.lines - 10_000) - Math.abs(b.lines - 10_000))[0];
  const lspCases = [
    {
      name: 'generated-arm-0',
      label: `generated ARM (${basename(arm10k.path)})`,
      path: arm10k.path,
      language: 'arm',
      lines: arm10k.lines,
      debounce: 0,
    },
    {
      name: 'generated-bicep-0',
      label: `generated Bicep (${basename(bicep10k.path)})`,
      path: bicep10k.path,
      language: 'bicep',
      lines: bicep10k.lines,
      debounce: 0,
    },
  ];
  if (realArm)
    lspCases.push({
      name: 'corpus-arm-0',
      label: `corpus ARM (${basename(realArm.path)})`,
      path: join(CORPUS, realArm.path),
      language: 'arm',
      lines: realArm.lines,
      debounce: 0,
    });
  lspCases.push({
    name: 'generated-arm-default',
    label: `generated ARM (${basename(arm10k.path)})`,
    path: arm10k.path,
    language: 'arm',
    lines: arm10k.lines,
    debounce: undefined,
  });
  for (const [name, row, language] of [
    ['generated-arm-plain', arm10k, 'arm'],
    ['generated-bicep-plain', bicep10k, 'bicep'],
  ]) {
    lspCases.push({
      name,
      label: `generated ${language === 'arm' ? 'ARM' : 'Bicep'} (${basename(row.path)}), plain node`,
      path: row.path,
      language,
      lines: row.lines,
      debounce: 0,
      nodeArgs: [],
    });
  }
  const lsp = [];
  for (const c of lspCases) {
    const result = await typingLatency(c.path, c.language, { debounceMs: c.debounce, edits: EDITS, nodeArgs: c.nodeArgs });
    lsp.push({ ...c, result });
    log(`lsp ${c.label} debounce ${c.debounce ?? 'default'}: p50 ${ms(result.p50)} p95 ${ms(result.p95)}`);
  }
  const incremental = [
    { label: `generated ARM (${basename(arm10k.path)})`, lines: arm10k.lines, ...incrementalTyping(arm10k.path, 'arm') },
    { label: `generated Bicep (${basename(bicep10k.path)})`, lines: bicep10k.lines, ...incrementalTyping(bicep10k.path, 'bicep') },
  ];
  for (const r of incremental)
    log(`incremental ${r.label}: cached p50 ${ms(r.cached.p50)} p95 ${ms(r.cached.p95)}, fresh p50 ${ms(r.fresh.p50)}`);
  const burstSpec = { bursts: QUICK ? 4 : 10, perBurst: 5 };
  const bursts = {
    ...burstSpec,
    label: `generated ARM (${basename(arm10k.path)})`,
    result: await burstTyping(arm10k.path, 'arm', burstSpec),
  };
  const start = {
    small: { label: `${basename(arm1k.path)} (${arm1k.lines} lines)`, ...(await serverStart(arm1k.path, 'arm', 5)) },
    large: { label: `${basename(arm10k.path)} (${arm10k.lines} lines)`, ...(await serverStart(arm10k.path, 'arm', 3)) },
  };
  log(`server ready ${ms(start.small.ready)} ms`);
  const openAndHover = await openAndHoverRows(arm10k.path);
  const cli = benchCli();
  log(`cli ${ms(cli.wall)} ms`);
  const largestCorpus = corpus.rows?.find((r) => r.language === 'arm');
  const largestPath = largestCorpus ? join(CORPUS, largestCorpus.path) : generated.filter((r) => r.language === 'arm').pop().path;
  const largestProcesses = { label: basename(largestPath), ...benchLargestAsProcesses(largestPath) };
  const largestMemory = { file: basename(largestPath), size: statSync(largestPath).size, ...memoryOf(largestPath) };
  const vsix = await vsixSize(ROOT);

  const entry = {
    date: env.date,
    commit: `${env.commit}${env.dirty ? '+' : ''}`,
    label: LABEL,
    ratio: largestCorpus ? largestCorpus.analysis / largestCorpus.parse : undefined,
    p95Arm: lsp.find((l) => l.name === 'generated-arm-0')?.result.p95,
    p95Bicep: lsp.find((l) => l.name === 'generated-bicep-0')?.result.p95,
    cli: cli.wall,
    ready: start.small.ready,
    vsix: vsix.size,
    kArm: grows.arm.large.time.k,
    kBicep: grows.bicep.large.time.k,
    load: env.load[0],
  };
  const history = existsSync(HISTORY) ? JSON.parse(readFileSync(HISTORY, 'utf8')) : [];
  history.push(entry);
  const trendNotes = existsSync(join(ROOT, 'bench', 'TREND-NOTES.md'))
    ? [readFileSync(join(ROOT, 'bench', 'TREND-NOTES.md'), 'utf8').trim()]
    : undefined;
  const { oneLine, oneLineLarge } = benchOneLineRows();
  const text = report({
    env,
    corpus,
    generated,
    grows,
    lsp,
    incremental,
    bursts,
    start,
    openAndHover,
    cli,
    largestProcesses,
    largestMemory,
    vsix,
    debounce,
    history,
    trendNotes,
    loadAtEnd: os.loadavg(),
    oneLine,
    oneLineLarge,
  });
  if (WRITE) {
    writeFileSync(RESULTS, text + '\n');
    writeFileSync(HISTORY, JSON.stringify(history, null, 2) + '\n');
    log(`wrote ${relative(ROOT, RESULTS)}`);
  } else {
    process.stdout.write(text + '\n');
  }
  const raw = join(GENERATED, 'last-run.json');
  writeFileSync(
    raw,
    JSON.stringify(
      {
        env,
        corpus,
        generated,
        grows,
        lsp,
        bursts,
        start,
        openAndHover,
        cli,
        largestProcesses,
        largestMemory,
        vsix: { ...vsix, rows: undefined },
      },
      null,
      1,
    ),
  );
  log(`raw figures in ${raw}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
