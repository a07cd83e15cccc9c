/**
 * The workspace's templates, parameter files and Bicep files, kept current: a bounded scan of the workspace
 * folders (respecting `files.exclude`, skipping `node_modules` and `.git`), updated file by file from watched-file
 * events and open documents. For each file it knows what the file deploys (modules, linked templates, the `using`
 * template), so it can tell which templates are deployments of their own, which are modules of others, and which
 * parameter files belong to a template.
 *
 * The limit counts files that are templates, parameter files or Bicep, decided from the head of each JSON file (most
 * JSON files of a workspace are something else). When a workspace has more, the files that matter to the open
 * documents go in first (the documents, the files next to them and the files they deploy), and a document opened
 * later brings its neighbours in past the limit, so a template does not lose its parameter files to unrelated ones.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { detectLanguage, type Language } from '../engine';
import { stripBom } from '../node/config';
import { deployedFiles, templatesNamedBy } from '../node/deploymentFiles';
import { isCandidateFile } from '../node/discover';
import { readFileBoundedAsync, readFileHeadAsync } from '../node/readFileBounded';
import type { PathMatcher } from './globs';

export const DEFAULT_MAX_INDEXED_FILES = 5000;
const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', '.git']);
const SCHEMA_PROBE_BYTES = 4096;
const READ_CONCURRENCY = 16;
/** File names the scan looks at per indexed file at most: it reads the head of each, so the scan stays bounded. */
const CANDIDATES_PER_INDEXED_FILE = 10;
/** Files next to an opened document brought into a full index at most (the folder may be huge too). */
const MAX_NEIGHBOURS = 200;

export interface IndexedFile {
  readonly path: string;
  readonly language: Language;
  /** What the file deploys or applies to (absolute paths), estimated from its text. */
  readonly deploys: readonly string[];
}

export interface IndexLimits {
  readonly maxFiles: number;
  /** Bytes; larger files are left out. */
  readonly maxFileSize: number;
}

export interface IndexFolder {
  readonly path: string;
  readonly excluded: PathMatcher;
}

export class WorkspaceIndex {
  private files = new Map<string, IndexedFile>();
  private folders: IndexFolder[] = [];
  private derived: Derived | undefined;
  private scan: Promise<void>;
  private scanGeneration = 0;
  private firstScanDone!: () => void;
  /** Set when the last scan stopped at the file limit. */
  truncated = false;
  /** What the last scan left out, said to the user (undefined when nothing was left out). */
  truncationMessage: string | undefined;

  constructor(
    private limits: IndexLimits,
    /** Text of an open document (it wins over the disk), undefined when not open. */
    private readonly openText: (filePath: string) => string | undefined,
    private readonly warn: (message: string) => void = () => undefined,
    /** Paths of the open documents: what they use is indexed first. */
    private readonly openPaths: () => readonly string[] = () => [],
  ) {
    // Nothing is analysed before the first scan: a template's parameter files and users decide how it is analysed.
    this.scan = new Promise((resolve) => (this.firstScanDone = resolve));
  }

  /** Resolves when the current scan is complete. */
  get ready(): Promise<void> {
    return this.scan;
  }

  get size(): number {
    return this.files.size;
  }

  /** Scans the folders afresh (startup, folders or `files.exclude` changed). */
  rebuild(folders: readonly IndexFolder[], limits: IndexLimits = this.limits): Promise<void> {
    this.folders = [...folders];
    this.limits = limits;
    const generation = ++this.scanGeneration;
    this.scan = this.scanAll(generation)
      .catch((error: unknown) => this.warn(`Indexing the workspace failed: ${String(error)}`))
      .finally(() => this.firstScanDone());
    return this.scan;
  }

  private async scanAll(generation: number): Promise<void> {
    const found = new Map<string, IndexedFile>();
    let walkStopped = false;
    const candidates: string[] = [];
    for (const folder of this.folders) {
      if (!(await this.walk(folder, folder.path, candidates))) {
        walkStopped = true;
        break;
      }
    }
    const ordered = this.byRelevance(candidates);
    let probed = 0;
    // Only files that turn out to be templates, parameter files or Bicep count towards the limit.
    while (probed < ordered.length && found.size < this.limits.maxFiles) {
      const batch = ordered.slice(probed, probed + Math.min(READ_CONCURRENCY, this.limits.maxFiles - found.size));
      probed += batch.length;
      const entries = await Promise.all(batch.map((file) => this.read(file)));
      if (generation !== this.scanGeneration) return;
      for (const entry of entries) if (entry) found.set(entry.path, entry);
    }
    if (generation !== this.scanGeneration) return;
    this.files = found;
    this.truncated = walkStopped || probed < ordered.length;
    this.derived = undefined;
    this.truncationMessage = undefined;
    if (!this.truncated) return;
    const notRead = ordered.length - probed;
    this.truncationMessage =
      `The workspace has more templates, parameter files and Bicep files than the ${this.limits.maxFiles} the Private Link analyzer indexes` +
      (walkStopped ? ` (it stopped looking after ${candidates.length} .json, .jsonc, .bicep and .bicepparam files)` : '') +
      `: ${notRead} file${notRead === 1 ? ' was' : 's were'} left out, those furthest from the open documents. ` +
      'A deployment that uses a file left out may be analysed without its parameter files or the templates that deploy it. ' +
      'Exclude folders you do not need with files.exclude.';
    this.warn(this.truncationMessage);
  }

