// JSON $batch (fact A8) through the real Graph client: limits, duplicate ids, the SDK's
// versioned item URLs, dependsOn with 424, shuffled answers and faults aimed at one item.
import { afterEach, describe, expect, it } from '@jest/globals';
import { BatchRequestContent } from '@microsoft/microsoft-graph-client';
import { loadTenant } from '../../emulator/fixtures.js';
import { useGraph } from './graph-harness.js';

const graph = useGraph(() => loadTenant('demo', { now: new Date('2026-06-01T12:00:00Z') }), { batchShuffleSeed: 42 });

const GUARD = '0b8e4f6a-3c21-4d7e-8f90-a1b2c3d4e5f6';
const DEPLOY = '7d3c9e15-2b48-4f6a-b1c2-d3e4f5a6b7c8';
const LEGACY = '3e9a1b7c-6d24-4c8e-a5f1-b2c3d4e5f6a7';
const MISSING = '11111111-2222-4333-8444-555555555555';

interface Item {
  id: string;
  status: number;
  headers: Record<string, string>;
  body: { value?: unknown[]; displayName?: string; error?: { code: string; message: string } };
}

type Req = {
  id: string;
  method?: string;
  url: string;
  dependsOn?: string[];
  headers?: Record<string, string>;
  body?: unknown;
};

async function batch(requests: Req[], token = 'reader-token'): Promise<Item[]> {
  const body = { requests: requests.map((r) => ({ method: 'GET', ...r })) };
  const res = await graph().client(token).api('/$batch').post(body);
  return res.responses as Item[];
}

const byId = (items: Item[]) => new Map(items.map((i) => [i.id, i]));

afterEach(() => graph().faults.clear());

