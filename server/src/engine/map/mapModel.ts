/**
 * The Private Link map of one analysis, as data: what the language server returns for `privateLink/map`, what the
 * CLI prints as JSON or Mermaid. Plain JSON (no engine objects), so a face can send it as it is. Version 1.
 */
import type { EngineRange, Severity } from '../api';

export type MapNodeKind =
  | 'privateEndpoint'
  | 'target'
  | 'privateLinkService'
  | 'subnet'
  | 'virtualNetwork'
  | 'privateDnsZone'
  | 'zoneGroup'
  | 'virtualNetworkLink'
  | 'loadBalancer'
  | 'frontend';

/**
 * `declared`: the deployment creates it; `existing`: declared as `existing` (Bicep) or referenced as already there;
 * `unknown`: only referenced (an id the deployment does not declare), so everything but what the id says is unknown.
 */
export type MapDeclaration = 'declared' | 'existing' | 'unknown';

export interface MapFinding {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
}

/** One fact shown on a node: `Group ids: vault`, `Public access: disabled`. Unknown values read '❔ …'. */
export interface MapDetail {
  readonly name: string;
  readonly value: string;
}

export interface MapNode {
  /** Unique within the map (`n1`, `n2` …, in the order the map is built, which follows the model). */
  readonly id: string;
  readonly kind: MapNodeKind;
  /** The resource type, as written or as the id names it; absent when not even that is known. */
  readonly type?: string;
  /** The Bicep symbol, else the resource's own name with unknown parts as '…', else the parameter it comes from. */
  readonly label: string;
  readonly declaration: MapDeclaration;
  /**
   * The file that declares the node (for `unknown` nodes: the file whose resource references it), and the range of
   * the declaration in it (absent for `unknown` nodes).
   */
  readonly path: string;
  readonly range?: EngineRange;
  readonly details: readonly MapDetail[];
  /** Findings located in the node's declaration (the innermost node that holds them). */
  readonly findings: readonly MapFinding[];
}

export type MapEdgeKind =
  /** endpoint → subnet (`properties.subnet.id`) */
  | 'inSubnet'
  /** subnet → virtual network (parent) */
  | 'inNetwork'
  /** endpoint → target or Private Link service (`privateLinkServiceId`) */
  | 'connectsTo'
  /** endpoint → its zone group */
  | 'hasZoneGroup'
  /** zone group → zone (`privateDnsZoneConfigs[].properties.privateDnsZoneId`) */
  | 'usesZone'
  /** zone → its virtual network link */
  | 'hasLink'
  /** link → virtual network (`properties.virtualNetwork.id`) */
  | 'linksNetwork'
  /** Private Link service → load balancer frontend */
  | 'usesFrontend'
  /** frontend → its load balancer */
  | 'frontendOf'
  /** Private Link service → NAT subnet (`ipConfigurations[].properties.subnet.id`) */
  | 'natSubnet';

export interface MapEdge {
  readonly from: string;
  readonly to: string;
  readonly kind: MapEdgeKind;
}

export type DnsMark = '✅' | '❌' | '❔' | 'ℹ️';

/** One step of a DNS resolution: `vault.azure.net name`, `CNAME to …`, `zone … linked`, `→ 10.0.1.4`. */
export interface DnsStep {
  readonly mark: DnsMark;
  readonly text: string;
}

/**
 * What a client in one virtual network sees when it resolves the endpoint's service name: the public name, the CNAME
 * to its `privatelink.` name, the zone holding the record and whether it is linked to the network, and the answer.
 */
export interface DnsPath {
  /** Node ids: the endpoint, and the network the client is in. */
  readonly endpoint: string;
  readonly network: string;
  readonly steps: readonly DnsStep[];
  /** `private`: the endpoint's address; `public`: the service's public address (`why` says why); `unknown`. */
  readonly result: 'private' | 'public' | 'unknown';
  readonly why?: string;
}

export interface PrivateLinkMap {
  readonly version: 1;
  /** The analysed document. */
  readonly root: string;
  /** Files in the order the deployment reads them, each with the ids of the nodes it declares. */
  readonly files: readonly { readonly path: string; readonly nodes: readonly string[] }[];
  readonly nodes: readonly MapNode[];
  readonly edges: readonly MapEdge[];
  readonly dnsPaths: readonly DnsPath[];
}

/** A finding as the map needs it: where it is (file, offsets) and what it says. */
export interface LocatedFinding extends MapFinding {
  readonly path: string;
  readonly range: EngineRange;
}
