/**
 * Draws the map as SVG: a box per resource coloured by its worst finding (theme colours, see mapView.css), labelled
 * edges, a frame per file when there are several. Every node is a focusable button: its findings show in its tooltip
 * and in the details panel on hover or focus; a click, Enter or Space asks the extension to show its declaration.
 * All text goes in through textContent or attributes, never as markup: labels come from templates.
 */
import type { MapView, MapViewNode } from '../mapProtocol';
import { layoutMap, type Direction, type Size } from './layout';

const SVG = 'http://www.w3.org/2000/svg';

const KIND_NAMES: Readonly<Record<string, string>> = {
  privateEndpoint: 'Private endpoint',
  target: 'Target',
  privateLinkService: 'Private Link service',
  subnet: 'Subnet',
  virtualNetwork: 'Virtual network',
  privateDnsZone: 'Private DNS zone',
  zoneGroup: 'DNS zone group',
  virtualNetworkLink: 'VNet link',
  loadBalancer: 'Load balancer',
  frontend: 'Frontend',
};

/** Each edge is labelled by what it leads to, as seen from where it starts. */
const EDGE_LABELS: Readonly<Record<string, string>> = {
  inSubnet: 'subnet',
  inNetwork: 'network',
  connectsTo: 'target',
  hasZoneGroup: 'zone group',
  usesZone: 'zone',
  hasLink: 'link',
  linksNetwork: 'network',
  usesFrontend: 'frontend',
  frontendOf: 'load balancer',
  natSubnet: 'NAT subnet',
};

const SEVERITY_ORDER = ['error', 'warning', 'info', 'hint'] as const;
export type Worst = 'error' | 'warning' | 'info' | 'none';

const PADDING_X = 10;
const LINE_HEIGHT = 17;
const PADDING_Y = 7;
const MAX_LABEL_CHARACTERS = 48;
/** A map wider than its panel is scaled down to fit, but no further than this (then it scrolls). */
const MIN_SCALE = 0.55;

export interface RenderCallbacks {
  reveal(nodeId: string): void;
  describe(node: MapViewNode | undefined): void;
}

export function kindName(node: MapViewNode): string {
  return KIND_NAMES[node.kind] ?? node.kind;
}

export function edgeLabel(kind: string): string {
  return EDGE_LABELS[kind] ?? kind;
}

export function worstSeverity(node: MapViewNode): Worst {
  for (const severity of SEVERITY_ORDER) {
    if (node.findings.some((finding) => finding.severity === severity)) return severity === 'hint' ? 'info' : severity;
  }
  return 'none';
}

/** "2 errors, 1 warning", or undefined without findings. */
export function findingSummary(node: MapViewNode): string | undefined {
  const parts: string[] = [];
  for (const severity of SEVERITY_ORDER) {
    const count = node.findings.filter((finding) => finding.severity === severity).length;
    if (count > 0) parts.push(`${count} ${severity}${count === 1 ? '' : 's'}`);
  }
  return parts.length > 0 ? parts.join(', ') : undefined;
}

function declarationNote(node: MapViewNode): string {
  return node.declaration === 'existing' ? ' (existing)' : node.declaration === 'unknown' ? ' (not in this deployment)' : '';
}

function shorten(text: string): string {
  return text.length > MAX_LABEL_CHARACTERS ? `${text.slice(0, MAX_LABEL_CHARACTERS - 1)}…` : text;
}

function svg<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number> = {}): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

function textLine(text: string, className: string, line: number): SVGTextElement {
  const element = svg('text', { class: className, x: PADDING_X, y: PADDING_Y + LINE_HEIGHT * line + 13 });
  element.textContent = text;
  return element;
}

