// The live tenant: which cloud, signing in through @azure/identity's standard chain, and listing apps.
import { DefaultAzureCredential, type TokenCredential } from '@azure/identity';
import { resolveCloud } from '../auth/clouds.js';
import {
  EntraExchangeError,
  chainCredential,
  createEntraCredential,
  describeChainError,
  type EntraCredential,
} from '../auth/entra.js';
import { createOidcTokenSource, runnerTokenFetcher } from '../auth/oidc.js';
import { graphAccess, type GraphAccess } from '../auth/sign-in.js';
import { CLOUD_NAMES, type CloudName } from '../config/inputs.js';
import { parseHttpsUrl, parseTenant } from '../config/validate.js';
import { createGraphClient, type GraphClient } from '../graph/client.js';
import type { InventoryItem } from '../audit.js';
import type { Notices } from '../engine/notices.js';
import { readGraphInventory, readGraphRaw, type AppSelection } from '../graph/inventory.js';
import type { RawReadOutcome } from '../graph/reader.js';
import { TenantListingError } from '../graph/tenant-scan.js';
import { HttpError } from '../http/retry.js';
import { RETRY_SCALE } from '../http/timings.js';
import { createManagedIdentityReader, type ManagedIdentityCredentialsReader } from '../arm/raw.js';
import { rolesOfAccessToken } from '../signals/token.js';
import { enumValue, stringValue, validated, type Values } from './args.js';
import { IncompleteError, UsageError } from './errors.js';
import { inShard, type Selection } from './selection.js';

export interface LiveTarget {
  tenant: string;
  authorityHost: string;
  graphEndpoint: string;
  /** MSAL knows the public clouds; any other authority host needs instance discovery turned off. */
  knownAuthority: boolean;
  /** The national cloud named by --cloud (AzureCloud by default): which signals its Graph serves. */
  cloud?: CloudName;
  /** Azure Resource Manager, where managed identities' federated credentials are read. */
  armEndpoint: string;
}

/** A TokenCredential (explained as the standard chain) or an EntraCredential built by the caller. */
export type CredentialFactory = (target: LiveTarget) => TokenCredential | EntraCredential;

/** --tenant, --cloud, --authority-host, --graph-endpoint, with AZURE_TENANT_ID / AZURE_AUTHORITY_HOST as fallbacks. */
export function parseLiveTarget(values: Values, env: Readonly<Record<string, string | undefined>>): LiveTarget {
  const tenantText = stringValue(values, 'tenant') ?? env.AZURE_TENANT_ID;
  if (tenantText === undefined || tenantText.trim() === '')
    throw new UsageError(
      '--tenant is required: the directory (tenant) ID or a verified domain such as contoso.onmicrosoft.com (or set AZURE_TENANT_ID).',
    );
  const tenant = validated(() => parseTenant('--tenant', tenantText.trim()));
  const cloudText = stringValue(values, 'cloud');
  const cloud: CloudName = cloudText === undefined ? 'AzureCloud' : enumValue('cloud', cloudText, CLOUD_NAMES);
  const authorityFlag = stringValue(values, 'authority-host');
  const envAuthority = env.AZURE_AUTHORITY_HOST?.trim();
  const authorityHost =
    authorityFlag !== undefined
      ? validated(() => parseHttpsUrl('--authority-host', authorityFlag))
      : envAuthority
        ? validated(() => parseHttpsUrl('AZURE_AUTHORITY_HOST', envAuthority))
        : undefined;
  const graphFlag = stringValue(values, 'graph-endpoint');
  const graphEndpoint =
    graphFlag === undefined ? undefined : validated(() => parseHttpsUrl('--graph-endpoint', graphFlag));
  const armFlag = stringValue(values, 'arm-endpoint');
  const armEndpoint = armFlag === undefined ? undefined : validated(() => parseHttpsUrl('--arm-endpoint', armFlag));
  const endpoints = resolveCloud({
    cloud,
    ...(authorityHost ? { authorityHost } : {}),
    ...(graphEndpoint ? { graphEndpoint } : {}),
    ...(armEndpoint ? { armEndpoint } : {}),
  });
  checkWorkloadIdentityEnvironment(env, tenant, endpoints.authorityHost);
  return {
    tenant,
    authorityHost: endpoints.authorityHost,
    graphEndpoint: endpoints.graphEndpoint,
    knownAuthority: endpoints.knownAuthority,
    cloud,
    armEndpoint: endpoints.armEndpoint,
  };
}

