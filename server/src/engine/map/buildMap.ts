/**
 * Builds the Private Link map of one analysis: private endpoints and their targets, subnets and networks, private DNS
 * zones with their zone groups and virtual network links, Private Link services with their load balancer frontends
 * and NAT subnets, and the DNS path of every endpoint. An edge is drawn only where an id in the template names the
 * other end; a referenced resource the deployment does not declare becomes an `unknown` node showing what the id says.
 */
import { isKnownString, type Value } from '../evaluate/value';
import type { DnsManagement } from '../api';
import type { Knowledge } from '../knowledge/knowledge';
import type { DeploymentModel, Resource } from '../model/model';
import { at } from '../model/navigate';
import { typeOfIdKey } from '../model/resourceIds';
import type { ResourceGraph } from '../graph/resourceGraph';
import {
  connectionsOf,
  isPrivateLinkServiceType,
  isType,
  knownGroupIds,
  LOAD_BALANCER,
  PRIVATE_DNS_ZONE,
  PRIVATE_ENDPOINT,
  PRIVATE_LINK_SERVICE,
  SUBNET,
  VIRTUAL_NETWORK,
  VNET_LINK,
  ZONE_GROUP,
} from '../rules/support/privateEndpoints';
import { endpointSubnet } from '../rules/support/endpointNetwork';
import { zoneConfigsOf } from '../rules/support/zoneReferences';
import { frontendsOf, natConfigurationsOf } from '../rules/support/loadBalancers';
import { publicAccessState } from '../rules/support/publicAccess';
import { endpointResolutions } from './dnsPath';
import { nameWithParameters, resourceMapLabel } from './mapLabels';
import type {
  DnsPath,
  LocatedFinding,
  MapDeclaration,
  MapDetail,
  MapEdge,
  MapEdgeKind,
  MapNode,
  MapNodeKind,
  PrivateLinkMap,
} from './mapModel';

const UNKNOWN = '❔';

interface NodeDraft {
  readonly id: string;
  readonly kind: MapNodeKind;
  readonly idKey: string;
  type?: string;
  label: string;
  declaration: MapDeclaration;
  path: string;
  declarations: Resource[];
  details: MapDetail[];
}

export function buildPrivateLinkMap(
  model: DeploymentModel,
  graph: ResourceGraph,
  knowledge: Knowledge,
  findings: readonly LocatedFinding[] = [],
  dns: DnsManagement = 'template',
): PrivateLinkMap {
  return new MapBuilder(model, graph, knowledge, dns).build(findings);
}

class MapBuilder {
  private readonly nodes: NodeDraft[] = [];
  /** Node per (kind, id key): one node however many declarations (inline and child, alternatives) share an id. */
  private readonly byKey = new Map<string, NodeDraft>();
  private readonly edges: MapEdge[] = [];
  private readonly edgeKeys = new Set<string>();
  private readonly dnsPaths: DnsPath[] = [];
  /** Resources whose relations were followed already (a zone reached from a zone group and again on its own). */
  private readonly visited = new Set<Resource>();
  private linksByZoneKey: Map<string, Resource[]> | undefined;
  private findings: readonly LocatedFinding[] = [];
  private readonly pathKeys = new Set<string>();

  constructor(
    private readonly model: DeploymentModel,
    private readonly graph: ResourceGraph,
    private readonly knowledge: Knowledge,
    private readonly dns: DnsManagement,
  ) {}

  build(findings: readonly LocatedFinding[]): PrivateLinkMap {
    this.findings = findings;
    for (const pe of this.graph.ofType(PRIVATE_ENDPOINT)) this.endpoint(pe);
    for (const pls of this.graph.ofType(PRIVATE_LINK_SERVICE)) this.privateLinkService(pls);
    for (const zone of this.graph.ofType(PRIVATE_DNS_ZONE)) {
      if (this.isPrivateLinkZone(zone)) this.zone(zone);
    }
    const nodes = this.finish(findings);
    const files = this.model.files
      .map((file) => ({ path: file.path, nodes: nodes.filter((n) => n.path === file.path).map((n) => n.id) }))
      .filter((f) => f.nodes.length > 0);
    return { version: 1, root: this.model.root.file.path, files, nodes, edges: this.edges, dnsPaths: this.dnsPaths };
  }

