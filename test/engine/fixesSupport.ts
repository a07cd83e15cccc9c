// Shared by the fix writer tests: lowers ARM text with the real front end, renders an action, applies its edits and
// checks that the result still parses.
import assert from 'node:assert/strict';
import { parseJsonSyntax } from '../../server/src/engine/arm/jsonSyntax';
import { lowerArmTemplate } from '../../server/src/engine/arm/lowerArmTemplate';
import { ModelBuilder } from '../../server/src/engine/model/modelBuilder';
import { SourceFile } from '../../server/src/engine/model/sourceFile';
import type { DeploymentModel, Resource } from '../../server/src/engine/model/model';
import type { Fix, FixAction } from '../../server/src/engine/fixes/fix';
import { renderJsonAction } from '../../server/src/engine/fixes/jsonWriter';
import { renderFix } from '../../server/src/engine/fixes/render';
import { applyEdits } from '../support/applyEdits';
import { AnalysisContext } from '../../server/src/engine/analysisContext';

export function lowerArm(text: string, path = '/work/main.json'): DeploymentModel {
  const file = new SourceFile(path, text, 'arm');
  const syntax = parseJsonSyntax(text);
  assert.deepEqual(syntax.errors, [], 'the test template itself must parse');
  const builder = new ModelBuilder(new AnalysisContext());
  const root = lowerArmTemplate({ file, template: syntax.root!, builder, provided: new Map() });
  return builder.build(root);
}

export function resourceOf(model: DeploymentModel, type: string, index = 0): Resource {
  const found = model.resources.filter((r) => r.type.toLowerCase() === type.toLowerCase())[index];
  assert.ok(found, `no ${type} #${index}`);
  return found;
}

/** Renders one action in ARM JSON and applies it; the result must parse without errors. */
export function applyJsonAction(action: FixAction): string {
  const edits = renderJsonAction(action);
  assert.ok(edits, 'the action should render');
  return checkedJson(applyEdits(fileOf(action).text, edits));
}

export function applyJsonFix(fix: Fix): string {
  const rendered = renderFix(fix);
  assert.ok(rendered, 'the fix should render');
  return checkedJson(applyEdits(fileOf(fix.actions[0]).text, rendered.edits));
}

export function checkedJson(text: string): string {
  assert.deepEqual(parseJsonSyntax(text).errors, [], `result must parse:\n${text}`);
  return text;
}

function fileOf(action: FixAction): SourceFile {
  switch (action.kind) {
    case 'setProperty':
    case 'removeProperty':
      return action.object.loc.file;
    case 'replaceValue':
      return action.node.loc.file;
    case 'removeArrayItem':
      return action.array.loc.file;
    case 'addResource':
      return action.after.declaration.file;
    case 'addParameter':
      return action.file;
  }
}

/** Joins lines with `\n`, so expected texts read as the file they stand for. */
export function lines(...text: string[]): string {
  return text.join('\n');
}
