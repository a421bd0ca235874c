// Serves the Graph router over real HTTPS for the graph*.test.ts files, with a test bearer check
// (the Entra emulator's real one is wired in emulator/index.ts) and the real Graph client.
import { afterAll, beforeAll } from '@jest/globals';
import { Client } from '@microsoft/microsoft-graph-client';
import { FaultPlan, RequestLog, startService } from '../../emulator/core/server.js';
import { trustedTlsMaterial } from '../../emulator/core/tls.js';
import { type BearerCheck, createGraphRouter, type GraphOptions } from '../../emulator/graph.js';
import { TenantState, type TenantFixture } from '../../emulator/tenant.js';

/** Test access tokens: the token string names the app and its Graph application permissions. */
export const TEST_TOKENS: Record<string, { appId: string; roles: string[] }> = {
  'reader-token': { appId: '0b8e4f6a-3c21-4d7e-8f90-a1b2c3d4e5f6', roles: ['Application.Read.All'] },
  'directory-reader-token': { appId: '5c7e3d9f-4a16-4b8c-9d2e-f3a4b5c6d7e8', roles: ['Directory.Read.All'] },
  'role-reader-token': {
    appId: '0b8e4f6a-3c21-4d7e-8f90-a1b2c3d4e5f6',
    roles: ['Application.Read.All', 'RoleManagement.Read.Directory'],
  },
  'no-roles-token': { appId: '7d3c9e15-2b48-4f6a-b1c2-d3e4f5a6b7c8', roles: [] },
};

export function testBearer(tenantId: string): (authorization: string | undefined) => BearerCheck {
  return (authorization) => {
    if (!authorization)
      return { ok: false, status: 401, code: 'InvalidAuthenticationToken', message: 'Access token is empty.' };
    const grant = TEST_TOKENS[authorization.replace(/^Bearer /i, '')];
    if (!grant)
      return {
        ok: false,
        status: 401,
        code: 'InvalidAuthenticationToken',
        message: 'Access token validation failure.',
      };
    return { ok: true, appId: grant.appId, roles: grant.roles, tenantId };
  };
}

/** The process's emulator certificate, trusted in this process (see emulator/core/tls.ts). */
export const sharedTls = trustedTlsMaterial;

export interface GraphHarness {
  url: string;
  state: TenantState;
  faults: FaultPlan;
  log: RequestLog;
  client(token: string | undefined): Client;
  /** fetch against the emulator with a test token (or none). */
  fetch(
    path: string,
    init?: { token?: string; method?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<Response>;
}

/** Starts one Graph emulator for the test file; `fixture` is deep-copied so tests may mutate the state. */
export function useGraph(fixture: () => TenantFixture, extra: Partial<GraphOptions> = {}): () => GraphHarness {
  let harness: GraphHarness | undefined;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const material = await sharedTls();
    const state = new TenantState(structuredClone(fixture()));
    const faults = new FaultPlan();
    const log = new RequestLog();
    let url = '';
    const router = createGraphRouter(state, {
      verifyBearer: testBearer(state.fixture.tenantId),
      baseUrl: () => url,
      faults,
      log,
      ...extra,
    });
    const service = await startService({ name: 'graph', router, faults, log, tls: material });
    url = service.url;
    close = service.close;
    harness = {
      url,
      state,
      faults,
      log,
      client: (token) =>
        Client.initWithMiddleware({
          authProvider: { getAccessToken: async () => token ?? '' },
          baseUrl: `${url}/`,
          // The client only attaches the token for https hosts it knows (toolchain notes).
          customHosts: new Set(['localhost']),
        }),
      fetch: (path, init = {}) =>
        fetch(`${url}${path}`, {
          method: init.method ?? 'GET',
          headers: {
            ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
            ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
            ...(init.headers ?? {}),
          },
          ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
        }),
    };
  });
  afterAll(async () => {
    await close?.();
  });
  return () => {
    if (!harness) throw new Error('the Graph emulator is not running (useGraph must be called at the top of the file)');
    return harness;
  };
}
