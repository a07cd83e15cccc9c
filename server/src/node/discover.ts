/**
 * Which file names may hold something to analyse (`isCandidateFile`, also the language server's workspace scan), and
 * command-line inputs turned into the list of files to analyse: files as given, folders searched recursively.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface InputFile {
  readonly absPath: string;
  /** As given on the command line, or the input folder joined with the path found inside it. */
  readonly displayPath: string;
  /** Named on the command line (rather than found in a folder). */
  readonly explicit: boolean;
}

export interface Discovery {
  readonly files: readonly InputFile[];
  /** Inputs that do not exist or cannot be read (exit status 2). */
  readonly errors: readonly string[];
}

const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', '.git']);
const CANDIDATE_EXTENSIONS = ['.json', '.jsonc', '.bicep', '.bicepparam'];

export function isCandidateFile(name: string): boolean {
  const lower = name.toLowerCase();
  return CANDIDATE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

export function discoverFiles(inputs: readonly string[], cwd: string): Discovery {
  const files: InputFile[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  const add = (file: InputFile): void => {
    if (seen.has(file.absPath)) return;
    seen.add(file.absPath);
    files.push(file);
  };

  for (const input of inputs) {
    const absPath = path.resolve(cwd, input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absPath);
    } catch (error) {
      errors.push(`${input}: ${describeFsError(error)}`);
      continue;
    }
    if (stat.isDirectory()) {
      walk(absPath, input, add, errors);
    } else if (stat.isFile()) {
      add({ absPath, displayPath: input, explicit: true });
    } else {
      errors.push(`${input}: not a file or folder`);
    }
  }
  return { files, errors };
}

function walk(dir: string, displayDir: string, add: (file: InputFile) => void, errors: string[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    errors.push(`${displayDir}: ${describeFsError(error)}`);
    return;
  }
  // Sorted so that output and exit status do not depend on the file system's order.
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const absPath = path.join(dir, entry.name);
    const displayPath = path.join(displayDir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) walk(absPath, displayPath, add, errors);
    } else if (isCandidateFile(entry.name)) {
      // Symbolic links to files are followed; links to folders are not, which rules out cycles.
      if (entry.isFile() || (entry.isSymbolicLink() && isFile(absPath))) {
        add({ absPath, displayPath, explicit: false });
      }
    }
  }
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    default:
      return code ?? String(error);
  }
}
