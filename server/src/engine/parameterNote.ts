/**
 * Findings computed with a parameter file's values say so (`… [with parameters from main.parameters.json]`), and
 * point at the parameter-file values their message names. The editor and the CLI merge findings that differ only
 * by this note, listing every parameter file they hold for.
 */
import type { Location } from './model/model';
import type { AnalysisContext } from './analysisContext';
import { ModelBuilder } from './model/modelBuilder';
import type { SourceFile } from './model/sourceFile';
import { readParameterFile } from './arm/parameterFile';
import { readBicepParamFile } from './bicep/bicepParamFile';

const NOTE_START = ' [with parameters from ';

/** The note appended to a message computed with these parameter files (file names only). */
export function parameterNote(parameterFiles: readonly string[]): string {
  return parameterFiles.length === 0 ? '' : ` [with parameters from ${parameterFiles.map(baseName).join(', ')}]`;
}

/** A message without its parameter-file note, and the file names the note listed (empty when there was none). */
export function splitParameterNote(message: string): { readonly base: string; readonly parameterFiles: readonly string[] } {
  // Found by hand, not with /^([\s\S]*) \[with parameters from ([^\]]*)\]$/: messages quote template text, and that
  // pattern backtracks quadratically over a message repeating the note's start. The last note start wins, as there.
  const at = message.endsWith(']') ? message.lastIndexOf(NOTE_START) : -1;
  const list = at < 0 ? undefined : message.slice(at + NOTE_START.length, -1);
  if (list === undefined || list.includes(']')) return { base: message, parameterFiles: [] };
  return { base: message.slice(0, at), parameterFiles: list.split(', ').filter(Boolean) };
}

export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** Where each parameter's value is written in the parameter files of an analysis, by lower-cased name. */
export function parameterValueLocations(files: readonly SourceFile[], parameterFiles: readonly string[], analysis: AnalysisContext): Map<string, Location> {
  const locations = new Map<string, Location>();
  for (const file of files) {
    if (!parameterFiles.includes(file.path)) continue;
    const values = file.language === 'bicep-params' ? readBicepParamFile(file, analysis).values : file.language === 'arm-parameters' ? readParameterFile(file, new ModelBuilder(analysis)).values : undefined;
    for (const [name, provided] of values ?? []) if (provided.loc && !locations.has(name)) locations.set(name, provided.loc);
  }
  return locations;
}

const FROM_PARAMETER_FILE = /the parameter file's value of ((?:'[^']+'(?:, )?)+)/;

/** Names of the parameters whose parameter-file values a message says it follows from. */
export function parameterNamesInMessage(message: string): string[] {
  const match = FROM_PARAMETER_FILE.exec(message);
  return match ? [...match[1].matchAll(/'([^']+)'/g)].map((m) => m[1]) : [];
}
