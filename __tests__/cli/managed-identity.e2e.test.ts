// Managed identities through the CLI, end to end against the emulators (Entra, Graph, ARM) with the real
// SDKs: a job that signs in as the demo's user-assigned managed identity gets fic-case-mismatch, live and
// from an exported snapshot; without the Reader role the identity is not evaluated and the fix is named.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadScenario } from '../../emulator/fixtures.js';
import type { Report } from '../../src/report/model.js';
import { useEmulators } from '../helpers/emulators.js';
import { runCli } from './run.js';

const NOW = new Date();
const GUARD_APP = '0b8e4f6a-3c21-4d7e-8f90-a1b2c3d4e5f6';
const IDENTITY = '2a6c8e0f-4b13-4d57-9e8a-c1d2e3f4a5b9';
const { tenant, github } = loadScenario('demo', { now: NOW });
const emulators = useEmulators({ tenant, github });
const work = mkdtempSync(join(tmpdir(), 'efg-cli-mi-'));
const saved = { ...process.env };
const live = () => ['--graph-endpoint', emulators().graph.url, '--arm-endpoint', emulators().arm.url];
const checkout = join(work, 'checkout');
const parse = (text: string) => JSON.parse(text) as Report;

beforeAll(() => {
  const token = emulators().oidc.mintToken({
    audience: 'api://AzureADTokenExchange',
    expiresInSeconds: 3600,
    job: { repository: 'contoso/payments-api', ref: 'refs/heads/main' },
  });
  writeFileSync(join(work, 'token'), token);
  process.env.AZURE_TENANT_ID = tenant.tenantId;
  process.env.AZURE_CLIENT_ID = GUARD_APP;
  process.env.AZURE_FEDERATED_TOKEN_FILE = join(work, 'token');
  process.env.AZURE_AUTHORITY_HOST = emulators().entra.url;
  mkdirSync(join(checkout, '.github', 'workflows'), { recursive: true });
  copyFileSync(
    new URL('../../emulator/demo/workflows/infra.yml', import.meta.url),
    join(checkout, '.github', 'workflows', 'infra.yml'),
  );
});

afterAll(() => {
  for (const key of ['AZURE_TENANT_ID', 'AZURE_CLIENT_ID', 'AZURE_FEDERATED_TOKEN_FILE', 'AZURE_AUTHORITY_HOST'])
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  rmSync(work, { recursive: true, force: true });
});

const repoFlags = () => ['--repo', checkout, '--github-repo', 'contoso/payments-api'];
const mismatch = (report: Report) =>
  report.findings
    .filter((f) => f.appId === IDENTITY)
    .map((f) => [f.rule, f.target.name, f.location?.file, f.location?.line]);

