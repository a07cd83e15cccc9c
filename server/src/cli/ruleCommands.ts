/** `privatelink-lint rules` and `privatelink-lint explain <id>`: the rule catalog and a rule's page, in the terminal. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeRules } from '../engine';

/** One line per rule (`id  level  title`), or JSON: `{ "rules": [ { id, defaultLevel, title, docPath } ] }`. */
export function listRules(format: 'text' | 'json' | 'sarif' | 'mermaid'): string {
  const rules = describeRules();
  if (format === 'json') return `${JSON.stringify({ rules }, null, 2)}\n`;
  const width = Math.max(...rules.map((r) => r.id.length));
  return rules.map((r) => `${r.id.padEnd(width)}  ${r.defaultLevel.padEnd(7)}  ${r.title}`).join('\n') + '\n';
}

/**
 * The rule's documentation page (docs/rules/<id>.md, shipped beside the bundles), or undefined with a reason. The id
 * must be a registered rule's: it names a file, so nothing else is read.
 */
export function explainRule(id: string, bundleDir: string): { text: string } | { problem: string } {
  const rule = describeRules().find((r) => r.id === id.toLowerCase());
  if (!rule) return { problem: `unknown rule id "${id}"; "privatelink-lint rules" lists them` };
  for (const root of [path.join(bundleDir, '..'), path.join(bundleDir, '..', '..', '..', '..')]) {
    const page = path.join(root, rule.docPath);
    try {
      return { text: fs.readFileSync(page, 'utf8') };
    } catch {
      // Try the next layout: dist/cli.js in a package or checkout, out/server/src/cli in the tests.
    }
  }
  return { problem: `the documentation of ${rule.id} is not installed beside the tool (${rule.docPath})` };
}
