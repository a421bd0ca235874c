import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPlan, renderPlan } from '../../src/plan/plan.js';
import { credentialName } from '../../src/plan/names.js';
import { analyseWorkflows } from '../../src/workflows/analyse.js';
import type { RepositoryFacts } from '../../src/workflows/model.js';

const REPO: RepositoryFacts = {
  owner: 'contoso',
  name: 'api',
  defaultBranch: 'main',
  subjectFormat: { kind: 'default', source: 'api' },
};
const APP = '11111111-2222-3333-4444-555555555555';

const DEPLOY = `name: Deploy
on:
  push:
    branches: [main, 'release/*']
  pull_request:
permissions:
  id-token: write
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: azure/login@v2
        with:
          client-id: \${{ vars.AZURE_CLIENT_ID }}
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: azure/login@v2
        with:
          client-id: ${APP}
  sign:
    runs-on: ubuntu-latest
    steps:
      - run: cosign sign --yes image
`;

const analysis = analyseWorkflows([{ path: '.github/workflows/deploy.yml', text: DEPLOY }], REPO);

describe('buildPlan', () => {
  it('lists signing-in and id-token-only jobs in the JSON contract', () => {
    expect(JSON.parse(renderPlan(buildPlan(analysis), 'json'))).toEqual({
      version: 1,
      repository: 'contoso/api',
      subjectFormat: { kind: 'default', source: 'api' },
      issuer: 'https://token.actions.githubusercontent.com',
      jobs: [
        {
          file: '.github/workflows/deploy.yml',
          job: 'test',
          line: 9,
          signsIn: true,
          federated: true,
          method: 'azure/login',
          signIns: [
            {
              method: 'azure/login',
              line: 12,
              federated: true,
              clientId: { source: 'vars', value: 'vars.AZURE_CLIENT_ID' },
            },
          ],
          clientId: { source: 'vars', value: 'vars.AZURE_CLIENT_ID' },
          environment: null,
          triggers: ['push', 'pull_request'],
          subjects: [
            { subject: 'repo:contoso/api:ref:refs/heads/main', kind: 'exact' },
            {
              subject: 'repo:contoso/api:ref:refs/heads/release/*',
              kind: 'pattern',
              reason: 'push for branches matching release/*; only a flexible credential can match every run',
            },
            { subject: 'repo:contoso/api:pull_request', kind: 'exact' },
          ],
        },
        {
          file: '.github/workflows/deploy.yml',
          job: 'deploy',
          line: 15,
          signsIn: true,
          federated: true,
          method: 'azure/login',
          signIns: [{ method: 'azure/login', line: 19, federated: true, clientId: { source: 'literal', value: APP } }],
          clientId: { source: 'literal', value: APP },
          environment: 'production',
          triggers: ['push', 'pull_request'],
          subjects: [{ subject: 'repo:contoso/api:environment:production', kind: 'exact' }],
        },
        {
          file: '.github/workflows/deploy.yml',
          job: 'sign',
          line: 22,
          signsIn: false,
          federated: false,
          method: null,
          signIns: [],
          clientId: null,
          environment: null,
          triggers: ['push', 'pull_request'],
          subjects: [
            { subject: 'repo:contoso/api:ref:refs/heads/main', kind: 'exact' },
            {
              subject: 'repo:contoso/api:ref:refs/heads/release/*',
              kind: 'pattern',
              reason: 'push for branches matching release/*; only a flexible credential can match every run',
            },
            { subject: 'repo:contoso/api:pull_request', kind: 'exact' },
          ],
        },
      ],
    });
  });

  it('for one app keeps the jobs that sign in as it or cannot be told apart', () => {
    expect(buildPlan(analysis, { appId: APP }).jobs.map((j) => j.job)).toEqual(['test', 'deploy']);
    expect(buildPlan(analysis, { appId: '99999999-8888-7777-6666-555555555555' }).jobs.map((j) => j.job)).toEqual([
      'test',
    ]);
  });
});

