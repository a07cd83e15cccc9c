/**
 * Whether this extension supplies the Bicep language: the official Bicep extension is not installed (or is
 * disabled). Then our server also gives Bicep files an outline and go to definition; with it, the Bicep language
 * server does, and ours stays out of the way so no symbol shows twice.
 */
import * as vscode from 'vscode';

export const BICEP_EXTENSION_ID = 'ms-azuretools.vscode-bicep';

export function suppliesBicepLanguage(): boolean {
  return vscode.extensions.getExtension(BICEP_EXTENSION_ID) === undefined;
}

/** Calls `changed` when the Bicep extension is installed, enabled, removed or disabled. */
export function onBicepSupportChange(changed: () => void): vscode.Disposable {
  let supplied = suppliesBicepLanguage();
  return vscode.extensions.onDidChange(() => {
    const now = suppliesBicepLanguage();
    if (now === supplied) return;
    supplied = now;
    changed();
  });
}
