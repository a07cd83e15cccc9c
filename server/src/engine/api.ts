/**
 * The engine's public surface: what the language server, the CLI and the tests call. Text in, findings out;
 * no LSP or VS Code types, no file system except through the host the caller passes.
 */
import type { Language } from './model/sourceFile';
import type { FixOffer } from './fixes/fix';
import type { RuleLevel, Severity } from './rules/framework/rule';
import type { AnalysisCache } from './incremental/analysisCache';
import type { AnalysisSnapshot } from './hover/analysisSnapshot';

export type { Language } from './model/sourceFile';
export type { RuleLevel, Severity } from './rules/framework/rule';
export type { FixOffer, RenderedFix, TextEdit } from './fixes/fix';

/** How the engine reads other files (modules, parameter files, `loadTextContent`). Never the network. */
export interface AnalysisHost {
  /**
   * Text of a file; undefined when it does not exist; a refusal (too large, not a regular file, not UTF-8) when it
   * exists and is not read, which the engine reports where the file is named.
   */
  readFile(path: string): string | FileRefusal | undefined;
  /**
   * The folder files may be read from (the workspace). Paths that resolve outside it are reported, never read.
   * Undefined: only the analysed file's own folder tree; a document without a folder (`untitled:`) reads nothing.
   */
  readonly workspaceRoot?: string;
}

/** Who creates the private endpoints' DNS zone groups: the template itself, or an Azure Policy (DeployIfNotExists). */
export type DnsManagement = 'template' | 'policy';

/** Why a host did not read a file, in words that complete "'<path>' is not read: …". */
export interface FileRefusal {
  readonly refused: string;
}

export interface AnalysisOptions {
  /** Per-rule level overrides (`privateLink.rules` / `.privatelink.json`). */
  readonly ruleLevels?: Readonly<Record<string, RuleLevel>>;
  /**
   * Who creates the endpoints' DNS wiring (`privateLink.dns` / `.privatelink.json` `"dns"`). `policy`: a
   * DeployIfNotExists policy creates the zone groups (Azure Landing Zones), so templates leave them out on purpose
   * and the rules whose subject is that wiring stay silent. Default `template`.
   */
  readonly dns?: DnsManagement;
  readonly host?: AnalysisHost;
  /** A JSON parameter file to apply (CLI `--parameters`). */
  readonly parameterFile?: { readonly path: string; readonly text: string };
  /** Files larger than this many UTF-16 code units are skipped with one diagnostic. */
  readonly maxFileSize?: number;
  /** Findings reported per file at most, then one summary (default MAX_FINDINGS_PER_FILE, 1,000). */
  readonly maxFindingsPerFile?: number;
  /**
   * Kept by the caller between analyses of the same document (see incremental/analysisCache.ts): unchanged
   * declarations are not evaluated again. Never changes the findings.
   */
  readonly cache?: AnalysisCache;
  /**
   * Keep what the analysis built for hovers (`AnalysisResult.snapshot`, see hover/analysisSnapshot.ts). It keeps the
   * model alive as long as the caller keeps the snapshot.
   */
  readonly keepSnapshot?: boolean;
  /**
   * Text the user is typing right now (an editor passes what changed since its last analysis while keystrokes keep
   * coming): a resource whose declaration holds it is still being written, so nothing is reported inside it
   * (rules/framework/incompleteResources.ts), as for one whose text does not parse yet.
   */
  readonly beingTyped?: { readonly path: string; readonly range: EngineRange };
}

export interface AnalysisRequest {
  readonly path: string;
  readonly text: string;
  /** When omitted, detected from the path and content; undefined detection means "not a template". */
  readonly language?: Language;
}

export interface EngineRange {
  /** UTF-16 offsets into the text of `path`. */
  readonly start: number;
  readonly end: number;
}

export interface RelatedLocation {
  readonly path: string;
  readonly range: EngineRange;
  readonly message: string;
}

