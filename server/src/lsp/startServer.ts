/**
 * Wires the language server onto a connection: capabilities, document sync, settings, config-file watching,
 * diagnostics, hover, code lenses, code actions. Every handler is guarded: the server logs and answers, it never dies.
 */
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind,
  CodeLensRefreshRequest,
  type CodeAction,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { CONFIG_FILE_NAME } from '../node/config';
import { toolVersion } from '../node/version';
import { provideDefinition, provideDocumentSymbols } from './bicepNavigation';
import { provideCodeLenses } from './codeLens';
import { provideCodeActions, resolveCodeAction, SHOW_DOCUMENTATION_COMMAND, type CodeActionEnvironment } from './codeActions';
import { docsHref, pathToUri, uriToPath } from './convert';
import { provideCompletion } from './completion';
import { FIX_ALL_KIND, fixAllAction, wantsFixAll } from './fixAll';
import { excludeMatcher } from './globs';
import { provideHover, type HoverSources } from './hover';
import { MAP_REQUEST, provideMap, type MapParams, type MapSources } from './privateLinkMap';
import { createLogger, describeError, guard } from './log';
import { DiagnosticsPublisher } from './publisher';
import { RequestGate } from './requests';
import { DEFAULT_SETTINGS, SettingsProvider, SETTINGS_SECTION } from './settings';
import { Validator } from './validator';
import { IdleCollector } from './heap';
import { WorkspaceState } from './workspace';
import { isClosedConnection, LostClient } from './lostClient';
import { DEFAULT_MAX_INDEXED_FILES, WorkspaceIndex } from './workspaceIndex';

/** How long code lens refreshes wait, so a burst of publishes asks the client once. */
const LENS_REFRESH_DELAY_MS = 100;

/** What our VS Code client passes in `initializationOptions`; other editors pass nothing. */
export interface InitializationOptions {
  /** Features the client implements itself, so the server does not register them. */
  readonly handledByClient?: readonly ('showRuleDocumentation' | 'fileWatching')[];
  /** Initial `privateLink` settings for clients without `workspace/configuration`. */
  readonly settings?: unknown;
  /** The host reports JSON syntax errors itself (VS Code): the server does not repeat them (hostSyntax.ts). */
  readonly hostReportsJsonSyntax?: boolean;
  /** The client has no other Bicep language support: the server gives Bicep documents an outline and definitions. */
  readonly suppliesBicepLanguage?: boolean;
}

/** Files whose change can change a document's findings: config files, and templates other documents use. */
const WATCHED_GLOBS = [`**/${CONFIG_FILE_NAME}`, '**/*.{bicep,bicepparam,json,jsonc}'];

/** What the process entry point sets up for the server (heap.ts). */
export interface ServerProcessOptions {
  /** Asks V8 for a minor collection; the server calls it when idle between analyses. */
  readonly collectGarbage?: () => void;
}

