/**
 * The `privateLink.*` settings: normalised from whatever the client sends, pulled per document through
 * `workspace/configuration` when the client supports it, else taken from `didChangeConfiguration` pushes.
 */
import type { Connection } from 'vscode-languageserver/node';
import type { DnsManagement, RuleLevel } from '../engine';
import { sanitizeDnsManagement, sanitizeRuleLevels } from '../node/config';

export const SETTINGS_SECTION = 'privateLink';

export interface ServerSettings {
  readonly rules: Readonly<Record<string, RuleLevel>>;
  readonly maxFileSizeKb: number;
  readonly debounceMs: number;
  /** Analyse every deployment in the workspace and publish for files that are not open (default), or only open documents. */
  readonly workspaceDiagnostics: boolean;
  /** `privateLink.dns`; undefined: as `.privatelink.json` says, else `template`. */
  readonly dns?: DnsManagement;
  /** `privateLink.codeLens.enabled`: the checklist line above each endpoint and Private Link service. */
  readonly codeLens: boolean;
}

export const DEFAULT_SETTINGS: ServerSettings = {
  rules: {},
  maxFileSizeKb: 8192,
  debounceMs: 150,
  workspaceDiagnostics: true,
  codeLens: true,
};

/** Accepts partial or wrong-typed input (hand-edited settings.json, other editors) and falls back per field. */
export function normalizeSettings(raw: unknown, warnings: string[] = []): ServerSettings {
  const section = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  return {
    rules: sanitizeRuleLevels(section.rules, warnings),
    maxFileSizeKb: numberIn(section.maxFileSizeKb, 1, 1024 * 1024, DEFAULT_SETTINGS.maxFileSizeKb),
    debounceMs: numberIn(section.debounceMs, 0, 10_000, DEFAULT_SETTINGS.debounceMs),
    workspaceDiagnostics:
      typeof section.workspaceDiagnostics === 'boolean' ? section.workspaceDiagnostics : DEFAULT_SETTINGS.workspaceDiagnostics,
    codeLens: codeLensEnabled(section),
    ...optionalDns(section.dns, warnings),
  };
}

/** VS Code sends `codeLens: { enabled }`; a client that sends dotted keys as they are written is read too. */
function codeLensEnabled(section: Record<string, unknown>): boolean {
  const nested = section.codeLens;
  const enabled = typeof nested === 'object' && nested !== null ? (nested as Record<string, unknown>).enabled : section['codeLens.enabled'];
  return typeof enabled === 'boolean' ? enabled : DEFAULT_SETTINGS.codeLens;
}

/** The setting's default (`""`, from package.json) defers to `.privatelink.json`. */
function optionalDns(raw: unknown, warnings: string[]): { dns?: DnsManagement } {
  if (raw === undefined || raw === null || raw === '') return {};
  const dns = sanitizeDnsManagement(raw, warnings);
  return dns ? { dns } : {};
}

function numberIn(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
}

export class SettingsProvider {
  private readonly perUri = new Map<string, Promise<ServerSettings>>();
  private pushed: ServerSettings;

  constructor(
    private readonly connection: Connection,
    private readonly pullSupported: boolean,
    initial: unknown,
    private readonly warn: (message: string) => void,
  ) {
    this.pushed = this.normalize(initial);
  }

  /** Settings for a document (resource-scoped settings may differ per folder); undefined: the window's. */
  get(uri: string | undefined): Promise<ServerSettings> {
    if (!this.pullSupported) return Promise.resolve(this.pushed);
    let settings = this.perUri.get(uri ?? '');
    if (!settings) {
      settings = this.connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION }).then(
        (raw: unknown) => this.normalize(raw),
        (error: unknown) => {
          this.warn(`Could not read the privateLink settings, using defaults: ${String(error)}`);
          return DEFAULT_SETTINGS;
        },
      );
      this.perUri.set(uri ?? '', settings);
    }
    return settings;
  }

  /** The client's `files.exclude` for a workspace folder (undefined when it cannot tell). */
  async filesExclude(folderUri: string): Promise<unknown> {
    if (!this.pullSupported) return undefined;
    try {
      return await this.connection.workspace.getConfiguration({ scopeUri: folderUri, section: 'files.exclude' });
    } catch {
      return undefined;
    }
  }

  /** `workspace/didChangeConfiguration`: pulled settings are re-read; pushed ones replace the current values. */
  changed(pushedSettings: unknown): void {
    this.perUri.clear();
    const section = (pushedSettings as Record<string, unknown> | null | undefined)?.[SETTINGS_SECTION];
    if (!this.pullSupported && section !== undefined) this.pushed = this.normalize(section);
  }

  forget(uri: string): void {
    this.perUri.delete(uri);
  }

  private normalize(raw: unknown): ServerSettings {
    const warnings: string[] = [];
    const settings = normalizeSettings(raw, warnings);
    for (const warning of warnings) this.warn(`privateLink.rules: ${warning}`);
    return settings;
  }
}
