// A Microsoft Graph client on the SDK's own middleware chain: our retry/timeout middleware (every
// method, Retry-After, a whole-body read inside each attempt), the SDK's AuthenticationHandler and
// its HTTPMessageHandler. Responses are read RAW so the reader sees every status and body itself.
import {
  AuthenticationHandler,
  Client,
  HTTPMessageHandler,
  ResponseType,
  type AuthenticationProvider,
  type Context,
  type Middleware,
} from '@microsoft/microsoft-graph-client';
import { validateHttpsEndpoint } from '../auth/clouds.js';
import { redactTokens } from '../auth/mask.js';
import {
  HttpError,
  RETRYABLE_STATUSES,
  defaultIsRetryable,
  errorMessage,
  parseRetryAfter,
  withRetry,
  type RetryOptions,
} from '../http/retry.js';

export type GraphVersion = 'v1.0' | 'beta';

export interface GraphClientOptions {
  /** e.g. https://graph.microsoft.com (no version). */
  graphEndpoint: string;
  getAccessToken: () => Promise<string>;
  /** Default beta: only beta returns claimsMatchingExpression on federated credentials. */
  version?: GraphVersion;
  retry?: RetryOptions;
}

export interface BatchItemRequest {
  id: string;
  method: 'GET';
  /** Relative to the version root, e.g. /applications(appId='…') — never /beta/… */
  url: string;
  headers?: Record<string, string>;
}

export interface BatchItemResponse {
  id: string;
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

export interface GraphClient {
  readonly endpoint: string;
  readonly version: GraphVersion;
  /** GET a path relative to the version root, or an absolute @odata.nextLink on the same host (used as-is). */
  getJson(pathOrUrl: string, headers?: Record<string, string>): Promise<unknown>;
  /** POST one JSON $batch; the item statuses are the caller's to check. */
  postBatch(requests: BatchItemRequest[]): Promise<BatchItemResponse[]>;
}

/** A body that is not what Graph promises (not JSON, truncated, wrong shape). */
export class GraphMalformedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GraphMalformedError';
  }
}

/** Builds an HttpError from a Graph error body: `{ error: { code, message, innerError: { request-id } } }`. */
export function graphHttpError(status: number, headers: Record<string, string> | Headers, body: unknown): HttpError {
  const get = (name: string) =>
    headers instanceof Headers
      ? headers.get(name)
      : (headers[name] ?? headers[name.toLowerCase()] ?? findHeader(headers, name));
  let parsed = body;
  if (typeof body === 'string') {
    try {
      parsed = JSON.parse(body);
    } catch {
      parsed = undefined;
    }
  }
  const error = (
    parsed as { error?: { code?: unknown; message?: unknown; innerError?: Record<string, unknown> } } | undefined
  )?.error;
  const code = typeof error?.code === 'string' ? error.code : undefined;
  const text = typeof error?.message === 'string' ? redactTokens(error.message).slice(0, 300) : '';
  const innerId = error?.innerError?.['request-id'];
  const requestId = typeof innerId === 'string' ? innerId : (get('request-id') ?? undefined);
  const retryAfterMs = parseRetryAfter(get('retry-after'));
  return new HttpError({
    status,
    message: `HTTP ${status}${code ? ` ${code}` : ''}${text ? `: ${text}` : ''}${requestId ? ` (request-id ${requestId})` : ''}`,
    ...(code ? { code } : {}),
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    ...(requestId ? { requestId } : {}),
  });
}

function findHeader(headers: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : headers[key];
}

/** Middleware option: send this exact URL (an @odata.nextLink must be followed as-is, not re-parsed). */
class ExactUrl {
  constructor(readonly url: string) {}
}

class RetryTimeoutMiddleware implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly retry: RetryOptions | undefined) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    const next = this.next;
    if (!next) throw new Error('RetryTimeoutMiddleware needs a next middleware');
    const exact = context.middlewareControl?.getMiddlewareOptions(ExactUrl) as ExactUrl | undefined;
    const base = context.options ?? {};
    context.response = await withRetry(
      async (_attempt, signal) => {
        const attempt: Context = {
          ...context,
          request: exact?.url ?? context.request,
          options: { ...base, headers: { ...(base.headers as Record<string, string> | undefined) }, signal },
        };
        await next.execute(attempt);
        const raw = attempt.response;
        if (!raw) throw new Error('Graph request produced no response');
        // Read the whole body inside the attempt, so a body that stalls is an attempt timeout.
        const bytes = await raw.arrayBuffer();
        const response = new Response(bytes.byteLength > 0 && raw.status !== 204 ? bytes : null, {
          status: raw.status,
          statusText: raw.statusText,
          headers: raw.headers,
        });
        if (RETRYABLE_STATUSES.has(response.status))
          throw graphHttpError(response.status, response.headers, new TextDecoder().decode(bytes));
        return response;
      },
      { ...this.retry, isRetryable: this.retry?.isRetryable ?? defaultIsRetryable },
    ).catch((error: unknown) => {
      // The SDK keeps only the message of a same-realm Error; Node's fetch errors may be from another realm.
      throw error instanceof Error ? error : new Error(errorMessage(error), { cause: error });
    });
  }
}

