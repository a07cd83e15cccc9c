/**
 * Naming parameter defaults when a finding rests on several values at once (an id here, a setting there): the
 * origins of all of them, each parameter once, in the shape `describeParameterDefaults` reads.
 */
import type { ParameterOrigin, ValueNode } from '../../model/model';
import { describeParameterDefaults } from './messages';

export function describeParameterDefaultsOf(nodes: readonly (ValueNode | undefined)[]): string {
  const origins: ParameterOrigin[] = [];
  const seen = new Set<string>();
  for (const node of nodes) {
    for (const origin of node?.parameterDefaults ?? []) {
      const key = `${origin.fromParameterFile}:${origin.name.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      origins.push(origin);
    }
  }
  if (origins.length === 0) return '';
  const first = nodes.find((node) => node !== undefined);
  return first ? describeParameterDefaults({ ...first, parameterDefaults: origins }) : '';
}
