/** Entry point of `privatelink-lint` (bundled to dist/cli.js). */
import { runCli } from './cli/run';
import { endQuietlyWhenReaderCloses } from './cli/closedOutput';

endQuietlyWhenReaderCloses(process.stdout);
endQuietlyWhenReaderCloses(process.stderr);
process.exitCode = runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
