/**
 * The parameter defaults a connection's target *type* rests on. The type is read from the shape of
 * `privateLinkServiceId`, so a default that only supplies the target's name (`resourceId('…/vaults', name)`) does not
 * decide it, while a default that spells the id or type itself (`'/subscriptions/…/providers/Microsoft.X/y/z'`,
 * `resourceId('Microsoft.X/y', …)`) does. Only the latter are named in messages about the type.
 */
import type { ValueNode } from '../../model/model';

const RESOURCE_TYPE = /[A-Za-z0-9]+\.[A-Za-z0-9]+\/[A-Za-z]/;

export function targetTypeDefaults(targetNode: ValueNode | undefined): ValueNode | undefined {
  if (!targetNode?.parameterDefaults?.length) return undefined;
  const origins = targetNode.parameterDefaults.filter((origin) =>
    RESOURCE_TYPE.test(origin.loc.file.text.slice(origin.loc.span.start, origin.loc.span.end)),
  );
  return origins.length > 0 ? { ...targetNode, parameterDefaults: origins } : undefined;
}
