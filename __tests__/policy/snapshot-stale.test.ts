import { describe, expect, it } from '@jest/globals';
import { audit } from '../../src/audit.js';
import { compilePolicy, DEFAULT_POLICY, snapshotFindings } from '../../src/policy/index.js';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const NOW = new Date('2026-12-05T12:00:00Z');
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000).toISOString();

describe('snapshot-stale', () => {
  it.each([
    [0, []],
    [7, []],
    [8, ['warning']],
    [30, ['warning']],
  ])('a snapshot exported %d days ago → %j (default: 7 days)', (days, severities) => {
    const findings = snapshotFindings(DEFAULT_POLICY, {
      now: NOW,
      snapshot: { exportedAt: daysAgo(days), tenant: TENANT },
    });
    expect(findings.map((f) => f.severity)).toEqual(severities);
  });

  it('says how old the snapshot is, what the policy allows and what to do', () => {
    const [finding] = snapshotFindings(DEFAULT_POLICY, {
      now: NOW,
      snapshot: { exportedAt: '2026-11-20T06:00:00Z', tenant: TENANT },
    });
    expect(finding).toEqual({
      rule: 'snapshot-stale',
      severity: 'warning',
      appId: '',
      target: { kind: 'application', id: TENANT, name: `snapshot of tenant ${TENANT}` },
      message: `The snapshot of tenant ${TENANT} was exported on 2026-11-20 (15 days ago); the policy allows 7 days. Changes to federated credentials since then are not seen.`,
      remediation:
        'Run the export job again and let this job use its newest artifact; if the tenant rarely changes, raise settings.snapshot-max-age-days in the policy file.',
    });
  });

  it('follows snapshot-max-age-days and the rule severity of the policy, and is silent in live mode', () => {
    const policy = compilePolicy(
      'version: 1\nrules:\n  snapshot-stale: error\nsettings:\n  snapshot-max-age-days: 30\n',
      'p.yml',
    );
    const at = (days: number) =>
      snapshotFindings(policy, { now: NOW, snapshot: { exportedAt: daysAgo(days), tenant: TENANT } });
    expect(at(30)).toEqual([]);
    expect(at(31).map((f) => f.severity)).toEqual(['error']);
    const off = compilePolicy('version: 1\nrules:\n  snapshot-stale: off\n', 'p.yml');
    expect(snapshotFindings(off, { now: NOW, snapshot: { exportedAt: daysAgo(99), tenant: TENANT } })).toEqual([]);
    expect(snapshotFindings(DEFAULT_POLICY, { now: NOW })).toEqual([]);
  });

  it('reports a snapshot whose export time cannot be read', () => {
    const [finding] = snapshotFindings(DEFAULT_POLICY, {
      now: NOW,
      snapshot: { exportedAt: 'yesterday', tenant: TENANT },
    });
    expect(finding?.message).toBe(
      `The snapshot of tenant ${TENANT} has no valid export time ("yesterday"), so its age is unknown.`,
    );
  });

  it('rejects a snapshot-max-age-days that is not a positive whole number', () => {
    expect(() => compilePolicy('version: 1\nsettings:\n  snapshot-max-age-days: 0\n', 'p.yml')).toThrow(
      /snapshot-max-age-days/,
    );
  });

  it('reaches the report through the engine pipeline', async () => {
    const report = await audit([], {
      policy: DEFAULT_POLICY,
      context: { now: NOW, snapshot: { exportedAt: daysAgo(10), tenant: TENANT } },
    });
    expect(report.findings.map((f) => f.rule)).toEqual(['snapshot-stale']);
    expect(report.verdict).toBe('warn');
  });
});
