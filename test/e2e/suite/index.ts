/**
 * Entry point of the extension-host suite (`extensionTestsPath` = out/test/e2e/suite/index.js). VS Code loads it in
 * the extension host and awaits `run()`, under @vscode/test-electron as under code-server: a rejection is a failure.
 */
import { runRegisteredTests } from './harness';
import './extension.test';

export async function run(): Promise<void> {
  const summary = await runRegisteredTests();
  if (summary.passed + summary.failed === 0) throw new Error('No e2e test ran.');
  if (summary.failed > 0) throw new Error(`${summary.failed} e2e test(s) failed:\n${summary.failures.join('\n')}`);
}
