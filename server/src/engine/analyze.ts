/**
 * One analysis: read the document into the shared model with the front end of its language, build the graph,
 * run the enabled rules, drop suppressed findings and offer fixes (rendered on demand). Never throws: whatever goes wrong becomes
 * a `syntax-error` or `internal-error` finding.
 */
import type {
  AnalysisOptions,
  AnalysisRequest,
  AnalysisResult,
  CallCause,
  EngineFinding,
  EngineLocation,
  EngineRange,
  RelatedLocation,
} from './api';
import { detectLanguage } from './detectLanguage';
import { SourceFile } from './model/sourceFile';
import type { DeploymentModel, Location } from './model/model';
import { ResourceGraph } from './graph/resourceGraph';
import { getKnowledge } from './knowledge/knowledge';
import { RULES } from './rules/registry';
import { RawFinding, internalError, runRules } from './rules/framework/runRules';
import { quotedForLanguage, singleQuoted } from './rules/framework/messageQuoting';
import { suppressionIndexFor, type SuppressionIndex } from './suppressions';
import { offerFixes } from './fixes/render';
import { FixRenderSession } from './fixes/renderSession';
import { buildModel } from './buildModel';
import { AnalysisContext } from './analysisContext';
import { baseName, placeOf } from './provenance';

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
  const unsuppressed = removeSuppressed(raw, model?.files ?? [file]);
  const kept = limitFindingsPerFile([...unsuppressed, ...argumentFindings(unsuppressed)], options.maxFindingsPerFile);
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
  const suppressedAt = (code: string, loc: Location): boolean => {
    const index = indexFor(loc.file);
    return index !== undefined && index.isSuppressed(code, loc.file.lines.positionAt(loc.span.start).line, loc.span.start);
  };
  return findings.filter((f) => {
    if (f.code === 'syntax-error') return true;
    if (suppressedAt(f.code, f.at)) return false;
    // A suppression at a call (above the module declaration, in the deployment resource's "comments") or at one of
    // its arguments silences what that call's arguments cause in the module, and nothing another call causes.
    return !(f.basedOn ?? []).some((o) => o.passedBy && (suppressedAt(f.code, o.passedBy.call) || suppressedAt(f.code, o.loc)));
  });
}

/**
 * A finding in a module caused by a caller's literal argument is repeated at that argument, where the fix belongs
 * (the module is right for other values). It is an engine finding, so the CLI lists it too; it is marked `causes`
 * (the finding it repeats) so that baselines leave it out and the faces never count one mistake twice. An argument
 * that is itself computed (a variable, a parameter, an expression) gets none: the fix may belong elsewhere.
 */
function argumentFindings(findings: readonly RawFinding[]): RawFinding[] {
  const repeated: RawFinding[] = [];
  for (const finding of findings) {
    // A finding that also rests on a parameter default or a parameter file's value may well be fixed there instead.
    if ((finding.basedOn ?? []).some((o) => !o.passedBy)) continue;
    for (const origin of finding.basedOn ?? []) {
      // In the same file the finding itself is in sight (an ARM nested deployment written inline).
      if (!origin.passedBy?.literal || origin.loc.file.path === finding.at.file.path) continue;
      const where = placeOf(finding.at);
      repeated.push({
        code: finding.code,
        severity: finding.severity,
        at: origin.loc,
        // Quoted as the caller's file quotes, where this finding is shown (the module's message may be JSON's).
        message: quotedForLanguage(
          `The value passed here as '${origin.name}' causes this finding in ${where}: ${singleQuoted(finding.message)}`,
          origin.loc.file.language,
        ),
        // The call stays a cause (`causedBy`), so the faces can offer to disable the rule for this call.
        basedOn: [origin],
        parameterFiles: finding.parameterFiles,
        related: [{ loc: finding.at, message: `The finding in ${where}` }],
        causes: finding.at,
      });
    }
  }
  return repeated;
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
    basedOn: (finding.basedOn ?? [])
      .filter((o) => !o.passedBy)
      .map((o) => ({
        parameter: o.name,
        source: o.fromParameterFile ? 'parameterFile' : 'default',
        path: o.loc.file.path,
        range: rangeOf(o.loc),
      })),
    parameterFiles: finding.parameterFiles ?? [],
    ...causedBy(finding),
    ...(finding.causes ? { causes: locationOf(finding.causes) } : {}),
    path: finding.at.file.path,
    range: rangeOf(finding.at),
    related: [
      ...(finding.related ?? []).map((r) => ({ path: r.loc.file.path, range: rangeOf(r.loc), message: r.message })),
      ...parameterFileValues(finding),
      ...callArguments(finding),
    ],
    fixes,
  };
}

/** The callers' arguments the finding follows from (`EngineFinding.causedBy`), absent when none. */
function causedBy(finding: RawFinding): Pick<EngineFinding, 'causedBy'> {
  const causes: CallCause[] = [];
  for (const o of finding.basedOn ?? []) {
    if (!o.passedBy) continue;
    causes.push({ parameter: o.name, call: locationOf(o.passedBy.call), argument: locationOf(o.loc), literal: o.passedBy.literal });
  }
  return causes.length > 0 ? { causedBy: causes } : {};
}

/** Each call the finding follows from, pointed at its argument: "Called from main.bicep line 12 with groupId 'filez'". */
function callArguments(finding: RawFinding): RelatedLocation[] {
  // The finding repeated at the argument points at the finding it repeats instead.
  if (finding.causes) return [];
  return (finding.basedOn ?? []).flatMap((o) => {
    if (!o.passedBy) return [];
    return [
      {
        path: o.loc.file.path,
        range: rangeOf(o.loc),
        message: `Called from ${placeOf(o.passedBy.call)} with ${o.name} ${shortText(o.loc)}`,
      },
    ];
  });
}

/** The text at `loc` on one line, cut after 60 characters. */
function shortText(loc: Location): string {
  const text = loc.file.text
    .slice(loc.span.start, Math.min(loc.span.end, loc.span.start + 200))
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

function locationOf(loc: Location): EngineLocation {
  return { path: loc.file.path, range: rangeOf(loc) };
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
