/** What rules need about Private Link services: their frontend configurations, load balancers and NAT subnets. */
import type { Resource, ValueNode } from '../../model/model';
import { at, items } from '../../model/navigate';
import type { ResourceGraph } from '../../graph/resourceGraph';
import { LOAD_BALANCER, PRIVATE_LINK_SERVICE } from './privateEndpoints';

export interface FrontendUse {
  /** The `{ id }` entry in `loadBalancerFrontendIpConfigurations`. */
  readonly reference: ValueNode;
  /** The frontend configuration, when declared in the model. */
  readonly frontend?: Resource;
  /** Its load balancer, when declared in the model. */
  readonly loadBalancer?: Resource;
}

export interface NatConfiguration {
  readonly node: ValueNode;
  readonly subnetReference?: ValueNode;
  readonly subnet?: Resource;
}

export function declaredPrivateLinkServices(graph: ResourceGraph): Resource[] {
  return graph.ofType(PRIVATE_LINK_SERVICE).filter((pls) => !pls.existing);
}

export function frontendsOf(pls: Resource, graph: ResourceGraph): FrontendUse[] {
  return (items(at(pls.body, 'properties', 'loadBalancerFrontendIpConfigurations')) ?? []).map((reference) => {
    const id = at(reference, 'id')?.value;
    const frontend = graph.resolve(id);
    const loadBalancer = frontend ? graph.parentOf(frontend) : undefined;
    return {
      reference,
      frontend,
      loadBalancer: loadBalancer && loadBalancer.type.toLowerCase() === LOAD_BALANCER.toLowerCase() ? loadBalancer : undefined,
    };
  });
}

export function natConfigurationsOf(pls: Resource, graph: ResourceGraph): NatConfiguration[] | undefined {
  const list = items(at(pls.body, 'properties', 'ipConfigurations'));
  if (!list) return undefined;
  return list.map((node) => {
    const subnetReference = at(node, 'properties', 'subnet', 'id');
    return { node, subnetReference, subnet: subnetReference ? graph.resolve(subnetReference.value) : undefined };
  });
}
