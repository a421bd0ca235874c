import { describe, expect, it } from '@jest/globals';
import { createGraphClient, type GraphClient } from '../../src/graph/client.js';
import { readApps, type ReadOutcome } from '../../src/graph/reader.js';
import { AdaptiveLimit, scanTenant, scanTenantRaw, type ScanProgress } from '../../src/graph/tenant-scan.js';
import { shardOf } from '../../src/cli/selection.js';
import { loadTenant, servicePrincipal, syntheticTenant } from '../../emulator/fixtures.js';
import type { GraphAppRoleAssignment, TenantFixture } from '../../emulator/tenant.js';
import { useGraph } from '../emulator/graph-harness.js';
import { FAST_RETRY, collect } from '../faults/harness.js';

const NOW = new Date('2026-09-01T12:00:00Z');

/** The synthetic tenant, made varied: an SP with more role assignments than Graph expands, roles, no-SP apps. */
function variedTenant(count: number): TenantFixture {
  const t = syntheticTenant(count, { seed: 7, now: NOW, ficsPerApp: 3 });
  const graphSp = t.servicePrincipals[0];
  if (!graphSp) throw new Error('synthetic tenant lacks the Microsoft Graph SP');
  // Apps 10..12 lose their service principal; app 20 gets 27 assignments (Graph expands 20); 30 holds roles.
  const noSp = new Set(t.applications.slice(10, 13).map((a) => a.appId));
  t.servicePrincipals = t.servicePrincipals.filter((sp) => !noSp.has(sp.appId));
  const many = t.servicePrincipals.find((sp) => sp.appId === t.applications[20]?.appId);
  if (many)
    many.appRoleAssignments = Array.from({ length: 27 }, (_, i): GraphAppRoleAssignment => ({
      id: `aa000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      appRoleId: '9a5d68dd-52b0-4cc2-bd40-abcf44ac3a30',
      principalId: many.id,
      resourceId: graphSp.id,
      resourceDisplayName: 'Microsoft Graph',
    }));
  const privileged = t.applications[30];
  if (privileged) {
    const index = t.servicePrincipals.findIndex((sp) => sp.appId === privileged.appId);
    t.servicePrincipals[index] = servicePrincipal({
      app: privileged,
      graphPermissions: ['Application.ReadWrite.All', 'Directory.Read.All'],
      directoryRoles: ['Global Administrator', 'Application Administrator'],
    });
  }
  return t;
}

const byAppId = (items: ReadOutcome[]) =>
  new Map<string, ReadOutcome>(items.map((o) => ['app' in o ? o.app.appId : o.notEvaluated.appId, o]));

function clientFor(url: string, token = 'directory-reader-token'): GraphClient {
  return createGraphClient({ graphEndpoint: url, getAccessToken: async () => token, retry: FAST_RETRY });
}

describe.each([
  ['the demo tenant', () => loadTenant('demo', { now: NOW })],
  ['a synthetic tenant of 260 apps', () => variedTenant(260)],
])('scanTenant on %s', (_name, fixture) => {
  const graph = useGraph(fixture);

  it('yields exactly the inventory readApps yields for every app, each once', async () => {
    const appIds = graph().state.fixture.applications.map((a) => a.appId);
    const client = clientFor(graph().url);
    const scanned = await collect(scanTenant(client, { retry: FAST_RETRY }));
    expect(scanned.error).toBeUndefined();
    const read = await collect(readApps(client, appIds, { retry: FAST_RETRY }));
    expect(scanned.items).toHaveLength(appIds.length);
    expect(byAppId(scanned.items)).toEqual(byAppId(read.items));
    expect(scanned.items.every((o) => 'app' in o)).toBe(true);
  });

  it('partitions the tenant: shards of one count cover every app exactly once', async () => {
    const client = clientFor(graph().url);
    const shards = await Promise.all(
      [1, 2, 3].map(
        async (index) => (await collect(scanTenant(client, { include: (id) => shardOf(id, 3) === index }))).items,
      ),
    );
    const seen = shards.flat().map((o) => ('app' in o ? o.app.appId : o.notEvaluated.appId));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.sort()).toEqual(
      graph()
        .state.fixture.applications.map((a) => a.appId)
        .sort(),
    );
    shards.forEach((items, i) => items.forEach((o) => 'app' in o && expect(shardOf(o.app.appId, 3)).toBe(i + 1)));
  });
});

describe('scanTenant requests', () => {
  const graph = useGraph(() => variedTenant(260));

  it('lists 100 apps per page and reads each page’s service principals in one $batch of 15-appId filters', async () => {
    const progress: ScanProgress[] = [];
    await collect(scanTenant(clientFor(graph().url), { onProgress: (p) => progress.push(p) }));
    const requests = graph().log.entries.filter((e) => e.service === 'graph');
    const lists = requests.filter((e) => e.path.startsWith('/beta/applications?'));
    expect(lists).toHaveLength(3);
    expect(lists[0]?.path).toContain('$top=100');
    expect(requests.filter((e) => e.path === '/beta/$batch')).toHaveLength(3);
    // 260 apps, 257 with a service principal: per page ceil(n/15) groups × 2 relationships.
    const items = graph().log.entries.filter((e) => e.service === 'graph-batch-item');
    expect(items).toHaveLength(2 * (7 + 7 + 4));
    expect(items.every((e) => /\$filter=appId(\+|%20)in/.test(e.path))).toBe(true);
    // One follow-up for the 27 assignments Graph expands only 20 of; one Graph SP lookup.
    expect(requests.filter((e) => /appRoleAssignments$/.test(e.path.split('?')[0] ?? ''))).toHaveLength(1);
    expect(requests).toHaveLength(3 + 3 + 1 + 1);
    expect(progress.at(-1)).toMatchObject({ listed: 260, inScope: 260, evaluated: 260, notEvaluated: 0 });
  });

  it('counts in its progress every batch item Graph throttled, and still reads every app', async () => {
    // Three 429s on the first page's service-principal filters, each with a one-second Retry-After.
    graph().faults.add({
      kind: 'status',
      status: 429,
      retryAfter: 1,
      path: /\/beta\/servicePrincipals\?\$filter=/,
      times: 3,
    });
    const progress: ScanProgress[] = [];
    const slept: number[] = [];
    const retry = { ...FAST_RETRY, sleep: async (ms: number) => void slept.push(ms) };
    const scanned = await collect(scanTenant(clientFor(graph().url), { retry, onProgress: (p) => progress.push(p) }));
    graph().faults.clear();
    expect(scanned.items.every((o) => 'app' in o)).toBe(true);
    expect(progress.at(-1)).toMatchObject({ listed: 260, evaluated: 260, notEvaluated: 0, throttled: 3 });
    expect(slept).toContain(1000);
  });

  it('filters by display-name prefix on Graph and by tag on each page', async () => {
    const state = graph().state.fixture;
    const tagged = state.applications[42];
    if (!tagged) throw new Error('fixture too small');
    tagged.tags = ['Production'];
    const client = clientFor(graph().url);
    const byTag = await collect(scanTenant(client, { filter: { tag: 'production' } }));
    expect(byTag.items.map((o) => ('app' in o ? o.app.appId : ''))).toEqual([tagged.appId]);
    const byPrefix = await collect(scanTenant(client, { filter: { displayNamePrefix: 'app-0' } }));
    expect(byPrefix.items).toHaveLength(99);
    tagged.tags = [];
  });

  it('hands raw Graph JSON to export, with the Microsoft Graph service principal first', async () => {
    let lookup: unknown;
    const raw = await collect(
      scanTenantRaw(clientFor(graph().url), { onGraphServicePrincipal: (sp) => (lookup = sp) }),
    );
    expect(lookup).toMatchObject({ appId: '00000003-0000-0000-c000-000000000000' });
    const first = raw.items[0];
    expect(first && 'raw' in first && first.raw.application).toMatchObject({ appId: expect.any(String) });
  });

  it('refuses a concurrency below one', async () => {
    const client = clientFor(graph().url);
    await expect(collect(scanTenant(client, { concurrency: 0 }))).resolves.toMatchObject({
      error: new Error('concurrency must be a positive integer, got 0'),
    });
  });
});

describe('AdaptiveLimit', () => {
  it('halves on a 429, pauses everyone for Retry-After, and grows back by about one per round', async () => {
    let clock = 0;
    const slept: number[] = [];
    const limit = new AdaptiveLimit(
      8,
      async (ms) => void slept.push(ms),
      () => clock,
    );
    expect(limit.ceiling).toBe(4);
    await limit.acquire();
    limit.onThrottled();
    limit.onThrottled();
    limit.release('throttled', 2000);
    expect(limit.throttled).toBe(2);
    expect(limit.ceiling).toBe(2);
    await limit.acquire();
    expect(slept).toEqual([2000]);
    clock = 2000;
    limit.release('ok');
    for (let i = 0; i < 5; i += 1) {
      await limit.acquire();
      limit.release('ok');
    }
    expect(limit.ceiling).toBe(4);
    for (let i = 0; i < 40; i += 1) {
      await limit.acquire();
      limit.release('hot');
    }
    expect(limit.ceiling).toBe(4);
  });

  it('never lets more than the ceiling run at once', async () => {
    const limit = new AdaptiveLimit(3, async () => {});
    let running = 0;
    let peak = 0;
    await Promise.all(
      Array.from({ length: 12 }, async () => {
        await limit.acquire();
        running += 1;
        peak = Math.max(peak, running);
        await new Promise((r) => setTimeout(r, 2));
        running -= 1;
        limit.release('ok');
      }),
    );
    expect(peak).toBeLessThanOrEqual(3);
  });
});
