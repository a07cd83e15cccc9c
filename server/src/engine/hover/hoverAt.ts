/**
 * Hover content: over a Private Link resource type or property, an explanation in our own words specialised to the
 * document; over a finding, its rule; over a rule id in a suppression comment, that rule. Never throws.
 */
import type { AnalysisOptions, AnalysisRequest, EngineRange, HoverResult, ShownFinding } from '../api';
import { detectLanguage } from '../detectLanguage';
import { getKnowledge } from '../knowledge/knowledge';
import { findSuppressionComments, mayHoldSuppressions } from '../suppressions';
import { spanContains } from '../text/span';
import { findRule, ruleDocsUrl } from '../rules/registry';
import { analyzeDocument } from '../analyze';
import type { Language } from '../model/sourceFile';
import type { AnalysisSnapshot } from './analysisSnapshot';
import type { UnchangedText } from './unchangedText';
import { findAtOffset } from './findAtOffset';
import { propertyHover, resourceHover } from './topicHover';

/**
 * One hover with an analysis of its own (tests, one-off callers): the file is analysed with `options`, and the hover
 * explains `shown` (the findings an editor shows, ranges in `request.text`) or, without them, that analysis' findings.
 * The language server keeps its analyses instead and calls {@link hoverFromSnapshot}.
 */
export function hoverAt(
  request: AnalysisRequest,
  offset: number,
  options: AnalysisOptions = {},
  shown?: readonly ShownFinding[],
): HoverResult | undefined {
  try {
    const language = request.language ?? detectLanguage(request.path, request.text);
    if (!language) return undefined;
    const result = analyzeDocument({ ...request, language }, { ...options, keepSnapshot: true });
    if (!result.snapshot) return undefined;
    const findings = shown ?? result.findings.filter((f) => f.path === request.path);
    const answer = hoverFromSnapshot(result.snapshot, request.path, offset, findings);
    return answer === 'edited' ? undefined : answer;
  } catch {
    return undefined;
  }
}

/**
 * The hover at `offset` of the file `path` from an earlier analysis (its model, with the callers and parameter file
 * it was made with). `shown`: the findings the editor shows for the file, with ranges in the text that analysis read.
 * `currentText`: the file's text now, when it may have changed since; offsets and the range returned are in it.
 * 'edited' when the answer depends on text changed since that analysis (the caller waits for the next one).
 */
export function hoverFromSnapshot(
  snapshot: AnalysisSnapshot,
  path: string,
  offset: number,
  shown: readonly ShownFinding[] = [],
  currentText?: string,
): HoverResult | 'edited' | undefined {
  try {
    return computeHover(snapshot, path, offset, shown, currentText);
  } catch {
    return undefined;
  }
}

function computeHover(
  snapshot: AnalysisSnapshot,
  path: string,
  offset: number,
  shown: readonly ShownFinding[],
  currentText: string | undefined,
): HoverResult | 'edited' | undefined {
  const file = snapshot.fileOf(path);
  if (!file) return undefined;
  const text = currentText ?? file.text;
  // Suppression comments are read in the current text: they need no analysis.
  const ruleId = ruleIdAt(text, file.language, offset);
  if (ruleId) return ruleId;
  const unchanged: UnchangedText | undefined = currentText === undefined ? undefined : snapshot.unchangedSince(path, currentText);
  const at = unchanged ? unchanged.toAnalysed(offset) : offset;
  if (at === undefined) return 'edited';
  const toCurrent = (range: EngineRange): EngineRange | undefined => (unchanged ? unchanged.toCurrent(range) : range);

  const sections: string[] = [];
  let range: EngineRange | undefined;
  for (const finding of shown) {
    if (at < finding.range.start || at > finding.range.end) continue;
    const markdown = ruleMarkdown(finding.code, finding.severity);
    if (markdown && !sections.includes(markdown)) sections.push(markdown);
    range ??= toCurrent(finding.range);
  }
  const hit = snapshot.model && findAtOffset(snapshot.model, path, at);
  if (hit && snapshot.graph) {
    // The explanation reads the whole declaration's values: an edit anywhere in it makes this analysis' answer old.
    if (!toCurrent(hit.resource.declaration.span)) return 'edited';
    const knowledge = getKnowledge();
    const topic =
      hit.kind === 'resource'
        ? resourceHover(hit.resource, snapshot.graph, knowledge, snapshot.dns, shown)
        : propertyHover(hit, snapshot.graph, knowledge);
    if (topic) {
      sections.unshift(topic);
      range = toCurrent(hit.kind === 'resource' ? hit.resource.anchor.span : hit.member.keyLoc.span);
    }
  }
  if (sections.length === 0 || !range) return undefined;
  return { markdown: sections.join('\n\n---\n\n'), range: { start: range.start, end: range.end } };
}

/** Over a rule id in a suppression comment: that rule. */
function ruleIdAt(text: string, language: Language, offset: number): HoverResult | undefined {
  if (!mayHoldSuppressions(text, language)) return undefined;
  for (const comment of findSuppressionComments(text, language)) {
    for (const id of comment.ids) {
      if (spanContains(id.span, offset)) {
        const markdown = ruleMarkdown(id.id);
        return markdown ? { markdown, range: id.span } : undefined;
      }
    }
  }
  return undefined;
}

/** `level`: the level the finding is shown at, when there is a finding (configuration may differ from the default). */
function ruleMarkdown(id: string, level?: string): string | undefined {
  const rule = findRule(id);
  if (!rule) return undefined;
  const shownLevel =
    level && level !== rule.defaultLevel ? `${level} here, by configuration; default ${rule.defaultLevel}` : (level ?? rule.defaultLevel);
  const heading = `**${rule.id}** (${shownLevel}): ${rule.title}`;
  // Rules whose platform fact the knowledge table records show it with its Microsoft sources.
  const fact = getKnowledge().ruleFact(rule.id);
  const factLine = fact ? `\n\n${fact.fact} (${fact.sources.map((url, i) => `[source ${i + 1}](${url})`).join(', ')})` : '';
  return `${heading}${factLine}\n\n[Rule documentation](${ruleDocsUrl(rule.id)})`;
}
