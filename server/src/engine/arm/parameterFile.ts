/** Reads an ARM JSON parameter file (`deploymentParameters` schema) into provided parameter values. */
import { Unknown } from '../evaluate/value';
import type { ModelBuilder } from '../model/modelBuilder';
import type { SourceFile } from '../model/sourceFile';
import type { ProvidedParameter } from './armScope';
import { parseJsonSyntax } from './jsonSyntax';
import { childNode, locOf } from './armValues';
import { jsonLiteralValue } from './jsonLiteral';

export interface ParameterFileValues {
  readonly file: SourceFile;
  readonly values: Map<string, ProvidedParameter>;
}

export function readParameterFile(file: SourceFile, builder: ModelBuilder): ParameterFileValues {
  builder.addFile(file);
  const values = new Map<string, ProvidedParameter>();
  const syntax = parseJsonSyntax(file.text, builder.analysis);
  for (const error of syntax.errors) builder.parseError({ file, span: error.span }, error.message);
  const parameters = childNode(syntax.root, 'parameters');
  for (const property of parameters?.type === 'object' ? (parameters.children ?? []) : []) {
    const [key, node] = property.children ?? [];
    if (!key || typeof key.value !== 'string') continue;
    const valueNode = childNode(node, 'value');
    // Key Vault references are secrets resolved at deployment time: unknown here.
    const value = valueNode ? jsonLiteralValue(valueNode) : new Unknown(`parameterFile('${key.value}')`);
    values.set(key.value.toLowerCase(), {
      value,
      loc: valueNode ? locOf(file, valueNode) : locOf(file, property),
      fromParameterFile: true,
    });
  }
  return { file, values };
}
