// The live tenant: which cloud, signing in through @azure/identity's standard chain, and listing apps.
import {
  ClientAssertionCredential,
  DefaultAzureCredential,
  type AccessToken,
  type TokenCredential,
} from '@azure/identity';
import { resolveCloud } from '../auth/clouds.js';
import { redactTokens } from '../auth/mask.js';
import { CLOUD_NAMES, type CloudName } from '../config/inputs.js';
import { parseHttpsUrl, parseTenant } from '../config/validate.js';
import { createGraphClient, type GraphClient } from '../graph/client.js';
import { readApps, readRawApps, type RawReadOutcome, type ReadOutcome } from '../graph/reader.js';
import { scanTenant, scanTenantRaw, TenantListingError } from '../graph/tenant-scan.js';
import { HttpError, errorMessage } from '../http/retry.js';
import { enumValue, stringValue, validated, type Values } from './args.js';
import { IncompleteError, UsageError } from './errors.js';
import { inShard, type Selection } from './selection.js';

export interface LiveTarget {
  tenant: string;
  authorityHost: string;
  graphEndpoint: string;
  /** MSAL knows the public clouds; any other authority host needs instance discovery turned off. */
  knownAuthority: boolean;
  /** The --cloud named (default AzureCloud): which of Entra's signals its Graph serves. */
  cloud?: CloudName;
}

export type CredentialFactory = (target: LiveTarget) => TokenCredential;

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
  const endpoints = resolveCloud({
    cloud,
    ...(authorityHost ? { authorityHost } : {}),
    ...(graphEndpoint ? { graphEndpoint } : {}),
  });
  checkWorkloadIdentityEnvironment(env, tenant, endpoints.authorityHost);
  return {
    tenant,
    authorityHost: endpoints.authorityHost,
    graphEndpoint: endpoints.graphEndpoint,
    knownAuthority: endpoints.knownAuthority,
    cloud,
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
  });

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Inside a GitHub Actions job with `id-token: write` and AZURE_CLIENT_ID set (and no token file), sign in
 * with the job's own GitHub OIDC token, so a scheduled audit needs no secret and no extra step; anywhere
 * else, the standard chain.
 */
export function credentialFromEnvironment(env: Env, fetchImpl: typeof fetch = fetch): CredentialFactory {
  const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  const clientId = env.AZURE_CLIENT_ID?.trim();
  if (!requestUrl || !requestToken || !clientId || env.AZURE_FEDERATED_TOKEN_FILE) return defaultCredential;
  const audience = env.AZURE_FEDERATED_TOKEN_AUDIENCE?.trim() || 'api://AzureADTokenExchange';
  const assertion = githubOidcAssertion(requestUrl, requestToken, audience, fetchImpl);
  return (target) =>
    new ClientAssertionCredential(target.tenant, clientId, assertion, {
      authorityHost: target.authorityHost,
      ...(target.knownAuthority ? {} : { disableInstanceDiscovery: true }),
    });
}

/**
 * The job's GitHub OIDC token, cached until a minute before it expires (MSAL asks for the assertion more
 * than once). Not through @actions/core: its masking writes to stdout, which carries the CLI's report.
 */
function githubOidcAssertion(url: string, bearer: string, audience: string, fetchImpl: typeof fetch) {
  let cached: { token: string; refreshAt: number } | undefined;
  return async (): Promise<string> => {
    if (cached && Date.now() < cached.refreshAt) return cached.token;
    const response = await fetchImpl(`${url}&audience=${encodeURIComponent(audience)}`, {
      headers: { authorization: `Bearer ${bearer}`, accept: 'application/json' },
      signal: AbortSignal.timeout(30_000),
    });
    if (!response.ok) {
      throw new Error(
        `the GitHub OIDC token request failed with HTTP ${response.status}; the job needs permissions: id-token: write`,
      );
    }
    const body = (await response.json()) as { value?: unknown };
    if (typeof body.value !== 'string' || body.value === '') throw new Error('GitHub returned no OIDC token');
    const exp = expiryOf(body.value);
    cached = { token: body.value, refreshAt: exp === undefined ? Date.now() + 60_000 : exp - 60_000 };
    return body.value;
  };
}

