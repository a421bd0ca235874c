import { describe, expect, it } from '@jest/globals';
import {
  FOLLOW_PAGES_MAX,
  executeBatch,
  followPages,
  itemFailure,
  outerRetry,
  type BatchThrottle,
  type ItemResult,
  type ThrottleSignal,
} from '../../src/graph/batch.js';
import {
  GraphMalformedError,
  type BatchItemRequest,
  type BatchItemResponse,
  type GraphClient,
} from '../../src/graph/client.js';
import { RETRY_DEFAULTS, type RetryOptions } from '../../src/http/retry.js';

const APP = 'c1a0b1d2-0000-4000-8000-000000000001';
const items: BatchItemRequest[] = [
  { id: '0-app', method: 'GET', url: `/applications(appId='${APP}')` },
  { id: '0-sp', method: 'GET', url: `/servicePrincipals(appId='${APP}')` },
];

const ok = (id: string, headers: Record<string, string> = {}): BatchItemResponse => ({
  id,
  status: 200,
  headers: { 'content-type': 'application/json', ...headers },
  body: { id: `object-${id}`, appId: APP },
});
const graphError = (id: string, status: number, code: string, retryAfter?: string): BatchItemResponse => ({
  id,
  status,
  headers: { 'content-type': 'application/json', ...(retryAfter ? { 'retry-after': retryAfter } : {}) },
  body: { error: { code, message: `${code} for ${id}.`, innerError: { 'request-id': `req-${id}` } } },
});

/** One scripted answer per $batch POST: the item responses, or what postBatch throws. */
type Answer = (requests: BatchItemRequest[]) => BatchItemResponse[] | Error;

/** A GraphClient that answers $batch POSTs from a script and records what each one carried. */
function scriptedClient(answers: Answer[], pages: Record<string, unknown> = {}) {
  const sent: string[][] = [];
  const client: GraphClient = {
    endpoint: 'https://graph.example.test',
    version: 'beta',
    async getJson(link) {
      if (!(link in pages)) throw new Error(`unexpected GET ${link}`);
      return pages[link];
    },
    async postBatch(requests) {
      sent.push(requests.map((r) => r.id));
      const answer = answers.shift();
      if (!answer) throw new Error('more $batch POSTs than scripted');
      const result = answer(requests);
      if (result instanceof Error) throw result;
      return result;
    },
  };
  return { client, sent };
}

const garbled = () => new GraphMalformedError('Graph answered HTTP 200 with a body that is not valid JSON (44 bytes)');
const allOk: Answer = (requests) => requests.map((r) => ok(r.id));

/** A throttle that records acquire/release as they happen. */
function recordingThrottle(): BatchThrottle & { events: string[] } {
  const events: string[] = [];
  return {
    events,
    acquire: async () => void events.push('acquire'),
    release: (signal: ThrottleSignal, retryAfterMs?: number) =>
      void events.push(`release ${signal}${retryAfterMs === undefined ? '' : ` ${retryAfterMs}`}`),
    onThrottled: () => void events.push('429'),
  };
}

function instantRetry(extra: RetryOptions = {}): RetryOptions & { sleeps: number[] } {
  const sleeps: number[] = [];
  return { sleep: async (ms) => void sleeps.push(ms), random: () => 0.5, now: () => 0, sleeps, ...extra };
}

const statusOf = (result: ItemResult | undefined) =>
  result === undefined ? 'absent' : 'failure' in result ? result.failure : result.status;

