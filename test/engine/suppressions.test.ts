/**
 * Suppression comments by their effect: each form, in each language where it exists, removes exactly the findings it
 * names on exactly the lines it covers, and nothing else. The fixtures hold several findings of two rules; every case
 * inserts one directive into them and compares the analysis with the unsuppressed one, line for line.
 */
import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../server/src/engine';
import {
  SuppressionIndex,
  findResourceCommentSuppressions,
  findSuppressionComments,
  suppressionIndexFor,
} from '../../server/src/engine/suppressions';

const BICEP = `resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-orders'
  location: 'westeurope'
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    publicNetworkAccess: 'Enabled'
  }
}

resource peOne 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-one'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'vault'
        properties: {
          privateLinkServiceId: vault.id
          groupIds: [
            'vault'
          ]
        }
      }
    ]
  }
}

resource peTwo 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-two'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'vault'
        properties: {
          privateLinkServiceId: vault.id
          groupIds: [
            'vault'
          ]
        }
      }
    ]
  }
}
`;

const ARM = `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.KeyVault/vaults",
      "apiVersion": "2023-07-01",
      "name": "kv-orders",
      "location": "westeurope",
      "properties": {
        "tenantId": "[subscription().tenantId]",
        "sku": { "family": "A", "name": "standard" },
        "publicNetworkAccess": "Enabled"
      }
    },
${['pe-one', 'pe-two']
  .map(
    (name) => `    {
      "type": "Microsoft.Network/privateEndpoints",
      "apiVersion": "2024-05-01",
      "name": "${name}",
      "location": "westeurope",
      "dependsOn": [ "[resourceId('Microsoft.KeyVault/vaults', 'kv-orders')]" ],
      "properties": {
        "subnet": { "id": "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')]" },
        "privateLinkServiceConnections": [
          {
            "name": "vault",
            "properties": {
              "privateLinkServiceId": "[resourceId('Microsoft.KeyVault/vaults', 'kv-orders')]",
              "groupIds": [ "vault" ]
            }
          }
        ]
      }
    }`,
  )
  .join(',\n')}
  ]
}
`;

interface Shown {
  readonly code: string;
  /** 0-based line in the text analysed. */
  readonly line: number;
}

function findings(text: string, path: string): Shown[] {
  const result = analyzeDocument({ path, text });
  return result.findings.map((f) => ({ code: f.code, line: text.slice(0, f.range.start).split('\n').length - 1 }));
}

/** The text with `lines` inserted before 0-based line `before`. */
function insertLines(text: string, before: number, ...lines: string[]): string {
  const all = text.split('\n');
  all.splice(before, 0, ...lines);
  return all.join('\n');
}

/** What the unsuppressed findings become once `count` lines are inserted before line `before`. */
function shifted(base: readonly Shown[], before: number, count: number): Shown[] {
  return base.map((f) => ({ code: f.code, line: f.line >= before ? f.line + count : f.line }));
}

const sorted = (list: readonly Shown[]): Shown[] => [...list].sort((a, b) => a.line - b.line || a.code.localeCompare(b.code));