  /**
   * Candidates in the order the limit keeps them: the open documents, then the files next to them and the files
   * they deploy, then the rest in folder order.
   */
  private byRelevance(candidates: readonly string[]): string[] {
    const open = new Set(this.openPaths());
    if (open.size === 0) return [...candidates];
    const near = new Set<string>();
    const folders = new Set<string>();
    for (const openPath of open) {
      folders.add(path.dirname(openPath));
      const text = this.openText(openPath);
      for (const deployed of text === undefined ? [] : (this.entryFor(openPath, text)?.deploys ?? [])) near.add(deployed);
    }
    const rank = (file: string): number => (open.has(file) ? 0 : near.has(file) || folders.has(path.dirname(file)) ? 1 : 2);
    return candidates
      .map((file, i) => ({ file, i, rank: rank(file) }))
      .sort((a, b) => a.rank - b.rank || a.i - b.i)
      .map(({ file }) => file);
  }

  /** False when the file limit was reached. */
  private async walk(folder: IndexFolder, dir: string, out: string[]): Promise<boolean> {
    let entries: fs.Dirent[];
    try {
      entries = await fs.promises.readdir(dir, { withFileTypes: true });
    } catch {
      return true;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (folder.excluded(path.relative(folder.path, full))) continue;
      if (entry.isDirectory()) {
        if (SKIPPED_FOLDERS.has(entry.name)) continue;
        if (!(await this.walk(folder, full, out))) return false;
      } else if ((entry.isFile() || entry.isSymbolicLink()) && isCandidateFile(entry.name)) {
        if (out.length >= this.limits.maxFiles * CANDIDATES_PER_INDEXED_FILE) return false;
        out.push(full);
      }
    }
    return true;
  }

  /** Whether a path may be indexed: inside a folder, a candidate name, not excluded. */
  covers(filePath: string): boolean {
    if (!isCandidateFile(filePath)) return false;
    const folder = this.folderOf(filePath);
    if (!folder) return false;
    const relative = path.relative(folder.path, filePath);
    return !folder.excluded(relative) && !relative.split(path.sep).some((segment) => SKIPPED_FOLDERS.has(segment));
  }

