/**
 * Which resource references which: resources indexed by normalised id (so look-ups stay linear overall), children by
 * their parent's id, and resolution of any id value (resourceId(), literal, concatenated, `symbol.id`) to resources.
 */
import { caseInsensitiveName, matchesName, type Value } from '../evaluate/value';
import type { DeploymentModel, Resource } from '../model/model';
import { idKeyOf } from '../model/resourceIds';
import type { GenerationalMemo } from '../incremental/generationalMemo';
import type { AnalysisContext } from '../analysisContext';

const NO_PARENT = '';

export class ResourceGraph {
  private readonly byIdKey = new Map<string, Resource[]>();
  private readonly byParentKey = new Map<string, Resource[]>();
  private readonly byType = new Map<string, Resource[]>();
  private readonly memos = new Map<string, unknown>();

  /** `analysis`: the analysis the model came from, whose id-key memos the graph's look-ups share. */
  constructor(
    readonly model: DeploymentModel,
    readonly analysis: AnalysisContext,
  ) {
    for (const resource of model.resources) {
      push(this.byIdKey, resource.idKey, resource);
      push(this.byType, resource.type.toLowerCase(), resource);
      const parentKey = this.parentIdKey(resource.idKey);
      if (parentKey) push(this.byParentKey, parentKey, resource);
    }
  }

  /** Every resource of a type (case-insensitive), in declaration order. */
  ofType(type: string): readonly Resource[] {
    return this.byType.get(caseInsensitiveName(type).lower) ?? [];
  }

  /** The resources an id value names; empty when the id is unknown or points outside the model. */
  resolveAll(id: Value | undefined): readonly Resource[] {
    if (id === undefined) return [];
    const key = this.idKeyOf(id);
    return key ? (this.byIdKey.get(key) ?? []) : [];
  }

  /**
   * The resources whose id key is `idKey` (several when conditions declare alternatives). Rules comparing resources by
   * key should ask here instead of filtering `ofType(...)`: that is a scan per question, quadratic over a model.
   */
  withIdKey(idKey: string): readonly Resource[] {
    return this.byIdKey.get(idKey) ?? [];
  }

  /**
   * A derived index built once per graph (one analysis) and shared by the rules that ask the same question, so that
   * "who else uses this zone" stays a look-up instead of a scan per finding.
   */
  memo<T>(key: string, build: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, build());
    return this.memos.get(key) as T;
  }

  resolve(id: Value | undefined): Resource | undefined {
    return this.resolveAll(id)[0];
  }

  /** Child resources (declared nested, top level with a `parent/child` name, or inline) of a type. */
  childrenOf(resource: Resource, childType?: string): readonly Resource[] {
    const children = this.byParentKey.get(resource.idKey) ?? [];
    if (!childType) return children;
    const wanted = caseInsensitiveName(childType);
    return children.filter((child) => matchesName(child.type, wanted));
  }

  /** The parent resource: declared parent first, else the resource the id's parent part names. */
  parentOf(resource: Resource): Resource | undefined {
    if (resource.parent) return resource.parent;
    const key = this.parentIdKey(resource.idKey);
    return key ? this.byIdKey.get(key)?.[0] : undefined;
  }

  /** The graph key of an id value (model/resourceIds.ts `idKeyOf`), remembered for this analysis. */
  idKeyOf(id: Value): string | undefined {
    return idKeyOf(id, this.analysis.idKeys);
  }

  /** `ns/t1/t2|n1/n2` → `ns/t1|n1`; undefined for top-level resources (remembered for this analysis). */
  parentIdKey(idKey: string): string | undefined {
    return parentIdKey(idKey, this.analysis.parentKeys);
  }
}

/**
 * `ns/t1/t2|n1/n2` → `ns/t1|n1`; undefined for top-level resources. Asked for every child resource, often once per
 * pair of resources a rule compares: `memo` (AnalysisContext.parentKeys) remembers the answers.
 */
export function parentIdKey(idKey: string, memo: GenerationalMemo<string>): string | undefined {
  const cached = memo.get(idKey);
  if (cached !== undefined) return cached === NO_PARENT ? undefined : cached;
  const parent = computeParentIdKey(idKey);
  memo.set(idKey, parent ?? NO_PARENT);
  return parent;
}

function computeParentIdKey(idKey: string): string | undefined {
  const bar = idKey.indexOf('|');
  if (bar < 0) return undefined;
  const types = idKey.slice(0, bar).split('/');
  const names = idKey.slice(bar + 1).split('/');
  if (types.length <= 2 || names.length < 2) return undefined;
  return `${types.slice(0, -1).join('/')}|${names.slice(0, -1).join('/')}`;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
