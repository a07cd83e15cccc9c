/**
 * Evaluates the per-service table's setting conditions (knowledge.ts `SettingCondition`) on one resource body, in
 * three values: true, false, or undefined when the template does not say (a computed value, a computed parent).
 */
import { isKnownString, isObjectValue, isUnknown, type Value } from '../../evaluate/value';
import type { SettingCondition } from '../../knowledge/knowledge';
import type { ValueNode } from '../../model/model';
import { at, items } from '../../model/navigate';

/** Address entries that admit every caller: a list holding one of them restricts nothing. */
const EVERY_ADDRESS: ReadonlySet<string> = new Set(['0.0.0.0/0', '0.0.0.0-255.255.255.255', '::/0', 'any', '*']);

export function conditionHolds(body: ValueNode, condition: SettingCondition): boolean | undefined {
  if ('all' in condition) return allOf(condition.all.map((c) => conditionHolds(body, c)));
  if ('any' in condition) return anyOf(condition.any.map((c) => conditionHolds(body, c)));
  if ('absent' in condition) {
    const node = at(body, ...condition.absent);
    if (!node || node.value === null) return pathIsLiteral(body, condition.absent, true) ? true : undefined;
    return isUnknown(node.value) ? undefined : false;
  }
  if ('equals' in condition) {
    const node = at(body, ...condition.equals);
    if (!node || node.value === null) return pathIsLiteral(body, condition.equals, true) ? false : undefined;
    return equalsOneOf(node.value, condition.values);
  }
  return listed(body, condition.listed, condition.address);
}

/**
 * Whether the object holding the last property of `path` is written literally (or a literal parent lacks an object
 * on the way), so that a missing property is really absent rather than hidden in a computed object. With
 * `knownObjects`, a fully evaluated object counts too (an unknown spread or operand makes the whole object unknown).
 */
export function pathIsLiteral(body: ValueNode, path: readonly string[], knownObjects = false): boolean {
  const holdsMembers = (node: ValueNode): boolean => node.members !== undefined || (knownObjects && isObjectValue(node.value));
  let node: ValueNode = body;
  for (const name of path.slice(0, -1)) {
    if (!holdsMembers(node)) return false;
    const next = at(node, name);
    if (!next) return true;
    node = next;
  }
  return holdsMembers(node);
}

function equalsOneOf(value: Value, wanted: readonly (string | boolean)[]): boolean | undefined {
  if (typeof value === 'boolean') return wanted.includes(value);
  if (isKnownString(value)) return wanted.some((w) => typeof w === 'string' && w.toLowerCase() === value.toLowerCase());
  // A number, object or list is none of the wanted values; an unknown value may be any of them.
  return isUnknown(value) || typeof value === 'string' ? undefined : false;
}

/** A non-empty list (or comma-separated string) of addresses, none of which admits everyone. */
function listed(body: ValueNode, path: readonly string[], address: string | undefined): boolean | undefined {
  const node = at(body, ...path);
  if (!node || node.value === null) return pathIsLiteral(body, path, true) ? false : undefined;
  if (typeof node.value === 'string') {
    if (!isKnownString(node.value)) return undefined;
    const entries = node.value
      .split(',')
      .map((e) => e.trim())
      .filter((e) => e !== '');
    return entries.length > 0 && !entries.some(admitsEveryone);
  }
  const entries = Array.isArray(node.value) || node.items ? items(node) : undefined;
  if (!entries) return undefined;
  let unknownEntry = false;
  for (const entry of entries) {
    if (isUnknown(entry.value)) {
      unknownEntry = true;
      continue;
    }
    // Entries without an address (a subnet rule, an object list without an address member) restrict to what they name.
    const addressValue = address ? at(entry, address)?.value : typeof entry.value === 'string' ? entry.value : undefined;
    if (addressValue === undefined || addressValue === null) continue;
    if (!isKnownString(addressValue)) {
      unknownEntry = true;
      continue;
    }
    const action = at(entry, 'action')?.value;
    const denies = isKnownString(action) && action.toLowerCase() === 'deny';
    if (!denies && admitsEveryone(addressValue)) return false;
  }
  if (entries.length === 0) return false;
  return unknownEntry ? undefined : true;
}

function admitsEveryone(address: string): boolean {
  return address.split(',').some((part) => EVERY_ADDRESS.has(part.trim().toLowerCase()));
}

export function allOf(results: readonly (boolean | undefined)[]): boolean | undefined {
  if (results.includes(false)) return false;
  return results.every((r) => r === true) ? true : undefined;
}

export function anyOf(results: readonly (boolean | undefined)[]): boolean | undefined {
  if (results.includes(true)) return true;
  return results.every((r) => r === false) ? false : undefined;
}
