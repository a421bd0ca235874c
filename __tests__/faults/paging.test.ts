// Paging that never ends (a nextLink Graph keeps sending) and an access token renewed mid-scan.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createGraphClient } from '../../src/graph/client.js';
import { readApps } from '../../src/graph/reader.js';
import { TenantListingError, scanTenant } from '../../src/graph/tenant-scan.js';
import { syntheticTenant } from '../../emulator/fixtures.js';
import { useGraph } from '../emulator/graph-harness.js';
import { Router, startLocalService, type LocalService } from '../http/local-services.js';
import { FAST_RETRY, collect } from './harness.js';

const APP = {
  id: 'a0000000-0000-4000-8000-000000000001',
  appId: 'c1a0b1d2-0000-4000-8000-000000000001',
  displayName: 'looping',
  createdDateTime: '2024-03-01T10:00:00Z',
  passwordCredentials: [],
  keyCredentials: [],
  federatedIdentityCredentials: [],
};

describe('a nextLink that never ends', () => {
  let graph: LocalService;
  beforeAll(async () => {
    const router = new Router();
    const self = (path: string) => `${graph.url}${path}`;
    router.add('GET', /\/beta\/applications/, (req) => ({
      status: 200,
      // The same link, forever.
      body: { value: [APP], '@odata.nextLink': self(req.url.pathname + req.url.search) },
    }));
    router.add('GET', /\/beta\/ficloop/, () => ({
      status: 200,
      body: { value: [], '@odata.nextLink': self('/beta/ficloop?$skiptoken=same') },
    }));
    router.add('GET', /\/beta\/servicePrincipals.*/, () => ({ status: 404, body: { error: { code: 'NotFound' } } }));
    router.add('POST', /\/beta\/\$batch/, (req) => {
      const { requests } = JSON.parse(req.body.toString()) as { requests: { id: string; url: string }[] };
      return {
        status: 200,
        body: {
          responses: requests.map(({ id, url }) =>
            url.startsWith('/applications(')
              ? {
                  id,
                  status: 200,
                  headers: {},
                  body: { ...APP, 'federatedIdentityCredentials@odata.nextLink': self('/beta/ficloop') },
                }
              : url.startsWith('/servicePrincipals?')
                ? { id, status: 200, headers: {}, body: { value: [] } }
                : { id, status: 404, headers: {}, body: { error: { code: 'Request_ResourceNotFound' } } },
          ),
        },
      };
    });
    graph = await startLocalService('graph', router);
  });
  afterAll(() => graph.close());

  const client = () =>
    createGraphClient({ graphEndpoint: graph.url, getAccessToken: async () => 'test-token', retry: FAST_RETRY });

  it('scanTenant yields the apps it listed once, then fails with a paging-loop error', async () => {
    const { items, error } = await collect(scanTenant(client()));
    expect(items.map((o) => ('app' in o ? o.app.appId : o.notEvaluated.appId))).toEqual([APP.appId]);
    expect(error).toBeInstanceOf(TenantListingError);
    expect((error as Error).message).toBe(
      "Listing the tenant's applications stopped after 1 application: Graph sent a nextLink it had already sent (paging loop). The scan is incomplete.",
    );
  });

  it('readApps reports the app whose federated credentials never end as not evaluated', async () => {
    const { items } = await collect(readApps(client(), [APP.appId]));
    expect(items).toEqual([
      {
        notEvaluated: {
          appId: APP.appId,
          reason: 'Graph returned malformed data: paging did not end (2 pages, link repeated or too many)',
        },
      },
    ]);
  });
});

describe('an access token that expires during a long scan', () => {
  const graph = useGraph(() => syntheticTenant(350, { seed: 3, now: new Date('2026-09-01T00:00:00Z') }));

  it('asks for the token on every request, so a renewed token is used as soon as the old one expires', async () => {
    let calls = 0;
    // The first token "expires" after three requests; the provider (MSAL's cache in the action) renews it.
    const getAccessToken = async () => (++calls <= 3 ? 'reader-token' : 'directory-reader-token');
    const client = createGraphClient({ graphEndpoint: graph().url, getAccessToken, retry: FAST_RETRY });
    const { items, error } = await collect(scanTenant(client));
    expect(error).toBeUndefined();
    expect(items.filter((o) => 'app' in o)).toHaveLength(350);
    const requests = graph().log.entries.filter((e) => e.service === 'graph');
    expect(calls).toBe(requests.length);
  });
});
