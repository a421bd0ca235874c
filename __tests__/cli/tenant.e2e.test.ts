// The CLI end to end against the emulators, through the real SDKs over HTTPS: DefaultAzureCredential signs
// in with workload identity (a GitHub OIDC token in AZURE_FEDERATED_TOKEN_FILE), the Graph client reads the
// demo tenant. One scan, the same scan in three shards merged, and an export scanned offline must agree
// byte for byte.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadScenario } from '../../emulator/fixtures.js';
import type { GraphPasswordCredential, TenantFixture } from '../../emulator/tenant.js';
import { shardOf } from '../../src/cli/selection.js';
import { SIGNAL_SPECS } from '../../src/signals/catalogue.js';
import type { Report } from '../../src/report/model.js';
import { useEmulators } from '../helpers/emulators.js';
import { runCli } from './run.js';

const NOW = new Date();
const GUARD_APP = '0b8e4f6a-3c21-4d7e-8f90-a1b2c3d4e5f6'; // has Application.Read.All; trusts pushes to main
const DEPLOY_APP = '7d3c9e15-2b48-4f6a-b1c2-d3e4f5a6b7c8'; // no Graph permission; trusts the production environment
const LEGACY_APP = '3e9a1b7c-6d24-4c8e-a5f1-b2c3d4e5f6a7'; // secrets and a certificate: warnings only
const SHARED_APP = '9f4b2c8d-1e35-4a7b-8c6d-e7f8a9b0c1d2'; // pull_request and http issuer credentials: errors
const MANAGED_IDENTITY = '2a6c8e0f-4b13-4d57-9e8a-c1d2e3f4a5b9'; // user-assigned; its credentials are in ARM
const ALL_APPS = [
  '0b8e4f6a-3c21-4d7e-8f90-a1b2c3d4e5f6',
  MANAGED_IDENTITY,
  '3e9a1b7c-6d24-4c8e-a5f1-b2c3d4e5f6a7',
  '5c7e3d9f-4a16-4b8c-9d2e-f3a4b5c6d7e8',
  '7d3c9e15-2b48-4f6a-b1c2-d3e4f5a6b7c8',
  '9f4b2c8d-1e35-4a7b-8c6d-e7f8a9b0c1d2',
];
// Distinctive secret hints ('~' appears in no GUID, date, base64 or report text), so any leak is visible.
const HINTS = ['Q~z', 'w~7', 'K~p'];

function demoTenant(): {
  tenant: TenantFixture;
  certificateKeys: string[];
  github: ReturnType<typeof loadScenario>['github'];
} {
  const { tenant, github } = loadScenario('demo', { now: NOW });
  let next = 0;
  const certificateKeys: string[] = [];
  for (const owner of [...tenant.applications, ...tenant.servicePrincipals]) {
    owner.passwordCredentials.forEach((c: GraphPasswordCredential) => (c.hint = HINTS[next++ % HINTS.length] ?? null));
    for (const k of owner.keyCredentials) if (k.key) certificateKeys.push(k.key);
  }
  expect(next).toBe(3);
  expect(certificateKeys).toHaveLength(1);
  return { tenant, certificateKeys, github };
}

const { tenant, certificateKeys, github } = demoTenant();
const emulators = useEmulators({ tenant, github });
const work = mkdtempSync(join(tmpdir(), 'efg-cli-e2e-'));
const saved = { ...process.env };
const graph = () => ['--graph-endpoint', emulators().graph.url, '--arm-endpoint', emulators().arm.url];

/** A GitHub OIDC token for contoso/payments-api, as a runner or a Kubernetes projected volume would provide. */
function writeToken(name: string, job: Record<string, string>): string {
  const token = emulators().oidc.mintToken({
    audience: 'api://AzureADTokenExchange',
    expiresInSeconds: 3600,
    job: { repository: 'contoso/payments-api', ref: 'refs/heads/main', ...job },
  });
  const file = join(work, name);
  writeFileSync(file, token);
  return file;
}

beforeAll(() => {
  process.env.AZURE_TENANT_ID = tenant.tenantId;
  process.env.AZURE_CLIENT_ID = GUARD_APP;
  process.env.AZURE_FEDERATED_TOKEN_FILE = writeToken('guard-token', {});
  process.env.AZURE_AUTHORITY_HOST = emulators().entra.url;
});