/** A parameter value a finding was computed from (see `EngineFinding.basedOn`). */
export interface BasedOnValue {
  readonly parameter: string;
  /** `default`: the template's default value; `parameterFile`: the value a parameter file gives. */
  readonly source: 'default' | 'parameterFile';
  /** Where that value is written: the default in the template, or the value in the parameter file. */
  readonly path: string;
  readonly range: EngineRange;
}

/** Where a file writes something: a range in one file. */
export interface EngineLocation {
  readonly path: string;
  readonly range: EngineRange;
}

/**
 * A caller's argument a finding in a module (or nested or linked deployment) follows from: which call passed it and
 * where the value is written (see `EngineFinding.causedBy`).
 */
export interface CallCause {
  /** The module's (or nested template's) parameter the argument is passed to. */
  readonly parameter: string;
  /** The Bicep module declaration or ARM deployment resource, in the caller's file. */
  readonly call: EngineLocation;
  /** The argument's value, in the caller's file. */
  readonly argument: EngineLocation;
  /** The argument is a literal (a string, number, boolean or a list of them): the fix belongs there. */
  readonly literal: boolean;
}

export interface EngineFinding {
  /** Rule id, or `syntax-error`, or `internal-error`. */
  readonly code: string;
  readonly severity: Severity;
  /**
   * What the rule found, without what it rests on: show `describeFinding(finding)`, which adds the parameters
   * (`basedOn`) and parameter files (`parameterFiles`) in words.
   */
  readonly message: string;
  /**
   * The parameter defaults and parameter-file values the finding follows from: other values may not give it.
   * Empty for most findings.
   */
  readonly basedOn: readonly BasedOnValue[];
  /** The parameter files the analysis used (paths), empty when it used the template's defaults. */
  readonly parameterFiles: readonly string[];
  /**
   * The callers' arguments the finding follows from, one per call (a module used twice with the same bad value gives
   * one finding with two causes once the faces merge them). Absent when it follows from none.
   */
  readonly causedBy?: readonly CallCause[];
  /**
   * Set on the finding the engine adds at a caller's literal argument: the finding in the module that this argument
   * causes (same rule). It repeats that finding where the fix belongs, so counts and baselines leave it out.
   */
  readonly causes?: EngineLocation;
  /** The file the finding is located in (the analysed file, or a module / parameter file it uses). */
  readonly path: string;
  readonly range: EngineRange;
  readonly related: readonly RelatedLocation[];
  /** Fixes offered, their text rendered on demand (`FixOffer.edits`, or `renderOffers` for all that can be written). */
  readonly fixes: readonly FixOffer[];
}

export interface AnalysisResult {
  /** Undefined when the document is not something the engine analyses (e.g. a plain JSON file). */
  readonly language: Language | undefined;
  readonly findings: readonly EngineFinding[];
  /** Every file the analysis read, so callers can map findings and watch dependencies. */
  readonly files: ReadonlyMap<string, string>;
  /** With `keepSnapshot`: the analysis, for `hoverFromSnapshot`. */
  readonly snapshot?: AnalysisSnapshot;
}

/**
 * A finding the editor shows for the hovered document (its code and range in the text the analysis read). Given to `hoverAt`,
 * the hover explains exactly these instead of analysing the file alone, which knows neither its callers nor its
 * parameter files and could contradict the squiggles.
 */
export interface ShownFinding {
  readonly code: string;
  readonly range: EngineRange;
  /** The level it is shown at (the configured one); the hover names it rather than the rule's default. */
  readonly severity?: Severity;
}

export interface HoverResult {
  readonly markdown: string;
  readonly range: EngineRange;
}

/** What the server and CLI need to know about a rule without running it. */
export interface RuleDescription {
  readonly id: string;
  readonly defaultLevel: Severity;
  readonly title: string;
  /** Path of the rule's page relative to the extension root, e.g. `docs/rules/pe-dns-zone-group.md`. */
  readonly docPath: string;
}
