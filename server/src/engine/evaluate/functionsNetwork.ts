/**
 * The CIDR builtins (`parseCidr`, `cidrSubnet`, `cidrHost`) for IPv4, so subnet prefixes and static private IPs
 * computed in templates can still be checked; IPv6 input stays unknown.
 */
import { isKnownString } from './value';
import { Builtin, isInteger } from './functionsCore';

interface Ipv4Network {
  /** Network base address as an unsigned 32-bit number. */
  readonly base: number;
  readonly prefix: number;
}

/** Parses `a.b.c.d/n`; the host bits are cleared, as ARM does. */
export function parseIpv4Cidr(text: string): Ipv4Network | undefined {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(text.trim());
  if (!match) return undefined;
  const octets = match.slice(1, 5).map(Number);
  const prefix = Number(match[5]);
  if (octets.some((o) => o > 255) || prefix > 32) return undefined;
  const address = octets.reduce((n, o) => n * 256 + o, 0);
  return { base: address - (address % blockSize(prefix)), prefix };
}

function blockSize(prefix: number): number {
  return 2 ** (32 - prefix);
}

export function formatIpv4(address: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(address / 2 ** shift) % 256).join('.');
}

const parseCidr: Builtin = ([network]) => {
  if (!isKnownString(network)) return undefined;
  const parsed = parseIpv4Cidr(network);
  if (!parsed) return undefined;
  const size = blockSize(parsed.prefix);
  const broadcast = parsed.base + size - 1;
  // /31 and /32 have no network/broadcast reservation.
  const hasReserved = parsed.prefix < 31;
  return {
    network: formatIpv4(parsed.base),
    netmask: formatIpv4(2 ** 32 - size),
    broadcast: formatIpv4(broadcast),
    firstUsable: formatIpv4(hasReserved ? parsed.base + 1 : parsed.base),
    lastUsable: formatIpv4(hasReserved ? broadcast - 1 : broadcast),
    cidr: parsed.prefix,
  };
};

const cidrSubnet: Builtin = ([network, newCidr, subnetIndex]) => {
  if (!isKnownString(network) || !isInteger(newCidr) || !isInteger(subnetIndex)) return undefined;
  const parsed = parseIpv4Cidr(network);
  if (!parsed || newCidr < parsed.prefix || newCidr > 32) return undefined;
  if (subnetIndex < 0 || subnetIndex >= 2 ** (newCidr - parsed.prefix)) return undefined;
  return `${formatIpv4(parsed.base + subnetIndex * blockSize(newCidr))}/${newCidr}`;
};

/** Host 0 is the first usable address (the network address itself is reserved). */
const cidrHost: Builtin = ([network, hostIndex]) => {
  if (!isKnownString(network) || !isInteger(hostIndex)) return undefined;
  const parsed = parseIpv4Cidr(network);
  if (!parsed || hostIndex < 0) return undefined;
  const reserved = parsed.prefix < 31 ? 2 : 0;
  if (hostIndex >= blockSize(parsed.prefix) - reserved) return undefined;
  return formatIpv4(parsed.base + (reserved ? 1 : 0) + hostIndex);
};

export const networkFunctions: ReadonlyMap<string, Builtin> = new Map<string, Builtin>([
  ['parsecidr', parseCidr],
  ['cidrsubnet', cidrSubnet],
  ['cidrhost', cidrHost],
]);
