// The job's GitHub OIDC token: whether one can be had, fetching it (masked, retried, cached),
// and the non-secret claims that explain a mismatch.
import * as core from '@actions/core';
import type { SubjectFormat } from '../workflows/model.js';
import {
  HttpError,
  withRetry,
  defaultIsRetryable,
  errorMessage,
  isNetworkError,
  type RetryOptions,
  type RetryVerdict,
} from '../http/retry.js';
import { contextOf, formatContext, formatSubject, type SubjectClaims } from '../matching/subject.js';
import { maskSecret, redactTokens } from './mask.js';

export interface GitHubContextLike {
  eventName?: string;
  actor?: string;
  payload?: {
    pull_request?: {
      head?: { repo?: { fork?: boolean; full_name?: string } | null };
      base?: { repo?: { full_name?: string } | null };
    };
  };
}

export type OidcAvailability =
  { available: true } | { available: false; reason: 'fork' | 'dependabot' | 'misconfigured'; explanation: string };

const PERMISSION_SNIPPET = 'permissions:\n  id-token: write\n  contents: read';

const FORK_EXPLANATION =
  'No GitHub OIDC token is available: this run is a pull request from a fork, and GitHub never grants ' +
  '`id-token: write` to fork pull requests. Only the workflows are analysed; the app registrations are ' +
  'checked when the change runs on a branch of this repository (push, or pull_request_target with care).';

const DEPENDABOT_EXPLANATION =
  'No GitHub OIDC token is available: this run was triggered by Dependabot, which GitHub treats like a fork ' +
  '(no `id-token: write`). Only the workflows are analysed; the app registrations are checked on other runs.';

const MISCONFIGURED_EXPLANATION =
  'No GitHub OIDC token is available: ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set, ' +
  'which means the job lacks the `id-token: write` permission. Grant it at the job level (or for the whole ' +
  `workflow) with:\n\n${PERMISSION_SNIPPET}\n\nWhen a \`permissions:\` block is present, every permission not listed ` +
  'is none, so keep `contents: read`. Pull requests from forks and Dependabot runs never get an OIDC token; ' +
  'there the action analyses workflows only.';

/** Classifies a missing token: fork and Dependabot runs are expected, anything else is a misconfiguration. */
export function checkOidcAvailability(env: NodeJS.ProcessEnv, github: GitHubContextLike): OidcAvailability {
  if (env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) return { available: true };
  if (github.actor === 'dependabot[bot]')
    return { available: false, reason: 'dependabot', explanation: DEPENDABOT_EXPLANATION };
  const pr = github.payload?.pull_request;
  if (pr) {
    const head = pr.head?.repo;
    const base = pr.base?.repo;
    const fromFork =
      head?.fork === true ||
      head === null ||
      (head?.full_name !== undefined && base?.full_name !== undefined && head.full_name !== base.full_name);
    if (fromFork) return { available: false, reason: 'fork', explanation: FORK_EXPLANATION };
  }
  return { available: false, reason: 'misconfigured', explanation: MISCONFIGURED_EXPLANATION };
}

/** The claims that are safe to print: never the signature, never the raw token. */
export interface OidcClaims {
  iss?: string;
  sub?: string;
  aud?: string;
  job_workflow_ref?: string;
  ref?: string;
  environment?: string;
  repository?: string;
  repository_id?: string;
  repository_owner_id?: string;
  event_name?: string;
  runner_environment?: string;
}

const SAFE_CLAIMS = [
  'iss',
  'sub',
  'aud',
  'job_workflow_ref',
  'ref',
  'environment',
  'repository',
  'repository_id',
  'repository_owner_id',
  'event_name',
  'runner_environment',
] as const satisfies readonly (keyof OidcClaims)[];

function decodePayload(token: string): Record<string, unknown> {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[1])
    throw new Error('The OIDC token is not a JWT (expected header.payload.signature)');
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
  } catch {
    throw new Error('The OIDC token payload is not valid base64url JSON');
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload))
    throw new Error('The OIDC token payload is not a JSON object');
  return payload as Record<string, unknown>;
}

/** Decodes the token and keeps only the non-secret claims (aud arrays are joined with a comma). */
export function describeClaims(token: string): OidcClaims {
  const payload = decodePayload(token);
  const claims: OidcClaims = {};
  for (const key of SAFE_CLAIMS) {
    const value = payload[key];
    if (typeof value === 'string') claims[key] = value;
    else if (typeof value === 'number') claims[key] = String(value);
    else if (key === 'aud' && Array.isArray(value)) claims.aud = value.filter((v) => typeof v === 'string').join(',');
  }
  return claims;
}

