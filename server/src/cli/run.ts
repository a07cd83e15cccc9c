/** `privatelink-lint` end to end: arguments → files → engine → printer → exit status. Never throws. */
import * as path from 'node:path';
import {
  analyzeDocument,
  DEFAULT_MAX_FILE_SIZE,
  privateLinkMapOf,
  type PrivateLinkMap,
  describeRules,
  detectLanguage,
  type AnalysisHost,
  type FileRefusal,
  type AnalysisResult,
  type EngineFinding,
  type Language,
} from '../engine';
import { parseArgs, USAGE, UsageError, type CliOptions } from './args';
import { ConfigCache, ConfigError, type ProjectConfig } from '../node/config';
import { deployedFiles } from '../node/deploymentFiles';
import { describeFsError, discoverFiles, type InputFile } from '../node/discover';
import { escapeControls } from './escapeControls';
import { parameterFileShapeProblem } from './parameterFileShape';
import { readFileBounded } from '../node/readFileBounded';
import { PositionMapper } from './positions';
import { printJson } from './printJson';
import { printMermaid } from './printMap';
import { withPrintedFixes } from './printedFixes';
import { printSarif } from './printSarif';
import { printText } from './printText';
import { hasErrors, ReportBuilder, type LintReport } from './report';
import { toolVersion } from '../node/version';
import { explainRule, listRules } from './ruleCommands';
import { applyFixesInPasses } from '../node/fixLoop';
import { unifiedDiff } from './printDiff';
import { writeBaselineFile, writeFixedFiles } from './writeFiles';
import { baselineJson, fingerprintOf, readBaseline, withoutBaselined } from './baseline';

