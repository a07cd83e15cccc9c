/**
 * Checks that a `--parameters` file has the shape of an ARM parameter file before it is applied: one whose values
 * would be ignored (a bare object of values, `parameters` not an object, an entry without `value` or `reference`)
 * is an error, not an analysis that silently uses the template's defaults. Syntax errors are left to the engine,
 * which reports them in the file.
 */
import { parseBoundedJson } from '../node/boundedJson';

/** What is wrong with the file's shape, or undefined when it is an ARM parameter file (or not JSON at all). */
export function parameterFileShapeProblem(text: string): string | undefined {
  const parsed = parseBoundedJson(text);
  if (!parsed.ok) return parsed.problem.startsWith('not valid JSON') ? undefined : parsed.problem;
  const root = parsed.value;
  const expected = 'expected an ARM parameter file like { "parameters": { "<name>": { "value": … } } }';
  if (!isPlainObject(root)) return `not an object; ${expected}`;
  const parameters = member(root, 'parameters');
  if (parameters === undefined) return `no "parameters" object; ${expected}`;
  if (!isPlainObject(parameters)) return `"parameters" is not an object; ${expected}`;
  for (const [name, entry] of Object.entries(parameters)) {
    if (!isPlainObject(entry) || (member(entry, 'value') === undefined && member(entry, 'reference') === undefined)) {
      return `parameter ${JSON.stringify(name)} has neither "value" nor "reference"; ${expected}`;
    }
  }
  return undefined;
}

/** Property names are case-insensitive in ARM, as in the engine's reader; the last of a name wins. */
function member(object: Record<string, unknown>, name: string): unknown {
  let found: unknown;
  for (const [key, value] of Object.entries(object)) if (key.toLowerCase() === name) found = value;
  return found;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
