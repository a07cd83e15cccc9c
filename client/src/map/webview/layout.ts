/**
 * Where each node and edge of the map goes: dagre's layered layout (endpoint → subnet → network, zone group → zone →
 * link), left to right in a wide panel and top to bottom in a tall one, with one box per file when the map spans
 * several files (modules, linked templates).
 */
import dagre from '@dagrejs/dagre';
import type { MapView } from '../mapProtocol';

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface Box extends Size {
  /** Top-left corner. */
  readonly x: number;
  readonly y: number;
}

export interface PlacedEdge {
  readonly index: number;
  readonly points: readonly { readonly x: number; readonly y: number }[];
  /** Centre of the label. */
  readonly label: { readonly x: number; readonly y: number };
}

export interface Layout extends Size {
  readonly nodes: ReadonlyMap<string, Box>;
  readonly edges: readonly PlacedEdge[];
  /** One box per file, in `map.files` order; empty for a map of one file. */
  readonly files: readonly (Box | undefined)[];
}

const FILE_PREFIX = 'file:';

export type Direction = 'LR' | 'TB';

export function layoutMap(
  map: MapView,
  nodeSizes: ReadonlyMap<string, Size>,
  edgeLabelSizes: readonly Size[],
  direction: Direction,
): Layout {
  const graph = new dagre.graphlib.Graph({ multigraph: true, compound: map.files.length > 1 });
  graph.setGraph({ rankdir: direction, nodesep: 24, ranksep: 56, edgesep: 12, marginx: 16, marginy: 16 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of map.nodes) {
    const size = nodeSizes.get(node.id);
    if (size) graph.setNode(node.id, { width: size.width, height: size.height });
  }
  if (map.files.length > 1) {
    map.files.forEach((file, index) => {
      if (!file.nodes.some((id) => graph.hasNode(id))) return;
      graph.setNode(`${FILE_PREFIX}${index}`, { width: 0, height: 0, paddingTop: 28 });
      for (const id of file.nodes) if (graph.hasNode(id)) graph.setParent(id, `${FILE_PREFIX}${index}`);
    });
  }
  map.edges.forEach((edge, index) => {
    if (!graph.hasNode(edge.from) || !graph.hasNode(edge.to)) return;
    const size = edgeLabelSizes[index] ?? { width: 0, height: 0 };
    graph.setEdge(edge.from, edge.to, { width: size.width, height: size.height, labelpos: 'c' }, String(index));
  });
  dagre.layout(graph);

  const boxOf = (id: string): Box | undefined => {
    const placed = graph.node(id) as { x: number; y: number; width: number; height: number } | undefined;
    return placed
      ? { x: placed.x - placed.width / 2, y: placed.y - placed.height / 2, width: placed.width, height: placed.height }
      : undefined;
  };
  const nodes = new Map<string, Box>();
  for (const node of map.nodes) {
    const box = boxOf(node.id);
    if (box) nodes.set(node.id, box);
  }
  const edges: PlacedEdge[] = [];
  for (const edgeKey of graph.edges()) {
    const placed = graph.edge(edgeKey) as { points?: { x: number; y: number }[]; x?: number; y?: number };
    const points = placed.points ?? [];
    if (points.length === 0) continue;
    const middle = points[Math.floor(points.length / 2)];
    edges.push({ index: Number(edgeKey.name), points, label: { x: placed.x ?? middle.x, y: placed.y ?? middle.y } });
  }
  const files = map.files.length > 1 ? map.files.map((_, index) => boxOf(`${FILE_PREFIX}${index}`)) : [];
  const size = graph.graph() as { width?: number; height?: number };
  return { width: size.width ?? 0, height: size.height ?? 0, nodes, edges, files };
}
