/**
 * Hover content: over a Private Link resource type or property, an explanation in our own words specialised to the
 * document; over a finding, its rule; over a rule id in a suppression comment, that rule. Never throws.
 */
import type { AnalysisOptions, AnalysisRequest, HoverResult, ShownFinding } from '../api';
import { detectLanguage } from '../detectLanguage';
import { SourceFile } from '../model/sourceFile';
import { buildModel } from '../buildModel';
import { ResourceGraph } from '../graph/resourceGraph';
import { getKnowledge } from '../knowledge/knowledge';
import { findSuppressionComments } from '../suppressions';
import { spanContains } from '../text/span';
import { findRule, DOCS_BASE_URL } from '../rules/registry';
import { analyzeDocument } from '../analyze';
import { AnalysisContext } from '../analysisContext';
import { findAtOffset } from './findAtOffset';
import { propertyHover, resourceHover } from './topicHover';

/**
 * `shown`: the findings the editor shows for this document (from the analyses of its deployments, with callers and
 * parameter files). Without it the file is analysed alone to find them.
 */
export function hoverAt(request: AnalysisRequest, offset: number, options: AnalysisOptions = {}, shown?: readonly ShownFinding[]): HoverResult | undefined {
  try {
    return computeHover(request, offset, options, shown);
  } catch {
    return undefined;
  }
}

function computeHover(request: AnalysisRequest, offset: number, options: AnalysisOptions, shown: readonly ShownFinding[] | undefined): HoverResult | undefined {
  const language = request.language ?? detectLanguage(request.path, request.text);
  if (!language) return undefined;
  for (const comment of findSuppressionComments(request.text, language)) {
    for (const id of comment.ids) {
      if (spanContains(id.span, offset)) {
        const markdown = ruleMarkdown(id.id);
        return markdown ? { markdown, range: id.span } : undefined;
      }
    }
  }
  const sections: string[] = [];
  let range: { start: number; end: number } | undefined;
  const documentFindings = shown ?? analyzeDocument({ ...request, language }, options).findings.filter((f) => f.path === request.path);
  const findings = documentFindings.filter((f) => offset >= f.range.start && offset <= f.range.end);
  for (const finding of findings) {
    const markdown = ruleMarkdown(finding.code);
    if (markdown && !sections.includes(markdown)) sections.push(markdown);
    range ??= finding.range;
  }
  const file = new SourceFile(request.path, request.text, language);
  // A model of its own, sharing nothing with the document's analyses (nor their cache).
  const analysis = new AnalysisContext();
  const model = buildModel(file, options, analysis);
  const hit = findAtOffset(model, request.path, offset);
  if (hit) {
    const graph = new ResourceGraph(model, analysis);
    const knowledge = getKnowledge();
    const topic = hit.kind === 'resource' ? resourceHover(hit.resource, graph, knowledge, options.dns, documentFindings) : propertyHover(hit, graph, knowledge);
    if (topic) {
      sections.unshift(topic);
      range = hit.kind === 'resource' ? hit.resource.anchor.span : hit.member.keyLoc.span;
    }
  }
  if (sections.length === 0 || !range) return undefined;
  return { markdown: sections.join('\n\n---\n\n'), range: { start: range.start, end: range.end } };
}

function ruleMarkdown(id: string): string | undefined {
  const rule = findRule(id);
  if (!rule) return undefined;
  const heading = `**${rule.id}** (${rule.defaultLevel}): ${rule.title}`;
  // Rules whose platform fact the knowledge table records show it with its Microsoft sources.
  const fact = getKnowledge().ruleFact(rule.id);
  const factLine = fact ? `\n\n${fact.fact} (${fact.sources.map((url, i) => `[source ${i + 1}](${url})`).join(', ')})` : '';
  return `${heading}${factLine}\n\n[Rule documentation](${DOCS_BASE_URL}${rule.id}.md)`;
}
