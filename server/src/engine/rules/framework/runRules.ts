/**
 * Runs every enabled rule over one model, isolating each: a rule that throws becomes one `internal-error` finding
 * naming the rule, and the other rules still report. Findings inside a resource that is still being typed are dropped
 * (`incompleteResources.ts`).
 */
import type { DeploymentModel, Location } from '../../model/model';
import type { ResourceGraph } from '../../graph/resourceGraph';
import type { Knowledge } from '../../knowledge/knowledge';
import type { FindingInput, RelatedInfo, Rule, RuleLevel, Severity } from './rule';
import type { DnsManagement } from '../../api';
import { distinctOrigins } from '../support/basedOn';
import { insideIncompleteResource, type BeingTyped } from './incompleteResources';
import { quotedForLanguage } from './messageQuoting';

export interface RawFinding extends FindingInput {
  readonly code: string;
  readonly severity: Severity;
  /** The parameter files the analysis used, when it used any (set after the rules ran). */
  readonly parameterFiles?: readonly string[];
  /** On a finding repeated at a caller's argument (analyze.ts `argumentFindings`): the finding it repeats. */
  readonly causes?: Location;
}

export function runRules(
  rules: readonly Rule[],
  model: DeploymentModel,
  graph: ResourceGraph,
  knowledge: Knowledge,
  levels: Readonly<Record<string, RuleLevel>>,
  dns: DnsManagement = 'template',
  beingTyped?: BeingTyped,
): RawFinding[] {
  const findings: RawFinding[] = [];
  /** Where each finding's key was first reported in `findings`. */
  const seen = new Map<string, number>();
  // A resource still being typed is unknown past its syntax error: nothing is reported inside it.
  const stillBeingTyped = insideIncompleteResource(model, beingTyped);
  for (const rule of rules) {
    const configured = levels[rule.id];
    if (configured === 'off') continue;
    if (dns === 'policy' && rule.dnsWiring) continue;
    const report = (input: FindingInput): void => {
      if (stillBeingTyped(input.at)) return;
      const language = input.at.file.language;
      const message = quotedForLanguage(input.message, language);
      const fixes = input.fixes?.map((fix) => ({ ...fix, title: quotedForLanguage(fix.title, language) }));
      // A related place is shown with its own file, so its message is quoted as that file quotes.
      const related = input.related?.map((r) => ({ ...r, message: quotedForLanguage(r.message, r.loc.file.language) }));
      const finding = {
        ...input,
        message,
        ...(fixes ? { fixes } : {}),
        ...(related ? { related } : {}),
        ...(input.basedOn ? { basedOn: distinctOrigins(input.basedOn) } : {}),
      };
      // Loop instances share source spans: one finding per place, message and parameters it rests on is enough.
      const origins = finding.basedOn ?? [];
      const parameters = [...origins.filter((o) => !o.fromParameterFile), ...origins.filter((o) => o.fromParameterFile)].map(
        // Two calls of one module give the same finding in the module: each call is kept, to be named (causedBy).
        (o) => `${o.fromParameterFile}:${o.name}${o.passedBy ? `@${o.passedBy.call.file.path}:${o.passedBy.call.span.start}` : ''}`,
      );
      const key = `${finding.at.file.path}:${finding.at.span.start}:${finding.at.span.end}:${finding.message}:${parameters.join(',')}`;
      const earlier = seen.get(rule.id + key);
      if (earlier !== undefined) {
        // The same finding again (a loop instance, a module called twice): its related places the first lacks (the
        // other call) are added to it, so that one finding names every call it stands for.
        findings[earlier] = withRelatedOf(findings[earlier], finding.related);
        return;
      }
      seen.set(rule.id + key, findings.length);
      findings.push({ ...finding, code: rule.id, severity: configured ?? finding.level ?? rule.defaultLevel });
    };
    try {
      rule.check({ model, graph, knowledge, report });
    } catch (error) {
      findings.push(internalError(rule.id, error, { file: model.root.file, span: { start: 0, end: 0 } }));
    }
  }
  return findings;
}

function withRelatedOf(finding: RawFinding, related: FindingInput['related']): RawFinding {
  const known = new Set((finding.related ?? []).map(relatedKey));
  const added = (related ?? []).filter((r) => !known.has(relatedKey(r)));
  return added.length === 0 ? finding : { ...finding, related: [...(finding.related ?? []), ...added] };
}

function relatedKey(related: RelatedInfo): string {
  return `${related.loc.file.path}:${related.loc.span.start}:${related.loc.span.end}:${related.message}`;
}

export function internalError(what: string, error: unknown, at: Location): RawFinding {
  const message = describeError(error);
  return {
    code: 'internal-error',
    severity: 'warning',
    at,
    message: `Internal error in ${what}: ${message}. Other rules still ran; please report this.`,
  };
}

/** Any thrown value as text; a value whose own conversion throws must not take the other rules' findings with it. */
function describeError(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'a value that cannot be shown';
  }
}
