/**
 * Every rule fixture and numbered case (test/rules/<rule-id>/), analysed alone with its snapshot kept, and the
 * findings shown in it as the server hands them to hovers and lenses: for tests that compare what the editor's
 * surfaces say with the diagnostics, file by file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument, type AnalysisSnapshot, type ShownFinding } from '../../server/src/engine';
import { RULE_TESTS_ROOT, isRuleCase, isRuleFixture } from './ruleFolders';

export interface AnalysedRuleFile {
  /** `<rule-id>/<file name>`, to name the file in a message. */
  readonly label: string;
  readonly path: string;
  readonly snapshot: AnalysisSnapshot;
  readonly shown: readonly ShownFinding[];
}

export function* analysedRuleFiles(): Generator<AnalysedRuleFile> {
  for (const rule of readdirSync(RULE_TESTS_ROOT, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const folder = join(RULE_TESTS_ROOT, rule.name);
    for (const name of readdirSync(folder).filter((n) => isRuleFixture(n) || isRuleCase(n))) {
      const path = join(folder, name);
      const result = analyzeDocument({ path, text: readFileSync(path, 'utf8') }, { keepSnapshot: true });
      if (!result.snapshot) continue;
      const shown = result.findings.filter((f) => f.path === path).map((f) => ({ code: f.code, range: f.range, severity: f.severity }));
      yield { label: `${rule.name}/${name}`, path, snapshot: result.snapshot, shown };
    }
  }
}
