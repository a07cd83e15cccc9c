/** Chooses the front end for a file's language and lowers it (with any parameter file) into the shared model. */
import type { AnalysisOptions } from './api';
import type { DeploymentModel } from './model/model';
import { SourceFile } from './model/sourceFile';
import { ModelBuilder } from './model/modelBuilder';
import { DeployTimeChoices } from './model/deployTimeChoices';
import { parseJsonSyntax } from './arm/jsonSyntax';
import { lowerArmTemplate } from './arm/lowerArmTemplate';
import { readParameterFile } from './arm/parameterFile';
import type { ProvidedParameter } from './arm/armScope';
import { lowerBicepFile } from './bicep/lowerBicep';
import { readBicepParamFile } from './bicep/bicepParamFile';
import { resolveModulePath } from './bicep/modulePaths';
import { DEFAULT_MAX_FILE_SIZE, readScope, reportOutsideWorkspace, type ReadScope } from './hostFiles';
import type { AnalysisContext } from './analysisContext';
import type { DeclarationCache } from './incremental/declarationCache';

/** Lowerings with more deploy-time choices assumed each time; a chain of conditions longer than this is rare. */
const MAX_CHOICE_ROUNDS = 4;

/**
 * Lowers `file` for `analysis`. The analysed file's declarations are replayed from, and recorded in, the analysis's
 * declaration cache when it has one (incremental/README.md); `options.cache` is read by AnalysisContext alone.
 */
export function buildModel(file: SourceFile, options: AnalysisOptions, analysis: AnalysisContext): DeploymentModel {
  let { builder, model } = lowerRound(analysis, file, options, 0, new Set());
  // A condition false only through a parameter default makes that parameter a deploy-time choice, read as unknown
  // everywhere (model/deployTimeChoices.ts). Reading it as unknown can make another condition depend on a default
  // alone, so this goes on until no new choice that a value was computed from appears. Each round replays from and
  // records in a cache of its own: its values differ from the first lowering's by the choices it assumes. ARM cache
  // keys name the choices assumed (lowerArmTemplate.ts); a Bicep replay reads every symbol it read again
  // (bicep/bicepReuse.ts), choices included.
  // A choice read by conditions alone changes nothing else: the common case (`if (!empty(lock))`) lowers once.
  for (let round = 0; round < MAX_CHOICE_ROUNDS && builder.choices.usedBeyondConditions(model); round++) {
    ({ builder, model } = lowerRound(analysis, file, options, round + 1, builder.choices.next()));
  }
  return model;
}

/**
 * Lowering `round` of `file`, assuming the deploy-time choices `assumed`, replaying from and recording in that
 * round's declaration cache. Replaying changes the order work is done in; once a budget ran out, that order decides
 * what was expanded. Such (pathological) files are lowered again without replays, so the cache never changes a
 * finding.
 */
function lowerRound(
  analysis: AnalysisContext,
  file: SourceFile,
  options: AnalysisOptions,
  round: number,
  assumed: ReadonlySet<string>,
): { builder: ModelBuilder; model: DeploymentModel } {
  const declarations = analysis.declarationsOfRound(round);
  const builder = new ModelBuilder(analysis, new DeployTimeChoices(assumed));
  const model = buildWith(builder, file, options, declarations);
  if (!declarations || declarations.stats.replayed === 0 || !builder.budgetExhausted) return { builder, model };
  declarations.forget();
  const again = new ModelBuilder(analysis, new DeployTimeChoices(assumed));
  return { builder: again, model: buildWith(again, file, options, declarations) };
}