for (const { language, path, text } of [
  { language: 'Bicep', path: '/w/main.bicep', text: BICEP },
  { language: 'ARM JSON', path: '/w/azuredeploy.json', text: ARM },
]) {
  describe(`suppressions in ${language}`, () => {
    const base = findings(text, path);
    const zoneGroups = base.filter((f) => f.code === 'pe-dns-zone-group');
    const publicAccess = base.filter((f) => f.code === 'pe-target-public-access');

    test('the fixture has findings of two rules, the zone-group ones on two lines', () => {
      assert.equal(zoneGroups.length, 2, JSON.stringify(base));
      assert.equal(publicAccess.length, 1, JSON.stringify(base));
      assert.notEqual(zoneGroups[0].line, zoneGroups[1].line);
    });

    test('privatelink-disable-next-line <id> removes that rule on the next line only', () => {
      const target = zoneGroups[0];
      const indent = text.split('\n')[target.line].match(/^\s*/)![0];
      const suppressed = insertLines(text, target.line, `${indent}// privatelink-disable-next-line pe-dns-zone-group`);
      const expected = shifted(base, target.line, 1).filter((f) => !(f.code === target.code && f.line === target.line + 1));
      assert.deepEqual(sorted(findings(suppressed, path)), sorted(expected));
    });

    test('a next-line comment naming another rule, or placed two lines above, suppresses nothing', () => {
      const target = zoneGroups[0];
      const otherRule = insertLines(text, target.line, '// privatelink-disable-next-line pe-target-public-access');
      assert.deepEqual(sorted(findings(otherRule, path)), sorted(shifted(base, target.line, 1)));
      const tooFar = insertLines(text, target.line - 1, '// privatelink-disable-next-line pe-dns-zone-group');
      assert.deepEqual(sorted(findings(tooFar, path)), sorted(shifted(base, target.line - 1, 1)));
    });

    test('rule ids are matched without regard to case, and several may be named', () => {
      const target = zoneGroups[1];
      const suppressed = insertLines(text, target.line, '// privatelink-disable-next-line pls-ipv4-only PE-DNS-Zone-Group');
      const expected = shifted(base, target.line, 1).filter((f) => !(f.code === target.code && f.line === target.line + 1));
      assert.deepEqual(sorted(findings(suppressed, path)), sorted(expected));
    });

    test('a next-line comment naming no rule suppresses every rule on that line', () => {
      const target = publicAccess[0];
      const suppressed = insertLines(text, target.line, '// privatelink-disable-next-line');
      const expected = shifted(base, target.line, 1).filter((f) => f.line !== target.line + 1);
      assert.deepEqual(sorted(findings(suppressed, path)), sorted(expected));
    });

    test('a directive inside a string is not a comment', () => {
      const quote = language === 'Bicep' ? "'" : '"';
      const target = zoneGroups[0];
      // A string value on the line above the finding that holds the directive's text.
      const key = language === 'Bicep' ? 'var note = ' : '';
      const line = language === 'Bicep' ? `${key}${quote}// privatelink-disable-next-line pe-dns-zone-group${quote}` : undefined;
      if (line === undefined) {
        const withString = text.replace(
          '"contentVersion": "1.0.0.0",',
          '"contentVersion": "1.0.0.0", "metadata": { "a": "x // privatelink-disable-next-line pe-dns-zone-group" },',
        );
        assert.deepEqual(sorted(findings(withString, path)), sorted(base));
        return;
      }
      const withString = insertLines(text, target.line, line);
      assert.deepEqual(
        sorted(findings(withString, path)).filter((f) => f.code === target.code),
        sorted(shifted(base, target.line, 1)).filter((f) => f.code === target.code),
      );
    });
  });
}

describe('Bicep directives', () => {
  const base = findings(BICEP, '/w/main.bicep');
  const zoneGroups = base.filter((f) => f.code === 'pe-dns-zone-group');

  test('#disable-next-line <id> works as Bicep’s own directive', () => {
    const target = zoneGroups[1];
    const suppressed = insertLines(BICEP, target.line, '#disable-next-line pe-dns-zone-group');
    const expected = shifted(base, target.line, 1).filter((f) => !(f.code === target.code && f.line === target.line + 1));
    assert.deepEqual(sorted(findings(suppressed, '/w/main.bicep')), sorted(expected));
  });

  test('#disable-diagnostics <id> … #restore-diagnostics <id> covers the lines between, for that rule only', () => {
    const [first, second] = zoneGroups;
    // The region opens above the first endpoint and closes above the second: only the first is inside.
    let text = insertLines(BICEP, second.line, '#restore-diagnostics pe-dns-zone-group');
    text = insertLines(text, first.line, '#disable-diagnostics pe-dns-zone-group');
    const after = sorted(findings(text, '/w/main.bicep'));
    const expected = shifted(shifted(base, second.line, 1), first.line, 1).filter(
      (f) => !(f.code === 'pe-dns-zone-group' && f.line === first.line + 1),
    );
    assert.deepEqual(after, sorted(expected));
  });

  test('a region without its restore lasts to the end of the file; one naming no rule covers every rule', () => {
    const first = zoneGroups[0];
    const open = insertLines(BICEP, first.line, '#disable-diagnostics pe-dns-zone-group');
    assert.deepEqual(
      findings(open, '/w/main.bicep').map((f) => f.code),
      base.filter((f) => f.code !== 'pe-dns-zone-group').map((f) => f.code),
    );
    const everything = insertLines(BICEP, 0, '#disable-diagnostics');
    assert.deepEqual(findings(everything, '/w/main.bicep'), []);
    // Opened on the first line for one rule: the other rule's finding below it stays.
    const fromTop = insertLines(BICEP, 0, '#disable-diagnostics pe-dns-zone-group');
    assert.deepEqual(
      findings(fromTop, '/w/main.bicep'),
      shifted(base, 0, 1).filter((f) => f.code !== 'pe-dns-zone-group'),
    );
  });

  test('#restore-diagnostics of another rule does not end the region', () => {
    const [first, second] = zoneGroups;
    let text = insertLines(BICEP, second.line, '#restore-diagnostics pe-target-public-access');
    text = insertLines(text, first.line, '#disable-diagnostics pe-dns-zone-group');
    assert.equal(findings(text, '/w/main.bicep').filter((f) => f.code === 'pe-dns-zone-group').length, 0);
  });

  test('a directive must start its line, and Bicep directives mean nothing in ARM JSON', () => {
    const target = zoneGroups[0];
    const midLine = insertLines(BICEP, target.line, 'var x = 1 #disable-next-line pe-dns-zone-group');
    assert.equal(findings(midLine, '/w/main.bicep').filter((f) => f.code === 'pe-dns-zone-group').length, 2);
    const armBase = findings(ARM, '/w/azuredeploy.json');
    const armTarget = armBase.find((f) => f.code === 'pe-dns-zone-group')!;
    const inArm = insertLines(ARM, armTarget.line, '#disable-next-line pe-dns-zone-group');
    // ARM has no such directive: the line is only a syntax error, never a suppression. (The resource it breaks is not
    // judged until it parses again: rules/framework/incompleteResources.ts.)
    assert.ok(findings(inArm, '/w/azuredeploy.json').some((f) => f.code === 'syntax-error' && f.line === armTarget.line));
    assert.deepEqual(findSuppressionComments(inArm, 'arm'), []);
  });
});

