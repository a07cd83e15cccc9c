/**
 * `files.exclude` patterns (VS Code glob syntax: `**`, `*`, `?`, `{a,b}`, `[a-z]`) matched against paths relative
 * to a workspace folder. A pattern that matches a folder excludes everything below it, as in VS Code.
 */

export type PathMatcher = (relativePath: string) => boolean;

export const NO_EXCLUDES: PathMatcher = () => false;

/**
 * A matcher for a `files.exclude` object (`{ "**\/.git": true, "out": true }`). Entries set to `false` are off;
 * entries with a `when` clause (sibling conditions) are ignored, so those files stay indexed.
 */
export function excludeMatcher(setting: unknown, caseInsensitive = process.platform === 'win32'): PathMatcher {
  if (typeof setting !== 'object' || setting === null) return NO_EXCLUDES;
  const patterns: RegExp[] = [];
  for (const [glob, enabled] of Object.entries(setting as Record<string, unknown>)) {
    if (enabled !== true) continue;
    const regex = globToRegExp(glob, caseInsensitive);
    if (regex) patterns.push(regex);
  }
  if (patterns.length === 0) return NO_EXCLUDES;
  return (relativePath) => {
    const segments = relativePath.replace(/\\/g, '/').split('/').filter(Boolean);
    // The path itself or any folder above it.
    for (let i = 1; i <= segments.length; i++) {
      const prefix = segments.slice(0, i).join('/');
      if (patterns.some((pattern) => pattern.test(prefix))) return true;
    }
    return false;
  };
}

/** Undefined for a pattern that cannot be understood (it then excludes nothing). */
export function globToRegExp(glob: string, caseInsensitive = false): RegExp | undefined {
  let pattern = glob.trim().replace(/\\/g, '/');
  if (pattern.startsWith('./')) pattern = pattern.slice(2);
  if (pattern.startsWith('/')) pattern = pattern.slice(1);
  if (pattern.endsWith('/')) pattern = pattern.slice(0, -1);
  if (pattern === '') return undefined;
  let out = '';
  let braces = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        const atStart = i === 0 || pattern[i - 1] === '/';
        const slashAfter = pattern[i + 2] === '/';
        i++;
        if (atStart && slashAfter) {
          out += '(?:.*/)?';
          i++;
        } else {
          out += '.*';
        }
      } else {
        out += '[^/]*';
      }
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '{') {
      braces++;
      out += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (c === ',' && braces > 0) {
      out += '|';
    } else if (c === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close < 0) {
        out += '\\[';
        continue;
      }
      let body = pattern.slice(i + 1, close).replace(/\\/g, '\\\\');
      if (body.startsWith('!')) body = '^' + body.slice(1);
      out += `[${body}]`;
      i = close;
    } else {
      out += c.replace(/[.+^$()|\\\]]/g, '\\$&');
    }
  }
  if (braces > 0) return undefined;
  try {
    return new RegExp(`^${out}$`, caseInsensitive ? 'i' : '');
  } catch {
    return undefined;
  }
}
