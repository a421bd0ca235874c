// Issue 4 ("Done when"): a pull request that changes how a deploy job signs in is annotated at the
// line that changes its subject before it merges; adding the credential the finding names makes
// the same run pass, and the emulator's own Entra confirms the predicted subject really signs in.
import { afterEach, describe, expect, it } from '@jest/globals';
import type { GitHubEnvironmentFixture } from '../../emulator/github-api.js';
import { useEmulators } from '../helpers/emulators.js';
import {
  annotations,
  app,
  buildTenant,
  fic,
  githubFixture,
  GUARD,
  guardWorkflow,
  OWNER,
  OWNER_ID,
  NAME,
  REPO,
  REPO_ID,
  repoFic,
  runGuard,
  TENANT_ID,
  TOKENS,
} from './harness.js';

const D = app({
  displayName: 'payments-deploy',
  federatedIdentityCredentials: [repoFic('payments-main', 'ref:refs/heads/main')],
});

const STAGING: GitHubEnvironmentFixture = {
  name: 'staging',
  id: 161088068,
  createdAt: '2025-01-10T09:00:00Z',
  updatedAt: '2025-01-10T09:00:00Z',
  reviewers: [{ type: 'Team', login: 'payments-release', id: 3101 }],
  deploymentBranchPolicy: { protectedBranches: true, customBranchPolicies: false },
};
const UNPROTECTED: GitHubEnvironmentFixture = {
  name: 'preview',
  id: 161088069,
  createdAt: '2025-01-10T09:00:00Z',
  updatedAt: '2025-01-10T09:00:00Z',
  deploymentBranchPolicy: null,
};

const tenantFixture = () => buildTenant([{ app: D }]);
const githubState = () => githubFixture({ environments: [STAGING, UNPROTECTED] });
const emulators = useEmulators(() => ({ tenant: tenantFixture(), github: githubState() }));

afterEach(() => {
  // Each test may change the tenant or the repository's OIDC settings; start the next one clean.
  emulators().tenant.fixture = tenantFixture();
  emulators().oidc.settings.setRepository(REPO, { useDefault: true, includeClaimKeys: [], useImmutableSubject: false });
});

function deployWorkflow(environment: string | null): string {
  return `name: Deploy
on:
  push:
    branches: [main]

permissions:
  contents: read

jobs:
  smoke:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
    steps:
      - uses: azure/login@v2
        with:
          client-id: ${D.appId}
          tenant-id: ${TENANT_ID}
          allow-no-subscriptions: true

  deploy:
    needs: smoke
    runs-on: ubuntu-latest
${environment ? `    environment: ${environment}\n` : ''}    permissions:
      id-token: write
    steps:
      - uses: azure/login@v2
        with:
          client-id: ${D.appId}
          tenant-id: ${TENANT_ID}
          allow-no-subscriptions: true
      - run: az webapp deploy --name payments-api --src-path app.zip
`;
}

const prFiles = {
  '.github/workflows/guard.yml': guardWorkflow('push:\n    branches: [main]\n  pull_request:'),
  '.github/workflows/deploy.yml': deployWorkflow('staging'),
};
const ENVIRONMENT_LINE = deployWorkflow('staging').split('\n').indexOf('    environment: staging') + 1;

