/**
 * What the map panel (mapPanel.ts, in the extension host) and its webview (webview/, in the browser) say to each other.
 * The map is the `privateLink/map` answer (server/src/lsp/privateLinkMap.ts, documented in docs/editors.md), read
 * here only as far as the webview draws it: the client takes no type from the server, so these are structural copies.
 */

export type MapSeverity = 'error' | 'warning' | 'info' | 'hint';

export interface MapViewFinding {
  readonly code: string;
  readonly severity: MapSeverity;
  readonly message: string;
}

export interface MapViewNode {
  readonly id: string;
  readonly kind: string;
  readonly type?: string;
  readonly label: string;
  readonly declaration: 'declared' | 'existing' | 'unknown';
  /** The URI of the file that declares it, and the declaration's LSP range (absent for `unknown` nodes). */
  readonly path: string;
  readonly range?: { readonly start: MapPosition; readonly end: MapPosition };
  readonly details: readonly { readonly name: string; readonly value: string }[];
  readonly findings: readonly MapViewFinding[];
}

export interface MapPosition {
  readonly line: number;
  readonly character: number;
}

export interface MapViewEdge {
  readonly from: string;
  readonly to: string;
  readonly kind: string;
}

export interface MapViewDnsPath {
  readonly endpoint: string;
  readonly network: string;
  readonly steps: readonly { readonly mark: string; readonly text: string }[];
  readonly result: 'private' | 'public' | 'unknown';
  readonly why?: string;
}

export interface MapView {
  readonly version: 1;
  readonly root: string;
  readonly files: readonly { readonly path: string; readonly nodes: readonly string[] }[];
  readonly nodes: readonly MapViewNode[];
  readonly edges: readonly MapViewEdge[];
  readonly dnsPaths: readonly MapViewDnsPath[];
}

/** Extension → webview. */
export type ToWebview =
  /**
   * A map to draw: `documentName` names the document it was asked for (a module's map is drawn from its caller's
   * deployment, whose file comes first), `fileNames` the files' short names in `map.files` order.
   */
  | { readonly type: 'map'; readonly map: MapView; readonly documentName: string; readonly fileNames: readonly string[] }
  /** Nothing to draw, and why (not a template, no analysis yet, the server is not running). */
  | { readonly type: 'empty'; readonly message: string };

/** Webview → extension. */
export type FromWebview =
  /** The script runs and listens: send what there is to draw. */
  | { readonly type: 'ready' }
  /** The user chose a node: show its declaration in the editor. */
  | { readonly type: 'reveal'; readonly nodeId: string };
