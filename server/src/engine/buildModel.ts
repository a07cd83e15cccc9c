/** Chooses the front end for a file's language and lowers it (with any parameter file) into the shared model. */
import type { AnalysisOptions } from './api';
import type { DeploymentModel } from './model/model';
import { SourceFile } from './model/sourceFile';
import { ModelBuilder } from './model/modelBuilder';
import { parseJsonSyntax } from './arm/jsonSyntax';
import { lowerArmTemplate } from './arm/lowerArmTemplate';
import { readParameterFile } from './arm/parameterFile';
import { lowerBicepFile } from './bicep/lowerBicep';
import { parseBicep } from './bicep/syntax/index';

export function buildModel(file: SourceFile, options: AnalysisOptions): DeploymentModel {
  const builder = new ModelBuilder();
  builder.addFile(file);
  switch (file.language) {
    case 'arm': {
      const syntax = parseJsonSyntax(file.text);
      for (const error of syntax.errors) builder.diagnostic({ file, span: error.span }, error.message);
      const parameters = options.parameterFile ? readParameterFile(new SourceFile(options.parameterFile.path, options.parameterFile.text, 'arm-parameters'), builder) : undefined;
      if (syntax.root?.type === 'object') {
        return builder.build(lowerArmTemplate({ file, template: syntax.root, builder, provided: parameters?.values ?? new Map(), parameterFiles: parameters ? [parameters.file.path] : undefined }));
      }
      if (syntax.errors.length === 0) builder.diagnostic({ file, span: { start: 0, end: 0 } }, 'An ARM template must be a JSON object.');
      return builder.build(builder.createDeployment({ file, parameters: new Map() }));
    }
    case 'arm-parameters': {
      readParameterFile(file, builder);
      return builder.build(builder.createDeployment({ file, parameters: new Map() }));
    }
    case 'bicep': {
      const parameters = options.parameterFile ? readParameterFile(new SourceFile(options.parameterFile.path, options.parameterFile.text, 'arm-parameters'), builder) : undefined;
      return builder.build(
        lowerBicepFile({
          file,
          builder,
          provided: parameters?.values ?? new Map(),
          parameterFiles: parameters ? [parameters.file.path] : undefined,
          readFile: options.host?.readFile.bind(options.host),
          workspaceRoot: options.host?.workspaceRoot,
        }),
      );
    }
    case 'bicep-params': {
      // Parsed for syntax here; applying its values to the `using` template comes with parameter-file support.
      const parsed = parseBicep(file.text);
      for (const d of parsed.diagnostics) builder.diagnostic({ file, span: d.span }, d.message);
      return builder.build(builder.createDeployment({ file, parameters: new Map() }));
    }
  }
}