export interface CliIO {
  readonly cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export function runCli(argv: readonly string[], io: CliIO): number {
  try {
    return run(argv, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      io.stderr(`privatelink-lint: ${escapeControls(error.message)}\n`);
      if (error instanceof UsageError) io.stderr('Try "privatelink-lint --help".\n');
      return EXIT_USAGE;
    }
    io.stderr(`privatelink-lint: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT_USAGE;
  }
}

function run(argv: readonly string[], io: CliIO): number {
  const options = parseArgs(argv);
  if (options.help) {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  if (options.version) {
    io.stdout(`${toolVersion()}\n`);
    return EXIT_OK;
  }
  if (options.command?.kind === 'rules') {
    io.stdout(listRules(options.format));
    return EXIT_OK;
  }
  if (options.command?.kind === 'explain') {
    const explained = explainRule(options.command.id, __dirname);
    if ('problem' in explained) throw new UsageError(explained.problem);
    io.stdout(explained.text);
    return EXIT_OK;
  }

  const cwd = path.resolve(io.cwd);
  const knownRuleIds = new Set([...describeRules().map((rule) => rule.id), 'syntax-error', 'internal-error']);
  const configs = new ConfigCache(knownRuleIds);
  const fixedConfig = options.config !== undefined ? configs.load(path.resolve(cwd, options.config)) : undefined;
  const parameterFile = readParameterFile(options, cwd);
  const baseline = readBaselineOption(options, cwd);

  const discovery = discoverFiles(options.inputs, cwd);
  let usageProblem = discovery.errors.length > 0;
  for (const message of discovery.errors) io.stderr(`privatelink-lint: ${escapeControls(message)}\n`);

  const texts = new Map<string, string>();
  const displayPaths = new Map<string, string>();
  if (parameterFile) {
    texts.set(parameterFile.path, parameterFile.text);
    displayPaths.set(parameterFile.path, options.parameters!);
  }
  const host: AnalysisHost = {
    readFile: (file) => texts.get(file) ?? hostRead(file),
    workspaceRoot: workspaceRootFor([...discovery.files.map((file) => file.absPath), ...(parameterFile ? [parameterFile.path] : [])], cwd),
  };
  const warnedConfigs = new Set<string>();
  const displayPathFor = (absPath: string, producerDisplay: string): string =>
    displayPaths.get(absPath) ?? (path.isAbsolute(producerDisplay) ? absPath : path.relative(cwd, absPath) || absPath);

  for (const file of discovery.files) {
    displayPaths.set(file.absPath, file.displayPath);
  }

  // Read every input first: which files deploy which decides what is analysed on its own.
  const inputs: AnalysableInput[] = [];
  const skipped: { file: InputFile; language: Language; reason: string }[] = [];
  for (const file of discovery.files) {
    const read = readFileBounded(file.absPath, DEFAULT_MAX_FILE_SIZE);
    if (read.kind !== 'text') {
      // A file too large or in another encoding is still reported when its start shows it is something we analyse.
      const language = read.kind === 'refused' && read.head !== undefined ? detectLanguage(file.absPath, read.head) : undefined;
      if (language !== undefined) {
        skipped.push({ file, language, reason: read.reason });
      } else if (read.kind === 'refused' && read.head !== undefined) {
        if (file.explicit)
          io.stderr(`privatelink-lint: ${escapeControls(file.displayPath)}: not an ARM template, parameter file or Bicep file; skipped\n`);
      } else {
        io.stderr(`privatelink-lint: ${escapeControls(file.displayPath)}: ${read.reason}\n`);
        usageProblem = true;
      }
      continue;
    }
    const text = read.text;
    texts.set(file.absPath, text);
    const language = detectLanguage(file.absPath, text);
    if (language === undefined) {
      if (file.explicit)
        io.stderr(`privatelink-lint: ${escapeControls(file.displayPath)}: not an ARM template, parameter file or Bicep file; skipped\n`);
      continue;
    }
    inputs.push({ file, text, language });
  }

  /**
   * Analyses every deployment once, reading files through `texts` (which --fix updates between passes). `forPrinting`:
   * fixes are rendered as the output format prints them, so no analysis stays alive for its fixes.
   */
  const wantsMap = options.map === true || options.format === 'mermaid';
  let maps: PrivateLinkMap[] = [];
  const lintAll = (forPrinting: boolean): ReportBuilder => {
    const report = new ReportBuilder();
    maps = [];
    for (const { file, language, reason } of skipped) {
      report.ensureFile(file.absPath, file.displayPath, language);
      report.add(skippedFileFinding(file.absPath, reason));
    }
    const current = inputs.map((input) => ({ ...input, text: texts.get(input.file.absPath) ?? input.text }));
    for (const input of current) report.ensureFile(input.file.absPath, input.file.displayPath, input.language);
    for (const { file, text, language } of deploymentEntries(current)) {
      const config = fixedConfig ?? configs.forDirectory(path.dirname(file.absPath));
      if (config) warnOnce(config, warnedConfigs, io);

      const appliesParameters = parameterFile !== undefined && file.explicit && (language === 'arm' || language === 'bicep');
      const result = analyzeSafely(file.absPath, text, language, {
        ruleLevels: config?.rules,
        dns: config?.dns,
        host,
        parameterFile: appliesParameters ? parameterFile : undefined,
        keepSnapshot: wantsMap && forPrinting,
      });
      if (result.language === undefined) continue;
      // Built at once, so that no model outlives its analysis.
      const map = result.snapshot ? privateLinkMapOf(result.snapshot, result.findings) : undefined;
      if (map) maps.push(map);

      for (const [readPath, readText] of result.files) if (!texts.has(readPath)) texts.set(readPath, readText);
      for (const finding of result.findings) {
        if (!report.has(finding.path)) {
          const otherText = texts.get(finding.path) ?? readText(finding.path) ?? '';
          report.ensureFile(
            finding.path,
            displayPathFor(finding.path, file.displayPath),
            detectLanguage(finding.path, otherText) ?? result.language,
          );
          displayPaths.set(finding.path, displayPathFor(finding.path, file.displayPath));
        }
        report.add(forPrinting ? withPrintedFixes(finding, options.format) : finding);
      }
    }
    return report;
  };

  const displayPath = (absPath: string): string => displayPaths.get(absPath) ?? (path.relative(cwd, absPath) || absPath);
  if (options.fix) {
    const outcome = applyFixesInPasses(
      () =>
        lintAll(false)
          .files()
          .flatMap((file) => file.findings),
      texts,
    );
    for (const [file, titles] of outcome.refused) {
      io.stderr(
        `privatelink-lint: ${escapeControls(displayPath(file))}: left as it was: the fix "${escapeControls(titles[0])}" would not parse\n`,
      );
    }
    if (options.fix === 'dry-run') {
      io.stdout(unifiedDiff(outcome.changed, displayPath));
      if (usageProblem) return EXIT_USAGE;
      return outcome.findings.some((finding) => finding.severity === 'error') ? EXIT_FINDINGS : EXIT_OK;
    }
    const unwritten = writeFixedFiles(outcome.changed);
    for (const { path: file, error } of unwritten) {
      // The file keeps its old text, and the report below says what is in it.
      texts.set(file, outcome.changed.get(file)!.original);
      io.stderr(`privatelink-lint: ${escapeControls(displayPath(file))}: fixes not written: ${escapeControls(describeFsError(error))}\n`);
    }
    const written = outcome.changed.size - unwritten.length;
    io.stderr(
      unwritten.length === 0
        ? `privatelink-lint: ${outcome.applied} fix(es) applied in ${written} file(s)\n`
        : `privatelink-lint: fixes written to ${written} of ${outcome.changed.size} file(s)\n`,
    );
    if (unwritten.length > 0) usageProblem = true;
  }

  const textOf = (absPath: string): string => texts.get(absPath) ?? readText(absPath) ?? '';
  let files = lintAll(true).files();
  if (options.writeBaseline !== undefined) {
    const target = path.resolve(cwd, options.writeBaseline);
    try {
      writeBaselineFile(target, baselineJson(files, target, textOf));
    } catch (error) {
      // A folder that does not exist or may not be written to is the user's path to correct, not a crash.
      const reason = describeFsError(error);
      io.stderr(
        `privatelink-lint: --write-baseline ${escapeControls(options.writeBaseline)}: cannot be written: ${escapeControls(reason)}\n`,
      );
      return EXIT_USAGE;
    }
    const count = files.reduce((n, file) => n + file.findings.length, 0);
    io.stderr(`privatelink-lint: ${count} finding(s) recorded in ${escapeControls(options.writeBaseline)}\n`);
    return usageProblem ? EXIT_USAGE : EXIT_OK;
  }
  if (baseline) {
    const filtered = withoutBaselined(files, baseline.counts, baseline.path, textOf);
    files = filtered.files;
    if (filtered.hidden > 0) io.stderr(`privatelink-lint: ${filtered.hidden} finding(s) of the baseline not shown\n`);
  }
  const lintReport: LintReport = {
    files,
    displayPath,
    positions: new PositionMapper((file) => texts.get(file) ?? readText(file)),
    toolVersion: toolVersion(),
    cwd,
    fingerprint: (finding) => fingerprintOf(finding, textOf(finding.path)),
    ...(wantsMap ? { maps } : {}),
  };
  const printers = { text: printText, json: printJson, sarif: printSarif, mermaid: printMermaid } as const;
  io.stdout(printers[options.format](lintReport));

  if (usageProblem) return EXIT_USAGE;
  return hasErrors(files) ? EXIT_FINDINGS : EXIT_OK;
}

interface AnalysableInput {
  readonly file: InputFile;
  readonly text: string;
  readonly language: Language;
}

/**
 * The inputs to analyse, each deployment once: a template that another input deploys (a module, a linked
 * template, the `using` template of a `.bicepparam`) is analysed through that input, with the values it passes,
 * not again on its own. Parameter files are always entries (a `.bicepparam` analyses its template). Templates
 * only reachable through a cycle are analysed on their own. Discovery order is kept.
 */
export function deploymentEntries(inputs: readonly AnalysableInput[]): AnalysableInput[] {
  const byPath = new Map(inputs.map((input) => [input.file.absPath, input]));
  const deploys = new Map(
    inputs.map((input) => [input.file.absPath, deployedFiles(input.file.absPath, input.text, input.language).filter((p) => byPath.has(p))]),
  );
  const deployed = new Set([...deploys.values()].flat());
  const isTemplate = (input: AnalysableInput): boolean => input.language === 'arm' || input.language === 'bicep';
  const entries = inputs.filter((input) => !isTemplate(input) || !deployed.has(input.file.absPath));
  const covered = new Set<string>();
  const cover = (from: string): void => {
    if (covered.has(from)) return;
    covered.add(from);
    for (const next of deploys.get(from) ?? []) cover(next);
  };
  for (const entry of entries) cover(entry.file.absPath);
  for (const input of inputs) {
    if (covered.has(input.file.absPath)) continue;
    entries.push(input);
    cover(input.file.absPath);
  }
  const order = new Map(inputs.map((input, i) => [input.file.absPath, i]));
  return entries.sort((a, b) => order.get(a.file.absPath)! - order.get(b.file.absPath)!);
}

function readParameterFile(options: CliOptions, cwd: string): { path: string; text: string } | undefined {
  if (options.parameters === undefined) return undefined;
  const absPath = path.resolve(cwd, options.parameters);
  const read = readFileBounded(absPath, DEFAULT_MAX_FILE_SIZE);
  if (read.kind !== 'text') throw new UsageError(`--parameters ${options.parameters}: ${read.reason}`);
  const problem = parameterFileShapeProblem(read.text);
  if (problem) throw new UsageError(`--parameters ${options.parameters}: ${problem}`);
  return { path: absPath, text: read.text };
}

function readBaselineOption(options: CliOptions, cwd: string): { path: string; counts: Map<string, number> } | undefined {
  if (options.baseline === undefined) return undefined;
  const absPath = path.resolve(cwd, options.baseline);
  const read = readFileBounded(absPath, DEFAULT_MAX_FILE_SIZE);
  if (read.kind !== 'text') throw new UsageError(`--baseline ${options.baseline}: ${read.reason}`);
  return { path: absPath, counts: readBaseline(read.text, options.baseline) };
}

/** One finding for an input that is not read (too large, another encoding): it is reported, not skipped in silence. */
function skippedFileFinding(absPath: string, reason: string): EngineFinding {
  return wholeFileFinding(absPath, 'syntax-error', 'info', `File skipped: ${reason}.`);
}

/** A finding about a file as a whole (at its start), from the CLI rather than a rule. */
function wholeFileFinding(absPath: string, code: string, severity: EngineFinding['severity'], message: string): EngineFinding {
  return { code, severity, message, basedOn: [], parameterFiles: [], path: absPath, range: { start: 0, end: 0 }, related: [], fixes: [] };
}

/** The engine turns rule crashes into findings; this catches anything that still escapes, file by file. */
function analyzeSafely(absPath: string, text: string, language: Language, options: Parameters<typeof analyzeDocument>[1]): AnalysisResult {
  try {
    return analyzeDocument({ path: absPath, text, language }, options);
  } catch (error) {
    const message = `The analyzer failed on this file: ${error instanceof Error ? error.message : String(error)}`;
    const finding = wholeFileFinding(absPath, 'internal-error', 'error', message);
    return { language, findings: [finding], files: new Map([[absPath, text]]) };
  }
}

function warnOnce(config: ProjectConfig, warned: Set<string>, io: CliIO): void {
  if (warned.has(config.path)) return;
  warned.add(config.path);
  for (const warning of config.warnings) io.stderr(`privatelink-lint: warning: ${escapeControls(warning)}\n`);
}

/**
 * Files the engine may read (modules, parameter files): the working folder when every input is inside it,
 * else the deepest folder that holds all inputs.
 */
export function workspaceRootFor(absPaths: readonly string[], cwd: string): string {
  if (absPaths.every((p) => isInside(p, cwd))) return cwd;
  let root = path.dirname(absPaths[0]);
  for (const p of absPaths) while (!isInside(p, root)) root = path.dirname(root);
  return root;
}

function isInside(p: string, folder: string): boolean {
  const relative = path.relative(folder, p);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function readText(absPath: string): string | undefined {
  const read = readFileBounded(absPath, DEFAULT_MAX_FILE_SIZE);
  return read.kind === 'text' ? read.text : undefined;
}

/** What the engine gets for a file it names: the text, a refusal it reports, or undefined for a missing file. */
function hostRead(absPath: string): string | FileRefusal | undefined {
  const read = readFileBounded(absPath, DEFAULT_MAX_FILE_SIZE);
  if (read.kind === 'text') return read.text;
  return read.kind === 'refused' ? { refused: read.reason } : undefined;
}