describe('$batch', () => {
  it('answers every item with its own status, headers and body', async () => {
    const items = byId(
      await batch([
        { id: 'guard', url: `/applications(appId='${GUARD}')?$select=displayName` },
        { id: 'fics', url: `/applications(appId='${GUARD}')/federatedIdentityCredentials` },
        { id: 'missing', url: `/applications(appId='${MISSING}')` },
      ]),
    );
    expect(items.get('guard')).toMatchObject({ status: 200, body: { displayName: 'entra-federation-guard' } });
    expect(items.get('guard')?.headers['Content-Type']).toMatch(/^application\/json/);
    expect(items.get('fics')?.body.value).toHaveLength(2);
    expect(items.get('missing')).toMatchObject({ status: 404, body: { error: { code: 'Request_ResourceNotFound' } } });
  });

  it('returns the answers in a shuffled, seed-determined order', async () => {
    const requests = Array.from({ length: 10 }, (_, i) => ({
      id: `r${i}`,
      url: `/applications(appId='${GUARD}')?$select=id`,
    }));
    const first = (await batch(requests)).map((i) => i.id);
    expect([...first].sort()).toEqual(requests.map((r) => r.id).sort());
    expect(first).not.toEqual(requests.map((r) => r.id));
  });

  it.each([
    [
      'more than 20 requests',
      Array.from({ length: 21 }, (_, i) => ({ id: String(i), url: '/applications' })),
      'at most 20',
    ],
    [
      'ids that differ only in case',
      [
        { id: 'app', url: '/applications' },
        { id: 'APP', url: '/servicePrincipals' },
      ],
      "'app' and 'APP'",
    ],
    [
      'a dependency that is not in the batch',
      [{ id: 'a', url: '/applications', dependsOn: ['zzz'] }],
      "depends on 'zzz'",
    ],
    [
      'a circular dependsOn',
      [
        { id: 'a', url: '/applications', dependsOn: ['b'] },
        { id: 'b', url: '/applications', dependsOn: ['a'] },
      ],
      'circular',
    ],
  ])('fails the whole batch with 400 for %s', async (_name, requests, fragment) => {
    const res = await graph().fetch('/v1.0/$batch', {
      token: 'reader-token',
      method: 'POST',
      body: { requests: (requests as Req[]).map((r) => ({ method: 'GET', ...r })) },
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('BadRequest');
    expect(body.error.message).toContain(fragment);
  });

  it("answers 400 per item when the SDK's BatchRequestContent keeps /v1.0 in item URLs", async () => {
    const client = graph().client('reader-token');
    const content = new BatchRequestContent([
      { id: '1', request: new Request(`${graph().url}/v1.0/applications(appId='${GUARD}')`, { method: 'GET' }) },
    ]);
    const raw = await content.getContent();
    const res = await client.api('/$batch').post(raw);
    expect(res.responses).toEqual([
      expect.objectContaining({
        id: '1',
        status: 400,
        body: expect.objectContaining({
          error: expect.objectContaining({ code: 'BadRequest', message: "Resource not found for the segment 'v1.0'." }),
        }),
      }),
    ]);
  });

  it('answers 424 to the dependents of a failed request, transitively', async () => {
    const items = byId(
      await batch([
        { id: 'a', url: `/applications(appId='${MISSING}')` },
        { id: 'b', url: `/servicePrincipals(appId='${GUARD}')`, dependsOn: ['a'] },
        { id: 'c', url: `/servicePrincipals(appId='${GUARD}')/memberOf`, dependsOn: ['b'] },
        { id: 'd', url: `/applications(appId='${GUARD}')?$select=id` },
      ]),
    );
    expect([...items.values()].map((i) => [i.id, i.status]).sort()).toEqual([
      ['a', 404],
      ['b', 424],
      ['c', 424],
      ['d', 200],
    ]);
    expect(items.get('b')?.body.error?.code).toBe('FailedDependency');
  });

  it('runs dependents after their dependency succeeded', async () => {
    const items = byId(
      await batch([
        { id: 'app', url: `/applications(appId='${DEPLOY}')?$select=id` },
        { id: 'sp', url: `/servicePrincipals(appId='${DEPLOY}')?$select=id`, dependsOn: ['app'] },
      ]),
    );
    expect(items.get('sp')?.status).toBe(200);
  });

  it('lets a FaultPlan answer one item 429 with Retry-After while the batch and the other items succeed', async () => {
    graph().faults.add({
      service: 'graph',
      path: new RegExp(`appId='${LEGACY}'`),
      kind: 'status',
      status: 429,
      retryAfter: 1,
      times: 1,
    });
    graph().faults.add({ service: 'graph', path: new RegExp(`appId='${DEPLOY}'`), kind: 'status', status: 403 });
    const requests = [GUARD, DEPLOY, LEGACY].map((appId, i) => ({
      id: `app${i}`,
      url: `/applications(appId='${appId}')/federatedIdentityCredentials`,
    }));
    const items = byId(await batch(requests));
    expect(items.get('app0')?.status).toBe(200);
    expect(items.get('app1')).toMatchObject({ status: 403, body: { error: { code: 'Authorization_RequestDenied' } } });
    expect(items.get('app2')).toMatchObject({
      status: 429,
      headers: { 'Retry-After': '1' },
      body: { error: { code: 'TooManyRequests' } },
    });

    // times: 1 — the retried item succeeds.
    const retried = byId(await batch([requests[2] as Req]));
    expect(retried.get('app2')?.status).toBe(200);
    const logged = graph()
      .log.of('graph-batch-item')
      .map((e) => e.status);
    expect(logged.slice(-4).sort()).toEqual([200, 200, 403, 429]);
  });

  it('checks each item against the caller permissions', async () => {
    const items = await batch([{ id: 'x', url: '/applications' }], 'no-roles-token');
    expect(items).toEqual([
      expect.objectContaining({
        id: 'x',
        status: 403,
        body: expect.objectContaining({ error: expect.objectContaining({ code: 'Authorization_RequestDenied' }) }),
      }),
    ]);
  });

  it('answers 401 for a batch without a token', async () => {
    const res = await graph().fetch('/v1.0/$batch', {
      method: 'POST',
      body: { requests: [{ id: '1', method: 'GET', url: '/applications' }] },
    });
    expect(res.status).toBe(401);
  });

  it('serves beta items from /beta/$batch', async () => {
    const res = await graph()
      .client('reader-token')
      .api('/$batch')
      .version('beta')
      .post({
        requests: [
          {
            id: 'f',
            method: 'GET',
            url: `/applications(appId='9f4b2c8d-1e35-4a7b-8c6d-e7f8a9b0c1d2')/federatedIdentityCredentials?$select=claimsMatchingExpression`,
          },
        ],
      });
    expect(res.responses[0].status).toBe(200);
    expect(res.responses[0].body.value).toHaveLength(4);
  });
});
