/** The workspace index and what it decides: `files.exclude` globs, bounds, file relations, deployments to analyse. */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { deployedFiles, templatesNamedBy, usingPath } from '../../server/src/node/deploymentFiles';
import { unitsForDocument, workspaceUnits } from '../../server/src/lsp/deployments';
import { compileGlob, excludeMatcher } from '../../server/src/lsp/globs';
import { WorkspaceIndex } from '../../server/src/lsp/workspaceIndex';
import { makeTempDir, type TempDir } from '../support/tempDir';

const ARM = (body: string): string =>
  `{ "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", ${body} }`;
const PARAMS = `{ "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#", "parameters": {} }`;

describe('files.exclude globs', () => {
  test('VS Code glob syntax', () => {
    const cases: [string, string, boolean][] = [
      ['**/.git', '.git', true],
      ['**/.git', 'a/b/.git', true],
      ['**/*.json', 'x.json', true],
      ['**/*.json', 'a/x.json', true],
      ['*.json', 'a/x.json', false],
      ['out', 'out', true],
      ['out/', 'out', true],
      ['**/node_modules/**', 'a/node_modules/b.json', true],
      ['**/*.{bicep,json}', 'a/b.bicep', true],
      ['**/*.{bicep,json}', 'a/b.jsonc', false],
      ['build?', 'build1', true],
      ['[ab]*', 'bcd', true],
      ['[!ab]*', 'bcd', false],
    ];
    for (const [glob, file, expected] of cases) assert.equal(compileGlob(glob)!.test(file), expected, `${glob} ~ ${file}`);
  });

  test('a matching folder excludes what is below it; false and when-clauses exclude nothing', () => {
    const excluded = excludeMatcher({ '**/generated': true, dist: true, off: false, '**/*.js': { when: '$(basename).ts' } });
    assert.equal(excluded('a/generated/main.bicep'), true);
    assert.equal(excluded(path.join('dist', 'x', 'main.json')), true);
    assert.equal(excluded('off/main.bicep'), false);
    assert.equal(excluded('src/a.js'), false);
    assert.equal(excluded('src/main.bicep'), false);
    assert.equal(excludeMatcher(null)('anything'), false);
  });
});

describe('deployment files from text', () => {
  test('Bicep local modules (Bicep or JSON templates; not registry, not commented out), ARM relativePath, .bicepparam using', () => {
    const bicep = [
      "module a './modules/a.bicep' = {",
      "module b 'br/public:avm/res/storage:1.0.0' = {",
      "// module c 'c.bicep' = {",
      "  module d '../d.bicep' = [for x in xs: {",
      "module e 'e.json' = {",
    ].join('\n');
    assert.deepEqual(deployedFiles('/w/src/main.bicep', bicep, 'bicep').sort(), ['/w/d.bicep', '/w/src/e.json', '/w/src/modules/a.bicep']);
    const arm = ARM(
      '"resources": [{ "properties": { "templateLink": { "relativePath": "nested/x.json" } } }, { "templateLink": { "relativePath": "[variables(\'p\')]" } }]',
    );
    assert.deepEqual(deployedFiles('/w/main.json', arm, 'arm'), ['/w/nested/x.json']);
    assert.equal(usingPath("// header\nusing './main.bicep'\nparam a = 1"), './main.bicep');
    assert.equal(usingPath('using none'), undefined);
    assert.deepEqual(deployedFiles('/w/dev.bicepparam', "using 'main.bicep'", 'bicep-params'), ['/w/main.bicep']);
  });

  test('JSON parameter files pair with templates by name', () => {
    assert.deepEqual(templatesNamedBy('/w/main.parameters.json'), ['/w/main.bicep', '/w/main.json', '/w/main.jsonc']);
    assert.deepEqual(
      templatesNamedBy('/w/azuredeploy.parameters.dev.json').map((p) => path.basename(p)),
      ['azuredeploy.bicep', 'azuredeploy.json', 'azuredeploy.jsonc'],
    );
    assert.deepEqual(templatesNamedBy('/w/params.dev.json'), []);
  });
});

