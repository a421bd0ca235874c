// A small Azure Resource Manager client: GET with a bearer token for the cloud's ARM audience, through
// the same retry/timeout helper as Graph (429/5xx/network retried, Retry-After honoured, the whole body
// read inside each attempt), and `nextLink` paging that never leaves the ARM origin.
import { validateHttpsEndpoint } from '../auth/clouds.js';
import { redactTokens } from '../auth/mask.js';
import {
  HttpError,
  defaultIsRetryable,
  errorMessage,
  parseRetryAfter,
  withRetry,
  type RetryOptions,
} from '../http/retry.js';

export interface ArmClientOptions {
  /** e.g. https://management.azure.com (no trailing slash). */
  armEndpoint: string;
  /** An access token for `<armEndpoint>/.default`. */
  getAccessToken: () => Promise<string>;
  retry?: RetryOptions;
  fetch?: typeof fetch;
}

export interface ArmClient {
  readonly endpoint: string;
  /** GET a path (with its query) on the ARM endpoint, or an absolute nextLink on the same origin. */
  getJson(pathOrUrl: string): Promise<unknown>;
}

/** An ARM answer that is not what ARM promises (not JSON, wrong shape, a link elsewhere). */
export class ArmMalformedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArmMalformedError';
  }
}

/** An HttpError from ARM's error body `{ error: { code, message } }` and its x-ms-request-id. */
export function armHttpError(status: number, headers: Headers, text: string): HttpError {
  let code: string | undefined;
  let message = '';
  try {
    const error = (JSON.parse(text) as { error?: { code?: unknown; message?: unknown } } | null)?.error;
    if (typeof error?.code === 'string') code = error.code;
    if (typeof error?.message === 'string') message = redactTokens(error.message).slice(0, 400);
  } catch {
    // Not JSON: the status alone says what happened.
  }
  const requestId = headers.get('x-ms-request-id') ?? undefined;
  const retryAfterMs = parseRetryAfter(headers.get('retry-after'));
  return new HttpError({
    status,
    message: `HTTP ${status}${code ? ` ${code}` : ''}${message ? `: ${message}` : ''}${requestId ? ` (x-ms-request-id ${requestId})` : ''}`,
    ...(code ? { code } : {}),
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    ...(requestId ? { requestId } : {}),
  });
}

export function createArmClient(options: ArmClientOptions): ArmClient {
  const endpoint = validateHttpsEndpoint(options.armEndpoint, 'arm-endpoint');
  const origin = new URL(endpoint).origin;
  const fetchImpl = options.fetch ?? fetch;

  async function getJson(pathOrUrl: string): Promise<unknown> {
    let url: string;
    if (/^[a-z]+:\/\//i.test(pathOrUrl)) {
      if (new URL(pathOrUrl).origin !== origin)
        throw new ArmMalformedError(`Azure Resource Manager sent a link outside ${origin}; not following it`);
      url = pathOrUrl;
    } else {
      if (!pathOrUrl.startsWith('/')) throw new Error(`ARM path must start with '/': ${pathOrUrl}`);
      url = `${endpoint}${pathOrUrl}`;
    }
    return withRetry(
      async (_attempt, signal) => {
        const token = await options.getAccessToken();
        const response = await fetchImpl(url, {
          headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
          signal,
        });
        const text = await response.text();
        if (!response.ok) throw armHttpError(response.status, response.headers, text);
        try {
          return JSON.parse(text) as unknown;
        } catch {
          // A GET is safe to repeat: a garbled or cut answer is read again within the budget.
          throw new ArmMalformedError(
            `Azure Resource Manager answered HTTP ${response.status} with a body that is not valid JSON (${text.length} bytes; truncated or not JSON)`,
          );
        }
      },
      {
        ...options.retry,
        isRetryable: (error) =>
          error instanceof ArmMalformedError ? true : (options.retry?.isRetryable ?? defaultIsRetryable)(error),
      },
    ).catch((error: unknown) => {
      throw error instanceof Error ? error : new Error(errorMessage(error), { cause: error });
    });
  }

  return { endpoint, getJson };
}
