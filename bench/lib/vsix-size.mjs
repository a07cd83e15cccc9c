// VSIX size: the real package when a .vsix sits at the repository root; otherwise an estimate of what `vsce package`
// would write: the files .vscodeignore keeps, with the bundles built as `vscode:prepublish` builds them (minified,
// no source maps), each deflated as a zip entry, plus zip headers and the two manifest files vsce adds.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { deflateRawSync } from 'node:zlib';

/** Entry overhead of a zip: local header (30) + central directory entry (46) + the name twice. */
const ZIP_ENTRY_OVERHEAD = 76;
/** extension.vsixmanifest and [Content_Types].xml, compressed (measured on typical packages). */
const VSIX_MANIFESTS = 1500;

export function findVsix(root) {
  const found = readdirSync(root).filter((name) => name.endsWith('.vsix'));
  if (found.length === 0) return undefined;
  const newest = found.map((name) => ({ name, stat: statSync(join(root, name)) })).sort((a, b) => b.stat.mtimeMs - a.stat.mtimeMs)[0];
  return { name: newest.name, size: newest.stat.size };
}

/** Files under `dir` (relative paths), recursively. */
function walk(root, dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(root, full, out);
    else out.push(relative(root, full));
  }
  return out;
}

/** The non-bundle files `.vscodeignore` keeps (it excludes everything, then re-includes these). */
function keptFiles(root) {
  const files = [];
  for (const dir of ['syntaxes', 'language-configuration', 'docs/rules']) files.push(...walk(root, join(root, dir)));
  for (const file of ['README.md', 'CHANGELOG.md', 'LICENSE', 'package.json', 'images/icon.png'])
    if (existsSync(join(root, file))) files.push(file);
  return files;
}

/** Production bundles in memory (the esbuild.mjs settings with --production). */
async function productionBundles(root) {
  const esbuild = await import('esbuild');
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const common = {
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    sourcemap: false,
    mainFields: ['module', 'main'],
    define: { PRIVATELINK_VERSION: JSON.stringify(version) },
    logLevel: 'silent',
    write: false,
  };
  const entries = [
    { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
    { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
    { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js' },
  ];
  const bundles = [];
  for (const entry of entries) {
    const result = await esbuild.build({ ...common, ...entry });
    for (const file of result.outputFiles) bundles.push({ path: relative(root, file.path), contents: Buffer.from(file.contents) });
  }
  return bundles;
}

export async function vsixSize(root) {
  const real = findVsix(root);
  if (real) return { kind: 'vsix', ...real };
  const entries = [];
  let bundles;
  let bundleNote;
  try {
    bundles = await productionBundles(root);
    bundleNote = 'production bundles (minified, as vscode:prepublish builds them)';
  } catch (error) {
    bundles = walk(root, join(root, 'dist'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => ({ path: f, contents: readFileSync(join(root, f)) }));
    bundleNote = `dist/*.js as built by npm run build (production build failed: ${error.message})`;
  }
  for (const bundle of bundles) entries.push({ path: `extension/${bundle.path}`, contents: bundle.contents, bundle: true });
  for (const file of keptFiles(root)) entries.push({ path: `extension/${file}`, contents: readFileSync(join(root, file)), bundle: false });
  let total = VSIX_MANIFESTS;
  const rows = [];
  for (const entry of entries) {
    const compressed = Math.min(entry.contents.length, deflateRawSync(entry.contents, { level: 9 }).length);
    total += compressed + ZIP_ENTRY_OVERHEAD + 2 * Buffer.byteLength(entry.path);
    rows.push({ path: entry.path, size: entry.contents.length, compressed, bundle: entry.bundle });
  }
  const devBundles = walk(root, join(root, 'dist')).map((f) => ({ path: f, size: statSync(join(root, f)).size }));
  return { kind: 'estimate', size: total, bundleNote, rows, devBundles };
}