function expiryOf(jwt: string): number | undefined {
  try {
    const payload = JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as { exp?: unknown };
    return typeof payload.exp === 'number' ? payload.exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

const REFRESH_MARGIN_MS = 5 * 60_000;

/**
 * One token shared by every Graph request until shortly before it expires: some credentials in the chain
 * (Azure CLI, PowerShell) start a process per call and cache nothing.
 */
export function cachedToken(credential: TokenCredential, scope: string, now = Date.now): () => Promise<string> {
  let current: AccessToken | null = null;
  let pending: Promise<AccessToken> | null = null;
  return async () => {
    if (current && current.expiresOnTimestamp - now() > REFRESH_MARGIN_MS) return current.token;
    pending ??= credential
      .getToken(scope)
      .then((token) => {
        if (!token?.token) throw new Error(`the credential returned no access token for ${scope}`);
        current = token;
        return token;
      })
      .finally(() => (pending = null));
    return (await pending).token;
  };
}

const SIGN_IN_HELP =
  'The CLI signs in through DefaultAzureCredential: set AZURE_CLIENT_ID and AZURE_FEDERATED_TOKEN_FILE (workload identity), ' +
  'AZURE_CLIENT_ID with AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH (service principal), run on a managed identity, ' +
  'or run `az login`. See docs/cli.md#authentication.';

/** Signs in (failing fast, before any listing) and returns a Graph client that reuses the token. */
export async function connect(
  target: LiveTarget,
  createCredential: CredentialFactory = defaultCredential,
): Promise<GraphClient> {
  const scope = `${target.graphEndpoint}/.default`;
  let getToken: () => Promise<string>;
  try {
    getToken = cachedToken(createCredential(target), scope);
    await getToken();
  } catch (error) {
    throw new IncompleteError(
      `Could not sign in to tenant ${target.tenant} at ${target.authorityHost} for ${scope}: ${describe(error)}. ${SIGN_IN_HELP}`,
    );
  }
  return createGraphClient({ graphEndpoint: target.graphEndpoint, getAccessToken: getToken });
}

/** Error text from the SDKs, without anything token-shaped, on a few lines at most. */
export function describe(error: unknown): string {
  const text = redactTokens(errorMessage(error))
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/^(Trace|Correlation) ID:|^Timestamp:/i.test(line))
    .join(' ')
    .replace(/\s+/g, ' ');
  return text.length > 1500 ? `${text.slice(0, 1497)}...` : text.replace(/\.$/, '');
}

/**
 * The inventory a live selection covers: listed app ids are read per app (batched); `--all` streams the
 * tenant page by page (src/graph/tenant-scan.ts), reading only the apps in this shard.
 */
export function liveInventory(
  client: GraphClient,
  selection: Selection,
  progress: { listing(found: number): void; total(count: number): void },
): AsyncIterable<ReadOutcome> {
  if (selection.kind === 'apps') {
    const appIds = selection.appIds.filter((id) => inShard(id, selection.shard));
    progress.total(appIds.length);
    return readApps(client, appIds);
  }
  return asIncomplete(
    scanTenant(client, {
      ...(selection.filter ? { filter: selection.filter } : {}),
      include: (id) => inShard(id, selection.shard),
      onProgress: (p) => {
        progress.listing(p.listed);
        progress.total(p.inScope);
      },
    }),
  );
}

/** The raw Graph objects of a live selection, for `export`. */
export function liveRawInventory(
  client: GraphClient,
  selection: Selection,
  progress: { listing(found: number): void; total(count: number): void },
  onGraphServicePrincipal: (servicePrincipal: Record<string, unknown> | null) => void,
): AsyncIterable<RawReadOutcome> {
  if (selection.kind === 'apps') {
    const appIds = selection.appIds.filter((id) => inShard(id, selection.shard));
    progress.total(appIds.length);
    return readRawApps(client, appIds, { onGraphServicePrincipal });
  }
  return asIncomplete(
    scanTenantRaw(client, {
      ...(selection.filter ? { filter: selection.filter } : {}),
      include: (id) => inShard(id, selection.shard),
      onProgress: (p) => {
        progress.listing(p.listed);
        progress.total(p.inScope);
      },
      onGraphServicePrincipal,
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
