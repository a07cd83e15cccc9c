// Tests the Bicep fix writer on ValueNodes built over Bicep text by a tiny literal reader (the writer needs spans and
// text only): members on lines of their own, single-line objects, `{}`, nested paths, removal, escaping, references
// and new `resource` statements.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Unknown, Value } from '../../server/src/engine/evaluate/value';
import { renderBicepAction } from '../../server/src/engine/fixes/bicepWriter';
import { renderFix } from '../../server/src/engine/fixes/render';
import type { FixAction, NewResource } from '../../server/src/engine/fixes/fix';
import type { Deployment, MemberNode, Resource, ValueNode } from '../../server/src/engine/model/model';
import { at } from '../../server/src/engine/model/navigate';
import { SourceFile } from '../../server/src/engine/model/sourceFile';
import { applyEdits } from '../support/applyEdits';
import { lines } from './fixesSupport';

/** Reads a Bicep object/array/string/number literal at `pos`; anything else is an opaque expression to line end. */
function readValue(file: SourceFile, pos: number): { node: ValueNode; end: number } {
  const text = file.text;
  const skip = (i: number, newlines: boolean) => {
    for (;;) {
      while (i < text.length && (text[i] === ' ' || text[i] === '\t' || (newlines && /[\r\n,]/.test(text[i])))) i++;
      if (text.startsWith('//', i)) while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
      else return i;
    }
  };
  const start = skip(pos, false);
  const loc = (end: number) => ({ file, span: { start, end } });
  if (text[start] === '{' || text[start] === '[') {
    const object = text[start] === '{';
    const members: MemberNode[] = [];
    const items: ValueNode[] = [];
    let i = skip(start + 1, true);
    while (text[i] !== (object ? '}' : ']')) {
      if (object && text.startsWith('resource ', i)) {
        // A nested resource declaration is a statement, not a member: step over its body.
        i = skip(readValue(file, text.indexOf('{', i)).end, true);
      } else if (object) {
        const key = /^('[^']*'|[A-Za-z_]\w*)/.exec(text.slice(i))![0];
        const keyLoc = { file, span: { start: i, end: i + key.length } };
        const value = readValue(file, skip(i + key.length + 1, false));
        members.push({ key: key.replace(/'/g, ''), keyLoc, node: value.node });
        i = skip(value.end, true);
      } else {
        const value = readValue(file, i);
        items.push(value.node);
        i = skip(value.end, true);
      }
    }
    const value: Value = object ? Object.fromEntries(members.map((m) => [m.key, m.node.value])) : items.map((n) => n.value);
    return { node: object ? { loc: loc(i + 1), value, members } : { loc: loc(i + 1), value, items }, end: i + 1 };
  }
  if (text[start] === "'") {
    let i = start + 1;
    while (text[i] !== "'") i += text[i] === '\\' ? 2 : 1;
    return { node: { loc: loc(i + 1), value: text.slice(start + 1, i) }, end: i + 1 };
  }
  const match = /^[^\r\n,}\]]*/.exec(text.slice(start))![0].replace(/\s*(\/\/.*)?$/, '');
  const literal = /^-?\d+$/.test(match) ? Number(match) : match === 'true' ? true : match === 'false' ? false : new Unknown(match);
  return { node: { loc: loc(start + match.length), value: literal }, end: start + match.length };
}

const deployment = { key: 'd', resources: [], children: [], parameters: new Map(), outputs: new Map() } as unknown as Deployment;

/** The `resource <symbol>` statements of a file as model resources (nested ones get their parent). */
function resources(text: string): Resource[] {
  const file = new SourceFile('/work/main.bicep', text, 'bicep');
  const found: Resource[] = [];
  for (const match of text.matchAll(/resource (\w+) '([^@']+)(?:@[^']*)?'( existing)? = \{/g)) {
    const start = match.index!;
    const { node } = readValue(file, text.indexOf('{', start + match[0].length - 1));
    const parent = found.find((r) => r.declaration.span.start < start && start < r.declaration.span.end);
    const type = parent && !match[2].includes('/') ? `${parent.type}/${match[2]}` : match[2];
    const declaration = { file, span: { start, end: node.loc.span.end } };
    found.push({
      key: match[1],
      type,
      name: String(node.value && (node.value as Record<string, Value>).name),
      symbolicName: match[1],
      deployment,
      declaration,
      anchor: declaration,
      body: node,
      condition: true,
      existing: !!match[3],
      parent,
      idKey: match[1],
      id: match[1],
    });
  }
  return found;
}

function apply(action: FixAction, text: string): string {
  const edits = renderBicepAction(action);
  assert.ok(edits, 'the action should render');
  return applyEdits(text, edits);
}

const STORAGE = lines(
  "param location string = 'westeurope'",
  '',
  "resource st 'Microsoft.Storage/storageAccounts@2023-01-01' = {",
  "  name: 'st'",
  '  location: location',
  '  properties: {',
  "    minimumTlsVersion: 'TLS1_2' // required",
  '  }',
  '}',
);

function setProperty(
  text: string,
  path: string[],
  value: FixAction extends infer A ? (A extends { kind: 'setProperty'; value: infer V } ? V : never) : never,
): string {
  const [st] = resources(text);
  return apply({ kind: 'setProperty', object: st.body, path, value }, text);
}

test('inserts a member on its own line after the last one, keeping its trailing comment', () => {
  const result = setProperty(STORAGE, ['properties', 'publicNetworkAccess'], 'Disabled');
  assert.equal(result, STORAGE.replace('// required\n', "// required\n    publicNetworkAccess: 'Disabled'\n"));
});

test('keeps 4-space, tab and CRLF layouts', () => {
  const four = STORAGE.replace(/^( +)/gm, (s) => s + s);
  assert.equal(setProperty(four, ['properties', 'x'], 1), four.replace('// required\n', '// required\n        x: 1\n'));
  const tabs = STORAGE.replace(/^ {4}/gm, '\t\t').replace(/^ {2}/gm, '\t');
  assert.equal(setProperty(tabs, ['properties', 'x'], true), tabs.replace('// required\n', '// required\n\t\tx: true\n'));
  const crlf = STORAGE.replace(/\n/g, '\r\n');
  assert.equal(setProperty(crlf, ['properties', 'x'], null), crlf.replace('// required\r\n', '// required\r\n    x: null\r\n'));
});

test('single-line objects stay single-line, with commas', () => {
  const text = STORAGE.replace(/properties: \{\n.*\n {2}\}/, "properties: { minimumTlsVersion: 'TLS1_2' }");
  const result = setProperty(text, ['properties', 'publicNetworkAccess'], 'Disabled');
  assert.ok(result.includes("properties: { minimumTlsVersion: 'TLS1_2', publicNetworkAccess: 'Disabled' }"), result);
});

test('an empty object opens up; a missing path is created as nested objects', () => {
  const empty = STORAGE.replace(/properties: \{\n.*\n {2}\}/, 'properties: {}');
  assert.ok(setProperty(empty, ['properties', 'a'], 'b').includes("  properties: {\n    a: 'b'\n  }\n}"));
  const result = setProperty(STORAGE, ['sku', 'name'], 'Standard_LRS');
  assert.ok(result.includes("  }\n  sku: {\n    name: 'Standard_LRS'\n  }\n}"), result);
});

test('replaces an existing value; objects and arrays render one member per line', () => {
  const result = setProperty(STORAGE, ['properties', 'minimumTlsVersion'], { list: ['a', "it's ${x}"], 'odd-key': 1.5 });
  assert.ok(
    result.includes(
      "    minimumTlsVersion: {\n      list: [\n        'a'\n        'it\\'s \\${x}'\n      ]\n      'odd-key': json('1.5')\n    } // required",
    ),
    result,
  );
});

test('an object computed by an expression cannot be edited', () => {
  const text = STORAGE.replace(/properties: \{\n.*\n {2}\}/, 'properties: props');
  const [st] = resources(text);
  assert.equal(renderBicepAction({ kind: 'setProperty', object: st.body, path: ['properties', 'x'], value: 1 }), undefined);
});

const ENDPOINT = lines(
  "resource pe 'Microsoft.Network/privateEndpoints@2023-04-01' = {",
  "  name: 'pe'",
  '  properties: {',
  '    privateLinkServiceConnections: [',
  '      {',
  "        name: 'c'",
  '        properties: {',
  "          groupIds: [ 'blob', 'file', 'queue' ]",
  '          requestMessage: [',
  "            'one'",
  "            'two'",
  "            'three'",
  '          ]',
  '        }',
  '      }',
  '    ]',
  '  }',
  '}',
);

function removeItem(path: string[], index: number): string {
  const [pe] = resources(ENDPOINT);
  const array = at(pe.body, 'properties', 'privateLinkServiceConnections')!.items![0];
  return apply({ kind: 'removeArrayItem', array: at(array, ...path)!, index }, ENDPOINT);
}

test('removes array items on their own lines and on one line', () => {
  assert.ok(removeItem(['properties', 'requestMessage'], 1).includes("[\n            'one'\n            'three'\n          ]"));
  assert.ok(removeItem(['properties', 'requestMessage'], 2).includes("[\n            'one'\n            'two'\n          ]"));
  assert.ok(removeItem(['properties', 'groupIds'], 1).includes("groupIds: [ 'blob', 'queue' ]"));
  assert.ok(removeItem(['properties', 'groupIds'], 2).includes("groupIds: [ 'blob', 'file' ]"));
});

test('removes a property with its line', () => {
  const [st] = resources(STORAGE);
  const result = apply({ kind: 'removeProperty', object: at(st.body, 'properties')!, name: 'MinimumTlsVersion' }, STORAGE);
  assert.ok(result.includes('  properties: {}\n}'), result);
});

const NETWORK = lines(
  "resource vnet 'Microsoft.Network/virtualNetworks@2023-04-01' = {",
  "  name: 'vnet'",
  '  location: location',
  "  resource subnet 'subnets' = {",
  "    name: 'pe'",
  '  }',
  '}',
  '',
  "resource zone 'Microsoft.Network/privateDnsZones@2020-06-01' = {",
  "  name: 'privatelink.blob.core.windows.net'",
  "  location: 'global'",
  '}',
  '',
  'output id string = vnet.id',
);

test('adds a resource statement after the anchor, naming parents and references by symbol', () => {
  const [vnet, subnet, zone] = resources(NETWORK);
  const action: FixAction = {
    kind: 'addResource',
    after: subnet,
    resource: {
      symbolicName: 'zone',
      type: 'Microsoft.Network/privateDnsZones/virtualNetworkLinks',
      apiVersion: '2020-06-01',
      name: "privatelink.blob.core.windows.net/it's",
      parent: zone,
      location: { kind: 'location', resource: zone },
      properties: {
        registrationEnabled: false,
        virtualNetwork: { id: { kind: 'resourceId', resource: vnet } },
        subnet: { kind: 'resourceId', resource: subnet },
      },
    },
  };
  const result = apply(action, NETWORK);
  const statement = lines(
    "resource zone2 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' = {",
    '  parent: zone',
    "  name: 'it\\'s'",
    '  location: zone.location',
    '  properties: {',
    '    registrationEnabled: false',
    '    virtualNetwork: {',
    '      id: vnet.id',
    '    }',
    '    subnet: vnet::subnet.id',
    '  }',
    '}',
  );
  assert.equal(
    result,
    NETWORK.replace("location: location\n  resource subnet 'subnets' = {\n    name: 'pe'\n  }\n}\n", (m) => `${m}\n${statement}\n`),
  );
});

test('a reference to a resource without a usable symbol cannot be written', () => {
  const [vnet] = resources(NETWORK);
  const looped = { ...vnet, loop: { index: 0, count: 2 } };
  const action: FixAction = { kind: 'setProperty', object: vnet.body, path: ['x'], value: { kind: 'resourceId', resource: looped } };
  assert.equal(renderBicepAction(action), undefined);
});

test('two members added to one object in one fix follow each other', () => {
  const [st] = resources(STORAGE);
  const properties = at(st.body, 'properties')!;
  const rendered = renderFix({
    title: 'close public access',
    actions: [
      { kind: 'setProperty', object: properties, path: ['publicNetworkAccess'], value: 'Disabled' },
      { kind: 'setProperty', object: properties, path: ['allowBlobPublicAccess'], value: false },
    ],
  });
  assert.ok(rendered);
  const result = applyEdits(STORAGE, rendered.edits);
  assert.equal(
    result,
    STORAGE.replace('// required\n', "// required\n    publicNetworkAccess: 'Disabled'\n    allowBlobPublicAccess: false\n"),
  );
});

test('strings are written with every Bicep escape they need', () => {
  const result = setProperty(STORAGE, ['properties', 'note'], "a\\b'c\nd\re\tf${g}$h{i}");
  assert.ok(result.includes("    note: 'a\\\\b\\'c\\nd\\re\\tf\\${g}$h{i}'\n"), result);
});

test('keys that are not identifiers are quoted; identifiers are not', () => {
  const result = setProperty(STORAGE, ['properties', 'x'], { _ok1: 1, '1st': 2, 'a.b': 3, Mixed_Case: 4 });
  assert.ok(result.includes("    x: {\n      _ok1: 1\n      '1st': 2\n      'a.b': 3\n      Mixed_Case: 4\n    }\n"), result);
});

test('negative integers are literals; numbers Bicep cannot write refuse the fix', () => {
  assert.ok(setProperty(STORAGE, ['properties', 'x'], -3).includes('    x: -3\n'));
  const [st] = resources(STORAGE);
  for (const value of [Number.NaN, Number.POSITIVE_INFINITY]) {
    assert.equal(renderBicepAction({ kind: 'setProperty', object: st.body, path: ['properties', 'x'], value }), undefined);
  }
});

test('a value replaced inside a one-line object is written on one line', () => {
  const text = STORAGE.replace(/properties: \{\n.*\n {2}\}/, "properties: { minimumTlsVersion: 'TLS1_0', b: 1 }");
  const result = setProperty(text, ['properties', 'minimumTlsVersion'], { list: ['a', 'b'], n: { m: true } });
  assert.ok(result.includes("properties: { minimumTlsVersion: { list: ['a', 'b'], n: { m: true } }, b: 1 }"), result);
});

test('only literals are replaced: numbers, booleans, plain and escaped strings, but not interpolations or loops', () => {
  const replaced = (written: string) => {
    const text = STORAGE.replace("minimumTlsVersion: 'TLS1_2'", `minimumTlsVersion: ${written}`);
    const [st] = resources(text);
    const node = at(st.body, 'properties', 'minimumTlsVersion')!;
    return renderBicepAction({ kind: 'replaceValue', node, value: 'TLS1_2' })?.[0].newText;
  };
  for (const written of ['12', '-1', 'true', 'false', 'null', "'a'", "'\\${x}'", "'a\\\\'"])
    assert.equal(replaced(written), "'TLS1_2'", written);
  for (const written of ["'${x}'", "'a${x}'", 'tls', 'concat(a)', '1.5']) assert.equal(replaced(written), undefined, written);
});

test('removing a property written twice is refused; an absent one needs no edit', () => {
  const text = STORAGE.replace("minimumTlsVersion: 'TLS1_2' // required", 'a: 1\n    A: 2');
  const [st] = resources(text);
  const properties = at(st.body, 'properties')!;
  assert.equal(renderBicepAction({ kind: 'removeProperty', object: properties, name: 'a' }), undefined);
  assert.deepEqual(renderBicepAction({ kind: 'removeProperty', object: properties, name: 'b' }), []);
});

test('a new resource after an anchor whose last line carries a comment, in a CRLF file, avoids taken symbols', () => {
  const text = lines(
    "param zone string = 'z'",
    "var zone2 = 'y'",
    "module zone3 'm.bicep' = {}",
    "resource pe 'Microsoft.Network/privateEndpoints@2023-04-01' = {",
    "  name: 'pe'",
    '} // endpoint',
    "output zone4 string = 'x'",
    'type zone5 = string',
    "func zone6() string => 'x'",
  ).replace(/\n/g, '\r\n');
  const pe = resources(text)[0];
  const zone: NewResource = { symbolicName: 'zone', type: 'Microsoft.Network/privateDnsZones', apiVersion: '2020-06-01', name: 'z' };
  const result = apply(
    {
      kind: 'addResource',
      after: pe,
      resource: { ...zone, location: 'global', properties: { ref: { kind: 'resourceId', resource: zone } } },
    },
    text,
  );
  assert.equal(
    result,
    text.replace(
      '} // endpoint\r\n',
      "} // endpoint\r\n\r\nresource zone7 'Microsoft.Network/privateDnsZones@2020-06-01' = {\r\n  name: 'z'\r\n  location: 'global'\r\n  properties: {\r\n    ref: zone7.id\r\n  }\r\n}\r\n",
    ),
  );
});

test('an inline subnet is named by resourceId over its network symbol; a new resource by its symbol', () => {
  const [vnet] = resources(NETWORK);
  const file = vnet.declaration.file;
  const nameStart = NETWORK.indexOf("'pe'");
  const subnetBody: ValueNode = {
    loc: { file, span: { start: nameStart - 10, end: nameStart + 4 } },
    value: { name: 'pe' },
    members: [
      {
        key: 'name',
        keyLoc: { file, span: { start: nameStart - 6, end: nameStart - 2 } },
        node: { loc: { file, span: { start: nameStart, end: nameStart + 4 } }, value: 'pe' },
      },
    ],
  };
  const inline = {
    ...vnet,
    key: 'sub',
    symbolicName: undefined,
    type: 'Microsoft.Network/virtualNetworks/subnets',
    parent: undefined,
    inlineIn: vnet,
    body: subnetBody,
  } as unknown as Resource;
  const zone: NewResource = { symbolicName: 'zone', type: 'Microsoft.Network/privateDnsZones', apiVersion: '2020-06-01', name: 'z' };
  const result = apply(
    {
      kind: 'setProperty',
      object: vnet.body,
      path: ['x'],
      value: [
        { kind: 'resourceId', resource: inline },
        { kind: 'location', resource: inline },
        { kind: 'location', resource: zone },
      ],
    },
    NETWORK,
  );
  assert.ok(
    result.includes(
      "  x: [\n    resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'pe')\n    vnet.location\n    zone2.location\n  ]\n",
    ),
    result,
  );
  // Inline in a child resource, the owner's name is not the whole network name: not written.
  const inChild = { ...inline, inlineIn: { ...vnet, parent: vnet } } as unknown as Resource;
  assert.equal(
    renderBicepAction({ kind: 'setProperty', object: vnet.body, path: ['x'], value: { kind: 'resourceId', resource: inChild } }),
    undefined,
  );
});

test('the Bicep writer refuses stand-ins and lists whose spans do not describe the text', () => {
  const [st] = resources(STORAGE);
  const properties = at(st.body, 'properties')!;
  const standIn: ValueNode = { loc: properties.loc, value: {} };
  assert.equal(renderBicepAction({ kind: 'replaceValue', node: standIn, value: 1 }), undefined);
  assert.equal(renderBicepAction({ kind: 'removeProperty', object: standIn, name: 'minimumTlsVersion' }), undefined);
  assert.equal(renderBicepAction({ kind: 'removeArrayItem', array: standIn, index: 0 }), undefined);
  assert.equal(renderBicepAction({ kind: 'setProperty', object: standIn, path: ['x'], value: 1 }), undefined);
  const [pe] = resources(ENDPOINT);
  const connections = at(pe.body, 'properties', 'privateLinkServiceConnections')!;
  assert.equal(renderBicepAction({ kind: 'replaceValue', node: { loc: connections.loc, value: [] }, value: [] }), undefined);
  // Items out of order (as a loop expands them) or an object span that is not the braces: not edited.
  const items = connections.items!;
  const reordered: ValueNode = { ...connections, items: [items[0], items[0]] };
  assert.equal(renderBicepAction({ kind: 'removeArrayItem', array: reordered, index: 0 }), undefined);
  const shifted: ValueNode = {
    ...properties,
    loc: { ...properties.loc, span: { start: properties.loc.span.start + 1, end: properties.loc.span.end } },
  };
  assert.equal(renderBicepAction({ kind: 'removeProperty', object: shifted, name: 'minimumTlsVersion' }), undefined);
  const unclosed: ValueNode = {
    ...properties,
    loc: { ...properties.loc, span: { start: properties.loc.span.start, end: properties.loc.span.end - 1 } },
  };
  assert.equal(renderBicepAction({ kind: 'removeProperty', object: unclosed, name: 'minimumTlsVersion' }), undefined);
});

test('a loop is not a literal to replace; an array or object literal is', () => {
  const replaced = (written: string) => {
    const text = STORAGE.replace("minimumTlsVersion: 'TLS1_2' // required", `rules: ${written}`);
    const [st] = resources(text);
    const node = at(st.body, 'properties', 'rules')!;
    return renderBicepAction({ kind: 'replaceValue', node: { ...node, items: node.items ?? [], members: node.members }, value: [] })?.[0]
      .newText;
  };
  assert.equal(replaced('[ for x in xs: x ]'), undefined);
  assert.equal(replaced("['a']"), '[]');
  assert.equal(replaced('{ a: 1 }'), '[]');
});

test('optional fields left undefined are left out of Bicep objects', () => {
  const result = setProperty(STORAGE, ['properties', 'x'], { a: undefined, b: null } as never);
  assert.ok(result.includes('    x: {\n      b: null\n    }\n'), result);
});
