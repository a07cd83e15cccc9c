/** Decides which kind of document a file is (ARM template, ARM parameters, Bicep, Bicep parameters) or none. */
import type { Language } from './model/sourceFile';
import { blankJsonComments, closingQuote, endOfComment } from './arm/jsonNetLeniency';

const TEMPLATE_SCHEMA = /deploymentTemplate\.json/i;
const PARAMETERS_SCHEMA = /deploymentParameters\.json/i;

/** Only the start of a JSON file is searched for `$schema`, so detection stays cheap on huge files. */
const SCHEMA_SEARCH_LIMIT = 4096;

export function detectLanguage(path: string, text: string): Language | undefined {
  const lower = path.toLowerCase();
  if (lower.endsWith('.bicep')) return 'bicep';
  if (lower.endsWith('.bicepparam')) return 'bicep-params';
  if (lower.endsWith('.json') || lower.endsWith('.jsonc')) return detectJsonLanguage(text);
  return undefined;
}

export function detectJsonLanguage(text: string): Language | undefined {
  // Azure reads comments and single-quoted strings (arm/jsonNetLeniency.ts): a commented-out `$schema` is not one.
  const head = blankJsonComments(text.slice(0, SCHEMA_SEARCH_LIMIT));
  const schema = /(["'])\$schema\1\s*:\s*(["'])(.*?)\2/s.exec(head)?.[3] ?? laterTopLevelSchema(text);
  if (schema === undefined) return undefined;
  if (TEMPLATE_SCHEMA.test(schema)) return 'arm';
  if (PARAMETERS_SCHEMA.test(schema)) return 'arm-parameters';
  return undefined;
}

/**
 * Some templates put `$schema` last (avdaccelerator's error-reporting templates do). Azure does not care where it
 * stands, so when the start of the file has none and the file names a deployment schema at all, the top level is
 * read for it: one pass that skips strings, comments and everything nested. A nested template's `$schema` (in a
 * policy definition's DeployIfNotExists deployment, say) does not make the file a template.
 */
function laterTopLevelSchema(text: string): string | undefined {
  if (text.length <= SCHEMA_SEARCH_LIMIT || !/deployment(Template|Parameters)\.json/i.test(text)) return undefined;
  let depth = 0;
  let lastString: string | undefined;
  let expectSchemaValue = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      const end = closingQuote(text, i);
      const value = text.slice(i + 1, end);
      if (depth === 1 && expectSchemaValue) return value;
      lastString = depth === 1 ? value : undefined;
      i = end;
    } else if (ch === '/') {
      i = endOfComment(text, i) - 1;
    } else if (ch === '{' || ch === '[') {
      depth++;
      lastString = undefined;
    } else if (ch === '}' || ch === ']') {
      depth--;
      if (depth <= 0) return undefined;
    } else if (ch === ':') {
      expectSchemaValue = depth === 1 && lastString === '$schema';
    } else if (ch === ',') {
      expectSchemaValue = false;
      lastString = undefined;
    }
  }
  return undefined;
}