  private isPrivateLinkZone(zone: Resource): boolean {
    return !isKnownString(zone.name) || this.knowledge.isPrivateLinkZone(zone.name) || this.usedByZoneGroup(zone);
  }

  private usedByZoneGroup(zone: Resource): boolean {
    return this.byKey.has(`privateDnsZone:${zone.idKey}`);
  }

  // --- nodes ---------------------------------------------------------------------------------------------------

  /** The node of a declared resource (merged with others of the same id key). */
  private declared(kind: MapNodeKind, resource: Resource): NodeDraft {
    const key = `${kind}:${resource.idKey}`;
    const found = this.byKey.get(key);
    if (found) {
      if (!found.declarations.includes(resource)) found.declarations.push(resource);
      if (found.declaration !== 'declared') {
        found.declaration = resource.existing ? 'existing' : 'declared';
        found.path = resource.declaration.file.path;
        if (found.declarations.length === 1 || found.declaration === 'declared') found.label = resourceMapLabel(resource);
      }
      return found;
    }
    return this.addNode(key, {
      kind,
      idKey: resource.idKey,
      type: resource.type,
      label: resourceMapLabel(resource),
      declaration: resource.existing ? 'existing' : 'declared',
      path: resource.declaration.file.path,
      declarations: [resource],
      details: [],
    });
  }

  /** The `unknown` node of an id key, made once: a resource the template names by its id but does not declare. */
  private unknownNode(kind: MapNodeKind, idKey: string, type: string | undefined, label: () => string, path: string): NodeDraft {
    const key = `${kind}:${idKey}`;
    return (
      this.byKey.get(key) ??
      this.addNode(key, { kind, idKey, type, label: label(), declaration: 'unknown', path, declarations: [], details: [] })
    );
  }

  private addNode(key: string, fields: Omit<NodeDraft, 'id'>): NodeDraft {
    const node: NodeDraft = { id: `n${this.nodes.length + 1}`, ...fields };
    this.nodes.push(node);
    this.byKey.set(key, node);
    return node;
  }

  /**
   * The node an id names: the declared resources with that key when there are some, else an `unknown` node labelled
   * from the id, placed with the file whose resource references it. Undefined when the id is no id at all.
   */
  private referenced(kind: MapNodeKind, id: Value | undefined, from: Resource, expectedType?: string): NodeDraft | undefined {
    const idKey = this.graph.idKeyOf(id as Value);
    if (!idKey) return undefined;
    const type = typeOfIdKey(idKey);
    if (expectedType && type !== expectedType.toLowerCase()) return undefined;
    const declarations = this.graph.withIdKey(idKey).filter((r) => r.type.toLowerCase() === type);
    if (declarations.length > 0) {
      let node: NodeDraft | undefined;
      for (const resource of declarations) node = this.declared(kind, resource);
      return node;
    }
    return this.unknownNode(kind, idKey, typeFromId(id, type), () => nameWithParameters(lastNameOf(id)), from.declaration.file.path);
  }

  private edge(from: NodeDraft | undefined, to: NodeDraft | undefined, kind: MapEdgeKind): void {
    if (!from || !to) return;
    const key = `${from.id}>${to.id}>${kind}`;
    if (this.edgeKeys.has(key)) return;
    this.edgeKeys.add(key);
    this.edges.push({ from: from.id, to: to.id, kind });
  }

  private detail(node: NodeDraft, name: string, value: string): void {
    if (!node.details.some((d) => d.name === name && d.value === value)) node.details.push({ name, value });
  }

  // --- private endpoints ---------------------------------------------------------------------------------------

