/** `--format json`: the object documented in product.md (version 1), ranges 0-based as in LSP. */
import { renderOffers, type Language, type Severity } from '../engine';
import type { LineCharacterRange } from './positions';
import type { LintReport } from './report';

export interface JsonEdit {
  readonly path: string;
  readonly range: LineCharacterRange;
  readonly newText: string;
}

export interface JsonDiagnostic {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: LineCharacterRange;
  readonly fixes: readonly { readonly title: string; readonly edits: readonly JsonEdit[] }[];
}

export interface JsonOutput {
  readonly version: 1;
  readonly files: readonly { readonly path: string; readonly language: Language; readonly diagnostics: readonly JsonDiagnostic[] }[];
}

export function toJsonOutput(report: LintReport): JsonOutput {
  return {
    version: 1,
    files: report.files.map((file) => ({
      path: file.displayPath,
      language: file.language,
      diagnostics: file.findings.map((finding) => ({
        code: finding.code,
        severity: finding.severity,
        message: finding.message,
        range: report.positions.range(file.absPath, finding.range),
        fixes: renderOffers(finding.fixes).map((fix) => ({
          title: fix.title,
          edits: fix.edits.map((edit) => ({
            path: report.displayPath(edit.path),
            range: report.positions.range(edit.path, edit),
            newText: edit.newText,
          })),
        })),
      })),
    })),
  };
}

export function printJson(report: LintReport): string {
  return JSON.stringify(toJsonOutput(report), null, 2) + '\n';
}
