/**
 * Builtins about where a deployment runs: resource ids (`resourceId` and its scoped variants) and the scope objects
 * `resourceGroup()`, `subscription()`, `tenant()`, `managementGroup()`, `deployment()`, `environment()`.
 *
 * The current subscription and resource group are unknown; they appear as the exact keys
 * `subscription().subscriptionId` and `resourceGroup().name`, by which other code recognises "the current scope".
 */
import { isKnownString, MARK_START, ObjectValue, toStringPart, Unknown, Value } from './value';
import { BuiltinContext, Builtin, callKey, charge, joinParts, splitMarked } from './functionsCore';

export const CURRENT_SUBSCRIPTION_ID_KEY = 'subscription().subscriptionId';
export const CURRENT_RESOURCE_GROUP_NAME_KEY = 'resourceGroup().name';
export const CURRENT_RESOURCE_GROUP_LOCATION_KEY = 'resourceGroup().location';
/** `subscription().tenantId` is the same value as `tenant().tenantId`, so both share this key. */
export const CURRENT_TENANT_ID_KEY = 'tenant().tenantId';
export const CURRENT_MANAGEMENT_GROUP_NAME_KEY = 'managementGroup().name';
export const CURRENT_DEPLOYMENT_NAME_KEY = 'deployment().name';

function currentSubscriptionId(ctx: BuiltinContext): Value {
  return ctx.scope?.subscriptionId ?? new Unknown(CURRENT_SUBSCRIPTION_ID_KEY);
}

function currentResourceGroupName(ctx: BuiltinContext): Value {
  return ctx.scope?.resourceGroupName ?? new Unknown(CURRENT_RESOURCE_GROUP_NAME_KEY);
}

function currentTenantId(ctx: BuiltinContext): Value {
  return ctx.scope?.tenantId ?? new Unknown(CURRENT_TENANT_ID_KEY);
}

/** A value usable as one id segment: a string (possibly partly unknown), a number, or an Unknown. */
function segment(value: Value | undefined): string | undefined {
  if (value === undefined || value === null || typeof value === 'boolean') return undefined;
  return toStringPart(value);
}

/**
 * `{namespace}/{type1}/{name1}/{type2}/{name2}…` from a resource type and its names. Names may carry several
 * segments (`'vnet/subnet'`); only their known parts are split, since an unknown part is taken as one name.
 */
function providerPath(type: string, names: readonly Value[]): string | undefined {
  const [namespace, ...types] = type.split('/');
  if (namespace === '' || types.length === 0 || types.some((t) => t === '')) return undefined;
  const nameSegments: string[] = [];
  for (const name of names) {
    const text = segment(name);
    if (text === undefined) return undefined;
    if (!text.includes(MARK_START)) {
      // All known: the name's segments are its '/'-separated parts (what the loop below finds for one known part).
      for (const piece of text.split('/')) nameSegments.push(piece);
      continue;
    }
    let current = '';
    for (const part of splitMarked(text)) {
      if (part instanceof Unknown) {
        current += toStringPart(part);
        continue;
      }
      const pieces = part.split('/');
      current += pieces[0];
      for (const piece of pieces.slice(1)) {
        nameSegments.push(current);
        current = piece;
      }
    }
    nameSegments.push(current);
  }
  if (nameSegments.length !== types.length || nameSegments.some((n) => n === '')) return undefined;
  return [namespace, ...types.flatMap((t, i) => [t, nameSegments[i]])].join('/');
}

/** The index of the resource type among the arguments: the first known string with a '/' within `maxLeading`. */
function typeIndex(args: readonly Value[], maxLeading: number): number | undefined {
  for (let i = 0; i <= Math.min(maxLeading, args.length - 1); i++) {
    const arg = args[i];
    if (isKnownString(arg) && arg.includes('/')) return i;
    // A leading argument (subscription, group) must be a string or an unknown; anything else is not a valid call.
    if (!(arg instanceof Unknown) && typeof arg !== 'string') return undefined;
  }
  return undefined;
}

