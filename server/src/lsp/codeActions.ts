/**
 * Code actions for our diagnostics: the rule's fixes (rendered from the analysis that reported the diagnostic, see
 * analysisFixes.ts), "Disable <id> for this line" and "Show documentation for <id>". A client that can resolve
 * edits (`codeAction.resolveSupport` naming `edit`, as VS Code) gets fixes without their edit and asks for it with
 * `codeAction/resolve` when the user picks one; other clients get the edits at once.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind,
  TextDocumentEdit,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { rejectsComments, resourceSuppressionEdit } from './resourceSuppression';
import { callSuppressionActions, type CallerDocuments } from './callSuppression';
import { docsHref, DIAGNOSTIC_SOURCE, type FixData } from './convert';
import type { FixHandle } from './analysisFixes';

export const SHOW_DOCUMENTATION_COMMAND = 'privateLink.showRuleDocumentation';
export const SUPPRESSION_COMMENT = 'privatelink-disable-next-line';

/** Codes that are not rules: they cannot be disabled per line and have no page. */
const ENGINE_CODES: ReadonlySet<string> = new Set(['syntax-error', 'internal-error']);

export interface CodeActionEnvironment {
  /** The client applies `documentChanges` (versioned edits). */
  readonly documentChanges: boolean;
  /** The client fills a code action's edit in with `codeAction/resolve`. */
  readonly resolvesEdits: boolean;
  /** Current version of an open document, null when it is not open. */
  versionOf(uri: string): number | null;
  /** The fixes of one of our diagnostics of the document `uri` ([] when its analysis is gone). */
  fixesOf(diagnostic: Diagnostic, uri: string): readonly FixHandle[];
  /** A caller's document, open or on disk, for "Disable <id> for this call" (none offered without it). */
  callerDocument?: CallerDocuments;
}

/** `CodeAction.data` of a fix whose edit is resolved later: which fix of which diagnostic. Survives JSON. */
export interface FixActionData {
  readonly fixOf: {
    readonly uri: string;
    readonly diagnostic: Pick<Diagnostic, 'code' | 'message' | 'data'>;
    readonly index: number;
  };
}