  private endpoint(pe: Resource): void {
    const node = this.declared('privateEndpoint', pe);
    if (pe.existing) return;
    const connections = connectionsOf(pe, this.graph);
    if (!connections) this.detail(node, 'Connections', `${UNKNOWN} computed`);
    for (const connection of connections ?? []) {
      const groupIds = knownGroupIds(connection);
      const unknownGroups = connection.groupIds === undefined || (connection.groupIds ?? []).some((g) => !isKnownString(g.value));
      if (groupIds.length > 0 || unknownGroups)
        this.detail(node, 'Group ids', [...groupIds, ...(unknownGroups ? [UNKNOWN] : [])].join(', '));
      if (connection.manual) this.detail(node, 'Approval', 'manual');
      const toPls = isPrivateLinkServiceType(connection.targetType);
      const target = this.referenced(toPls ? 'privateLinkService' : 'target', connection.targetNode?.value, pe);
      if (!target) {
        if (connection.targetNode) this.detail(node, 'Target', `${UNKNOWN} not known from the template`);
        continue;
      }
      this.edge(node, target, 'connectsTo');
      if (!toPls) this.describeTarget(target);
      else for (const pls of target.declarations) this.privateLinkService(pls);
    }
    const subnet = endpointSubnet(pe, this.graph);
    if (subnet)
      this.subnetAndNetwork(this.referenced('subnet', subnet.reference.value, pe, SUBNET), node, 'inSubnet', pe, subnet.reference.value);
    for (const group of this.graph.childrenOf(pe, ZONE_GROUP)) this.zoneGroup(group, node);
    const span = pe.declaration.span;
    const missingGroupShown = this.findings.some(
      (f) =>
        f.code === 'pe-dns-zone-group' && f.path === pe.declaration.file.path && f.range.start >= span.start && f.range.end <= span.end,
    );
    for (const resolution of endpointResolutions(pe, this.graph, this.knowledge, this.dns, missingGroupShown)) {
      const network = this.networkNode(resolution.network.idKey, pe);
      // Alternatives sharing the endpoint's id (behind conditions) often give the same path: list it once.
      const key = `${node.id}>${network?.id}>${JSON.stringify(resolution.steps)}`;
      if (!network || this.pathKeys.has(key)) continue;
      this.pathKeys.add(key);
      this.dnsPaths.push({
        endpoint: node.id,
        network: network.id,
        steps: resolution.steps,
        result: resolution.result,
        ...(resolution.why ? { why: resolution.why } : {}),
      });
    }
  }

  private describeTarget(target: NodeDraft): void {
    if (target.details.length > 0) return;
    const service = target.type ? this.knowledge.service(target.type) : undefined;
    this.detail(target, 'Service', service?.displayName ?? `${UNKNOWN} not in the knowledge table`);
    const declared = target.declarations.filter((r) => !r.existing);
    if (declared.length === 0 || !service?.publicAccess) {
      this.detail(target, 'Public access', `${UNKNOWN} not known from the template`);
      return;
    }
    const states = declared.map((r) => publicAccessState(r, service.publicAccess!, this.graph));
    const state = states.every((s) => s.kind === states[0].kind) ? states[0] : { kind: 'unknown' as const };
    const text =
      state.kind === 'open'
        ? `open (${state.open.reason})`
        : state.kind === 'disabled'
          ? 'disabled'
          : state.kind === 'limited'
            ? `${state.effect} (${state.how})`
            : `${UNKNOWN} not known`;
    this.detail(target, 'Public access', text);
  }

  /** `referrer`: the resource whose id names the subnet (an undeclared network is placed in its file). */
  private subnetAndNetwork(subnet: NodeDraft | undefined, from: NodeDraft, kind: MapEdgeKind, referrer: Resource, subnetId?: Value): void {
    if (!subnet) return;
    this.edge(from, subnet, kind);
    const networkKey = this.graph.parentIdKey(subnet.idKey);
    const parent = subnet.declarations.map((d) => this.graph.parentOf(d)).find((p) => p && isType(p, VIRTUAL_NETWORK));
    const network = parent
      ? this.declared('virtualNetwork', parent)
      : networkKey
        ? this.networkNode(networkKey, subnet.declarations[0] ?? referrer, networkIdOf(subnetId))
        : undefined;
    this.edge(subnet, network, 'inNetwork');
  }

