/**
 * The map webview's page: a strict Content Security Policy (no inline script or style; the one script runs by its
 * nonce, the style sheet and images only from the extension's own webview resources), the bundle and its style
 * sheet, and the three regions the script fills. No `vscode` import, so the tests can read it as it is.
 */

export interface MapHtmlParts {
  /** `webview.cspSource`: the origin the webview serves the extension's local resources from. */
  readonly cspSource: string;
  /** A fresh random value for each page. */
  readonly nonce: string;
  /** `webview.asWebviewUri` of dist/map/mapView.js and dist/map/mapView.css. */
  readonly scriptUri: string;
  readonly styleUri: string;
  readonly title: string;
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return `default-src 'none'; img-src ${cspSource}; script-src 'nonce-${nonce}'; style-src ${cspSource}`;
}

export function mapHtml(parts: MapHtmlParts): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(contentSecurityPolicy(parts.cspSource, parts.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeAttribute(parts.styleUri)}">
<title>${escapeText(parts.title)}</title>
</head>
<body>
<main>
<p id="status" role="status">Loading the Private Link map…</p>
<div id="map" role="group" aria-label="Private Link map"></div>
</main>
<aside id="details" aria-live="polite"></aside>
<script nonce="${escapeAttribute(parts.nonce)}" src="${escapeAttribute(parts.scriptUri)}"></script>
</body>
</html>
`;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}
