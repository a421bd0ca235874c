// Issue 2: every way the run can go wrong ends in an exact, actionable outcome: apps not read are
// "not evaluated" (never a pass), transient failures are retried as Retry-After asks, and runs
// that can never have a token (forks, Dependabot) still analyse the workflows.
import { describe, expect, it } from '@jest/globals';
import type { LoggedRequest } from '../../emulator/core/server.js';
import { useEmulators } from '../helpers/emulators.js';
import {
  annotations,
  app,
  buildTenant,
  githubFixture,
  GUARD,
  repoFic,
  REPO,
  runGuard,
  secret,
  daysFromNow,
  workflowCommands,
} from './harness.js';

const deploy = app({
  displayName: 'payments-deploy',
  federatedIdentityCredentials: [repoFic('payments-main', 'ref:refs/heads/main')],
});
const reporting = app({
  displayName: 'reporting-export',
  passwordCredentials: [
    secret({ displayName: 'export-2026', startDateTime: daysFromNow(-10), endDateTime: daysFromNow(80) }),
  ],
});
const tenantFixture = () => buildTenant([{ app: deploy }, { app: reporting }]);
const emulators = useEmulators(() => ({ tenant: tenantFixture(), github: githubFixture() }));
const apps = [deploy.appId, reporting.appId];

/** A workflow the YAML reader rejects: proof the workflows were analysed is its notice. */
const BROKEN = 'name: Broken\non: [push\njobs:\n  x: {}\n';

function expectNotEvaluated(
  run: Awaited<ReturnType<typeof runGuard>>,
  reason: RegExp,
  ids: readonly string[] = apps,
): void {
  expect(run.code).toBe(1);
  expect(run.report?.summary.appsEvaluated).toBe(0);
  expect(run.report?.notEvaluated.map((n) => n.appId).sort()).toEqual([...ids].sort());
  for (const n of run.report?.notEvaluated ?? []) expect(n.reason).toMatch(reason);
  // A partial check never passes, whatever the findings say.
  expect(run.stdout).toContain(`::error::${ids.length} app(s) could not be evaluated`);
  // The ::error:: line itself names each app and why, where people look first.
  const errorLine = run.stdout
    .split('\n')
    .find((l) => l.startsWith('::error::') && l.includes('could not be evaluated'));
  for (const id of ids) expect(errorLine).toContain(id);
  expect(errorLine).toMatch(new RegExp(reason.source.replace(/^\^/, ''), reason.flags));
  expect(run.summary).toContain(`### Not evaluated: ${ids.length} app`);
  // …and its headline says so, never "pass".
  expect(run.summary).toMatch(/^\*\*Entra Federation Guard: (fail, )?incomplete\*\*/);
}

describe('apps names an app the tenant does not have', () => {
  it('names the app and the reason in the ::error:: line, and fails', async () => {
    const missing = '11111111-2222-4333-8444-555555555555';
    const run = await runGuard(emulators(), { apps: [deploy.appId, missing] });
    expect(run.code).toBe(1);
    expect(run.report?.notEvaluated).toEqual([{ appId: missing, reason: 'application not found in tenant' }]);
    expect(run.stdout).toContain(
      `::error::1 app(s) could not be evaluated: ${missing} (application not found in tenant).`,
    );
  });
});

