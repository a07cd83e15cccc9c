/**
 * One analysis: read the document into the shared model with the front end of its language, build the graph,
 * run the enabled rules, drop suppressed findings and render fixes. Never throws: whatever goes wrong becomes
 * a `syntax-error` or `internal-error` finding.
 */
import type { AnalysisOptions, AnalysisRequest, AnalysisResult, EngineFinding } from './api';
import { detectLanguage } from './detectLanguage';
import { SourceFile } from './model/sourceFile';
import type { DeploymentModel } from './model/model';
import { ResourceGraph } from './graph/resourceGraph';
import { getKnowledge } from './knowledge/knowledge';
import { RULES } from './rules/registry';
import { RawFinding, internalError, runRules } from './rules/framework/runRules';
import { SuppressionIndex, findSuppressionComments } from './suppressions';
import { renderFix } from './fixes/render';
import type { RenderedFix } from './fixes/fix';
import { buildModel } from './buildModel';
import { clearJsonTreeCache } from './fixes/jsonTree';
import { AnalysisContext } from './analysisContext';
import type { Location } from './model/model';
import { baseName, parameterNamesInMessage, parameterNote, parameterValueLocations } from './parameterNote';

import { DEFAULT_MAX_FILE_SIZE } from './hostFiles';
import { limitFindingsPerFile } from './findingLimit';

export { DEFAULT_MAX_FILE_SIZE };

export function analyzeDocument(request: AnalysisRequest, options: AnalysisOptions = {}): AnalysisResult {
  // Everything the analysis remembers lives on its context and dies with it, but for what the caller's analysis
  // cache keeps for the next analysis of the document (incremental/README.md).
  const analysis = new AnalysisContext({ text: request.text, cache: options.cache });
  try {
    return analyzeIn(analysis, request, options);
  } finally {
    // The fix writers' trees (fixes/jsonTree.ts) still live in their module until fix text is rendered lazily.
    clearJsonTreeCache();
  }
}

function analyzeIn(analysis: AnalysisContext, request: AnalysisRequest, options: AnalysisOptions): AnalysisResult {
  const language = request.language ?? detectLanguage(request.path, request.text);
  const files = new Map<string, string>([[request.path, request.text]]);
  if (!language) return { language: undefined, findings: [], files };
  const file = new SourceFile(request.path, request.text, language);
  const maxSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  if (request.text.length > maxSize) {
    const message = `File skipped: ${Math.round(request.text.length / 1024)} KB is above the ${Math.round(maxSize / 1024)} KB limit (setting privateLink.maxFileSizeKb).`;
    return { language, files, findings: [toEngineFinding({ code: 'syntax-error', severity: 'info', at: { file, span: { start: 0, end: 0 } }, message }, analysis)] };
  }
  let raw: RawFinding[];
  let model: DeploymentModel | undefined;
  try {
    model = buildModel(file, options, analysis);
    for (const f of model.files) files.set(f.path, f.text);
    raw = model.syntaxDiagnostics.map((d) => ({ code: 'syntax-error', severity: d.severity ?? 'error', at: d.loc, message: d.message }));
    const ruleFindings = runRules(RULES, model, new ResourceGraph(model, analysis), getKnowledge(), options.ruleLevels ?? {}, options.dns);
    raw.push(...withParameterFileNote(ruleFindings, model.root.parameterFiles, model.files, analysis));
  } catch (error) {
    raw = [internalError('the analysis', error, { file, span: { start: 0, end: 0 } })];
  }
  return { language, files, findings: limitFindingsPerFile(removeSuppressed(raw, model?.files ?? [file]), options.maxFindingsPerFile).map((finding) => toEngineFinding(finding, analysis)) };
}

/**
 * Findings computed with a parameter file's values say so, since they may not hold for other values, and point at
 * the parameter-file values their message names.
 */
function withParameterFileNote(findings: RawFinding[], parameterFiles: readonly string[] | undefined, files: readonly SourceFile[], analysis: AnalysisContext): RawFinding[] {
  if (!parameterFiles || parameterFiles.length === 0) return findings;
  const note = parameterNote(parameterFiles);
  let values: Map<string, Location> | undefined;
  return findings.map((f) => {
    const names = parameterNamesInMessage(f.message);
    if (names.length > 0) values ??= parameterValueLocations(files, parameterFiles, analysis);
    const related = names.flatMap((name) => {
      const loc = values?.get(name.toLowerCase());
      return loc ? [{ loc, message: `The value of parameter '${name}' in ${baseName(loc.file.path)}` }] : [];
    });
    return { ...f, message: `${f.message}${note}`, related: related.length > 0 ? [...(f.related ?? []), ...related] : f.related };
  });
}

function removeSuppressed(findings: RawFinding[], files: readonly SourceFile[]): RawFinding[] {
  const indexes = new Map<string, SuppressionIndex | undefined>();
  const indexFor = (file: SourceFile): SuppressionIndex | undefined => {
    if (!indexes.has(file.path)) {
      // A file that names no suppression directive suppresses nothing: skip the scan and the line index.
      indexes.set(file.path, mayHoldSuppressions(file) ? new SuppressionIndex(findSuppressionComments(file.text, file.language)) : undefined);
    }
    return indexes.get(file.path);
  };
  void files;
  return findings.filter((f) => {
    if (f.code === 'syntax-error') return true;
    const index = indexFor(f.at.file);
    return !index || !index.isSuppressed(f.code, f.at.file.lines.positionAt(f.at.span.start).line);
  });
}

/** Every comment that can suppress a finding contains one of these (see suppressions.ts). */
function mayHoldSuppressions(file: SourceFile): boolean {
  if (file.text.includes('privatelink-disable-next-line')) return true;
  return (file.language === 'bicep' || file.language === 'bicep-params') && file.text.includes('#disable-');
}

function toEngineFinding(finding: RawFinding, analysis: AnalysisContext): EngineFinding {
  const fixes: RenderedFix[] = [];
  for (const fix of finding.fixes ?? []) {
    try {
      const rendered = renderFix(fix, analysis);
      if (rendered) fixes.push(rendered);
    } catch {
      // A fix that cannot be written is not offered; the finding stands.
    }
  }
  return {
    code: finding.code,
    severity: finding.severity,
    message: finding.message,
    path: finding.at.file.path,
    range: { start: finding.at.span.start, end: finding.at.span.end },
    related: (finding.related ?? []).map((r) => ({ path: r.loc.file.path, range: { start: r.loc.span.start, end: r.loc.span.end }, message: r.message })),
    fixes,
  };
}
