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
export function excludeMatcher(
  setting: unknown,
  caseInsensitive = process.platform === 'win32',
  reportBadPattern: (message: string) => void = () => undefined,
): PathMatcher {
  if (typeof setting !== 'object' || setting === null) return NO_EXCLUDES;
  const patterns: GlobMatcher[] = [];
  for (const [glob, enabled] of Object.entries(setting as Record<string, unknown>)) {
    if (enabled !== true) continue;
    const matcher = compileGlob(glob, caseInsensitive);
    if (matcher) patterns.push(matcher);
    else if (glob.trim() !== '')
      reportBadPattern(
        `Ignoring the files.exclude pattern ${JSON.stringify(glob.length > 80 ? `${glob.slice(0, 80)}…` : glob)}: ${MAX_PATTERN_LENGTH} characters at most, braces balanced, nested ${MAX_BRACE_DEPTH} deep and expanding to ${MAX_ALTERNATIVES} alternatives at most.`,
      );
  }
  if (patterns.length === 0) return NO_EXCLUDES;
  // Files share folders: each folder is matched once (a bounded memo, since a workspace can be large).
  const memo = new Map<string, boolean>();
  const excluded = (prefix: string): boolean => {
    let answer = memo.get(prefix);
    if (answer === undefined) {
      answer = patterns.some((pattern) => pattern.test(prefix));
      if (memo.size >= MAX_MEMO_ENTRIES) memo.clear();
      memo.set(prefix, answer);
    }
    return answer;
  };
  return (relativePath) => {
    const segments = relativePath.replace(/\\/g, '/').split('/').filter(Boolean);
    // The path itself or any folder above it.
    for (let i = 1; i <= segments.length; i++) {
      if (excluded(segments.slice(0, i).join('/'))) return true;
    }
    return false;
  };
}

const MAX_MEMO_ENTRIES = 10_000;

/** A compiled glob: `test` answers in time linear in the pattern times the path, whatever the pattern. */
export interface GlobMatcher {
  test(path: string): boolean;
}

/** Brace alternatives beyond this many are not expanded (the pattern then excludes nothing). */
const MAX_ALTERNATIVES = 64;
/**
 * Longer patterns, or braces nested deeper, are not compiled (the pattern then excludes nothing): matching costs the
 * pattern's length times the path's, for every folder of the workspace, and brace expansion recurses per level.
 */
export const MAX_PATTERN_LENGTH = 256;
export const MAX_BRACE_DEPTH = 8;

type GlobToken =
  | { readonly kind: 'char'; readonly char: string }
  | { readonly kind: 'any' }
  | { readonly kind: 'star' }
  | { readonly kind: 'globstar' }
  | { readonly kind: 'globstarSlash' }
  | { readonly kind: 'class'; readonly negated: boolean; readonly test: (c: string) => boolean };

/**
 * Compiles a `files.exclude` glob. Undefined for a pattern that cannot be understood (it then excludes nothing).
 * Matching simulates the pattern over a set of text positions instead of backtracking, because the patterns come
 * from workspace settings, which an untrusted repository controls: `*a*a*a*a*ab` must not hang the server.
 */
export function compileGlob(glob: string, caseInsensitive = false): GlobMatcher | undefined {
  let pattern = glob.trim().replace(/\\/g, '/');
  if (pattern.startsWith('./')) pattern = pattern.slice(2);
  if (pattern.startsWith('/')) pattern = pattern.slice(1);
  if (pattern.endsWith('/')) pattern = pattern.slice(0, -1);
  if (pattern === '' || pattern.length > MAX_PATTERN_LENGTH || braceDepth(pattern) > MAX_BRACE_DEPTH) return undefined;
  if (caseInsensitive) pattern = pattern.toLowerCase();
  const alternatives = expandBraces(pattern);
  if (!alternatives) return undefined;
  const programs = alternatives.map(tokenize);
  return {
    test(path: string): boolean {
      const text = caseInsensitive ? path.toLowerCase() : path;
      return programs.some((tokens) => run(tokens, text));
    },
  };
}

function braceDepth(pattern: string): number {
  let depth = 0;
  let deepest = 0;
  for (const c of pattern) {
    if (c === '{') deepest = Math.max(deepest, ++depth);
    else if (c === '}') depth = Math.max(0, depth - 1);
  }
  return deepest;
}