/** Exchanges a token minted for the job at the emulator's Entra, as azure/login would. */
async function signIn(job: { environment?: string; ref?: string }): Promise<{ status: number; body: string }> {
  const em = emulators();
  const assertion = em.oidc.mintToken({
    audience: 'api://AzureADTokenExchange',
    job: {
      repository: REPO,
      event_name: 'push',
      ref: job.ref ?? 'refs/heads/main',
      job_workflow_ref: `${REPO}/.github/workflows/deploy.yml@refs/heads/main`,
      ...(job.environment ? { environment: job.environment } : {}),
    },
  });
  const response = await fetch(`${em.entra.url}/${TENANT_ID}/oauth2/v2.0/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      client_id: D.appId,
      scope: `${em.graph.url}/.default`,
      grant_type: 'client_credentials',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: assertion,
    }),
  });
  return { status: response.status, body: await response.text() };
}

describe('a pull request adds environment: staging to the deploy job', () => {
  it('annotates the environment line with fic-missing and fails; Entra agrees the subject is refused', async () => {
    const run = await runGuard(emulators(), { apps: [D.appId], event: 'pull_request', files: prFiles });
    expect(run.code).toBe(1);
    const missing = annotations(run.stdout).filter((a) => a.properties.title?.startsWith('fic-missing'));
    expect(missing.map((a) => a.line.slice(0, a.line.indexOf('::', 2)))).toEqual([
      `::error title=fic-missing%3A deploy,file=.github/workflows/deploy.yml,line=${ENVIRONMENT_LINE}`,
    ]);
    expect(missing[0]?.message).toContain(`presents "repo:${REPO}:environment:staging" on push`);
    expect(run.report?.findings.map((f) => `${f.rule} ${f.severity} ${f.target.name}`)).toEqual([
      'fic-missing error deploy',
    ]);

    const refused = await signIn({ environment: 'staging' });
    expect(refused.status).toBe(401);
    expect(JSON.parse(refused.body)).toMatchObject({ error: 'invalid_client', error_codes: [700213] });
  });

  it('after the credential repo:o/r:environment:staging is added, the same run passes and the sign-in works', async () => {
    const state = emulators().tenant.applicationByAppId(D.appId);
    state?.federatedIdentityCredentials.push(repoFic('payments-staging', 'environment:staging'));

    const run = await runGuard(emulators(), { apps: [D.appId], event: 'pull_request', files: prFiles });
    expect(run.code).toBe(0);
    expect(run.report).toMatchObject({ verdict: 'pass', findings: [], notEvaluated: [] });
    expect(annotations(run.stdout)).toEqual([]);

    const accepted = await signIn({ environment: 'staging' });
    expect(accepted.status).toBe(200);
    expect(JSON.parse(accepted.body)).toMatchObject({ token_type: 'Bearer', expires_in: 3599 });
  });
});

describe('subject formats', () => {
  it('immutable subjects: a fic-mutable-subject notice naming the immutable subject', async () => {
    const immutable = `repo:${OWNER}@${OWNER_ID}/${NAME}@${REPO_ID}`;
    emulators().oidc.settings.setRepository(REPO, { useImmutableSubject: true });
    const fixture = emulators().tenant.fixture;
    fixture.applications
      .find((a) => a.appId === GUARD.appId)
      ?.federatedIdentityCredentials.push(
        fic({ name: 'guard-main-immutable', subject: `${immutable}:ref:refs/heads/main` }),
      );
    const d = fixture.applications.find((a) => a.appId === D.appId);
    d?.federatedIdentityCredentials.push(
      fic({ name: 'payments-main-immutable', subject: `${immutable}:ref:refs/heads/main` }),
    );

    const run = await runGuard(emulators(), {
      apps: [D.appId],
      files: { '.github/workflows/deploy.yml': deployWorkflow(null) },
    });
    expect(run.code).toBe(0);
    const mutable = run.report?.findings.filter((f) => f.rule === 'fic-mutable-subject') ?? [];
    expect(mutable.map((f) => `${f.severity} ${f.target.name}`)).toEqual(['notice payments-main']);
    expect(mutable[0]?.message).toContain(`${immutable}:ref:refs/heads/main`);
    expect(
      annotations(run.stdout)
        .filter((a) => a.command === 'notice')
        .map((a) => a.properties.title),
    ).toEqual(['fic-mutable-subject: payments-main']);
  });

  it('a customised subject template is learned from the job token, even when the API cannot be read', async () => {
    const keys = ['repo', 'context', 'job_workflow_ref'];
    emulators().oidc.settings.setRepository(REPO, { useDefault: false, includeClaimKeys: keys });
    const guardSubject = `repo:${REPO}:ref:refs/heads/main:job_workflow_ref:${REPO}/.github/workflows/guard.yml@refs/heads/main`;
    emulators()
      .tenant.fixture.applications.find((a) => a.appId === GUARD.appId)
      ?.federatedIdentityCredentials.push(fic({ name: 'guard-custom', subject: guardSubject }));

    const run = await runGuard(emulators(), {
      apps: [D.appId],
      githubToken: TOKENS.readOnly, // cannot read .../oidc/customization/sub
      files: { '.github/workflows/deploy.yml': deployWorkflow(null) },
    });
    const customization = emulators()
      .log.of('github')
      .filter((e) => e.path.endsWith('/actions/oidc/customization/sub'));
    expect(customization.every((e) => e.status === 403)).toBe(true);
    // The app trusts only the default-format subject, so both jobs miss, with the custom subject predicted.
    const predicted = `repo:${REPO}:ref:refs/heads/main:job_workflow_ref:${REPO}/.github/workflows/deploy.yml@refs/heads/main`;
    const missing = run.report?.findings.filter((f) => f.rule === 'fic-missing') ?? [];
    expect(missing.map((f) => f.target.name).sort()).toEqual(['deploy', 'smoke']);
    // The message quotes long subjects shortened; the remediation carries the whole one.
    for (const f of missing) expect(f.remediation).toContain(`"subject":"${predicted}"`);
  });
});

describe('environment protection', () => {
  const trustsPreview = () =>
    emulators()
      .tenant.applicationByAppId(D.appId)
      ?.federatedIdentityCredentials.push(repoFic('payments-preview', 'environment:preview'));
  const files = { '.github/workflows/deploy.yml': deployWorkflow('preview') };

  it('fic-unprotected-environment from the environments API', async () => {
    trustsPreview();
    const run = await runGuard(emulators(), { apps: [D.appId], files });
    expect(run.report?.findings.map((f) => `${f.rule} ${f.severity} ${f.target.name}`)).toEqual([
      'fic-unprotected-environment warning payments-preview',
    ]);
    expect(run.report?.findings[0]?.message).toContain('"preview"');
  });

  it('without permission to read environments: a notice that protection is unknown, no finding', async () => {
    trustsPreview();
    const run = await runGuard(emulators(), { apps: [D.appId], files, githubToken: TOKENS.readOnly });
    expect(run.report?.findings).toEqual([]);
    expect(run.report?.notices).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^Environment protection rules are unknown \(.*\), so fic-unprotected-environment was not evaluated/,
        ),
      ]),
    );
    expect(run.summary).toContain('Environment protection rules are unknown');
  });
});

describe('pull_request_target', () => {
  it('a job with id-token: write that signs in: fic-pull-request error at the job line', async () => {
    const workflow = `name: Label
on: pull_request_target

permissions:
  id-token: write
  contents: read

jobs:
  label:
    runs-on: ubuntu-latest
    steps:
      - uses: azure/login@v2
        with:
          client-id: ${D.appId}
          tenant-id: ${TENANT_ID}
`;
    const run = await runGuard(emulators(), {
      apps: [D.appId],
      files: { '.github/workflows/label.yml': workflow },
    });
    expect(run.code).toBe(1);
    const hits = run.report?.findings.filter((f) => f.rule === 'fic-pull-request') ?? [];
    expect(hits.map((f) => ({ severity: f.severity, location: f.location }))).toEqual([
      { severity: 'error', location: { file: '.github/workflows/label.yml', line: 9 } },
    ]);
    expect(
      annotations(run.stdout).some((a) =>
        a.line.startsWith('::error title=fic-pull-request%3A label,file=.github/workflows/label.yml,line=9::'),
      ),
    ).toBe(true);
  });
});
