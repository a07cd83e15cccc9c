/**
 * The VS Code side: starts the language server (dist/server.js) over IPC and implements the client-only
 * commands (rule documentation, restart, the Private Link map's panel). All analysis happens in the server.
 */
import * as vscode from 'vscode';
import {
  CloseAction,
  LanguageClient,
  TransportKind,
  type DocumentSelector,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { onBicepSupportChange, suppliesBicepLanguage } from './bicepSupport';
import { ARM_TEMPLATE_CONTEXT_KEY, looksLikeArmTemplate } from './map/armTemplateContext';
import { MapPanels, SHOW_MAP_COMMAND } from './map/mapPanel';
import { withRestartNotice } from './restartNotice';
import { FixReveal, REVEAL_FIX_COMMAND } from './revealFix';
import { SERVER_EXEC_ARGV } from './serverProcess';

const LANGUAGES = ['bicep', 'bicep-params', 'json', 'jsonc', 'arm-template'];
const SCHEMES = ['file', 'untitled'];
const RULE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Azure Private Link Guidance');
  context.subscriptions.push(output);

  const serverModule = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV] } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  // Set once the client exists: the default handler it wraps comes from the client.
  let errorHandler: ErrorHandler | undefined;
  const documentSelector: DocumentSelector = LANGUAGES.flatMap((language) => SCHEMES.map((scheme) => ({ language, scheme })));
  const fixReveal = new FixReveal();
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    middleware: fixReveal.middleware,
    outputChannel: output,
    synchronize: {
      // .privatelink.json changes the rule levels; templates on disk can be modules of open documents.
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/.privatelink.json'),
        vscode.workspace.createFileSystemWatcher('**/*.{bicep,bicepparam,json,jsonc}'),
      ],
    },
    // VS Code's JSON language features already report JSON syntax errors: the server does not repeat them.
    // Read at each (re)start: whether the Bicep extension is there decides who gives Bicep files an outline.
    initializationOptions: () => ({
      handledByClient: ['showRuleDocumentation', 'fileWatching'],
      hostReportsJsonSyntax: true,
      suppliesBicepLanguage: suppliesBicepLanguage(),
    }),
    // Hover links to rule pages run this command (the server writes them so), like the "Show documentation" quick fix.
    markdown: { isTrusted: { enabledCommands: ['privateLink.showRuleDocumentation'] } },
    // A crashed server is restarted by the client's default handler; the user is told once (see restartNotice.ts).
    errorHandler: {
      error: (error, message, count) => errorHandler!.error(error, message, count),
      closed: () => errorHandler!.closed(),
    },
  };

  client = new LanguageClient('privateLink', 'Azure Private Link Guidance', serverOptions, clientOptions);
  errorHandler = withRestartNotice(
    client.createDefaultErrorHandler(),
    (message) => void vscode.window.showInformationMessage(message),
    CloseAction.Restart,
  );

  const mapPanels = new MapPanels(context.extensionUri, () => client, LANGUAGES);
  context.subscriptions.push(
    mapPanels,
    vscode.commands.registerCommand(SHOW_MAP_COMMAND, (uri?: unknown) => mapPanels.show(uri instanceof vscode.Uri ? uri : undefined)),
    ...trackArmTemplateContext(),
    vscode.commands.registerCommand('privateLink.showRuleDocumentation', (ruleId?: unknown, href?: unknown) =>
      showRuleDocumentation(context, ruleId, href),
    ),
    onBicepSupportChange(() => void client?.restart()),
    vscode.commands.registerCommand(REVEAL_FIX_COMMAND, (id?: unknown) => fixReveal.reveal(id)),
    vscode.commands.registerCommand('privateLink.restartServer', async () => {
      if (!client) return;
      output.appendLine('Restarting the language server…');
      await client.restart();
    }),
  );

  await client.start();
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}

/** Keeps the context key that shows the map's title button on JSON files true for deployment templates only. */
function trackArmTemplateContext(): vscode.Disposable[] {
  const update = (): void => {
    const document = vscode.window.activeTextEditor?.document;
    const isTemplate = document !== undefined && /^jsonc?$/.test(document.languageId) && looksLikeArmTemplate(document.getText());
    void vscode.commands.executeCommand('setContext', ARM_TEMPLATE_CONTEXT_KEY, isTemplate);
  };
  update();
  return [
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (document === vscode.window.activeTextEditor?.document) update();
    }),
  ];
}

/** Opens docs/rules/<id>.md shipped with the extension in the Markdown preview; the web page when it is missing. */
async function showRuleDocumentation(context: vscode.ExtensionContext, ruleId: unknown, href: unknown): Promise<void> {
  let id = typeof ruleId === 'string' ? ruleId : undefined;
  if (!id) {
    id = await vscode.window.showQuickPick(ruleIdsFromManifest(context), { placeHolder: 'Private Link rule' });
    if (!id) return;
  }
  if (!RULE_ID.test(id)) return;
  const page = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', `${id}.md`);
  try {
    await vscode.workspace.fs.stat(page);
    await vscode.commands.executeCommand('markdown.showPreview', page);
  } catch {
    if (typeof href === 'string' && href.startsWith('https://')) await vscode.env.openExternal(vscode.Uri.parse(href));
    else void vscode.window.showWarningMessage(`No documentation page for ${id}.`);
  }
}

/** The rule ids, as declared in the `privateLink.rules` setting of package.json. */
function ruleIdsFromManifest(context: vscode.ExtensionContext): string[] {
  const manifest = context.extension.packageJSON as {
    contributes?: { configuration?: { properties?: Record<string, { properties?: Record<string, unknown> }> } };
  };
  return Object.keys(manifest.contributes?.configuration?.properties?.['privateLink.rules']?.properties ?? {}).sort();
}
