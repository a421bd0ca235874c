// The action's orchestration in-process: src/main.ts run() with @actions/core replaced by a recording
// stand-in (__fixtures__/core.ts), against the real emulators over HTTPS (Entra, Graph, GitHub, the OIDC
// issuer). The spawned-bundle tests (__tests__/e2e) keep what only a real process can prove.
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as core from '../../__fixtures__/core.js';
import type { Report } from '../../src/report/model.js';
import { useEmulators } from '../helpers/emulators.js';
import { runCli } from '../cli/run.js';
import {
  GUARD,
  REPO,
  TENANT_ID,
  TOKENS,
  app,
  buildTenant,
  daysFromNow,
  githubFixture,
  guardWorkflow,
  secret,
} from '../e2e/harness.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/main.js');

const legacy = app({
  displayName: 'legacy-batch',
  passwordCredentials: [secret({ displayName: 'old', endDateTime: daysFromNow(-3), hint: 'Q~z' })],
});
const MISSING = '11111111-2222-4333-8444-555555555555';
const emulators = useEmulators(() => ({
  tenant: buildTenant([{ app: legacy }], ['Application.Read.All', 'RoleManagement.Read.Directory']),
  github: githubFixture(),
}));

let root = '';
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'efg-action-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeEach(() => core.resetCore());

