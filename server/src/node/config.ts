/**
 * Finds and reads `.privatelink.json`, the project's rule levels, for the CLI and the language server alike
 * (it lives outside the engine because it touches the file system).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DnsManagement, RuleLevel } from '../engine';
import { parseBoundedJson } from './boundedJson';
import { readFileBounded } from './readFileBounded';

export const CONFIG_FILE_NAME = '.privatelink.json';

/** A rule-level file is a few hundred bytes; anything near this is not one. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

const LEVELS: ReadonlySet<string> = new Set(['off', 'info', 'warning', 'error']);

export interface ProjectConfig {
  /** Absolute path of the file the levels came from. */
  readonly path: string;
  readonly rules: Readonly<Record<string, RuleLevel>>;
  /** `"dns": "policy"`: zone groups are created by Azure Policy, not by the templates (engine/api.ts DnsManagement). */
  readonly dns?: DnsManagement;
  /** Things a user should fix in the file (unknown levels, unknown rule ids); the valid part still applies. */
  readonly warnings: readonly string[];
}

/** A config file that cannot be used at all (unreadable, not JSON, `rules` not an object). */
export class ConfigError extends Error {
  constructor(
    readonly configPath: string,
    message: string,
  ) {
    super(`${configPath}: ${message}`);
    this.name = 'ConfigError';
  }
}

/** The nearest `.privatelink.json` in `startDir` or one of its ancestors. */
export function findConfigFile(startDir: string, exists: (p: string) => boolean = isFile): string | undefined {
  let dir = path.resolve(startDir);
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    if (exists(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Reads and validates one config file; throws {@link ConfigError} when it cannot be used. */
export function loadConfigFile(configPath: string, knownRuleIds?: ReadonlySet<string>): ProjectConfig {
  const read = readFileBounded(configPath, MAX_CONFIG_BYTES, 'for a config file');
  if (read.kind !== 'text') throw new ConfigError(configPath, `cannot read the file: ${read.reason}`);
  return parseConfig(read.text, configPath, knownRuleIds);
}

export function parseConfig(text: string, configPath: string, knownRuleIds?: ReadonlySet<string>): ProjectConfig {
  const parsed = parseBoundedJson(stripBom(text));
  if (!parsed.ok) throw new ConfigError(configPath, parsed.problem);
  const value = parsed.value;
  if (!isPlainObject(value)) throw new ConfigError(configPath, 'expected an object like { "rules": { "<rule-id>": "warning" } }');
  const rawRules = value.rules;
  if (rawRules !== undefined && !isPlainObject(rawRules))
    throw new ConfigError(configPath, '"rules" must be an object mapping rule ids to off/info/warning/error');
  const warnings: string[] = [];
  const rules = rawRules === undefined ? {} : sanitizeRuleLevels(rawRules, warnings, knownRuleIds);
  const dns = sanitizeDnsManagement(value.dns, warnings);
  return { path: configPath, rules, ...(dns ? { dns } : {}), warnings: warnings.map((w) => `${configPath}: ${w}`) };
}

/** `"template"` or `"policy"` (case-insensitive); anything else is reported and ignored. */
export function sanitizeDnsManagement(raw: unknown, warnings: string[]): DnsManagement | undefined {
  if (raw === undefined) return undefined;
  const normalized = typeof raw === 'string' ? raw.toLowerCase() : undefined;
  if (normalized === 'template' || normalized === 'policy') return normalized;
  warnings.push(`"dns": ${JSON.stringify(raw)} is not one of "template", "policy"`);
  return undefined;
}

/**
 * Keeps the entries whose level is one of off/info/warning/error (case-insensitive), and says what was dropped.
 * Unknown rule ids are kept (a newer config may name a newer rule) but reported.
 */
export function sanitizeRuleLevels(raw: unknown, warnings: string[], knownRuleIds?: ReadonlySet<string>): Record<string, RuleLevel> {
  const result: Record<string, RuleLevel> = {};
  if (!isPlainObject(raw)) return result;
  for (const [id, level] of Object.entries(raw)) {
    const normalized = typeof level === 'string' ? level.toLowerCase() : undefined;
    if (normalized === undefined || !LEVELS.has(normalized)) {
      warnings.push(`rule "${id}": level ${JSON.stringify(level)} is not one of off, info, warning, error`);
      continue;
    }
    if (knownRuleIds && !knownRuleIds.has(id)) warnings.push(`unknown rule id "${id}"`);
    result[id] = normalized as RuleLevel;
  }
  return result;
}

/** Later layers win per rule id: the project file is the baseline, user settings go on top. */
export function mergeRuleLevels(...layers: readonly (Readonly<Record<string, RuleLevel>> | undefined)[]): Record<string, RuleLevel> {
  const merged: Record<string, RuleLevel> = {};
  for (const layer of layers) if (layer) Object.assign(merged, layer);
  return merged;
}

/**
 * Memoises lookups so a folder of hundreds of files reads each config once. The language server clears it when
 * a watched `.privatelink.json` changes.
 */
export class ConfigCache {
  private readonly nearest = new Map<string, string | undefined>();
  private readonly loaded = new Map<string, ProjectConfig | ConfigError>();

  constructor(private readonly knownRuleIds?: ReadonlySet<string>) {}

  /** The config that applies to files in `dir`, undefined when there is none; throws ConfigError for a broken one. */
  forDirectory(dir: string): ProjectConfig | undefined {
    const resolved = path.resolve(dir);
    let configPath = this.nearest.get(resolved);
    if (!this.nearest.has(resolved)) {
      configPath = findConfigFile(resolved);
      this.nearest.set(resolved, configPath);
    }
    return configPath === undefined ? undefined : this.load(configPath);
  }

  /** A given config file (CLI `--config`). */
  load(configPath: string): ProjectConfig {
    const resolved = path.resolve(configPath);
    let entry = this.loaded.get(resolved);
    if (!entry) {
      try {
        entry = loadConfigFile(resolved, this.knownRuleIds);
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        entry = error;
      }
      this.loaded.set(resolved, entry);
    }
    if (entry instanceof ConfigError) throw entry;
    return entry;
  }

  clear(): void {
    this.nearest.clear();
    this.loaded.clear();
  }
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