describe('findSuppressionComments', () => {
  test('kinds, lines and the spans of the rule ids', () => {
    const text =
      'var a = 1\n#disable-next-line pe-dns-zone-group pls-ipv4-only\n#disable-diagnostics pe-valid-group-id\n#restore-diagnostics pe-valid-group-id\n  // privatelink-disable-next-line\n';
    const found = findSuppressionComments(text, 'bicep');
    assert.deepEqual(
      found.map((c) => ({ kind: c.kind, line: c.line, ids: c.ids.map((i) => text.slice(i.span.start, i.span.end)) })),
      [
        { kind: 'next-line', line: 1, ids: ['pe-dns-zone-group', 'pls-ipv4-only'] },
        { kind: 'disable-region', line: 2, ids: ['pe-valid-group-id'] },
        { kind: 'restore-region', line: 3, ids: ['pe-valid-group-id'] },
        { kind: 'next-line', line: 4, ids: [] },
      ],
    );
  });

  test('comments inside strings and block comments, and look-alike words, are not directives', () => {
    const bicep = [
      "var url = 'https://example.com// privatelink-disable-next-line a'",
      "var multi = '''",
      '// privatelink-disable-next-line b',
      "'''",
      '/* // privatelink-disable-next-line c */',
      '#disable-next-lines d',
      '// privatelink-disable-next-lines e',
    ].join('\n');
    assert.deepEqual(findSuppressionComments(bicep, 'bicep'), []);
    const json = [
      '{ "a": "x\\" // privatelink-disable-next-line f", \'b\': \'// privatelink-disable-next-line g\' }',
      '#disable-next-line h',
    ].join('\n');
    assert.deepEqual(findSuppressionComments(json, 'arm'), []);
  });

  test('the scanner finds directives after division, block comments and indentation, and not inside a multi-line string with quotes', () => {
    const bicep = [
      'var half = 4 / 2 // privatelink-disable-next-line a',
      '/* note */ // privatelink-disable-next-line b',
      '  #disable-next-line c',
      "var text = '''",
      "it's // privatelink-disable-next-line d",
      "'''",
      '/* an unterminated block comment // privatelink-disable-next-line e',
    ].join('\n');
    assert.deepEqual(
      findSuppressionComments(bicep, 'bicep').map((c) => [c.line, c.ids.map((i) => i.id)]),
      [
        [0, ['a']],
        [1, ['b']],
        [2, ['c']],
      ],
    );
    // Spans point at the directive in the text (hovers use them).
    const [first] = findSuppressionComments(bicep, 'bicep');
    assert.equal(bicep.slice(first.span.start, first.span.end), '// privatelink-disable-next-line a');
  });

  test('directives with no space after //, after tabs, after a number or a product, and around block comments', () => {
    const bicep = [
      '//privatelink-disable-next-line a',
      '\t#disable-next-line b',
      'var n = 2// privatelink-disable-next-line c',
      'var m = 2*3 // privatelink-disable-next-line d',
      // Still one block comment: its `*/` is the last one on the line, not the `/` of its opening `/*`.
      '/*/ // privatelink-disable-next-line e */',
      // After a block comment's end, one `/` is no comment.
      '/* note *//privatelink-disable-next-line f',
    ].join('\n');
    assert.deepEqual(
      findSuppressionComments(bicep, 'bicep').map((c) => [c.line, c.ids.map((i) => i.id)]),
      [
        [0, ['a']],
        [1, ['b']],
        [2, ['c']],
        [3, ['d']],
      ],
    );
  });

  test("a closed ''' string hides only what is inside it; an unclosed one hides the rest of the file", () => {
    const closed = ["var a = '''", 'text', "'''", '#disable-next-line a', "var b = 'x'"].join('\n');
    assert.deepEqual(
      findSuppressionComments(closed, 'bicep').map((c) => [c.line, c.ids.map((i) => i.id)]),
      [[3, ['a']]],
    );
    const unclosed = ["var a = '''", '// privatelink-disable-next-line b', '#disable-next-line c'].join('\n');
    assert.deepEqual(findSuppressionComments(unclosed, 'bicep'), []);
  });

  test('Bicep parameter files (.bicepparam) take the same directives, and their strings are skipped', () => {
    const text = [
      "using 'main.bicep'",
      "param note = '// privatelink-disable-next-line a'",
      '#disable-next-line pe-request-message-length',
      "param message = 'x'",
    ].join('\n');
    assert.deepEqual(
      findSuppressionComments(text, 'bicep-params').map((c) => [c.line, c.ids.map((i) => i.id)]),
      [[2, ['pe-request-message-length']]],
    );
    // Without the string above (whose text alone would call for a scan), the directive is still seen.
    const index = suppressionIndexFor(text.replace('// privatelink-disable-next-line a', 'a note'), 'bicep-params');
    assert.equal(index?.isSuppressed('pe-request-message-length', 3), true);
    assert.equal(index?.isSuppressed('pe-request-message-length', 2), false);
  });

  test('a lone carriage return (old Mac line ends) ends a line too', () => {
    const text = 'var a = 1\r#disable-next-line b\r// privatelink-disable-next-line c\rvar d = 2\r';
    assert.deepEqual(
      findSuppressionComments(text, 'bicep').map((c) => [c.line, c.ids.map((i) => i.id)]),
      [
        [1, ['b']],
        [2, ['c']],
      ],
    );
  });

  test('a carriage return ends a comment line', () => {
    const found = findSuppressionComments('// privatelink-disable-next-line a\r\n{}\r\n', 'arm');
    assert.deepEqual(
      found.map((c) => [c.line, c.ids.map((i) => i.id)]),
      [[0, ['a']]],
    );
  });
});

