/**
 * The text a file has once one of a finding's fixes is applied, as an editor applies it. The one place the tests
 * turn a finding's fix into text, so that a change in how the engine hands out fixes (e.g. rendered on demand)
 * is adapted here only.
 */
import type { EngineFinding } from '../../server/src/engine/api';
import type { TextEdit } from '../../server/src/engine/fixes/fix';
import { renderOffers } from '../../server/src/engine/fixes/render';
import { applyEdits } from './applyEdits';

export interface AppliedFix {
  readonly title: string;
  /** Every edit of the fix, in any file. */
  readonly edits: readonly TextEdit[];
  /** The file's text with the fix's edits to that file applied. */
  readonly text: string;
}

/**
 * Each fix of the finding that can be written (the preferred one first, as the editor offers them), rendered on
 * demand as the faces render it, applied to the file `path`.
 */
export function appliedFixes(finding: EngineFinding, path: string, text: string): AppliedFix[] {
  return renderOffers(finding.fixes).map((fix) => ({ title: fix.title, edits: fix.edits, text: applyEdits(text, fix.edits, path) }));
}

/**
 * The baseline file of a fix beside its fixture: `fail.bicep.finding2.fixed` for the preferred fix of the second
 * finding (in the order of `fail.bicep.expected`), `fail.bicep.finding2.fix2.fixed` for its second fix.
 */
export function fixBaselineName(fixture: string, findingNumber: number, fixNumber: number): string {
  return `${fixture}.finding${findingNumber}${fixNumber === 1 ? '' : `.fix${fixNumber}`}.fixed`;
}

/** Whether a file name is a fix baseline of the fixture `fixture`. */
export function isFixBaselineOf(fixture: string, name: string): boolean {
  return name.startsWith(`${fixture}.finding`) && name.endsWith('.fixed');
}
