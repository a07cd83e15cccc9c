/** Private DNS zone names: matching names against documented zone patterns with placeholders, and writing them as cloud-neutral Bicep/ARM expressions. */

/**
 * The placeholder tokens the zone table uses (facts DNS-12) and the text each stands for. Region names and geo codes
 * are one label of letters then letters/digits (`eastus2`, `weu`); the other tokens are any single DNS label.
 */
const TOKEN_SHAPES: Readonly<Record<string, string>> = {
  regionName: '[a-z][a-z0-9]*',
  regionCode: '[a-z][a-z0-9]*',
  region: '[a-z][a-z0-9]*',
  dnsPrefix: '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?',
  partitionId: '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?',
  subzone: '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?',
};
/** Slot names of App Service group-id patterns (`sites-{slotName}`): letters, digits and hyphens. */
const GROUP_ID_TOKEN_SHAPE = '[a-z0-9][a-z0-9-]*';

/** Lower-cased, without a trailing root dot: DNS names compare case-insensitively and `x.` equals `x`. */
export function normalizeZoneName(zone: string): string {
  const trimmed = zone.trim().toLowerCase();
  return trimmed.endsWith('.') ? trimmed.slice(0, -1) : trimmed;
}

export function hasPlaceholder(zone: string): boolean {
  return /\{[A-Za-z]+\}/.test(zone);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A pattern compiled once: the literal name (which matches itself, placeholders included) and a regex for instances. */
export interface ZonePattern {
  readonly zone: string;
  readonly literal: string;
  readonly regex?: RegExp;
}

export function compileZonePattern(zone: string): ZonePattern {
  const literal = normalizeZoneName(zone);
  if (!hasPlaceholder(zone)) return { zone, literal };
  let source = '';
  let last = 0;
  for (const m of zone.matchAll(/\{([A-Za-z]+)\}/g)) {
    source += escapeRegExp(zone.slice(last, m.index).toLowerCase());
    source += `(?:${TOKEN_SHAPES[m[1]] ?? TOKEN_SHAPES.subzone})`;
    last = (m.index ?? 0) + m[0].length;
  }
  source += escapeRegExp(zone.slice(last).toLowerCase());
  return { zone, literal, regex: new RegExp(`^${source}$`) };
}

/** Whether a concrete (or literally written) zone name fits the pattern. */
export function zoneMatches(pattern: ZonePattern, zoneName: string): boolean {
  const name = normalizeZoneName(zoneName);
  return name === pattern.literal || (pattern.regex !== undefined && pattern.regex.test(name));
}

/** Matches a group id against a pattern like `sites-{slotName}` (case-insensitive, like the rest of ARM). */
export function groupIdMatchesPattern(pattern: string, groupId: string): boolean {
  const source = pattern
    .split(/\{[A-Za-z]+\}/)
    .map((part) => escapeRegExp(part.toLowerCase()))
    .join(`(?:${GROUP_ID_TOKEN_SHAPE})`);
  return new RegExp(`^${source}$`).test(groupId.toLowerCase());
}

/**
 * Zone suffixes that Bicep's / ARM's `environment().suffixes` provides, so a template stays right in sovereign
 * clouds (and passes Bicep's `no-hardcoded-env-urls`). Only these three suffixes end a `privatelink.*` zone name;
 * `keyvaultDns` is `.vault.azure.net` while Key Vault's zone is `privatelink.vaultcore.azure.net`, so it does not apply.
 * `storage` has no leading dot, the other two do (public-cloud values of `environment()`).
 */
const ENVIRONMENT_SUFFIXES: readonly { readonly property: string; readonly value: string }[] = [
  { property: 'storage', value: '.core.windows.net' },
  { property: 'sqlServerHostname', value: '.database.windows.net' },
  { property: 'acrLoginServer', value: '.azurecr.io' },
];

function splitEnvironmentSuffix(zone: string): { head: string; property: string; keepDot: boolean } | undefined {
  const name = normalizeZoneName(zone);
  if (hasPlaceholder(name)) return undefined;
  for (const suffix of ENVIRONMENT_SUFFIXES) {
    if (name.endsWith(suffix.value) && name.length > suffix.value.length) {
      const head = name.slice(0, -suffix.value.length);
      // environment().suffixes.storage is 'core.windows.net' (no dot), so the dot stays in the literal part.
      return { head, property: suffix.property, keepDot: suffix.property === 'storage' };
    }
  }
  return undefined;
}

/**
 * The Bicep string literal (quotes included) that builds `zone` from `environment().suffixes`, e.g.
 * `'privatelink.blob.${environment().suffixes.storage}'`; undefined when no suffix applies or the name has placeholders.
 */
export function bicepZoneExpression(zone: string): string | undefined {
  const split = splitEnvironmentSuffix(zone);
  if (split === undefined) return undefined;
  const literal = split.keepDot ? `${split.head}.` : split.head;
  return `'${literal}\${environment().suffixes.${split.property}}'`;
}

/** The same as an ARM template expression string, e.g. `[concat('privatelink.blob.', environment().suffixes.storage)]`. */
export function armZoneExpression(zone: string): string | undefined {
  const split = splitEnvironmentSuffix(zone);
  if (split === undefined) return undefined;
  const literal = split.keepDot ? `${split.head}.` : split.head;
  return `[concat('${literal}', environment().suffixes.${split.property})]`;
}
