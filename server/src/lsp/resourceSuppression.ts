/**
 * "Disable <id> for this resource" in ARM templates open in a JSON mode that reports comments as errors (VS Code's
 * `json`): instead of a `//` comment, the rule id goes into the resource's `"comments"` property, which ARM accepts
 * and the engine reads (engine/suppressions.ts). Existing notes in that property are kept.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver/node';
import { findNodeAtOffset, parseTree, type Node as JsonNode } from 'jsonc-parser';
import { readResourceCommentDirective, RESOURCE_COMMENT_DIRECTIVE } from '../engine';

/** Language modes whose JSON accepts no comment: a `//` suppression would be squiggled there. */
export function rejectsComments(languageId: string): boolean {
  return languageId === 'json';
}

export function resourceSuppressionEdit(document: TextDocument, offset: number, ruleId: string): TextEdit | undefined {
  const text = document.getText();
  const root = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  const resource = root && enclosingResource(findNodeAtOffset(root, offset, true));
  if (!resource) return undefined;
  const comments = resource.children?.find((p) => p.children?.[0]?.value === 'comments')?.children?.[1];
  if (comments) {
    if (comments.type !== 'string') return undefined;
    const value = String(comments.value);
    const directive = readResourceCommentDirective(value);
    if (directive?.ids.includes(ruleId)) return undefined;
    const updated = directive
      ? value.slice(0, directive.end) + ` ${ruleId}` + value.slice(directive.end)
      : `${value} ${RESOURCE_COMMENT_DIRECTIVE} ${ruleId}`.trim();
    return { range: rangeOf(document, comments.offset, comments.offset + comments.length), newText: JSON.stringify(updated) };
  }
  const property = `"comments": ${JSON.stringify(`${RESOURCE_COMMENT_DIRECTIVE} ${ruleId}`)}`;
  const first = resource.children?.[0];
  if (!first) return { range: rangeOf(document, resource.offset + 1, resource.offset + 1), newText: ` ${property} ` };
  const firstLine = document.positionAt(first.offset).line;
  if (firstLine === document.positionAt(resource.offset).line)
    return { range: rangeOf(document, first.offset, first.offset), newText: `${property}, ` };
  const lineStart = document.offsetAt({ line: firstLine, character: 0 });
  const indentation = /^[ \t]*/.exec(text.slice(lineStart, first.offset))![0];
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return { range: rangeOf(document, lineStart, lineStart), newText: `${indentation}${property},${eol}` };
}

/** The innermost object that is an element of a `resources` array and holds `node`. */
function enclosingResource(node: JsonNode | undefined): JsonNode | undefined {
  for (let current = node; current; current = current.parent) {
    if (
      current.type === 'object' &&
      current.parent?.type === 'array' &&
      current.parent.parent?.type === 'property' &&
      current.parent.parent.children?.[0]?.value === 'resources'
    ) {
      return current;
    }
  }
  return undefined;
}

function rangeOf(document: TextDocument, start: number, end: number): TextEdit['range'] {
  return { start: document.positionAt(start), end: document.positionAt(end) };
}
