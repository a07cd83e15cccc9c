/**
 * Moves lowered model pieces from one version of a file to the next: a declaration lowered in an earlier analysis
 * is reused when its text is unchanged, but everything before it may have grown or shrunk, so its spans shift.
 */
import type { Location, ParameterOrigin, ValueNode } from './model';
import type { SourceFile } from './sourceFile';

export class Relocation {
  /** Origins are shared by many nodes (every use of a parameter): each is moved once. */
  private readonly movedOrigins = new Map<ParameterOrigin, ParameterOrigin>();

  /**
   * @param from the earlier version of the file
   * @param to the current version
   * @param moved the span of the reused declaration in `from`: locations inside it shift by `delta`, locations
   *   elsewhere in `from` keep their offsets (the caller has checked that the text they point at is unchanged)
   * @param delta how far the declaration moved
   * @param currentFiles this analysis' files, by path: locations in other files (a parameter file) are moved to them
   */
  constructor(
    private readonly from: SourceFile,
    private readonly to: SourceFile,
    private readonly moved: { readonly start: number; readonly end: number },
    private readonly delta: number,
    private readonly currentFiles: ReadonlyMap<string, SourceFile>,
    /** Give every location in `from` a span object of its own (see `Relocation.owning`). */
    private readonly copySpans = false,
  ) {}

  /**
   * A copy of lowered pieces of `file` whose locations own their span objects. Lowering points locations at the
   * syntax tree's spans, and the analysed Bicep document's tree is moved in place by the next version's reparse
   * (bicep/syntax/reparse.ts): what outlives an analysis must not share them.
   */
  static owning(file: SourceFile, currentFiles: ReadonlyMap<string, SourceFile>): Relocation {
    return new Relocation(file, file, { start: 0, end: Number.MAX_SAFE_INTEGER }, 0, currentFiles, true);
  }

  location(loc: Location): Location {
    if (loc.file !== this.from) return { file: this.currentFiles.get(loc.file.path) ?? loc.file, span: loc.span };
    const { start, end } = loc.span;
    const inside = start >= this.moved.start && end <= this.moved.end;
    const shift = inside && (this.delta !== 0 || this.copySpans);
    return { file: this.to, span: shift ? { start: start + this.delta, end: end + this.delta } : this.copySpans ? { start, end } : loc.span };
  }

  origin(origin: ParameterOrigin): ParameterOrigin {
    let moved = this.movedOrigins.get(origin);
    if (!moved) {
      moved = { ...origin, loc: this.location(origin.loc) };
      this.movedOrigins.set(origin, moved);
    }
    return moved;
  }

  origins(origins: readonly ParameterOrigin[] | undefined): readonly ParameterOrigin[] | undefined {
    return origins?.map((o) => this.origin(o));
  }

  /** A copy of the tree with every location moved; values are immutable and shared. */
  valueNode(node: ValueNode): ValueNode {
    const moved: { -readonly [K in keyof ValueNode]: ValueNode[K] } = { loc: this.location(node.loc), value: node.value };
    if (node.members) moved.members = node.members.map((m) => ({ key: m.key, keyLoc: this.location(m.keyLoc), node: this.valueNode(m.node) }));
    if (node.items) moved.items = node.items.map((item) => this.valueNode(item));
    if (node.parameterDefaults) moved.parameterDefaults = this.origins(node.parameterDefaults);
    return moved;
  }
}
