/**
 * The CLI called in this process (`runCli` of server/src/cli/run.ts, the function dist/cli.js calls), its output
 * captured. Mutation testing's coverage sees only code run in the test's own process, so the tests of the run loop,
 * exit statuses and usage errors use this; the bundle itself is tested as a child process (support/cli.ts). Kept
 * apart from support/cli.ts so that the tests that start the bundle do not load the CLI's modules too.
 */
import { runCli } from '../../server/src/cli/run';
import type { CliRun } from './cli';

export function runCliInProcess(args: readonly string[], options: { cwd: string }): CliRun & { readonly status: number } {
  let stdout = '';
  let stderr = '';
  const status = runCli(args, {
    cwd: options.cwd,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { status, stdout, stderr };
}