function finishId(id: string | undefined, ctx: BuiltinContext): Value | undefined {
  if (id === undefined || !charge(ctx, id.length)) return undefined;
  // Without unknown segments, splitting and joining gives the id back unchanged.
  return id.includes(MARK_START) ? joinParts(splitMarked(id)) : id;
}

const resourceId: Builtin = (args, ctx) => {
  const index = typeIndex(args, 2);
  if (index === undefined) return undefined;
  const path = providerPath(args[index] as string, args.slice(index + 1));
  const subscription = segment(index === 2 ? args[0] : currentSubscriptionId(ctx));
  const group = segment(index >= 1 ? args[index - 1] : currentResourceGroupName(ctx));
  if (path === undefined || subscription === undefined || group === undefined) return undefined;
  return finishId(`/subscriptions/${subscription}/resourceGroups/${group}/providers/${path}`, ctx);
};

const subscriptionResourceId: Builtin = (args, ctx) => {
  const index = typeIndex(args, 1);
  if (index === undefined) return undefined;
  const path = providerPath(args[index] as string, args.slice(index + 1));
  const subscription = segment(index === 1 ? args[0] : currentSubscriptionId(ctx));
  if (path === undefined || subscription === undefined) return undefined;
  return finishId(`/subscriptions/${subscription}/providers/${path}`, ctx);
};

const tenantResourceId: Builtin = (args, ctx) => {
  if (typeIndex(args, 0) !== 0) return undefined;
  const path = providerPath(args[0] as string, args.slice(1));
  return path === undefined ? undefined : finishId(`/providers/${path}`, ctx);
};

const managementGroupResourceId: Builtin = (args, ctx) => {
  const index = typeIndex(args, 1);
  if (index === undefined) return undefined;
  const path = providerPath(args[index] as string, args.slice(index + 1));
  const group = segment(index === 1 ? args[0] : (ctx.scope?.managementGroupName ?? new Unknown(CURRENT_MANAGEMENT_GROUP_NAME_KEY)));
  if (path === undefined || group === undefined) return undefined;
  return finishId(`/providers/Microsoft.Management/managementGroups/${group}/providers/${path}`, ctx);
};

const extensionResourceId: Builtin = (args, ctx) => {
  const base = segment(args[0]);
  if (base === undefined || typeIndex(args.slice(1), 0) !== 0) return undefined;
  const path = providerPath(args[1] as string, args.slice(2));
  return path === undefined ? undefined : finishId(`${base}/providers/${path}`, ctx);
};

/**
 * `resourceGroup()` describes the current group; Bicep's `resourceGroup(name)` / `resourceGroup(sub, name)` name
 * another one, whose unknown properties are keyed by that call.
 */
const resourceGroup: Builtin = (args, ctx) => {
  if (args.length > 2) return undefined;
  const current = args.length === 0;
  const name = args.length === 0 ? currentResourceGroupName(ctx) : args[args.length - 1];
  const subscription = segment(args.length === 2 ? args[0] : currentSubscriptionId(ctx));
  const group = segment(name);
  if (subscription === undefined || group === undefined) return undefined;
  const unknownMember = (member: string) =>
    new Unknown(current ? `resourceGroup().${member}` : `${callKey('resourceGroup', args, ctx.analysis)}.${member}`);
  const location = current
    ? (ctx.scope?.resourceGroupLocation ?? new Unknown(CURRENT_RESOURCE_GROUP_LOCATION_KEY))
    : unknownMember('location');
  return {
    id: joinParts(splitMarked(`/subscriptions/${subscription}/resourceGroups/${group}`)),
    name,
    type: 'Microsoft.Resources/resourceGroups',
    location,
    tags: unknownMember('tags'),
    properties: { provisioningState: 'Succeeded' },
  };
};