/** Replaces `container`'s content with the drawn map; returns the node elements in tab order. */
export function renderMap(container: HTMLElement, map: MapView, fileNames: readonly string[], callbacks: RenderCallbacks): SVGGElement[] {
  container.replaceChildren();
  const root = svg('svg', { class: 'map', role: 'presentation' });
  // Drawn first (so measurable), placed after the layout.
  const defs = svg('defs');
  const marker = svg('marker', {
    id: 'arrow',
    viewBox: '0 0 10 10',
    refX: 10,
    refY: 5,
    markerWidth: 7,
    markerHeight: 7,
    orient: 'auto-start-reverse',
  });
  marker.append(svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'arrow-head' }));
  defs.append(marker);
  const fileLayer = svg('g', { class: 'files' });
  const edgeLayer = svg('g', { class: 'edges' });
  const nodeLayer = svg('g', { class: 'nodes' });
  root.append(defs, fileLayer, edgeLayer, nodeLayer);
  container.append(root);

  const groups = new Map<string, SVGGElement>();
  const sizes = new Map<string, Size>();
  for (const node of map.nodes) {
    const worst = worstSeverity(node);
    const group = svg('g', {
      class: `node severity-${worst} declaration-${node.declaration}`,
      tabindex: 0,
      role: 'button',
      'data-node-id': node.id,
      'data-kind': node.kind,
      'data-severity': worst,
      'aria-label': ariaLabel(node),
    });
    const title = svg('title');
    title.textContent = tooltip(node);
    const frame = svg('rect', { class: 'frame', rx: 4, ry: 4 });
    group.append(title, frame, textLine(`${kindName(node)}${declarationNote(node)}`, 'kind', 0), textLine(shorten(node.label), 'label', 1));
    const summary = findingSummary(node);
    if (summary) group.append(textLine(summary, 'summary', 2));
    nodeLayer.append(group);
    let width = 0;
    for (const text of group.querySelectorAll('text')) width = Math.max(width, textWidth(text));
    const size = { width: Math.ceil(width) + 2 * PADDING_X, height: PADDING_Y * 2 + LINE_HEIGHT * (summary ? 3 : 2) + 2 };
    frame.setAttribute('width', String(size.width));
    frame.setAttribute('height', String(size.height));
    sizes.set(node.id, size);
    groups.set(node.id, group);
    group.addEventListener('click', () => callbacks.reveal(node.id));
    group.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        callbacks.reveal(node.id);
      }
    });
    group.addEventListener('mouseenter', () => callbacks.describe(node));
    group.addEventListener('focus', () => callbacks.describe(node));
  }

  const labelSizes: Size[] = [];
  const labels = map.edges.map((edge, index) => {
    const text = svg('text', { class: 'edge-label', 'text-anchor': 'middle', 'dominant-baseline': 'central', 'data-edge-kind': edge.kind });
    text.textContent = edgeLabel(edge.kind);
    edgeLayer.append(text);
    labelSizes[index] = { width: Math.ceil(textWidth(text)) + 8, height: 16 };
    return text;
  });

  // A panel beside the editor is usually tall and narrow: the layers then go down the page.
  const available = { width: Math.max(container.clientWidth, 200), height: Math.max(window.innerHeight, 200) };
  const direction: Direction = available.width < available.height * 1.2 ? 'TB' : 'LR';
  const layout = layoutMap(map, sizes, labelSizes, direction);
  const scale = Math.min(1, Math.max(MIN_SCALE, available.width / Math.max(layout.width, 1)));
  root.setAttribute('width', String(Math.ceil(layout.width * scale)));
  root.setAttribute('height', String(Math.ceil(layout.height * scale)));
  root.setAttribute('viewBox', `0 0 ${Math.ceil(layout.width)} ${Math.ceil(layout.height)}`);
  root.dataset.direction = direction;

  layout.files.forEach((box, index) => {
    if (!box) return;
    const frame = svg('rect', { class: 'file-frame', x: box.x, y: box.y, width: box.width, height: box.height, rx: 6, ry: 6 });
    const name = svg('text', { class: 'file-name', x: box.x + 8, y: box.y + 18 });
    name.textContent = fileNames[index] ?? map.files[index].path;
    fileLayer.append(frame, name);
  });

  const placedEdges = new Set<number>();
  for (const placed of layout.edges) {
    placedEdges.add(placed.index);
    const edge = map.edges[placed.index];
    const d = placed.points.map((point, i) => `${i === 0 ? 'M' : 'L'} ${point.x.toFixed(1)} ${point.y.toFixed(1)}`).join(' ');
    const path = svg('path', {
      class: 'edge',
      d,
      'marker-end': 'url(#arrow)',
      'data-from': edge.from,
      'data-to': edge.to,
      'data-edge-kind': edge.kind,
    });
    edgeLayer.insertBefore(path, edgeLayer.firstChild);
    labels[placed.index].setAttribute('x', placed.label.x.toFixed(1));
    labels[placed.index].setAttribute('y', placed.label.y.toFixed(1));
  }
  labels.forEach((label, index) => {
    if (!placedEdges.has(index)) label.remove();
  });

  for (const [id, box] of layout.nodes) groups.get(id)?.setAttribute('transform', `translate(${box.x.toFixed(1)} ${box.y.toFixed(1)})`);
  // Tab order follows the drawing: left to right, then top to bottom.
  const ordered = [...groups.entries()]
    .filter(([id]) => layout.nodes.has(id))
    .sort(([a], [b]) => {
      const boxA = layout.nodes.get(a)!;
      const boxB = layout.nodes.get(b)!;
      return boxA.x - boxB.x || boxA.y - boxB.y;
    })
    .map(([, group]) => group);
  nodeLayer.append(...ordered);
  return ordered;
}

