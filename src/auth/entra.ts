// Exchange of the GitHub OIDC token for an Entra access token (workload identity federation),
// through @azure/identity's ClientAssertionCredential. Transient failures are retried under MSAL,
// in the HTTP pipeline: MSAL itself never retries the token POST, and it remembers a 429/5xx for
// up to 60 s (its throttling cache), so retrying getToken() from outside would only replay that.
import { ClientAssertionCredential, type AccessToken, type TokenCredential } from '@azure/identity';
import type { PipelinePolicy, PipelineResponse } from '@azure/core-rest-pipeline';
import {
  RETRYABLE_STATUSES,
  RetryExhaustedError,
  defaultIsRetryable,
  errorMessage,
  parseRetryAfter,
  withRetry,
  type RetryOptions,
} from '../http/retry.js';
import { isKnownAuthorityHost, validateHttpsEndpoint } from './clouds.js';
import { maskSecret, redactTokens } from './mask.js';
import { describeClaims, formatPresented, type OidcClaims } from './oidc.js';
import { cutAtLabel } from '../strings.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TENANT_DOMAIN = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/i;

export interface EntraCredentialOptions {
  tenantId: string;
  clientId: string;
  authorityHost: string;
  /** Returns the GitHub OIDC token; called twice per exchange by MSAL, so it should cache. */
  getAssertion: () => Promise<string>;
  retry?: RetryOptions;
  /**
   * Registers a secret with the log masker before anything could echo it. Defaults to the runner's
   * (`::add-mask::` on stdout); the CLI, whose stdout carries the report, passes its own.
   */
  mask?: (secret: string) => void;
}

export interface EntraCredential {
  /**
   * `assertion`: the GitHub OIDC token exchanged for the app `clientId` (the action, and the CLI in a job).
   * `chain`: any other TokenCredential (the CLI's DefaultAzureCredential); clientId is then unknown ('').
   */
  readonly kind: 'assertion' | 'chain';
  readonly tenantId: string;
  readonly clientId: string;
  readonly authorityHost: string;
  readonly tokenCredential: TokenCredential;
  /** iss/sub/aud of the last assertion handed to Entra (for error messages). */
  presented(): Pick<OidcClaims, 'iss' | 'sub' | 'aud'> | undefined;
  /** The last transport failure the retry policy gave up on (MSAL reports those as a bare network_error). */
  lastTransportFailure(): Error | undefined;
  readonly mask: (secret: string) => void;
}

export function validateTenantId(tenantId: string): string {
  const value = tenantId.trim();
  if (!GUID.test(value) && !TENANT_DOMAIN.test(value))
    throw new Error(
      `Invalid tenant-id '${tenantId}': expected a GUID or a verified domain such as contoso.onmicrosoft.com`,
    );
  return value;
}

export function validateClientId(clientId: string): string {
  const value = clientId.trim();
  if (!GUID.test(value))
    throw new Error(`Invalid client-id '${clientId}': expected the application (client) ID, a GUID`);
  return value;
}

class RetryableResponse extends Error {
  constructor(
    readonly response: PipelineResponse,
    readonly retryAfterMs: number | undefined,
  ) {
    super(`HTTP ${response.status} from ${new URL(response.request.url).host}`);
    this.name = 'RetryableResponse';
  }
}

function retryPolicy(retry: RetryOptions | undefined, onGiveUp: (error: Error) => void): PipelinePolicy {
  return {
    name: 'entraFederationGuardRetry',
    async sendRequest(request, next) {
      const callerSignal = request.abortSignal;
      try {
        return await withRetry(
          async (_attempt, signal) => {
            request.abortSignal = callerSignal ? AbortSignal.any([callerSignal as AbortSignal, signal]) : signal;
            const response = await next(request);
            if (RETRYABLE_STATUSES.has(response.status))
              throw new RetryableResponse(response, parseRetryAfter(response.headers.get('retry-after')));
            return response;
          },
          {
            ...retry,
            isRetryable: (error) =>
              error instanceof RetryableResponse
                ? error.retryAfterMs === undefined
                  ? true
                  : { retryAfterMs: error.retryAfterMs }
                : defaultIsRetryable(error),
          },
        );
      } catch (error) {
        if (error instanceof RetryExhaustedError) {
          onGiveUp(error);
          // Let MSAL parse Entra's own error body from the last answer.
          if (error.lastError instanceof RetryableResponse) return error.lastError.response;
        }
        throw error;
      } finally {
        request.abortSignal = callerSignal;
      }
    },
  };
}

