/**
 * What a finding rests on, and the one place that puts it into words. Rules say which parameter defaults and
 * parameter-file values a finding was computed from (`basedOn`), the analysis says which parameter files it used
 * (`parameterFiles`); the faces (editor, CLI) show `describeFinding`, and merge findings by comparing this data.
 */
import type { BasedOnValue, EngineFinding } from './api';

/** The part of a finding its full message is made of. */
export type FindingProvenance = Pick<EngineFinding, 'message' | 'basedOn' | 'parameterFiles'>;

/**
 * The message as users read it: "<message> (This follows from the default value of parameter 'a' and the parameter
 * file's value of 'b'.) [with parameters from main.parameters.json]".
 */
export function describeFinding(finding: FindingProvenance): string {
  return finding.message + basedOnSentence(finding.basedOn) + parameterFilesNote(finding.parameterFiles);
}

/** " (This follows from the default value of parameter 'a', 'b' and the parameter file's value of 'c'.)", or ''. */
function basedOnSentence(basedOn: readonly BasedOnValue[]): string {
  const { defaults, fileValues } = parameterNames(basedOn);
  const quoted = (names: readonly string[]): string => names.map((name) => `'${name}'`).join(', ');
  const parts: string[] = [];
  if (defaults.length > 0) parts.push(`the default value of parameter ${quoted(defaults)}`);
  if (fileValues.length > 0) parts.push(`the parameter file's value of ${quoted(fileValues)}`);
  return parts.length === 0 ? '' : ` (This follows from ${parts.join(' and ')}.)`;
}

/** The parameters named, each once, in the order the finding gave them: defaults, then parameter-file values. */
function parameterNames(basedOn: readonly BasedOnValue[]): {
  readonly defaults: readonly string[];
  readonly fileValues: readonly string[];
} {
  const names = (source: BasedOnValue['source']): string[] => [
    ...new Set(basedOn.filter((b) => b.source === source).map((b) => b.parameter)),
  ];
  return { defaults: names('default'), fileValues: names('parameterFile') };
}

/** " [with parameters from a.parameters.json, b.bicepparam]" (file names only, each once, sorted), or ''. */
function parameterFilesNote(parameterFiles: readonly string[]): string {
  // Sorted, so that a finding merged from several analyses reads the same whatever order they ran in.
  const names = [...new Set(parameterFiles.map(baseName))].sort();
  return names.length === 0 ? '' : ` [with parameters from ${names.join(', ')}]`;
}

/**
 * Findings that differ only by the parameter files they were computed with have the same key (the editor and the
 * CLI list them once, naming every parameter file). Where parameter-file values sit is left out: each parameter
 * file writes its own.
 */
export function keyWithoutParameterFiles(finding: FindingProvenance): string {
  const { defaults, fileValues } = parameterNames(finding.basedOn);
  return JSON.stringify([finding.message, defaults, fileValues]);
}

export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
