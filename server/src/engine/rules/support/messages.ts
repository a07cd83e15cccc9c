/** Message pieces shared by rules: naming the parameter defaults (or parameter-file values) a finding depends on. */
import type { ValueNode } from '../../model/model';

export function describeParameterDefaults(node: ValueNode | undefined): string {
  const origins = node?.parameterDefaults ?? [];
  if (origins.length === 0) return '';
  const fromDefaults = [...new Set(origins.filter((o) => !o.fromParameterFile).map((o) => `'${o.name}'`))];
  const fromFiles = [...new Set(origins.filter((o) => o.fromParameterFile).map((o) => `'${o.name}'`))];
  const parts: string[] = [];
  if (fromDefaults.length > 0) parts.push(`the default value of parameter ${fromDefaults.join(', ')}`);
  if (fromFiles.length > 0) parts.push(`the parameter file's value of ${fromFiles.join(', ')}`);
  return ` (This follows from ${parts.join(' and ')}.)`;
}
