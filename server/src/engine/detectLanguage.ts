/** Decides which kind of document a file is (ARM template, ARM parameters, Bicep, Bicep parameters) or none. */
import type { Language } from './model/sourceFile';
import { blankJsonComments } from './arm/jsonNetLeniency';

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
  const schema = /(["'])\$schema\1\s*:\s*(["'])(.*?)\2/s.exec(head);
  if (!schema) return undefined;
  if (TEMPLATE_SCHEMA.test(schema[3])) return 'arm';
  if (PARAMETERS_SCHEMA.test(schema[3])) return 'arm-parameters';
  return undefined;
}
