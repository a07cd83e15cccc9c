/**
 * Compile-time imports (`import { x } from 'shared.bicep'`, `import * as ns from …`): the exported variables of
 * another local Bicep file, evaluated in that file. Registry sources and paths outside the workspace stay unknown.
 */
import { Unknown, type ObjectValue, type Value } from '../evaluate/value';
import { SourceFile } from '../model/sourceFile';
import { parseBicep } from './syntax/index';
import { memoizedParse } from '../incremental/parseMemo';
import { collectSymbols } from './bicepSymbols';
import { BicepEvaluator } from './bicepEvaluator';
import { isRegistryModule, resolveModulePath } from './modulePaths';
import type { FileReader } from '../hostFiles';
import type { AnalysisContext } from '../analysisContext';

export interface ImportContext {
  readonly analysis: AnalysisContext;
  readonly readFile?: FileReader;
  readonly workspaceRoot?: string;
  /** Evaluators of files already read, by path: one per analysis. */
  readonly cache: Map<string, BicepEvaluator | undefined>;
}

/** Imports chained deeper than this are not followed. */
const MAX_IMPORT_DEPTH = 16;

export function importedValue(
  context: ImportContext,
  fromFile: string,
  source: string,
  name: string | undefined,
  ancestors: readonly string[],
): Value {
  const unknown = new Unknown(name ? `import('${source}').${name}` : `import('${source}')`);
  if (isRegistryModule(source) || ancestors.length > MAX_IMPORT_DEPTH) return unknown;
  const resolved = resolveModulePath(fromFile, source, context.workspaceRoot);
  if (resolved.kind === 'outside' || ancestors.includes(resolved.path)) return unknown;
  const evaluator = evaluatorFor(context, resolved.path, [...ancestors, fromFile]);
  if (!evaluator) return unknown;
  if (name) return evaluator.variableByName(name) ?? unknown;
  const all: ObjectValue = {};
  for (const symbol of evaluator.symbols.byName.values()) {
    if (symbol.kind === 'var') all[symbol.name] = evaluator.variableByName(symbol.name) ?? unknown;
  }
  return all;
}

function evaluatorFor(context: ImportContext, path: string, ancestors: readonly string[]): BicepEvaluator | undefined {
  if (context.cache.has(path)) return context.cache.get(path);
  const text = context.readFile?.(path);
  let evaluator: BicepEvaluator | undefined;
  if (text !== undefined) {
    const file = new SourceFile(path, text, 'bicep');
    const symbols = collectSymbols(memoizedParse(context.analysis.parses, 'bicep', text, parseBicep).program);
    // An exporting file's variables may use its parameters, resources or modules: those are not part of an import.
    evaluator = new BicepEvaluator(context.analysis, file, symbols, {
      parameter: (parameter) => new Unknown(`import('${path}').${parameter}`),
      resource: (symbol) => new Unknown(`import('${path}').${symbol.name}`),
      module: (module) => new Unknown(`import('${path}').${module}`),
      loadText: (relative) => {
        const target = resolveModulePath(path, relative, context.workspaceRoot);
        return target.kind === 'inside' ? context.readFile?.(target.path) : undefined;
      },
      imported: (source, name) => importedValue(context, path, source, name, ancestors),
    });
  }
  context.cache.set(path, evaluator);
  return evaluator;
}
