/**
 * A minimal LSP client for tests: spawns `dist/server.js --stdio`, speaks JSON-RPC over its pipes, answers the
 * server's requests (configuration, registrations) and records what it publishes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { SERVER_EXEC_ARGV } from '../../client/src/serverProcess';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type CodeAction,
  type Command,
  type Diagnostic,
  type Hover,
  type InitializeResult,
  type MessageConnection,
  type PublishDiagnosticsParams,
  type Range,
} from 'vscode-languageserver/node';
import { distServer, requireBuilt } from './paths';

export interface StartOptions {
  /** Workspace folder (absolute path). */
  readonly workspaceFolder?: string;
  /** The `privateLink` settings section returned for workspace/configuration. */
  readonly settings?: Record<string, unknown>;
  /** Other configuration sections returned for workspace/configuration (e.g. `files.exclude`). */
  readonly sections?: Record<string, unknown>;
  readonly initializationOptions?: unknown;
  /** Node options for the server process: by default those the VS Code client uses (client/src/serverProcess.ts). */
  readonly execArgv?: readonly string[];
  /** The server's entry script (default dist/server.js), e.g. the `privatelink-language-server` bin of an installed package. */
  readonly serverScript?: string;
  /** Declare `codeAction.resolveSupport` for `edit`, as VS Code does: fixes then come without their edit. */
  readonly resolvesEdits?: boolean;
}

interface Waiter {
  readonly uri: string;
  readonly predicate: (diagnostics: Diagnostic[]) => boolean;
  readonly resolve: (diagnostics: Diagnostic[]) => void;
}

export class LspTestClient {
  /** Every publish, in arrival order. */
  readonly published: PublishDiagnosticsParams[] = [];
  readonly logMessages: string[] = [];
  /** `window/showMessage` notifications (messages shown in the editor's window). */
  readonly shownMessages: string[] = [];
  settings: Record<string, unknown>;
  sections: Record<string, unknown> = {};
  initializeResult!: InitializeResult;
  private readonly waiters = new Set<Waiter>();
  private stderr = '';

  private constructor(
    private readonly process: ChildProcess,
    readonly connection: MessageConnection,
    settings: Record<string, unknown>,
  ) {
    this.settings = settings;
    process.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.push(params);
      for (const waiter of [...this.waiters]) {
        if (waiter.uri === params.uri && waiter.predicate(params.diagnostics)) {
          this.waiters.delete(waiter);
          waiter.resolve(params.diagnostics);
        }
      }
    });
    connection.onNotification('window/logMessage', (params: { message: string }) => this.logMessages.push(params.message));
    connection.onNotification('window/showMessage', (params: { message: string }) => this.shownMessages.push(params.message));
    connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((item) =>
        item.section === 'privateLink' ? this.settings : ((item.section && this.sections[item.section]) ?? null),
      ),
    );
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('client/unregisterCapability', () => null);
    connection.onRequest('window/showDocument', () => ({ success: true }));
    connection.onRequest('workspace/applyEdit', () => ({ applied: false }));
  }

  static async start(options: StartOptions = {}): Promise<LspTestClient> {
    const execArgv = options.execArgv ?? SERVER_EXEC_ARGV;
    const child = spawn(process.execPath, [...execArgv, options.serverScript ?? requireBuilt(distServer), '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspTestClient(child, connection, options.settings ?? {});
    client.sections = { ...options.sections };
    connection.listen();
    const folder = options.workspaceFolder;
    client.initializeResult = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folder ? pathToFileURL(folder).href : null,
      workspaceFolders: folder ? [{ uri: pathToFileURL(folder).href, name: 'workspace' }] : null,
      initializationOptions: options.initializationOptions,
      capabilities: {
        workspace: {
          configuration: true,
          didChangeConfiguration: { dynamicRegistration: true },
          didChangeWatchedFiles: { dynamicRegistration: true },
          workspaceFolders: true,
          workspaceEdit: { documentChanges: true },
        },
        textDocument: {
          synchronization: { dynamicRegistration: false },
          publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          codeAction: {
            codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source'] } },
            isPreferredSupport: true,
            dataSupport: true,
            ...(options.resolvesEdits ? { resolveSupport: { properties: ['edit'] } } : {}),
          },
        },
        window: { showDocument: { support: true } },
      },
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  open(uri: string, languageId: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** Replaces the whole text (a full-document change). */
  change(uri: string, version: number, text: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** New settings, announced the way VS Code does with pull configuration (`settings: null`). */
  async setSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  }

  filesChanged(changes: { uri: string; type: 1 | 2 | 3 }[]): Promise<void> {
    return this.connection.sendNotification('workspace/didChangeWatchedFiles', { changes });
  }

  /** Any request, e.g. the server's own `privateLink/map`. */
  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  hover(uri: string, position: { line: number; character: number }): Promise<Hover | null> {
    return this.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[]): Promise<(CodeAction | Command)[] | null> {
    return this.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics } });
  }

  resolveCodeAction(action: CodeAction): Promise<CodeAction> {
    return this.connection.sendRequest('codeAction/resolve', action);
  }

  /** Number of publishes so far for `uri`: pass it to {@link diagnostics} to ignore older ones. */
  mark(uri: string): number {
    return this.published.filter((p) => p.uri === uri).length;
  }

  /**
   * The first publish for `uri` (counting from `after` publishes, default 0) whose diagnostics satisfy
   * `predicate`; rejects after `timeoutMs` with what was published instead.
   */
  diagnostics(
    uri: string,
    predicate: (diagnostics: Diagnostic[]) => boolean = () => true,
    options: { after?: number; timeoutMs?: number } = {},
  ): Promise<Diagnostic[]> {
    const earlier = this.published.filter((p) => p.uri === uri).slice(options.after ?? 0);
    const match = earlier.find((p) => predicate(p.diagnostics));
    if (match) return Promise.resolve(match.diagnostics);
    const timeoutMs = options.timeoutMs ?? 10_000;
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        uri,
        predicate,
        resolve: (diagnostics) => {
          clearTimeout(timer);
          resolve(diagnostics);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        const seen = this.published
          .filter((p) => p.uri === uri)
          .map((p) => JSON.stringify(p.diagnostics.map((d) => `${String(d.code)}@${d.range.start.line}:${d.range.start.character}`)));
        reject(
          new Error(
            `no matching diagnostics for ${uri} within ${timeoutMs} ms; published: ${seen.join(' | ') || 'nothing'}\n${this.stderr}`,
          ),
        );
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  get serverStderr(): string {
    return this.stderr;
  }

  get exited(): boolean {
    return this.process.exitCode !== null || this.process.signalCode !== null;
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), delay(2000)]);
      await this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    await Promise.race([new Promise((resolve) => this.process.once('exit', resolve)), delay(2000)]);
    if (!this.exited) this.process.kill();
    this.connection.dispose();
  }
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function fileUri(absPath: string): string {
  return pathToFileURL(absPath).href;
}
