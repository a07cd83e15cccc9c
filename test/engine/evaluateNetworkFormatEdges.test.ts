// The CIDR builtins and `format()` at their edges: the smallest networks (/31 and /32 reserve no address, /30 does),
// each limit at and one past its boundary (octet 255, prefix 32, the last subnet and host index, alignment width),
// and the .NET numeric formats where a near miss would still look plausible (signs, grouping, padding, case).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatComposite, formatNumber } from '../../server/src/engine/evaluate/functionsFormat';
import { MAX_STRING_LENGTH } from '../../server/src/engine/evaluate/functionsCore';
import { assertUnknown, fn, part, P } from '../support/builtins';

test('parseCidr: the smallest and largest networks, and what it refuses', () => {
  assert.deepEqual(fn('parseCidr', '10.0.0.7/32'), {
    network: '10.0.0.7',
    netmask: '255.255.255.255',
    broadcast: '10.0.0.7',
    firstUsable: '10.0.0.7',
    lastUsable: '10.0.0.7',
    cidr: 32,
  });
  assert.deepEqual(fn('parseCidr', '10.0.0.7/31'), {
    network: '10.0.0.6',
    netmask: '255.255.255.254',
    broadcast: '10.0.0.7',
    firstUsable: '10.0.0.6',
    lastUsable: '10.0.0.7',
    cidr: 31,
  });
  assert.deepEqual(fn('parseCidr', '10.0.0.7/30'), {
    network: '10.0.0.4',
    netmask: '255.255.255.252',
    broadcast: '10.0.0.7',
    firstUsable: '10.0.0.5',
    lastUsable: '10.0.0.6',
    cidr: 30,
  });
  assert.deepEqual(fn('parseCidr', ' 255.255.255.255/0 '), {
    network: '0.0.0.0',
    netmask: '0.0.0.0',
    broadcast: '255.255.255.255',
    firstUsable: '0.0.0.1',
    lastUsable: '255.255.255.254',
    cidr: 0,
  });
  for (const refused of ['256.0.0.0/8', '10.0.0.0/33', '10.0.0/8', '10.0.0.0', '1000.0.0.0/8', '10.0.0.0/8x', 'x10.0.0.0/8']) {
    assertUnknown(fn('parseCidr', refused), `parsecidr('${refused}')`);
  }
  assertUnknown(fn('parseCidr', 8));
  assertUnknown(fn('parseCidr', P));
});

test('cidrSubnet: the same prefix, /32, the last index, and one past each', () => {
  assert.equal(fn('cidrSubnet', '10.1.0.0/16', 16, 0), '10.1.0.0/16');
  assertUnknown(fn('cidrSubnet', '10.1.0.0/16', 16, 1));
  assert.equal(fn('cidrSubnet', '10.1.0.0/16', 24, 255), '10.1.255.0/24');
  assertUnknown(fn('cidrSubnet', '10.1.0.0/16', 24, 256));
  assert.equal(fn('cidrSubnet', '10.1.0.0/24', 32, 255), '10.1.0.255/32');
  assertUnknown(fn('cidrSubnet', '10.1.0.0/24', 33, 0));
  assertUnknown(fn('cidrSubnet', '10.1.0.0/16', 15, 0));
  assertUnknown(fn('cidrSubnet', '10.1.0.0/16', 24, -1));
  assertUnknown(fn('cidrSubnet', '10.1.0.0/16', 24.5, 0));
  assertUnknown(fn('cidrSubnet', '10.1.0.0/16', 24, 0.5));
  assertUnknown(fn('cidrSubnet', '10.1.0.0/16', '24', 0));
  assertUnknown(fn('cidrSubnet', '10.1.0.0/16', P, 0));
  assertUnknown(fn('cidrSubnet', 'not a network', 24, 0));
});