describe('SuppressionIndex', () => {
  const index = (text: string): SuppressionIndex => new SuppressionIndex(findSuppressionComments(text, 'bicep'));

  test('a region opened twice keeps its first start; a restore closes only what it names', () => {
    const lines = [
      '#disable-diagnostics a',
      'x',
      '#disable-diagnostics a b',
      'x',
      '#restore-diagnostics a',
      'x',
      '#restore-diagnostics b',
      'x',
    ];
    const suppressions = index(lines.join('\n'));
    assert.equal(suppressions.isSuppressed('a', 0), false, 'the directive line itself');
    assert.equal(suppressions.isSuppressed('a', 1), true);
    assert.equal(suppressions.isSuppressed('b', 1), false);
    assert.equal(suppressions.isSuppressed('b', 3), true);
    assert.equal(suppressions.isSuppressed('a', 4), false, 'the restore line itself');
    assert.equal(suppressions.isSuppressed('a', 5), false);
    assert.equal(suppressions.isSuppressed('b', 5), true);
    assert.equal(suppressions.isSuppressed('b', 7), false);
  });

  test('a restore naming no rule closes every open region', () => {
    const suppressions = index(['#disable-diagnostics a', '#disable-diagnostics', 'x', '#restore-diagnostics', 'x'].join('\n'));
    assert.equal(suppressions.isSuppressed('a', 2), true);
    assert.equal(suppressions.isSuppressed('z', 2), true);
    assert.equal(suppressions.isSuppressed('a', 4), false);
    assert.equal(suppressions.isSuppressed('z', 4), false);
  });

  test('a restore of a rule that was never disabled changes nothing', () => {
    const suppressions = index(['#restore-diagnostics a', 'x'].join('\n'));
    assert.equal(suppressions.isSuppressed('a', 1), false);
  });
});

