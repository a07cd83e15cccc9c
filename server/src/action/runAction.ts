/**
 * The GitHub Action (action.yml): runs privatelink-lint in-process over the inputs' paths, then reports the way a
 * job does: annotations on the changed lines, a job summary, outputs, an optional SARIF file for code scanning
 * (action.yml uploads it), and an exit status from the `fail-on` input.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli, EXIT_USAGE, type CliIO } from '../cli/run';
import { DOCS_BASE_URL } from '../engine';
import { annotationLines } from './annotations';
import { InputError, readInputs, type ActionInputs, type FailOn } from './inputs';
import { countedFindings, readFullReport, type ReportedFile } from './report';
import { mapSummary } from './mapSummary';
import { jobSummary } from './summary';

export interface ActionIO {
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
}

const FAILING: Readonly<Record<FailOn, ReadonlySet<string>>> = {
  error: new Set(['error']),
  warning: new Set(['error', 'warning']),
  info: new Set(['error', 'warning', 'info']),
  never: new Set(),
};

export function runAction(io: ActionIO): number {
  let inputs: ActionInputs;
  try {
    inputs = readInputs(io.env);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stdout(`::error title=privatelink-lint::${error.message}\n`);
    return EXIT_USAGE;
  }
  const options = [
    ...(inputs.config ? ['--config', inputs.config] : []),
    ...(inputs.parameters ? ['--parameters', inputs.parameters] : []),
    ...(inputs.baseline ? ['--baseline', inputs.baseline] : []),
  ];
  const json = lint(io, [...options, '--format', 'json', ...(inputs.map ? ['--map'] : []), '--', ...inputs.paths]);
  if (json.status === EXIT_USAGE) {
    io.stdout(`::error title=privatelink-lint::${json.stderr.trim().split('\n')[0] ?? 'usage error'}\n`);
    return EXIT_USAGE;
  }
  const { files, maps } = readFullReport(json.stdout);
  if (inputs.annotations) for (const line of annotationLines(files)) io.stdout(`${line}\n`);

  if (inputs.sarifFile) {
    const sarif = lint(io, [...options, '--format', 'sarif', '--', ...inputs.paths]);
    const target = path.resolve(io.cwd, inputs.sarifFile);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, sarif.stdout);
  }

  const findings = files.flatMap(countedFindings);
  const failing = findings.filter((finding) => FAILING[inputs.failOn].has(finding.severity)).length;
  appendTo(io.env.GITHUB_STEP_SUMMARY, jobSummary(files, DOCS_BASE_URL.replace(/\/$/, '')) + (inputs.map ? mapSummary(maps) : ''));
  appendTo(io.env.GITHUB_OUTPUT, outputs(files, inputs));
  io.stdout(
    `privatelink-lint: ${findings.length} finding(s) in ${files.length} analysed file(s); ${failing} at or above '${inputs.failOn}'.\n`,
  );
  return failing > 0 ? 1 : 0;
}

function lint(io: ActionIO, argv: readonly string[]): { status: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const cliIO: CliIO = { cwd: io.cwd, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) };
  const status = runCli(argv, cliIO);
  // The CLI's own notes (files skipped, configuration problems) belong in the log.
  if (stderr) io.stderr(stderr);
  return { status, stdout, stderr };
}

function outputs(files: readonly ReportedFile[], inputs: ActionInputs): string {
  const count = (severity: string): number =>
    files.reduce((n, file) => n + countedFindings(file).filter((d) => d.severity === severity).length, 0);
  const lines = [
    `findings=${files.reduce((n, file) => n + countedFindings(file).length, 0)}`,
    `errors=${count('error')}`,
    `warnings=${count('warning')}`,
    ...(inputs.sarifFile ? [`sarif-file=${inputs.sarifFile}`] : []),
  ];
  return `${lines.join('\n')}\n`;
}

/** GitHub's files for summaries and outputs are appended to; outside a job (no variable) nothing is written. */
function appendTo(file: string | undefined, text: string): void {
  if (file) fs.appendFileSync(file, text);
}
