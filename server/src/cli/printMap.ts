/**
 * The Private Link map in the CLI's outputs: `--format mermaid` (a Mermaid flowchart of every analysed deployment) and
 * `--format json --map` (the map model with display paths and 0-based line/character ranges, as the diagnostics have).
 */
import { mapsToMermaid, type MapNode, type PrivateLinkMap } from '../engine';
import type { LineCharacterRange } from './positions';
import type { LintReport } from './report';

export interface JsonMapNode extends Omit<MapNode, 'range'> {
  readonly range?: LineCharacterRange;
}

export interface JsonMap extends Omit<PrivateLinkMap, 'nodes'> {
  readonly nodes: readonly JsonMapNode[];
}

export function printMermaid(report: LintReport): string {
  return mapsToMermaid(report.maps ?? [], { displayPath: (p) => report.displayPath(p) });
}

/** The maps with the paths and ranges the rest of the JSON output uses. */
export function jsonMaps(report: LintReport): JsonMap[] {
  return (report.maps ?? []).map((map) => ({
    ...map,
    root: report.displayPath(map.root),
    files: map.files.map((file) => ({ ...file, path: report.displayPath(file.path) })),
    nodes: map.nodes.map((node): JsonMapNode => {
      const { range, ...rest } = node;
      return { ...rest, path: report.displayPath(node.path), ...(range ? { range: report.positions.range(node.path, range) } : {}) };
    }),
  }));
}
