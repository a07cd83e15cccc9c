/** `--format json`: the object documented in product.md (version 1), ranges 0-based as in LSP. */
import { describeFinding, renderOffers, type BasedOnValue, type EngineLocation, type Language, type Severity } from '../engine';
import type { LineCharacterRange } from './positions';
import type { LintReport } from './report';
import { jsonMaps, type JsonMap } from './printMap';

export interface JsonEdit {
  readonly path: string;
  readonly range: LineCharacterRange;
  readonly newText: string;
}

/** A parameter value the finding follows from: the template's default, or a parameter file's value. */
export interface JsonBasedOn {
  readonly parameter: string;
  readonly source: BasedOnValue['source'];
  /** Where the value is written. */
  readonly path: string;
  readonly range: LineCharacterRange;
}

export interface JsonDiagnostic {
  readonly code: string;
  readonly severity: Severity;
  /** The whole message, naming what `basedOn` and `parameterFiles` list. */
  readonly message: string;
  readonly range: LineCharacterRange;
  readonly fixes: readonly { readonly title: string; readonly edits: readonly JsonEdit[] }[];
  /** Present when the finding follows from parameter defaults or parameter-file values (other values may not give it). */
  readonly basedOn?: readonly JsonBasedOn[];
  /** Present when the finding was computed with parameter files (every one it holds for). */
  readonly parameterFiles?: readonly string[];
  /** Present when the finding follows from arguments callers pass (a module used by two calls lists both). */
  readonly causedBy?: readonly JsonCallCause[];
  /** Present on the finding repeated at a caller's argument: where the finding it causes is. */
  readonly causes?: JsonLocation;
}

export interface JsonLocation {
  readonly path: string;
  readonly range: LineCharacterRange;
}

/** A caller's argument the finding follows from: the call (module declaration, deployment resource) and the value. */
export interface JsonCallCause {
  readonly parameter: string;
  readonly call: JsonLocation;
  readonly argument: JsonLocation;
  /** The argument is written as a literal, so the fix belongs there. */
  readonly literal: boolean;
}

export interface JsonOutput {
  readonly version: 1;
  readonly files: readonly { readonly path: string; readonly language: Language; readonly diagnostics: readonly JsonDiagnostic[] }[];
  /** With `--map`: the Private Link map of each analysed deployment. */
  readonly maps?: readonly JsonMap[];
}

export function toJsonOutput(report: LintReport): JsonOutput {
  const location = (at: EngineLocation): JsonLocation => ({
    path: report.displayPath(at.path),
    range: report.positions.range(at.path, at.range),
  });
  return {
    version: 1,
    files: report.files.map((file) => ({
      path: file.displayPath,
      language: file.language,
      diagnostics: file.findings.map((finding) => ({
        code: finding.code,
        severity: finding.severity,
        message: describeFinding(finding),
        range: report.positions.range(file.absPath, finding.range),
        fixes: renderOffers(finding.fixes).map((fix) => ({
          title: fix.title,
          edits: fix.edits.map((edit) => ({
            path: report.displayPath(edit.path),
            range: report.positions.range(edit.path, edit),
            newText: edit.newText,
          })),
        })),
        ...(finding.basedOn.length > 0
          ? {
              basedOn: finding.basedOn.map((value) => ({
                parameter: value.parameter,
                source: value.source,
                path: report.displayPath(value.path),
                range: report.positions.range(value.path, value.range),
              })),
            }
          : {}),
        ...(finding.parameterFiles.length > 0 ? { parameterFiles: finding.parameterFiles.map((p) => report.displayPath(p)) } : {}),
        ...(finding.causedBy && finding.causedBy.length > 0
          ? {
              causedBy: finding.causedBy.map((cause) => ({
                parameter: cause.parameter,
                call: location(cause.call),
                argument: location(cause.argument),
                literal: cause.literal,
              })),
            }
          : {}),
        ...(finding.causes ? { causes: location(finding.causes) } : {}),
      })),
    })),
    ...(report.maps ? { maps: jsonMaps(report) } : {}),
  };
}

export function printJson(report: LintReport): string {
  return JSON.stringify(toJsonOutput(report), null, 2) + '\n';
}