class TokenProvider implements AuthenticationProvider {
  constructor(private readonly getToken: () => Promise<string>) {}
  getAccessToken(): Promise<string> {
    return this.getToken();
  }
}

export function createGraphClient(options: GraphClientOptions): GraphClient {
  const endpoint = validateHttpsEndpoint(options.graphEndpoint, 'graph-endpoint');
  const origin = new URL(endpoint).origin;
  const version = options.version ?? 'beta';
  const retry = new RetryTimeoutMiddleware(options.retry);
  const auth = new AuthenticationHandler(new TokenProvider(options.getAccessToken));
  const http = new HTTPMessageHandler();
  const sdk = Client.initWithMiddleware({
    middleware: [retry, auth, http],
    baseUrl: endpoint,
    defaultVersion: version,
    // The SDK attaches the token only to https URLs whose hostname is a Graph host or listed here.
    customHosts: new Set([new URL(endpoint).hostname]),
  });

  async function send(
    pathOrUrl: string,
    method: 'GET' | 'POST',
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<unknown> {
    let request;
    if (/^[a-z]+:\/\//i.test(pathOrUrl)) {
      const url = new URL(pathOrUrl);
      if (url.origin !== origin) throw new GraphMalformedError(`Graph sent a link outside ${origin}; not following it`);
      request = sdk.api(pathOrUrl).middlewareOptions([new ExactUrl(pathOrUrl)]);
    } else {
      if (!pathOrUrl.startsWith('/')) throw new Error(`Graph path must start with '/': ${pathOrUrl}`);
      request = sdk.api(pathOrUrl).version(version);
    }
    request = request.responseType(ResponseType.RAW).headers(headers);
    let response: Response;
    try {
      response = (method === 'GET' ? await request.get() : await request.post(body)) as Response;
    } catch (error) {
      // The SDK wraps middleware errors in a GraphError that keeps the message; keep ours.
      const body = (error as { body?: unknown }).body;
      const message =
        errorMessage(error) || (body !== undefined && body !== null ? errorMessage(body) : 'Graph request failed');
      throw new Error(redactTokens(message), { cause: error });
    }
    const text = await response.text();
    if (!response.ok) throw graphHttpError(response.status, response.headers, text);
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new GraphMalformedError(
        `Graph answered HTTP ${response.status} with a body that is not valid JSON (${text.length} bytes; truncated or not JSON)`,
      );
    }
  }

  return {
    endpoint,
    version,
    getJson: (pathOrUrl, headers) => send(pathOrUrl, 'GET', undefined, headers),
    async postBatch(requests) {
      if (requests.length === 0) return [];
      if (requests.length > 20) throw new Error(`A Graph $batch holds at most 20 requests, got ${requests.length}`);
      for (const r of requests)
        if (!r.url.startsWith('/') || /^\/(v1\.0|beta)\//i.test(r.url))
          throw new Error(`Batch item URLs must be relative to the version root (/applications/…), got ${r.url}`);
      const payload = await send('/$batch', 'POST', { requests }, { 'Content-Type': 'application/json' });
      return parseBatchResponse(payload, requests);
    },
  };
}

function parseBatchResponse(payload: unknown, requests: BatchItemRequest[]): BatchItemResponse[] {
  const responses = (payload as { responses?: unknown } | null)?.responses;
  if (!Array.isArray(responses)) throw new GraphMalformedError('Graph $batch response has no "responses" array');
  const wanted = new Set(requests.map((r) => r.id.toLowerCase()));
  const out: BatchItemResponse[] = [];
  for (const item of responses) {
    const { id, status, headers, body } = (item ?? {}) as Record<string, unknown>;
    if (typeof id !== 'string' || typeof status !== 'number')
      throw new GraphMalformedError('Graph $batch response item lacks id or status');
    if (!wanted.has(id.toLowerCase())) continue;
    const normalised: Record<string, string> = {};
    if (headers && typeof headers === 'object')
      for (const [k, v] of Object.entries(headers)) if (typeof v === 'string') normalised[k.toLowerCase()] = v;
    out.push({ id, status, headers: normalised, body });
  }
  return out;
}
