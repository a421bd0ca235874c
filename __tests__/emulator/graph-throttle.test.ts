// The optional resource-unit throttling model (fact A9): documented costs, a token bucket per
// app+tenant over 10 s, 429 with Retry-After and x-ms-throttle-* headers. The clock is fake.
import { describe, expect, it } from '@jest/globals';
import { loadTenant } from '../../emulator/fixtures.js';
import { resourceUnitCost } from '../../emulator/graph/throttle.js';
import { useGraph } from './graph-harness.js';

let clock = 1_000_000;
const graph = useGraph(() => loadTenant('demo', { now: new Date('2026-06-01T12:00:00Z') }), {
  throttling: { ruPer10s: 5, now: () => clock },
});

describe('resourceUnitCost', () => {
  it.each([
    ['GET applications', { resource: 'applications', hasSelect: false, hasExpand: false, top: null }, 2],
    ['GET applications with $select', { resource: 'applications', hasSelect: true, hasExpand: false, top: null }, 1],
    ['GET applications with $expand', { resource: 'applications', hasSelect: false, hasExpand: true, top: null }, 3],
    [
      'GET applications with $select, $expand and $top=5',
      { resource: 'applications', hasSelect: true, hasExpand: true, top: 5 },
      1,
    ],
    ['GET servicePrincipals', { resource: 'servicePrincipals', hasSelect: false, hasExpand: false, top: null }, 1],
    [
      'GET servicePrincipals with $select and $top=5 (never below 1)',
      { resource: 'servicePrincipals', hasSelect: true, hasExpand: false, top: 5 },
      1,
    ],
    [
      'GET applications with $top=20 (no discount)',
      { resource: 'applications', hasSelect: false, hasExpand: false, top: 20 },
      2,
    ],
  ])('%s', (_name, input, cost) => {
    expect(resourceUnitCost({ method: 'GET', ...input })).toBe(cost);
  });
});

describe('throttling over HTTP', () => {
  it('charges a bucket per app, answers 429 with Retry-After when it runs dry, and refills over time', async () => {
    const get = (token = 'reader-token') => graph().fetch('/v1.0/applications', { token });
    const first = await get();
    expect(first.status).toBe(200);
    expect(first.headers.get('x-ms-resource-unit')).toBe('2');
    expect(first.headers.get('x-ms-throttle-limit-percentage')).toBeNull();

    const second = await get();
    expect(second.status).toBe(200);
    expect(second.headers.get('x-ms-throttle-limit-percentage')).toBeNull(); // 4 of 5 used: not above 0.8

    const third = await get();
    expect(third.status).toBe(429);
    // 1 RU left, 2 needed, 0.5 RU per second: 2 s.
    expect(third.headers.get('retry-after')).toBe('2');
    expect(third.headers.get('x-ms-throttle-scope')).toBe(
      'Tenant_Application/ReadWrite/0b8e4f6a-3c21-4d7e-8f90-a1b2c3d4e5f6/4c3b2a19-8d7e-4f60-9a1b-2c3d4e5f6a7b',
    );
    expect(third.headers.get('x-ms-throttle-information')).toBe('ResourceUnitLimitExceeded');
    expect(((await third.json()) as { error: { code: string } }).error.code).toBe('TooManyRequests');

    // Another app has its own bucket.
    expect((await get('directory-reader-token')).status).toBe(200);

    clock += 2_000;
    const after = await get();
    expect(after.status).toBe(200);
    expect(after.headers.get('x-ms-throttle-limit-percentage')).toBe('1.0');
  });
});
