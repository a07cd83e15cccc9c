/** The contract between the rule engine and one rule: metadata, and a check that reports findings through a context. */
import type { DeploymentModel, Location, ParameterOrigin } from '../../model/model';
import type { ResourceGraph } from '../../graph/resourceGraph';
import type { Knowledge } from '../../knowledge/knowledge';
import type { Fix } from '../../fixes/fix';

export type Severity = 'error' | 'warning' | 'info';
export type RuleLevel = Severity | 'off';

export interface RuleMeta {
  /** Kebab-case id from rules.md; also the file name of the rule, its doc page and its fixture folder. */
  readonly id: string;
  readonly defaultLevel: Severity;
  /** One line: what the rule reports. */
  readonly title: string;
  /**
   * The rule's subject is the template's own DNS wiring (zone groups, their zones and links): it stays silent where
   * that wiring is managed by policy (`dns: 'policy'`), since the template leaves it out on purpose.
   */
  readonly dnsWiring?: boolean;
}

export interface RelatedInfo {
  readonly loc: Location;
  readonly message: string;
}

export interface FindingInput {
  readonly at: Location;
  /** What was found, without the parameters it rests on: those go in `basedOn` and are put into words once, at the edge. */
  readonly message: string;
  /** The parameter defaults and parameter-file values the finding follows from (`basedOn(node, …)` collects them). */
  readonly basedOn?: readonly ParameterOrigin[];
  /** Overrides the rule's default level for this finding (e.g. a case-only mismatch is a warning). */
  readonly level?: Severity;
  readonly related?: readonly RelatedInfo[];
  readonly fixes?: readonly Fix[];
}

export interface RuleContext {
  readonly model: DeploymentModel;
  readonly graph: ResourceGraph;
  readonly knowledge: Knowledge;
  report(finding: FindingInput): void;
}

export interface Rule extends RuleMeta {
  check(context: RuleContext): void;
}
