/** Message pieces shared by rules: naming the parameter defaults (or parameter-file values) a finding depends on. */
import type { ValueNode } from '../../model/model';

export function describeParameterDefaults(node: ValueNode | undefined): string {
  const origins = node?.parameterDefaults ?? [];
  const fromDefaults = origins.filter((o) => !o.fromParameterFile).map((o) => o.name);
  const fromFiles = origins.filter((o) => o.fromParameterFile).map((o) => o.name);
  return parameterNote(fromDefaults, fromFiles);
}

/** " (This follows from the default value of parameter 'a', 'b' and the parameter file's value of 'c'.)" */
function parameterNote(fromDefaults: readonly string[], fromFiles: readonly string[]): string {
  const quoted = (names: readonly string[]): string => [...new Set(names)].map((name) => `'${name}'`).join(', ');
  const parts: string[] = [];
  if (fromDefaults.length > 0) parts.push(`the default value of parameter ${quoted(fromDefaults)}`);
  if (fromFiles.length > 0) parts.push(`the parameter file's value of ${quoted(fromFiles)}`);
  return parts.length === 0 ? '' : ` (This follows from ${parts.join(' and ')}.)`;
}

const NOTE = / \(This follows from (.*?)\.\)/g;
const DEFAULTS = /the default value of parameter ((?:'[^']*'(?:, )?)+)/;
const FILE_VALUES = /the parameter file's value of ((?:'[^']*'(?:, )?)+)/;

/**
 * The message with at most one parameter note, at its end, naming every parameter its notes named (each once).
 * Every finding passes through here (runRules), so a message composed of parts that each name their parameters
 * cannot repeat the sentence.
 */
export function withOneParameterNote(message: string): string {
  const notes = [...message.matchAll(NOTE)];
  if (notes.length === 0 || (notes.length === 1 && message.endsWith(notes[0][0]))) return message;
  const names = (pattern: RegExp): string[] =>
    notes.flatMap((note) => [...(pattern.exec(note[1])?.[1].matchAll(/'([^']*)'/g) ?? [])].map((m) => m[1]));
  return message.replace(NOTE, '') + parameterNote(names(DEFAULTS), names(FILE_VALUES));
}
