// Issue 13 in the CLI, end to end through the real SDKs: the tenant scan reads Entra's signals once and judges
// every app with them; an export records each signal's status and data at export time, and scanning the snapshot
// offline gives the same report even after the tenant changed; a snapshot without signals still loads.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadScenario } from '../../emulator/fixtures.js';
import { LIFECYCLE_SIGNAL_SPECS } from '../../src/signals/lifecycle-catalogue.js';
import { grantSignalPermissions } from '../../emulator/signals-fixtures.js';
import type { Report } from '../../src/report/model.js';
import { parseSnapshot } from '../../src/snapshot/index.js';
import { useEmulators } from '../helpers/emulators.js';
import { runCli } from './run.js';

/** The usage and lifecycle signals (issue 14), which snapshots do not carry yet, and the findings that need them. */
const LIFECYCLE_IDS: ReadonlySet<string> = new Set(LIFECYCLE_SIGNAL_SPECS.map((s) => s.id));
const LIFECYCLE_RULES: ReadonlySet<string> = new Set(LIFECYCLE_SIGNAL_SPECS.flatMap((s) => s.rules));
function withoutLifecycle(report: Report): Report {
  const findings = report.findings.filter((f) => !LIFECYCLE_RULES.has(f.rule));
  const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
  return {
    ...report,
    summary: { ...report.summary, errors: count('error'), warnings: count('warning'), notices: count('notice') },
    findings,
    signals: (report.signals ?? []).filter((s) => !LIFECYCLE_IDS.has(s.signal)),
  };
}

const NOW = new Date();
const GUARD_APP = '0b8e4f6a-3c21-4d7e-8f90-a1b2c3d4e5f6';
const RISKY_APP = '9f4b2c8d-1e35-4a7b-8c6d-e7f8a9b0c1d2'; // ci-automation-shared: at risk in the demo tenant
const EXCLUDED_APP = '5c7e3d9f-4a16-4b8c-9d2e-f3a4b5c6d7e8'; // tenant-ops-automation: excluded from the CA policy

const { tenant, github } = loadScenario('demo', { now: NOW });
grantSignalPermissions(tenant, GUARD_APP);
const emulators = useEmulators({ tenant, github });
const work = mkdtempSync(join(tmpdir(), 'efg-cli-signals-'));
const saved = { ...process.env };
const graph = () => ['--graph-endpoint', emulators().graph.url, '--arm-endpoint', emulators().arm.url];
const parse = (text: string) => JSON.parse(text) as Report;
const signalRules = (report: Report) =>
  report.findings
    .filter((f) => ['service-principal-at-risk', 'conditional-access-missing'].includes(f.rule))
    .map((f) => `${f.rule} ${f.appId}`)
    .sort();

beforeAll(() => {
  const token = emulators().oidc.mintToken({
    audience: 'api://AzureADTokenExchange',
    expiresInSeconds: 3600,
    job: { repository: 'contoso/payments-api', ref: 'refs/heads/main' },
  });
  const file = join(work, 'guard-token');
  writeFileSync(file, token);
  process.env.AZURE_TENANT_ID = tenant.tenantId;
  process.env.AZURE_CLIENT_ID = GUARD_APP;
  process.env.AZURE_FEDERATED_TOKEN_FILE = file;
  process.env.AZURE_AUTHORITY_HOST = emulators().entra.url;
});

afterAll(() => {
  for (const key of ['AZURE_TENANT_ID', 'AZURE_CLIENT_ID', 'AZURE_FEDERATED_TOKEN_FILE', 'AZURE_AUTHORITY_HOST'])
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  rmSync(work, { recursive: true, force: true });
});