describe('renderPlan', () => {
  const body = (name: string, subject: string, job: string) =>
    `'{"name":"${name}","issuer":"https://token.actions.githubusercontent.com","subject":"${subject}","audiences":["api://AzureADTokenExchange"],"description":".github/workflows/deploy.yml job ${job}"}'`;

  it('az for one app that deploys: its own id, no pull_request trust, and what to do instead', () => {
    expect(renderPlan(buildPlan(analysis, { appId: APP }), 'az')).toBe(
      [
        '# Federated credentials for contoso/api (subject format: default)',
        '',
        `# App ${APP}`,
        `az ad app federated-credential create --id ${APP} --parameters ${body('contoso-api-ref-refs-heads-main', 'repo:contoso/api:ref:refs/heads/main', 'test')}`,
        `az ad app federated-credential create --id ${APP} --parameters ${body('contoso-api-environment-production', 'repo:contoso/api:environment:production', 'deploy')}`,
        "# NOT created: repo:contoso/api:pull_request (.github/workflows/deploy.yml job test). This app also deploys, and a pull_request trust lets any pull request from a branch of the repository sign in as it. Instead, check pull requests without Azure access (the guard's snapshot mode), or give the pull-request job its own app with read-only permissions, or move the step that needs Azure to a protected environment.",
        '# pattern (needs a flexible credential): repo:contoso/api:ref:refs/heads/release/* — push for branches matching release/*; only a flexible credential can match every run',
        '',
      ].join('\n'),
    );
  });

  it('az without --app: one variable per app (literal ids stay literal), and the script stops if one is unset', () => {
    const text = renderPlan(buildPlan(analysis), 'az');
    expect(text).toContain(
      'APP_ID_AZURE_CLIENT_ID="${APP_ID_AZURE_CLIENT_ID:?set APP_ID_AZURE_CLIENT_ID to the client id of vars.AZURE_CLIENT_ID}"',
    );
    expect(text).toContain(
      `--id "$APP_ID_AZURE_CLIENT_ID" --parameters ${body('contoso-api-ref-refs-heads-main', 'repo:contoso/api:ref:refs/heads/main', 'test')}`,
    );
    expect(text).toContain(
      `--id ${APP} --parameters ${body('contoso-api-environment-production', 'repo:contoso/api:environment:production', 'deploy')}`,
    );
    expect(text).not.toContain('"$APP_ID"');
    expect(text).not.toMatch(/^az .*pull_request/m);
    expect(text).toContain('# NOT created: repo:contoso/api:pull_request');
  });

  it('az writes a pull_request trust only for an app that signs in for nothing else, with a warning', () => {
    const prOnly = DEPLOY.replace("    branches: [main, 'release/*']\n", '    branches: []\n').replace(
      / {2}push:\n {4}branches: \[\]\n/,
      '',
    );
    const text = renderPlan(
      buildPlan(analyseWorkflows([{ path: '.github/workflows/deploy.yml', text: prOnly }], REPO)),
      'az',
    );
    expect(text).toMatch(/^# This app signs in only for pull requests: .*read-only permissions/m);
    expect(text).toContain(
      `--id "$APP_ID_AZURE_CLIENT_ID" --parameters ${body('contoso-api-pull_request', 'repo:contoso/api:pull_request', 'test')}`,
    );
  });

  it('terraform: per app a data source (literal id) or a variable, no pull_request trust for an app that deploys', () => {
    const text = renderPlan(buildPlan(analysis), 'terraform');
    expect(text).toContain('variable "application_id_azure_client_id" {');
    expect(text).toContain(`data "azuread_application" "app_11111111" {\n  client_id = "${APP}"\n}`);
    expect(text).toContain(
      [
        'resource "azuread_application_federated_identity_credential" "fic_contoso_api_environment_production" {',
        '  application_id = data.azuread_application.app_11111111.id',
        '  display_name   = "contoso-api-environment-production"',
        '  description    = ".github/workflows/deploy.yml job deploy"',
        '  audiences      = ["api://AzureADTokenExchange"]',
        '  issuer         = "https://token.actions.githubusercontent.com"',
        '  subject        = "repo:contoso/api:environment:production"',
        '}',
      ].join('\n'),
    );
    expect(text).toContain('  application_id = var.application_id_azure_client_id\n');
    expect(text.match(/^resource /gm)?.length).toBe(2);
    expect(text).not.toMatch(/subject += "repo:contoso\/api:pull_request"/);
    expect(text).toContain('# NOT created: repo:contoso/api:pull_request');
  });

  it('text: a table with the subjects under each job', () => {
    const text = renderPlan(buildPlan(analysis), 'text');
    expect(text.split('\n').slice(0, 7)).toEqual([
      'Repository contoso/api — subject format default (api)',
      '',
      'LOCATION                         JOB     SIGNS IN            CLIENT ID                                      ENVIRONMENT  TRIGGERS',
      '.github/workflows/deploy.yml:9   test    yes (OIDC)          vars: vars.AZURE_CLIENT_ID                     -            push, pull_request',
      '    signs in via azure/login',
      '    exact      repo:contoso/api:ref:refs/heads/main',
      '    pattern    repo:contoso/api:ref:refs/heads/release/*  (push for branches matching release/*; only a flexible credential can match every run)',
    ]);
    expect(text).toContain('3 federated credential(s) needed for exact subjects');
  });

  it('keeps control characters from workflow text out of every rendering', () => {
    const hostile = DEPLOY.replace('environment: production', 'environment: "prod\\u001b[31m"');
    const plan = buildPlan(analyseWorkflows([{ path: '.github/workflows/deploy.yml', text: hostile }], REPO));
    for (const format of ['text', 'az', 'terraform'] as const)
      expect(renderPlan(plan, format).includes('\u001b')).toBe(false);
  });
});

describe('credentialName', () => {
  it.each([
    ['repo:contoso/api:environment:production', 'contoso-api-environment-production'],
    ['repo:o/r:ref:refs/tags/v1.2.3', 'o-r-ref-refs-tags-v1-2-3'],
    ['repo:_x/y:pull_request', 'x-y-pull_request'],
    ['repo::', 'github-subject'],
  ])('%s → %s', (subject, name) => {
    expect(credentialName(subject)).toBe(name);
  });

  it('stays within 3–120 valid characters and adds a stable hash when the name is taken', () => {
    const long = `repo:o/r:environment:${'x'.repeat(300)}`;
    const name = credentialName(long);
    expect(name).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]{2,119}$/);
    const second = credentialName(long, new Set([name]));
    expect(second).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]{2,119}$/);
    expect(second).not.toBe(name);
    expect(credentialName(long, new Set([name]))).toBe(second);
  });
});