/** `declarations`: the cache to replay from and record in; undefined lowers everything afresh. */
function buildWith(
  builder: ModelBuilder,
  file: SourceFile,
  options: AnalysisOptions,
  declarations: DeclarationCache | undefined,
): DeploymentModel {
  builder.addFile(file);
  switch (file.language) {
    case 'arm': {
      const syntax = parseJsonSyntax(file.text, builder.analysis);
      for (const error of syntax.errors) builder.parseError({ file, span: error.span }, error.message);
      const input = inputFromOptions(builder, file, options, declarations);
      // Read in recovery, the same declaration text may be read differently in another version: nothing is replayed.
      if (syntax.stringsEndAtLineBreaksFrom !== undefined) input.reuse = undefined;
      if (syntax.root?.type === 'object') return builder.build(lowerArmTemplate({ ...input, file, template: syntax.root, builder }));
      if (syntax.errors.length === 0) builder.diagnostic({ file, span: { start: 0, end: 0 } }, 'An ARM template must be a JSON object.');
      return builder.build(builder.createDeployment({ file, parameters: new Map() }));
    }
    case 'arm-parameters': {
      readParameterFile(file, builder);
      return builder.build(builder.createDeployment({ file, parameters: new Map() }));
    }
    case 'bicep':
      return builder.build(lowerBicepFile({ ...inputFromOptions(builder, file, options, declarations), file, builder }));
    case 'bicep-params':
      return buildFromBicepParams(file, builder, options);
  }
}

/** A `.bicepparam` file is analysed as its `using` template with the file's values. */
function buildFromBicepParams(file: SourceFile, builder: ModelBuilder, options: AnalysisOptions): DeploymentModel {
  const params = readBicepParamFile(file, builder.analysis);
  builder.addFile(file);
  for (const d of params.diagnostics) builder.diagnostic(d.loc, d.message);
  const { readFile, workspaceRoot } = hostReads(builder, file, options);
  if (params.using && readFile) {
    const resolved = resolveModulePath(file.path, params.using, workspaceRoot);
    if (resolved.kind === 'outside' && params.usingLoc) {
      reportOutsideWorkspace(builder, params.usingLoc, `The template '${params.using}' lies outside the workspace; it is not read.`);
    }
    const text =
      resolved.kind === 'inside' ? readFile(resolved.path, params.usingLoc && { at: params.usingLoc, written: params.using }) : undefined;
    if (text !== undefined) {
      const lower = resolved.path.toLowerCase();
      const template = new SourceFile(resolved.path, text, lower.endsWith('.bicep') ? 'bicep' : 'arm');
      if (template.language === 'bicep') {
        return builder.build(
          lowerBicepFile({ file: template, builder, provided: params.values, parameterFiles: [file.path], readFile, workspaceRoot }),
        );
      }
      const syntax = parseJsonSyntax(text, builder.analysis);
      builder.addFile(template);
      for (const error of syntax.errors) builder.parseError({ file: template, span: error.span }, error.message);
      if (syntax.root?.type === 'object') {
        return builder.build(
          lowerArmTemplate({
            file: template,
            template: syntax.root,
            builder,
            provided: params.values,
            parameterFiles: [file.path],
            readFile,
            workspaceRoot,
          }),
        );
      }
    }
  }
  return builder.build(builder.createDeployment({ file, parameters: new Map() }));
}

/**
 * What both front ends take from the options for the analysed file: the parameter file's values (read into the
 * model, so its diagnostics are reported), the host, and the analysis cache with what the parameter file adds to the
 * file's environment (incremental/declarationCache.ts).
 */
function inputFromOptions(builder: ModelBuilder, file: SourceFile, options: AnalysisOptions, declarations: DeclarationCache | undefined) {
  const parameterFile = options.parameterFile;
  const parameters = parameterFile
    ? readParameterFile(new SourceFile(parameterFile.path, parameterFile.text, 'arm-parameters'), builder)
    : undefined;
  return {
    provided: parameters?.values ?? new Map<string, ProvidedParameter>(),
    parameterFiles: parameters ? [parameters.file.path] : undefined,
    ...hostReads(builder, file, options),
    reuse: declarations && { cache: declarations, environment: parameterFile ? `${parameterFile.path}\u0000${parameterFile.text}` : '' },
  };
}

function hostReads(builder: ModelBuilder, file: SourceFile, options: AnalysisOptions): ReadScope {
  return readScope(options.host, file.path, builder, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
}
