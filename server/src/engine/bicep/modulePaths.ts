/**
 * Resolves module and `loadTextContent` paths relative to the file that names them, with POSIX-style normalisation
 * (the engine has no Node `path`), and refuses paths that leave the workspace.
 */

export type ResolvedPath = { readonly kind: 'inside'; readonly path: string } | { readonly kind: 'outside'; readonly path: string };

/** Registry (`br:`, `br/alias:`) and template spec (`ts:`, `ts/alias:`) modules are never fetched. */
export function isRegistryModule(path: string): boolean {
  return /^(br|ts)[:/]/i.test(path);
}

export function resolveModulePath(fromFile: string, relative: string, workspaceRoot: string | undefined): ResolvedPath {
  const separator = fromFile.includes('\\') && !fromFile.includes('/') ? '\\' : '/';
  const fromDir = normalise(fromFile).split('/').slice(0, -1).join('/');
  const joined = relative.startsWith('/') ? normalise(relative) : normalise(`${fromDir}/${relative}`);
  // Without a workspace (a single file given to the engine) the caller has chosen what may be read.
  const root = workspaceRoot === undefined ? undefined : normalise(workspaceRoot);
  const inside = root === undefined || joined === root || joined.startsWith(root.endsWith('/') ? root : `${root}/`);
  const path = separator === '\\' ? joined.replace(/\//g, '\\') : joined;
  return inside ? { kind: 'inside', path } : { kind: 'outside', path };
}

/** Collapses `.` and `..` segments and backslashes; keeps a leading `/` or drive letter. */
export function normalise(path: string): string {
  const slashed = path.replace(/\\/g, '/');
  const absolute = slashed.startsWith('/');
  const out: string[] = [];
  for (const segment of slashed.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
      continue;
    }
    out.push(segment);
  }
  return (absolute ? '/' : '') + out.join('/');
}
