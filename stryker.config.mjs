// Mutation testing (`npm run mutate`, `npm run mutate -- <files>`): StrykerJS plants small defects (mutants) in a
// copy of the sources and runs, for each, the test files that reach the mutated code. A mutant no test notices
// points at a behaviour the suite does not check. Results: reports/mutation/ (HTML and JSON); the summary with its
// date and commit is kept in test/MUTATION.md. Not part of `npm test` or CI: a full run takes long on two cores.
//
// How it fits this repository: the tests run compiled (out/test/**), so Stryker instruments the TypeScript sources in
// its sandbox, `buildCommand` compiles them (and bundles dist/, which the CLI and server tests start as processes),
// and the tap runner runs Node's test files, which print TAP. Coverage is per test file, so each mutant runs only the
// files that executed it. Code reached only inside a child process (dist/cli.js, dist/server.js) is not seen by that
// coverage: such mutants count as "no coverage" even when a process-level test would catch them.
const FILES_GIVEN = process.env.PRIVATELINK_MUTATE?.split(',').filter(Boolean);
const TESTS_GIVEN = process.env.PRIVATELINK_MUTATE_TESTS?.split(',').filter(Boolean);

/** The areas the suite is measured on (issue "Tests that catch defects"). */
const AREAS = [
  'server/src/engine/rules/**/*.ts',
  'server/src/engine/evaluate/**/*.ts',
  'server/src/engine/arm/expression/**/*.ts',
  'server/src/engine/bicep/bicepEvaluator.ts',
  'server/src/engine/fixes/**/*.ts',
  'server/src/engine/suppressions.ts',
  'server/src/cli/**/*.ts',
  'server/src/node/fixLoop.ts',
];

export default {
  testRunner: 'tap',
  tap: {
    // Not the security meta-test (it scans for `Function(`, which Stryker's instrumentation adds) nor the action bundle
    // check (the instrumented sources never give the committed bundle).
    testFiles: TESTS_GIVEN ?? ['out/test/{engine,rules,acceptance,lsp,cli,fuzz,action}/**/*.test.js', 'out/test/meta/!(security|actionBundle).test.js'],
    nodeArgs: ['--test-reporter=tap'],
    forceBail: true,
  },
  buildCommand: 'npm run build',
  mutate: FILES_GIVEN ?? AREAS,
  coverageAnalysis: 'perTest',
  ignorePatterns: ['out', 'dist', '.e2e', 'reports', '*.vsix', '*.tgz', 'test-results', '.vscode-test'],
  concurrency: 2,
  timeoutMS: 60_000,
  // The first run executes every test file once with coverage: minutes on two cores, more while other work runs.
  dryRunTimeoutMinutes: 30,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
