/**
 * The resource model every front end lowers to and every rule reads. It knows nothing of JSON or Bicep syntax:
 * a rule never asks which language it runs on.
 */
import type { Span } from '../text/span';
import type { Value } from '../evaluate/value';
import type { SourceFile } from './sourceFile';

/** Where something is written: a span in one file. */
export interface Location {
  readonly file: SourceFile;
  readonly span: Span;
}

/**
 * A value as written in source, with its evaluated value. When the source wrote a literal object or array
 * (JSON object, Bicep object) the members/items keep their own locations, so rules can point at them and fixes
 * can edit them. A value computed by an expression has only its own location and its evaluated value.
 */
export interface ValueNode {
  readonly loc: Location;
  readonly value: Value;
  /** Members of a literal object, in source order. */
  readonly members?: readonly MemberNode[];
  /** Items of a literal array, in source order (expanded property copy loops included). */
  readonly items?: readonly ValueNode[];
  /** Parameters whose default values this value was computed from (named in messages). */
  readonly parameterDefaults?: readonly ParameterOrigin[];
}

export interface MemberNode {
  readonly key: string;
  readonly keyLoc: Location;
  readonly node: ValueNode;
}

export interface ParameterOrigin {
  readonly name: string;
  /** Where the value came from: the default in the template, a parameter file's value, or a caller's argument. */
  readonly loc: Location;
  readonly fromParameterFile: boolean;
  /**
   * Set when the value is an argument a caller passes to a module or nested deployment (`loc` is the argument's
   * value in the caller): which call passed it. Such an origin is no default (`isDefaultOrigin`): it never makes a
   * deploy-time choice, and findings list it as `causedBy`, not `basedOn`.
   */
  readonly passedBy?: CallSite;
}

/** A module declaration (Bicep) or deployment resource (ARM) that passes arguments to the deployment it creates. */
export interface CallSite {
  /** The whole module declaration or deployment resource, in the caller's file. */
  readonly call: Location;
  /** The argument is written as a literal (a string, number or boolean, or a list of them): the fix belongs there. */
  readonly literal: boolean;
}

/** A template's default value: neither a parameter file's value nor a caller's argument. */
export function isDefaultOrigin(origin: ParameterOrigin): boolean {
  return !origin.fromParameterFile && origin.passedBy === undefined;
}

export interface Parameter {
  readonly name: string;
  readonly declaration: Location;
  readonly defaultValue?: ValueNode;
  readonly type?: string;
}

/** One resource instance in the deployment (a `copy`/`for` loop with a known count yields several). */
export interface Resource {
  /** Unique within the model. */
  readonly key: string;
  /** Full resource type, e.g. `Microsoft.Network/privateEndpoints/privateDnsZoneGroups`. */
  readonly type: string;
  /** API version when written literally (ARM `apiVersion`, Bicep `type@version`). */
  readonly apiVersion?: string;
  /** Full name (`parent/child` for child resources), possibly partly unknown. */
  readonly name: Value;
  readonly symbolicName?: string;
  readonly deployment: Deployment;
  /** The whole declaration (ARM resource object, Bicep resource statement, inline sub-resource object). */
  readonly declaration: Location;
  /** A good place to report on the resource as a whole: its type or its name. */
  readonly anchor: Location;
  /**
   * The resource body: an object with `name`, `location`, `sku`, `properties` … For Bicep this is the body object;
   * for an inline sub-resource (a subnet in `properties.subnets`) the inline object.
   */
  readonly body: ValueNode;
  /** `true` when unconditional; false never appears (such resources are dropped); unknown when it depends. */
  readonly condition: Value;
  readonly existing: boolean;
  readonly parent?: Resource;
  /** Present for loop instances; `countDefaults` names the parameter defaults the instance count follows from. */
  readonly loop?: { readonly index: Value; readonly count: Value; readonly countDefaults?: readonly ParameterOrigin[] };
  /** Set for sub-resources written inside their parent rather than declared on their own. */
  readonly inlineIn?: Resource;
  /** Normalised resource id (see graph/resourceId.ts), the key references are resolved by. */
  readonly idKey: string;
  /** The id as the evaluator would produce it for `resourceId(...)` / `symbol.id`. */
  readonly id: Value;
}

/**
 * Where a deployment (or an `existing` resource) lives when it is not the current resource group: a Bicep
 * `scope: resourceGroup('x')`, an ARM nested deployment's `resourceGroup`/`subscriptionId`. Absent members are the
 * current ones.
 */
export interface ResourceScope {
  readonly subscriptionId?: Value;
  readonly resourceGroupName?: Value;
}

/** A deployment scope: the file's top level, an ARM nested deployment, or a Bicep module instance. */
export interface Deployment {
  /** Target scope when it differs from the parent's (resources' ids are built in it). */
  readonly scope?: ResourceScope;
  readonly key: string;
  readonly file: SourceFile;
  readonly parent?: Deployment;
  /** The nested deployment resource or module statement that created this scope. */
  readonly declaration?: Location;
  readonly parameters: ReadonlyMap<string, Parameter>;
  readonly resources: Resource[];
  readonly children: Deployment[];
  /** Parameter files whose values apply to this deployment (named in messages). */
  readonly parameterFiles?: readonly string[];
  /** Output values, by lower-cased name, once the deployment is lowered. */
  readonly outputs: Map<string, ValueNode>;
}

export type SyntaxSeverity = 'error' | 'warning' | 'info';

/** A problem reading the source (not a rule finding): reported with code `syntax-error`. */
export interface SyntaxDiagnostic {
  readonly loc: Location;
  readonly message: string;
  readonly severity?: SyntaxSeverity;
  /**
   * The file's grammar (JSON, Bicep) does not parse here, as while the text around it is being typed. Not set for an
   * expression that does not parse inside a string, a limit, or a file that is not read.
   */
  readonly parse?: true;
}

export interface DeploymentModel {
  readonly files: readonly SourceFile[];
  readonly root: Deployment;
  /** Every resource of every deployment, parents before children. */
  readonly resources: readonly Resource[];
  readonly syntaxDiagnostics: readonly SyntaxDiagnostic[];
}