describe('reusable workflows in the plan', () => {
  const dir = join(import.meta.dirname, '..', 'fixtures', 'workflows', 'reusable-two-callers', '.github', 'workflows');
  const files = readdirSync(dir).map((name) => ({
    path: `.github/workflows/${name}`,
    text: readFileSync(join(dir, name), 'utf8'),
  }));
  const plan = buildPlan(analyseWorkflows(files, REPO));

  it('names the caller (file, job, line) of every called job, so two callers of one workflow stay apart', () => {
    expect(plan.jobs.map((j) => [j.file, j.job, j.callers, j.environment, j.subjects.map((s) => s.subject)])).toEqual([
      [
        '.github/workflows/deploy-reusable.yml',
        'deploy/deploy',
        [{ file: '.github/workflows/production.yml', job: 'deploy', line: 9 }],
        '${{ inputs.environment }}',
        ['repo:contoso/api:environment:production'],
      ],
      [
        '.github/workflows/deploy-reusable.yml',
        'deploy/deploy',
        [{ file: '.github/workflows/staging.yml', job: 'deploy', line: 9 }],
        '${{ inputs.environment }}',
        ['repo:contoso/api:environment:staging'],
      ],
    ]);
    const text = renderPlan(plan, 'text');
    expect(text).toContain('called by job deploy of .github/workflows/production.yml:9');
    expect(text).toContain('called by job deploy of .github/workflows/staging.yml:9');
    expect(renderPlan(plan, 'az')).toContain(
      '"description":".github/workflows/deploy-reusable.yml job deploy/deploy (called from .github/workflows/staging.yml)"',
    );
  });

  it('says a workflow_call-only file was judged as called from this repository', () => {
    const only = buildPlan(
      analyseWorkflows(
        [
          {
            path: '.github/workflows/publish.yml',
            text: 'on:\n  workflow_call:\npermissions:\n  id-token: write\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    environment: publish\n    steps:\n      - uses: azure/login@v2\n        with:\n          client-id: ${{ secrets.CLIENT_ID }}\n',
          },
        ],
        REPO,
      ),
    );
    expect(only.jobs[0]).toMatchObject({
      federated: true,
      method: 'azure/login',
      subjects: [{ subject: 'repo:contoso/api:environment:publish', kind: 'exact' }],
    });
    expect(only.jobs[0]?.assumption).toContain('judged as called from this repository');
  });
});
