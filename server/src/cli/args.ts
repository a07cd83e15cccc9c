/** Parses `privatelink-lint` arguments into options; anything malformed is a {@link UsageError} (exit status 2). */

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface CliOptions {
  readonly format: OutputFormat;
  /** A JSON parameter file applied to the templates named on the command line. */
  readonly parameters?: string;
  /** A `.privatelink.json` used instead of the nearest one. */
  readonly config?: string;
  readonly inputs: readonly string[];
  readonly help: boolean;
  readonly version: boolean;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `Usage: privatelink-lint [options] <file-or-folder>...

Checks Azure Private Link set-ups in ARM JSON templates, ARM parameter files, Bicep and .bicepparam files.
Folders are searched recursively (node_modules and .git are skipped).

Options:
  --format <text|json|sarif>  Output format (default: text, one "path:line:col: severity code message" per finding)
  --parameters <file>         Analyse the templates named on the command line with this JSON parameter file
  --config <file>             Use this .privatelink.json instead of the nearest one
  -h, --help                  Show this help
  -v, --version               Show the version

Exit status: 0 no error-level finding, 1 at least one, 2 bad usage or unreadable path.
`;

const FORMATS: ReadonlySet<string> = new Set(['text', 'json', 'sarif']);

export function parseArgs(argv: readonly string[]): CliOptions {
  let format: OutputFormat = 'text';
  let parameters: string | undefined;
  let config: string | undefined;
  let help = false;
  let version = false;
  const inputs: string[] = [];

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      inputs.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      inputs.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inlineValue = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : undefined;
    const takeValue = (): string => {
      if (inlineValue !== undefined) {
        if (inlineValue === '') throw new UsageError(`${name} needs a value`);
        return inlineValue;
      }
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('-') && next !== '-')) throw new UsageError(`${name} needs a value`);
      i++;
      return next;
    };
    switch (name) {
      case '--format': {
        const value = takeValue();
        if (!FORMATS.has(value)) throw new UsageError(`--format must be text, json or sarif, not "${value}"`);
        format = value as OutputFormat;
        break;
      }
      case '--parameters':
        if (parameters !== undefined) throw new UsageError('--parameters may be given once');
        parameters = takeValue();
        break;
      case '--config':
        if (config !== undefined) throw new UsageError('--config may be given once');
        config = takeValue();
        break;
      case '-h':
      case '--help':
        help = true;
        break;
      case '-v':
      case '--version':
        version = true;
        break;
      default:
        throw new UsageError(`unknown option ${name}`);
    }
    if (inlineValue !== undefined && !['--format', '--parameters', '--config'].includes(name)) {
      throw new UsageError(`${name} takes no value`);
    }
  }

  if (!help && !version && inputs.length === 0) throw new UsageError('no file or folder given');
  return { format, parameters, config, inputs, help, version };
}