/** `{a,b}c` → `ac`, `bc` (nested braces too); undefined when unbalanced or too many. */
function expandBraces(pattern: string): string[] | undefined {
  const open = pattern.indexOf('{');
  if (open < 0) return pattern.includes('}') ? [pattern.replace(/}/g, '')] : [pattern];
  let depth = 0;
  let close = -1;
  const commas: number[] = [];
  for (let i = open; i < pattern.length; i++) {
    if (pattern[i] === '{') depth++;
    else if (pattern[i] === '}' && --depth === 0) {
      close = i;
      break;
    } else if (pattern[i] === ',' && depth === 1) commas.push(i);
  }
  if (close < 0) return undefined;
  const bounds = [open, ...commas, close];
  const results: string[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const expanded = expandBraces(pattern.slice(0, open) + pattern.slice(bounds[k] + 1, bounds[k + 1]) + pattern.slice(close + 1));
    if (!expanded) return undefined;
    results.push(...expanded);
    if (results.length > MAX_ALTERNATIVES) return undefined;
  }
  return results;
}

function tokenize(pattern: string): GlobToken[] {
  const tokens: GlobToken[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        const atStart = i === 0 || pattern[i - 1] === '/';
        i++;
        const previous = tokens[tokens.length - 1]?.kind;
        if (atStart && pattern[i + 1] === '/') {
          // `**/**/` matches what `**/` matches: repeated ones would only cost time.
          if (previous !== 'globstarSlash') tokens.push({ kind: 'globstarSlash' });
          i++;
        } else if (previous !== 'globstar') tokens.push({ kind: 'globstar' });
      } else if (tokens[tokens.length - 1]?.kind !== 'star') tokens.push({ kind: 'star' });
    } else if (c === '?') {
      tokens.push({ kind: 'any' });
    } else if (c === '[' && pattern.indexOf(']', i + 1) > i + 1) {
      const close = pattern.indexOf(']', i + 1);
      let body = pattern.slice(i + 1, close);
      const negated = body.startsWith('!') || body.startsWith('^');
      if (negated) body = body.slice(1);
      tokens.push({ kind: 'class', negated, test: classTest(body) });
      i = close;
    } else {
      tokens.push({ kind: 'char', char: c });
    }
  }
  return tokens;
}

function classTest(body: string): (c: string) => boolean {
  const ranges: [string, string][] = [];
  for (let i = 0; i < body.length; i++) {
    if (body[i + 1] === '-' && i + 2 < body.length) {
      ranges.push([body[i], body[i + 2]]);
      i += 2;
    } else ranges.push([body[i], body[i]]);
  }
  return (c) => ranges.some(([low, high]) => c >= low && c <= high);
}

/** The set of text positions each token can end at, from the positions the previous one ended at. */
function run(tokens: readonly GlobToken[], text: string): boolean {
  const n = text.length;
  let positions = new Uint8Array(n + 1);
  positions[0] = 1;
  for (const token of tokens) {
    const next = new Uint8Array(n + 1);
    let any = false;
    switch (token.kind) {
      case 'char':
      case 'any':
      case 'class':
        for (let j = 0; j < n; j++) {
          if (!positions[j]) continue;
          const c = text[j];
          const ok = token.kind === 'char' ? c === token.char : c !== '/' && (token.kind === 'any' || token.test(c) !== token.negated);
          if (ok) {
            next[j + 1] = 1;
            any = true;
          }
        }
        break;
      case 'star': {
        // Each reached position extends over the rest of its segment; one pass left to right covers all of them.
        let open = false;
        for (let j = 0; j <= n; j++) {
          if (positions[j]) open = true;
          if (open) {
            next[j] = 1;
            any = true;
          }
          if (j < n && text[j] === '/') open = false;
        }
        break;
      }
      case 'globstar': {
        let open = false;
        for (let j = 0; j <= n; j++) {
          if (positions[j]) open = true;
          if (open) {
            next[j] = 1;
            any = true;
          }
        }
        break;
      }
      case 'globstarSlash': {
        // `**/`: nothing, or any run of whole folders ending in '/'.
        let open = false;
        for (let j = 0; j <= n; j++) {
          if (positions[j]) {
            open = true;
            next[j] = 1;
            any = true;
          } else if (open && j > 0 && text[j - 1] === '/') {
            next[j] = 1;
            any = true;
          }
        }
        break;
      }
    }
    if (!any) return false;
    positions = next;
  }
  return positions[n] === 1;
}