afterAll(() => {
  for (const key of ['AZURE_TENANT_ID', 'AZURE_CLIENT_ID', 'AZURE_FEDERATED_TOKEN_FILE', 'AZURE_AUTHORITY_HOST'])
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  rmSync(work, { recursive: true, force: true });
});

const parse = (text: string) => JSON.parse(text) as Report;

/** The report without `signals` and without the findings of rules that need a signal, summary recounted. */
function withoutSignals(report: Report): Report {
  const needs = new Set(SIGNAL_SPECS.flatMap((s) => s.rules));
  const findings = report.findings.filter((f) => !needs.has(f.rule));
  const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
  const { signals: _signals, ...rest } = report;
  return {
    ...rest,
    summary: { ...report.summary, errors: count('error'), warnings: count('warning'), notices: count('notice') },
    findings,
  };
}

describe('scan --all, sharded scans merged, and an exported snapshot agree', () => {
  let full: string;

  beforeAll(async () => {
    const run = await runCli(['scan', '--all', ...graph(), '--format', 'json'], { now: NOW });
    expect(run.code).toBe(1);
    full = run.stdout;
  });

  it('scans every application of the tenant once, signed in as the guard app', () => {
    const report = parse(full);
    expect(report.apps.map((a) => a.appId).sort()).toEqual(ALL_APPS);
    // privileged-app-owner too (ci-automation-shared has a user owner; issue 14).
    expect(report.summary).toEqual({ errors: 3, warnings: 18, notices: 0, appsEvaluated: 6, appsNotEvaluated: 0 });
    // The managed identity is counted among the apps, its credentials read from ARM.
    expect(report.apps.find((a) => a.appId === MANAGED_IDENTITY)).toEqual({
      appId: MANAGED_IDENTITY,
      objectId: '8b4d6f1a-3c25-4e79-a0b1-c2d3e4f5a6b0',
      displayName: 'id-payments-infra',
      kind: 'managedIdentity',
      resourceId:
        '/subscriptions/6f1d2c3b-4a59-4e8d-9c7b-1a2b3c4d5e6f/resourcegroups/rg-payments/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-payments-infra',
    });
    expect(
      emulators()
        .log.of('arm')
        .map((e) => [e.path.split('?')[0]?.split('/').pop(), e.status]),
    ).toEqual([['federatedIdentityCredentials', 200]]);
    expect(report.verdict).toBe('fail');
    expect(report.scope).toEqual({ tenant: tenant.tenantId, policyDigest: expect.any(String) });
    const tokenPosts = emulators()
      .log.of('entra')
      .filter((e) => e.method === 'POST');
    // One token for Graph and one for ARM, each cached for the whole run (and possibly by MSAL before).
    expect(tokenPosts.length).toBeLessThanOrEqual(2);
  });

  it('splits --all into three disjoint shards whose merge is the full report', async () => {
    const files: string[] = [];
    const seen: string[] = [];
    for (const i of [1, 2, 3]) {
      const file = join(work, `shard-${i}.json`);
      const run = await runCli(['scan', '--all', '--shard', `${i}/3`, ...graph(), '--format', 'json', '-o', file], {
        now: NOW,
      });
      expect(run.stdout).toBe('');
      const shard = parse(readFileSync(file, 'utf8'));
      expect(shard.scope?.shard).toBe(`${i}/3`);
      expect(run.code).toBe(shard.summary.errors > 0 ? 1 : 0);
      for (const app of shard.apps) expect(shardOf(app.appId, 3)).toBe(i);
      seen.push(...shard.apps.map((a) => a.appId));
      files.push(file);
    }
    expect(seen.sort()).toEqual(ALL_APPS); // each app exactly once across the shards

    const merged = await runCli(['merge', ...files, '--format', 'json'], { now: NOW });
    expect(merged).toEqual({
      code: 1,
      stdout: full,
      stderr: 'merge: 3 error(s) and 18 warning(s) found; --fail-on error (exit 1).\n',
    });
  });

  it('refuses to merge an incomplete or repeated set of shards', async () => {
    const [one, two] = [1, 2].map((i) => join(work, `shard-${i}.json`));
    expect(await runCli(['merge', one as string, two as string])).toEqual({
      code: 3,
      stdout: '',
      stderr:
        'entra-federation-guard merge: Cannot merge: shard 3/3 is missing; a merged report must cover every app.\n',
    });
    expect((await runCli(['merge', one as string, one as string])).stderr).toBe(
      `entra-federation-guard merge: Cannot merge: shard 1/3 appears twice (${one} and ${one}).\n`,
    );
  });

  it('exports a snapshot that scans offline to the same report, without a network call', async () => {
    const snapshot = join(work, 'snapshot.json');
    const exported = await runCli(['export', '--all', ...graph(), '--output', snapshot], { now: NOW });
    expect(exported).toMatchObject({ code: 0, stdout: '' });
    const doc = JSON.parse(readFileSync(snapshot, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(doc)).toEqual([
      'version',
      'tool',
      'tenant',
      'exportedAt',
      'applications',
      'servicePrincipals',
      'graphAppRoles',
      'graphServicePrincipalId',
      'managedIdentities',
      'notEvaluated',
      'signals',
    ]);
    expect(doc).toMatchObject({ version: 2, tenant: tenant.tenantId, exportedAt: NOW.toISOString(), notEvaluated: [] });
    expect((doc.graphAppRoles as unknown[]).length).toBe(17);

    emulators().log.clear();
    const offline = await runCli(['scan', '--all', '--snapshot', snapshot, '--format', 'json'], {
      now: NOW,
      env: {},
    });
    expect(offline.code).toBe(1);
    // The same report, which also says which snapshot it judged. A snapshot does not carry the usage and
    // lifecycle signals (owners included) yet: both are compared without the signals and the findings that need them.
    const judged = parse(offline.stdout);
    expect(judged.scope?.snapshot).toEqual({ exportedAt: expect.any(String), tenant: tenant.tenantId });
    delete judged.scope?.snapshot;
    expect(withoutSignals(judged)).toEqual(withoutSignals(parse(full)));
    expect(emulators().log.entries).toEqual([]);
  });

  it('never writes secret material: no hint, secretText or certificate key in the snapshot or any output', async () => {
    const snapshot = join(work, 'secrets-snapshot.json');
    const outputs: string[] = [];
    const exported = await runCli(['export', '--apps', ALL_APPS.join(','), ...graph(), '-o', snapshot], { now: NOW });
    outputs.push(exported.stderr, readFileSync(snapshot, 'utf8'));
    const text = readFileSync(snapshot, 'utf8');
    expect(text).not.toMatch(/"(hint|secretText|key)"\s*:/);
    for (const format of ['text', 'json', 'sarif', 'markdown']) {
      const live = await runCli(['scan', '--all', ...graph(), '--format', format], { now: NOW });
      const offline = await runCli(['scan', '--all', '--snapshot', snapshot, '--format', format], { now: NOW });
      outputs.push(live.stdout, live.stderr, offline.stdout, offline.stderr);
    }
    // The scan does judge those credentials (so they were read), it only never repeats the secret's characters.
    expect(outputs.join('\n')).toContain('billing-sync-rotation');
    for (const secret of [...HINTS, ...certificateKeys])
      for (const output of outputs) expect(output.includes(secret)).toBe(false);
  });
});

describe('inside a GitHub Actions job', () => {
  it("signs in with the job's own GitHub OIDC token when id-token: write is granted and no token file is set", async () => {
    const e = emulators();
    e.oidc.setJob({ repository: 'contoso/payments-api', ref: 'refs/heads/main', event_name: 'schedule' });
    const env: Record<string, string | undefined> = { ...process.env, ...e.runnerEnv() };
    delete env.AZURE_FEDERATED_TOKEN_FILE;
    const run = await runCli(['scan', '--apps', GUARD_APP, ...graph(), '--format', 'json'], { env, now: NOW });
    expect(run.stderr).toMatch(/^scan: 1\/1 apps read, 0 findings in [\d.]+m?s\n$/); // progress only, no error
    expect(run.code).toBe(0);
    expect(parse(run.stdout).apps.map((a) => a.appId)).toEqual([GUARD_APP]);
    // The assertion came from the runner's token endpoint, with the token-exchange audience.
    const requests = e.log.of('github-oidc').map((r) => r.path);
    expect(requests.some((p) => p.includes('audience=api%3A%2F%2FAzureADTokenExchange'))).toBe(true);
    expect(run.stdout).not.toContain('::add-mask::');
  });
});

describe('selection', () => {
  it.each([
    ['tag:deploy', [DEPLOY_APP]],
    ['tag:ci', ['0b8e4f6a-3c21-4d7e-8f90-a1b2c3d4e5f6', '9f4b2c8d-1e35-4a7b-8c6d-e7f8a9b0c1d2']],
    ['legacy', ['3e9a1b7c-6d24-4c8e-a5f1-b2c3d4e5f6a7']],
    ['tag:nothing-has-this', []],
  ])('--all --filter %s reads only the matching apps', async (filter, expected) => {
    const run = await runCli(
      ['scan', '--all', '--filter', filter, ...graph(), '--format', 'json', '--fail-on', 'never'],
      {
        now: NOW,
      },
    );
    expect(run.code).toBe(0);
    expect(
      parse(run.stdout)
        .apps.map((a) => a.appId)
        .sort(),
    ).toEqual(expected);
  });
});

describe('exit codes', () => {
  it.each([
    ['error', 0],
    ['warning', 1],
    ['never', 0],
  ])('with warnings only, --fail-on %s exits %d', async (failOn, code) => {
    const run = await runCli(['scan', '--apps', LEGACY_APP, ...graph(), '--fail-on', failOn, '--format', 'json'], {
      now: NOW,
    });
    // Among the warnings: the legacy app's directory role (Graph names it now the guard may read roles), and
    // privileged-app-owner for its user owner, since that role makes the app privileged (issue 14).
    expect(parse(run.stdout).summary).toMatchObject({ errors: 0, warnings: 7 });
    expect(run.code).toBe(code);
  });

  it('with errors, --fail-on error exits 1 and --fail-on never exits 0 with the same report', async () => {
    const failing = await runCli(['scan', '--apps', SHARED_APP, ...graph(), '--fail-on', 'error'], { now: NOW });
    const never = await runCli(['scan', '--apps', SHARED_APP, ...graph(), '--fail-on', 'never'], { now: NOW });
    expect(failing.code).toBe(1);
    expect(never.code).toBe(0);
    expect(never.stdout).toBe(failing.stdout);
  });

  it('is 0 when an app passes the policy', async () => {
    const run = await runCli(['scan', '--apps', GUARD_APP, ...graph(), '--format', 'json'], { now: NOW });
    const report = parse(run.stdout);
    expect(report.summary.errors).toBe(0);
    expect(run.code).toBe(0);
  });

  it('is 3 when an app cannot be evaluated, with the report still written', async () => {
    const missing = '11111111-2222-4333-8444-555555555555';
    const run = await runCli(['scan', '--apps', `${GUARD_APP},${missing}`, ...graph(), '--format', 'json'], {
      now: NOW,
    });
    expect(run.code).toBe(3);
    expect(parse(run.stdout).notEvaluated).toEqual([{ appId: missing, reason: 'application not found in tenant' }]);
    expect(run.stderr).toContain(
      `scan: 1 app(s) could not be evaluated: ${missing} (application not found in tenant). A partial check does not pass; see "Not evaluated" in the report. (exit 3)`,
    );
  });

  it('is 3 when the authority cannot be reached, after the whole credential chain, with no token in the message', async () => {
    const authority = process.env.AZURE_AUTHORITY_HOST;
    process.env.AZURE_AUTHORITY_HOST = 'https://127.0.0.1:9';
    try {
      const run = await runCli(['scan', '--all', ...graph()], { now: NOW });
      expect(run.code).toBe(3);
      expect(run.stdout).toBe('');
      expect(
        run.stderr.startsWith(
          `entra-federation-guard scan: Could not sign in to tenant ${tenant.tenantId} at https://127.0.0.1:9 for ${emulators().graph.url}/.default: ChainedTokenCredential authentication failed.`,
        ),
      ).toBe(true);
      expect(run.stderr).toContain('endpoints_resolution_error');
      expect(run.stderr).toContain('See docs/cli.md#authentication.');
      expect(run.stderr).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}/);
      expect(emulators().log.of('graph')).toEqual([]);
    } finally {
      process.env.AZURE_AUTHORITY_HOST = authority;
    }
  });

  it('is 2 when --authority-host disagrees with AZURE_AUTHORITY_HOST under workload identity', async () => {
    const run = await runCli(['scan', '--all', ...graph(), '--authority-host', 'https://login.example.com'], {
      now: NOW,
    });
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        `entra-federation-guard scan: The authority host https://login.example.com differs from AZURE_AUTHORITY_HOST ${emulators().entra.url}; with workload identity (AZURE_FEDERATED_TOKEN_FILE) the Azure SDK also reads AZURE_AUTHORITY_HOST, so make them agree or drop --authority-host/--cloud.\n` +
        "Run 'entra-federation-guard scan --help' for usage.\n",
    });
  });

  it('is 3 when Entra refuses the federated token, and says so without echoing the token', async () => {
    const file = process.env.AZURE_FEDERATED_TOKEN_FILE;
    process.env.AZURE_FEDERATED_TOKEN_FILE = writeToken('untrusted-token', { ref: 'refs/heads/feature' });
    try {
      const run = await runCli(['scan', '--all', ...graph()], { now: NOW });
      expect(run.code).toBe(3);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('AADSTS700213');
      expect(run.stderr).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}/);
    } finally {
      process.env.AZURE_FEDERATED_TOKEN_FILE = file;
    }
  });

  it('is 3 when the signed-in app may not list applications, and names the permission it needs', async () => {
    const clientId = process.env.AZURE_CLIENT_ID;
    const file = process.env.AZURE_FEDERATED_TOKEN_FILE;
    process.env.AZURE_CLIENT_ID = DEPLOY_APP;
    process.env.AZURE_FEDERATED_TOKEN_FILE = writeToken('deploy-token', { environment: 'production' });
    try {
      const run = await runCli(['scan', '--all', ...graph()], { now: NOW });
      expect(run.code).toBe(3);
      expect(run.stderr).toMatch(/^entra-federation-guard scan: Could not list the tenant's applications: HTTP 403 /);
      expect(run.stderr).toContain(
        'The signed-in identity needs the Microsoft Graph permission Application.Read.All (with admin consent).',
      );
    } finally {
      process.env.AZURE_CLIENT_ID = clientId;
      process.env.AZURE_FEDERATED_TOKEN_FILE = file;
    }
  });

  it('is 3 for an unreadable snapshot', async () => {
    const bad = join(work, 'not-a-snapshot.json');
    writeFileSync(bad, '{"version": 3}');
    expect(await runCli(['scan', '--all', '--snapshot', bad], { env: {} })).toEqual({
      code: 3,
      stdout: '',
      stderr: `entra-federation-guard scan: The snapshot ${bad} has version 3; this version of the tool reads versions 1 and 2. Export it again.\n`,
    });
  });
});