  /**
   * A virtual network by id key: declared, or unknown (placed with `from`'s file, or the root's). `id`: the network's
   * id as written, when known (labels keep its casing; keys are lower-cased).
   */
  private networkNode(idKey: string, from: Resource | undefined, id?: Value): NodeDraft | undefined {
    const declared = this.graph.withIdKey(idKey).filter((r) => isType(r, VIRTUAL_NETWORK));
    if (declared.length > 0) {
      let node: NodeDraft | undefined;
      for (const r of declared) node = this.declared('virtualNetwork', r);
      return node;
    }
    const label = (): string =>
      typeof id === 'string' && this.graph.idKeyOf(id) === idKey
        ? nameWithParameters(id)
        : nameWithParameters(idKey.slice(idKey.indexOf('|') + 1));
    return this.unknownNode('virtualNetwork', idKey, VIRTUAL_NETWORK, label, from?.declaration.file.path ?? this.model.root.file.path);
  }

  // --- DNS -----------------------------------------------------------------------------------------------------

  private zoneGroup(group: Resource, endpoint: NodeDraft): void {
    const node = this.declared('zoneGroup', group);
    this.edge(endpoint, node, 'hasZoneGroup');
    for (const use of zoneConfigsOf(group, this.graph)) {
      const zone = this.referenced('privateDnsZone', use.reference.value, group, PRIVATE_DNS_ZONE);
      if (!zone) {
        this.detail(node, 'Zone', `${UNKNOWN} not known from the template`);
        continue;
      }
      if (zone.declaration === 'unknown' && use.zoneName) zone.label = `'${use.zoneName}'`;
      this.edge(node, zone, 'usesZone');
      for (const declaration of zone.declarations) this.zone(declaration);
      if (zone.declarations.length === 0) this.linksOfKey(this.graph.idKeyOf(use.reference.value), zone);
    }
  }

  private zone(zone: Resource): void {
    const node = this.declared('privateDnsZone', zone);
    if (this.visited.has(zone)) return;
    this.visited.add(zone);
    // The zone's name, unless the label already is it (a JSON template names zones by their names).
    if (isKnownString(zone.name) && node.label !== `'${zone.name}'`) this.detail(node, 'Zone', zone.name);
    this.linksOfKey(zone.idKey, node);
  }

  /** The declared links of a zone, by the zone's id key (links to an `existing` or undeclared zone included). */
  private linksOfKey(zoneKey: string | undefined, zone: NodeDraft): void {
    if (!zoneKey) return;
    if (!this.linksByZoneKey) {
      this.linksByZoneKey = new Map();
      for (const link of this.graph.ofType(VNET_LINK)) {
        const parent = this.graph.parentIdKey(link.idKey);
        if (parent) this.linksByZoneKey.set(parent, [...(this.linksByZoneKey.get(parent) ?? []), link]);
      }
    }
    for (const link of this.linksByZoneKey.get(zoneKey) ?? []) {
      const node = this.declared('virtualNetworkLink', link);
      this.edge(zone, node, 'hasLink');
      const registration = at(link.body, 'properties', 'registrationEnabled')?.value;
      if (registration === true) this.detail(node, 'Auto-registration', 'enabled');
      const networkId = at(link.body, 'properties', 'virtualNetwork', 'id')?.value;
      const networkKey = this.graph.idKeyOf(networkId as Value);
      if (networkKey && typeOfIdKey(networkKey) === VIRTUAL_NETWORK.toLowerCase())
        this.edge(node, this.networkNode(networkKey, link, networkId), 'linksNetwork');
      else this.detail(node, 'Virtual network', `${UNKNOWN} not known from the template`);
    }
  }

  // --- Private Link services -----------------------------------------------------------------------------------

