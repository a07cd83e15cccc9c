/**
 * What one analysis of a document leaves for the next analysis of the same document. The language server keeps one
 * per deployment it analyses while the user types; the CLI analyses each file once and passes none. Findings never
 * depend on it (tests compare analyses with and without it); only the time they take does.
 */
import { DeclarationCache } from './declarationCache';
import { ParseMemo } from './parseMemo';
import { GenerationalMemo } from './generationalMemo';

export class AnalysisCache {
  /** Lowered declarations of the analysed file (ARM top-level resources, Bicep resource statements). */
  readonly declarations = new DeclarationCache();
  /**
   * The same, for each later lowering of an analysis with deploy-time choices assumed (model/deployTimeChoices.ts):
   * round 1, 2 … of `buildModel`. Such a lowering differs from the first by what it assumes, so it replays only what
   * the same round of the previous analysis recorded.
   */
  private readonly choiceRounds: DeclarationCache[] = [];
  /** Syntax trees of the files the analysis read (modules, linked templates, parameter files). */
  readonly parses = new ParseMemo();
  /** Id strings → graph keys, and id keys → parent keys, that the last analysis asked for (GenerationalMemo). */
  readonly idKeys = new GenerationalMemo<string>();
  readonly parentKeys = new GenerationalMemo<string>();

  /** The declarations of lowering `round` of an analysis: 0 is the first, later ones assume deploy-time choices. */
  declarationsOfRound(round: number): DeclarationCache {
    if (round === 0) return this.declarations;
    return (this.choiceRounds[round - 1] ??= new DeclarationCache());
  }
}
