/**
 * A tiny test runner for the extension host (no mocha: nothing to install for it). Tests register with `test()`
 * and run one after another in registration order; `runRegisteredTests()` reports each one and a closing
 * "N passed, N failed" line. Waiting is always `waitFor` with a deadline, never a fixed sleep.
 */
import * as vscode from 'vscode';

type TestBody = () => Promise<void> | void;
interface RegisteredTest {
  readonly name: string;
  readonly body: TestBody;
}

const registered: RegisteredTest[] = [];
let currentGroup = '';

export function group(name: string, define: () => void): void {
  const previous = currentGroup;
  currentGroup = previous ? `${previous} › ${name}` : name;
  try {
    define();
  } finally {
    currentGroup = previous;
  }
}

export function test(name: string, body: TestBody): void {
  registered.push({ name: currentGroup ? `${currentGroup} › ${name}` : name, body });
}

export interface RunSummary {
  readonly passed: number;
  readonly failed: number;
  readonly failures: readonly string[];
}

export async function runRegisteredTests(log: (line: string) => void = (line) => console.log(line)): Promise<RunSummary> {
  const only = process.env.PRIVATELINK_E2E_GREP ? new RegExp(process.env.PRIVATELINK_E2E_GREP) : undefined;
  let passed = 0;
  let failed = 0;
  const failures: string[] = [];
  log(
    `e2e suite in ${vscode.env.appName} ${vscode.version} (uiKind ${vscode.UIKind[vscode.env.uiKind]}, remote ${vscode.env.remoteName ?? 'none'}, node ${process.version})`,
  );
  for (const { name, body } of registered) {
    if (only && !only.test(name)) continue;
    const started = Date.now();
    try {
      await body();
      passed++;
      log(`  ✔ ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed++;
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      failures.push(`${name}: ${detail}`);
      log(`  ✘ ${name} (${Date.now() - started} ms)\n${indent(detail)}`);
    }
  }
  log(`${passed} passed, ${failed} failed`);
  return { passed, failed, failures };
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `      ${line}`)
    .join('\n');
}

/** Polls `get` until `accept` holds, or fails after `timeoutMs` with the last value in the message. */
export async function waitFor<T>(
  what: string,
  get: () => T | Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 20_000,
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await get();
      if (accept(last)) return last;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const seen = lastError ? `error ${String(lastError)}` : `last value ${describe(last)}`;
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; ${seen}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

function describe(value: unknown): string {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? String(value) : text.length > 600 ? `${text.slice(0, 600)}…` : text;
  } catch {
    return String(value);
  }
}
