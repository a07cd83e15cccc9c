// Tests the CIDR helper behind pe-static-ip-in-subnet: IPv4/IPv6 parsing, containment and Azure's reserved IPv4 addresses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  azureReservedIpv4Role,
  contains,
  formatIp,
  parseCidr,
  parseIpAddress,
  parseIpv4,
  parseIpv6,
  rangeOf,
} from '../../server/src/engine/rules/support/cidr';

function ip(text: string) {
  const parsed = parseIpAddress(text);
  assert.ok(parsed, `parses ${text}`);
  return parsed;
}

function net(text: string) {
  const parsed = parseCidr(text);
  assert.ok(parsed, `parses ${text}`);
  return parsed;
}

test('IPv4 addresses parse strictly', () => {
  assert.equal(parseIpv4('10.0.1.4'), 0x0a000104n);
  assert.equal(parseIpv4('255.255.255.255'), 0xffffffffn);
  assert.equal(parseIpv4('0.0.0.0'), 0n);
  for (const bad of ['10.0.1', '10.0.1.256', '10.0.1.4.5', '10.0.01.4', '10.0.1.-1', 'a.b.c.d', '', '10..1.4']) {
    assert.equal(parseIpv4(bad), undefined, bad);
  }
});

test('IPv6 addresses parse in full, compressed and IPv4-tail forms', () => {
  assert.equal(parseIpv6('::'), 0n);
  assert.equal(parseIpv6('::1'), 1n);
  assert.equal(parseIpv6('fd00::'), 0xfd00n << 112n);
  assert.equal(parseIpv6('fd00:0:0:0:0:0:0:1'), (0xfd00n << 112n) | 1n);
  assert.equal(parseIpv6('FD00:DB8::A'), (0xfd00n << 112n) | (0xdb8n << 96n) | 0xan);
  assert.equal(parseIpv6('::ffff:10.0.0.1'), (0xffffn << 32n) | 0x0a000001n);
  // `::` standing for exactly one group of zeros; an IPv4 tail in the full form.
  assert.equal(parseIpv6('1:2:3:4:5:6::7'), (1n << 112n) | (2n << 96n) | (3n << 80n) | (4n << 64n) | (5n << 48n) | (6n << 32n) | 7n);
  assert.equal(parseIpv6('0:0:0:0:0:ffff:10.0.0.1'), (0xffffn << 32n) | 0x0a000001n);
  // An IPv4 part only as the last group, and only a valid one.
  for (const bad of ['1.2.3.4::', '::1.2.3.4:5', '::ffff:10.0.0.256', '1.2.3.4:0:0:0:0:0:0']) assert.equal(parseIpv6(bad), undefined, bad);
  for (const bad of ['fd00::1::2', '1:2:3:4:5:6:7', '1:2:3:4:5:6:7:8:9', '1:2:3:4::5:6:7:8', 'fd00::g', 'fe80::1%eth0', '12345::', '']) {
    assert.equal(parseIpv6(bad), undefined, bad);
  }
});

test('parseIpAddress picks the family', () => {
  assert.equal(ip('10.1.2.3').version, 4);
  assert.equal(ip(' fd00::4 ').version, 6);
  assert.equal(parseIpAddress('10.1.2.3/24'), undefined);
});

test('CIDR prefixes parse for both families and tell canonical from host-bit forms', () => {
  const v4 = net('10.0.1.0/24');
  assert.equal(v4.version, 4);
  assert.equal(v4.prefixLength, 24);
  assert.equal(v4.size, 256n);
  assert.equal(v4.canonical, true);
  const sloppy = net('10.0.1.5/24');
  assert.equal(sloppy.canonical, false);
  assert.equal(sloppy.base, 0x0a000100n);
  const v6 = net('fd00:db8:0:1::/64');
  assert.equal(v6.version, 6);
  assert.equal(v6.size, 1n << 64n);
  assert.equal(v6.canonical, true);
  assert.equal(net('0.0.0.0/0').size, 1n << 32n);
  for (const bad of ['10.0.1.0', '10.0.1.0/33', '10.0.1.0/', '10.0.1.0/024', 'fd00::/129', '10.0.1.0/a', '10.0.1/24']) {
    assert.equal(parseCidr(bad), undefined, bad);
  }
});

test('containment is exact at both edges and never crosses families', () => {
  const subnet = net('10.0.1.0/26');
  assert.equal(contains(subnet, ip('10.0.1.0')), true);
  assert.equal(contains(subnet, ip('10.0.1.63')), true);
  assert.equal(contains(subnet, ip('10.0.1.64')), false);
  assert.equal(contains(subnet, ip('10.0.0.255')), false);
  assert.equal(contains(net('fd00:1::/64'), ip('fd00:1::ffff')), true);
  assert.equal(contains(net('fd00:1::/64'), ip('fd00:2::1')), false);
  assert.equal(contains(subnet, ip('::ffff:10.0.1.5')), false);
});

test('Azure reserves the first four and the last address of an IPv4 subnet', () => {
  const subnet = net('10.0.1.0/24');
  assert.equal(azureReservedIpv4Role(subnet, ip('10.0.1.0')), 'the network address');
  assert.equal(azureReservedIpv4Role(subnet, ip('10.0.1.1')), 'the default gateway');
  assert.match(azureReservedIpv4Role(subnet, ip('10.0.1.2')) ?? '', /DNS/);
  assert.match(azureReservedIpv4Role(subnet, ip('10.0.1.3')) ?? '', /DNS/);
  assert.equal(azureReservedIpv4Role(subnet, ip('10.0.1.4')), undefined);
  assert.equal(azureReservedIpv4Role(subnet, ip('10.0.1.254')), undefined);
  assert.match(azureReservedIpv4Role(subnet, ip('10.0.1.255')) ?? '', /broadcast/);
  // Outside the subnet, IPv6, and prefixes too small to be Azure subnets are not judged here.
  assert.equal(azureReservedIpv4Role(subnet, ip('10.0.2.0')), undefined);
  assert.equal(azureReservedIpv4Role(net('fd00::/64'), ip('fd00::1')), undefined);
  assert.equal(azureReservedIpv4Role(net('10.0.1.0/30'), ip('10.0.1.0')), undefined);
  assert.match(azureReservedIpv4Role(net('10.0.1.8/29'), ip('10.0.1.15')) ?? '', /broadcast/);
});

test('addresses format back for messages', () => {
  assert.equal(formatIp(ip('10.0.1.4')), '10.0.1.4');
  assert.equal(formatIp(ip('fd00::1')), 'fd00::1');
  assert.equal(formatIp(ip('::')), '::');
  assert.equal(formatIp(ip('fd00:0:0:1:0:0:0:1')), 'fd00:0:0:1::1');
  assert.equal(formatIp(ip('1:2:3:4:5:6:7:8')), '1:2:3:4:5:6:7:8');
  const range = rangeOf(net('10.0.1.0/26'));
  assert.equal(`${formatIp(range.first)}-${formatIp(range.last)}`, '10.0.1.0-10.0.1.63');
});
