import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { createGraphClient, type GraphClient } from '../../src/graph/client.js';
import { listApplications, readApps, type ReadOutcome } from '../../src/graph/reader.js';
import { Router, startLocalService, type LocalService } from '../http/local-services.js';

const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
const GRAPH_SP_ID = 'b0f6e6a2-1c43-4f2e-9a0d-6d2a9f1e3c01';
const APP_READ_ALL = '9a5d68dd-52b0-4cc2-bd40-abcf44ac3a30';
const DEPLOY = 'c1a0b1d2-0000-4000-8000-000000000001';
const NO_SP = 'c1a0b1d2-0000-4000-8000-000000000002';
const MISSING = 'c1a0b1d2-0000-4000-8000-000000000003';

const deployApp = {
  id: 'a0000000-0000-4000-8000-000000000001',
  appId: DEPLOY,
  displayName: 'deploy-prod',
  createdDateTime: '2024-03-01T10:00:00Z',
  passwordCredentials: [
    {
      customKeyIdentifier: null,
      displayName: 'ci secret',
      endDateTime: '2026-12-31T00:00:00Z',
      hint: 'Xy7',
      keyId: 'e0000000-0000-4000-8000-000000000001',
      secretText: null,
      startDateTime: '2025-01-01T00:00:00Z',
    },
  ],
  keyCredentials: [
    {
      customKeyIdentifier: 'QUJDREVG',
      displayName: 'CN=deploy',
      endDateTime: '2027-01-01T00:00:00Z',
      key: 'TUlJQ2VydGlmaWNhdGVCeXRlcw==',
      keyId: 'e0000000-0000-4000-8000-000000000002',
      startDateTime: '2025-01-01T00:00:00Z',
      type: 'AsymmetricX509Cert',
      usage: 'Verify',
    },
  ],
  federatedIdentityCredentials: [
    {
      id: 'f0000000-0000-4000-8000-000000000001',
      name: 'prod',
      issuer: 'https://token.actions.githubusercontent.com',
      subject: 'repo:octo-org/octo-repo:environment:production',
      description: null,
      audiences: ['api://AzureADTokenExchange'],
      claimsMatchingExpression: null,
    },
    {
      id: 'f0000000-0000-4000-8000-000000000002',
      name: 'any-branch',
      issuer: 'https://token.actions.githubusercontent.com',
      subject: null,
      description: 'flexible',
      audiences: ['api://AzureADTokenExchange'],
      claimsMatchingExpression: {
        value: "claims['sub'] matches 'repo:octo-org/octo-repo:ref:refs/heads/*'",
        languageVersion: 1,
      },
    },
  ],
};

const deploySp = {
  id: 'd0000000-0000-4000-8000-000000000001',
  appId: DEPLOY,
  displayName: 'deploy-prod',
  accountEnabled: true,
  passwordCredentials: [],
  keyCredentials: [],
};

const assignment = (n: number, appRoleId = APP_READ_ALL, resourceId = GRAPH_SP_ID) => ({
  id: `assignment-${n}`,
  appRoleId,
  createdDateTime: '2024-03-01T10:00:00Z',
  principalDisplayName: 'deploy-prod',
  principalId: deploySp.id,
  principalType: 'ServicePrincipal',
  resourceDisplayName: 'Microsoft Graph',
  resourceId,
});

interface Scenario {
  apps: Record<string, unknown>;
  sps: Record<string, unknown>;
  /** Per item URL pattern: statuses to answer before the real answer. */
  itemFaults: { pattern: RegExp; status: number; retryAfter?: string; times: number; body?: unknown }[];
  rawItemBody?: { pattern: RegExp; body: unknown };
}

let scenario: Scenario;
let graph: LocalService;
let batchBodies: { requests: { id: string; method: string; url: string }[] }[] = [];

const notFound = (what: string): { status: number; body: unknown } => ({
  status: 404,
  body: {
    error: {
      code: 'Request_ResourceNotFound',
      message: `Resource '${what}' does not exist or one of its queried reference-property objects are not present.`,
      innerError: { date: '2026-09-01T10:00:00', 'request-id': 'req-404' },
    },
  },
});

