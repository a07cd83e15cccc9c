/** pe-static-ip-in-subnet: a private endpoint's static IP must lie inside its subnet's prefix and not on an address Azure reserves. */
import { isKnownString } from '../evaluate/value';
import type { Resource, ValueNode } from '../model/model';
import { at, items } from '../model/navigate';
import type { Rule } from './framework/rule';
import { declaredEndpoints } from './support/privateEndpoints';
import { endpointSubnet, judgeableDeclarations } from './support/endpointNetwork';
import { basedOn } from './support/basedOn';
import {
  azureReservedIpv4Role,
  contains,
  formatIp,
  parseCidr,
  parseIpAddress,
  rangeOf,
  type IpAddress,
  type IpNetwork,
} from './support/cidr';

interface Prefix {
  readonly node: ValueNode;
  readonly network: IpNetwork;
}

type Verdict =
  | { readonly kind: 'outside'; readonly prefixes: readonly Prefix[] }
  | { readonly kind: 'reserved'; readonly prefix: Prefix; readonly role: string };

export const peStaticIpInSubnet: Rule = {
  id: 'pe-static-ip-in-subnet',
  defaultLevel: 'error',
  title: "A private endpoint's static IP address lies inside its subnet and is not one Azure reserves.",
  check({ graph, report }) {
    for (const pe of declaredEndpoints(graph)) {
      const configurations = items(at(pe.body, 'properties', 'ipConfigurations'));
      if (!configurations || configurations.length === 0) continue;
      const subnet = endpointSubnet(pe, graph);
      const declarations = subnet ? judgeableDeclarations(subnet) : undefined;
      if (!subnet || !declarations) continue;
      for (const configuration of configurations) {
        const addressNode = at(configuration, 'properties', 'privateIPAddress');
        if (!addressNode || !isKnownString(addressNode.value)) continue;
        const address = parseIpAddress(addressNode.value);
        if (!address) continue;
        // Every declaration of the subnet (alternatives behind conditions) must disagree with the address.
        const verdicts = declarations.map((declaration) => verdictFor(declaration, address));
        const verdict = verdicts[0];
        if (!verdict || verdicts.some((v) => v === undefined || v.kind !== verdict.kind)) continue;
        const shown =
          formatIp(address) === addressNode.value.trim() ? addressNode.value.trim() : `${addressNode.value.trim()} (${formatIp(address)})`;
        // Outside every declaration's prefixes: each declaration's prefixes are what the address was compared with.
        const outsideOf = verdicts.flatMap((v) => (v?.kind === 'outside' ? [v.prefixes] : []));
        const prefixNodes = verdict.kind === 'outside' ? outsideOf.flat().map((p) => p.node) : [verdict.prefix.node];
        report({
          at: addressNode.loc,
          message: messageFor(verdict, shown, outsideOf),
          basedOn: basedOn(addressNode, ...prefixNodes),
          related: prefixNodes.map((node) => ({ loc: node.loc, message: "The subnet's address prefix" })),
        });
      }
    }
  },
};

/** @param outsideOf the prefixes of each declaration of the subnet, when the address is outside all of them */
function messageFor(verdict: Verdict, address: string, outsideOf: readonly (readonly Prefix[])[]): string {
  if (verdict.kind === 'reserved') {
    const { first, last } = rangeOf(verdict.prefix.network);
    const usable = `${formatIp({ version: 4, value: first.value + 4n })}-${formatIp({ version: 4, value: last.value - 1n })}`;
    return (
      `The static private IP ${address} is reserved in subnet ${describePrefix(verdict.prefix)} (${verdict.role}), as Azure reserves the first four and the last ` +
      `address of every subnet, so it cannot be assigned to the endpoint: use an address in ${usable}.`
    );
  }
  // A subnet declared twice (behind conditions, or in its network and as a child) is one of them when deployed.
  const list = [...new Set(outsideOf.map((prefixes) => prefixes.map(describePrefix).join(', ')))].join(' or ');
  return `The static private IP ${address} is outside the endpoint's subnet (${list}), so it cannot be assigned to the endpoint: use an address inside the subnet.`;
}

function describePrefix(prefix: Prefix): string {
  return isKnownString(prefix.node.value)
    ? prefix.node.value.trim()
    : `${formatIp({ version: prefix.network.version, value: prefix.network.base })}/${prefix.network.prefixLength}`;
}

/** Outside every prefix of the subnet, or on a reserved address; undefined when fine or not provable. */
function verdictFor(subnet: Resource, address: IpAddress): Verdict | undefined {
  const prefixes = prefixesOf(subnet);
  if (!prefixes || prefixes.length === 0) return undefined;
  const sameFamily = prefixes.filter((p) => p.network.version === address.version);
  const containing = sameFamily.filter((p) => contains(p.network, address));
  if (containing.length === 0) return { kind: 'outside', prefixes };
  // Reservations are documented per subnet for IPv4; with several IPv4 prefixes (or IPv6) which addresses are held
  // back is not documented, so only a single IPv4 prefix is judged.
  if (address.version !== 4 || distinctNetworks(sameFamily) !== 1) return undefined;
  const role = azureReservedIpv4Role(containing[0].network, address);
  return role ? { kind: 'reserved', prefix: containing[0], role } : undefined;
}

function distinctNetworks(prefixes: readonly Prefix[]): number {
  return new Set(prefixes.map((p) => `${p.network.base}/${p.network.prefixLength}`)).size;
}

/**
 * The subnet's prefixes from `addressPrefix` and `addressPrefixes`; undefined when any of them (or the properties
 * object) is unknown, or a prefix is not a valid canonical CIDR (Azure rejects those, another problem than ours).
 */
function prefixesOf(subnet: Resource): Prefix[] | undefined {
  const properties = at(subnet.body, 'properties');
  // An unknown properties object yields unknown members below, which end the search.
  if (!properties) return undefined;
  const nodes: ValueNode[] = [];
  const single = at(properties, 'addressPrefix');
  if (single && single.value !== null) nodes.push(single);
  const several = at(properties, 'addressPrefixes');
  if (several && several.value !== null) {
    const list = items(several);
    if (!list) return undefined;
    nodes.push(...list);
  }
  const prefixes: Prefix[] = [];
  for (const node of nodes) {
    if (!isKnownString(node.value)) return undefined;
    const network = parseCidr(node.value);
    if (!network || !network.canonical) return undefined;
    prefixes.push({ node, network });
  }
  return prefixes;
}