/** The runner's environment for one job of REPO on main, as the runner sets it. */
function jobEnv(inputs: Record<string, string>, options: { oidc?: boolean } = {}): NodeJS.ProcessEnv {
  const dir = mkdtempSync(path.join(root, 'job-'));
  const workspace = path.join(dir, 'workspace');
  mkdirSync(path.join(workspace, '.github/workflows'), { recursive: true });
  mkdirSync(path.join(dir, 'runner-temp')); // the runner creates RUNNER_TEMP before any step
  writeFileSync(path.join(workspace, '.github/workflows/guard.yml'), guardWorkflow());
  const event = path.join(dir, 'event.json');
  writeFileSync(event, JSON.stringify({ ref: 'refs/heads/main', repository: { full_name: REPO } }));
  const ref = 'refs/heads/main';
  const workflowRef = `${REPO}/.github/workflows/guard.yml@${ref}`;
  emulators().oidc.setJob({
    repository: REPO,
    event_name: 'push',
    ref,
    workflow: 'Entra Federation Guard',
    workflow_ref: workflowRef,
    job_workflow_ref: workflowRef,
  });
  const runner = emulators().runnerEnv();
  if (options.oidc === false) {
    delete runner.ACTIONS_ID_TOKEN_REQUEST_URL;
    delete runner.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  }
  const env: NodeJS.ProcessEnv = {
    ...runner,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: path.join(dir, 'runner-temp'),
    GITHUB_EVENT_PATH: event,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY: REPO,
    GITHUB_REF: ref,
    GITHUB_ACTOR: 'octocat',
    GITHUB_JOB: 'guard',
    GITHUB_WORKFLOW_REF: workflowRef,
    'INPUT_FAIL-ON': 'error',
    INPUT_WORKFLOWS: '.github/workflows',
    INPUT_AUDIENCE: 'api://AzureADTokenExchange',
    INPUT_CLOUD: 'AzureCloud',
    INPUT_COMMENT: 'false',
    'INPUT_GITHUB-TOKEN': TOKENS.full,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return env;
}

const live = () => ({
  'tenant-id': TENANT_ID,
  'client-id': GUARD.appId,
  'authority-host': emulators().entra.url,
  'graph-endpoint': emulators().graph.url,
});

function reportOf(env: NodeJS.ProcessEnv): Report {
  const file = core.setOutput.mock.calls.find(([name]) => name === 'report-file')?.[1] as string;
  expect(file).toBe(path.join(env.RUNNER_TEMP as string, 'entra-federation-guard/report.json'));
  return JSON.parse(readFileSync(file, 'utf8')) as Report;
}

describe('run() in-process', () => {
  it('signs in with the job token, reads the apps, publishes, and passes below fail-on', async () => {
    core.getIDToken.mockImplementation(async (audience) => emulators().oidc.mintToken({ audience: audience ?? '' }));
    const env = jobEnv({ ...live(), apps: legacy.appId });
    await run(env);
    expect(core.setFailed).not.toHaveBeenCalled();
    const report = reportOf(env);
    expect(report.summary).toMatchObject({ appsEvaluated: 1, appsNotEvaluated: 0, errors: 0 });
    expect(report.findings.map((f) => f.rule)).toContain('credential-expired');
    expect(core.setOutput).toHaveBeenCalledWith('verdict', report.verdict);
    // One Entra exchange and Graph reads: the engine signed in once.
    expect(
      emulators()
        .log.of('entra')
        .filter((e) => e.method === 'POST'),
    ).toHaveLength(1);
    expect(core.summaryText.join('')).toContain('legacy-batch');
  });

  it('names the app the tenant lacks, and why, in the one failure line', async () => {
    core.getIDToken.mockImplementation(async (audience) => emulators().oidc.mintToken({ audience: audience ?? '' }));
    await run(jobEnv({ ...live(), apps: `${legacy.appId}\n${MISSING}` }));
    expect(core.setFailed.mock.calls).toEqual([
      [
        `1 app(s) could not be evaluated: ${MISSING} (application not found in tenant). A partial check does not pass; see "Not evaluated" in the job summary.`,
      ],
    ]);
  });

  it('fails with the input problem before any network call', async () => {
    await run(jobEnv({ ...live(), apps: 'not-a-guid', cloud: 'Mars' }));
    expect(core.setFailed).toHaveBeenCalledTimes(1);
    expect(core.setFailed.mock.calls[0]?.[0]).toMatch(
      /^Entra Federation Guard: .*apps.*not-a-guid.*\n?.*cloud must be one of/s,
    );
    expect(emulators().log.entries).toEqual([]);
  });
});

describe('one sign-in for both shells', () => {
  it('an Entra refusal reads the same in the action and in the CLI inside a job (AADSTS advice from one place)', async () => {
    // The job runs on a branch the guard's federated credentials do not trust.
    const refuse = () =>
      emulators().oidc.setJob({
        repository: REPO,
        event_name: 'push',
        ref: 'refs/heads/feature',
        workflow_ref: `${REPO}/.github/workflows/guard.yml@refs/heads/feature`,
        job_workflow_ref: `${REPO}/.github/workflows/guard.yml@refs/heads/feature`,
      });
    const env = jobEnv({ ...live(), apps: legacy.appId });
    refuse();
    core.getIDToken.mockImplementation(async (audience) => emulators().oidc.mintToken({ audience: audience ?? '' }));
    await run(env);
    const actionLine = core.setFailed.mock.calls[0]?.[0] as string;
    expect(actionLine).toContain(`${legacy.appId} (Failed to exchange the GitHub OIDC token`);
    expect(actionLine).toContain('AADSTS700213');

    refuse();
    const cli = await runCli(
      [
        'scan',
        '--tenant',
        TENANT_ID,
        '--apps',
        legacy.appId,
        '--authority-host',
        emulators().entra.url,
        '--graph-endpoint',
        emulators().graph.url,
      ],
      {
        env: {
          ACTIONS_ID_TOKEN_REQUEST_URL: env.ACTIONS_ID_TOKEN_REQUEST_URL,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
          AZURE_CLIENT_ID: GUARD.appId,
        },
      },
    );
    expect(cli.code).toBe(3);
    // The same explanation (what was presented, what to add) from the same credential.
    const advice = /AADSTS700213: No federated credential on app [^.]+ matches the presented token\./.exec(
      actionLine,
    )?.[0];
    expect(advice).toBeDefined();
    expect(cli.stderr).toContain(advice as string);
  });
});

describe('the snapshot input', () => {
  it('judges the snapshot with no token, no Entra and no Graph, and says which snapshot it judged', async () => {
    const env = jobEnv({ ...live() }, { oidc: false });
    // The snapshot is written by the CLI's export, through the same reader a live scan uses.
    const exported = await runCli(
      [
        'export',
        '--tenant',
        TENANT_ID,
        '--apps',
        legacy.appId,
        '--authority-host',
        emulators().entra.url,
        '--graph-endpoint',
        emulators().graph.url,
      ],
      {
        env: {
          ACTIONS_ID_TOKEN_REQUEST_URL: emulators().runnerEnv().ACTIONS_ID_TOKEN_REQUEST_URL,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: emulators().runnerEnv().ACTIONS_ID_TOKEN_REQUEST_TOKEN,
          AZURE_CLIENT_ID: GUARD.appId,
        },
      },
    );
    expect(exported.code).toBe(0);
    writeFileSync(path.join(env.GITHUB_WORKSPACE as string, 'tenant.snapshot.json'), exported.stdout);
    const exportedAt = (JSON.parse(exported.stdout) as { exportedAt: string }).exportedAt;
    emulators().log.clear();

    await run({ ...env, INPUT_SNAPSHOT: 'tenant.snapshot.json', 'INPUT_CLIENT-ID': '', INPUT_APPS: '' });
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(core.getIDToken).not.toHaveBeenCalled();
    expect(emulators().log.entries.filter((e) => e.service !== 'github')).toEqual([]);
    const report = reportOf(env);
    expect(report.scope?.snapshot).toEqual({ exportedAt, tenant: TENANT_ID });
    expect(report.apps.map((a) => a.appId).sort()).toEqual([legacy.appId]);
    expect(report.findings.map((f) => f.rule)).toContain('credential-expired');
    expect(report.notices).toContain(
      `The apps were judged from the snapshot exported ${exportedAt} of tenant ${TENANT_ID}, not the live tenant.`,
    );
  });
});
