/**
 * The map webview's script (bundled by esbuild into dist/map/mapView.js with dagre, no other source): draws what the
 * extension posts (mapPanel.ts), tells it which node to show, and keeps the keyboard focus on the same resource when
 * the map is redrawn after an edit.
 */
import './mapView.css';
import type { FromWebview, MapView, ToWebview } from '../mapProtocol';
import { renderDetails, renderMap } from './render';

declare function acquireVsCodeApi(): { postMessage(message: FromWebview): void };

const vscode = acquireVsCodeApi();
const status = document.getElementById('status')!;
const container = document.getElementById('map')!;
const details = document.getElementById('details')!;

let current: MapView | undefined;
let currentNames: { documentName: string; fileNames: readonly string[] } = { documentName: '', fileNames: [] };
let resizeTimer: ReturnType<typeof setTimeout> | undefined;

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  if (message?.type === 'map') show(message.map, message.documentName, message.fileNames);
  else if (message?.type === 'empty') showEmpty(message.message);
});

function show(map: MapView, documentName: string, fileNames: readonly string[]): void {
  const focused = focusedResource();
  current = map;
  currentNames = { documentName, fileNames };
  const started = performance.now();
  const nodes = renderMap(container, map, fileNames, {
    reveal: (nodeId) => vscode.postMessage({ type: 'reveal', nodeId }),
    describe: (node) => renderDetails(details, map, node),
  });
  // How long the last drawing took (measuring, layout, placing), for the end-to-end test's timings.
  document.body.dataset.renderMs = (performance.now() - started).toFixed(1);
  const withFindings = map.nodes.filter((node) => node.findings.length > 0).length;
  status.textContent =
    map.nodes.length === 0
      ? `${documentName}: no private endpoint, private DNS zone or Private Link service.`
      : `${documentName}: ${count(map.nodes.length, 'resource')}, ${count(withFindings, 'with findings', 'with findings')}.`;
  renderDetails(details, map, undefined);
  if (focused) {
    const again = nodes.find((node) => resourceKey(node) === focused);
    again?.focus();
  }
  document.body.dataset.state = 'map';
}

function showEmpty(message: string): void {
  current = undefined;
  container.replaceChildren();
  details.replaceChildren();
  status.textContent = message;
  document.body.dataset.state = 'empty';
}

/** The focused node as kind and label: node ids are renumbered when resources are added above it. */
function focusedResource(): string | undefined {
  const active = document.activeElement;
  return current && active instanceof SVGGElement && active.dataset.nodeId ? resourceKey(active) : undefined;
}

function resourceKey(element: SVGGElement): string {
  const node = current?.nodes.find((candidate) => candidate.id === element.dataset.nodeId);
  return `${element.dataset.kind}\u0000${node?.label ?? element.dataset.nodeId}`;
}

function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

// The layout depends on the panel's shape: drawn again once a resize settles.
window.addEventListener('resize', () => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => {
    if (current) show(current, currentNames.documentName, currentNames.fileNames);
  }, 150);
});

vscode.postMessage({ type: 'ready' });
