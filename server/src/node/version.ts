/** The tool's version: injected by esbuild at bundle time, read from package.json when running from `out/`. */
import * as fs from 'node:fs';
import * as path from 'node:path';

declare const PRIVATELINK_VERSION: string | undefined;

export function toolVersion(): string {
  if (typeof PRIVATELINK_VERSION === 'string') return PRIVATELINK_VERSION;
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    try {
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (manifest.name === 'private-link-guidance' && manifest.version) return manifest.version;
    } catch {
      // not here; keep walking up
    }
    dir = path.dirname(dir);
  }
  return '0.0.0';
}
