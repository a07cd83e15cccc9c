/**
 * What one analysis leaves for hovers: the model it built (with the callers' values and the parameter file it was
 * given), its graph and the options that shaped the findings. The language server keeps the latest one per open
 * document, so a hover costs a lookup in it instead of an analysis of its own, and says what the diagnostics of the
 * same analysis say. Callers treat it as opaque: they pass it back to `hoverFromSnapshot`.
 *
 * It keeps the model alive, and records of the incremental cache are shared with that model and moved in place by
 * the next cached analysis of the same document: a snapshot is good until the next analysis with the same
 * `AnalysisCache` starts, and the caller replaces it with that analysis' own.
 */
import type { DnsManagement, Language } from '../api';
import type { DeploymentModel } from '../model/model';
import type { SourceFile } from '../model/sourceFile';
import type { ResourceGraph } from '../graph/resourceGraph';
import type { Position } from '../text/lineIndex';
import { UnchangedText } from './unchangedText';

export class AnalysisSnapshot {
  private readonly files = new Map<string, SourceFile>();
  /** The last comparison with a newer text of one file (hovers while typing ask for the same version many times). */
  private lastComparison: { path: string; current: string; unchanged: UnchangedText } | undefined;

  /** @internal Built by the analysis (analyze.ts). */
  constructor(
    readonly path: string,
    readonly language: Language,
    files: readonly SourceFile[],
    /** @internal Undefined when the analysis built none (file too large, or it failed). */
    readonly model: DeploymentModel | undefined,
    /** @internal */
    readonly graph: ResourceGraph | undefined,
    /** @internal */
    readonly dns: DnsManagement | undefined,
  ) {
    for (const file of files) this.files.set(file.path, file);
  }

  /** The text of a file as this analysis read it (the analysed document, a module, a parameter file). */
  textOf(path: string): string | undefined {
    return this.files.get(path)?.text;
  }

  /** @internal */
  fileOf(path: string): SourceFile | undefined {
    return this.files.get(path);
  }

  /** A line/character position (UTF-16, as LSP counts) in a file as this analysis read it, as an offset. */
  offsetAt(path: string, position: Position): number | undefined {
    return this.files.get(path)?.lines.offsetAt(position);
  }

  /** An offset in a file as this analysis read it, as a line/character position (UTF-16, as LSP counts). */
  positionAt(path: string, offset: number): Position | undefined {
    return this.files.get(path)?.lines.positionAt(offset);
  }

  /** @internal What of `current` (a newer text of `path`) this analysis also read, and where. */
  unchangedSince(path: string, current: string): UnchangedText | undefined {
    const analysed = this.textOf(path);
    if (analysed === undefined) return undefined;
    const last = this.lastComparison;
    if (last && last.path === path && last.current === current) return last.unchanged;
    const unchanged = UnchangedText.between(analysed, current);
    this.lastComparison = { path, current, unchanged };
    return unchanged;
  }
}