describe('progress and streams', () => {
  it('keeps stdout for the report: without a terminal, progress is plain lines on stderr', async () => {
    const run = await runCli(['scan', '--all', ...graph(), '--format', 'json', '--fail-on', 'never'], { now: NOW });
    expect(() => JSON.parse(run.stdout)).not.toThrow();
    expect(run.stderr).toMatch(/^scan: 6\/6 apps read, 21 findings in \d+\.\ds\n$/);
    expect(run.stderr.includes('\r') || run.stderr.includes('\u001b')).toBe(false);
  });

  it('redraws one line in place on a terminal and ends it with the summary', async () => {
    const run = await runCli(['scan', '--all', ...graph(), '--format', 'json', '--fail-on', 'never'], {
      now: NOW,
      stderrTTY: true,
    });
    expect(run.stderr).toContain('\r');
    const [live, last] = run.stderr.split('\r\u001b[K');
    expect(live?.startsWith('\rscan: ')).toBe(true);
    expect(last).toMatch(/^scan: 6\/6 apps read, 21 findings in \d+\.\ds\n$/);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
  });

  it('--quiet writes nothing to stderr', async () => {
    const run = await runCli(['scan', '--all', ...graph(), '--quiet', '--format', 'json'], { now: NOW });
    expect(run).toMatchObject({ code: 1, stderr: '' });
  });
});