function answerItem(url: string, origin: string): { status: number; headers?: Record<string, string>; body: unknown } {
  for (const fault of scenario.itemFaults) {
    if (fault.times > 0 && fault.pattern.test(url)) {
      fault.times -= 1;
      return {
        status: fault.status,
        headers: fault.retryAfter ? { 'Retry-After': fault.retryAfter } : {},
        body: fault.body ?? {
          error: {
            code: fault.status === 429 ? 'TooManyRequests' : 'Authorization_RequestDenied',
            message: fault.status === 429 ? 'Too many requests.' : 'Insufficient privileges to complete the operation.',
            innerError: { 'request-id': 'req-item' },
          },
        },
      };
    }
  }
  if (scenario.rawItemBody?.pattern.test(url)) return { status: 200, body: scenario.rawItemBody.body };
  const m = /^\/(applications|servicePrincipals)\(appId='([^']+)'\)(\/appRoleAssignments|\/memberOf)?/.exec(url);
  if (!m)
    return {
      status: 400,
      body: {
        error: { code: 'Request_BadRequest', message: `Resource not found for the segment '${url.split('/')[1]}'.` },
      },
    };
  const [, kind, appId = '', nav] = m;
  if (kind === 'applications')
    return scenario.apps[appId] ? { status: 200, body: scenario.apps[appId] } : notFound(appId);
  if (appId === GRAPH_APP_ID)
    return {
      status: 200,
      body: {
        id: GRAPH_SP_ID,
        appId: GRAPH_APP_ID,
        appRoles: [{ id: APP_READ_ALL, value: 'Application.Read.All', allowedMemberTypes: ['Application'] }],
      },
    };
  const sp = scenario.sps[appId];
  if (!sp) return notFound(appId);
  if (nav === '/appRoleAssignments')
    return {
      status: 200,
      body: {
        value: [assignment(1)],
        '@odata.nextLink': `${origin}/beta/servicePrincipals/${deploySp.id}/appRoleAssignments?$skiptoken=page2`,
      },
    };
  if (nav === '/memberOf')
    return {
      status: 200,
      body: {
        value: [
          { '@odata.type': '#microsoft.graph.group', id: 'group-1', displayName: 'Deployers' },
          {
            '@odata.type': '#microsoft.graph.directoryRole',
            id: 'role-1',
            displayName: 'Application Administrator',
            roleTemplateId: '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3',
          },
        ],
      },
    };
  return { status: 200, body: sp };
}

const pages: Record<string, unknown> = {};

beforeAll(async () => {
  const router = new Router()
    .add('POST', /\/beta\/\$batch/, (req) => {
      const body = JSON.parse(req.body.toString('utf8')) as { requests: { id: string; method: string; url: string }[] };
      batchBodies.push(body);
      if (req.headers.authorization !== 'Bearer graph-access-token') return { status: 401, body: {} };
      return {
        status: 200,
        body: {
          responses: body.requests
            .map((r) => {
              const a = answerItem(r.url, req.url.origin);
              return {
                id: r.id,
                status: a.status,
                headers: { 'Content-Type': 'application/json', ...(a.headers ?? {}) },
                body: a.body,
              };
            })
            .reverse(),
        },
      };
    })
    .add('GET', /\/beta\/servicePrincipals\/[^/]+\/appRoleAssignments/, (req) => {
      expect(req.headers.authorization).toBe('Bearer graph-access-token');
      return {
        status: 200,
        body: { value: [assignment(2, 'ffffffff-0000-4000-8000-000000000000', 'other-resource')] },
      };
    })
    .add('GET', /\/beta\/applications/, (req) => {
      const token = req.url.searchParams.get('$skiptoken') ?? 'first';
      return { status: 200, body: pages[token] ?? { value: [] } };
    });
  graph = await startLocalService('graph', router);
});
afterAll(async () => graph.close());
afterEach(() => {
  batchBodies = [];
  graph.log.clear();
  graph.faults.clear();
});

function client(): GraphClient {
  return createGraphClient({
    graphEndpoint: graph.url,
    getAccessToken: async () => 'graph-access-token',
    retry: { sleep: async () => undefined, random: () => 0, attemptTimeoutMs: 2000 },
  });
}

async function readAll(appIds: string[], options: Parameters<typeof readApps>[2] = {}): Promise<ReadOutcome[]> {
  const out: ReadOutcome[] = [];
  for await (const outcome of readApps(client(), appIds, {
    retry: { sleep: async () => undefined, random: () => 0 },
    ...options,
  }))
    out.push(outcome);
  return out;
}

