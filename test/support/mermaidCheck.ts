/**
 * A strict check of the Mermaid flowchart syntax the map emits (engine/map/mermaid.ts). The `mermaid` package needs a
 * browser DOM to parse, so the tests check the subset we write instead: every line one of the statement forms below,
 * labels quoted with every special character written as an entity, subgraphs balanced, no id declared twice, and every
 * edge and class naming a declared node. Returns the problems found (empty: valid).
 */
const ID = '[A-Za-z][A-Za-z0-9_]*';
/** A quoted label: no raw quote, '#' only as an entity, '<' only in `<br/>`, no brackets, braces, pipes or backticks. */
const LABEL = '"(?:[^"#<>\\[\\]{}()|`\\n]|#\\d+;|<br/>)*"';
const NODE = new RegExp(`^    (${ID})(?:\\(\\[${LABEL}\\]\\)|\\[\\(${LABEL}\\)\\]|\\[${LABEL}\\]|\\(${LABEL}\\))$`);
const SUBGRAPH = new RegExp(`^  subgraph (${ID})\\[${LABEL}\\]$`);
const EDGE = new RegExp(`^  (${ID}) (?:-->|-\\.-)(?:\\|${LABEL}\\|)? (${ID})$`);
const CLASS = new RegExp(`^  class (${ID}) (error|warning|info|notDeclared)$`);
const CLASS_DEF = /^ {2}classDef (error|warning|info|notDeclared) [a-z-]+:[#a-z0-9 ]+(?:,[a-z-]+:[#a-z0-9 ]+)*$/;
const LONE_NODE = new RegExp(`^  (${ID})\\[${LABEL}\\]$`);

export function mermaidProblems(text: string): string[] {
  const problems: string[] = [];
  const lines = text.replace(/\n$/, '').split('\n');
  if (lines[0] !== 'flowchart LR') problems.push(`first line is not "flowchart LR": ${lines[0]}`);
  const nodes = new Set<string>();
  const used: [string, number][] = [];
  let depth = 0;
  lines.slice(1).forEach((line, i) => {
    const n = i + 2;
    let m: RegExpExecArray | null;
    if ((m = SUBGRAPH.exec(line))) {
      if (depth > 0) problems.push(`line ${n}: nested subgraph`);
      depth++;
      if (nodes.has(m[1])) problems.push(`line ${n}: id ${m[1]} declared twice`);
      nodes.add(m[1]);
    } else if (line === '  end') {
      if (depth === 0) problems.push(`line ${n}: end without subgraph`);
      depth--;
    } else if ((m = NODE.exec(line)) || (m = LONE_NODE.exec(line))) {
      if (nodes.has(m[1])) problems.push(`line ${n}: id ${m[1]} declared twice`);
      nodes.add(m[1]);
    } else if ((m = EDGE.exec(line))) {
      used.push([m[1], n], [m[2], n]);
    } else if ((m = CLASS.exec(line))) {
      used.push([m[1], n]);
    } else if (!CLASS_DEF.test(line)) {
      problems.push(`line ${n}: not a statement the map writes: ${JSON.stringify(line)}`);
    }
  });
  if (depth !== 0) problems.push('unbalanced subgraph');
  for (const [id, n] of used) if (!nodes.has(id)) problems.push(`line ${n}: ${id} is not declared`);
  return problems;
}