describe('scan --repo', () => {
  it('adds the workflow-aware checks for a local checkout', async () => {
    const repo = join(work, 'checkout');
    mkdirSync(join(repo, '.github', 'workflows'), { recursive: true });
    writeFileSync(
      join(repo, '.github', 'workflows', 'deploy.yml'),
      [
        'on:',
        '  push:',
        '    branches: [main]',
        'permissions:',
        '  id-token: write',
        'jobs:',
        '  deploy:',
        '    runs-on: ubuntu-latest',
        '    environment: staging',
        '    steps:',
        '      - uses: azure/login@v2',
        '        with:',
        `          client-id: ${DEPLOY_APP}`,
        '          tenant-id: ${{ vars.AZURE_TENANT_ID }}',
        '          subscription-id: ${{ vars.AZURE_SUBSCRIPTION_ID }}',
        '',
      ].join('\n'),
    );
    const run = await runCli(
      [
        'scan',
        '--apps',
        DEPLOY_APP,
        ...graph(),
        '--repo',
        repo,
        '--github-repo',
        'contoso/payments-api',
        '--format',
        'json',
      ],
      { now: NOW },
    );
    const report = parse(run.stdout);
    const workflowFindings = report.findings.filter((f) => f.location?.file === '.github/workflows/deploy.yml');
    // The job runs in the staging environment, which no credential of the app trusts.
    expect(workflowFindings.map((f) => [f.rule, f.location?.line])).toEqual([['fic-missing', 9]]);
    expect(workflowFindings[0]?.message).toContain('repo:contoso/payments-api:environment:staging');
    expect(report.notices).toContain(
      'Environment protection rules are not read by the CLI, so fic-unprotected-environment was not evaluated.',
    );
  });
});

