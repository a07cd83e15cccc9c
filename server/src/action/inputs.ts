/** The action's inputs, read from the environment the way GitHub passes them (`INPUT_<NAME>`), checked once. */

/** The lowest finding level that fails the job; `never`: the job never fails on findings (only on usage errors). */
export type FailOn = 'error' | 'warning' | 'info' | 'never';

export interface ActionInputs {
  /** Files and folders to analyse, relative to the workspace. */
  readonly paths: readonly string[];
  readonly config?: string;
  readonly parameters?: string;
  /** A baseline written by `privatelink-lint --write-baseline`: its findings are not reported. */
  readonly baseline?: string;
  readonly failOn: FailOn;
  /** Where the SARIF report is written (for code scanning); undefined: none. */
  readonly sarifFile?: string;
  /** Print each finding as a workflow annotation (shown on the pull request's changed lines). */
  readonly annotations: boolean;
  /** Append the Private Link map (Mermaid) of the analysed deployments to the job summary. */
  readonly map: boolean;
}

export class InputError extends Error {
  override name = 'InputError';
}

const FAIL_ON: ReadonlySet<string> = new Set(['error', 'warning', 'info', 'never']);

/** GitHub's rule: the input's name upper-cased, spaces replaced by underscores (hyphens stay). */
function input(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`]?.trim();
  return value === '' ? undefined : value;
}

function booleanInput(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = input(env, name);
  if (value === undefined) return fallback;
  if (/^(true|yes|1)$/i.test(value)) return true;
  if (/^(false|no|0)$/i.test(value)) return false;
  throw new InputError(`input '${name}' must be true or false, not '${value}'`);
}

export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  // One path per line or separated by spaces, as YAML block scalars make it natural to write them.
  const paths = (input(env, 'paths') ?? '.').split(/\s+/).filter(Boolean);
  const failOn = (input(env, 'fail-on') ?? 'error').toLowerCase();
  if (!FAIL_ON.has(failOn)) throw new InputError(`input 'fail-on' must be error, warning, info or never, not '${failOn}'`);
  return {
    paths,
    config: input(env, 'config'),
    parameters: input(env, 'parameters'),
    baseline: input(env, 'baseline'),
    failOn: failOn as FailOn,
    sarifFile: input(env, 'sarif-file'),
    annotations: booleanInput(env, 'annotations', true),
    map: booleanInput(env, 'map', true),
  };
}
