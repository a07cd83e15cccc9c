/**
 * After a Private Link quick fix is applied, shows what it wrote when that lies outside the editor's view (issue
 * 19.8): a zone group added after a long endpoint, a SKU set at the end of a load balancer far below the finding.
 * VS Code applies a code action's edit and then runs its command, so each of our quick fixes gets a command that
 * reveals the first range the edit inserts. The server sends fixes without their edit (`codeAction/resolve` fills it
 * in when the user picks one), so where it writes is learnt at resolve time and kept, by the action's id, until
 * the command runs.
 */
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';

export const REVEAL_FIX_COMMAND = 'privateLink.revealFix';

/** Resolved fixes whose command has not run (the user may resolve and never apply): the newest are kept. */
const MAX_PENDING = 50;

interface Written {
  readonly uri: vscode.Uri;
  readonly range: vscode.Range;
}

export class FixReveal {
  private nextId = 0;
  private readonly pending = new Map<string, Written>();

  /** The client middleware that gives our quick fixes their reveal command. */
  readonly middleware: Pick<Middleware, 'provideCodeActions' | 'resolveCodeAction'> = {
    provideCodeActions: async (document, range, context, token, next) => {
      const actions = await next(document, range, context, token);
      for (const action of actions ?? []) {
        if (
          !(action instanceof vscode.CodeAction) ||
          action.command ||
          !vscode.CodeActionKind.QuickFix.contains(action.kind ?? vscode.CodeActionKind.Empty)
        )
          continue;
        const id = String(this.nextId++);
        action.command = { title: 'Show what the fix wrote', command: REVEAL_FIX_COMMAND, arguments: [id] };
        if (action.edit) this.remember(id, action.edit);
      }
      return actions;
    },
    resolveCodeAction: async (item, token, next) => {
      const resolved = await next(item, token);
      const id = item.command?.command === REVEAL_FIX_COMMAND ? item.command.arguments?.[0] : undefined;
      if (resolved && typeof id === 'string') {
        if (resolved.edit) this.remember(id, resolved.edit);
        resolved.command ??= item.command;
      }
      return resolved;
    },
  };

  /** The command's handler: reveals what the fix `id` wrote, in the editor showing it, when it is out of view. */
  reveal(id: unknown): void {
    if (typeof id !== 'string') return;
    const written = this.pending.get(id);
    this.pending.delete(id);
    if (!written) return;
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === written.uri.toString());
    if (!editor) return;
    const range = editor.document.validateRange(written.range);
    if (editor.visibleRanges.some((visible) => visible.contains(range.start))) return;
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private remember(id: string, edit: vscode.WorkspaceEdit): void {
    const written = firstInsertion(edit);
    if (!written) return;
    this.pending.delete(id);
    this.pending.set(id, written);
    for (const old of this.pending.keys()) {
      if (this.pending.size <= MAX_PENDING) break;
      this.pending.delete(old);
    }
  }
}

/**
 * The text the edit's first change (in its first file) leaves, where it stands once the edit is applied: no other
 * change of that file comes before it, so it does not move.
 */
function firstInsertion(edit: vscode.WorkspaceEdit): Written | undefined {
  for (const [uri, edits] of edit.entries()) {
    const first = [...edits].sort((a, b) => a.range.start.compareTo(b.range.start))[0];
    if (!first) continue;
    const start = first.range.start;
    const lines = first.newText.split('\n');
    const last = lines[lines.length - 1];
    const end = lines.length === 1 ? start.translate(0, last.length) : new vscode.Position(start.line + lines.length - 1, last.length);
    return { uri, range: new vscode.Range(start, end) };
  }
  return undefined;
}
