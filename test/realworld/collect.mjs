#!/usr/bin/env node
// Lays out the real-world set from git snapshots of the repositories in repos.json.
//
//   node test/realworld/collect.mjs <mirrors-dir> <dest-dir>
//
// <mirrors-dir> holds one bare git directory per repository, named `owner+name/repo` (how our snapshot tool lays
// them out) or `owner+name.git`. Only template-like files (.bicep, .bicepparam, .json, .jsonc) under the listed paths
// are written, read with `git cat-file` from the pinned commit, so large media in a snapshot is never needed.
// Nothing here runs the repositories' code.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const [mirrors, dest] = process.argv.slice(2);
if (!mirrors || !dest) {
  console.error('usage: node test/realworld/collect.mjs <mirrors-dir> <dest-dir>');
  process.exit(2);
}
const { repositories } = JSON.parse(readFileSync(join(here, 'repos.json'), 'utf8'));
const TEMPLATE_LIKE = /\.(bicep|bicepparam|json|jsonc)$/i;

let written = 0;
for (const { repo, commit, paths } of repositories) {
  const slug = repo.replace('/', '+');
  const gitDir = [join(mirrors, slug, 'repo'), join(mirrors, `${slug}.git`)].find((dir) => existsSync(dir));
  if (!gitDir) {
    console.error(`skip ${repo}: no snapshot under ${mirrors}`);
    continue;
  }
  const git = (...args) => execFileSync('git', ['--git-dir', gitDir, ...args], { maxBuffer: 1 << 30 });
  const listing = git('ls-tree', '-r', '-z', commit).toString('utf8').split('\0').filter(Boolean);
  let count = 0;
  for (const entry of listing) {
    const [meta, path] = entry.split('\t');
    const [mode, type, object] = meta.split(' ');
    if (type !== 'blob' || mode === '120000' || !TEMPLATE_LIKE.test(path)) continue;
    if (!paths.some((prefix) => path.startsWith(prefix))) continue;
    let content;
    try {
      content = git('cat-file', 'blob', object);
    } catch {
      continue; // absent from the snapshot (too large); never a template we need
    }
    const target = join(dest, slug, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
    count++;
  }
  written += count;
  console.log(`${repo}@${commit.slice(0, 12)}: ${count} files`);
}
console.log(`${written} files in ${dest}`);
