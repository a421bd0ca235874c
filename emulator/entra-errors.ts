// Entra's token-endpoint error replies (emulator/facts/entra-token.md#responses): body shape, headers
// and the AADSTS texts quoted in real responses (emulator/facts/entra-token.md#aadsts). Microsoft warns clients not to parse the description;
// the emulator still reproduces it because users read it.
import { randomUUID } from 'node:crypto';
import type { EmulatorRequest, EmulatorResponse } from './core/server.js';

export type OAuthError =
  | 'invalid_request'
  | 'invalid_client'
  | 'unauthorized_client'
  | 'invalid_scope'
  | 'invalid_resource'
  | 'unsupported_grant_type'
  | 'invalid_tenant';

export interface AadstsError {
  status: 400 | 401;
  error: OAuthError;
  code: number;
  /** The description after `AADSTSnnnn: `, without the trace lines. */
  message: string;
}

const FIC_DOC = 'https://learn.microsoft.com/entra/workload-id/workload-identity-federation';
const CHECK_FIC =
  'Please check your federated identity credential Subject, Audience and Issuer against the presented assertion.';

/** `YYYY-MM-DD HH:MM:SSZ`, Entra's timestamp format. */
export function entraTimestamp(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d{3}Z$/, 'Z');
}

/** .NET round-trip format with 7 fractional digits, as in AADSTS700024's text. */
function dotnetTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$10000Z');
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The reply Entra sends: the client's client-request-id becomes the correlation id. */
export function aadstsResponse(req: EmulatorRequest, err: AadstsError, nowMs: number): EmulatorResponse {
  const traceId = randomUUID();
  const requested = req.headers['client-request-id'];
  const correlationId = typeof requested === 'string' && GUID.test(requested) ? requested : randomUUID();
  const timestamp = entraTimestamp(nowMs);
  return {
    status: err.status,
    headers: {
      'cache-control': 'no-store, no-cache',
      pragma: 'no-cache',
      'x-ms-request-id': traceId,
      'client-request-id': correlationId,
    },
    body: {
      error: err.error,
      error_description: `AADSTS${err.code}: ${err.message}\r\nTrace ID: ${traceId}\r\nCorrelation ID: ${correlationId}\r\nTimestamp: ${timestamp}`,
      error_codes: [err.code],
      timestamp,
      trace_id: traceId,
      correlation_id: correlationId,
      // Entra points at its own host (login.microsoftonline.us in US Gov); ours is the emulator.
      error_uri: `${req.url.origin}/error?code=${err.code}`,
    },
  };
}

export const aadsts = {
  tenantNotFound: (tenant: string): AadstsError => ({
    status: 400,
    error: 'invalid_request',
    code: 90002,
    message: `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.`,
  }),
  missingParameter: (name: string): AadstsError => ({
    status: 400,
    error: 'invalid_request',
    code: 900144,
    message: `The request body must contain the following parameter: '${name}'.`,
  }),
  // 70003 is Entra's code for an unsupported grant type (not in fact sheet B3; unverified).
  unsupportedGrantType: (grant: string): AadstsError => ({
    status: 400,
    error: 'unsupported_grant_type',
    code: 70003,
    message: `The app requested an unsupported grant type '${grant}'.`,
  }),
  missingClientCredential: (): AadstsError => ({
    status: 401,
    error: 'invalid_client',
    code: 7000218,
    message: "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
  }),
  invalidClientSecret: (appId: string): AadstsError => ({
    status: 401,
    error: 'invalid_client',
    code: 7000215,
    message: `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${appId}'.`,
  }),
  applicationNotFound: (appId: string, tenant: string): AadstsError => ({
    status: 400,
    error: 'unauthorized_client',
    code: 700016,
    message: `Application with identifier '${appId}' was not found in the directory '${tenant}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
  }),
  // Status and error name for 7000229 are unverified; the code and meaning are Entra's.
  missingServicePrincipal: (appId: string, tenantId: string): AadstsError => ({
    status: 400,
    error: 'unauthorized_client',
    code: 7000229,
    message: `The client application ${appId} is missing service principal in the tenant ${tenantId}. See instructions here: https://go.microsoft.com/fwlink/?linkid=2225119`,
  }),
  applicationDisabled: (appId: string, displayName: string): AadstsError => ({
    status: 400,
    error: 'unauthorized_client',
    code: 7000112,
    message: `Application '${appId}'(${displayName}) is disabled.`,
  }),
  invalidScope: (scope: string): AadstsError => ({
    status: 400,
    error: 'invalid_scope',
    code: 70011,
    message: `The provided value for the input parameter 'scope' is not valid. The scope ${scope} is not valid.`,
  }),
  resourceNotFound: (resource: string, tenant: string): AadstsError => ({
    status: 400,
    error: 'invalid_resource',
    code: 500011,
    message: `The resource principal named ${resource} was not found in the tenant named ${tenant}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.`,
  }),
  // The fact sheet has 50027 without an `error` or status; invalid_client/401 as for 700027 (unverified).
  malformedAssertion: (why: string): AadstsError => ({
    status: 401,
    error: 'invalid_client',
    code: 50027,
    message: `JWT token is invalid or malformed (${why}).`,
  }),
  badSignature: (): AadstsError => ({
    status: 401,
    error: 'invalid_client',
    code: 700027,
    message: 'Client assertion failed signature validation.',
  }),
  outsideTimeRange: (nowMs: number, nbf: number | undefined, exp: number): AadstsError => ({
    status: 401,
    error: 'invalid_client',
    code: 700024,
    message: `Client assertion is not within its valid time range. Current time: ${dotnetTime(nowMs)}, assertion valid from ${dotnetTime((nbf ?? 0) * 1000)}, expiry time of assertion ${dotnetTime(exp * 1000)}. Review the documentation at https://learn.microsoft.com/entra/identity-platform/certificate-credentials .`,
  }),
  noIssuer: (iss: string): AadstsError => ({
    status: 401,
    error: 'invalid_client',
    code: 700211,
    message: `No matching federated identity record found for presented assertion issuer '${iss}'. ${CHECK_FIC} ${FIC_DOC}`,
  }),
  // One third-party fixture shows invalid_request for 700212; invalid_client is the majority (emulator/facts/entra-token.md#aadsts).
  noAudience: (aud: string): AadstsError => ({
    status: 401,
    error: 'invalid_client',
    code: 700212,
    message: `No matching federated identity record found for presented assertion audience '${aud}'. ${CHECK_FIC} ${FIC_DOC}`,
  }),
  subjectCase: (sub: string): AadstsError => ({
    status: 401,
    error: 'invalid_client',
    code: 7002138,
    message: `No matching federated identity record found for presented assertion subject '${sub}'. The subject matches with case-insensitive comparison, but not with case-sensitive comparison. ${CHECK_FIC} ${FIC_DOC}`,
  }),
  noSubject: (sub: string): AadstsError => ({
    status: 401,
    error: 'invalid_client',
    code: 700213,
    message: `No matching federated identity record found for presented assertion subject '${sub}'. Check your federated identity credential Subject, Audience and Issuer against the presented assertion. ${FIC_DOC}`,
  }),
};
