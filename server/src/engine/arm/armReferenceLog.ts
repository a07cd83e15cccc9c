/**
 * What the lowering of one top-level ARM resource read through `reference()`, so that the declaration cache can
 * replay it (incremental/declarationCache.ts) when what it read is unchanged. Bicep-built templates pass module
 * outputs to the next module as `reference('vnet').outputs.subnetId.value`: without this, every nested deployment
 * that takes another one's output would be lowered again at every keystroke.
 *
 * A read can be checked before a replay only when its result did not depend on the order work was done in, nor on
 * what the declaration itself added:
 * - in the template's own scope, any target whose lookup did not end at a resource or deployment this declaration
 *   created, read directly, not while a variable or parameter default is evaluated for the first time (which
 *   reader does that depends on which declarations are replayed). Resources declared before it come first in every
 *   lookup (symbols, ids, names), so the same target looked up before a replay gives what it gave, or the lowering
 *   would not be the same: the target and the value it gave are kept, and a replay needs the same value again.
 * - inside a nested deployment with its own scope, its symbols and names are its own resources (lowered by this
 *   declaration); an id is looked up among every resource, so one that found nothing, or one of this declaration's
 *   resources, needs no resource declared before with that id key, and one that found such a resource is not kept.
 * Anything else (a linked template read through the host; a resource with no name, whose unknown name is keyed by
 * where it is written) makes the lowering unrecordable.
 */
import type { Value } from '../evaluate/value';
import type { Deployment, Location, Resource } from '../model/model';
import type { SourceFile } from '../model/sourceFile';
import type { Span } from '../text/span';

/** What a replay checks first: a `reference()` gives the same value, or no resource has an id key yet. */
export type ReferenceDependency =
  { readonly target: Value; readonly full: boolean; readonly value: Value } | { readonly absentIdKey: string };

/** How a `reference()` found its resource, as the lowering saw it. */
export interface ReferenceRead {
  readonly target: Value;
  readonly full: boolean;
  readonly value: Value;
  /** The resource found, if any, and whether through the symbols of the lowering that made the call. */
  readonly found: Resource | undefined;
  readonly bySymbol: boolean;
  /** The target's id key, when it is an id. */
  readonly idKey: string | undefined;
  /** The deployment whose outputs the value is made of, if any. */
  readonly deployment: Deployment | undefined;
  /** True in the analysed template's own scope (not a nested deployment with its own scope). */
  readonly templateScope: boolean;
  /** True while a variable or parameter default is evaluated (first evaluation). */
  readonly definitionBeingEvaluated: boolean;
}

export class ReferenceLog {
  readonly dependencies: ReferenceDependency[] = [];
  /** How many of them were read in the template's own scope (each counts as a context read of that scope). */
  templateScopeReads = 0;
  /** Set once the lowering read something a replay could not check. */
  private unrecordable = false;

  /** `declaration`: where the top-level resource is written; what is declared inside it is its own. */
  constructor(
    private readonly file: SourceFile,
    private readonly declaration: Span,
  ) {}

  get recordable(): boolean {
    return !this.unrecordable;
  }

  /** A read besides `reference()` that a replay cannot check. */
  noteUncheckable(): void {
    this.unrecordable = true;
  }

  note(read: ReferenceRead): void {
    const { found } = read;
    const ownFound = found !== undefined && this.isOwn(found.declaration);
    if (read.deployment !== undefined && this.isOwn(read.deployment.declaration) !== ownFound) {
      // Outputs of a deployment registered under the found resource's id key by another declaration.
      this.unrecordable = true;
      return;
    }
    if (read.templateScope) {
      if (ownFound || read.definitionBeingEvaluated) this.unrecordable = true;
      else {
        this.dependencies.push({ target: read.target, full: read.full, value: read.value });
        this.templateScopeReads++;
      }
      return;
    }
    if (read.bySymbol || read.idKey === undefined) {
      // Its own symbols, or a bare name among its own deployment's resources.
      if (found && !ownFound) this.unrecordable = true;
      return;
    }
    if (found && !ownFound) this.unrecordable = true;
    else this.dependencies.push({ absentIdKey: read.idKey });
  }

  private isOwn(loc: Location | undefined): boolean {
    return loc !== undefined && loc.file === this.file && loc.span.start >= this.declaration.start && loc.span.end <= this.declaration.end;
  }
}
