/**
 * "Fix all Private Link findings" (`source.fixAll.privatelink`, for `editor.codeActionsOnSave` and the Source Action
 * menu): the preferred fix of every finding in the document, applied as `--fix` applies them (node/fixLoop.ts: one fix
 * per pass, analysed again in between, so no declaration is added twice), in memory; the editor gets one edit, which
 * it can undo. Fixes that would edit another file are left to their quick fixes.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction } from 'vscode-languageserver/node';
import { analyzeDocument } from '../engine';
import { applyFixesInPasses } from '../node/fixLoop';
import type { PreparedAnalysis } from './workspace';

export const FIX_ALL_KIND = 'source.fixAll.privatelink';

/** Whether a code action request's `only` asks for this kind (`source`, `source.fixAll` or the kind itself). */
export function wantsFixAll(only: readonly string[] | undefined): boolean {
  return only !== undefined && only.some((kind) => kind === FIX_ALL_KIND || FIX_ALL_KIND.startsWith(`${kind}.`));
}

export function fixAllAction(document: TextDocument, prepared: PreparedAnalysis): CodeAction | undefined {
  const path = prepared.request.path;
  const original = document.getText();
  const texts = new Map([[path, original]]);
  const host = prepared.options.host;
  const outcome = applyFixesInPasses(
    () =>
      analyzeDocument(
        { ...prepared.request, text: texts.get(path)! },
        {
          ...prepared.options,
          cache: undefined,
          host: host && { ...host, readFile: (file) => (file === path ? texts.get(path)! : host.readFile(file)) },
        },
      ).findings,
    texts,
  );
  const fixed = outcome.changed.get(path)?.fixed;
  if (fixed === undefined) return undefined;
  // One edit over the stretch that changed, so the editor keeps the cursor and folding elsewhere.
  let start = 0;
  while (start < original.length && start < fixed.length && original[start] === fixed[start]) start++;
  let end = 0;
  while (
    end < original.length - start &&
    end < fixed.length - start &&
    original[original.length - 1 - end] === fixed[fixed.length - 1 - end]
  )
    end++;
  const range = { start: document.positionAt(start), end: document.positionAt(original.length - end) };
  return {
    title: `Fix all Private Link findings (${outcome.applied} fix${outcome.applied === 1 ? '' : 'es'})`,
    kind: FIX_ALL_KIND,
    edit: { changes: { [document.uri]: [{ range, newText: fixed.slice(start, fixed.length - end) }] } },
  };
}