const fresh = (): Scenario => ({
  apps: {
    [DEPLOY]: structuredClone(deployApp),
    [NO_SP]: {
      ...structuredClone(deployApp),
      id: 'a0000000-0000-4000-8000-000000000002',
      appId: NO_SP,
      displayName: 'no-sp',
    },
  },
  sps: { [DEPLOY]: deploySp },
  itemFaults: [],
});

describe('readApps', () => {
  it('reads an app in one batch with relative item URLs and normalises it without secret material', async () => {
    scenario = fresh();
    const outcomes = await readAll([DEPLOY]);
    expect(outcomes).toEqual([
      {
        app: {
          kind: 'application',
          appId: DEPLOY,
          objectId: deployApp.id,
          displayName: 'deploy-prod',
          createdDateTime: '2024-03-01T10:00:00Z',
          passwordCredentials: [
            {
              keyId: 'e0000000-0000-4000-8000-000000000001',
              displayName: 'ci secret',
              startDateTime: '2025-01-01T00:00:00Z',
              endDateTime: '2026-12-31T00:00:00Z',
            },
          ],
          keyCredentials: [
            {
              keyId: 'e0000000-0000-4000-8000-000000000002',
              displayName: 'CN=deploy',
              type: 'AsymmetricX509Cert',
              usage: 'Verify',
              startDateTime: '2025-01-01T00:00:00Z',
              endDateTime: '2027-01-01T00:00:00Z',
            },
          ],
          federatedCredentials: deployApp.federatedIdentityCredentials,
          servicePrincipal: {
            objectId: deploySp.id,
            appId: DEPLOY,
            displayName: 'deploy-prod',
            accountEnabled: true,
            passwordCredentials: [],
            keyCredentials: [],
            appRoleAssignments: [
              {
                id: 'assignment-1',
                appRoleId: APP_READ_ALL,
                resourceId: GRAPH_SP_ID,
                resourceDisplayName: 'Microsoft Graph',
                permission: 'Application.Read.All',
              },
              {
                id: 'assignment-2',
                appRoleId: 'ffffffff-0000-4000-8000-000000000000',
                resourceId: 'other-resource',
                resourceDisplayName: 'Microsoft Graph',
                permission: null,
              },
            ],
            directoryRoles: [
              {
                id: 'role-1',
                displayName: 'Application Administrator',
                roleTemplateId: '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3',
              },
            ],
          },
        },
      },
    ]);
    const text = JSON.stringify(outcomes);
    for (const secret of ['hint', 'Xy7', 'secretText', 'TUlJQ2VydGlmaWNhdGVCeXRlcw==', '"key"', 'customKeyIdentifier'])
      expect(text).not.toContain(secret);

    expect(batchBodies).toHaveLength(1);
    expect(batchBodies[0]?.requests.map((r) => r.url)).toEqual([
      `/servicePrincipals(appId='${GRAPH_APP_ID}')?$select=id,appId,appRoles`,
      // No $select: naming keyCredentials there is limited to 150 requests a minute per tenant.
      `/applications(appId='${DEPLOY}')?$expand=federatedIdentityCredentials`,
      `/servicePrincipals(appId='${DEPLOY}')`,
      `/servicePrincipals(appId='${DEPLOY}')/appRoleAssignments`,
      `/servicePrincipals(appId='${DEPLOY}')/memberOf`,
    ]);
    // The page link was followed as-is, with the token (customHosts).
    expect(graph.log.entries.map((e) => `${e.method} ${e.path}`)).toEqual([
      'POST /beta/$batch',
      `GET /beta/servicePrincipals/${deploySp.id}/appRoleAssignments?$skiptoken=page2`,
    ]);
  });

  it('reports a missing service principal as null and a missing application as not evaluated', async () => {
    scenario = fresh();
    const outcomes = await readAll([NO_SP, MISSING]);
    const byId = new Map(outcomes.map((o) => ['app' in o ? o.app.appId : o.notEvaluated.appId, o]));
    expect(byId.get(NO_SP)).toMatchObject({ app: { appId: NO_SP, servicePrincipal: null } });
    expect(byId.get(MISSING)).toEqual({ notEvaluated: { appId: MISSING, reason: 'application not found in tenant' } });
  });

  it('re-sends only the items Graph throttled, after their Retry-After', async () => {
    scenario = fresh();
    scenario.itemFaults.push({ pattern: /^\/applications/, status: 429, retryAfter: '3', times: 1 });
    const sleeps: number[] = [];
    const outcomes = await readAll([DEPLOY], { retry: { sleep: async (ms) => void sleeps.push(ms), random: () => 0 } });
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]).toHaveProperty('app.appId', DEPLOY);
    expect(sleeps).toEqual([3000]);
    expect(batchBodies.map((b) => b.requests.map((r) => r.id))).toEqual([
      ['graph-approles', '0-app', '0-sp', '0-roles', '0-memberOf'],
      ['0-app'],
    ]);
  });

  it('names the missing permission on 403', async () => {
    scenario = fresh();
    scenario.itemFaults.push({ pattern: /\/memberOf$/, status: 403, times: 1 });
    const [outcome] = await readAll([DEPLOY]);
    expect(outcome).toEqual({
      notEvaluated: {
        appId: DEPLOY,
        reason:
          'Graph denied reading the service principal memberOf (directory roles) (HTTP 403 Authorization_RequestDenied: Insufficient privileges to complete the operation. (request-id req-item)): the signed-in app needs the Microsoft Graph application permission Application.Read.All (with admin consent)',
      },
    });
  });

  it('reports malformed item data instead of passing the app', async () => {
    scenario = fresh();
    scenario.rawItemBody = {
      pattern: /^\/applications/,
      body: { id: 'x', appId: DEPLOY, displayName: 'x', passwordCredentials: 'oops' },
    };
    const [outcome] = await readAll([DEPLOY]);
    expect(outcome).toEqual({
      notEvaluated: {
        appId: DEPLOY,
        reason: 'Graph returned malformed data: application.passwordCredentials is a string, expected an array',
      },
    });
  });

  // Both apps and the permission-name lookup, in one $batch.
  const batchIds = [
    '0-app',
    '0-memberOf',
    '0-roles',
    '0-sp',
    '1-app',
    '1-memberOf',
    '1-roles',
    '1-sp',
    'graph-approles',
  ];
  const readAppIds = (outcomes: ReadOutcome[]) =>
    outcomes.map((o) => ('app' in o ? o.app.appId : `not evaluated: ${o.notEvaluated.reason}`)).sort();

  it.each(['malformed', 'truncate'] as const)(
    'a %s $batch body, once: the whole batch is sent again and every app read',
    async (kind) => {
      scenario = fresh();
      graph.faults.add({ kind, method: 'POST', times: 1 });
      const sleeps: number[] = [];
      const outcomes = await readAll([DEPLOY, NO_SP], {
        retry: { sleep: async (ms) => void sleeps.push(ms), random: () => 0.5 },
      });
      expect(readAppIds(outcomes)).toEqual([DEPLOY, NO_SP].sort());
      expect(outcomes).toContainEqual({ app: expect.objectContaining({ appId: NO_SP, servicePrincipal: null }) });
      // Backed off like any retry (full jitter of the 500 ms base), then re-sent whole.
      expect(sleeps).toEqual([250]);
      expect(batchBodies.map((b) => b.requests.map((r) => r.id).sort())).toEqual([batchIds, batchIds]);
    },
  );

  it.each(['malformed', 'truncate'] as const)(
    'a %s $batch body, always: every app in it is not evaluated once the retries are spent',
    async (kind) => {
      scenario = fresh();
      graph.faults.add({ kind, method: 'POST' });
      const outcomes = await readAll([DEPLOY, NO_SP], { retry: { sleep: async () => undefined, maxAttempts: 3 } });
      const reason =
        /^could not read the application: Graph sent a malformed \$batch response: Graph answered HTTP 200 with a body that is not valid JSON \(\d+ bytes; truncated or not JSON\)$/;
      expect(outcomes).toHaveLength(2);
      expect(outcomes).toEqual(
        expect.arrayContaining([
          { notEvaluated: { appId: DEPLOY, reason: expect.stringMatching(reason) } },
          { notEvaluated: { appId: NO_SP, reason: expect.stringMatching(reason) } },
        ]),
      );
      expect(batchBodies).toHaveLength(3);
    },
  );

  it('retries the batch POST itself on 503 and a reset connection', async () => {
    scenario = fresh();
    graph.faults
      .add({ kind: 'status', status: 503, method: 'POST', retryAfter: 0, times: 1 })
      .add({ kind: 'reset', method: 'POST', after: 1, times: 1 });
    const outcomes = await readAll([DEPLOY]);
    expect(outcomes[0]).toHaveProperty('app.appId', DEPLOY);
    expect(graph.log.entries.filter((e) => e.method === 'POST').map((e) => e.status)).toEqual([503, 'reset', 200]);
  });

  it('times out a hanging batch and retries it', async () => {
    scenario = fresh();
    graph.faults.add({ kind: 'hang', method: 'POST', times: 1 });
    const c = createGraphClient({
      graphEndpoint: graph.url,
      getAccessToken: async () => 'graph-access-token',
      retry: { attemptTimeoutMs: 1_500, sleep: async () => undefined },
    });
    const out: ReadOutcome[] = [];
    for await (const o of readApps(c, [DEPLOY])) out.push(o);
    expect(out[0]).toHaveProperty('app.appId', DEPLOY);
    expect(graph.log.entries.filter((e) => e.method === 'POST').map((e) => e.status)).toEqual(['hang', 200]);
  });

  it('packs 20 requests per batch, keeps each app whole, and calls onApp for each outcome', async () => {
    scenario = fresh();
    const ids = Array.from({ length: 11 }, (_, i) => `c1a0b1d2-0000-4000-8000-${String(100 + i).padStart(12, '0')}`);
    const seen: string[] = [];
    const outcomes = await readAll(ids, {
      concurrency: 2,
      onApp: (o) => seen.push('app' in o ? o.app.appId : o.notEvaluated.appId),
    });
    expect(outcomes).toHaveLength(11);
    expect(seen.sort()).toEqual([...ids].sort());
    expect(batchBodies.map((b) => b.requests.length).sort((a, b) => a - b)).toEqual([8, 17, 20]);
    for (const body of batchBodies)
      for (const r of body.requests) expect(r.url).toMatch(/^\/(applications|servicePrincipals)\(/);
  });

  it('rejects ids that are not GUIDs before building a URL from them', async () => {
    scenario = fresh();
    const outcomes = await readAll(["x') or 1 eq 1"]);
    expect(outcomes).toEqual([
      {
        notEvaluated: {
          appId: "x') or 1 eq 1",
          reason: "'x') or 1 eq 1' is not an application (client) ID: expected a GUID",
        },
      },
    ]);
    expect(batchBodies).toEqual([]);
  });
});

