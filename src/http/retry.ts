// Retry with full-jitter exponential backoff, Retry-After, a per-attempt timeout and a total
// budget. Only failures that can succeed later are retried (429, 5xx, network, timeouts).

import { sleep as scaledSleep } from './timings.js';

export interface RetryInfo {
  /** The attempt that just failed (1-based). */
  attempt: number;
  delayMs: number;
  error: unknown;
}

export type RetryVerdict = boolean | { retryAfterMs?: number };

export interface RetryOptions {
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Total budget across attempts and waits. */
  deadlineMs?: number;
  /** Aborts an attempt that hangs. */
  attemptTimeoutMs?: number;
  isRetryable?: (error: unknown) => RetryVerdict;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
  onRetry?: (info: RetryInfo) => void;
}

export const RETRY_DEFAULTS = {
  maxAttempts: 5,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  deadlineMs: 120_000,
  attemptTimeoutMs: 30_000,
} as const;

/** An HTTP failure with what a retry decision and an error message need (never a body with secrets). */
export class HttpError extends Error {
  readonly status: number;
  readonly code: string | undefined;
  readonly retryAfterMs: number | undefined;
  readonly requestId: string | undefined;

  constructor(init: { status: number; message: string; code?: string; retryAfterMs?: number; requestId?: string }) {
    super(init.message);
    this.name = 'HttpError';
    this.status = init.status;
    this.code = init.code;
    this.retryAfterMs = init.retryAfterMs;
    this.requestId = init.requestId;
  }
}

export class AttemptTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`no answer within ${formatSeconds(timeoutMs)}`);
    this.name = 'AttemptTimeoutError';
  }
}

export class RetryExhaustedError extends Error {
  constructor(
    readonly attempts: number,
    readonly elapsedMs: number,
    readonly lastError: unknown,
    note = '',
  ) {
    super(
      `gave up after ${attempts} attempt${attempts === 1 ? '' : 's'} over ${formatSeconds(elapsedMs)}${note}: ${errorMessage(lastError)}`,
      {
        cause: lastError,
      },
    );
    this.name = 'RetryExhaustedError';
  }
}

export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);

const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ETIMEDOUT',
  'ECONNREFUSED',
  'EPIPE',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
]);
const NETWORK_MESSAGES = [/socket hang up/i, /^terminated$/i, /other side closed/i, /^fetch failed$/i];

/** Whether an error (or one of its causes) is a transient network failure. */
export function isNetworkError(error: unknown): boolean {
  let current: unknown = error;
  // Duck-typed: errors from Node's own fetch may come from another realm (instanceof fails).
  for (let depth = 0; depth < 6 && typeof current === 'object' && current !== null; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || code.startsWith('UND_ERR_'))) return true;
    const message = (current as { message?: unknown }).message;
    if (typeof message === 'string' && NETWORK_MESSAGES.some((re) => re.test(message))) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** 429/5xx (with their Retry-After), network errors and attempt timeouts; never other 4xx. */
export function defaultIsRetryable(error: unknown): RetryVerdict {
  if (error instanceof HttpError) {
    if (!RETRYABLE_STATUSES.has(error.status)) return false;
    return error.retryAfterMs === undefined ? true : { retryAfterMs: error.retryAfterMs };
  }
  if (error instanceof AttemptTimeoutError) return true;
  return isNetworkError(error);
}

/** Retry-After is either delay-seconds or an HTTP date; anything else is ignored. */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  if (!/[a-z]/i.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

export async function withRetry<T>(
  operation: (attempt: number, signal: AbortSignal) => Promise<T>,
  options: RetryOptions = {},
): Promise<T> {
  const maxAttempts = positive(options.maxAttempts, RETRY_DEFAULTS.maxAttempts, 'maxAttempts');
  const baseDelayMs = positive(options.baseDelayMs, RETRY_DEFAULTS.baseDelayMs, 'baseDelayMs');
  const maxDelayMs = positive(options.maxDelayMs, RETRY_DEFAULTS.maxDelayMs, 'maxDelayMs');
  const deadlineMs = positive(options.deadlineMs, RETRY_DEFAULTS.deadlineMs, 'deadlineMs');
  const attemptTimeoutMs = positive(options.attemptTimeoutMs, RETRY_DEFAULTS.attemptTimeoutMs, 'attemptTimeoutMs');
  const isRetryable = options.isRetryable ?? defaultIsRetryable;
  const sleep = options.sleep ?? scaledSleep;
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
  const started = now();

  for (let attempt = 1; ; attempt += 1) {
    const remaining = deadlineMs - (now() - started);
    try {
      return await runAttempt(operation, attempt, Math.max(1, Math.min(attemptTimeoutMs, remaining)));
    } catch (error) {
      const verdict = isRetryable(error);
      if (verdict === false) throw error;
      const elapsed = now() - started;
      if (attempt >= maxAttempts) throw new RetryExhaustedError(attempt, elapsed, error);
      const backoff = Math.floor(random() * Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1)));
      const retryAfterMs = typeof verdict === 'object' ? verdict.retryAfterMs : undefined;
      const delayMs = retryAfterMs ?? backoff;
      if (elapsed + delayMs >= deadlineMs) {
        const note =
          retryAfterMs !== undefined
            ? ` (the server asked to wait ${formatSeconds(retryAfterMs)}, beyond the ${formatSeconds(deadlineMs)} budget)`
            : ` (the ${formatSeconds(deadlineMs)} budget is spent)`;
        throw new RetryExhaustedError(attempt, elapsed, error, note);
      }
      options.onRetry?.({ attempt, delayMs, error });
      await sleep(delayMs);
    }
  }
}

async function runAttempt<T>(
  operation: (attempt: number, signal: AbortSignal) => Promise<T>,
  attempt: number,
  timeoutMs: number,
): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new AttemptTimeoutError(timeoutMs);
      controller.abort(error);
      reject(error);
    }, timeoutMs);
  });
  try {
    return await Promise.race([operation(attempt, controller.signal), timedOut]);
  } catch (error) {
    // An operation that reacts to our abort rejects with its own AbortError; report the timeout.
    if (controller.signal.aborted) throw controller.signal.reason as Error;
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`Retry option ${name} must be a positive number, got ${value}`);
  return value;
}

export function formatSeconds(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  const seconds = ms / 1000;
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)}s`;
}

/** The message, plus the low-level cause of a bare "fetch failed" (e.g. UND_ERR_SOCKET: other side closed). */
export function errorMessage(error: unknown): string {
  if (typeof error !== 'object' || error === null) return String(error);
  const message =
    typeof (error as { message?: unknown }).message === 'string'
      ? (error as { message: string }).message
      : String(error);
  const cause = (error as { cause?: unknown }).cause;
  if (typeof cause === 'object' && cause !== null && /^fetch failed$|^terminated$/.test(message)) {
    const code = (cause as { code?: unknown }).code;
    const causeMessage = (cause as { message?: unknown }).message;
    return `${message} (${typeof code === 'string' ? `${code}: ` : ''}${typeof causeMessage === 'string' ? causeMessage : 'network error'})`;
  }
  return message;
}
