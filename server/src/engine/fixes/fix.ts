/**
 * Fixes as data: a rule says what to change in model terms; a writer per language (fixes/jsonWriter.ts,
 * fixes/bicepWriter.ts) renders it as text in the file's own indentation and quoting.
 */
import type { Location, Resource, ValueNode } from '../model/model';
import type { SourceFile } from '../model/sourceFile';

/** A value a fix writes. `resourceId` renders as `[resourceId(...)]` in ARM and `symbol.id` in Bicep. */
export type FixValue = null | boolean | number | string | FixValue[] | { readonly [key: string]: FixValue } | FixReference | FixExpression;

/** An expression written as is: `[<arm>]` in ARM, `<bicep>` in Bicep (e.g. `subscription().subscriptionId`). */
export interface FixExpression {
  readonly kind: 'expression';
  readonly arm: string;
  readonly bicep: string;
}

/** A reference to a template parameter: `[parameters('name')]` in ARM, `name` in Bicep. */
export function parameterReference(name: string): FixExpression {
  return { kind: 'expression', arm: `parameters('${name.replace(/'/g, "''")}')`, bicep: name };
}

export interface FixReference {
  readonly kind: 'resourceId' | 'location';
  readonly resource: Resource | NewResource;
}

export type FixAction =
  /** Set `path` (relative to `object`) to `value`, creating missing intermediate objects. */
  | { readonly kind: 'setProperty'; readonly object: ValueNode; readonly path: readonly string[]; readonly value: FixValue }
  /** Replace a written value. */
  | { readonly kind: 'replaceValue'; readonly node: ValueNode; readonly value: FixValue }
  /** Remove one item of a written array. */
  | { readonly kind: 'removeArrayItem'; readonly array: ValueNode; readonly index: number }
  /** Remove a property of a written object. */
  | { readonly kind: 'removeProperty'; readonly object: ValueNode; readonly name: string }
  /** Add a new resource next to `after`, in the same file and deployment. */
  | { readonly kind: 'addResource'; readonly after: Resource; readonly resource: NewResource }
  /** Declare a template parameter in `file` (its top-level template). */
  | { readonly kind: 'addParameter'; readonly file: SourceFile; readonly parameter: NewParameter };

export interface NewParameter {
  readonly name: string;
  /** ARM parameter type (`array`, `string` …); Bicep uses the same names. */
  readonly type: 'array' | 'string' | 'object' | 'bool' | 'int';
  readonly defaultValue?: FixValue;
  readonly description?: string;
}

export interface NewResource {
  /** Bicep symbolic name (ARM ignores it). */
  readonly symbolicName: string;
  readonly type: string;
  readonly apiVersion: string;
  /** Full ARM name; for Bicep children use `parent`. */
  readonly name: FixValue;
  /** The parent resource, when the new resource is its child (`parent:` in Bicep, `a/b` name and dependsOn in ARM). */
  readonly parent?: Resource | NewResource;
  /** Short name under the parent (Bicep `name:` when `parent` is set). */
  readonly childName?: FixValue;
  readonly location?: FixValue;
  readonly properties?: FixValue;
  /** Resources this one must be deployed after (ARM dependsOn; Bicep infers it from references). */
  readonly dependsOn?: readonly (Resource | NewResource)[];
}

export interface Fix {
  readonly title: string;
  readonly actions: readonly FixAction[];
}

/** A text edit in offsets. */
export interface TextEdit {
  readonly path: string;
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

export interface RenderedFix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
}

/**
 * A fix as a finding offers it: the title at once, the text when asked. An analysis renders no fix text (an editor
 * shows the few fixes the user asks for, the CLI's text output none), so a finding costs the same however its fix
 * would be written. The edits are rendered on the first call and kept.
 */
export interface FixOffer {
  readonly title: string;
  /**
   * The fix as text edits on the texts the analysis read; undefined when it cannot be written safely (the target was
   * computed by an expression …): such a fix is not offered to the user. Valid until the next analysis given the
   * same `AnalysisCache` (which moves the spans this fix points at to the next version of the text).
   */
  edits(): readonly TextEdit[] | undefined;
}

export function locationOfAction(action: FixAction): Location {
  switch (action.kind) {
    case 'setProperty':
    case 'removeProperty':
      return action.object.loc;
    case 'replaceValue':
      return action.node.loc;
    case 'removeArrayItem':
      return action.array.loc;
    case 'addResource':
      return action.after.declaration;
    case 'addParameter':
      return { file: action.file, span: { start: 0, end: 0 } };
  }
}