/**
 * With workload identity configured, DefaultAzureCredential also tries managed identity's token exchange, which
 * reads AZURE_TENANT_ID and AZURE_AUTHORITY_HOST from the environment and ignores the options: flags that
 * disagree with them could end up signing in elsewhere. Refuse the disagreement instead of guessing.
 */
function checkWorkloadIdentityEnvironment(
  env: Readonly<Record<string, string | undefined>>,
  tenant: string,
  authorityHost: string,
): void {
  if (!env.AZURE_FEDERATED_TOKEN_FILE) return;
  const envTenant = env.AZURE_TENANT_ID?.trim();
  if (envTenant && envTenant.toLowerCase() !== tenant)
    throw new UsageError(
      `--tenant ${tenant} differs from AZURE_TENANT_ID ${envTenant}; with workload identity (AZURE_FEDERATED_TOKEN_FILE) the Azure SDK also reads AZURE_TENANT_ID, so make them agree or drop --tenant.`,
    );
  const envAuthority = env.AZURE_AUTHORITY_HOST?.trim().replace(/\/+$/, '');
  if (envAuthority && envAuthority.toLowerCase() !== authorityHost.toLowerCase())
    throw new UsageError(
      `The authority host ${authorityHost} differs from AZURE_AUTHORITY_HOST ${envAuthority}; with workload identity (AZURE_FEDERATED_TOKEN_FILE) the Azure SDK also reads AZURE_AUTHORITY_HOST, so make them agree or drop --authority-host/--cloud.`,
    );
}

/** DefaultAzureCredential: environment, workload identity, managed identity, then developer sign-ins (Azure CLI…). */
export const defaultCredential: CredentialFactory = (target) =>
  new DefaultAzureCredential({
    tenantId: target.tenant,
    authorityHost: target.authorityHost,
    // For an unknown host MSAL would otherwise ask the public cloud's instance discovery.
    ...(target.knownAuthority ? {} : { disableInstanceDiscovery: true }),
    // The SDK's own backoff, scaled down only when the test suite asks (http/timings.ts).
    ...(RETRY_SCALE < 1
      ? {
          retryOptions: {
            retryDelayInMs: Math.max(1, 800 * RETRY_SCALE),
            maxRetryDelayInMs: Math.max(1, 60_000 * RETRY_SCALE),
          },
        }
      : {}),
  });

type Env = Readonly<Record<string, string | undefined>>;

/** The CLI's stdout carries the report: no `::add-mask::` lines there (the CLI never prints a token). */
const NO_RUNNER_MASK = (): void => undefined;

/**
 * Inside a GitHub Actions job with `id-token: write` and AZURE_CLIENT_ID set (and no token file), sign in
 * with the job's own GitHub OIDC token, through the same token source and Entra credential as the action
 * (retried, cached, AADSTS advice), so a scheduled audit needs no secret and no extra step; anywhere else,
 * the standard chain.
 */
export function credentialFromEnvironment(env: Env, fetchImpl: typeof fetch = fetch): CredentialFactory {
  const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  const clientId = env.AZURE_CLIENT_ID?.trim();
  if (!requestUrl || !requestToken || !clientId || env.AZURE_FEDERATED_TOKEN_FILE) return defaultCredential;
  const audience = env.AZURE_FEDERATED_TOKEN_AUDIENCE?.trim() || 'api://AzureADTokenExchange';
  const source = createOidcTokenSource({
    audience,
    fetchToken: runnerTokenFetcher(requestUrl, requestToken, fetchImpl),
    mask: NO_RUNNER_MASK,
  });
  return (target) =>
    createEntraCredential({
      tenantId: target.tenant,
      clientId,
      authorityHost: target.authorityHost,
      getAssertion: () => source.get(),
      mask: NO_RUNNER_MASK,
    });
}

/** Signs in (failing fast, before any listing) and returns a Graph client that reuses the token. */
export async function connect(
  target: LiveTarget,
  createCredential: CredentialFactory = defaultCredential,
  /** [signals] Receives the application permissions of the token (its `roles` claim; null for a delegated token). */
  onRoles?: (roles: string[] | null) => void,
): Promise<GraphClient> {
  let access: GraphAccess;
  try {
    access = graphAccess(asEntraCredential(createCredential(target), target), target.graphEndpoint);
    onRoles?.(rolesOfAccessToken(await access.getAccessToken()));
  } catch (error) {
    throw new IncompleteError(error instanceof EntraExchangeError ? error.message : describeChainError(error));
  }
  return createGraphClient({ graphEndpoint: target.graphEndpoint, getAccessToken: () => access.getAccessToken() });
}

