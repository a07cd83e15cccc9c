/**
 * The CLI's report collector (server/src/cli/report.ts) and one-line messages (printText.ts): a finding that several
 * deployments report is listed once, naming every call, related place, value and parameter file it rests on; findings
 * are listed in file order; a message on several lines is printed on one.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { BasedOnValue, CallCause, EngineFinding, RelatedLocation } from '../../server/src/engine';
import { hasErrors, ReportBuilder } from '../../server/src/cli/report';
import { oneLine } from '../../server/src/cli/printText';

const finding = (over: Partial<EngineFinding> = {}): EngineFinding => ({
  code: 'rule-a',
  severity: 'warning',
  message: 'm',
  path: '/ws/a.bicep',
  range: { start: 10, end: 20 },
  related: [],
  basedOn: [],
  parameterFiles: [],
  fixes: [],
  ...over,
});
const cause = (parameter: string, call: number, argument: number, path = '/ws/main.bicep'): CallCause => ({
  parameter,
  call: { path, range: { start: call, end: call + 5 } },
  argument: { path, range: { start: argument, end: argument + 2 } },
  literal: true,
});
const related = (message: string, start: number, path = '/ws/a.bicep'): RelatedLocation => ({
  message,
  path,
  range: { start, end: start + 3 },
});
const value = (parameter: string, source: BasedOnValue['source'], path: string, start: number, end = start + 4): BasedOnValue => ({
  parameter,
  source,
  path,
  range: { start, end },
});

function merged(...findings: EngineFinding[]): readonly EngineFinding[] {
  const report = new ReportBuilder();
  report.ensureFile('/ws/a.bicep', 'a.bicep', 'bicep');
  for (const f of findings) report.add(f);
  return report.files()[0].findings;
}

describe('ReportBuilder', () => {
  test('a file is listed once, with the display path and language it was first given', () => {
    const report = new ReportBuilder();
    assert.equal(report.has('/ws/a.bicep'), false);
    report.ensureFile('/ws/a.bicep', 'a.bicep', 'bicep');
    report.ensureFile('/ws/a.bicep', 'other.bicep', 'arm');
    assert.equal(report.has('/ws/a.bicep'), true);
    assert.deepEqual(report.files(), [{ absPath: '/ws/a.bicep', displayPath: 'a.bicep', language: 'bicep', findings: [] }]);
    assert.throws(() => report.add(finding({ path: '/ws/b.bicep' })), /no file entry for \/ws\/b\.bicep/);
  });

  test('the same finding from two calls is listed once, naming each distinct call', () => {
    const [one, ...rest] = merged(
      finding({ causedBy: [cause('p', 0, 3)] }),
      finding({ causedBy: [cause('p', 0, 3)] }),
      finding({ causedBy: [cause('p', 50, 53)] }),
      finding({ causedBy: [cause('q', 0, 3)] }),
      finding({ causedBy: [cause('p', 0, 4)] }),
      finding({ causedBy: [cause('p', 0, 3, '/ws/other.bicep')] }),
    );
    assert.deepEqual(rest, []);
    assert.deepEqual(one.causedBy, [
      cause('p', 0, 3),
      cause('p', 50, 53),
      cause('q', 0, 3),
      cause('p', 0, 4),
      cause('p', 0, 3, '/ws/other.bicep'),
    ]);
    assert.equal('causedBy' in merged(finding())[0], false, 'no causedBy when no call causes it');
  });

  test('related places are merged by message and place', () => {
    const [one] = merged(
      finding({ related: [related('zone', 30)] }),
      finding({ related: [related('zone', 30), related('zone', 31), related('link', 30), related('zone', 30, '/ws/b.bicep')] }),
    );
    assert.deepEqual(one.related, [related('zone', 30), related('zone', 31), related('link', 30), related('zone', 30, '/ws/b.bicep')]);
  });

  test('the values a finding rests on are merged by parameter, source and place; parameter files add up', () => {
    const dev = value('access', 'parameterFile', '/ws/dev.bicepparam', 5);
    const test_ = value('access', 'parameterFile', '/ws/test.bicepparam', 5);
    const [one] = merged(
      finding({ basedOn: [dev], parameterFiles: ['/ws/dev.bicepparam'] }),
      finding({ basedOn: [dev], parameterFiles: ['/ws/dev.bicepparam'] }),
      finding({ basedOn: [test_], parameterFiles: ['/ws/test.bicepparam'] }),
      finding({ basedOn: [value('access', 'parameterFile', '/ws/dev.bicepparam', 6)], parameterFiles: ['/ws/dev.bicepparam'] }),
      finding({ basedOn: [value('access', 'parameterFile', '/ws/dev.bicepparam', 5, 10)], parameterFiles: ['/ws/dev.bicepparam'] }),
    );
    assert.deepEqual(one.basedOn, [
      dev,
      test_,
      value('access', 'parameterFile', '/ws/dev.bicepparam', 6),
      value('access', 'parameterFile', '/ws/dev.bicepparam', 5, 10),
    ]);
    assert.deepEqual(one.parameterFiles, ['/ws/dev.bicepparam', '/ws/test.bicepparam']);
    // Values of other parameters, or from a default instead of a file, make another finding.
    const distinct = merged(
      finding({ basedOn: [value('access', 'default', '/ws/a.bicep', 1)] }),
      finding({ basedOn: [value('sku', 'default', '/ws/a.bicep', 1)] }),
      finding({ basedOn: [value('access', 'parameterFile', '/ws/a.bicep', 1)], parameterFiles: ['/ws/a.bicep'] }),
    );
    assert.equal(distinct.length, 3);
  });

  test('a finding that also holds without any parameter file names none', () => {
    const [withFileFirst] = merged(finding({ parameterFiles: ['/ws/dev.bicepparam'] }), finding());
    assert.deepEqual(withFileFirst.parameterFiles, []);
    const [withoutFileFirst] = merged(finding(), finding({ parameterFiles: ['/ws/dev.bicepparam'] }));
    assert.deepEqual(withoutFileFirst.parameterFiles, []);
  });

  test('findings are listed by start, then end, then code; different codes or ranges stay apart', () => {
    const listed = merged(
      finding({ code: 'rule-b', range: { start: 5, end: 9 } }),
      finding({ code: 'rule-a', range: { start: 5, end: 9 } }),
      finding({ code: 'rule-a', range: { start: 5, end: 7 } }),
      finding({ code: 'rule-c', range: { start: 1, end: 30 } }),
      finding({ code: 'rule-b', range: { start: 5, end: 9 } }),
    );
    assert.deepEqual(
      listed.map((f) => `${f.code}@${f.range.start}-${f.range.end}`),
      ['rule-c@1-30', 'rule-a@5-7', 'rule-a@5-9', 'rule-b@5-9'],
    );
  });

  test('hasErrors: only an error-level finding counts', () => {
    const report = new ReportBuilder();
    report.ensureFile('/ws/a.bicep', 'a.bicep', 'bicep');
    report.ensureFile('/ws/b.bicep', 'b.bicep', 'bicep');
    report.add(finding({ severity: 'warning' }));
    report.add(finding({ severity: 'info', code: 'rule-b' }));
    assert.equal(hasErrors(report.files()), false);
    report.add(finding({ severity: 'error', path: '/ws/b.bicep' }));
    assert.equal(hasErrors(report.files()), true);
  });
});

describe('oneLine', () => {
  test('each line break with the spaces around it becomes one space; blank lines go', () => {
    assert.equal(oneLine('no break  '), 'no break  ');
    assert.equal(oneLine('first  \n   second'), 'first second');
    assert.equal(oneLine('a \n  b  \n\n  c  \n d'), 'a b c d');
    assert.equal(oneLine('  a\n'), '  a');
    assert.equal(oneLine('\n b'), ' b');
  });
});