describe('executeBatch', () => {
  it('re-sends only the items answered 429/5xx, after the longest Retry-After', async () => {
    const { client, sent } = scriptedClient([
      () => [graphError('0-app', 429, 'TooManyRequests', '2'), graphError('0-sp', 503, 'ServiceUnavailable', '1')],
      () => [ok('0-app'), graphError('0-sp', 503, 'ServiceUnavailable')],
      allOk,
    ]);
    const retry = instantRetry();
    const results = await executeBatch(client, items, { retry });
    expect(sent).toEqual([['0-app', '0-sp'], ['0-app', '0-sp'], ['0-sp']]);
    // 2 s as Graph asked, then full jitter (random 0.5) of the 1 s second step.
    expect(retry.sleeps).toEqual([2000, 500]);
    expect([...results].map(([id, r]) => [id, statusOf(r)])).toEqual([
      ['0-app', 200],
      ['0-sp', 200],
    ]);
  });

  it('re-sends the whole batch when the answer is garbled, and reads it the second time', async () => {
    const { client, sent } = scriptedClient([garbled, allOk]);
    const retry = instantRetry();
    const results = await executeBatch(client, items, { retry });
    expect(sent).toEqual([
      ['0-app', '0-sp'],
      ['0-app', '0-sp'],
    ]);
    expect(retry.sleeps).toEqual([250]);
    expect(results.get('0-app')).toEqual(ok('0-app'));
    expect(results.get('0-sp')).toEqual(ok('0-sp'));
  });

  it('gives every pending item the malformed reason once a garbled answer has spent the attempts', async () => {
    const { client, sent } = scriptedClient(Array.from({ length: 3 }, () => garbled));
    const results = await executeBatch(client, items, { retry: instantRetry({ maxAttempts: 3 }) });
    expect(sent).toHaveLength(3);
    const reason =
      'Graph sent a malformed $batch response: Graph answered HTTP 200 with a body that is not valid JSON (44 bytes)';
    expect(Object.fromEntries(results)).toEqual({ '0-app': { failure: reason }, '0-sp': { failure: reason } });
  });

  it('keeps what an earlier attempt read when a later answer is garbled for good', async () => {
    const { client } = scriptedClient([() => [ok('0-app'), graphError('0-sp', 503, 'ServiceUnavailable')], garbled]);
    const results = await executeBatch(client, items, { retry: instantRetry({ maxAttempts: 2 }) });
    expect(statusOf(results.get('0-app'))).toBe(200);
    expect(statusOf(results.get('0-sp'))).toBe(
      'Graph sent a malformed $batch response: Graph answered HTTP 200 with a body that is not valid JSON (44 bytes)',
    );
  });

  it.each([
    [
      'items still failing when the attempts are spent',
      [(r: BatchItemRequest[]) => r.map((i) => graphError(i.id, 503, 'ServiceUnavailable'))],
      'gave up after 1 attempt over 0ms: 2 requests of the batch still failing: HTTP 503 ServiceUnavailable: ServiceUnavailable for 0-sp. (request-id req-0-sp)',
      1,
    ],
    [
      'a failure the client already retried (not sent again)',
      [() => new Error('gave up after 5 attempts over 9s: socket hang up'), allOk],
      'gave up after 5 attempts over 9s: socket hang up',
      1,
    ],
  ] as const)('%s: each item carries the reason', async (_name, answers, reason, posts) => {
    const { client, sent } = scriptedClient([...answers]);
    const results = await executeBatch(client, items, { retry: instantRetry({ maxAttempts: 1 }) });
    expect(sent).toHaveLength(posts);
    expect(Object.fromEntries(results)).toEqual({ '0-app': { failure: reason }, '0-sp': { failure: reason } });
  });

  it('marks an item Graph did not answer, without re-sending it', async () => {
    const { client, sent } = scriptedClient([() => [ok('0-APP')]]);
    const results = await executeBatch(client, items, { retry: instantRetry() });
    expect(sent).toHaveLength(1);
    expect(statusOf(results.get('0-app'))).toBe(200);
    expect(results.get('0-sp')).toEqual({ failure: 'the $batch response has no answer for this request' });
  });

  it('holds a throttle slot per POST and tells it how each went', async () => {
    const { client } = scriptedClient([
      () => [graphError('0-app', 429, 'TooManyRequests', '3'), graphError('0-sp', 429, 'TooManyRequests', '1')],
      garbled,
      (r) => r.map((i) => ok(i.id, { 'x-ms-throttle-limit-percentage': '0.9' })),
    ]);
    const throttle = recordingThrottle();
    await executeBatch(client, items, { retry: instantRetry(), throttle });
    expect(throttle.events).toEqual([
      'acquire',
      '429',
      '429',
      'release throttled 3000',
      'acquire',
      'release failed',
      'acquire',
      'release hot',
    ]);
  });

  it('sends nothing but the batch when no throttle is given', async () => {
    const { client, sent } = scriptedClient([allOk]);
    const results = await executeBatch(client, items);
    expect(sent).toEqual([['0-app', '0-sp']]);
    expect(results.size).toBe(2);
  });
});