describe('scan --all with the signal permissions', () => {
  it('reads every signal once and judges every app with them', async () => {
    emulators().log.clear();
    const run = await runCli(['scan', '--all', ...graph(), '--format', 'json'], { now: NOW });
    expect(run.code).toBe(1);
    const report = parse(run.stdout);
    expect(report.signals?.filter((s) => !LIFECYCLE_IDS.has(s.signal)).map((s) => [s.signal, s.status])).toEqual([
      ['subscribed-skus', 'available'],
      ['risky-service-principals', 'available'],
      ['service-principal-risk-detections', 'available'],
      ['conditional-access-policies', 'available'],
    ]);
    expect(signalRules(report)).toEqual([
      `conditional-access-missing ${EXCLUDED_APP}`,
      `service-principal-at-risk ${RISKY_APP}`,
    ]);
    const signalReads = emulators()
      .log.of('graph')
      .filter((e) => /subscribedSkus|identityProtection|conditionalAccess/.test(e.path));
    // Each once (the reads run side by side, so their order is not fixed).
    expect(signalReads.map((e) => e.path.split('?')[0]).sort()).toEqual([
      '/v1.0/identity/conditionalAccess/policies',
      '/v1.0/identityProtection/riskyServicePrincipals',
      '/v1.0/identityProtection/servicePrincipalRiskDetections',
      '/v1.0/subscribedSkus',
    ]);
  });

  it('says in the text output which checks did not run when a permission is missing', async () => {
    const guard = emulators().tenant.fixture.servicePrincipals.find((s) => s.appId === GUARD_APP);
    const before = structuredClone(guard?.appRoleAssignments ?? []);
    try {
      // Drop Policy.Read.All (246dd0d5-…) from the guard: the next token lacks it.
      if (guard)
        guard.appRoleAssignments = before.filter((a) => a.appRoleId !== '246dd0d5-5bd0-4def-940b-0421030a5b68');
      const run = await runCli(['scan', '--apps', EXCLUDED_APP, ...graph()], { now: NOW });
      expect(run.stdout).toContain(
        'Entra signals not checked: conditional-access-missing (forbidden: grant Policy.Read.All)',
      );
    } finally {
      if (guard) guard.appRoleAssignments = before;
    }
  });
});

describe('export and an offline scan of the snapshot', () => {
  it("records each signal's status at export time and judges the snapshot as the live tenant was", async () => {
    const snapshotFile = join(work, 'snapshot.json');
    const live = await runCli(['scan', '--all', ...graph(), '--format', 'json'], { now: NOW });
    const exported = await runCli(['export', '--all', ...graph(), '--output', snapshotFile], { now: NOW });
    expect(exported.code).toBe(0);
    const snapshot = parseSnapshot(readFileSync(snapshotFile, 'utf8'), snapshotFile);
    expect(snapshot.signals?.states.map((s) => s.status)).toEqual(['available', 'available', 'available', 'available']);
    expect(snapshot.signals?.riskyServicePrincipals?.map((r) => r.appId)).toEqual([RISKY_APP]);
    expect(snapshot.signals?.conditionalAccessPolicies).toHaveLength(1);

    // The risk is dismissed in the tenant after the export: the snapshot still shows it as it was.
    const signals = emulators().tenant.fixture.signals;
    const risky = structuredClone(signals?.riskyServicePrincipals ?? []);
    try {
      if (signals) signals.riskyServicePrincipals = [];
      const offline = await runCli(['scan', '--all', '--snapshot', snapshotFile, '--format', 'json'], {
        now: NOW,
        env: {},
      });
      // The same report, which also says which snapshot it judged.
      const judged = JSON.parse(offline.stdout) as { scope?: { snapshot?: unknown } };
      expect(judged.scope?.snapshot).toEqual({ exportedAt: expect.any(String), tenant: expect.any(String) });
      delete judged.scope?.snapshot;
      // A snapshot records the risk and conditional access signals, not yet the usage and lifecycle ones.
      expect(withoutLifecycle(judged as Report)).toEqual(withoutLifecycle(parse(live.stdout)));
      const now = await runCli(['scan', '--all', ...graph(), '--format', 'json'], { now: NOW });
      expect(signalRules(parse(now.stdout))).toEqual([`conditional-access-missing ${EXCLUDED_APP}`]);
    } finally {
      if (signals) signals.riskyServicePrincipals = risky;
    }
  });

  it('loads a snapshot written before signals existed, and reports no signal for it', async () => {
    const snapshotFile = join(work, 'old-snapshot.json');
    await runCli(['export', '--apps', RISKY_APP, ...graph(), '--output', snapshotFile], { now: NOW });
    const doc = JSON.parse(readFileSync(snapshotFile, 'utf8')) as Record<string, unknown>;
    delete doc.signals;
    writeFileSync(snapshotFile, JSON.stringify(doc));
    const offline = await runCli(['scan', '--all', '--snapshot', snapshotFile, '--format', 'json'], {
      now: NOW,
      env: {},
    });
    const report = parse(offline.stdout);
    expect(report.signals).toBeUndefined();
    expect(signalRules(report)).toEqual([]);
  });
});