/** Every string-valued claim (for recovering a custom subject template); never the signature. */
export function decodeStringClaims(token: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(decodePayload(token))) {
    if (typeof value === 'string') out[key] = value;
    else if (typeof value === 'number' && key !== 'exp' && key !== 'iat' && key !== 'nbf') out[key] = String(value);
  }
  return out;
}

/** One line for the log: `iss=… sub=… aud=…` (quoted, since subjects contain spaces rarely but colons always). */
export function formatPresented(claims: Pick<OidcClaims, 'iss' | 'sub' | 'aud' | 'job_workflow_ref'>): string {
  const base = `iss='${claims.iss ?? '?'}' sub='${claims.sub ?? '?'}' aud='${claims.aud ?? '?'}'`;
  return claims.job_workflow_ref ? `${base} job_workflow_ref='${claims.job_workflow_ref}'` : base;
}

/** The `exp` claim in epoch milliseconds, when present. */
function expiresAtMs(token: string): number | undefined {
  const exp = decodePayload(token).exp;
  return typeof exp === 'number' && Number.isFinite(exp) ? exp * 1000 : undefined;
}

/** The runner's "Failed to get ID Token … Error Code : 503" tells us whether to try again. */
function isRetryableOidcError(error: unknown): RetryVerdict {
  const base = defaultIsRetryable(error);
  if (base !== false) return base;
  const message = errorMessage(error);
  const status = /Error Code\s*:\s*(\d{3})/.exec(message)?.[1];
  if (status) return defaultIsRetryable(new HttpError({ status: Number(status), message }));
  return isNetworkError(error);
}

export interface OidcTokenSourceOptions {
  audience: string;
  retry?: RetryOptions;
  /** Refresh this long before `exp`. */
  refreshMarginMs?: number;
  now?: () => number;
  /** Defaults to `@actions/core`'s getIDToken, which also masks the token. */
  fetchToken?: (audience: string) => Promise<string>;
  /** Registers the token with the log masker; the runner's by default (the CLI passes its own). */
  mask?: (secret: string) => void;
}

export interface OidcTokenSource {
  readonly audience: string;
  /** The token, from cache until shortly before it expires (MSAL asks twice per exchange). */
  get(): Promise<string>;
}

export function createOidcTokenSource(options: OidcTokenSourceOptions): OidcTokenSource {
  const audience = options.audience.trim();
  if (!audience) throw new Error('The OIDC audience must not be empty (default: api://AzureADTokenExchange)');
  const margin = options.refreshMarginMs ?? 60_000;
  const now = options.now ?? Date.now;
  const fetchToken = options.fetchToken ?? ((aud: string) => core.getIDToken(aud));
  let cached: { token: string; refreshAt: number } | undefined;
  let inflight: Promise<string> | undefined;

  async function fetchFresh(): Promise<string> {
    let token: string;
    try {
      token = await withRetry(() => fetchToken(audience), { ...options.retry, isRetryable: isRetryableOidcError });
    } catch (error) {
      throw new Error(
        `Failed to get the GitHub OIDC token for audience '${audience}': ${redactTokens(errorMessage(error))}`,
        {
          cause: error,
        },
      );
    }
    (options.mask ?? maskSecret)(token);
    const exp = expiresAtMs(token);
    // Without exp, cache for a minute: long enough for one exchange, short enough to stay valid.
    cached = { token, refreshAt: exp === undefined ? now() + 60_000 : exp - margin };
    return token;
  }

  return {
    audience,
    async get() {
      if (cached && now() < cached.refreshAt) return cached.token;
      inflight ??= fetchFresh().finally(() => {
        inflight = undefined;
      });
      return inflight;
    },
  };
}

/**
 * Fetches the job's OIDC token from the runner's request URL with plain `fetch`, for the CLI inside a job
 * (not through @actions/core, whose masking writes to stdout, which carries the CLI's report). Wrapped in
 * createOidcTokenSource like the action's, so both retry and cache the same way.
 */