function asEntraCredential(credential: TokenCredential | EntraCredential, target: LiveTarget): EntraCredential {
  if ('tokenCredential' in credential) return credential;
  return chainCredential({
    tenantId: target.tenant,
    authorityHost: target.authorityHost,
    tokenCredential: credential,
    mask: NO_RUNNER_MASK,
  });
}

/**
 * [managed identities] Reads user-assigned managed identities' federated credentials from ARM, signing in for
 * `<armEndpoint>/.default` only when the first one is met (a tenant without managed identities never asks).
 */
export function managedIdentityReader(
  target: LiveTarget,
  createCredential: CredentialFactory = defaultCredential,
): ManagedIdentityCredentialsReader {
  let access: GraphAccess | undefined;
  return createManagedIdentityReader({
    armEndpoint: target.armEndpoint,
    getAccessToken: async () => {
      access ??= graphAccess(asEntraCredential(createCredential(target), target), target.armEndpoint);
      try {
        return await access.getAccessToken();
      } catch (error) {
        throw new Error(`could not sign in for ${target.armEndpoint}/.default: ${describe(error)}`, { cause: error });
      }
    },
  });
}

/** Error text from the SDKs, without anything token-shaped, on a few lines at most. */
export const describe = describeChainError;

/** The CLI's selection as the Graph reader's: listed app ids (this shard's), or the tenant listed page by page. */
export function graphSelection(
  selection: Selection,
  progress: { listing(found: number): void; total(count: number): void },
): AppSelection {
  if (selection.kind === 'apps') {
    const appIds = selection.appIds.filter((id) => inShard(id, selection.shard));
    progress.total(appIds.length);
    return { kind: 'ids', appIds };
  }
  return {
    kind: 'listing',
    ...(selection.filter ? { filter: selection.filter } : {}),
    include: (id) => inShard(id, selection.shard),
    onProgress: (p) => {
      progress.listing(p.listed);
      progress.total(p.inScope);
    },
  };
}

/**
 * The inventory a live selection covers, through the one Graph reader (graph/inventory.ts); a listing that
 * stops part-way makes the run incomplete.
 */
export function liveInventory(
  client: GraphClient,
  selection: Selection,
  progress: { listing(found: number): void; total(count: number): void },
  notices?: Notices,
  managedIdentities?: ManagedIdentityCredentialsReader,
): AsyncIterable<InventoryItem> {
  return asIncomplete(
    readGraphInventory(client, graphSelection(selection, progress), {
      ...(notices ? { notices } : {}),
      ...(managedIdentities ? { managedIdentities } : {}),
    }),
  );
}

/** The raw Graph objects of a live selection, for `export`. */
export function liveRawInventory(
  client: GraphClient,
  selection: Selection,
  progress: { listing(found: number): void; total(count: number): void },
  onGraphServicePrincipal: (servicePrincipal: Record<string, unknown> | null) => void,
  notices?: Notices,
  managedIdentities?: ManagedIdentityCredentialsReader,
): AsyncIterable<RawReadOutcome> {
  return asIncomplete(
    readGraphRaw(client, graphSelection(selection, progress), {
      onGraphServicePrincipal,
      ...(notices ? { notices } : {}),
      ...(managedIdentities ? { managedIdentities } : {}),
    }),
  );
}

/** A listing that stops part-way makes the run incomplete (exit 3), with the permission it needs when denied. */
async function* asIncomplete<T>(outcomes: AsyncIterable<T>): AsyncGenerator<T> {
  try {
    yield* outcomes;
  } catch (error) {
    const stopped = error instanceof TenantListingError;
    const cause = stopped ? error.cause : error;
    const denied = cause instanceof HttpError && (cause.status === 403 || cause.status === 401);
    const after = stopped && error.listed > 0 ? ` (after ${error.listed} applications were listed)` : '';
    throw new IncompleteError(
      `Could not list the tenant's applications${after}: ${describe(cause)}${
        denied
          ? '. The signed-in identity needs the Microsoft Graph permission Application.Read.All (with admin consent)'
          : ''
      }.`,
    );
  }
}