test('cidrHost: /30 skips the network address, /31 and /32 do not; one past the last host is refused', () => {
  assert.equal(fn('cidrHost', '10.0.0.4/30', 0), '10.0.0.5');
  assert.equal(fn('cidrHost', '10.0.0.4/30', 1), '10.0.0.6');
  assertUnknown(fn('cidrHost', '10.0.0.4/30', 2));
  assert.equal(fn('cidrHost', '10.0.0.6/31', 0), '10.0.0.6');
  assert.equal(fn('cidrHost', '10.0.0.6/31', 1), '10.0.0.7');
  assertUnknown(fn('cidrHost', '10.0.0.6/31', 2));
  assert.equal(fn('cidrHost', '10.0.0.9/32', 0), '10.0.0.9');
  assertUnknown(fn('cidrHost', '10.0.0.9/32', 1));
  assertUnknown(fn('cidrHost', '10.0.0.0/24', -1));
  assertUnknown(fn('cidrHost', '10.0.0.0/24', 1.5));
  assertUnknown(fn('cidrHost', P, 1));
  assertUnknown(fn('cidrHost', 'fd00::/64', 1));
});

test('format: braces, spaces inside a placeholder, alignment limits', () => {
  assert.equal(fn('format', 'a}}b{{c', 'x'), 'a}b{c');
  assertUnknown(fn('format', 'ab}'), "format('ab}')");
  assert.equal(fn('format', '{ 0 , -3 }|', 'x'), 'x  |');
  assert.equal(fn('format', '{0,3}', 'abcd'), 'abcd');
  assert.equal(formatComposite('{0,10000}', ['a']), `${' '.repeat(9999)}a`);
  assert.equal(formatComposite('{0,-10000}', ['a'])?.length, 10000);
  assert.equal(formatComposite('{0,10001}', ['a']), undefined);
  assert.equal(formatComposite('{0,-10001}', ['a']), undefined);
  // An unknown part cannot be padded (its length is not known), but may be written as it is.
  assertUnknown(fn('format', '{0,0}', P), "parameters('p')");
  assert.equal(fn('format', 'pe-{0,0}', P), `pe-${part("parameters('p')")}`);
  assertUnknown(fn('format', '{0,-2}', `x${part("parameters('p')")}`));
  assertUnknown(fn('format', '{0:D2}', `x${part("parameters('p')")}`));
  assertUnknown(fn('format', '{a}', 'x'));
  assertUnknown(fn('format', '{-1}', 'x'));
  // The result may not grow past the string limit.
  const long = 'x'.repeat(MAX_STRING_LENGTH / 2 + 1);
  assert.equal(formatComposite('{0}', [long])?.length, long.length);
  assert.equal(formatComposite('{0}{0}', [long]), undefined);
  assert.equal(formatComposite('{0}', ['x'.repeat(MAX_STRING_LENGTH)])?.length, MAX_STRING_LENGTH);
  assert.equal(formatComposite('.{0}', ['x'.repeat(MAX_STRING_LENGTH)]) === undefined, true, 'one past the limit');
});

test('format: numbers as .NET writes them in the invariant culture', () => {
  const cases: [number, string, string | undefined][] = [
    [-1234.5, 'N2', '-1,234.50'],
    [1234.5, 'n', '1,234.50'],
    [999, 'N0', '999'],
    [1000, 'N0', '1,000'],
    [2.4, 'F0', '2'],
    [2, 'f', '2.00'],
    [0.5, 'P1', '50.0 %'],
    [12.5, 'P0', '1,250 %'],
    [-0.25, 'p', '-25.00 %'],
    [1.5, 'G', '1.5'],
    [1.5, 'g', '1.5'],
    [1.5, 'G2', undefined],
    [7, 'd', '7'],
    [-7, 'D1', '-7'],
    [1.5, 'D', undefined],
    [255, 'x', 'ff'],
    [255, 'X4', '00FF'],
    [-1, 'X', undefined],
    [1.5, 'X', undefined],
    [5, 'D100', undefined],
    [5, 'Q', undefined],
    [5, '', undefined],
    [3.14159, '000.0', '003.1'],
    [-5, '000', '-005'],
    [-0.001, '0.00', '0.00'],
    [1234, '00', '1234'],
    [Number.POSITIVE_INFINITY, 'D', undefined],
    [Number.NaN, '0', undefined],
  ];
  for (const [value, spec, expected] of cases) assert.equal(formatNumber(value, spec), expected, `${value}:${spec}`);
  // A specifier on a value that is not a number is ignored, as .NET does.
  assert.equal(fn('format', '{0:N2}', true), 'True');
  assert.equal(fn('format', '{0:X}', [1, 2]), '[1,2]');
});
