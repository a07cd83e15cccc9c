/**
 * IP address and CIDR arithmetic for IPv4 and IPv6 (as bigints, so both families share one code path): parsing,
 * containment, and the addresses Azure reserves in an IPv4 subnet.
 */

export type IpVersion = 4 | 6;

export interface IpAddress {
  readonly version: IpVersion;
  readonly value: bigint;
}

export interface IpNetwork {
  readonly version: IpVersion;
  /** The address as written, host bits included. */
  readonly address: bigint;
  readonly prefixLength: number;
  /** The network address (host bits cleared). */
  readonly base: bigint;
  /** Number of addresses in the prefix. */
  readonly size: bigint;
  /**
   * False when the written address has host bits set (`10.0.1.5/24`). Azure rejects such subnet prefixes
   * (`InvalidCIDRNotation`), so a rule should not reason about them.
   */
  readonly canonical: boolean;
}

const BITS: Readonly<Record<IpVersion, number>> = { 4: 32, 6: 128 };

/**
 * Parses a dotted-quad IPv4 address. Leading zeros are refused: some parsers read `010` as octal, so such a
 * value's meaning is not certain.
 */
export function parseIpv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    if (!/^(0|[1-9]\d{0,2})$/.test(part)) return undefined;
    const octet = Number(part);
    if (octet > 255) return undefined;
    value = value * 256n + BigInt(octet);
  }
  return value;
}

/** Parses an IPv6 address: full, `::`-compressed, or with an embedded IPv4 tail. No zone index (`%eth0`). */
export function parseIpv6(text: string): bigint | undefined {
  if (text.length === 0 || text.includes('%')) return undefined;
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const head = halves[0] === '' ? [] : halves[0].split(':');
  const tail = halves.length === 2 ? (halves[1] === '' ? [] : halves[1].split(':')) : [];
  const groups: number[] = [];
  const readGroups = (list: string[], allowIpv4Tail: boolean): number[] | undefined => {
    const result: number[] = [];
    for (let i = 0; i < list.length; i++) {
      const part = list[i];
      if (allowIpv4Tail && i === list.length - 1 && part.includes('.')) {
        const v4 = parseIpv4(part);
        if (v4 === undefined) return undefined;
        result.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
        continue;
      }
      if (!/^[0-9a-fA-F]{1,4}$/.test(part)) return undefined;
      result.push(parseInt(part, 16));
    }
    return result;
  };
  const headGroups = readGroups(head, halves.length === 1);
  const tailGroups = readGroups(tail, true);
  if (!headGroups || !tailGroups) return undefined;
  if (halves.length === 1) {
    if (headGroups.length !== 8) return undefined;
    groups.push(...headGroups);
  } else {
    // `::` stands for at least one group of zeros.
    const missing = 8 - headGroups.length - tailGroups.length;
    if (missing < 1) return undefined;
    groups.push(...headGroups, ...new Array<number>(missing).fill(0), ...tailGroups);
  }
  return groups.reduce((acc, group) => (acc << 16n) | BigInt(group), 0n);
}

export function parseIpAddress(text: string): IpAddress | undefined {
  const trimmed = text.trim();
  if (trimmed.includes(':')) {
    const value = parseIpv6(trimmed);
    return value === undefined ? undefined : { version: 6, value };
  }
  const value = parseIpv4(trimmed);
  return value === undefined ? undefined : { version: 4, value };
}

/** Parses `address/length` for either family; undefined for anything else (a bare address included). */
export function parseCidr(text: string): IpNetwork | undefined {
  const trimmed = text.trim();
  const slash = trimmed.indexOf('/');
  if (slash < 0) return undefined;
  const lengthText = trimmed.slice(slash + 1);
  if (!/^(0|[1-9]\d{0,2})$/.test(lengthText)) return undefined;
  const address = parseIpAddress(trimmed.slice(0, slash));
  if (!address) return undefined;
  const bits = BITS[address.version];
  const prefixLength = Number(lengthText);
  if (prefixLength > bits) return undefined;
  const size = 1n << BigInt(bits - prefixLength);
  const base = address.value - (address.value % size);
  return { version: address.version, address: address.value, prefixLength, base, size, canonical: base === address.value };
}

export function contains(network: IpNetwork, address: IpAddress): boolean {
  return network.version === address.version && address.value >= network.base && address.value < network.base + network.size;
}

/** Why Azure holds an IPv4 subnet address back, or undefined when the address is assignable (or not in the subnet). */
export function azureReservedIpv4Role(network: IpNetwork, address: IpAddress): string | undefined {
  if (network.version !== 4 || !contains(network, address)) return undefined;
  // Azure's smallest subnet is a /29; below that the five reservations do not fit and the subnet itself is invalid.
  if (network.prefixLength > 29) return undefined;
  const offset = address.value - network.base;
  if (offset === 0n) return 'the network address';
  if (offset === 1n) return 'the default gateway';
  if (offset === 2n || offset === 3n) return 'mapped to Azure DNS';
  if (offset === network.size - 1n) return 'the broadcast address';
  return undefined;
}

export function formatIp(address: IpAddress): string {
  if (address.version === 4) return [24n, 16n, 8n, 0n].map((shift) => String((address.value >> shift) & 0xffn)).join('.');
  const groups: string[] = [];
  for (let shift = 112n; shift >= 0n; shift -= 16n) groups.push(((address.value >> shift) & 0xffffn).toString(16));
  // RFC 5952: the longest run (two or more) of zero groups becomes `::`.
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < groups.length;) {
    if (groups[i] !== '0') {
      i++;
      continue;
    }
    let j = i;
    while (j < groups.length && groups[j] === '0') j++;
    if (j - i > bestLength) [bestStart, bestLength] = [i, j - i];
    i = j;
  }
  if (bestStart < 0) return groups.join(':');
  return `${groups.slice(0, bestStart).join(':')}::${groups.slice(bestStart + bestLength).join(':')}`;
}

/** The first and last address of a network, for messages. */
export function rangeOf(network: IpNetwork): { first: IpAddress; last: IpAddress } {
  return {
    first: { version: network.version, value: network.base },
    last: { version: network.version, value: network.base + network.size - 1n },
  };
}
