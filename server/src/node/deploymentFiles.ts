/**
 * How template files relate, read cheaply from their text without analysing them: the files a file deploys
 * (Bicep local modules, ARM `templateLink.relativePath`, the `using` template of a `.bicepparam`) and the JSON
 * parameter files that belong to a template by name (`main.parameters.json`, `main.parameters.dev.json`).
 * Shared by the CLI (to analyse each deployment once) and the language server (its workspace index).
 * The engine's `AnalysisResult.files` says what an analysis really read; this is the estimate before analysing.
 */
import * as path from 'node:path';
import { blankJsonComments, type Language } from '../engine';

const BICEP_MODULE = /^[ \t]*module[ \t]+[A-Za-z_][A-Za-z0-9_]*[ \t]+'((?:[^'\\\r\n]|\\.)*)'/gm;
const BICEPPARAM_USING = /^[ \t]*using[ \t]+'((?:[^'\\\r\n]|\\.)*)'/m;
const ARM_RELATIVE_PATH = /(["'])relativePath\1\s*:\s*(["'])((?:(?!\2)[^[\\])(?:(?!\2)[^\\])*)\2/g;
const JSON_PARAMETER_FILE = /^(.+)\.parameters(?:\.[^.]+)?\.jsonc?$/i;
const TEMPLATE_EXTENSIONS = ['.bicep', '.json', '.jsonc'];

/**
 * Absolute paths of the files `absPath` deploys or applies to, as the engine follows them: local `.bicep`/`.json`
 * modules (not registry or template-spec ones), linked templates by a literal `relativePath`, a `.bicepparam`'s
 * `using` template. Paths are resolved against the file that names them.
 */
export function deployedFiles(absPath: string, text: string, language: Language | undefined): string[] {
  if (!path.isAbsolute(absPath)) return [];
  const dir = path.dirname(absPath);
  const found = new Set<string>();
  const add = (relative: string): void => {
    const unescaped = relative.replace(/\\(.)/g, '$1');
    if (unescaped !== '' && !/^(br|ts)[:/]/i.test(unescaped)) found.add(path.resolve(dir, unescaped));
  };
  switch (language) {
    case 'bicep':
      for (const match of stripBicepComments(text).matchAll(BICEP_MODULE)) if (/\.(bicep|json|jsonc)$/i.test(match[1])) add(match[1]);
      break;
    case 'bicep-params': {
      const using = usingPath(text);
      if (using !== undefined) add(using);
      break;
    }
    case 'arm':
      // Azure reads comments and single-quoted strings: a commented-out link is not followed. Most templates link
      // nothing, and an open one is read again on every keystroke: the whole text is blanked only when it may.
      if (!text.includes('relativePath')) break;
      for (const match of blankJsonComments(text).matchAll(ARM_RELATIVE_PATH)) add(match[3]);
      break;
    default:
      break;
  }
  found.delete(absPath);
  return [...found];
}

/** The `using` path of a `.bicepparam` file as written, undefined for `using none` or none at all. */
export function usingPath(text: string): string | undefined {
  return BICEPPARAM_USING.exec(stripBicepComments(text))?.[1];
}

/**
 * The templates a JSON parameter file pairs with by name: `main.parameters.json` and `main.parameters.dev.json`
 * belong to `main.bicep`, `main.json` or `main.jsonc` beside them. Candidate paths; the caller checks which exist.
 */
export function templatesNamedBy(parameterFile: string): string[] {
  const match = JSON_PARAMETER_FILE.exec(path.basename(parameterFile));
  if (!match) return [];
  const dir = path.dirname(parameterFile);
  return TEMPLATE_EXTENSIONS.map((ext) => path.join(dir, match[1] + ext));
}

/**
 * Line and block comments blanked out (same length, so offsets hold), strings kept. A scanner rather than a regular
 * expression: an unterminated string full of escaped quotes made the expression restart at each one (quadratic).
 */
function stripBicepComments(text: string): string {
  if (!text.includes('//') && !text.includes('/*')) return text;
  const out: string[] = [];
  let copied = 0;
  const blank = (start: number, end: number): void => {
    out.push(text.slice(copied, start), text.slice(start, end).replace(/[^\r\n]/g, ' '));
    copied = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "'") {
      i++;
      while (i < text.length && text[i] !== "'") i += text[i] === '\\' ? 2 : 1;
    } else if (c === '/' && text[i + 1] === '/') {
      let end = i;
      while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
      blank(i, end);
      i = end - 1;
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      const end = close < 0 ? text.length : close + 2;
      blank(i, end);
      i = end - 1;
    }
  }
  out.push(text.slice(copied));
  return out.join('');
}
