/** Runs the bundled `privatelink-lint` (dist/cli.js) as a child process, the way users and CI do. */
import { spawnSync } from 'node:child_process';
import { distCli, requireBuilt } from './paths';

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], options: { cwd: string }): CliRun {
  const result = spawnSync(process.execPath, [requireBuilt(distCli), ...args], {
    cwd: options.cwd,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
