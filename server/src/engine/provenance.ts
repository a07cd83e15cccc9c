/**
 * What a finding rests on, and the one place that puts it into words. Rules say which parameter defaults and
 * parameter-file values a finding was computed from (`basedOn`), the analysis says which parameter files it used
 * (`parameterFiles`); the faces (editor, CLI) show `describeFinding`, and merge findings by comparing this data.
 */
import type { BasedOnValue, EngineFinding } from './api';
import type { Location } from './model/model';

/** The part of a finding its full message is made of (its path, when given, picks the quoting of the file's language). */
export type FindingProvenance = Pick<EngineFinding, 'message' | 'basedOn' | 'parameterFiles'> & { readonly path?: string };

/**
 * The message as users read it, still one sentence: what it rests on goes in parentheses before its final period,
 * "<message> (from the default values of parameters 'a' and 'b' and the value of 'c' in a parameter file; with
 * parameters from main.parameters.json)." Names are quoted as the finding's file quotes values: "a" in ARM JSON.
 */
export function describeFinding(finding: FindingProvenance): string {
  const quote = quoteFor(finding.path);
  const notes = [basedOnNote(finding.basedOn, quote), parameterFilesNote(finding.parameterFiles)].filter((note) => note !== '');
  if (notes.length === 0) return finding.message;
  const { body, end } = splitFinalPunctuation(finding.message);
  return `${body} (${notes.join('; ')})${end}`;
}

/** The message without its final period (or question mark), and that mark ('.' when it has none). */
function splitFinalPunctuation(message: string): { body: string; end: string } {
  const last = message.charAt(message.length - 1);
  return last === '.' || last === '?' ? { body: message.slice(0, -1), end: last } : { body: message, end: '.' };
}

/** ARM JSON quotes values with ", Bicep (and a finding without a path) with '. */
function quoteFor(path: string | undefined): string {
  return path !== undefined && /\.jsonc?$/i.test(path) ? '"' : "'";
}

/** "from the default value of parameter 'a' and the value of 'b' in a parameter file", or ''. */
function basedOnNote(basedOn: readonly BasedOnValue[], quote: string): string {
  const { defaults, fileValues } = parameterNames(basedOn);
  const parts: string[] = [];
  if (defaults.length > 0)
    parts.push(`the default ${defaults.length === 1 ? 'value of parameter' : 'values of parameters'} ${inWords(defaults, quote)}`);
  if (fileValues.length > 0)
    parts.push(`the parameter file's ${fileValues.length === 1 ? 'value' : 'values'} of ${inWords(fileValues, quote)}`);
  return parts.length === 0 ? '' : `from ${parts.join(' and ')}`;
}

/** "'a'", "'a' and 'b'", "'a', 'b' and 'c'". */
export function inWords(names: readonly string[], quote = "'"): string {
  const quoted = names.map((name) => `${quote}${name}${quote}`);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
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

/** "with parameters from a.parameters.json and b.bicepparam" (file names only, each once, sorted), or ''. */
function parameterFilesNote(parameterFiles: readonly string[]): string {
  // Sorted, so that a finding merged from several analyses reads the same whatever order they ran in.
  const names = [...new Set(parameterFiles.map(baseName))].sort();
  if (names.length === 0) return '';
  return `with parameters from ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`}`;
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

/** Where a place is, as messages name it: "main.bicep line 12" (1-based line of its start). */
export function placeOf(loc: Location): string {
  return `${baseName(loc.file.path)} line ${loc.file.lines.positionAt(loc.span.start).line + 1}`;
}
