// The CLI never demands a letter case it only read from a git remote: with a GitHub token it asks the GitHub
// API (the emulator, over HTTPS through Octokit) for the canonical names, ids, default branch and `vars.*`
// client ids; without one it says the case is unverified and reports a case-only difference as a notice.
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GitHubFixture } from '../../emulator/github-api.js';
import type { Plan } from '../../src/plan/index.js';
import type { Report } from '../../src/report/model.js';
import { buildSnapshot, renderSnapshot } from '../../src/snapshot/index.js';
import { federationTenant, useEmulators } from '../helpers/emulators.js';
import { runCli } from './run.js';

const DEPLOY = '7f3c2a10-5b4e-4d6f-9a81-2c3d4e5f6a7b';
const github = (): GitHubFixture => ({
  repositories: [
    {
      owner: 'Contoso',
      name: 'Payments-Api',
      id: 5678,
      ownerId: 1234,
      defaultBranch: 'trunk',
      visibility: 'private',
      oidc: { useDefault: true, includeClaimKeys: [], useImmutableSubject: false },
      environments: [],
      variables: { AZURE_CLIENT_ID: DEPLOY },
    },
  ],
  orgs: [],
  tokens: { ghp_cliReader: { permissions: { metadata: 'read', actions: 'read', variables: 'read' } } },
});
const emulators = useEmulators(() => ({ tenant: federationTenant(), github: github() }));

const repo = mkdtempSync(join(tmpdir(), 'efg-cli-github-'));
mkdirSync(join(repo, '.github', 'workflows'), { recursive: true });
writeFileSync(
  join(repo, '.github', 'workflows', 'deploy.yml'),
  [
    'on:',
    '  push:',
    '    branches: [trunk]',
    'permissions:',
    '  id-token: write',
    'jobs:',
    '  deploy:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: azure/login@v2',
    '        with:',
    '          client-id: ${{ vars.AZURE_CLIENT_ID }}',
    '          tenant-id: ${{ vars.AZURE_TENANT_ID }}',
    '',
  ].join('\n'),
);
execFileSync('git', ['-C', repo, 'init', '--quiet']);
execFileSync('git', ['-C', repo, 'remote', 'add', 'origin', 'https://github.com/contoso/payments-api.git']);
afterAll(() => rmSync(repo, { recursive: true, force: true }));

const env = (extra: Record<string, string> = {}) => ({ PATH: process.env.PATH ?? '', ...extra });

describe('plan with and without a GitHub token', () => {
  it('with a token: canonical names, ids, default branch and vars client ids come from the GitHub API', async () => {
    const run = await runCli(['plan', '--repo', repo, '--format', 'json'], {
      env: env({ GITHUB_TOKEN: 'ghp_cliReader', GITHUB_API_URL: emulators().github.url }),
    });
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout) as Plan;
    expect(plan.repository).toBe('Contoso/Payments-Api');
    expect(plan.subjectFormat).toEqual({ kind: 'default', source: 'api' });
    expect(plan.jobs.map((j) => [j.clientId, j.subjects.map((s) => s.subject)])).toEqual([
      [
        { source: 'vars', value: 'vars.AZURE_CLIENT_ID', resolved: DEPLOY },
        ['repo:Contoso/Payments-Api:ref:refs/heads/trunk'],
      ],
    ]);
    expect(run.stderr).not.toContain('unverified');
    expect(run.stdout + run.stderr).not.toContain('ghp_cliReader');
  });

  it('without a token: the remote spelling is used and its case is said to be unverified', async () => {
    const run = await runCli(['plan', '--repo', repo, '--format', 'json'], { env: env() });
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as Plan).repository).toBe('contoso/payments-api');
    expect(run.stderr).toContain(
      'The letter case of contoso/payments-api was read from the git remote and is unverified',
    );
  });
});

describe('scan: a credential that differs only in the case of the remote-read name', () => {
  const snapshotFile = join(repo, 'snapshot.json');
  writeFileSync(
    snapshotFile,
    renderSnapshot(
      buildSnapshot({
        tenant: 'contoso.onmicrosoft.com',
        exportedAt: new Date('2026-09-01T00:00:00Z'),
        notEvaluated: [],
        graphServicePrincipal: null,
        apps: [
          {
            application: {
              id: 'a1b2c3d4-0000-4000-8000-000000000001',
              appId: DEPLOY,
              displayName: 'payments deploy',
              createdDateTime: '2025-01-01T00:00:00Z',
              passwordCredentials: [],
              keyCredentials: [],
              federatedIdentityCredentials: [
                {
                  id: 'a1b2c3d4-0000-4000-8000-000000000002',
                  name: 'nightly',
                  issuer: 'https://token.actions.githubusercontent.com',
                  subject: 'repo:Contoso/Payments-Api:ref:refs/heads/trunk',
                  audiences: ['api://AzureADTokenExchange'],
                  description: null,
                },
              ],
            },
            servicePrincipal: null,
          },
        ],
      }),
    ),
  );
  const scan = (extra: Record<string, string>) =>
    runCli(['scan', '--snapshot', snapshotFile, '--repo', repo, '--format', 'json', '--apps', DEPLOY], {
      env: env(extra),
    });
  const caseFindings = (report: Report) =>
    report.findings.filter((f) => f.rule === 'fic-case-mismatch' || f.rule === 'fic-missing');

  it('without a token: a notice that the case is unverified, not an error', async () => {
    const report = JSON.parse((await scan({})).stdout) as Report;
    expect(caseFindings(report).map((f) => [f.rule, f.severity])).toEqual([['fic-case-mismatch', 'notice']]);
    expect(caseFindings(report)[0]?.message).toContain('unverified');
  });

  it('with a token: GitHub spells it as the credential does, so the job matches', async () => {
    const report = JSON.parse(
      (await scan({ GITHUB_TOKEN: 'ghp_cliReader', GITHUB_API_URL: emulators().github.url })).stdout,
    ) as Report;
    expect(caseFindings(report)).toEqual([]);
  });
});