export function createEntraCredential(options: EntraCredentialOptions): EntraCredential {
  const tenantId = validateTenantId(options.tenantId);
  const clientId = validateClientId(options.clientId);
  const authorityHost = validateHttpsEndpoint(options.authorityHost, 'authority-host');
  let presented: Pick<OidcClaims, 'iss' | 'sub' | 'aud'> | undefined;
  let transportFailure: Error | undefined;

  const mask = options.mask ?? maskSecret;
  const getAssertion = async (): Promise<string> => {
    const token = await options.getAssertion();
    mask(token);
    try {
      const { iss, sub, aud } = describeClaims(token);
      presented = { ...(iss ? { iss } : {}), ...(sub ? { sub } : {}), ...(aud ? { aud } : {}) };
    } catch {
      presented = undefined;
    }
    return token;
  };

  const tokenCredential = new ClientAssertionCredential(tenantId, clientId, getAssertion, {
    authorityHost,
    // MSAL knows the public clouds; for any other host it would ask the public cloud's instance discovery.
    disableInstanceDiscovery: !isKnownAuthorityHost(authorityHost),
    // Our policy retries; the SDK's own retry would multiply the attempts.
    retryOptions: { maxRetries: 0 },
    additionalPolicies: [{ policy: retryPolicy(options.retry, (e) => (transportFailure = e)), position: 'perCall' }],
  });

  return {
    kind: 'assertion',
    tenantId,
    clientId,
    authorityHost,
    tokenCredential,
    presented: () => presented,
    lastTransportFailure: () => transportFailure,
    mask,
  };
}

/** Any other TokenCredential (the CLI's standard chain), explained and masked the same way. */
export function chainCredential(options: {
  tenantId: string;
  authorityHost: string;
  tokenCredential: TokenCredential;
  mask?: (secret: string) => void;
}): EntraCredential {
  return {
    kind: 'chain',
    tenantId: options.tenantId,
    clientId: '',
    authorityHost: options.authorityHost,
    tokenCredential: options.tokenCredential,
    presented: () => undefined,
    lastTransportFailure: () => undefined,
    mask: options.mask ?? maskSecret,
  };
}

/** An access token for Microsoft Graph (`<graphEndpoint>/.default`), masked before anything is logged. */
export async function acquireGraphToken(credential: EntraCredential, graphEndpoint: string): Promise<AccessToken> {
  const endpoint = validateHttpsEndpoint(graphEndpoint, 'graph-endpoint');
  const scope = `${endpoint}/.default`;
  let token: AccessToken | null;
  try {
    token = await credential.tokenCredential.getToken(scope);
  } catch (error) {
    throw explainEntraError(error, { credential, scope });
  }
  if (!token?.token)
    throw new EntraExchangeError(null, `${prefix(credential)}Entra returned no access token for scope ${scope}`);
  credential.mask(token.token);
  return token;
}

export class EntraExchangeError extends Error {
  constructor(
    /** The AADSTS code, when Entra gave one. */
    readonly aadsts: number | null,
    message: string,
  ) {
    super(message);
    this.name = 'EntraExchangeError';
  }
}

const prefix = (c: Pick<EntraCredential, 'tenantId' | 'clientId'> & { kind?: EntraCredential['kind'] }) =>
  c.kind === 'chain'
    ? `Could not sign in to tenant ${c.tenantId}: `
    : `Failed to exchange the GitHub OIDC token for an Entra token (tenant ${c.tenantId}, client ${c.clientId}): `;

/** The AADSTS code in an error from @azure/identity / MSAL (message, cause or parsed body). */
export function aadstsCode(error: unknown): number | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth += 1) {
    const codes = (current as { errorResponse?: { errorCodes?: unknown } }).errorResponse?.errorCodes;
    if (Array.isArray(codes) && typeof codes[0] === 'number') return codes[0];
    const message = (current as { message?: unknown }).message;
    const match = typeof message === 'string' ? /AADSTS(\d{5,8})/.exec(message) : null;
    if (match?.[1]) return Number(match[1]);
    const errorNo = (current as { errorNo?: unknown }).errorNo;
    if (typeof errorNo === 'string' && /^\d+$/.test(errorNo)) return Number(errorNo);
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}

/** Entra's own description, first sentence only, without trace/correlation ids or anything token-shaped. */
function entraDescription(error: unknown): string {
  const raw = redactTokens(errorMessage(error));
  const aadsts = /AADSTS\d+:[^\r\n]*/.exec(raw)?.[0] ?? raw.split(/\r?\n/)[0] ?? raw;
  // Cut with indexOf, not /\s*Trace ID:.*$/i: that regex is quadratic on a long run of spaces.
  return cutAtLabel(cutAtLabel(cutAtLabel(aadsts, 'Trace ID:'), 'Correlation ID:'), 'Timestamp:').trim();
}

export interface ExplainContext {
  credential: Pick<EntraCredential, 'tenantId' | 'clientId' | 'authorityHost'> &
    Partial<Pick<EntraCredential, 'kind' | 'presented' | 'lastTransportFailure'>>;
  scope: string;
}

