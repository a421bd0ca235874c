import { describe, expect, it } from '@jest/globals';
import {
  AttemptTimeoutError,
  HttpError,
  RetryExhaustedError,
  defaultIsRetryable,
  parseRetryAfter,
  withRetry,
  type RetryOptions,
} from '../../src/http/retry.js';

/** A clock that only moves when the code under test sleeps. */
function fakeClock(start = 1_700_000_000_000) {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    options: {
      now: () => now,
      sleep: async (ms: number) => {
        sleeps.push(ms);
        now += ms;
      },
    } satisfies Partial<RetryOptions>,
  };
}

const http = (status: number, retryAfterMs?: number) =>
  new HttpError({ status, message: `HTTP ${status}`, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) });

function failingThen<T>(errors: unknown[], value: T) {
  const attempts: number[] = [];
  return {
    attempts,
    op: async (attempt: number) => {
      attempts.push(attempt);
      const error = errors[attempt - 1];
      if (error !== undefined) throw error;
      return value;
    },
  };
}

describe('parseRetryAfter', () => {
  it.each([
    ['0', 0],
    ['7', 7000],
    [' 120 ', 120_000],
    ['Wed, 21 Oct 2015 07:28:10 GMT', 10_000],
    ['Wed, 21 Oct 2015 07:27:00 GMT', 0], // in the past: no wait
    ['-3', undefined],
    ['1.5', undefined],
    ['soon', undefined],
    ['', undefined],
  ])('%j → %j ms', (header, expected) => {
    expect(parseRetryAfter(header, Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(expected);
  });

  it('ignores an absent header', () => {
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter(undefined)).toBeUndefined();
  });
});

describe('defaultIsRetryable', () => {
  const withCode = (code: string) => Object.assign(new Error('boom'), { code });
  it.each([
    ['429', http(429), true],
    ['429 with Retry-After', http(429, 3000), { retryAfterMs: 3000 }],
    ['500', http(500), true],
    ['502', http(502), true],
    ['503', http(503), true],
    ['504', http(504), true],
    ['400', http(400), false],
    ['401', http(401), false],
    ['403', http(403), false],
    ['404', http(404), false],
    ['ECONNRESET', withCode('ECONNRESET'), true],
    ['ETIMEDOUT', withCode('ETIMEDOUT'), true],
    ['ECONNREFUSED', withCode('ECONNREFUSED'), true],
    ['UND_ERR_SOCKET', withCode('UND_ERR_SOCKET'), true],
    ['fetch failed caused by ECONNRESET', new TypeError('fetch failed', { cause: withCode('ECONNRESET') }), true],
    ['socket hang up', new Error('socket hang up'), true],
    ['attempt timeout', new AttemptTimeoutError(1000), true],
    ['a programming error', new TypeError('x is not a function'), false],
    ['ENOTFOUND (a wrong host does not heal)', withCode('ENOTFOUND'), false],
  ])('%s → %j', (_name, error, expected) => {
    expect(defaultIsRetryable(error)).toEqual(expected);
  });
});

describe('withRetry', () => {
  it('returns the first success without waiting', async () => {
    const clock = fakeClock();
    await expect(withRetry(async () => 'ok', clock.options)).resolves.toBe('ok');
    expect(clock.sleeps).toEqual([]);
  });

  it('backs off with full jitter: random × min(maxDelay, base × 2^(n-1))', async () => {
    const clock = fakeClock();
    const { op, attempts } = failingThen([http(503), http(503), http(503), http(503)], 'done');
    const result = await withRetry(op, { ...clock.options, random: () => 0.5, baseDelayMs: 1000, maxDelayMs: 3000 });
    expect(result).toBe('done');
    expect(attempts).toEqual([1, 2, 3, 4, 5]);
    expect(clock.sleeps).toEqual([500, 1000, 1500, 1500]);
  });

  it('honours Retry-After in seconds and as an HTTP date', async () => {
    const clock = fakeClock(Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'));
    const date = parseRetryAfter('Wed, 21 Oct 2015 07:28:09 GMT', clock.options.now());
    const { op } = failingThen([http(429, parseRetryAfter('4')), http(503, date)], 'ok');
    await withRetry(op, { ...clock.options, random: () => 0 });
    expect(clock.sleeps).toEqual([4000, 9000]);
  });

  it('reports each retry', async () => {
    const clock = fakeClock();
    const seen: string[] = [];
    const { op } = failingThen([http(502)], 'ok');
    await withRetry(op, {
      ...clock.options,
      random: () => 1,
      baseDelayMs: 200,
      onRetry: (i) => seen.push(`${i.attempt}:${i.delayMs}:${(i.error as Error).message}`),
    });
    expect(seen).toEqual(['1:200:HTTP 502']);
  });

  it.each([400, 401, 403, 404])('never retries HTTP %i', async (status) => {
    const clock = fakeClock();
    const { op, attempts } = failingThen([http(status)], 'unreachable');
    await expect(withRetry(op, clock.options)).rejects.toMatchObject({ status });
    expect(attempts).toEqual([1]);
    expect(clock.sleeps).toEqual([]);
  });

  it('gives up after maxAttempts with the count, the time and the last error', async () => {
    const clock = fakeClock();
    const { op } = failingThen(
      [http(503), http(503), new HttpError({ status: 504, message: 'HTTP 504 gateway' })],
      'never',
    );
    const error = await withRetry(op, { ...clock.options, maxAttempts: 3, random: () => 1, baseDelayMs: 1000 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RetryExhaustedError);
    expect((error as Error).message).toBe('gave up after 3 attempts over 3s: HTTP 504 gateway');
  });

  it('refuses a Retry-After that would overrun the deadline, without sleeping', async () => {
    const clock = fakeClock();
    const { op, attempts } = failingThen([http(429, 600_000)], 'never');
    const error = await withRetry(op, { ...clock.options, deadlineMs: 120_000 }).catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      'gave up after 1 attempt over 0ms (the server asked to wait 600s, beyond the 120s budget): HTTP 429',
    );
    expect(attempts).toEqual([1]);
    expect(clock.sleeps).toEqual([]);
  });

  it('stops when the total budget is spent', async () => {
    const clock = fakeClock();
    const errors = Array.from({ length: 50 }, () => http(503));
    const { op, attempts } = failingThen(errors, 'never');
    const error = await withRetry(op, {
      ...clock.options,
      maxAttempts: 50,
      deadlineMs: 10_000,
      random: () => 1,
      baseDelayMs: 1000,
      maxDelayMs: 4000,
    }).catch((e: unknown) => e);
    // Waits 1 + 2 + 4 = 7 s; the next 4 s wait would end past 10 s.
    expect(clock.sleeps).toEqual([1000, 2000, 4000]);
    expect(attempts).toHaveLength(4);
    expect((error as Error).message).toBe('gave up after 4 attempts over 7s (the 10s budget is spent): HTTP 503');
  });

  it('aborts an attempt that hangs and retries it', async () => {
    const clock = fakeClock();
    const signals: AbortSignal[] = [];
    const result = await withRetry(
      (attempt, signal) => {
        signals.push(signal);
        if (attempt === 1) return new Promise<string>(() => undefined); // never settles
        return Promise.resolve('second');
      },
      { ...clock.options, attemptTimeoutMs: 30, random: () => 0 },
    );
    expect(result).toBe('second');
    expect(signals[0]?.aborted).toBe(true);
    expect(signals[0]?.reason).toBeInstanceOf(AttemptTimeoutError);
    expect(signals[1]?.aborted).toBe(false);
  });

  it('names the timeout when every attempt hangs', async () => {
    const clock = fakeClock();
    const error = await withRetry(() => new Promise<never>(() => undefined), {
      ...clock.options,
      attemptTimeoutMs: 20,
      maxAttempts: 2,
      random: () => 0,
    }).catch((e: unknown) => e);
    expect((error as Error).message).toBe('gave up after 2 attempts over 0ms: no answer within 20ms');
  });

  it('rejects nonsensical options', async () => {
    await expect(withRetry(async () => 1, { maxAttempts: 0 })).rejects.toThrow(
      'Retry option maxAttempts must be a positive number, got 0',
    );
  });
});
