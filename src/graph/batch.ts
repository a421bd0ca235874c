// What both Graph readers share: one $batch with its item retries (under an optional throttle),
// nextLink paging, and the wording of a request that could not be read.
import {
  RETRYABLE_STATUSES,
  RETRY_DEFAULTS,
  RetryExhaustedError,
  errorMessage,
  withRetry,
  type RetryOptions,
} from '../http/retry.js';
import {
  GraphMalformedError,
  graphHttpError,
  type BatchItemRequest,
  type BatchItemResponse,
  type GraphClient,
} from './client.js';
import { arrayOf, asObject } from './normalise.js';

/** Most pages followed through @odata.nextLink for one collection. */
export const FOLLOW_PAGES_MAX = 500;

/** A batch item's answer, or why there is none. */
export type ItemResult = BatchItemResponse | { failure: string };

/** How one batch went, for a limit that adapts to throttling. */
export type ThrottleSignal = 'ok' | 'hot' | 'throttled' | 'failed';

/** Paces batches: a slot is held while one is in flight and released with how it went. */
export interface BatchThrottle {
  acquire(): Promise<void>;
  release(signal: ThrottleSignal, retryAfterMs?: number): void;
  /** One item of a batch was answered 429. */
  onThrottled(): void;
}

export interface ExecuteBatchOptions {
  /** Budget for re-sending throttled or failed items and garbled answers. */
  retry?: RetryOptions | undefined;
  /** Without one, batches are sent as soon as asked. */
  throttle?: BatchThrottle | undefined;
}

class ItemsPending extends Error {
  constructor(
    readonly count: number,
    readonly retryAfterMs: number | undefined,
    lastFailure: string,
  ) {
    super(`${count} request${count === 1 ? '' : 's'} of the batch still failing: ${lastFailure}`);
  }
}

/**
 * One $batch, re-sending only the items Graph answered 429/5xx, and the whole batch when the answer
 * is malformed (it only reads, so sending it again is safe), within the retry budget. Never rejects:
 * an item that could not be read carries its failure.
 */
export async function executeBatch(
  client: GraphClient,
  items: BatchItemRequest[],
  { retry, throttle }: ExecuteBatchOptions = {},
): Promise<Map<string, ItemResult>> {
  const results = new Map<string, ItemResult>();
  let pending = items;
  try {
    await withRetry(
      async () => {
        await throttle?.acquire();
        let signal: ThrottleSignal = 'failed';
        let retryAfterMs: number | undefined;
        try {
          const responses = await client.postBatch(pending);
          signal = 'ok';
          const byId = new Map(responses.map((r) => [r.id.toLowerCase(), r]));
          const still: BatchItemRequest[] = [];
          let lastFailure = '';
          for (const item of pending) {
            const response = byId.get(item.id.toLowerCase());
            if (!response) {
              results.set(item.id, { failure: 'the $batch response has no answer for this request' });
              continue;
            }
            const usage = Number(response.headers['x-ms-throttle-limit-percentage']);
            if (signal === 'ok' && Number.isFinite(usage) && usage >= 0.8) signal = 'hot';
            if (RETRYABLE_STATUSES.has(response.status)) {
              const error = graphHttpError(response.status, response.headers, response.body);
              if (response.status === 429) {
                signal = 'throttled';
                throttle?.onThrottled();
              }
              if (error.retryAfterMs !== undefined) retryAfterMs = Math.max(retryAfterMs ?? 0, error.retryAfterMs);
              lastFailure = error.message;
              still.push(item);
            } else results.set(item.id, response);
          }
          pending = still;
          if (still.length > 0) throw new ItemsPending(still.length, retryAfterMs, lastFailure);
        } finally {
          throttle?.release(signal, retryAfterMs);
        }
      },
      {
        ...outerRetry(retry),
        // Transport failures of the POST were already retried by the client's middleware; a garbled
        // answer was not.
        isRetryable: (e) =>
          e instanceof ItemsPending
            ? e.retryAfterMs === undefined
              ? true
              : { retryAfterMs: e.retryAfterMs }
            : e instanceof GraphMalformedError,
      },
    );
  } catch (error) {
    const malformed = error instanceof RetryExhaustedError ? error.lastError : error;
    const reason =
      malformed instanceof GraphMalformedError
        ? `Graph sent a malformed $batch response: ${malformed.message}`
        : errorMessage(error);
    for (const item of pending) results.set(item.id, { failure: reason });
  }
  return results;
}

/** Retries around client calls: each attempt may itself retry inside the client, so it gets the whole budget. */
export function outerRetry(retry: RetryOptions | undefined): RetryOptions {
  const deadlineMs = retry?.deadlineMs ?? RETRY_DEFAULTS.deadlineMs;
  return { ...retry, attemptTimeoutMs: deadlineMs, deadlineMs };
}

/** Follows @odata.nextLink (absolute, used as-is) until Graph stops sending one. */
export async function followPages(client: GraphClient, firstLink: string): Promise<unknown[]> {
  const values: unknown[] = [];
  const visited = new Set<string>();
  let link: string | undefined = firstLink;
  while (link !== undefined) {
    if (visited.has(link) || visited.size >= FOLLOW_PAGES_MAX)
      throw new GraphMalformedError(`paging did not end (${visited.size} pages, link repeated or too many)`);
    visited.add(link);
    const page = asObject(await client.getJson(link), 'page');
    values.push(...arrayOf(page, 'value', 'page'));
    const next = page['@odata.nextLink'];
    link = typeof next === 'string' ? next : undefined;
  }
  return values;
}

const PERMISSION_HINT =
  'the signed-in app needs the Microsoft Graph application permission Application.Read.All (with admin consent)';

/** Why `what` could not be read from its item result, naming the missing permission on 401/403. */
export function itemFailure(what: string, result: ItemResult): string {
  if ('failure' in result) return `could not read ${what}: ${result.failure}`;
  const error = graphHttpError(result.status, result.headers, result.body);
  if (result.status === 403 || result.status === 401)
    return `Graph denied reading ${what} (${error.message}): ${PERMISSION_HINT}`;
  return `could not read ${what}: Graph answered ${error.message}`;
}
