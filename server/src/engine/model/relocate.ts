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

type MutableLocation = { file: SourceFile; span: { start: number; end: number } };

/**
 * Moves pieces that belong to the caller alone (a declaration-cache record: Relocation.owning made its locations,
 * spans and origins) to the next version of their file, in place: nothing is allocated, and the pieces can be handed
 * to the model as they are. Same rules as `Relocation`: locations inside `moved` shift by `delta`, other locations in
 * `from` keep their offsets, locations in other files point at this analysis' version of that file.
 */
export class InPlaceRelocation {
  /** Origins are shared by many nodes of a record: each is moved once. */
  private readonly movedOrigins = new Set<ParameterOrigin>();

  constructor(
    private readonly from: SourceFile,
    private readonly to: SourceFile,
    private readonly moved: { readonly start: number; readonly end: number },
    private readonly delta: number,
    /** This analysis' version of another file the pieces point into (a parameter file), by path. */
    private readonly currentFile: (path: string) => SourceFile | undefined,
  ) {}

  location(loc: Location): void {
    const target = loc as MutableLocation;
    if (loc.file !== this.from) {
      target.file = this.currentFile(loc.file.path) ?? loc.file;
      return;
    }
    target.file = this.to;
    const span = target.span;
    if (this.delta !== 0 && span.start >= this.moved.start && span.end <= this.moved.end) {
      span.start += this.delta;
      span.end += this.delta;
    }
  }

  origins(origins: readonly ParameterOrigin[] | undefined): void {
    for (const origin of origins ?? []) {
      if (this.movedOrigins.has(origin)) continue;
      this.movedOrigins.add(origin);
      this.location(origin.loc);
    }
  }

  valueNode(root: ValueNode): void {
    const stack: ValueNode[] = [root];
    while (stack.length > 0) {
      const node = stack.pop()!;
      this.location(node.loc);
      if (node.parameterDefaults) this.origins(node.parameterDefaults);
      if (node.members) {
        for (const member of node.members) {
          this.location(member.keyLoc);
          stack.push(member.node);
        }
      }
      if (node.items) for (const item of node.items) stack.push(item);
    }
  }
}