/** Maps an exchange failure to a message that says what was presented and what to fix. */
export function explainEntraError(error: unknown, context: ExplainContext): EntraExchangeError {
  const { credential, scope } = context;
  const code = aadstsCode(error);
  const presented = credential.presented?.() ?? {};
  const shown = `Presented: ${formatPresented(presented)}.`;
  const sub = presented.sub ?? '<subject>';
  const iss = presented.iss ?? 'https://token.actions.githubusercontent.com';
  const aud = presented.aud ?? 'api://AzureADTokenExchange';
  const app = credential.clientId;
  const description = entraDescription(error);
  if (credential.kind === 'chain') {
    // Which credential of the chain failed, and how, is in the SDK's own text; the advice is how to sign in.
    return new EntraExchangeError(
      code,
      `Could not sign in to tenant ${credential.tenantId} at ${credential.authorityHost} for ${scope}: ${describeChainError(error)}. ${CHAIN_SIGN_IN_HELP}`,
    );
  }
  const addCredential =
    `Add a federated credential with subject '${sub}' to app ${app} (Certificates & secrets → Federated credentials) or run ` +
    `\`az ad app federated-credential create --id ${app} --parameters '{"name":"<name>","issuer":"${iss}","subject":"${sub}","audiences":["${aud}"]}'\`.`;

  let advice: string;
  switch (code) {
    case 700213:
    case 70021:
      advice =
        `No federated credential on app ${app} matches the presented token. ${shown} ${addCredential}` +
        (code === 70021
          ? ' A credential created in the last minutes may still be propagating: retry the job once.'
          : '');
      break;
    case 700211:
      advice = `No federated credential on app ${app} trusts the issuer '${iss}'. ${shown} Set the credential's issuer to exactly '${iss}' (GitHub Enterprise with a custom issuer adds /<enterprise-slug>).`;
      break;
    case 700212:
      advice = `No federated credential on app ${app} accepts the audience '${aud}'. ${shown} Set the credential's audience to '${aud}', or request the token with the credential's audience (usually api://AzureADTokenExchange).`;
      break;
    case 7002138:
      advice = `A federated credential on app ${app} matches the subject only when case is ignored; Entra compares issuer, subject and audience case-sensitively. ${shown} Change the credential's subject to exactly '${sub}'.`;
      break;
    case 700016:
      advice = `Application ${app} was not found in tenant ${credential.tenantId}: check client-id and tenant-id (the app may be registered in another tenant, or the two values are swapped).`;
      break;
    case 700024:
      advice = `The GitHub OIDC token is outside its valid time range (expired or not yet valid). ${shown} Check the runner's clock and request the token just before the exchange; GitHub tokens are valid for about five minutes.`;
      break;
    case 90002:
      advice = `Tenant ${credential.tenantId} was not found at ${credential.authorityHost}: check tenant-id and the cloud (authority-host).`;
      break;
    case 7000112:
      advice = `Application ${app} is disabled in tenant ${credential.tenantId}: enable it (or its service principal) before it can sign in.`;
      break;
    case 70011:
      advice = `Entra rejected the scope '${scope}': the Graph endpoint must belong to the same cloud as the authority host ${credential.authorityHost}; set cloud, or authority-host and graph-endpoint, consistently.`;
      break;
    case 50027:
    case 700027:
      advice = `Entra rejected the GitHub token as an invalid assertion (format, signature or claims). ${shown} Pass the job's GitHub OIDC token unchanged and check that its issuer is the one the federated credential names.`;
      break;
    default: {
      const failure = credential.lastTransportFailure?.();
      advice =
        code !== null ? `Entra answered AADSTS${code}. ${shown}` : failure ? `${errorMessage(failure)}.` : `${shown}`;
    }
  }
  const detail = description && !advice.includes(description) ? ` Entra said: ${description}` : '';
  return new EntraExchangeError(
    code,
    `${prefix(credential)}${code !== null ? `AADSTS${code}: ` : ''}${advice}${detail}`,
  );
}

const CHAIN_SIGN_IN_HELP =
  'The CLI signs in through DefaultAzureCredential: set AZURE_CLIENT_ID and AZURE_FEDERATED_TOKEN_FILE (workload identity), ' +
  'AZURE_CLIENT_ID with AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH (service principal), run on a managed identity, ' +
  'or run `az login`. See docs/cli.md#authentication.';

/** The SDK's error text, without anything token-shaped or trace ids, on one line of bounded length. */
export function describeChainError(error: unknown): string {
  const text = redactTokens(errorMessage(error))
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/^(Trace|Correlation) ID:|^Timestamp:/i.test(line))
    .join(' ')
    .replace(/\s+/g, ' ');
  return text.length > 1500 ? `${text.slice(0, 1497)}...` : text.replace(/\.$/, '');
}
