/**
 * How the server uses V8's heap while the user types. Analysing a large template allocates 10–20 MB, most of it
 * dead once the diagnostics are out. When V8's young generation fills up during an analysis it stops to copy
 * everything still alive (the analysis' own tree and model) and promotes it, which later costs a full collection:
 * on a 10k-line template that was a fifth of the analysis time and most of the slowest keystrokes.
 *
 * So: a young generation big enough for one analysis, and (when the runtime exposes `gc`, as it does with the
 * options the VS Code client passes) a minor collection in the pause after the diagnostics are published: the user
 * is between keystrokes, and the debounce keeps the next analysis waiting anyway. The next analysis then starts with
 * an empty young generation and usually finishes without a collection. And no allocation-site pretenuring: the
 * analysis cache keeps some objects from the same allocation sites that make each analysis' short-lived ones, and
 * V8 then allocated all of them in the old generation, which filled with garbage (on the generated 10k-line Bicep
 * template, p95 latency fell from about 70 to about 47 ms without it). All best-effort: without them the server
 * works as before.
 */
import * as v8 from 'node:v8';

/**
 * Megabytes per semi-space (V8 grows it up to 16 by default); the young generation uses about three times this.
 * The VS Code client passes the same size on the command line (client/src/serverProcess.ts), with `--expose-gc`.
 */
export const SEMI_SPACE_MB = 32;

type Collect = (options: { type: 'minor' | 'major' }) => void;

/**
 * Sizes the young generation (when the process was not started with SERVER_EXEC_ARGV) and returns a way to ask for a
 * minor collection, when the runtime exposes one (`--expose-gc`).
 */
export function configureHeap(): (() => void) | undefined {
  try {
    v8.setFlagsFromString(`--max-semi-space-size=${SEMI_SPACE_MB}`);
    v8.setFlagsFromString('--no-allocation-site-pretenuring');
  } catch {
    // Best effort: V8 keeps its default.
  }
  const collect = (globalThis as { gc?: Collect }).gc;
  return typeof collect === 'function' ? () => collect({ type: 'minor' }) : undefined;
}

/** Runs a minor collection once the server has nothing left to do, at most once per burst of work. */
export class IdleCollector {
  private pending: NodeJS.Immediate | undefined;

  constructor(
    private readonly collect: (() => void) | undefined,
    private readonly isIdle: () => boolean,
  ) {}

  /** Called when a batch of results has been published. */
  workDone(): void {
    if (!this.collect || this.pending) return;
    this.pending = setImmediate(() => {
      this.pending = undefined;
      if (!this.isIdle()) return;
      try {
        this.collect?.();
      } catch {
        // Best effort: a runtime that refuses leaves the collection to V8.
      }
    });
  }
}
