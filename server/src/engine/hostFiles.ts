/**
 * How lowering reads the other files a deployment names (modules, `using`, linked templates, `loadTextContent`,
 * imports): through the caller's host, within the file size limit, with every refusal reported where the file is
 * named. Which folder may be read is decided here once, for the whole analysis.
 */
import type { AnalysisHost } from './api';
import type { Location } from './model/model';
import type { ModelBuilder } from './model/modelBuilder';

/** Files above this many UTF-16 code units (8 MB) are not analysed, nor read as modules or linked templates. */
export const DEFAULT_MAX_FILE_SIZE = 8 * 1024 * 1024;

/** Where a file is named, so that a refusal to read it is reported there. */
export interface ReadRequest {
  readonly at: Location;
  /** The path as the author wrote it. */
  readonly written: string;
}

/** Text of a file the host may read, or undefined (missing, refused, or no host). */
export type FileReader = (path: string, request?: ReadRequest) => string | undefined;

/** What lowering may read: a reader and the folder reads must stay in. */
export interface ReadScope {
  readonly readFile?: FileReader;
  readonly workspaceRoot?: string;
}

/**
 * Without a workspace root, the analysed file's own folder tree (as `AnalysisHost.workspaceRoot` says). A file
 * without a folder (an unsaved `untitled:` document) reads nothing at all.
 */
export function readScope(host: AnalysisHost | undefined, analysedPath: string, builder: ModelBuilder, maxFileSize: number): ReadScope {
  if (!host) return {};
  const workspaceRoot = host.workspaceRoot ?? folderOf(analysedPath);
  if (workspaceRoot === undefined) return {};
  // One answer per path for the whole analysis: a module used ten times is read (and checked) once.
  const answers = new Map<string, ReturnType<AnalysisHost['readFile']>>();
  const readFile: FileReader = (path, request) => {
    let answer = answers.get(path);
    if (!answers.has(path)) {
      answer = host.readFile(path);
      answers.set(path, answer);
    }
    if (answer === undefined) return undefined;
    if (typeof answer !== 'string') return refuse(answer.refused);
    // The host checks sizes on disk; open documents and other hosts' texts are checked here.
    if (answer.length > maxFileSize)
      return refuse(
        `${Math.ceil(answer.length / 1024)} KB is above the ${Math.round(maxFileSize / 1024)} KB limit (setting privateLink.maxFileSizeKb)`,
      );
    return answer;

    function refuse(reason: string): undefined {
      if (request) builder.diagnostic(request.at, `'${request.written}' is not read: ${reason}.`, 'warning');
      return undefined;
    }
  };
  return { readFile, workspaceRoot };
}

/**
 * A file named outside the workspace boundary (SECURITY.md) is not read. Azure would read it, so this is no error in
 * the template (and must not fail a CI run): a warning, like every other file that is not read, says where and why
 * the analysis stops.
 */
export function reportOutsideWorkspace(builder: ModelBuilder, at: Location, message: string): void {
  builder.diagnostic(at, message, 'warning');
}

/** The folder of an absolute path (POSIX, drive letter or UNC), undefined for anything else. */
export function folderOf(path: string): string | undefined {
  if (!/^(\/|[A-Za-z]:[\\/]|\\\\)/.test(path)) return undefined;
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  const folder = path.slice(0, cut);
  return folder === '' || /^[A-Za-z]:$/.test(folder) ? path.slice(0, cut + 1) : folder;
}