describe('a job signing in as a managed identity', () => {
  it('gets fic-case-mismatch live, its credentials read from ARM with an ARM token', async () => {
    const run = await runCli(['scan', '--apps', IDENTITY, ...live(), ...repoFlags(), '--format', 'json'], { now: NOW });
    expect(run.code).toBe(1);
    const report = parse(run.stdout);
    expect(report.apps).toEqual([expect.objectContaining({ appId: IDENTITY, kind: 'managedIdentity' })]);
    expect(mismatch(report)).toEqual([['fic-case-mismatch', 'payments-api-main', '.github/workflows/infra.yml', 10]]);
    const finding = report.findings.find((f) => f.rule === 'fic-case-mismatch');
    expect(finding?.remediation).toContain("az identity federated-credential update --name 'payments-api-main'");
    // ARM was asked once, with a bearer token, for the 2023-01-31 API.
    const arm = emulators().log.of('arm');
    expect(arm.map((e) => [e.method, e.status, e.headers.authorization])).toEqual([['GET', 200, 'Bearer [redacted]']]);
    expect(arm[0]?.path).toMatch(/\/federatedIdentityCredentials\?api-version=2023-01-31$/);
    // Entra was asked for the ARM audience, not only Graph's.
    const scopes = emulators()
      .log.of('entra')
      .filter((e) => e.method === 'POST')
      .map((e) => new URLSearchParams(e.body ?? '').get('scope'));
    expect(scopes).toContain(`${emulators().arm.url}/.default`);
  });

  it('gets fic-missing when the identity trusts nothing the job presents', async () => {
    const identity = emulators().tenant.fixture.arm?.userAssignedIdentities[0];
    const saved = identity?.federatedIdentityCredentials;
    if (!identity || !saved) throw new Error('the demo tenant has a managed identity');
    identity.federatedIdentityCredentials = [];
    try {
      const run = await runCli(['scan', '--apps', IDENTITY, ...live(), ...repoFlags(), '--format', 'json'], {
        now: NOW,
      });
      expect(mismatch(parse(run.stdout))).toEqual([['fic-missing', 'provision', '.github/workflows/infra.yml', 10]]);
    } finally {
      identity.federatedIdentityCredentials = saved;
    }
  });

  it('gets the same findings from an exported snapshot (version 2), offline', async () => {
    const snapshot = join(work, 'snapshot.json');
    const exported = await runCli(['export', '--apps', `${GUARD_APP},${IDENTITY}`, ...live(), '-o', snapshot], {
      now: NOW,
    });
    expect(exported.code).toBe(0);
    const doc = JSON.parse(readFileSync(snapshot, 'utf8')) as Record<string, unknown>;
    expect(doc.version).toBe(2);
    expect(doc.managedIdentities).toEqual([
      {
        appId: IDENTITY,
        resourceId:
          '/subscriptions/6f1d2c3b-4a59-4e8d-9c7b-1a2b3c4d5e6f/resourcegroups/rg-payments/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-payments-infra',
        federatedIdentityCredentials: [
          {
            id: '/subscriptions/6f1d2c3b-4a59-4e8d-9c7b-1a2b3c4d5e6f/resourceGroups/rg-payments/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-payments-infra/federatedIdentityCredentials/payments-api-main',
            name: 'payments-api-main',
            type: 'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials',
            properties: {
              issuer: 'https://token.actions.githubusercontent.com',
              subject: 'repo:contoso/payments-api:ref:refs/heads/Main',
              audiences: ['api://AzureADTokenExchange'],
            },
          },
        ],
      },
    ]);
    const online = await runCli(
      ['scan', '--apps', `${GUARD_APP},${IDENTITY}`, ...live(), ...repoFlags(), '--format', 'json'],
      { now: NOW },
    );
    emulators().log.clear();
    const offline = await runCli(
      ['scan', '--apps', `${GUARD_APP},${IDENTITY}`, '--snapshot', snapshot, ...repoFlags(), '--format', 'json'],
      { now: NOW, env: {} },
    );
    expect(emulators().log.entries).toEqual([]);
    // The same report, which also says which snapshot it judged.
    const judged = JSON.parse(offline.stdout) as { scope?: { snapshot?: unknown } };
    expect(judged.scope?.snapshot).toEqual({ exportedAt: expect.any(String), tenant: expect.any(String) });
    delete judged.scope?.snapshot;
    // A snapshot records the risk and conditional access signals, not yet the usage and lifecycle ones.
    const liveReport = JSON.parse(online.stdout) as { signals?: unknown };
    delete (judged as { signals?: unknown }).signals;
    delete liveReport.signals;
    expect(judged).toEqual(liveReport);
    expect(mismatch(parse(offline.stdout))).toEqual([
      ['fic-case-mismatch', 'payments-api-main', '.github/workflows/infra.yml', 10],
    ]);
  });

  it('is not evaluated, with the Reader fix, when the guard has no role on the identity (exit 3)', async () => {
    const arm = emulators().tenant.fixture.arm;
    if (!arm) throw new Error('the demo tenant has ARM');
    const roles = arm.roleAssignments;
    arm.roleAssignments = [];
    try {
      const run = await runCli(['scan', '--apps', IDENTITY, ...live(), '--format', 'json'], { now: NOW });
      expect(run.code).toBe(3);
      const [entry] = parse(run.stdout).notEvaluated;
      expect(entry?.appId).toBe(IDENTITY);
      expect(entry?.reason).toMatch(
        /^managed identity: Azure Resource Manager denied reading the federated credentials/,
      );
      expect(entry?.reason).toContain('HTTP 403 AuthorizationFailed');
      expect(entry?.reason).toContain('built-in Reader role on the managed identity or its resource group');
      expect(entry?.reason).toContain(
        'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials/read',
      );
    } finally {
      arm.roleAssignments = roles;
    }
  });

  it('scan --all counts the managed identity among the apps and reads it in its shard only', async () => {
    const all = parse((await runCli(['scan', '--all', ...live(), '--format', 'json'], { now: NOW })).stdout);
    expect(all.apps.filter((a) => a.kind === 'managedIdentity').map((a) => a.appId)).toEqual([IDENTITY]);
    const kinds = new Set<string>();
    for (const i of [1, 2]) {
      emulators().log.clear();
      const shard = parse(
        (await runCli(['scan', '--all', '--shard', `${i}/2`, ...live(), '--format', 'json'], { now: NOW })).stdout,
      );
      for (const app of shard.apps) kinds.add(`${app.kind}:${app.appId}`);
      const armReads = emulators().log.of('arm').length;
      expect(armReads).toBe(shard.apps.some((a) => a.appId === IDENTITY) ? 1 : 0);
    }
    expect(kinds.has(`managedIdentity:${IDENTITY}`)).toBe(true);
  });
});
