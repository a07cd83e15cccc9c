/** Entry point of the GitHub Action (bundled to dist/action.js; action.yml runs the committed copy in action/). */
import { runAction } from './action/runAction';

process.exitCode = runAction({
  env: process.env,
  cwd: process.env.GITHUB_WORKSPACE ?? process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
