// The one check pipeline with plain in-memory sources: what each source contributes, once-per-run tenant
// reads, notices added while reading, read-ahead bounds, and the one verdict path both shells use.
import { describe, expect, it } from '@jest/globals';
import type { InventoryItem } from '../../src/audit.js';
import { check, readAhead } from '../../src/engine/check.js';
import { Notices } from '../../src/engine/notices.js';
import type { InventorySource, RepositorySource, TenantRead } from '../../src/engine/sources.js';
import { failureLine, outcomeOf } from '../../src/engine/verdict.js';
import { DEFAULT_POLICY } from '../../src/policy/index.js';
import { app, secret } from '../policy/fixtures.js';

const NOW = new Date('2026-12-05T12:00:00Z');
const expired = app({
  appId: 'c0ffee00-0000-4000-8000-000000000001',
  displayName: 'expired',
  passwordCredentials: [secret({ endDateTime: '2026-01-01T00:00:00Z' })],
});

function inventory(items: InventoryItem[], extra: Partial<InventorySource> = {}): InventorySource {
  return { kind: 'memory', scope: { tenant: 'contoso.onmicrosoft.com' }, read: () => items, ...extra };
}

describe('check', () => {
  it('merges the scope, the sources’ context and the notices added while reading', async () => {
    const order: string[] = [];
    const source: InventorySource = {
      kind: 'memory',
      scope: { tenant: 't1' },
      context: { snapshot: { exportedAt: '2026-12-01T00:00:00Z', tenant: 't1' } },
      read: async function* (notices: Notices) {
        order.push('inventory');
        yield { app: expired };
        notices.add('directory-roles-not-checked', 'roles were not checked');
      },
    };
    const repository: RepositorySource = {
      read: async (notices) => {
        order.push('repository');
        notices.add('environments-unknown', 'environments unknown');
        return {};
      },
    };
    let tenantReads = 0;
    const signals: TenantRead = {
      name: 'signals',
      read: async () => {
        tenantReads += 1;
        return {};
      },
    };
    const { report, notices } = await check({
      policy: DEFAULT_POLICY,
      inventory: source,
      repository,
      tenantReads: [signals, signals],
      now: NOW,
      scope: { shard: '1/2' },
    });
    expect(tenantReads).toBe(2); // each read once per run
    // The scope is the source's plus the shell's; the source's context goes to the rules, not the scope.
    expect(report.scope).toEqual({ tenant: 't1', shard: '1/2', policyDigest: DEFAULT_POLICY.digest });
    expect(report.findings.map((f) => f.rule)).toContain('credential-expired');
    expect(notices.map((n) => n.code).sort()).toEqual(['directory-roles-not-checked', 'environments-unknown']);
    expect(report.notices).toEqual(expect.arrayContaining(['roles were not checked', 'environments unknown']));
    // The inventory started before the repository was read (read-ahead).
    expect(order[0]).toBe('inventory');
  });

  it('hands what a tenant read returns to every rule, before any app is judged', async () => {
    const seen: unknown[] = [];
    const read: TenantRead = {
      name: 'snapshot-like',
      read: async () => ({ snapshot: { exportedAt: 'x', tenant: 'y' } }),
    };
    const source = inventory([{ app: expired }]);
    const { report } = await check({ policy: DEFAULT_POLICY, inventory: source, tenantReads: [read], now: NOW });
    seen.push(report.apps.length);
    expect(seen).toEqual([1]);
  });

  it('rethrows a failing inventory where the apps are read', async () => {
    const failing: InventorySource = {
      kind: 'memory',
      scope: {},
      read: async function* () {
        yield { app: expired };
        throw new Error('listing stopped');
      },
    };
    await expect(check({ policy: DEFAULT_POLICY, inventory: failing, now: NOW })).rejects.toThrow('listing stopped');
  });
});

describe('readAhead', () => {
  it('reads ahead at most `max` items until someone iterates, then everything in order', async () => {
    let produced = 0;
    async function* source(): AsyncGenerator<InventoryItem> {
      for (let i = 0; i < 10; i += 1) {
        produced += 1;
        yield { notEvaluated: { appId: String(i), reason: 'r' } };
      }
    }
    const ahead = readAhead(source(), 3);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(produced).toBeLessThanOrEqual(4);
    const ids: string[] = [];
    for await (const item of ahead.items) ids.push('notEvaluated' in item ? item.notEvaluated.appId : '');
    expect(ids).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    await ahead.stop();
  });
});

describe('verdict', () => {
  const reportWith = async (items: InventoryItem[]) =>
    (await check({ policy: DEFAULT_POLICY, inventory: inventory(items), now: NOW })).report;

  it('an app not evaluated fails every fail-on, and the line names each app with its reason', async () => {
    const report = await reportWith([
      { app: expired },
      { notEvaluated: { appId: 'a1', reason: 'application not found in tenant' } },
      { notEvaluated: { appId: 'a2', reason: 'Graph denied reading the application (HTTP 403)\n::error::x' } },
    ]);
    for (const failOn of ['error', 'warning', 'never'] as const) expect(outcomeOf(report, failOn).exitCode).toBe(3);
    expect(failureLine(report, 'never', 'the report')).toBe(
      '2 app(s) could not be evaluated: a1 (application not found in tenant); a2 (Graph denied reading the application (HTTP 403) ::error::x). A partial check does not pass; see "Not evaluated" in the report.',
    );
  });

  it('names at most ten apps and says how many more', async () => {
    const items = Array.from({ length: 12 }, (_, i) => ({
      notEvaluated: { appId: `app-${String(i).padStart(2, '0')}`, reason: 'r' },
    }));
    const line = failureLine(await reportWith(items), 'error', 'the job summary') as string;
    expect(line).toContain('app-09 (r); and 2 more.');
    expect(line).not.toContain('app-10');
  });

  it('below fail-on passes; at fail-on fails with the counts', async () => {
    const report = await reportWith([{ app: expired }]);
    expect(report.summary.errors + report.summary.warnings).toBeGreaterThan(0);
    expect(outcomeOf(report, 'never')).toEqual({ kind: 'pass', exitCode: 0 });
    expect(failureLine(report, 'never', 'x')).toBeNull();
    expect(outcomeOf(report, 'warning').exitCode).toBe(1);
  });
});