/** The drawn width; an estimate when nothing is drawn (a page rendered while hidden measures 0). */
function textWidth(text: SVGTextElement): number {
  return text.getComputedTextLength() || (text.textContent ?? '').length * 7.5;
}

function ariaLabel(node: MapViewNode): string {
  const summary = findingSummary(node);
  return `${kindName(node)}${declarationNote(node)} ${node.label}: ${summary ?? 'no findings'}. Press Enter to show its declaration.`;
}

function tooltip(node: MapViewNode): string {
  const lines = [`${kindName(node)}${declarationNote(node)}: ${node.label}`];
  if (node.type) lines.push(node.type);
  for (const finding of node.findings) lines.push(`${finding.severity} ${finding.code}: ${finding.message}`);
  if (node.findings.length === 0) lines.push('No findings.');
  return lines.join('\n');
}

/** The details panel: what the node is, its facts, its findings and (for an endpoint) its DNS paths. */
export function renderDetails(panel: HTMLElement, map: MapView, node: MapViewNode | undefined): void {
  panel.replaceChildren();
  if (!node) {
    const hint = document.createElement('p');
    hint.className = 'hint';
    hint.textContent = 'Hover or focus a resource to see its findings; click it (or press Enter) to show its declaration.';
    panel.append(hint);
    return;
  }
  const heading = document.createElement('h2');
  heading.textContent = `${kindName(node)}${declarationNote(node)}: ${node.label}`;
  panel.append(heading);
  if (node.type) panel.append(paragraph(node.type, 'type'));
  if (node.details.length > 0) {
    const facts = document.createElement('dl');
    for (const detail of node.details) {
      const name = document.createElement('dt');
      name.textContent = detail.name;
      const value = document.createElement('dd');
      value.textContent = detail.value;
      facts.append(name, value);
    }
    panel.append(facts);
  }
  if (node.findings.length === 0) {
    panel.append(paragraph('No findings.', 'no-findings'));
  } else {
    const list = document.createElement('ul');
    list.className = 'findings';
    for (const finding of node.findings) {
      const item = document.createElement('li');
      item.className = `finding severity-${finding.severity === 'hint' ? 'info' : finding.severity}`;
      const code = document.createElement('strong');
      code.textContent = `${finding.severity} ${finding.code}: `;
      item.append(code, document.createTextNode(finding.message));
      list.append(item);
    }
    panel.append(list);
  }
  const labels = new Map(map.nodes.map((candidate) => [candidate.id, candidate.label]));
  for (const path of map.dnsPaths.filter((candidate) => candidate.endpoint === node.id || candidate.network === node.id)) {
    const title = document.createElement('h3');
    title.textContent = `DNS from ${labels.get(path.network) ?? path.network} to ${labels.get(path.endpoint) ?? path.endpoint}: ${path.result}`;
    const steps = document.createElement('ol');
    steps.className = 'dns-steps';
    for (const step of path.steps) {
      const item = document.createElement('li');
      item.textContent = `${step.mark} ${step.text.replace(/`/g, '')}`;
      steps.append(item);
    }
    panel.append(title, steps);
  }
}

function paragraph(text: string, className: string): HTMLParagraphElement {
  const element = document.createElement('p');
  element.className = className;
  element.textContent = text;
  return element;
}
