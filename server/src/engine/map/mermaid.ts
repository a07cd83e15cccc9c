/**
 * The map as a Mermaid flowchart (GitHub and Azure DevOps render Mermaid in Markdown): a subgraph per file, a node per
 * resource with its kind, name and finding count, a class per worst finding severity, dashed borders for resources the
 * deployment does not create, and the DNS path of each endpoint as a dotted edge to each client network.
 *
 * Labels are always quoted strings with every character Mermaid or Markdown could read as syntax written as an entity
 * (`#quot;`, `#35;` …), so no name from a template can break the diagram or inject markup.
 */
import type { MapNode, MapNodeKind, PrivateLinkMap } from './mapModel';

/** What the rendering reads of a map: anything shaped like it (the CLI's JSON maps carry line/character ranges). */
export interface MermaidMap extends Omit<PrivateLinkMap, 'nodes'> {
  readonly nodes: readonly Omit<MapNode, 'range'>[];
}

export interface MermaidOptions {
  /** Nodes shown per file at most (the rest are counted in a note); default unlimited. */
  readonly maxNodesPerFile?: number;
  /** Turns a file path into the name shown (relative to the repository); default the path itself. */
  readonly displayPath?: (path: string) => string;
  /** Prefix of node ids, so several maps can share one flowchart. */
  readonly idPrefix?: string;
}

const KIND_NAMES: Readonly<Record<MapNodeKind, string>> = {
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

const EDGE_LABELS: Readonly<Record<string, string>> = {
  inSubnet: 'in',
  inNetwork: 'in',
  connectsTo: 'connects to',
  hasZoneGroup: '',
  usesZone: 'record in',
  hasLink: '',
  linksNetwork: 'links',
  usesFrontend: 'frontend',
  frontendOf: '',
  natSubnet: 'NAT',
};

const CLASS_DEFS = [
  'classDef error fill:#fde2e1,stroke:#c62828,color:#000',
  'classDef warning fill:#fff4ce,stroke:#b7791f,color:#000',
  'classDef info fill:#e3f2fd,stroke:#1565c0,color:#000',
  'classDef notDeclared stroke-dasharray:4 3',
];

/** One flowchart (no surrounding fence) of one or several maps. */
export function mapsToMermaid(maps: readonly MermaidMap[], options: Omit<MermaidOptions, 'idPrefix'> = {}): string {
  const lines = ['flowchart LR'];
  maps.forEach((map, index) => lines.push(...mapBody(map, { ...options, idPrefix: maps.length > 1 ? `d${index + 1}_` : '' })));
  if (lines.length === 1) lines.push(`  empty["${escapeLabel('No private endpoint, private DNS zone or Private Link service')}"]`);
  lines.push(...CLASS_DEFS.map((d) => `  ${d}`));
  return lines.join('\n') + '\n';
}

function mapBody(map: MermaidMap, options: MermaidOptions): string[] {
  const prefix = options.idPrefix ?? '';
  const id = (nodeId: string): string => `${prefix}${nodeId}`;
  const byId = new Map(map.nodes.map((n) => [n.id, n]));
  const shown = new Set<string>();
  const lines: string[] = [];
  map.files.forEach((file, fileIndex) => {
    const kept = options.maxNodesPerFile === undefined ? file.nodes : file.nodes.slice(0, options.maxNodesPerFile);
    lines.push(`  subgraph ${prefix}f${fileIndex + 1}["${escapeLabel(options.displayPath ? options.displayPath(file.path) : file.path)}"]`);
    for (const nodeId of kept) {
      const node = byId.get(nodeId);
      if (!node) continue;
      shown.add(nodeId);
      lines.push(`    ${id(nodeId)}${shape(node, nodeLabel(node))}`);
    }
    const left = file.nodes.length - kept.length;
    if (left > 0) lines.push(`    ${prefix}f${fileIndex + 1}_more["${escapeLabel(`… ${left} more resource(s) not shown`)}"]`);
    lines.push('  end');
  });
  for (const edge of map.edges) {
    if (!shown.has(edge.from) || !shown.has(edge.to)) continue;
    const label = EDGE_LABELS[edge.kind];
    lines.push(`  ${id(edge.from)} -->${label ? `|"${escapeLabel(label)}"|` : ''} ${id(edge.to)}`);
  }
  for (const path of map.dnsPaths) {
    if (!shown.has(path.endpoint) || !shown.has(path.network)) continue;
    const verdict = path.result === 'private' ? 'DNS ✅ private' : path.result === 'public' ? 'DNS ❌ public' : 'DNS ❔';
    lines.push(`  ${id(path.network)} -.-|"${escapeLabel(verdict)}"| ${id(path.endpoint)}`);
  }
  for (const node of map.nodes) {
    if (!shown.has(node.id)) continue;
    const worst = worstSeverity(node);
    if (worst) lines.push(`  class ${id(node.id)} ${worst}`);
    if (node.declaration !== 'declared') lines.push(`  class ${id(node.id)} notDeclared`);
  }
  return lines;
}

function nodeLabel(node: Omit<MapNode, 'range'>): string {
  const head = `${KIND_NAMES[node.kind]}${node.declaration === 'existing' ? ' (existing)' : node.declaration === 'unknown' ? ' (not in this deployment)' : ''}`;
  const lines = [head, node.label];
  for (const detail of node.details.slice(0, 3)) lines.push(`${detail.name}: ${detail.value}`);
  if (node.findings.length > 0) lines.push(`${node.findings.length} finding(s)`);
  return lines.map(escapeLabel).join('<br/>');
}

function shape(node: Omit<MapNode, 'range'>, label: string): string {
  switch (node.kind) {
    case 'privateEndpoint':
      return `(["${label}"])`;
    case 'privateDnsZone':
      return `[("${label}")]`;
    case 'virtualNetwork':
    case 'subnet':
      return `["${label}"]`;
    default:
      return `("${label}")`;
  }
}

function worstSeverity(node: Omit<MapNode, 'range'>): 'error' | 'warning' | 'info' | undefined {
  for (const severity of ['error', 'warning', 'info'] as const) if (node.findings.some((f) => f.severity === severity)) return severity;
  return undefined;
}

/**
 * Text safe inside a quoted Mermaid label: `"` and `#` (entity syntax), `<`/`>`/`&` (HTML), brackets, braces, pipes,
 * backticks and line breaks are written as `#<code>;` entities, which Mermaid turns back into the characters.
 */
export function escapeLabel(text: string): string {
  let out = '';
  for (const ch of text) {
    if (ch === '\r') continue;
    if (ch === '\n') out += ' ';
    else if (/["#<>&[\](){}|`;\\]/.test(ch)) out += `#${ch.codePointAt(0)};`;
    else if (ch.codePointAt(0)! < 0x20 || ch === '\u2028' || ch === '\u2029') out += ' ';
    else out += ch;
  }
  return out;
}
