/**
 * `--format sarif`: SARIF 2.1.0 with one reporting descriptor per rule (from the engine's registry) plus the
 * engine's own codes, so every result's `ruleIndex` resolves. Columns are 1-based UTF-16 code units (SARIF's default).
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describeFinding, describeRules, DOCS_BASE_URL, renderOffers, type EngineRange, type Severity } from '../engine';
import type { LintReport } from './report';
import { SARIF_FINGERPRINT_KEY } from './baseline';

type SarifLevel = 'error' | 'warning' | 'note';

interface RuleEntry {
  readonly id: string;
  readonly title: string;
  readonly level: Severity;
  readonly helpUri?: string;
}

/** Codes the engine emits that are not rules in the registry. */
const ENGINE_CODES: readonly RuleEntry[] = [
  { id: 'syntax-error', title: 'The file does not parse; rules ran on what could be read.', level: 'error' },
  { id: 'internal-error', title: 'The analyzer failed on this file; please report it.', level: 'error' },
];

export function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'info' ? 'note' : severity;
}

export function toSarif(report: LintReport): object {
  const rules: RuleEntry[] = [
    ...describeRules().map((rule) => ({
      id: rule.id,
      title: rule.title,
      level: rule.defaultLevel,
      helpUri: DOCS_BASE_URL + rule.id + '.md',
    })),
    ...ENGINE_CODES,
  ];
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  // A code nobody registered (a newer engine) still gets a descriptor rather than a dangling ruleIndex.
  for (const file of report.files) {
    for (const finding of file.findings) {
      if (!index.has(finding.code)) {
        index.set(finding.code, rules.length);
        rules.push({ id: finding.code, title: finding.code, level: finding.severity });
      }
    }
  }

  const srcRoot = pathToFileURL(report.cwd.endsWith(path.sep) ? report.cwd : report.cwd + path.sep).href;
  const location = (absPath: string, range: EngineRange) => ({
    physicalLocation: {
      artifactLocation: artifactLocation(report.displayPath(absPath)),
      region: region(report, absPath, range),
    },
  });

  const results = report.files.flatMap((file) =>
    file.findings.map((finding) => ({
      ruleId: finding.code,
      ruleIndex: index.get(finding.code),
      level: sarifLevel(finding.severity),
      message: { text: describeFinding(finding) },
      locations: [location(file.absPath, finding.range)],
      // The baseline's fingerprint: code scanning then tracks a finding across edits above it, as --baseline does.
      ...(report.fingerprint ? { partialFingerprints: { [SARIF_FINGERPRINT_KEY]: report.fingerprint(finding) } } : {}),
      ...(finding.related.length > 0
        ? {
            relatedLocations: finding.related.map((related, i) => ({
              id: i + 1,
              ...location(related.path, related.range),
              message: { text: related.message },
            })),
          }
        : {}),
      // Rendered once per finding already (printedFixes.ts): asking again returns the same edits.
      ...(renderOffers(finding.fixes).length > 0
        ? {
            fixes: renderOffers(finding.fixes).map((fix) => ({
              description: { text: fix.title },
              artifactChanges: groupByPath(fix.edits).map(([editPath, edits]) => ({
                artifactLocation: artifactLocation(report.displayPath(editPath)),
                replacements: edits.map((edit) => ({
                  deletedRegion: region(report, editPath, edit),
                  insertedContent: { text: edit.newText },
                })),
              })),
            })),
          }
        : {}),
    })),
  );

  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'privatelink-lint',
            fullName: 'Azure Private Link Guidance',
            version: report.toolVersion,
            semanticVersion: report.toolVersion,
            informationUri: 'https://github.com/private-link-guidance/private-link-guidance',
            rules: rules.map((rule) => ({
              id: rule.id,
              name: pascalCase(rule.id),
              shortDescription: { text: rule.title },
              ...(rule.helpUri ? { helpUri: rule.helpUri } : {}),
              defaultConfiguration: { level: sarifLevel(rule.level) },
            })),
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: srcRoot } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

export function printSarif(report: LintReport): string {
  return JSON.stringify(toSarif(report), null, 2) + '\n';
}

function artifactLocation(displayPath: string): { uri: string; uriBaseId?: string } {
  if (path.isAbsolute(displayPath)) return { uri: pathToFileURL(displayPath).href };
  // Relative URIs with forward slashes, resolved against SRCROOT, as code-scanning services expect.
  const uri = displayPath.split(path.sep).map(encodeURIComponent).join('/');
  return { uri, uriBaseId: 'SRCROOT' };
}

function region(report: LintReport, absPath: string, range: EngineRange) {
  const { start, end } = report.positions.range(absPath, range);
  return {
    startLine: start.line + 1,
    startColumn: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
  };
}

function groupByPath<T extends { readonly path: string }>(edits: readonly T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const edit of edits) {
    const group = groups.get(edit.path);
    if (group) group.push(edit);
    else groups.set(edit.path, [edit]);
  }
  return [...groups];
}

function pascalCase(id: string): string {
  return id
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}
