/**
 * Where a finding is shown (issue 19: the narrowest span, never a 16-line block). A finding about a value points at
 * the value when it is short; a long one (an object, an array or an expression over several lines) is pointed at by
 * the property's key, or else by the value's first line. Either starts on the value's first line, so a suppression
 * comment above it keeps applying.
 */
import type { Location, ValueNode } from '../../model/model';
import { findMember } from '../../model/navigate';

/** Values over more lines than this are pointed at by what names them. */
const MAX_LINES = 3;

/** The value of property `name` of `object`, or its key when the value runs over several lines. */
export function propertyLocation(object: ValueNode | undefined, name: string, value: ValueNode): Location {
  if (!isLong(value.loc)) return value.loc;
  const member = object ? findMember(object, name) : undefined;
  return member && member.node === value ? member.keyLoc : narrowLocation(value);
}

/** A value (an array entry, say), or the first line of a long one. */
export function narrowLocation(node: ValueNode): Location {
  return isLong(node.loc) ? firstLine(node.loc) : node.loc;
}

function isLong(loc: Location): boolean {
  const lines = loc.file.lines;
  return lines.positionAt(loc.span.end).line - lines.positionAt(loc.span.start).line + 1 > MAX_LINES;
}

/** The location cut at the end of its first line (trailing spaces left out). */
function firstLine(loc: Location): Location {
  const text = loc.file.text;
  const newline = text.indexOf('\n', loc.span.start);
  let end = newline < 0 || newline > loc.span.end ? loc.span.end : newline;
  while (end > loc.span.start + 1 && /\s/.test(text.charAt(end - 1))) end--;
  return { file: loc.file, span: { start: loc.span.start, end } };
}
