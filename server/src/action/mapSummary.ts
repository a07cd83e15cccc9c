/**
 * The Private Link map in the job summary: one Mermaid flowchart per analysed deployment that has Private Link
 * resources, bounded so that a large repository still gets a summary GitHub renders. Mermaid refuses to draw a diagram
 * above 50,000 characters or 500 edges (its default `maxTextSize` and `maxEdges`), and a summary is at most 1 MiB:
 * so a chart shows at most {@link MAP_NODES_PER_FILE} resources per file (fewer when it would still be too large), and
 * deployments are added only while the maps stay under {@link MAP_SUMMARY_CHARS}. What is left out is said.
 */
import { mapsToMermaid, type MermaidMap } from '../engine';

export const MAP_NODES_PER_FILE = 25;
export const MAP_SUMMARY_CHARS = 60_000;
/** Below Mermaid's own limits (50,000 characters, 500 edges), with room to spare. */
const CHART_CHARS = 45_000;
const CHART_EDGES = 450;

export function mapSummary(maps: readonly MermaidMap[]): string {
  const drawn = maps.filter((map) => map.nodes.length > 0);
  if (drawn.length === 0) return '';
  const lines = ['### Private Link map', ''];
  let used = 0;
  let shown = 0;
  const tooLarge: string[] = [];
  for (const map of drawn) {
    const fitted = fittedChart(map);
    if (!fitted) {
      tooLarge.push(map.root);
      continue;
    }
    if (used + fitted.chart.length > MAP_SUMMARY_CHARS) break;
    used += fitted.chart.length;
    shown++;
    lines.push(`**\`${map.root.replace(/`/g, "'")}\`**`, '', '```mermaid', fitted.chart.trimEnd(), '```', '');
    const left = map.files.reduce((n, file) => n + Math.max(0, file.nodes.length - fitted.perFile), 0);
    if (left > 0) lines.push(`${left} resource(s) beyond ${fitted.perFile} per file not drawn.`, '');
  }
  const notShown = drawn.length - shown - tooLarge.length;
  if (tooLarge.length > 0)
    lines.push(`Not drawn, too large for one diagram: ${tooLarge.map((root) => `\`${root.replace(/`/g, "'")}\``).join(', ')}.`, '');
  if (notShown > 0) {
    lines.push(
      `… and the maps of ${notShown} more deployment(s), left out to keep the summary small (\`privatelink-lint --format mermaid\` prints them all).`,
      '',
    );
  }
  return lines.join('\n');
}

/** The chart with the most resources per file (up to the cap) that Mermaid still renders; undefined when none does. */
function fittedChart(map: MermaidMap): { chart: string; perFile: number } | undefined {
  for (const perFile of [MAP_NODES_PER_FILE, 10, 3]) {
    const chart = mapsToMermaid([map], { maxNodesPerFile: perFile });
    const edges = chart.split('\n').filter((line) => line.includes(' --> ') || line.includes(' -->|') || line.includes(' -.-|')).length;
    if (chart.length <= CHART_CHARS && edges <= CHART_EDGES) return { chart, perFile };
  }
  return undefined;
}