describe('Graph refuses the guard (no Application.Read.All)', () => {
  it('reports every app as not evaluated, naming the permission, and fails', async () => {
    emulators().tenant.fixture = buildTenant([{ app: deploy }, { app: reporting }], []);
    try {
      const run = await runGuard(emulators(), { apps });
      expectNotEvaluated(run, /Application\.Read\.All/);
      expect(run.report?.notEvaluated[0]?.reason).toMatch(/Graph denied reading the application \(HTTP 403 /);
      expect(run.outputs.verdict).toBe('pass'); // nothing found, yet the job fails: not evaluated
    } finally {
      emulators().tenant.fixture = tenantFixture();
    }
  });
});

describe("the job's subject matches no federated credential of the guard (AADSTS700213)", () => {
  it('fails, names the presented subject and how to add it, and evaluates no app', async () => {
    const run = await runGuard(emulators(), { apps, ref: 'refs/heads/feature/login' });
    const presented = `repo:${REPO}:ref:refs/heads/feature/login`;
    expectNotEvaluated(run, /AADSTS700213/);
    const reason = run.report?.notEvaluated[0]?.reason ?? '';
    expect(reason).toContain(`Presented: iss='https://token.actions.githubusercontent.com' sub='${presented}'`);
    expect(reason).toContain(`Add a federated credential with subject '${presented}' to app ${GUARD.appId}`);
    expect(reason).toMatch(/az ad app federated-credential create --id 0b8e4f6a-3c21-4d7e-8f90-a1b2c3d4e5f6/);
    const signIn = annotations(run.stdout).find((a) => a.properties.title === 'Entra sign-in failed');
    expect(signIn?.command).toBe('error');
    expect(signIn?.message).toContain(presented);
    expect(emulators().log.of('graph')).toEqual([]);
  });
});

describe('throttling: 429 with Retry-After', () => {
  const gapAfter = (first: LoggedRequest, second: LoggedRequest) =>
    second.startedAt - (first.startedAt + first.durationMs);

  it('on the whole $batch: waits as asked, retries, and reaches the right verdict', async () => {
    emulators().faults.add({ service: 'graph', path: /\$batch/, kind: 'status', status: 429, retryAfter: 1, times: 1 });
    const run = await runGuard(emulators(), { apps, realRetryTimings: true });
    expect(run.code).toBe(0);
    expect(run.report?.summary).toMatchObject({ appsEvaluated: 2, appsNotEvaluated: 0, warnings: 1 });
    const batches = emulators()
      .log.of('graph')
      .filter((e) => e.method === 'POST' && !/\/roleManagement\/|\/owners/.test(e.body ?? ''));
    expect(batches.map((b) => b.status)).toEqual([429, 200]);
    expect(gapAfter(batches[0] as LoggedRequest, batches[1] as LoggedRequest)).toBeGreaterThanOrEqual(1000);
  });

  it('on one item of the batch: re-sends that item only, after Retry-After', async () => {
    const itemPath = new RegExp(`/applications\\(appId='${deploy.appId}'\\)\\?`);
    emulators().faults.add({ service: 'graph', path: itemPath, kind: 'status', status: 429, retryAfter: 1, times: 1 });
    const run = await runGuard(emulators(), { apps, realRetryTimings: true });
    expect(run.code).toBe(0);
    expect(run.report?.summary).toMatchObject({ appsEvaluated: 2, appsNotEvaluated: 0, warnings: 1 });
    const items = emulators()
      .log.of('graph-batch-item')
      .filter((e) => itemPath.test(e.path));
    expect(items.map((i) => i.status)).toEqual([429, 200]);
    // The directory role assignments are read in a batch of their own once the service principals are known.
    const batches = emulators()
      .log.of('graph')
      .filter((e) => e.method === 'POST' && !/\/roleManagement\/|\/owners/.test(e.body ?? ''));
    expect(batches).toHaveLength(2);
    expect(gapAfter(batches[0] as LoggedRequest, batches[1] as LoggedRequest)).toBeGreaterThanOrEqual(1000);
    // The second batch carried only the throttled item.
    expect(JSON.parse(batches[1]?.body ?? '{}').requests).toHaveLength(1);
  });
});

describe('Graph answers garbage', () => {
  it.each([
    ['malformed', 'malformed' as const],
    ['truncated', 'truncate' as const],
  ])('a %s $batch body: not evaluated, exit 1, never a pass', async (_label, kind) => {
    emulators().faults.add({ service: 'graph', path: /\$batch/, kind });
    const run = await runGuard(emulators(), { apps });
    expectNotEvaluated(
      run,
      /^could not read the application: Graph sent a malformed \$batch response: Graph answered HTTP 200 with a body that is not valid JSON/,
    );
    expect(run.report?.findings).toEqual([]);
  });
});

describe('Entra is briefly unavailable', () => {
  it('503 then success: retried, and the run passes', async () => {
    emulators().faults.add({ service: 'entra', path: /oauth2\/v2\.0\/token/, kind: 'status', status: 503, times: 1 });
    const run = await runGuard(emulators(), { apps: [deploy.appId] });
    expect(run.code).toBe(0);
    expect(run.report).toMatchObject({ verdict: 'pass', summary: { appsEvaluated: 1, appsNotEvaluated: 0 } });
    const tokenPosts = emulators()
      .log.of('entra')
      .filter((e) => e.method === 'POST');
    expect(tokenPosts.map((e) => e.status)).toEqual([503, 200]);
  });
});

describe('no OIDC token', () => {
  it('push without id-token: write: exit 1 with the permissions explanation', async () => {
    const run = await runGuard(emulators(), { apps, oidc: false });
    expect(run.code).toBe(1);
    const errors = workflowCommands(run.stdout).filter((c) => c.command === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toContain('ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set');
    expect(errors[0]?.message).toContain('permissions:\n  id-token: write\n  contents: read');
    expect(emulators().log.entries).toEqual([]);
  });

  it.each([
    { label: 'a fork pull request', event: 'fork_pull_request' as const, why: /pull request from a fork/ },
    { label: 'a Dependabot run', event: 'dependabot' as const, why: /triggered by Dependabot/ },
  ])('$label: workflows analysed, a notice saying why the apps were not read', async ({ event, why }) => {
    for (const failOn of ['error', 'warning']) {
      const run = await runGuard(emulators(), {
        apps,
        event,
        files: { '.github/workflows/broken.yml': BROKEN },
        inputs: { 'fail-on': failOn },
      });
      // A workflow the parser refuses could hide a job that signs in: workflow-unreadable fails the run.
      expect(run.code).toBe(1);
      const notices = annotations(run.stdout).filter((a) => a.command === 'notice');
      expect(notices).toHaveLength(1);
      const appsNotRead = notices.find((n) => n.properties.title === 'Entra Federation Guard: apps not read');
      expect(appsNotRead?.message).toMatch(why);
      // The malformed workflow is an error on its own file and line.
      const broken = annotations(run.stdout).filter(
        (a) => a.command === 'error' && a.properties.file === '.github/workflows/broken.yml',
      );
      expect(broken).toHaveLength(1);
      expect(Number(broken[0]?.properties.line)).toBeGreaterThan(0);
      expect(run.report?.findings.map((f) => f.rule)).toEqual(['workflow-unreadable']);
      expect(run.report?.notices).toEqual(expect.arrayContaining([expect.stringMatching(why)]));
      expect(run.report?.summary).toMatchObject({ appsEvaluated: 0, appsNotEvaluated: 0 });
      // Neither Entra nor Graph was called; the OIDC endpoint was not asked either.
      expect(emulators().log.entries.filter((e) => e.service !== 'github')).toEqual([]);
      emulators().log.clear();
    }
  });
});

describe('invalid inputs', () => {
  it('fail before any network call, every problem at once, each actionable', async () => {
    const run = await runGuard(emulators(), {
      apps,
      inputs: { 'client-id': 'payments-deploy', cloud: 'AzureGermanCloud', 'fail-on': 'sometimes' },
    });
    expect(run.code).toBe(1);
    const [error, ...more] = workflowCommands(run.stdout).filter((c) => c.command === 'error');
    expect(more).toEqual([]);
    expect(error?.message).toBe(
      [
        'Entra Federation Guard: client-id must be a GUID such as 00000000-0000-0000-0000-000000000000; got "payments-deploy".',
        'fail-on must be one of error, warning, never; got "sometimes".',
        'cloud must be one of AzureCloud, AzureUSGovernment, AzureUSGovernmentDoD, AzureChinaCloud; got "AzureGermanCloud".',
      ].join('\n'),
    );
    expect(run.report).toBeUndefined();
    expect(emulators().log.entries).toEqual([]);
  });

  it.each([
    ['tenant-id', 'not a tenant', /tenant-id must be the directory \(tenant\) ID, a GUID, or a verified domain/],
    [
      'apps',
      `${GUARD.appId}, reporting-export`,
      /apps must list application \(client\) IDs as GUIDs.*"reporting-export"/,
    ],
    ['authority-host', 'http://login.microsoftonline.com', /authority-host must use https/],
  ])('%s = %j', async (name, value, message) => {
    const run = await runGuard(emulators(), { apps, inputs: { [name]: value } });
    expect(run.code).toBe(1);
    const errors = workflowCommands(run.stdout).filter((c) => c.command === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(message);
    expect(emulators().log.entries).toEqual([]);
  });
});
