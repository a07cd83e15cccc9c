/**
 * What the server knows about the workspace: open documents, workspace folders, config files. It prepares
 * engine requests for a document (language, rule levels, a host that reads open documents before the disk).
 */
import * as path from 'node:path';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocuments } from 'vscode-languageserver/node';
import {
  DEFAULT_MAX_FILE_SIZE,
  detectLanguage,
  describeRules,
  type AnalysisHost,
  type AnalysisOptions,
  type AnalysisRequest,
  type FileRefusal,
  type Language,
} from '../engine';
import { ConfigCache, ConfigError, mergeRuleLevels, type ProjectConfig } from '../node/config';
import { readFileBounded } from '../node/readFileBounded';
import type { Logger } from './log';
import type { ServerSettings } from './settings';
import { pathToUri, uriToPath } from './convert';
import type { Unit } from './deployments';

export interface PreparedAnalysis {
  readonly request: AnalysisRequest;
  readonly options: AnalysisOptions;
}

export class WorkspaceState {
  readonly configs: ConfigCache;
  readonly documentedRules: ReadonlySet<string>;
  /** The client's editor reports JSON syntax errors itself (initialization option, see hostSyntax.ts). */
  hostReportsJsonSyntax = false;
  private folders: string[] = [];

  constructor(
    readonly documents: TextDocuments<TextDocument>,
    private readonly logger: Logger,
  ) {
    this.documentedRules = new Set(describeRules().map((rule) => rule.id));
    this.configs = new ConfigCache(new Set([...this.documentedRules, 'syntax-error', 'internal-error']));
  }

  setWorkspaceFolders(uris: readonly string[]): void {
    this.folders = uris.filter((uri) => uri.startsWith('file:')).map(uriToPath);
  }

  addWorkspaceFolders(added: readonly string[], removed: readonly string[]): void {
    const removedPaths = new Set(removed.map(uriToPath));
    this.folders = [
      ...this.folders.filter((folder) => !removedPaths.has(folder)),
      ...added.filter((u) => u.startsWith('file:')).map(uriToPath),
    ];
  }

  /** The workspace folder holding `filePath` (the deepest one), undefined outside every folder. */
  folderOf(filePath: string): string | undefined {
    let best: string | undefined;
    for (const folder of this.folders) {
      const relative = path.relative(folder, filePath);
      if (!relative.startsWith('..') && !path.isAbsolute(relative) && (!best || folder.length > best.length)) best = folder;
    }
    return best;
  }

  /** The config files changed on disk. */
  configsChanged(): void {
    this.configs.clear();
    this.logger.reset();
  }

  /** Open documents by engine path, so findings in other files map to the URI spelling the client uses. */
  openUriOf(filePath: string): string | undefined {
    for (const document of this.documents.all()) if (uriToPath(document.uri) === filePath) return document.uri;
    return undefined;
  }

  uriOf(filePath: string): string {
    return this.openUriOf(filePath) ?? pathToUri(filePath);
  }

  /** The open document at an engine path. */
  openDocumentOf(filePath: string): TextDocument | undefined {
    const uri = this.openUriOf(filePath);
    return uri ? this.documents.get(uri) : undefined;
  }

  /** An open document's text, else the file's on disk when it is a regular UTF-8 file within `maxBytes`. */
  textOf(filePath: string, maxBytes = DEFAULT_MAX_FILE_SIZE): string | undefined {
    const answer = this.readForEngine(filePath, maxBytes);
    return typeof answer === 'string' ? answer : undefined;
  }

  /** What the engine gets for a file a document names: the text, or why it is not read (reported there). */
  private readForEngine(filePath: string, maxBytes: number): string | FileRefusal | undefined {
    const uri = this.openUriOf(filePath);
    if (uri) return this.documents.get(uri)?.getText();
    if (!path.isAbsolute(filePath)) return undefined;
    const read = readFileBounded(filePath, maxBytes);
    if (read.kind === 'text') return read.text;
    return read.kind === 'refused' ? { refused: read.reason } : undefined;
  }

  versionOf(uri: string): number | null {
    return this.documents.get(uri)?.version ?? null;
  }

