/**
 * `.bicepparam` files: the `using` template they apply to and their parameter values. Values are evaluated like
 * Bicep expressions (they may use variables, functions and `readEnvironmentVariable`, which stays unknown).
 */
import type { ProvidedParameter } from '../arm/armScope';
import type { Location, SyntaxDiagnostic } from '../model/model';
import type { SourceFile } from '../model/sourceFile';
import type { AnalysisContext } from '../analysisContext';
import { Unknown, type Value } from '../evaluate/value';
import { parseBicep } from './syntax/index';
import { memoizedParse } from '../incremental/parseMemo';
import type { Program } from './syntax/ast';
import { collectSymbols } from './bicepSymbols';
import { BicepEvaluator, EMPTY_ENV } from './bicepEvaluator';

export interface BicepParamFile {
  /** The `using` path as written (relative to the parameter file); undefined for `using none` or when absent. */
  readonly using?: string;
  readonly usingLoc?: Location;
  readonly values: Map<string, ProvidedParameter>;
  readonly diagnostics: SyntaxDiagnostic[];
}

export function readBicepParamFile(file: SourceFile, analysis: AnalysisContext): BicepParamFile {
  const parsed = memoizedParse(analysis.parses, 'bicep', file.text, parseBicep);
  const diagnostics: SyntaxDiagnostic[] = parsed.diagnostics.map((d) => ({ loc: { file, span: d.span }, message: d.message }));
  return { ...readValues(file, parsed.program, analysis), diagnostics };
}

function readValues(file: SourceFile, program: Program, analysis: AnalysisContext): Omit<BicepParamFile, 'diagnostics'> {
  const symbols = collectSymbols(program);
  const evaluator: BicepEvaluator = new BicepEvaluator(analysis, file, symbols, {
    // In a parameter file `param x = …` names are the values themselves; other references are unknown.
    parameter: (name): Value => {
      const declaration = program.statements.find((s) => s.kind === 'param' && s.name.name === name);
      return declaration?.kind === 'param' && declaration.value ? evaluator.value(declaration.value, EMPTY_ENV) : new Unknown(name);
    },
    resource: (symbol) => new Unknown(symbol.name),
    module: (name) => new Unknown(name),
    loadText: () => undefined,
    imported: (source, name) => new Unknown(name ? `import('${source}').${name}` : `import('${source}')`),
  });
  const values = new Map<string, ProvidedParameter>();
  let using: string | undefined;
  let usingLoc: Location | undefined;
  for (const statement of program.statements) {
    if (statement.kind === 'using' && statement.path?.kind === 'string') {
      using = statement.path.value;
      usingLoc = { file, span: statement.path.span };
    } else if (statement.kind === 'param' && statement.value) {
      const value = evaluator.value(statement.value, EMPTY_ENV);
      values.set(statement.name.name.toLowerCase(), { value, loc: { file, span: statement.value.span }, fromParameterFile: true });
    }
  }
  return { using, usingLoc, values };
}