const subscription: Builtin = (args, ctx) => {
  if (args.length > 1) return undefined;
  const subscriptionId = args.length === 0 ? currentSubscriptionId(ctx) : args[0];
  const idSegment = segment(subscriptionId);
  if (idSegment === undefined) return undefined;
  const prefix = args.length === 0 ? 'subscription()' : callKey('subscription', args, ctx.analysis);
  return {
    id: `/subscriptions/${idSegment}`,
    subscriptionId,
    tenantId: currentTenantId(ctx),
    displayName: new Unknown(`${prefix}.displayName`),
  };
};

const tenant: Builtin = (args, ctx) => {
  if (args.length > 0) return undefined;
  const tenantId = currentTenantId(ctx);
  return {
    id: `/tenants/${toStringPart(tenantId) ?? ''}`,
    tenantId,
    countryCode: new Unknown('tenant().countryCode'),
    displayName: new Unknown('tenant().displayName'),
  };
};

const managementGroup: Builtin = (args, ctx) => {
  if (args.length > 1) return undefined;
  const name = args.length === 0 ? (ctx.scope?.managementGroupName ?? new Unknown(CURRENT_MANAGEMENT_GROUP_NAME_KEY)) : args[0];
  const nameSegment = segment(name);
  if (nameSegment === undefined) return undefined;
  const prefix = args.length === 0 ? 'managementGroup()' : callKey('managementGroup', args, ctx.analysis);
  return {
    id: `/providers/Microsoft.Management/managementGroups/${nameSegment}`,
    name,
    type: 'Microsoft.Management/managementGroups',
    properties: new Unknown(`${prefix}.properties`),
  };
};

const deployment: Builtin = (args, ctx) => {
  if (args.length > 0) return undefined;
  return {
    name: ctx.scope?.deploymentName ?? new Unknown(CURRENT_DEPLOYMENT_NAME_KEY),
    location: new Unknown('deployment().location'),
    properties: new Unknown('deployment().properties'),
  };
};

/** The public cloud (AzureCloud) as ARM returns it; sovereign clouds are out of scope for offline evaluation. */
export function publicCloudEnvironment(): ObjectValue {
  return {
    name: 'AzureCloud',
    gallery: 'https://gallery.azure.com/',
    graph: 'https://graph.windows.net/',
    portal: 'https://portal.azure.com',
    graphAudience: 'https://graph.windows.net/',
    activeDirectoryDataLake: 'https://datalake.azure.net/',
    batch: 'https://batch.core.windows.net/',
    media: 'https://rest.media.azure.net',
    sqlManagement: 'https://management.core.windows.net:8443/',
    vmImageAliasDoc: 'https://raw.githubusercontent.com/Azure/azure-rest-api-specs/master/arm-compute/quickstart-templates/aliases.json',
    resourceManager: 'https://management.azure.com/',
    authentication: {
      loginEndpoint: 'https://login.microsoftonline.com/',
      audiences: ['https://management.core.windows.net/', 'https://management.azure.com/'],
      tenant: 'common',
      identityProvider: 'AAD',
    },
    suffixes: {
      acrLoginServer: '.azurecr.io',
      azureDatalakeAnalyticsCatalogAndJob: 'azuredatalakeanalytics.net',
      azureDatalakeStoreFileSystem: 'azuredatalakestore.net',
      azureFrontDoorEndpointSuffix: 'azurefd.net',
      keyvaultDns: '.vault.azure.net',
      sqlServerHostname: '.database.windows.net',
      storage: 'core.windows.net',
    },
  };
}

const environment: Builtin = (args) => (args.length === 0 ? publicCloudEnvironment() : undefined);

export const scopeFunctions: ReadonlyMap<string, Builtin> = new Map<string, Builtin>([
  ['resourceid', resourceId],
  ['subscriptionresourceid', subscriptionResourceId],
  ['tenantresourceid', tenantResourceId],
  ['managementgroupresourceid', managementGroupResourceId],
  ['extensionresourceid', extensionResourceId],
  ['resourcegroup', resourceGroup],
  ['subscription', subscription],
  ['tenant', tenant],
  ['managementgroup', managementGroup],
  ['deployment', deployment],
  ['environment', environment],
]);
