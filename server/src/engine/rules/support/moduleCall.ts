/**
 * The module call (a Bicep `module` statement, an ARM deployment resource) that deployed a resource written in
 * another file. A module used twice gives two findings on one line of the module; naming the call that deployed each
 * one (as related information) tells them apart, also when no argument of the call is the cause.
 */
import type { Resource } from '../../model/model';
import type { RelatedInfo } from '../framework/rule';
import { placeOf } from '../../provenance';

export function moduleCallRelated(resource: Resource): RelatedInfo[] {
  const call = resource.deployment.declaration;
  if (!call || call.file === resource.declaration.file) return [];
  return [{ loc: call, message: `Deployed by the call in ${placeOf(call)}` }];
}
