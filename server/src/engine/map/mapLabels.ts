/**
 * How the map names things whose names may be unknown: the Bicep symbol, else the resource's own name with each
 * unknown part shown as the parameter it comes from (`{vnetName}`) or '…' — never the expression behind it.
 */
import { MARK_END, MARK_START, Unknown, type Value } from '../evaluate/value';
import type { Resource } from '../model/model';
import { resourceLabel } from '../rules/support/resourceNames';

const UNKNOWN_PART = '…';

/** A declared resource: its Bicep symbol, else its own name (`'pe-kv-{suffix}'`). */
export function resourceMapLabel(resource: Resource): string {
  const label = resourceLabel(resource);
  // A Bicep symbol is shown as it is; a quoted name shows unknown parts as '…', where the map names the parameter.
  if (!label.startsWith("'")) return label;
  return nameWithParameters(resource.name);
}

/** A name value (a full `parent/child` name or an id's last segment): the last segment, unknown parts named. */
export function nameWithParameters(name: Value | undefined): string {
  if (name instanceof Unknown) return `'${unknownPart(name.key)}'`;
  if (typeof name !== 'string') return `'${UNKNOWN_PART}'`;
  const own = lastSegment(name);
  let result = '';
  let index = 0;
  while (index < own.length) {
    const start = own.indexOf(MARK_START, index);
    const end = start < 0 ? -1 : own.indexOf(MARK_END, start);
    if (end < 0) {
      result += own.slice(index);
      break;
    }
    result += own.slice(index, start) + unknownPart(own.slice(start + 1, end));
    index = end + 1;
  }
  return `'${result}'`;
}

/** The last `/` segment that is not inside an unknown part. */
function lastSegment(name: string): string {
  let depth = 0;
  for (let i = name.length - 1; i >= 0; i--) {
    const c = name[i];
    if (c === MARK_END) depth++;
    else if (c === MARK_START) depth--;
    else if (c === '/' && depth === 0) return name.slice(i + 1);
  }
  return name;
}

/** `parameters('vnetName')` (ARM) or a bare parameter identifier (Bicep) → `{vnetName}`; anything else '…'. */
function unknownPart(key: string): string {
  const arm = /^parameters\('([A-Za-z_][\w-]*)'\)$/i.exec(key);
  if (arm) return `{${arm[1]}}`;
  if (/^[A-Za-z_]\w*$/.test(key)) return `{${key}}`;
  return UNKNOWN_PART;
}
