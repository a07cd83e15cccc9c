/**
 * Code lenses: one line above each private endpoint and Private Link service summing up its checklist (issue 19.8),
 * from the analysis the hovers answer from and the diagnostics the editor shows for it (engine
 * `checklistLensesFromSnapshot`), so a lens never contradicts a squiggle. Editors ask for lenses right after an
 * edit: when the kept analysis read an older version, the request waits for the next analysis, as a hover does, then
 * answers for the declarations no edit reached since. `privateLink.codeLens.enabled: false` turns them off.
 *
 * A lens carries a command with an empty id: editors show its title as text that does nothing when clicked.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CancellationToken, CodeLens } from 'vscode-languageserver/node';
import { checklistLensesFromSnapshot } from '../engine';
import { uriToPath } from './convert';
import { nextAnalysis, shownFindings, type HoverSources } from './hover';
import type { StepAside } from './requests';
import { languageOf } from './workspace';

export async function provideCodeLenses(
  document: TextDocument,
  sources: HoverSources,
  token: CancellationToken,
  stepAside: StepAside,
): Promise<CodeLens[]> {
  const path = uriToPath(document.uri);
  if (!languageOf(document, path)) return [];
  const current = sources.analysisFor(path);
  if (current?.versions.get(document.uri) !== document.version && !token.isCancellationRequested) {
    await stepAside(nextAnalysis(sources, path, token));
  }
  const retained = sources.analysisFor(path);
  const version = retained?.versions.get(document.uri);
  if (!retained || version === undefined || token.isCancellationRequested) return [];
  const shown = shownFindings(document.uri, path, retained, version, sources);
  const text = version === document.version ? undefined : document.getText();
  return checklistLensesFromSnapshot(retained.snapshot, path, shown, text).map((lens) => ({
    range: { start: document.positionAt(lens.range.start), end: document.positionAt(lens.range.end) },
    command: { title: lens.title, command: '' },
  }));
}
