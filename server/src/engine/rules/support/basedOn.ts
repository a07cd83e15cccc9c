/**
 * What a finding rests on: the parameter defaults (or parameter-file values) its values were computed from, read
 * from the values themselves. A finding often rests on several values at once (an id here, a setting there); each
 * parameter is named once, in the order the values give them.
 */
import type { ParameterOrigin, ValueNode } from '../../model/model';

export function basedOn(...nodes: readonly (ValueNode | undefined)[]): ParameterOrigin[] {
  return distinctOrigins(nodes.flatMap((node) => node?.parameterDefaults ?? []));
}

/** Each parameter once per source (a default, a parameter file's value), parameters named without regard to case. */
export function distinctOrigins(origins: readonly ParameterOrigin[]): ParameterOrigin[] {
  const result: ParameterOrigin[] = [];
  const seen = new Set<string>();
  for (const origin of origins) {
    // A caller's arguments count once per call: two calls passing the same parameter are two causes.
    const call = origin.passedBy ? `${origin.passedBy.call.file.path}@${origin.passedBy.call.span.start}` : '';
    const key = `${origin.fromParameterFile}:${call}:${origin.name.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(origin);
  }
  return result;
}