  private privateLinkService(pls: Resource): void {
    const node = this.declared('privateLinkService', pls);
    if (this.visited.has(pls) || pls.existing) return;
    this.visited.add(pls);
    for (const use of frontendsOf(pls, this.graph)) {
      const frontend = this.referenced('frontend', at(use.reference, 'id')?.value, pls);
      if (!frontend) continue;
      this.edge(node, frontend, 'usesFrontend');
      const frontendKey = this.graph.idKeyOf(at(use.reference, 'id')?.value as Value);
      const lbKey = frontendKey ? this.graph.parentIdKey(frontendKey) : undefined;
      const lb = use.loadBalancer
        ? this.declared('loadBalancer', use.loadBalancer)
        : lbKey && typeOfIdKey(lbKey) === LOAD_BALANCER.toLowerCase()
          ? this.lbNode(lbKey, pls)
          : undefined;
      this.edge(frontend, lb, 'frontendOf');
    }
    for (const nat of natConfigurationsOf(pls, this.graph) ?? []) {
      if (!nat.subnetReference) continue;
      this.subnetAndNetwork(
        this.referenced('subnet', nat.subnetReference.value, pls, SUBNET),
        node,
        'natSubnet',
        pls,
        nat.subnetReference.value,
      );
    }
  }

  private lbNode(idKey: string, from: Resource): NodeDraft | undefined {
    return this.unknownNode(
      'loadBalancer',
      idKey,
      LOAD_BALANCER,
      () => nameWithParameters(idKey.slice(idKey.indexOf('|') + 1)),
      from.declaration.file.path,
    );
  }

  // --- findings ------------------------------------------------------------------------------------------------

  /** Each finding goes to the node with the smallest declaration that holds it, in the same file. */
  private finish(findings: readonly LocatedFinding[]): MapNode[] {
    const attached = new Map<NodeDraft, LocatedFinding[]>();
    for (const finding of findings) {
      let best: NodeDraft | undefined;
      let bestSize = Number.POSITIVE_INFINITY;
      for (const node of this.nodes) {
        for (const d of node.declarations) {
          const span = d.declaration.span;
          if (d.declaration.file.path !== finding.path || finding.range.start < span.start || finding.range.end > span.end) continue;
          if (span.end - span.start < bestSize) [best, bestSize] = [node, span.end - span.start];
        }
      }
      if (best) attached.set(best, [...(attached.get(best) ?? []), finding]);
    }
    return this.nodes.map((n) => {
      const first = n.declarations.find((d) => d.declaration.file.path === n.path);
      return {
        id: n.id,
        kind: n.kind,
        ...(n.type ? { type: n.type } : {}),
        label: n.label,
        declaration: n.declaration,
        path: n.path,
        ...(first ? { range: { start: first.declaration.span.start, end: first.declaration.span.end } } : {}),
        details: n.details,
        findings: (attached.get(n) ?? []).map((f) => ({ code: f.code, severity: f.severity, message: f.message })),
      };
    });
  }
}

/** The type an id names, in the id's own casing when it is a known string. */
function typeFromId(id: Value | undefined, lowerType: string): string {
  if (typeof id !== 'string') return lowerType;
  const match = /\/providers\/([^/]+)\/([^/]+)(?:\/[^/]+\/([^/]+))?/i.exec(id);
  if (!match) return lowerType;
  const written = match[3] ? `${match[1]}/${match[2]}/${match[3]}` : `${match[1]}/${match[2]}`;
  return written.toLowerCase() === lowerType ? written : lowerType;
}

/** `…/virtualNetworks/vnet/subnets/snet` → `…/virtualNetworks/vnet` (the subnet's network), when the id is a string. */
function networkIdOf(subnetId: Value | undefined): Value | undefined {
  if (typeof subnetId !== 'string') return undefined;
  const cut = subnetId.toLowerCase().lastIndexOf('/subnets/');
  return cut > 0 ? subnetId.slice(0, cut) : undefined;
}

/** The last name segment of an id string (an unknown id has none). */
function lastNameOf(id: Value | undefined): Value | undefined {
  return typeof id === 'string' ? id : undefined;
}
