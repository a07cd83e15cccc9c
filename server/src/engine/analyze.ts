/**
 * One analysis: read the document into the shared model with the front end of its language, build the graph,
 * run the enabled rules, drop suppressed findings and offer fixes (rendered on demand). Never throws: whatever goes wrong becomes
 * a `syntax-error` or `internal-error` finding.
 */
import type { AnalysisOptions, AnalysisRequest, AnalysisResult, EngineFinding, EngineRange, RelatedLocation } from './api';
import { detectLanguage } from './detectLanguage';
import { SourceFile } from './model/sourceFile';
import type { DeploymentModel, Location } from './model/model';
import { ResourceGraph } from './graph/resourceGraph';
import { getKnowledge } from './knowledge/knowledge';
import { RULES } from './rules/registry';
import { RawFinding, internalError, runRules } from './rules/framework/runRules';
import { suppressionIndexFor, type SuppressionIndex } from './suppressions';
import { offerFixes } from './fixes/render';
import { FixRenderSession } from './fixes/renderSession';
import { buildModel } from './buildModel';
import { AnalysisContext } from './analysisContext';
import { baseName } from './provenance';

import { DEFAULT_MAX_FILE_SIZE } from './hostFiles';
import { limitFindingsPerFile } from './findingLimit';
import { AnalysisSnapshot } from './hover/analysisSnapshot';

export { DEFAULT_MAX_FILE_SIZE };

export function analyzeDocument(request: AnalysisRequest, options: AnalysisOptions = {}): AnalysisResult {
  // Everything the analysis remembers lives on its context and dies with it, but for what the caller's analysis
  // cache keeps for the next analysis of the document (incremental/README.md).
  const analysis = new AnalysisContext({ text: request.text, cache: options.cache });
  return analyzeIn(analysis, request, options);
}

function analyzeIn(analysis: AnalysisContext, request: AnalysisRequest, options: AnalysisOptions): AnalysisResult {
  const language = request.language ?? detectLanguage(request.path, request.text);
  const files = new Map<string, string>([[request.path, request.text]]);
  if (!language) return { language: undefined, findings: [], files };
  const file = new SourceFile(request.path, request.text, language);
  const maxSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  if (request.text.length > maxSize) {
    const message = `File skipped: ${Math.round(request.text.length / 1024)} KB is above the ${Math.round(maxSize / 1024)} KB limit (setting privateLink.maxFileSizeKb).`;
    const snapshot = options.keepSnapshot
      ? new AnalysisSnapshot(request.path, language, [file], undefined, undefined, options.dns)
      : undefined;
    return {
      language,
      files,
      findings: [
        toEngineFinding({ code: 'syntax-error', severity: 'info', at: { file, span: { start: 0, end: 0 } }, message }, newSession),
      ],
      snapshot,
    };
  }
  let raw: RawFinding[];
  let model: DeploymentModel | undefined;
  let graph: ResourceGraph | undefined;
  try {
    model = buildModel(file, options, analysis);
    for (const f of model.files) files.set(f.path, f.text);
    raw = model.syntaxDiagnostics.map((d) => ({ code: 'syntax-error', severity: d.severity ?? 'error', at: d.loc, message: d.message }));
    graph = new ResourceGraph(model, analysis);
    const ruleFindings = runRules(RULES, model, graph, getKnowledge(), options.ruleLevels ?? {}, options.dns, options.beingTyped);
    // Rule findings were computed with the parameter files' values, and may not hold for other values.
    const parameterFiles = model.root.parameterFiles ?? [];
    raw.push(...(parameterFiles.length === 0 ? ruleFindings : ruleFindings.map((f) => ({ ...f, parameterFiles }))));
  } catch (error) {
    raw = [internalError('the analysis', error, { file, span: { start: 0, end: 0 } })];
    graph = undefined;
  }
  // One render session for the fixes of this analysis, made when the first of them is asked for.
  let session: FixRenderSession | undefined;
  const sessionOf = (): FixRenderSession => (session ??= new FixRenderSession());
  const kept = limitFindingsPerFile(removeSuppressed(raw, model?.files ?? [file]), options.maxFindingsPerFile);
  const findings = kept.map((finding) => toEngineFinding(finding, sessionOf));
  const snapshot = options.keepSnapshot
    ? new AnalysisSnapshot(request.path, language, model?.files ?? [file], graph && model, graph, options.dns)
    : undefined;
  return { language, files, findings, snapshot };
}

function removeSuppressed(findings: RawFinding[], files: readonly SourceFile[]): RawFinding[] {
  const indexes = new Map<string, SuppressionIndex | undefined>();
  const indexFor = (file: SourceFile): SuppressionIndex | undefined => {
    if (!indexes.has(file.path)) {
      indexes.set(file.path, suppressionIndexFor(file.text, file.language));
    }
    return indexes.get(file.path);
  };
  void files;
  return findings.filter((f) => {
    if (f.code === 'syntax-error') return true;
    const index = indexFor(f.at.file);
    return !index || !index.isSuppressed(f.code, f.at.file.lines.positionAt(f.at.span.start).line, f.at.span.start);
  });
}

function newSession(): FixRenderSession {
  return new FixRenderSession();
}

function toEngineFinding(finding: RawFinding, session: () => FixRenderSession): EngineFinding {
  const fixes = offerFixes(finding.fixes, session);
  return {
    code: finding.code,
    severity: finding.severity,
    message: finding.message,
    basedOn: (finding.basedOn ?? []).map((o) => ({
      parameter: o.name,
      source: o.fromParameterFile ? 'parameterFile' : 'default',
      path: o.loc.file.path,
      range: rangeOf(o.loc),
    })),
    parameterFiles: finding.parameterFiles ?? [],
    path: finding.at.file.path,
    range: rangeOf(finding.at),
    related: [
      ...(finding.related ?? []).map((r) => ({ path: r.loc.file.path, range: rangeOf(r.loc), message: r.message })),
      ...parameterFileValues(finding),
    ],
    fixes,
  };
}

/** The parameter-file values a finding follows from, to point at beside it. */
function parameterFileValues(finding: RawFinding): RelatedLocation[] {
  return (finding.basedOn ?? [])
    .filter((o) => o.fromParameterFile)
    .map((o) => ({
      path: o.loc.file.path,
      range: rangeOf(o.loc),
      message: `The value of parameter '${o.name}' in ${baseName(o.loc.file.path)}`,
    }));
}

function rangeOf(loc: Location): EngineRange {
  return { start: loc.span.start, end: loc.span.end };
}
