/**
 * What one analysis remembers while it runs, in one object that `analyzeDocument` creates and passes down: the
 * model builder, the evaluators' builtin context and the resource graph carry it, so the engine keeps no state of
 * its own between calls and two analyses can run interleaved (a hover inside an analysis, say) without sharing
 * anything.
 *
 * Two lifetimes meet here, and each field says which it has:
 * - this analysis only: parsed expressions, lowercased function names, the last JSON tree, the numbers given to
 *   unknowns that equal nothing else. Values in them may be slices of this version of the text, so they die with it.
 * - the open document: when the caller passes an `AnalysisCache` (the language server, one per document it
 *   analyses while the user types), the id-key memos and the parse memo are the cache's, kept for the next keystroke
 *   (see incremental/README.md). Without one (the CLI, tests) they are fresh and die with the analysis too.
 */
import { Unknown } from './evaluate/value';
import { GenerationalMemo } from './incremental/generationalMemo';
import type { AnalysisCache } from './incremental/analysisCache';
import type { ParseMemo } from './incremental/parseMemo';
import type { DeclarationCache } from './incremental/declarationCache';
import { ExpressionCache } from './arm/expression/parse';
import type { JsonSyntax } from './arm/jsonSyntax';

/** Function-name spellings lowercased at most; a template has a few dozen. */
const MAX_FUNCTION_NAMES = 10_000;

export class AnalysisContext {
  /** Parsed ARM expressions by offset (this analysis). */
  readonly expressions = new ExpressionCache();
  /** Id strings → graph keys (model/resourceIds.ts `idKeyOf`); the document's when a cache is passed. */
  readonly idKeys: GenerationalMemo<string>;
  /** Id keys → parent id keys (graph/resourceGraph.ts `parentIdKey`); the document's when a cache is passed. */
  readonly parentKeys: GenerationalMemo<string>;
  /** Syntax trees of the files read (incremental/parseMemo.ts); only with a cache. */
  readonly parses: ParseMemo | undefined;
  /** Lowered declarations of the analysed file to replay and record (incremental/declarationCache.ts); only with a cache. */
  readonly declarations: DeclarationCache | undefined;
  /** The last JSON text read and its tree: an ARM analysis asks for the same document's tree several times. */
  lastJson: { readonly text: string; readonly syntax: JsonSyntax } | undefined;
  private readonly functionNames = new Map<string, string>();
  private unknownsMade = 0;
  private readonly cache: AnalysisCache | undefined;

  /**
   * Starts an analysis. With a `document` whose caller keeps an analysis cache, what the last analysis of that
   * document used stays available (declarations, syntax trees, id keys); otherwise nothing is shared with any other
   * analysis.
   */
  constructor(document?: { readonly text: string; readonly cache?: AnalysisCache }) {
    const cache = document?.cache;
    this.cache = cache;
    if (cache) {
      cache.idKeys.startAnalysis(true);
      cache.parentKeys.startAnalysis(true);
      cache.parses.begin(document.text);
      this.idKeys = cache.idKeys;
      this.parentKeys = cache.parentKeys;
      this.parses = cache.parses;
      this.declarations = cache.declarations;
    } else {
      this.idKeys = new GenerationalMemo();
      this.parentKeys = new GenerationalMemo();
      this.parses = undefined;
      this.declarations = undefined;
    }
  }

  /**
   * The declarations to replay and record in lowering `round` of this analysis (buildModel.ts): round 0 is
   * {@link declarations}; a later round, which assumes deploy-time choices, has a cache of its own. Only with a cache.
   */
  declarationsOfRound(round: number): DeclarationCache | undefined {
    return this.cache?.declarationsOfRound(round);
  }

  /**
   * An unknown that equals nothing but itself (e.g. `reference()` to something outside the template). Numbered per
   * analysis: a lowering that made one is never replayed in a later analysis (incremental/sideEffectWatch.ts), so
   * numbers from different analyses never meet.
   */
  anonymousUnknown(hint = 'unknown'): Unknown {
    return new Unknown(`${hint}#${++this.unknownsMade}`);
  }

  /** A suffix no other key of this analysis has (a call whose arguments cannot be keyed); counts as an unknown made. */
  uniqueSuffix(): string {
    return `u${++this.unknownsMade}`;
  }

  /** How many unknowns of their own this analysis has made so far (see anonymousUnknown). */
  get anonymousUnknownsMade(): number {
    return this.unknownsMade;
  }

  /** `name.toLowerCase()`, once per spelling: function names are few and called often. */
  lowerCaseFunctionName(name: string): string {
    let lower = this.functionNames.get(name);
    if (lower === undefined) {
      lower = name.toLowerCase();
      if (this.functionNames.size >= MAX_FUNCTION_NAMES) this.functionNames.clear();
      this.functionNames.set(name, lower);
    }
    return lower;
  }
}
