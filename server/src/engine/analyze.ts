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

export const DEFAULT_MAX_FILE_SIZE = 8 * 1024 * 1024;

export function analyzeDocument(request: AnalysisRequest, options: AnalysisOptions = {}): AnalysisResult {
  const language = request.language ?? detectLanguage(request.path, request.text);
  const files = new Map<string, string>([[request.path, request.text]]);
  if (!language) return { language: undefined, findings: [], files };
  const file = new SourceFile(request.path, request.text, language);
  const maxSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  if (request.text.length > maxSize) {
    const message = `File skipped: ${Math.round(request.text.length / 1024)} KB is above the ${Math.round(maxSize / 1024)} KB limit (setting privateLink.maxFileSizeKb).`;
    return { language, files, findings: [toEngineFinding({ code: 'syntax-error', severity: 'info', at: { file, span: { start: 0, end: 0 } }, message })] };
  }
  let raw: RawFinding[];
  let model: DeploymentModel | undefined;
  try {
    model = buildModel(file, options);
    for (const f of model.files) files.set(f.path, f.text);
    raw = model.syntaxDiagnostics.map((d) => ({ code: 'syntax-error', severity: d.severity ?? 'error', at: d.loc, message: d.message }));
    const ruleFindings = runRules(RULES, model, new ResourceGraph(model), getKnowledge(), options.ruleLevels ?? {});
    raw.push(...withParameterFileNote(ruleFindings, model.root.parameterFiles));
  } catch (error) {
    raw = [internalError('the analysis', error, { file, span: { start: 0, end: 0 } })];
  }
  return { language, files, findings: removeSuppressed(raw, model?.files ?? [file]).map(toEngineFinding) };
}

/** Findings computed with a parameter file's values say so, since they may not hold for other values. */
function withParameterFileNote(findings: RawFinding[], parameterFiles: readonly string[] | undefined): RawFinding[] {
  if (!parameterFiles || parameterFiles.length === 0) return findings;
  const names = parameterFiles.map((p) => p.split(/[\\/]/).pop()).join(', ');
  return findings.map((f) => ({ ...f, message: `${f.message} [with parameters from ${names}]` }));
}

function removeSuppressed(findings: RawFinding[], files: readonly SourceFile[]): RawFinding[] {
  const indexes = new Map<string, SuppressionIndex>();
  const indexFor = (file: SourceFile): SuppressionIndex => {
    let index = indexes.get(file.path);
    if (!index) {
      index = new SuppressionIndex(findSuppressionComments(file.text, file.language));
      indexes.set(file.path, index);
    }
    return index;
  };
  void files;
  return findings.filter((f) => f.code === 'syntax-error' || !indexFor(f.at.file).isSuppressed(f.code, f.at.file.lines.positionAt(f.at.span.start).line));
}

function toEngineFinding(finding: RawFinding): EngineFinding {
  const fixes: RenderedFix[] = [];
  for (const fix of finding.fixes ?? []) {
    try {
      const rendered = renderFix(fix);
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
