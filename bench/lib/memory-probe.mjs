// Child process of the benchmark: analyses one file once and reports memory. Run with --expose-gc.
// Prints JSON: baseline RSS and heap after loading the engine and reading the file, peak RSS over the process
// (getrusage maxRSS), and the V8 heap size right after the analysis (the heap has grown to hold the analysis' peak).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import v8 from 'node:v8';

const [enginePath, file] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const { analyzeDocument } = require(enginePath);
const text = readFileSync(file, 'utf8');
const host = {
  readFile: (p) => {
    try {
      return readFileSync(p, 'utf8');
    } catch {
      return undefined;
    }
  },
};
// A tiny analysis first, so the engine's lazily built tables are part of the baseline, not of the file's cost.
analyzeDocument({ path: 'warm.bicep', text: "param p string = 'x'\n" }, { host });
global.gc();
const before = process.memoryUsage();
const started = performance.now();
const result = analyzeDocument({ path: file, text }, { host });
const elapsed = performance.now() - started;
const heapAfter = v8.getHeapStatistics();
const after = process.memoryUsage();
global.gc();
const retained = process.memoryUsage();
process.stdout.write(
  JSON.stringify({
    findings: result.findings.length,
    elapsedMs: elapsed,
    rssBefore: before.rss,
    heapUsedBefore: before.heapUsed,
    maxRss: process.resourceUsage().maxRSS * 1024,
    heapTotalAfter: heapAfter.total_heap_size,
    heapUsedAfter: after.heapUsed,
    heapUsedRetained: retained.heapUsed,
  }),
);
