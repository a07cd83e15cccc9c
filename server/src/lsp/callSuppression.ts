/**
 * "Disable <id> for this call": a finding in a module that a caller's argument causes (`EngineFinding.causedBy`) is
 * silenced for one call by a suppression at that call, which the engine honours for what that call causes and
 * nothing else (engine/analyze.ts). The diagnostic names its calls in `Diagnostic.data.calls` (merged across the
 * analyses that report it, publisher.ts); the action writes Bicep's own `#disable-next-line <id>` above the module
 * declaration, and in ARM the deployment resource's JSON-safe `"comments"` (or a `//` comment where the document's
 * mode accepts comments).
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver/node';
import type { EngineFinding } from '../engine';
import type { RangeConverter } from './convert';
import { rejectsComments, resourceSuppressionEdit } from './resourceSuppression';
import { suppressionEdit } from './codeActions';

/** One call a diagnostic's finding follows from: where the module declaration or deployment resource starts. */
export interface CallData {
  readonly uri: string;
  /** UTF-16 offset and 0-based line of the call's start, in the text the analysis read. */
  readonly start: number;
  readonly line: number;
}

/** The calls of a finding for `Diagnostic.data.calls`, each once; undefined when it follows from none. */
export function callsData(finding: EngineFinding, ranges: RangeConverter, uriOf: (path: string) => string): CallData[] | undefined {
  const calls: CallData[] = [];
  for (const cause of finding.causedBy ?? []) {
    const call = {
      uri: uriOf(cause.call.path),
      start: cause.call.range.start,
      line: ranges.range(cause.call.path, cause.call.range).start.line,
    };
    if (!calls.some((c) => c.uri === call.uri && c.start === call.start)) calls.push(call);
  }
  return calls.length > 0 ? calls : undefined;
}

/** `Diagnostic.data.calls` read back; anything malformed is left out. */
export function callsDataOf(diagnostic: Pick<Diagnostic, 'data'>): CallData[] {
  const calls = (diagnostic.data as { calls?: unknown } | null | undefined)?.calls;
  if (!Array.isArray(calls)) return [];
  return calls.filter(
    (c): c is CallData =>
      typeof c === 'object' && c !== null && typeof c.uri === 'string' && Number.isInteger(c.start) && Number.isInteger(c.line),
  );
}

/** The data of diagnostics merged into one: the first one's, naming every call any of them names. */
export function mergeCallsData(data: unknown, others: readonly Pick<Diagnostic, 'data'>[]): unknown {
  const calls: CallData[] = [];
  for (const diagnostic of others) {
    for (const call of callsDataOf(diagnostic)) if (!calls.some((c) => c.uri === call.uri && c.start === call.start)) calls.push(call);
  }
  if (calls.length <= callsDataOf({ data }).length) return data;
  return { ...(data as object), calls };
}

/**
 * The caller's document at `uri`: the open one, else the file on disk (undefined when it cannot be read). Its
 * `languageId` says whether it accepts `//` comments.
 */
export type CallerDocuments = (uri: string) => TextDocument | undefined;

export function callSuppressionActions(
  document: TextDocument,
  diagnostic: Diagnostic,
  ruleId: string,
  callerDocument: CallerDocuments,
): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const call of callsDataOf(diagnostic)) {
    const caller = call.uri === document.uri ? document : callerDocument(call.uri);
    const edit = caller && callSuppressionEdit(caller, call, ruleId);
    if (!edit) continue;
    const title =
      call.uri === document.uri
        ? `Disable ${ruleId} for this call (line ${call.line + 1})`
        : `Disable ${ruleId} for the call in ${decodeURIComponent(call.uri.slice(call.uri.lastIndexOf('/') + 1))} line ${call.line + 1}`;
    actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [call.uri]: [edit] } } });
  }
  return actions;
}

/** Undefined when the caller's text no longer has the call where the analysis saw it (it changed since). */
function callSuppressionEdit(caller: TextDocument, call: CallData, ruleId: string): TextEdit | undefined {
  if (call.start > caller.getText().length || caller.positionAt(call.start).line !== call.line) return undefined;
  if (/\.bicep$/i.test(caller.uri) || caller.languageId === 'bicep') {
    const lineText = caller.getText({ start: { line: call.line, character: 0 }, end: { line: call.line + 1, character: 0 } });
    // The call starts with its decorators or with `module`: anything else is another text.
    if (!/^\s*(@|module\b)/.test(lineText)) return undefined;
    return bicepDirectiveEdit(caller, call.line, ruleId);
  }
  if (caller.getText().charAt(call.start) !== '{') return undefined;
  return rejectsComments(caller.languageId)
    ? resourceSuppressionEdit(caller, call.start, ruleId)
    : suppressionEdit(caller, call.line, ruleId);
}

const BICEP_DIRECTIVE = /^(\s*)#disable-next-line\b(.*)$/;

/** `#disable-next-line <id>` above `line` (Bicep's own directive), or the id added to one already there. */
function bicepDirectiveEdit(document: TextDocument, line: number, ruleId: string): TextEdit | undefined {
  const lineText = textOfLine(document, line);
  if (line > 0) {
    const previous = textOfLine(document, line - 1);
    const match = BICEP_DIRECTIVE.exec(previous);
    if (match) {
      const ids = match[2].trim().split(/\s+/).filter(Boolean);
      if (ids.includes(ruleId)) return undefined;
      const end = { line: line - 1, character: previous.replace(/\s+$/, '').length };
      return { range: { start: end, end: { line: line - 1, character: previous.length } }, newText: ` ${ruleId}` };
    }
  }
  const indentation = /^[ \t]*/.exec(lineText)![0];
  const eol = document.getText().includes('\r\n') ? '\r\n' : '\n';
  const start = { line, character: 0 };
  return { range: { start, end: start }, newText: `${indentation}#disable-next-line ${ruleId}${eol}` };
}

function textOfLine(document: TextDocument, line: number): string {
  return document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
}