describe('a pull request checked from an export for pull requests, with no Azure trust at all', () => {
  it('gets fic-missing on the job it breaks, reads nothing live, and the artifact holds no secret or permission', async () => {
    const artifact = join(work, 'pr-snapshot.json');
    const exported = await runCli(
      ['export', '--all', ...graph(), '--for-pull-requests', 'contoso/payments-api', '--output', artifact, '--quiet'],
      { now: NOW },
    );
    expect(exported).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const text = readFileSync(artifact, 'utf8');
    const doc = JSON.parse(text) as { applications: { appId: string }[]; graphAppRoles: unknown[] };
    // Only the apps with a credential naming the repository (or a wildcard over its owner).
    expect(doc.applications.map((a) => a.appId)).toEqual(expect.arrayContaining([DEPLOY_APP]));
    expect(doc.applications.map((a) => a.appId)).not.toContain(LEGACY_APP);
    expect(doc.graphAppRoles).toEqual([]);
    for (const leak of [...HINTS, ...certificateKeys, 'passwordCredentials":[{', 'appRoleId'])
      expect(text).not.toContain(leak);

    // The pull request adds a job deploying to an environment no credential trusts.
    const checkout = join(work, 'pr-checkout');
    mkdirSync(join(checkout, '.github/workflows'), { recursive: true });
    writeFileSync(
      join(checkout, '.github/workflows/deploy.yml'),
      [
        'on: { push: { branches: [main] } }',
        'permissions: { id-token: write, contents: read }',
        'jobs:',
        '  deploy-eu:',
        '    runs-on: ubuntu-latest',
        '    environment: production-eu',
        '    steps:',
        '      - uses: azure/login@v2',
        `        with: { client-id: ${DEPLOY_APP}, tenant-id: ${tenant.tenantId}, allow-no-subscriptions: true }`,
        '',
      ].join('\n'),
    );
    emulators().log.clear();
    const check = await runCli(
      [
        'scan',
        '--all',
        '--snapshot',
        artifact,
        '--repo',
        checkout,
        '--github-repo',
        'contoso/payments-api',
        '--format',
        'json',
      ],
      { now: NOW, env: {} },
    );
    expect(emulators().log.entries).toEqual([]);
    const report = JSON.parse(check.stdout) as Report;
    const missing = report.findings.filter((f) => f.rule === 'fic-missing');
    expect(missing.map((f) => [f.appId, f.location?.file, f.location?.line])).toEqual([
      [DEPLOY_APP, '.github/workflows/deploy.yml', 6],
    ]);
    expect(check.code).toBe(1);
  });
});