describe('listApplications', () => {
  it('streams every page through @odata.nextLink', async () => {
    pages.first = {
      value: [{ id: 'o1', appId: DEPLOY, displayName: 'deploy-prod' }],
      '@odata.nextLink': `${graph.url}/beta/applications?$select=id,appId,displayName&$top=2&$skiptoken=p2`,
    };
    pages.p2 = { value: [{ id: 'o2', appId: NO_SP, displayName: 'no-sp' }] };
    const seen = [];
    for await (const app of listApplications(client(), { pageSize: 2, filter: { displayNamePrefix: "deploy's" } }))
      seen.push(app);
    expect(seen).toEqual([
      { appId: DEPLOY, objectId: 'o1', displayName: 'deploy-prod' },
      { appId: NO_SP, objectId: 'o2', displayName: 'no-sp' },
    ]);
    const [first, second] = graph.log.entries;
    expect(decodeURIComponent(first?.path ?? '')).toBe(
      "/beta/applications?$select=id,appId,displayName&$top=2&$filter=startswith(displayName,'deploy''s')&$count=true",
    );
    expect(first?.headers.consistencylevel).toBe('eventual');
    expect(second?.path).toBe('/beta/applications?$select=id,appId,displayName&$top=2&$skiptoken=p2');
    expect(second?.headers.consistencylevel).toBe('eventual');
  });

  it('refuses to follow a nextLink to another host', async () => {
    pages.first = { value: [], '@odata.nextLink': 'https://evil.example/beta/applications?$skiptoken=x' };
    const run = async () => {
      for await (const _ of listApplications(client())) void _;
    };
    await expect(run()).rejects.toThrow(`Graph sent a link outside ${graph.url}; not following it`);
  });
});