export function provideCodeActions(document: TextDocument, params: CodeActionParams, env: CodeActionEnvironment): CodeAction[] {
  const only = params.context.only;
  if (
    only &&
    !only.some(
      (kind) => kind === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${kind}.`) || kind === CodeActionKind.Empty,
    )
  ) {
    return [];
  }

  const fixes: CodeAction[] = [];
  const disables: CodeAction[] = [];
  const docs: CodeAction[] = [];
  const seenDisable = new Set<string>();
  const seenDocs = new Set<string>();

  for (const diagnostic of params.context.diagnostics) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE || typeof diagnostic.code !== 'string') continue;
    const ruleId = diagnostic.code;

    let preferred = true;
    env.fixesOf(diagnostic, document.uri).forEach((fix, index) => {
      // Rendered now even when the client resolves the edit later: a fix that cannot be written, or whose document
      // changed since the analysis, is not offered. Rendering is kept, so resolving it again costs nothing.
      const edit = workspaceEditOf(fix, env);
      if (!edit) return;
      const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: preferred };
      preferred = false;
      if (env.resolvesEdits) {
        const data: FixActionData = {
          fixOf: { uri: document.uri, diagnostic: { code: diagnostic.code, message: diagnostic.message, data: diagnostic.data }, index },
        };
        action.data = data;
      } else {
        action.edit = edit;
      }
      fixes.push(action);
    });

    if (ENGINE_CODES.has(ruleId)) continue;

    const line = diagnostic.range.start.line;
    if (rejectsComments(document.languageId)) {
      // A `//` comment would be a JSON error in this mode: the resource's "comments" property holds the rule id.
      const edit = resourceSuppressionEdit(document, document.offsetAt(diagnostic.range.start), ruleId);
      if (edit && !seenDisable.has(`${ruleId}@${edit.range.start.line}`)) {
        seenDisable.add(`${ruleId}@${edit.range.start.line}`);
        disables.push({
          title: `Disable ${ruleId} for this resource (in its "comments")`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: { changes: { [document.uri]: [edit] } },
        });
      }
    } else if (!seenDisable.has(`${ruleId}@${line}`)) {
      seenDisable.add(`${ruleId}@${line}`);
      disables.push({
        title: `Disable ${ruleId} for this line`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [document.uri]: [suppressionEdit(document, line, ruleId)] } },
      });
    }
    for (const action of callSuppressionActions(document, diagnostic, ruleId, env.callerDocument ?? (() => undefined))) {
      if (seenDisable.has(action.title)) continue;
      seenDisable.add(action.title);
      disables.push(action);
    }
    if (!seenDocs.has(ruleId)) {
      seenDocs.add(ruleId);
      docs.push({
        title: `Show documentation for ${ruleId}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: `Show documentation for ${ruleId}`, command: SHOW_DOCUMENTATION_COMMAND, arguments: [ruleId, docsHref(ruleId)] },
      });
    }
  }
  // Fixes first so the editor's "preferred" quick fix is a real fix, then suppressions, then documentation.
  return [...fixes, ...disables, ...docs];
}

/**
 * `codeAction/resolve`: the edit of a fix offered without one. The fix is looked up again in the latest analysis;
 * when it is gone, cannot be written, or a document it edits changed since that analysis, the action comes back
 * without an edit (the client then applies nothing) rather than with an edit for another text.
 */
export function resolveCodeAction(action: CodeAction, env: CodeActionEnvironment): CodeAction {
  const fixOf = fixActionDataOf(action.data);
  if (!fixOf || action.edit) return action;
  const fix = env.fixesOf(fixOf.diagnostic as Diagnostic, fixOf.uri)[fixOf.index];
  if (!fix || fix.title !== action.title) return action;
  const edit = workspaceEditOf(fix, env);
  return edit ? { ...action, edit } : action;
}

function fixActionDataOf(data: unknown): FixActionData['fixOf'] | undefined {
  const fixOf = (data as Partial<FixActionData> | null | undefined)?.fixOf;
  if (typeof fixOf !== 'object' || fixOf === null) return undefined;
  if (typeof fixOf.uri !== 'string' || !Number.isInteger(fixOf.index) || typeof fixOf.diagnostic !== 'object' || fixOf.diagnostic === null)
    return undefined;
  if (typeof fixOf.diagnostic.message !== 'string') return undefined;
  return fixOf;
}

function workspaceEditOf(fix: FixHandle, env: CodeActionEnvironment): WorkspaceEdit | undefined {
  const edits = fix.edits();
  return edits && toWorkspaceEdit({ title: fix.title, edits }, env);
}

/** Undefined when a document the fix edits has changed since the analysis: applying it would corrupt the file. */
function toWorkspaceEdit(fix: FixData, env: CodeActionEnvironment): WorkspaceEdit | undefined {
  const byUri = new Map<string, { version: number | null; edits: TextEdit[] }>();
  for (const edit of fix.edits) {
    const current = env.versionOf(edit.uri);
    if (edit.version !== null && edit.version !== undefined && current !== null && current !== edit.version) return undefined;
    let entry = byUri.get(edit.uri);
    if (!entry) byUri.set(edit.uri, (entry = { version: current, edits: [] }));
    entry.edits.push({ range: edit.range, newText: edit.newText });
  }
  if (byUri.size === 0) return undefined;
  if (env.documentChanges) {
    return {
      documentChanges: [...byUri].map(([uri, entry]) => TextDocumentEdit.create({ uri, version: entry.version }, entry.edits)),
    };
  }
  return { changes: Object.fromEntries([...byUri].map(([uri, entry]) => [uri, entry.edits])) };
}

const EXISTING_SUPPRESSION = new RegExp(`^(\\s*)//\\s*${SUPPRESSION_COMMENT}\\b(.*)$`);

/**
 * Inserts `// privatelink-disable-next-line <id>` above `line` with that line's indentation, or adds the id to
 * such a comment when one is already there. The same comment works in ARM JSON (comments are allowed) and Bicep.
 */
export function suppressionEdit(document: TextDocument, line: number, ruleId: string): TextEdit {
  const text = document.getText();
  const lineText = lineAt(document, line);
  if (line > 0) {
    const previous = lineAt(document, line - 1);
    const match = EXISTING_SUPPRESSION.exec(previous);
    if (match) {
      const ids = match[2].trim().split(/\s+/).filter(Boolean);
      if (!ids.includes(ruleId)) {
        const end = { line: line - 1, character: previous.replace(/\s+$/, '').length };
        return { range: { start: end, end: { line: line - 1, character: previous.length } }, newText: ` ${ruleId}` };
      }
    }
  }
  const indentation = /^[ \t]*/.exec(lineText)![0];
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const start = { line, character: 0 };
  return { range: { start, end: start }, newText: `${indentation}// ${SUPPRESSION_COMMENT} ${ruleId}${eol}` };
}

function lineAt(document: TextDocument, line: number): string {
  const text = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  return text.replace(/\r?\n$|\r$/, '');
}
