/**
 * Moves lowered model pieces from one version of a file to the next: a declaration lowered in an earlier analysis
 * is reused when its text is unchanged, but everything before it may have grown or shrunk, so its spans shift.
 * The pieces are first copied to belong to the cache alone (`OwnedCopy`), then moved in place at each replay.
 */
import type { Location, MemberNode, ParameterOrigin, ValueNode } from './model';
import type { SourceFile } from './sourceFile';

/**
 * The types of pieces that belong to their holder and are moved in place: the model's types with locations that may
 * be written. Only `OwnedCopy` makes them and only `InPlaceRelocation` writes them; everyone else sees them through
 * the model's read-only types (a movable piece is one).
 */
export interface MovableLocation extends Location {
  file: SourceFile;
  readonly span: { start: number; end: number };
}

export interface MovableOrigin extends ParameterOrigin {
  readonly loc: MovableLocation;
  readonly passedBy?: { readonly call: MovableLocation; readonly literal: boolean };
}

export interface MovableMember extends MemberNode {
  readonly keyLoc: MovableLocation;
  readonly node: MovableValueNode;
}

export interface MovableValueNode extends ValueNode {
  readonly loc: MovableLocation;
  readonly members?: readonly MovableMember[];
  readonly items?: readonly MovableValueNode[];
  readonly parameterDefaults?: readonly MovableOrigin[];
}

/**
 * Copies lowered pieces so that they belong to their holder alone: every location, span and origin is a new object.
 * Lowering points locations at the syntax tree's spans, and the analysed document's tree is moved in place by the
 * next version's reparse (bicep/syntax/reparse.ts), while a declaration-cache record outlives its analysis and is
 * itself moved in place when replayed (`InPlaceRelocation`). Values are immutable and shared.
 */
export class OwnedCopy {
  /** Origins are shared by many nodes (every use of a parameter): each is copied once, and stays shared. */
  private readonly copiedOrigins = new Map<ParameterOrigin, MovableOrigin>();

  location(loc: Location): MovableLocation {
    return { file: loc.file, span: { start: loc.span.start, end: loc.span.end } };
  }

  origin(origin: ParameterOrigin): MovableOrigin {
    let copy = this.copiedOrigins.get(origin);
    if (!copy) {
      copy = {
        ...origin,
        loc: this.location(origin.loc),
        ...(origin.passedBy ? { passedBy: { ...origin.passedBy, call: this.location(origin.passedBy.call) } } : {}),
      };
      this.copiedOrigins.set(origin, copy);
    }
    return copy;
  }

  origins(origins: readonly ParameterOrigin[] | undefined): readonly MovableOrigin[] | undefined {
    return origins?.map((o) => this.origin(o));
  }

  valueNode(node: ValueNode): MovableValueNode {
    const copy: { -readonly [K in keyof MovableValueNode]: MovableValueNode[K] } = { loc: this.location(node.loc), value: node.value };
    if (node.members)
      copy.members = node.members.map((m) => ({ key: m.key, keyLoc: this.location(m.keyLoc), node: this.valueNode(m.node) }));
    if (node.items) copy.items = node.items.map((item) => this.valueNode(item));
    if (node.parameterDefaults) copy.parameterDefaults = this.origins(node.parameterDefaults);
    return copy;
  }
}

/**
 * Moves pieces that belong to the caller alone (a declaration-cache record, made by `OwnedCopy`) to the next version
 * of their file, in place: nothing is allocated, and the pieces can be handed to the model as they are. Locations
 * inside `moved` shift by `delta`; other locations in `from` keep their offsets (the caller has checked that the text
 * they point at is unchanged); locations in other files point at this analysis' version of that file.
 */
export class InPlaceRelocation {
  /** Origins are shared by many nodes of a record: each is moved once. */
  private readonly movedOrigins = new Set<MovableOrigin>();

  constructor(
    private readonly from: SourceFile,
    private readonly to: SourceFile,
    private readonly moved: { readonly start: number; readonly end: number },
    private readonly delta: number,
    /** This analysis' version of another file the pieces point into (a parameter file), by path. */
    private readonly currentFile: (path: string) => SourceFile | undefined,
  ) {}

  location(loc: MovableLocation): void {
    if (loc.file !== this.from) {
      loc.file = this.currentFile(loc.file.path) ?? loc.file;
      return;
    }
    loc.file = this.to;
    const span = loc.span;
    if (this.delta !== 0 && span.start >= this.moved.start && span.end <= this.moved.end) {
      span.start += this.delta;
      span.end += this.delta;
    }
  }

  origins(origins: readonly MovableOrigin[] | undefined): void {
    for (const origin of origins ?? []) {
      if (this.movedOrigins.has(origin)) continue;
      this.movedOrigins.add(origin);
      this.location(origin.loc);
      if (origin.passedBy) this.location(origin.passedBy.call);
    }
  }

  valueNode(root: MovableValueNode): void {
    const stack: MovableValueNode[] = [root];
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