describe('ARM: a resource\'s "comments" property (valid JSON, for editors that reject comments)', () => {
  const base = findings(ARM, '/w/azuredeploy.json');
  const zoneGroups = base.filter((f) => f.code === 'pe-dns-zone-group');
  const withComments = (value: string, endpoint = 'pe-one'): string =>
    ARM.replace(`"name": "${endpoint}",`, `"name": "${endpoint}",\n      "comments": ${JSON.stringify(value)},`);

  test("privatelink-disable <id> in a resource's comments suppresses that rule inside that resource only", () => {
    const text = withComments('Hub zones come from policy. privatelink-disable pe-dns-zone-group');
    const after = findings(text, '/w/azuredeploy.json');
    assert.equal(after.filter((f) => f.code === 'pe-dns-zone-group').length, zoneGroups.length - 1);
    assert.equal(after.filter((f) => f.code === 'pe-target-public-access').length, 1, 'another resource keeps its finding');
    // The one left is pe-two's, which comes after the inserted line.
    assert.equal(after.find((f) => f.code === 'pe-dns-zone-group')!.line, zoneGroups[1].line + 1);
  });

  test("a resource's comments leave the findings of the resources before it, and may name several rules", () => {
    const text = withComments('privatelink-disable  pe-target-public-access   pe-dns-zone-group', 'pe-two');
    const after = findings(text, '/w/azuredeploy.json');
    // pe-one and the vault come before pe-two: their findings stay, on the same lines.
    assert.deepEqual(sorted(after), sorted(base.filter((f) => !(f.code === 'pe-dns-zone-group' && f.line === zoneGroups[1].line))));
  });

  test('a "comments" property of an object that is not a resource (a connection) suppresses nothing', () => {
    // A wrong group id: its finding lies inside the connection object.
    const wrongGroup = ARM.replace('"groupIds": [ "vault" ]', '"groupIds": [ "vaults" ]');
    const before = findings(wrongGroup, '/w/azuredeploy.json');
    assert.equal(before.filter((f) => f.code === 'pe-valid-group-id').length, 1, JSON.stringify(before));
    const text = wrongGroup.replace('"name": "vault",', '"name": "vault", "comments": "privatelink-disable pe-valid-group-id",');
    assert.notEqual(text, wrongGroup);
    assert.deepEqual(findings(text, '/w/azuredeploy.json'), before);
  });

  test('the suppressed span is the resource object, braces included; a broken template is still read', () => {
    const text = '{ "resources": [ { "comments": "privatelink-disable a" }, { "x": } ] }';
    const resources = findResourceCommentSuppressions(text);
    const open = text.indexOf('{ "comments"');
    const close = text.indexOf('}', open);
    assert.deepEqual(resources, [{ span: { start: open, end: close + 1 }, ids: ['a'] }]);
    const index = suppressionIndexFor(text, 'arm')!;
    assert.equal(index.isSuppressed('a', 0, open), true, 'a finding on the opening brace');
    assert.equal(index.isSuppressed('a', 0, close), true, 'a finding on the closing brace');
    assert.equal(index.isSuppressed('a', 0, open - 1), false);
    assert.equal(index.isSuppressed('a', 0, close + 1), false);
  });

  test('templates with // comments and trailing commas (which Azure accepts) are read too', () => {
    const text = withComments('privatelink-disable pe-dns-zone-group')
      .replace('"resources": [', '// the resources\n  "resources": [')
      .replace('"groupIds": [ "vault" ]', '"groupIds": [ "vault", ],');
    assert.equal(findings(text, '/w/azuredeploy.json').filter((f) => f.code === 'pe-dns-zone-group').length, 1);
  });

  test('other rules, a look-alike word, and comments outside resources suppress nothing', () => {
    assert.equal(
      findings(withComments('privatelink-disable pe-target-public-access'), '/w/azuredeploy.json').filter(
        (f) => f.code === 'pe-dns-zone-group',
      ).length,
      2,
    );
    assert.equal(
      findings(withComments('privatelink-disable-next-line pe-dns-zone-group'), '/w/azuredeploy.json').filter(
        (f) => f.code === 'pe-dns-zone-group',
      ).length,
      2,
    );
    const templateLevel = ARM.replace(
      '"contentVersion": "1.0.0.0",',
      '"contentVersion": "1.0.0.0",\n  "comments": "privatelink-disable pe-dns-zone-group",',
    );
    assert.equal(findings(templateLevel, '/w/azuredeploy.json').filter((f) => f.code === 'pe-dns-zone-group').length, 2);
  });
});
