/** Parses `privatelink-lint` arguments into options; anything malformed is a {@link UsageError} (exit status 2). */

export type OutputFormat = 'text' | 'json' | 'sarif' | 'mermaid';

export interface CliOptions {
  readonly format: OutputFormat;
  /** `--map`: the JSON output also holds the Private Link map of each analysed deployment (`--format mermaid` prints only the map). */
  readonly map?: boolean;
  /** A JSON parameter file applied to the templates named on the command line. */
  readonly parameters?: string;
  /** A `.privatelink.json` used instead of the nearest one. */
  readonly config?: string;
  readonly inputs: readonly string[];
  readonly help: boolean;
  readonly version: boolean;
  /** `--fix`: write each finding's preferred fix; `--fix-dry-run`: print them as a unified diff instead. */
  readonly fix?: 'write' | 'dry-run';
  /** `--baseline <file>`: hide the findings recorded there. */
  readonly baseline?: string;
  /** `--write-baseline <file>`: record today's findings there (and report none). */
  readonly writeBaseline?: string;
  /** `rules`: list the rules; `explain <id>`: print a rule's documentation. Otherwise lint the inputs. */
  readonly command?: { readonly kind: 'rules' } | { readonly kind: 'explain'; readonly id: string };
}

export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `Usage: privatelink-lint [options] <file-or-folder>...
       privatelink-lint rules [--format text|json]
       privatelink-lint explain <rule-id>

Checks Azure Private Link set-ups in ARM JSON templates, ARM parameter files, Bicep and .bicepparam files.
Folders are searched recursively (node_modules and .git are skipped).

Options:
  --format <text|json|sarif|mermaid>
                              Output format (default: text, one "path:line:col: severity code message" per finding;
                              mermaid: the Private Link map of each deployment as a Mermaid flowchart)
  --map                       With --format json: add the Private Link map of each deployment ("maps")
  --parameters <file>         Analyse the templates named on the command line with this JSON parameter file
  --config <file>             Use this .privatelink.json instead of the nearest one
  --fix                       Apply each finding's preferred fix to the files, then report what is left
  --fix-dry-run               Print the fixes --fix would apply as a unified diff (nothing is written)
  --baseline <file>           Report only findings not recorded in this baseline
  --write-baseline <file>     Record today's findings in this baseline file (and report none)
  -h, --help                  Show this help
  -v, --version               Show the version

  rules                       List the rules (id, default level, title); a folder named "rules" is ./rules
  explain <rule-id>           Print a rule's documentation

Exit status: 0 no error-level finding, 1 at least one, 2 bad usage or unreadable path.
`;

const FORMATS: ReadonlySet<string> = new Set(['text', 'json', 'sarif', 'mermaid']);

export function parseArgs(argv: readonly string[]): CliOptions {
  if (argv[0] === 'rules' || argv[0] === 'explain') return parseCommand(argv);
  let format: OutputFormat = 'text';
  let parameters: string | undefined;
  let config: string | undefined;
  let help = false;
  let version = false;
  let fix: CliOptions['fix'];
  let baseline: string | undefined;
  let writeBaseline: string | undefined;
  let map = false;
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
        if (!FORMATS.has(value)) throw new UsageError(`--format must be text, json, sarif or mermaid, not "${value}"`);
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
      case '--baseline':
        if (baseline !== undefined) throw new UsageError('--baseline may be given once');
        baseline = takeValue();
        break;
      case '--write-baseline':
        if (writeBaseline !== undefined) throw new UsageError('--write-baseline may be given once');
        writeBaseline = takeValue();
        break;
      case '--map':
        map = true;
        break;
      case '--fix':
      case '--fix-dry-run':
        if (fix !== undefined) throw new UsageError('--fix and --fix-dry-run may be given once, and not together');
        fix = name === '--fix' ? 'write' : 'dry-run';
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
    if (inlineValue !== undefined && !['--format', '--parameters', '--config', '--baseline', '--write-baseline'].includes(name)) {
      throw new UsageError(`${name} takes no value`);
    }
  }

  if (!help && !version && inputs.length === 0) throw new UsageError('no file or folder given');
  if (fix === 'dry-run' && format !== 'text') throw new UsageError('--fix-dry-run prints a diff: it takes no --format');
  if (map && format !== 'json')
    throw new UsageError('--map adds the map to the JSON output: it goes with --format json (--format mermaid prints the map alone)');
  if (format === 'mermaid' && (fix !== undefined || writeBaseline !== undefined))
    throw new UsageError('--format mermaid prints the map: it does not go with --fix or --write-baseline');
  if (baseline !== undefined && writeBaseline !== undefined)
    throw new UsageError('--baseline and --write-baseline cannot be given together');
  if (writeBaseline !== undefined && fix === 'dry-run')
    throw new UsageError('--write-baseline records findings: it does not go with --fix-dry-run');
  return {
    format,
    parameters,
    config,
    inputs,
    help,
    version,
    ...(fix ? { fix } : {}),
    ...(baseline !== undefined ? { baseline } : {}),
    ...(writeBaseline !== undefined ? { writeBaseline } : {}),
    ...(map ? { map } : {}),
  };
}

/** `rules [--format text|json]` and `explain <rule-id>`: the words a user types to learn about the rules. */
function parseCommand(argv: readonly string[]): CliOptions {
  const base = { format: 'text' as OutputFormat, inputs: [], help: false, version: false };
  if (argv[0] === 'explain') {
    if (argv.length !== 2 || argv[1].startsWith('-'))
      throw new UsageError('explain takes one rule id, e.g. "privatelink-lint explain pe-dns-zone-group"');
    return { ...base, command: { kind: 'explain', id: argv[1] } };
  }
  let format: OutputFormat = 'text';
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i];
    const value = arg === '--format' ? argv[++i] : arg.startsWith('--format=') ? arg.slice('--format='.length) : undefined;
    if (value === undefined) throw new UsageError(`rules takes only --format, not "${arg}"`);
    if (value !== 'text' && value !== 'json') throw new UsageError(`rules --format must be text or json, not "${value}"`);
    format = value;
  }
  return { ...base, format, command: { kind: 'rules' } };
}