  get workspaceFolders(): readonly string[] {
    return this.folders;
  }

  /** Undefined when the document is not something the engine analyses (plain JSON, an unknown language). */
  prepare(document: TextDocument, settings: ServerSettings): PreparedAnalysis | undefined {
    const filePath = uriToPath(document.uri);
    const language = languageOf(document, filePath);
    if (!language) return undefined;
    return this.prepared(filePath, document.getText(), language, document.uri.startsWith('file:'), settings);
  }

  /**
   * The engine request for one deployment: its document (open or on disk) and, for a JSON parameter file, the
   * parameter file. Undefined when the document cannot be read or is not something the engine analyses.
   */
  prepareUnit(unit: Unit, settings: ServerSettings): PreparedAnalysis | undefined {
    const openUri = this.openUriOf(unit.document);
    const document = openUri ? this.documents.get(openUri) : undefined;
    if (document) {
      const prepared = this.prepare(document, settings);
      return prepared && this.withParameterFile(prepared, unit, settings);
    }
    const text = this.textOf(unit.document, settings.maxFileSizeKb * 1024);
    if (text === undefined || text.length > settings.maxFileSizeKb * 1024) return undefined;
    const language = detectLanguage(unit.document, text);
    if (!language) return undefined;
    return this.withParameterFile(this.prepared(unit.document, text, language, path.isAbsolute(unit.document), settings), unit, settings);
  }

  private withParameterFile(prepared: PreparedAnalysis, unit: Unit, settings: ServerSettings): PreparedAnalysis | undefined {
    if (unit.parameterKind !== 'json' || !unit.parameterFile) return prepared;
    const text = this.textOf(unit.parameterFile, settings.maxFileSizeKb * 1024);
    if (text === undefined) return prepared;
    return { ...prepared, options: { ...prepared.options, parameterFile: { path: unit.parameterFile, text } } };
  }

  private prepared(filePath: string, text: string, language: Language, isFile: boolean, settings: ServerSettings): PreparedAnalysis {
    const project = this.projectConfig(isFile ? path.dirname(filePath) : this.folders[0]);
    const maxBytes = settings.maxFileSizeKb * 1024;
    const host: AnalysisHost = {
      // Unsaved edits of an open module count, as the user sees them. A document that is not a file (`untitled:`)
      // has no folder of its own and reads nothing.
      readFile: isFile
        ? (p) => this.readForEngine(p, maxBytes)
        : () => ({ refused: 'a document that is not saved to a file reads no other files' }),
      // Never read outside the workspace folders; a file outside them reads its own folder tree only (engine/api.ts).
      workspaceRoot: isFile ? this.folderOf(filePath) : undefined,
    };
    return {
      request: { path: filePath, text, language },
      options: {
        ruleLevels: mergeRuleLevels(project?.rules, settings.rules),
        // The user's setting wins over the project's file, as for rule levels.
        dns: settings.dns ?? project?.dns,
        host,
        maxFileSize: maxBytes,
      },
    };
  }

  /** `.privatelink.json`, the project's baseline; a broken file is reported once and ignored. */
  private projectConfig(dir: string | undefined): ProjectConfig | undefined {
    if (!dir) return undefined;
    try {
      const config = this.configs.forDirectory(dir);
      if (config) for (const warning of config.warnings) this.logger.once(warning, warning);
      return config;
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      this.logger.once(error.message, `Ignoring ${error.message}`);
      return undefined;
    }
  }
}

/** Bicep by language id; JSON-ish documents only when their `$schema` says template or parameters. */
export function languageOf(document: TextDocument, filePath: string): Language | undefined {
  switch (document.languageId) {
    case 'bicep':
      return 'bicep';
    case 'bicep-params':
      return 'bicep-params';
    case 'json':
    case 'jsonc':
    case 'arm-template': {
      // Untitled documents have no extension; detection then goes by content alone.
      const lower = filePath.toLowerCase();
      const probe = lower.endsWith('.json') || lower.endsWith('.jsonc') ? filePath : `${filePath}.json`;
      return detectLanguage(probe, document.getText());
    }
    default:
      return detectLanguage(filePath, document.getText());
  }
}
