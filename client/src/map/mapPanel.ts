/**
 * "Private Link: Show Map": one webview panel beside the editor that draws the `privateLink/map` answer for a
 * document. The panel follows the active editor (to another template or Bicep file that is not part of the map shown;
 * anything else leaves the map as it is), is redrawn when the diagnostics of a file it shows change (the server publishes them after every analysis
 * of an open document, so they mark a new analysis), and shows a node's declaration when the webview asks.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { mapHtml } from './mapHtml';
import type { FromWebview, MapView, ToWebview } from './mapProtocol';

export const SHOW_MAP_COMMAND = 'privateLink.showMap';
const VIEW_TYPE = 'privateLink.map';
const MAP_REQUEST = 'privateLink/map';
/** Diagnostics of one analysis arrive file by file: one redraw after they settle. */
const REFRESH_DELAY_MS = 250;

export class MapPanels implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.Uri | undefined;
  private map: MapView | undefined;
  /**
   * A document the map followed to whose analysis was not ready (the server waits a moment, then answers null): the
   * map moves to it when its diagnostics arrive, instead of staying on the previous file for good.
   */
  private awaitedDocument: vscode.Uri | undefined;
  private message: ToWebview | undefined;
  /** The column of the editor the map was opened from: declarations are shown there. */
  private sourceColumn = vscode.ViewColumn.One;
  private requestCount = 0;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly client: () => LanguageClient | undefined,
    private readonly languages: readonly string[],
  ) {
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
      vscode.languages.onDidChangeDiagnostics((event) => {
        if (!this.panel) return;
        const awaited = this.awaitedDocument?.toString();
        if (awaited && event.uris.some((uri) => uri.toString() === awaited)) void this.load(this.awaitedDocument!, false);
        else if (event.uris.some((uri) => this.shows(uri))) this.scheduleRefresh();
      }),
    );
  }

  /** The command: the map of `uri` (from the title button or context menu), else of the active editor. */
  async show(uri?: vscode.Uri): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const target = uri ?? editor?.document.uri;
    if (!target) {
      void vscode.window.showInformationMessage('Open an ARM template or a Bicep file to see its Private Link map.');
      return;
    }
    const column = vscode.window.visibleTextEditors.find((visible) => visible.document.uri.toString() === target.toString())?.viewColumn;
    this.sourceColumn = column ?? editor?.viewColumn ?? vscode.ViewColumn.One;
    this.awaitedDocument = undefined;
    const panel = this.ensurePanel();
    panel.reveal(vscode.ViewColumn.Beside, true);
    await this.load(target, true);
  }

  dispose(): void {
    clearTimeout(this.refreshTimer);
    this.panel?.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private ensurePanel(): vscode.WebviewPanel {
    if (this.panel) return this.panel;
    const bundleFolder = vscode.Uri.joinPath(this.extensionUri, 'dist', 'map');
    const panel = vscode.window.createWebviewPanel(
      VIEW_TYPE,
      'Private Link Map',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [bundleFolder] },
    );
    const webview = panel.webview;
    webview.html = mapHtml({
      cspSource: webview.cspSource,
      nonce: randomBytes(16).toString('base64'),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(bundleFolder, 'mapView.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(bundleFolder, 'mapView.css')).toString(),
      title: 'Private Link Map',
    });
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.document = undefined;
      this.map = undefined;
      this.awaitedDocument = undefined;
      this.message = undefined;
      clearTimeout(this.refreshTimer);
    });
    webview.onDidReceiveMessage((message: FromWebview) => this.receive(message));
    this.panel = panel;
    return panel;
  }

  private receive(message: FromWebview): void {
    if (message?.type === 'ready') {
      // The page (re)started, e.g. after the panel was hidden: it has nothing until told again.
      if (this.message) void this.panel?.webview.postMessage(this.message);
    } else if (message?.type === 'reveal' && typeof message.nodeId === 'string') {
      void this.reveal(message.nodeId);
    }
  }

  /** Shows the declaration of a node of the map on screen: only ids of that map, never a path the page names. */
  private async reveal(nodeId: string): Promise<void> {
    const node = this.map?.nodes.find((candidate) => candidate.id === nodeId);
    const client = this.client();
    if (!node || !client) return;
    const uri = client.protocol2CodeConverter.asUri(node.path);
    const start = node.range ? new vscode.Position(node.range.start.line, node.range.start.character) : undefined;
    const editor = await vscode.window.showTextDocument(uri, {
      viewColumn: this.sourceColumn,
      preserveFocus: false,
      ...(start ? { selection: new vscode.Range(start, start) } : {}),
    });
    if (start && node.range) {
      const end = new vscode.Position(node.range.end.line, node.range.end.character);
      editor.revealRange(new vscode.Range(start, end), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
  }

  /** The active editor moved to another template or Bicep file: the map moves with it (when it has one). */
  private follow(editor: vscode.TextEditor | undefined): void {
    if (!this.panel || !editor || !this.isAnalysed(editor.document)) return;
    // The mapped document, or a file of its map (a module a node's declaration was just opened in): the map stays.
    if (this.shows(editor.document.uri)) {
      this.awaitedDocument = undefined;
      return;
    }
    // Declarations open where the user reads the code, not over the map.
    if (editor.viewColumn !== undefined && editor.viewColumn !== this.panel.viewColumn) this.sourceColumn = editor.viewColumn;
    this.awaitedDocument = undefined;
    void this.load(editor.document.uri, false);
  }

  private isAnalysed(document: vscode.TextDocument): boolean {
    return (document.uri.scheme === 'file' || document.uri.scheme === 'untitled') && this.languages.includes(document.languageId);
  }

  /** Whether `uri` is the mapped document or a file the map draws nodes of (a module, a parameter file). */
  private shows(uri: vscode.Uri): boolean {
    const text = uri.toString();
    if (text === this.document?.toString()) return true;
    const client = this.client();
    if (!client || !this.map) return false;
    const asProtocol = client.code2ProtocolConverter.asUri(uri);
    return this.map.files.some((file) => file.path === asProtocol);
  }

  private scheduleRefresh(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      if (this.document) void this.load(this.document, false);
    }, REFRESH_DELAY_MS);
  }

  /**
   * Asks the server for the map of `uri` and sends it to the page. `explicit`: the user asked for this document, so a
   * document without a map says so; otherwise (following, refreshing) a missing map leaves the one shown.
   */
  private async load(uri: vscode.Uri, explicit: boolean): Promise<void> {
    const request = ++this.requestCount;
    const client = this.client();
    const name = baseName(uri);
    let map: MapView | null = null;
    let failure: string | undefined;
    if (!client || !client.isRunning()) {
      failure = 'The Private Link language server is not running.';
    } else {
      try {
        map = await client.sendRequest<MapView | null>(MAP_REQUEST, {
          textDocument: { uri: client.code2ProtocolConverter.asUri(uri) },
        });
      } catch (error) {
        failure = `The map of ${name} could not be built: ${error instanceof Error ? error.message : String(error)}`;
      }
    }
    // A newer request (another document, a later analysis) has the last word.
    if (request !== this.requestCount || !this.panel) return;
    if (!map) {
      if (!explicit && this.document && uri.toString() !== this.document.toString()) {
        this.awaitedDocument = uri;
        return;
      }
      failure ??= `${name} has no Private Link map: it is not an ARM template or Bicep file, or it has not been analysed.`;
      this.document = uri;
      this.map = undefined;
      this.post({ type: 'empty', message: failure });
    } else {
      if (this.awaitedDocument?.toString() === uri.toString()) this.awaitedDocument = undefined;
      this.document = uri;
      this.map = map;
      this.post({ type: 'map', map, documentName: name, fileNames: map.files.map((file) => baseName(vscode.Uri.parse(file.path))) });
    }
    this.panel.title = `Private Link Map: ${name}`;
  }

  private post(message: ToWebview): void {
    this.message = message;
    void this.panel?.webview.postMessage(message);
  }
}

function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
}