describe('outerRetry', () => {
  it.each([
    [undefined, { attemptTimeoutMs: RETRY_DEFAULTS.deadlineMs, deadlineMs: RETRY_DEFAULTS.deadlineMs }],
    [
      { deadlineMs: 5000, maxAttempts: 2 },
      { attemptTimeoutMs: 5000, deadlineMs: 5000, maxAttempts: 2 },
    ],
    [{ attemptTimeoutMs: 100 }, { attemptTimeoutMs: RETRY_DEFAULTS.deadlineMs, deadlineMs: RETRY_DEFAULTS.deadlineMs }],
  ])('gives each attempt the whole budget: %j', (retry, expected) => {
    expect(outerRetry(retry)).toEqual(expected);
  });
});

describe('followPages', () => {
  const link = (n: number) => `https://graph.example.test/beta/servicePrincipals/sp-1/memberOf?$skiptoken=${n}`;

  it('collects every page until Graph stops sending a nextLink', async () => {
    const { client } = scriptedClient([], {
      [link(1)]: { value: [{ id: 'a' }], '@odata.nextLink': link(2) },
      [link(2)]: { value: [{ id: 'b' }, { id: 'c' }] },
    });
    await expect(followPages(client, link(1))).resolves.toEqual([{ id: 'a' }, { id: 'b' }, { id: 'c' }]);
  });

  it.each([
    ['a link repeated', link(1), { [link(1)]: { value: [], '@odata.nextLink': link(1) } }, 1],
    [
      'more pages than the cap',
      link(0),
      Object.fromEntries(
        Array.from({ length: FOLLOW_PAGES_MAX + 1 }, (_, n) => [
          link(n),
          { value: [], '@odata.nextLink': link(n + 1) },
        ]),
      ),
      FOLLOW_PAGES_MAX,
    ],
  ])('stops on %s', async (_name, first, pages, visited) => {
    const { client } = scriptedClient([], pages);
    await expect(followPages(client, first)).rejects.toEqual(
      new GraphMalformedError(`paging did not end (${visited} pages, link repeated or too many)`),
    );
  });
});

describe('itemFailure', () => {
  const hint =
    'the signed-in app needs the Microsoft Graph application permission Application.Read.All (with admin consent)';
  it.each<[string, ItemResult, string]>([
    [
      '403: names the permission',
      graphError('0-app', 403, 'Authorization_RequestDenied'),
      `Graph denied reading the application (HTTP 403 Authorization_RequestDenied: Authorization_RequestDenied for 0-app. (request-id req-0-app)): ${hint}`,
    ],
    [
      '401: names the permission',
      graphError('0-app', 401, 'InvalidAuthenticationToken'),
      `Graph denied reading the application (HTTP 401 InvalidAuthenticationToken: InvalidAuthenticationToken for 0-app. (request-id req-0-app)): ${hint}`,
    ],
    [
      '500: what Graph answered',
      graphError('0-app', 500, 'InternalServerError'),
      'could not read the application: Graph answered HTTP 500 InternalServerError: InternalServerError for 0-app. (request-id req-0-app)',
    ],
    [
      'no answer: why',
      { failure: 'the request was not sent' },
      'could not read the application: the request was not sent',
    ],
  ])('%s', (_name, result, expected) => {
    expect(itemFailure('the application', result)).toBe(expected);
  });
});