export function startServer(connection: Connection, processOptions: ServerProcessOptions = {}): void {
  const collectGarbage = processOptions.collectGarbage;
  const lostClient = new LostClient();
  const logger = createLogger(connection, () => lostClient.end());
  const documents = new TextDocuments(TextDocument);
  const workspace = new WorkspaceState(documents, logger);
  const index = new WorkspaceIndex(
    { maxFiles: DEFAULT_MAX_INDEXED_FILES, maxFileSize: DEFAULT_SETTINGS.maxFileSizeKb * 1024 },
    (filePath) => {
      const uri = workspace.openUriOf(filePath);
      return uri ? documents.get(uri)?.getText() : undefined;
    },
    (message) => logger.once(message, message),
    () => [...documents.all()].map((document) => uriToPath(document.uri)),
  );
  const isOpen = (uri: string): boolean => documents.get(uri) !== undefined;
  // Requests go before analyses: the queue waits while one is being answered and resumes after.
  const gate = new RequestGate(() => validator?.resume());
  const publisher = new DiagnosticsPublisher(
    (uri, diagnostics, version) => {
      connection
        .sendDiagnostics({ uri, diagnostics, version })
        .catch((error: unknown) => logger.error('Publishing diagnostics failed', error));
      // The lenses of an open document sum up its diagnostics: new ones, new lenses.
      if (isOpen(uri)) refreshCodeLenses();
    },
    // With workspace diagnostics off, only open documents carry diagnostics.
    (uri) => validator?.publishesWorkspace !== false || isOpen(uri),
    isOpen,
    (uri) => documents.get(uri)?.version,
  );
  let capabilities: ClientCapabilities = {};
  let options: InitializationOptions = {};
  let settings: SettingsProvider | undefined;
  let validator: Validator | undefined;
  const justOpened = new Set<string>();
  let indexedWith: string | undefined;
  let shownTruncation = false;
  let lensRefresh: ReturnType<typeof setTimeout> | undefined;

  /** (Re)scans the workspace when its folders, `files.exclude` or the file size limit changed. */
  const indexWorkspace = async (force: boolean): Promise<void> => {
    if (!settings) return;
    const folders = workspace.workspaceFolders;
    const excludes = await Promise.all(folders.map((folder) => settings!.filesExclude(pathToUri(folder))));
    const windowSettings = await settings.get(folders[0] ? pathToUri(folders[0]) : undefined);
    const key = JSON.stringify([folders, excludes, windowSettings.maxFileSizeKb]);
    if (!force && key === indexedWith) return;
    indexedWith = key;
    void index
      .rebuild(
        folders.map((folder, i) => ({
          path: folder,
          excluded: excludeMatcher(excludes[i], undefined, (message) => logger.once(message, message)),
        })),
        { maxFiles: DEFAULT_MAX_INDEXED_FILES, maxFileSize: windowSettings.maxFileSizeKb * 1024 },
      )
      .then(() => {
        // Besides the log (the index's warning): once in a window, since findings may be missing or wrong.
        if (index.truncationMessage && !shownTruncation) {
          shownTruncation = true;
          void connection
            .sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: index.truncationMessage })
            .catch((error: unknown) => logger.error('Showing a message failed', error));
        }
      });
    await validator?.recompute();
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    capabilities = params.capabilities;
    options = (params.initializationOptions ?? {}) as InitializationOptions;
    const handledByClient = new Set(options.handledByClient ?? []);
    workspace.hostReportsJsonSyntax = options.hostReportsJsonSyntax === true;
    workspace.setWorkspaceFolders(params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []));
    settings = new SettingsProvider(connection, capabilities.workspace?.configuration === true, options.settings, (message) =>
      logger.once(message, message),
    );
    const collector = new IdleCollector(collectGarbage, () => validator?.idle ?? true);
    validator = new Validator(
      workspace,
      index,
      settings,
      publisher,
      logger,
      DEFAULT_SETTINGS.debounceMs,
      DEFAULT_SETTINGS.workspaceDiagnostics,
      () => collector.workDone(),
      () => gate.busy,
    );
    gate.initialized();

    const result: InitializeResult = {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        // Quotes open the strings where group ids and zone names are typed.
        completionProvider: { triggerCharacters: ["'", '"'] },
        codeLensProvider: { resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'privatelink-language-server', version: toolVersion() },
    };
    // Where nothing else knows Bicep (bicepNavigation.ts); otherwise the Bicep language server has its own.
    if (options.suppliesBicepLanguage === true) {
      result.capabilities.documentSymbolProvider = true;
      result.capabilities.definitionProvider = true;
    }
    // Editors other than ours have no client-side command: the server opens the page through window/showDocument.
    if (!handledByClient.has('showRuleDocumentation')) {
      result.capabilities.executeCommandProvider = { commands: [SHOW_DOCUMENTATION_COMMAND] };
    }
    return result;
  });

  connection.onInitialized(
    guard(logger, 'initialized', undefined, async () => {
      const handledByClient = new Set(options.handledByClient ?? []);
      workspace.hostReportsJsonSyntax = options.hostReportsJsonSyntax === true;
      if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
        await connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
      }
      if (!handledByClient.has('fileWatching') && capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
        await connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: WATCHED_GLOBS.map((globPattern) => ({ globPattern })),
        });
      }
      if (capabilities.workspace?.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders((event) => {
          workspace.addWorkspaceFolders(
            event.added.map((folder) => folder.uri),
            event.removed.map((folder) => folder.uri),
          );
          indexWorkspace(true)
            .then(() => validator?.all())
            .catch((error: unknown) => logger.error('Indexing the workspace failed', error));
        });
      }
      await indexWorkspace(true);
    }),
  );

  documents.onDidOpen(
    guard(logger, 'didOpen', undefined, (event) => {
      justOpened.add(event.document.uri);
      validator?.opened(event.document);
    }),
  );
  documents.onDidChangeContent(
    guard(logger, 'didChange', undefined, (event) => {
      // TextDocuments fires a content change right after open; the open already scheduled an analysis.
      if (justOpened.delete(event.document.uri)) return;
      validator?.changed(event.document);
    }),
  );
  documents.onDidClose(
    guard(logger, 'didClose', undefined, (event) => {
      justOpened.delete(event.document.uri);
      validator?.closed(event.document.uri);
    }),
  );

  connection.onDidChangeConfiguration(
    guard(logger, 'didChangeConfiguration', undefined, async (params) => {
      settings?.changed(params.settings);
      await indexWorkspace(false);
      validator?.all();
      refreshCodeLenses();
    }),
  );

  connection.onDidChangeWatchedFiles(
    guard(logger, 'didChangeWatchedFiles', undefined, (params) => {
      const changedPaths: string[] = [];
      let configChanged = false;
      for (const change of params.changes) {
        const changedPath = uriToPath(change.uri);
        if (path.basename(changedPath) === CONFIG_FILE_NAME) configChanged = true;
        else changedPaths.push(changedPath);
      }
      if (changedPaths.length > 0) validator?.filesChanged(changedPaths);
      if (configChanged) {
        workspace.configsChanged();
        validator?.all();
      }
    }),
  );

  connection.onHover(
    gate.handle(
      'textDocument/hover',
      guard(logger, 'hover', null, async (params, token, stepAside) => {
        const document = documents.get(params.textDocument.uri);
        if (!document || !validator) return null;
        return provideHover(document, params.position, hoverSources(), token, stepAside);
      }),
    ),
  );

  connection.onDocumentSymbol(
    gate.handle(
      'textDocument/documentSymbol',
      guard(logger, 'documentSymbol', [], (params) => {
        const document = documents.get(params.textDocument.uri);
        return document && options.suppliesBicepLanguage === true ? provideDocumentSymbols(document) : [];
      }),
    ),
  );

  connection.onDefinition(
    gate.handle(
      'textDocument/definition',
      guard(logger, 'definition', null, (params) => {
        const document = documents.get(params.textDocument.uri);
        return document && options.suppliesBicepLanguage === true ? provideDefinition(document, params.position) : null;
      }),
    ),
  );

  connection.onCodeLens(
    gate.handle(
      'textDocument/codeLens',
      guard(logger, 'codeLens', [], async (params, token, stepAside) => {
        const document = documents.get(params.textDocument.uri);
        if (!document || !validator || !settings || !(await settings.get(document.uri)).codeLens) return [];
        return provideCodeLenses(document, hoverSources(), token, stepAside);
      }),
    ),
  );

  connection.onRequest(
    MAP_REQUEST,
    gate.handle(
      MAP_REQUEST,
      guard(logger, 'privateLink/map', null, async (params: MapParams, token, stepAside) => {
        if (!validator) return null;
        const sources: MapSources = {
          analysisFor: (path) => validator!.analysisFor(path),
          onNextAnalysisFor: (path, listener) => validator!.onNextAnalysisFor(path, listener),
        };
        return provideMap(params, sources, token, stepAside);
      }),
    ),
  );

  connection.onCompletion(
    gate.handle(
      'textDocument/completion',
      guard(logger, 'completion', null, (params) => {
        const document = documents.get(params.textDocument.uri);
        return document ? provideCompletion(document, params.position, uriToPath(document.uri)) : null;
      }),
    ),
  );

  connection.onCodeAction(
    gate.handle(
      'textDocument/codeAction',
      guard(logger, 'codeAction', [], async (params) => {
        const document = documents.get(params.textDocument.uri);
        if (!document) return [];
        const actions = provideCodeActions(document, params, codeActionEnvironment());
        if (wantsFixAll(params.context.only) && settings) {
          const prepared = workspace.prepare(document, await settings.get(document.uri));
          const fixAll = prepared && fixAllAction(document, prepared);
          if (fixAll) actions.push(fixAll);
        }
        return actions;
      }),
    ),
  );

  connection.onCodeActionResolve(
    // On failure the action comes back as it was, without an edit: the client applies nothing.
    gate.handle('codeAction/resolve', (action: CodeAction) =>
      guard(logger, 'codeAction/resolve', action, () => resolveCodeAction(action, codeActionEnvironment()))(),
    ),
  );

  /**
   * Asks the client to request code lenses again (when it can be asked): the lenses follow analyses, which also end
   * after the client asked, for changes in other files, and when the setting changes. Publishes come in bursts: one
   * request per burst.
   */
  function refreshCodeLenses(): void {
    if (!capabilities.workspace?.codeLens?.refreshSupport || lensRefresh) return;
    lensRefresh = setTimeout(() => {
      lensRefresh = undefined;
      connection.sendRequest(CodeLensRefreshRequest.type).catch((error: unknown) => logger.error('Refreshing code lenses failed', error));
    }, LENS_REFRESH_DELAY_MS);
  }

  /** What hovers and code lenses read: the analysis kept for a document and the diagnostics shown for it. */
  function hoverSources(): HoverSources {
    return {
      ruleDocsByCommand: (options.handledByClient ?? []).includes('showRuleDocumentation'),
      analysisFor: (path) => validator!.analysisFor(path),
      onNextAnalysisFor: (path, listener) => validator!.onNextAnalysisFor(path, listener),
      shown: (uri, version) => publisher.merged(uri, version),
    };
  }

  function codeActionEnvironment(): CodeActionEnvironment {
    return {
      documentChanges: capabilities.workspace?.workspaceEdit?.documentChanges === true,
      resolvesEdits: capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true,
      versionOf: (uri) => workspace.versionOf(uri),
      fixesOf: (diagnostic, uri) => validator?.fixes.fixesOf(diagnostic, uri) ?? [],
      callerDocument: (uri) => {
        const open = documents.get(uri);
        if (open) return open;
        const text = workspace.textOf(uriToPath(uri));
        // Not open: a `.json` caller is assumed to be in a JSON mode that refuses comments.
        return text === undefined ? undefined : TextDocument.create(uri, /\.bicep$/i.test(uri) ? 'bicep' : 'json', 0, text);
      },
    };
  }

  connection.onExecuteCommand(
    gate.handle(
      'workspace/executeCommand',
      guard(logger, 'executeCommand', null, async (params) => {
        if (params.command !== SHOW_DOCUMENTATION_COMMAND) return null;
        const [ruleId, href] = params.arguments ?? [];
        if (typeof ruleId !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(ruleId)) return null;
        const target = typeof href === 'string' && href.startsWith('https://') ? href : docsHref(ruleId);
        if (capabilities.window?.showDocument?.support) {
          await connection.window.showDocument({ uri: target, external: true });
        } else {
          connection.window.showInformationMessage(`${ruleId}: ${target}`);
        }
        return null;
      }),
    ),
  );

  connection.onShutdown(() => {
    const refused = gate.refusal('shutdown');
    if (refused) return refused;
    gate.shutDown();
    lostClient.shutdown();
    logger.info('Shutting down');
    return undefined;
  });
  // Methods the server does not implement: refused the same way outside the server's life, else MethodNotFound.
  connection.onRequest((method) => gate.refusal(method) ?? new ResponseError(ErrorCodes.MethodNotFound, `Unhandled method ${method}`));

  documents.listen(connection);
  connection.listen();
  logger.info(`Azure Private Link Guidance language server ${toolVersion()} started (node ${process.version})`);
  // In --stdio mode the protocol is written to stdout: a closed pipe means the client is gone.
  lostClient.watch(process.stdout);
  const report = (what: string, error: unknown): void => {
    if (isClosedConnection(error)) lostClient.end();
    logger.error(what, describeError(error));
  };
  process.on('uncaughtException', (error) => report('Uncaught exception', error));
  process.on('unhandledRejection', (reason) => report('Unhandled rejection', reason));
}
