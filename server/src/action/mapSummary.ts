/**
 * The Private Link map in the job summary: one Mermaid flowchart per analysed deployment that has Private Link
 * resources, bounded so that a large repository still gets a summary GitHub renders (it refuses diagrams above about
 * 50,000 characters and summaries above 1 MiB): at most {@link MAP_NODES_PER_FILE} resources per file, and
 * deployments only while the maps stay under {@link MAP_SUMMARY_CHARS}; what is left out is said.
 */
import { mapsToMermaid, type MermaidMap } from '../engine';

export const MAP_NODES_PER_FILE = 25;
export const MAP_SUMMARY_CHARS = 60_000;

export function mapSummary(maps: readonly MermaidMap[]): string {
  const drawn = maps.filter((map) => map.nodes.length > 0);
  if (drawn.length === 0) return '';
  const lines = ['### Private Link map', ''];
  let used = 0;
  let shown = 0;
  for (const map of drawn) {
    const chart = mapsToMermaid([map], { maxNodesPerFile: MAP_NODES_PER_FILE });
    if (used + chart.length > MAP_SUMMARY_CHARS) break;
    used += chart.length;
    shown++;
    lines.push(`**\`${map.root.replace(/`/g, "'")}\`**`, '', '```mermaid', chart.trimEnd(), '```', '');
    const cut = map.files.filter((file) => file.nodes.length > MAP_NODES_PER_FILE);
    if (cut.length > 0) {
      const left = cut.reduce((n, file) => n + file.nodes.length - MAP_NODES_PER_FILE, 0);
      lines.push(`${left} resource(s) beyond ${MAP_NODES_PER_FILE} per file not drawn.`, '');
    }
  }
  if (shown < drawn.length) {
    lines.push(`… and the maps of ${drawn.length - shown} more deployment(s), left out to keep the summary small (\`privatelink-lint --format mermaid\` prints them all).`, '');
  }
  return lines.join('\n');
}