  private folderOf(filePath: string): IndexFolder | undefined {
    let best: IndexFolder | undefined;
    for (const folder of this.folders) {
      const relative = path.relative(folder.path, filePath);
      if (relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) && (!best || folder.path.length > best.path.length))
        best = folder;
    }
    return best;
  }

  /** Reads a file from disk (or its open document) into an entry; undefined when it is not a template file. */
  private async read(filePath: string): Promise<IndexedFile | undefined> {
    const open = this.openText(filePath);
    if (open !== undefined) return this.entryFor(filePath, open);
    const lower = filePath.toLowerCase();
    if (lower.endsWith('.json') || lower.endsWith('.jsonc')) {
      // Most JSON files are not templates: decide from the head before reading the whole file.
      const head = await readFileHeadAsync(filePath, SCHEMA_PROBE_BYTES);
      const language = head === undefined ? undefined : detectLanguage(filePath, stripBom(head));
      if (language === undefined) return undefined;
      if (language === 'arm-parameters') return { path: filePath, language, deploys: [] };
    }
    // Regular files within the size limit only, checked before reading; never a named pipe or a device.
    const read = await readFileBoundedAsync(filePath, this.limits.maxFileSize);
    return read.kind === 'text' ? this.entryFor(filePath, read.text) : undefined;
  }

  private entryFor(filePath: string, text: string): IndexedFile | undefined {
    const language = detectLanguage(filePath, text);
    if (language === undefined) return undefined;
    return { path: filePath, language, deploys: deployedFiles(filePath, text, language) };
  }

  /**
   * An open document's text changed (or it was opened): its entry follows the text.
   * True when what the index knows changed (the file appeared, went, or deploys other files).
   */
  updateFromText(filePath: string, text: string): boolean {
    if (!this.covers(filePath)) return false;
    // An open document is indexed even when the index is full.
    return this.set(filePath, text.length > this.limits.maxFileSize ? undefined : this.entryFor(filePath, text), true);
  }

  /**
   * A document was opened while the index is full: the files next to it and those it deploys or applies to are
   * indexed too, past the limit, so it is analysed with its parameter files and modules. True when the index changed.
   */
  async admitNeighbours(filePath: string): Promise<boolean> {
    await this.scan;
    if (!this.truncated) return false;
    const entry = this.files.get(filePath);
    const related = new Set<string>([filePath, ...(entry?.deploys ?? [])]);
    if (entry?.language === 'arm-parameters') for (const template of templatesNamedBy(filePath)) related.add(template);
    try {
      const names = (await fs.promises.readdir(path.dirname(filePath))).filter((name) => isCandidateFile(name)).sort();
      for (const name of names.slice(0, MAX_NEIGHBOURS)) related.add(path.join(path.dirname(filePath), name));
    } catch {
      // No folder to look in (an unsaved document): only what it names.
    }
    let changed = false;
    for (const file of related) {
      if (this.files.has(file) || !this.covers(file)) continue;
      changed = this.set(file, await this.read(file), true) || changed;
    }
    return changed;
  }

  /** Files changed on disk (created, changed, deleted). True when what the index knows changed. */
  async updateFromDisk(paths: readonly string[]): Promise<boolean> {
    await this.scan;
    let changed = false;
    // Next to an open document, a new file goes in even when the index is full (as when the document was opened).
    const openFolders = new Set(this.openPaths().map((openPath) => path.dirname(openPath)));
    for (const filePath of paths) {
      if (!this.covers(filePath)) continue;
      const nearOpen = openFolders.has(path.dirname(filePath));
      if (!this.files.has(filePath) && !nearOpen && this.files.size >= this.limits.maxFiles) continue;
      changed = this.set(filePath, await this.read(filePath), nearOpen) || changed;
    }
    return changed;
  }

  private set(filePath: string, entry: IndexedFile | undefined, pastTheLimit = false): boolean {
    const previous = this.files.get(filePath);
    if (!entry) {
      if (!previous) return false;
      this.files.delete(filePath);
    } else {
      if (previous && previous.language === entry.language && sameList(previous.deploys, entry.deploys)) return false;
      if (!previous && !pastTheLimit && this.files.size >= this.limits.maxFiles) return false;
      this.files.set(filePath, entry);
    }
    this.derived = undefined;
    return true;
  }

  get(filePath: string): IndexedFile | undefined {
    return this.files.get(filePath);
  }

  all(): IterableIterator<IndexedFile> {
    return this.files.values();
  }

  /** The templates and Bicep files that deploy `filePath` (parameter files are not counted). */
  usersOf(filePath: string): readonly string[] {
    return this.derive().users.get(filePath) ?? [];
  }

  /** JSON parameter files named after the template, and `.bicepparam` files whose `using` names it, sorted. */
  parameterFilesOf(template: string): readonly string[] {
    return this.derive().parameterFiles.get(template) ?? [];
  }

  /** The templates a parameter file applies to (by name for JSON, by `using` for `.bicepparam`). */
  templatesOf(parameterFile: string): readonly string[] {
    const entry = this.files.get(parameterFile);
    if (entry?.language === 'bicep-params') return entry.deploys.filter((t) => isTemplate(this.files.get(t)));
    if (entry?.language === 'arm-parameters') return templatesNamedBy(parameterFile).filter((t) => isTemplate(this.files.get(t)));
    return [];
  }

  /** Every file `template` deploys, directly or through other files, itself included. */
  closureOf(template: string): ReadonlySet<string> {
    const derived = this.derive();
    let closure = derived.closures.get(template);
    if (!closure) {
      const found = new Set<string>();
      const stack = [template];
      while (stack.length > 0) {
        const next = stack.pop()!;
        if (found.has(next)) continue;
        found.add(next);
        for (const deployed of this.files.get(next)?.deploys ?? []) stack.push(deployed);
      }
      closure = found;
      derived.closures.set(template, closure);
    }
    return closure;
  }

  private derive(): Derived {
    if (this.derived) return this.derived;
    const users = new Map<string, string[]>();
    const parameterFiles = new Map<string, string[]>();
    const addTo = (map: Map<string, string[]>, key: string, value: string): void => {
      const list = map.get(key);
      if (list) list.push(value);
      else map.set(key, [value]);
    };
    for (const entry of this.files.values()) {
      if (entry.language === 'arm-parameters' || entry.language === 'bicep-params') {
        for (const template of this.templatesOf(entry.path)) addTo(parameterFiles, template, entry.path);
      } else {
        for (const deployed of entry.deploys) addTo(users, deployed, entry.path);
      }
    }
    for (const list of parameterFiles.values()) list.sort();
    this.derived = { users, parameterFiles, closures: new Map() };
    return this.derived;
  }
}

interface Derived {
  readonly users: Map<string, string[]>;
  readonly parameterFiles: Map<string, string[]>;
  readonly closures: Map<string, ReadonlySet<string>>;
}

export function isTemplate(entry: IndexedFile | undefined): boolean {
  return entry?.language === 'arm' || entry?.language === 'bicep';
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