describe('WorkspaceIndex and the deployments it yields', () => {
  let dir: TempDir;
  let index: WorkspaceIndex;
  const at = (relative: string): string => path.join(dir.path, relative);

  before(async () => {
    dir = makeTempDir('plg-index-');
    dir.write('app/main.bicep', "module storage 'storage.bicep' = {\n  name: 's'\n}\n");
    dir.write('app/storage.bicep', "module net '../shared/network.bicep' = {\n  name: 'n'\n}\n");
    dir.write('shared/network.bicep', 'param x string\n');
    dir.write('app/main.dev.bicepparam', "using './main.bicep'\n");
    dir.write('app/main.parameters.prod.json', PARAMS);
    dir.write(
      'arm/main.json',
      ARM(
        '"resources": [{ "type": "Microsoft.Resources/deployments", "properties": { "templateLink": { "relativePath": "linked.json" } } }]',
      ),
    );
    dir.write('arm/linked.json', ARM('"resources": []'));
    dir.write('cycle/a.bicep', "module b 'b.bicep' = {\n  name: 'b'\n}\n");
    dir.write('cycle/b.bicep', "module a 'a.bicep' = {\n  name: 'a'\n}\n");
    dir.write('orphan.bicepparam', "using './missing.bicep'\n");
    dir.write('package.json', '{ "name": "not a template" }');
    dir.write('node_modules/x/main.bicep', 'param x string\n');
    dir.write('generated/out.bicep', 'param x string\n');
    dir.write('big/huge.bicep', `param x string\n// ${'x'.repeat(5000)}\n`);
    index = new WorkspaceIndex({ maxFiles: 100, maxFileSize: 4096 }, () => undefined);
    await index.rebuild([{ path: dir.path, excluded: excludeMatcher({ generated: true }) }]);
  });

  after(() => dir?.remove());

  test('indexes templates and parameter files only, skipping node_modules, excluded and too large files', () => {
    const indexed = [...index.all()].map((f) => path.relative(dir.path, f.path)).sort();
    assert.deepEqual(
      indexed,
      [
        'app/main.bicep',
        'app/main.dev.bicepparam',
        'app/main.parameters.prod.json',
        'app/storage.bicep',
        'arm/linked.json',
        'arm/main.json',
        'cycle/a.bicep',
        'cycle/b.bicep',
        'orphan.bicepparam',
        'shared/network.bicep',
      ].map((p) => p.split('/').join(path.sep)),
    );
  });

  test('knows users, parameter files and closures', () => {
    assert.deepEqual(index.usersOf(at('app/storage.bicep')), [at('app/main.bicep')]);
    assert.deepEqual(index.usersOf(at('arm/linked.json')), [at('arm/main.json')]);
    assert.deepEqual(index.parameterFilesOf(at('app/main.bicep')), [at('app/main.dev.bicepparam'), at('app/main.parameters.prod.json')]);
    assert.deepEqual([...index.closureOf(at('app/main.bicep'))].sort(), [
      at('app/main.bicep'),
      at('app/storage.bicep'),
      at('shared/network.bicep'),
    ]);
  });

  test('each deployment once: parameter sets of a template, roots, cycles, orphan .bicepparam', () => {
    const units = workspaceUnits(index).map(
      (u) => `${path.relative(dir.path, u.document)}${u.parameterFile ? ` + ${path.basename(u.parameterFile)}` : ''}`,
    );
    assert.deepEqual(units.sort(), [
      `app${path.sep}main.bicep + main.parameters.prod.json`,
      `app${path.sep}main.dev.bicepparam + main.dev.bicepparam`,
      `arm${path.sep}main.json`,
      `cycle${path.sep}a.bicep`,
      'orphan.bicepparam',
    ]);
  });

  test('an open module is analysed through the deployments that use it; a parameter file with its template', () => {
    const all = () => workspaceUnits(index);
    assert.deepEqual(
      unitsForDocument(index, at('shared/network.bicep'), all)
        .map((u) => u.parameterFile && path.basename(u.parameterFile))
        .sort(),
      ['main.dev.bicepparam', 'main.parameters.prod.json'],
    );
    assert.deepEqual(
      unitsForDocument(index, at('app/main.parameters.prod.json'), all).map((u) => u.template),
      [at('app/main.bicep')],
    );
    assert.deepEqual(
      unitsForDocument(index, '/elsewhere/x.bicep', all).map((u) => u.document),
      ['/elsewhere/x.bicep'],
    );
  });

  test('open documents and disk changes update the index incrementally', async () => {
    assert.equal(index.updateFromText(at('shared/network.bicep'), "module x '../arm/linked.bicep' = {}\n"), true);
    assert.deepEqual(index.get(at('shared/network.bicep'))?.deploys, [at('arm/linked.bicep')]);
    assert.equal(
      index.updateFromText(at('shared/network.bicep'), "module x '../arm/linked.bicep' = {}\n// edit\n"),
      false,
      'same relations',
    );
    dir.write('app/storage.parameters.json', PARAMS);
    assert.equal(await index.updateFromDisk([at('app/storage.parameters.json')]), true);
    assert.deepEqual(index.parameterFilesOf(at('app/storage.bicep')), [at('app/storage.parameters.json')]);
    assert.equal(await index.updateFromDisk([at('generated/new.bicep')]), false, 'excluded');
  });

  test('stops at the file limit', async () => {
    const small = new WorkspaceIndex({ maxFiles: 3, maxFileSize: 4096 }, () => undefined);
    await small.rebuild([{ path: dir.path, excluded: () => false }]);
    assert.equal(small.size, 3);
    assert.equal(small.truncated, true);
    assert.match(small.truncationMessage ?? '', /more templates, parameter files and Bicep files than the 3 .*: \d+ files were left out/);
  });

  test("at the file limit, files that are not templates do not count, and the open documents' files go first", async () => {
    // cycle/ sorts after app/ and arm/: in folder order it would be left out.
    const open = at('cycle/a.bicep');
    const small = new WorkspaceIndex(
      { maxFiles: 3, maxFileSize: 4096 },
      () => undefined,
      () => undefined,
      () => [open],
    );
    await small.rebuild([{ path: dir.path, excluded: () => false }]);
    const indexed = [...small.all()].map((f) => path.relative(dir.path, f.path)).sort();
    assert.equal(indexed.length, 3);
    assert.ok(indexed.includes('cycle/a.bicep') && indexed.includes('cycle/b.bicep'), indexed.join(', '));
    assert.ok(!indexed.includes('package.json'));
  });

  test('a document opened when the index is full brings the files next to it in, past the limit', async () => {
    const small = new WorkspaceIndex({ maxFiles: 3, maxFileSize: 4096 }, () => undefined);
    await small.rebuild([{ path: dir.path, excluded: () => false }]);
    assert.equal(small.get(at('arm/main.json')), undefined);
    small.updateFromText(at('arm/main.json'), fs.readFileSync(at('arm/main.json'), 'utf8'));
    assert.equal(await small.admitNeighbours(at('arm/main.json')), true);
    assert.deepEqual(small.usersOf(at('arm/linked.json')), [at('arm/main.json')]);
  });
});