export function runnerTokenFetcher(
  requestUrl: string,
  bearer: string,
  fetchImpl: typeof fetch = fetch,
): (audience: string) => Promise<string> {
  return async (audience) => {
    const response = await fetchImpl(`${requestUrl}&audience=${encodeURIComponent(audience)}`, {
      headers: { authorization: `Bearer ${bearer}`, accept: 'application/json' },
      signal: AbortSignal.timeout(30_000),
    });
    if (!response.ok) {
      throw new HttpError({
        status: response.status,
        message: `the GitHub OIDC token request failed with HTTP ${response.status}; the job needs permissions: id-token: write`,
      });
    }
    const body = (await response.json()) as { value?: unknown };
    if (typeof body.value !== 'string' || body.value === '') throw new Error('GitHub returned no OIDC token');
    return body.value;
  };
}

const sources = new Map<string, OidcTokenSource>();

/** The job's OIDC token for `audience`, cached per audience for the life of the process. */
export function getOidcToken(audience: string, retry?: RetryOptions): Promise<string> {
  let source = sources.get(audience);
  if (!source) {
    source = createOidcTokenSource({ audience, ...(retry ? { retry } : {}) });
    sources.set(audience, source);
  }
  return source.get();
}

// ---------------------------------------------------------------------------------------------
// Learning the repository's subject format from a real token.

/**
 * What GitHub's `sub` reveals about the repository's subject format: the default form
 * (`repo:O/R:<context>`), the immutable form (`repo:O@OID/R@RID:<context>`), or a custom
 * include_claim_keys template, whose keys are recovered by walking the claims. The forms are
 * built with the matching library, so the token and the predictions follow one set of rules.
 */
export function subjectFormatFromToken(claims: OidcClaims & Record<string, string | undefined>): SubjectFormat {
  const sub = claims.sub;
  const repository = claims.repository;
  if (!sub || !repository) return { kind: 'default', source: 'assumed' };
  const subjectClaims: SubjectClaims = {
    ...claims,
    repository,
    repository_owner: claims.repository_owner ?? repository.split('/')[0] ?? '',
    event_name: claims.event_name ?? '',
    ref: claims.ref ?? '',
  };
  const produces = (format: SubjectFormat): boolean => {
    try {
      return formatSubject(subjectClaims, format) === sub;
    } catch {
      return false; // e.g. the immutable form without the ids
    }
  };
  if (produces({ kind: 'default', source: 'token' })) return { kind: 'default', source: 'token' };
  if (produces({ kind: 'immutable', source: 'token' })) return { kind: 'immutable', source: 'token' };
  const context = claims.ref || claims.environment ? formatContext(contextOf(subjectClaims)) : undefined;
  const parsed = parseCustomSubject(sub, claims, context, immutableRepository(claims));
  if (parsed) return { kind: 'custom', claimKeys: parsed.keys, immutable: parsed.immutable, source: 'token' };
  return { kind: 'custom', source: 'token' };
}

function immutableRepository(claims: OidcClaims): string | undefined {
  const [owner, name] = (claims.repository ?? '').split('/');
  if (!owner || !name || !claims.repository_owner_id || !claims.repository_id) return undefined;
  return `${owner}@${claims.repository_owner_id}/${name}@${claims.repository_id}`;
}

const encodeValue = (value: string) => value.replaceAll(':', '%3A');

function parseCustomSubject(
  sub: string,
  claims: Record<string, string | undefined>,
  context: string | undefined,
  immutableRepo: string | undefined,
): { keys: string[]; immutable: boolean } | undefined {
  const keys: string[] = [];
  let immutable = false;
  let rest = sub;
  while (rest.length > 0) {
    const candidates: { key: string; text: string; immutable?: boolean }[] = [];
    if (context !== undefined) candidates.push({ key: 'context', text: context });
    if (claims.repository) candidates.push({ key: 'repo', text: `repo:${claims.repository}` });
    if (immutableRepo) candidates.push({ key: 'repo', text: `repo:${immutableRepo}`, immutable: true });
    for (const [key, value] of Object.entries(claims)) {
      if (value !== undefined && key !== 'sub' && /^[A-Za-z0-9_]+$/.test(key))
        candidates.push({ key, text: `${key}:${encodeValue(value)}` });
    }
    const hit = candidates.find((c) => rest === c.text || rest.startsWith(`${c.text}:`));
    if (!hit) return undefined;
    keys.push(hit.key);
    if (hit.immutable) immutable = true;
    rest = rest.slice(Math.min(rest.length, hit.text.length + 1));
  }
  return { keys, immutable };
}
