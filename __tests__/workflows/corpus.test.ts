// Real workflows from public repositories (../shared/corpus/github-workflows, see SOURCES.md there).
// Each file is analysed alone, as the only workflow of contoso/api; the expected sign-ins were read off
// each file by hand.
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { subjectDefects } from '../../src/matching/subject.js';
import { buildPlan } from '../../src/plan/plan.js';
import { analyseWorkflows } from '../../src/workflows/analyse.js';
import type { RepositoryFacts } from '../../src/workflows/model.js';
import { sharedCorpus } from '../helpers/corpus.js';

const CORPUS = sharedCorpus('github-workflows');
const REPOSITORY: RepositoryFacts = {
  owner: 'contoso',
  name: 'api',
  defaultBranch: 'main',
  subjectFormat: { kind: 'default', source: 'assumed' },
};

/**
 * job id → [line, client id reference, how it signs in, exact subjects without `repo:contoso/api:`] for every
 * job that signs in to Azure, read off each file by hand: the triggers under `on:` (push filters, the default
 * branch for schedule/workflow_run/workflow_dispatch, `pull_request`), the job's `environment:`, and the sign-in
 * step. `secret` marks a sign-in with a stored client secret (azure/login `creds:`), which presents no subject.
 * Patterns (any branch or tag a workflow_dispatch may run on) and unresolved placeholders (an environment from an
 * input, a caller outside the file) are not exact subjects and are left out.
 */
const SIGNING_IN: Record<string, Record<string, [number, string, 'oidc' | 'secret', string[]]>> = {
  'Azure-Samples__azure-search-openai-demo__azure-dev.yml': {
    build: [22, 'vars.AZURE_CLIENT_ID', 'oidc', ['ref:refs/heads/main', 'ref:refs/heads/master']],
  },
  'Azure-Samples__terraform-github-actions__tf-plan-apply.yml': {
    'terraform-plan': [24, 'secrets.AZURE_CLIENT_ID', 'oidc', ['ref:refs/heads/main', 'pull_request']],
    'terraform-apply': [120, 'secrets.AZURE_CLIENT_ID', 'oidc', ['environment:production']],
  },
  'Azure__AKS-Construction__AKSC_Deploy.yml': {
    'Deploy-AKSC': [67, 'secrets.AZURE_CLIENT_ID', 'oidc', []],
  },
  'Azure__aks-app-routing-operator__e2e.yaml': {
    publish: [14, 'secrets.AZURE_CLIENT_ID', 'oidc', ['ref:refs/heads/main']],
  },
  'Azure__aks-baseline-automation__IaC-bicep-AKS.yml': {
    prereqs: [31, 'secrets.AZURE_CLIENT_ID', 'oidc', []],
    deployment: [86, 'secrets.AZURE_CLIENT_ID', 'oidc', []],
  },
  'Azure__azure-iot-cli-extension__int_test.yml': {
    'int-test': [239, 'secrets.AZURE_CLIENT_ID', 'oidc', ['ref:refs/heads/main']],
  },
  // azure/login with creds: ${{ secrets.AZ_CREDS }}, a client secret: not OIDC.
  'Azure__azureml-examples__cli-jobs-basics-hello-world.yml': {
    build: [23, '', 'secret', []],
  },
  // Calls ./.github/workflows/e2e-matrix.yaml, which is not in this single-file analysis: listed, not signing in.
  'Azure__karpenter-provider-azure__e2e-matrix-trigger.yaml': {},
  'Azure__karpenter-provider-azure__e2e-matrix.yaml': {},
  'Azure__karpenter-provider-azure__e2e.yaml': {
    'run-suite': [32, 'secrets.E2E_CLIENT_ID', 'oidc', []],
  },
  'Azure__login__azure-login-positive.yml': {
    BasicTest: [12, 'secrets.SP1_CLIENT_ID', 'oidc', ['environment:Automation test']],
    ParameterTest: [104, 'secrets.SP1_CLIENT_ID', 'oidc', ['environment:Automation test']],
    InDockerTest: [242, 'secrets.SP1_CLIENT_ID', 'oidc', ['environment:Automation test']],
  },
  // `az login --identity` is a managed identity, not federation.
  'Azure__terraform-azurerm-avm-res-keyvault-vault__e2e.yml': {},
  // Calls a workflow in another repository with id-token: write and `secrets: inherit`: judged by this caller's
  // context (pull_request, merge_group, workflow_dispatch on main); the client id is the callee's business.
  'Azure__terraform-azurerm-avm-res-keyvault-vault__pr-check.yml': {
    'run-managed-workflow': [21, '', 'oidc', ['pull_request', 'ref:refs/heads/main']],
  },
  'digdir__dialogporten__action-deploy-apps.yml': {
    'deploy-migration-job': [52, 'secrets.AZURE_CLIENT_ID', 'oidc', []],
    'deploy-apps': [114, 'secrets.AZURE_CLIENT_ID', 'oidc', []],
  },
  'digdir__dialogporten__action-deploy-infra.yml': {
    deploy: [46, 'secrets.AZURE_CLIENT_ID', 'oidc', []],
  },
  'digdir__dialogporten__ci-cd-main.yml': {},
  'digdir__dialogporten__ci-cd-staging.yml': {},
  'digdir__dialogporten__dispatch-infrastructure.yml': {},
  'dotnet__docs__quest-bulk.yml': {
    'bulk-import': [22, 'secrets.CLIENT_ID', 'oidc', ['ref:refs/heads/main']],
  },
  'dotnet__docs__quest.yml': {
    import: [14, 'secrets.CLIENT_ID', 'oidc', ['ref:refs/heads/main']],
  },
  'equinor__ops-actions__terraform.yml': {
    'terraform-plan': [90, 'secrets.AZURE_CLIENT_ID', 'oidc', []],
    'terraform-apply': [216, 'secrets.AZURE_CLIENT_ID', 'oidc', []],
  },
  'equinor__radix-platform__clusters.yml': {
    terraform: [15, 'secrets.AZURE_CLIENT_ID', 'oidc', ['environment:operations']],
  },
  'equinor__radix-platform__storageaccounts.yml': {
    StorageAccounts: [31, 'secrets.AZURE_CLIENT_ID', 'oidc', ['environment:operations']],
  },
  'jamesmontemagno__feedbackflow__build-deploy-webapp.yml': {
    deploy: [
      47,
      'secrets.AZUREAPPSERVICE_CLIENTID_9AEF7D3FADCC4D44AAA741BBFA71E3BF',
      'oidc',
      ['environment:Production'],
    ],
  },
  'microsoft__playwright__create_test_report.yml': {
    'merge-reports': [8, 'secrets.AZURE_BLOB_REPORTS_CLIENT_ID', 'oidc', ['ref:refs/heads/main']],
  },
  'microsoft__playwright__publish_canary.yml': {
    'publish-canary': [15, 'secrets.AZURE_PW_CDN_CLIENT_ID', 'oidc', ['environment:allow-publish-driver-to-cdn']],
  },
  'microsoft__playwright__publish_release_driver.yml': {
    'publish-driver-release': [
      11,
      'secrets.AZURE_PW_CDN_CLIENT_ID',
      'oidc',
      ['environment:allow-publish-driver-to-cdn'],
    ],
  },
  // id-token: write for cosign (sigstore), no Azure sign-in.
  'microsoft__retina__release-images.yaml': {},
  // workflow_call only, its caller in another file: judged as called from here, `environment: publish-bicep`.
  'radius-project__radius____publish-bicep-types.yaml': {
    publish: [98, 'secrets.BICEPTYPES_CLIENT_ID', 'oidc', ['environment:publish-bicep']],
  },
  'radius-project__radius__purge-azure-test-resources.yaml': {
    purge_azure_resources: [39, 'secrets.AZURE_SP_TESTS_APPID', 'oidc', ['ref:refs/heads/main']],
    purge_bicep_types: [94, 'secrets.BICEPTYPES_CLIENT_ID', 'oidc', ['ref:refs/heads/main']],
  },
};

const corpusFiles = readdirSync(CORPUS)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();

function analyse(file: string) {
  const text = readFileSync(join(CORPUS, file), 'utf8');
  return analyseWorkflows([{ path: `.github/workflows/${file}`, text }], REPOSITORY);
}

describe('real-world workflow corpus', () => {
  it('lists every corpus file in the expectations', () => {
    expect(corpusFiles).toEqual(Object.keys(SIGNING_IN).sort());
  });

  it.each(corpusFiles)('%s', (file) => {
    const analysis = analyse(file);
    const plan = buildPlan(analysis);
    const found = Object.fromEntries(
      plan.jobs
        .filter((j) => j.signsIn)
        .map((j) => [
          j.job,
          [
            j.line,
            j.clientId?.value ?? '',
            j.federated ? 'oidc' : 'secret',
            j.subjects.filter((s) => s.kind === 'exact').map((s) => s.subject.replace(/^repo:contoso\/api:/, '')),
          ],
        ]),
    );
    expect(found).toEqual(SIGNING_IN[file]);
    for (const job of plan.jobs) {
      // A job that signs in only with a secret presents no subject.
      if (job.signsIn && !job.federated) expect(job.subjects).toEqual([]);
      for (const subject of job.subjects.filter((s) => s.kind === 'exact')) {
        expect({ job: job.job, subject: subject.subject, defects: subjectDefects(subject.subject) }).toEqual({
          job: job.job,
          subject: subject.subject,
          defects: [],
        });
        expect(subject.subject).toMatch(
          /^repo:contoso\/api:(environment:[^:]+|pull_request|ref:refs\/(heads|tags)\/[^*?]+)$/,
        );
      }
    }
  });

  it('follows local reusable workflows across the karpenter files', () => {
    const files = corpusFiles
      .filter((f) => f.startsWith('Azure__karpenter-provider-azure__'))
      .map((f) => ({ path: `.github/workflows/${f.split('__')[2]}`, text: readFileSync(join(CORPUS, f), 'utf8') }));
    const analysis = analyseWorkflows(files, REPOSITORY);
    const suite = analysis.jobs.find((j) => j.job === 'e2e-matrix/e2e/run-suite');
    expect(suite).toMatchObject({
      file: '.github/workflows/e2e.yaml',
      line: 32,
      signsIn: true,
      idTokenWrite: true,
      clientId: { source: 'secrets', value: 'secrets.E2E_CLIENT_ID' },
      triggers: ['workflow_dispatch', 'push', 'workflow_run'],
      callers: [
        { file: '.github/workflows/e2e-matrix-trigger.yaml', job: 'e2e-matrix', line: 22 },
        { file: '.github/workflows/e2e-matrix.yaml', job: 'e2e', line: 37 },
      ],
    });
    expect(suite?.subjects.map((s) => [s.kind, s.subject, s.jobWorkflowRef])).toEqual([
      ['exact', 'repo:contoso/api:ref:refs/heads/main', 'contoso/api/.github/workflows/e2e.yaml@refs/heads/main'],
      ['pattern', 'repo:contoso/api:ref:refs/heads/*', 'contoso/api/.github/workflows/e2e.yaml@refs/heads/*'],
      ['pattern', 'repo:contoso/api:ref:refs/tags/*', 'contoso/api/.github/workflows/e2e.yaml@refs/tags/*'],
    ]);
  });

  it('resolves the environments dialogporten passes to its reusable deploy workflows', () => {
    const files = corpusFiles
      .filter((f) => f.startsWith('digdir__dialogporten__'))
      .map((f) => ({ path: `.github/workflows/${f.split('__')[2]}`, text: readFileSync(join(CORPUS, f), 'utf8') }));
    const analysis = analyseWorkflows(files, REPOSITORY);
    const signing = analysis.jobs
      .filter((j) => j.signsIn)
      .map((j) => [j.callers?.[0]?.file, j.job, j.environment?.line, j.idTokenWrite, j.subjects.map((s) => s.subject)]);
    expect(signing).toEqual([
      ['.github/workflows/ci-cd-main.yml', 'deploy-infra-test/deploy', 49, true, ['repo:contoso/api:environment:test']],
      [
        '.github/workflows/ci-cd-main.yml',
        'deploy-apps-test/deploy-migration-job',
        56,
        true,
        ['repo:contoso/api:environment:test'],
      ],
      [
        '.github/workflows/ci-cd-main.yml',
        'deploy-apps-test/deploy-apps',
        127,
        true,
        ['repo:contoso/api:environment:test'],
      ],
      // ci-cd-staging grants no permissions, so GitHub refuses to start the called jobs (reported as problems).
      [
        '.github/workflows/ci-cd-staging.yml',
        'deploy-infra-staging/deploy',
        49,
        false,
        ['repo:contoso/api:environment:staging'],
      ],
      [
        '.github/workflows/ci-cd-staging.yml',
        'deploy-apps-staging/deploy-migration-job',
        56,
        false,
        ['repo:contoso/api:environment:staging'],
      ],
      [
        '.github/workflows/ci-cd-staging.yml',
        'deploy-apps-staging/deploy-apps',
        127,
        false,
        ['repo:contoso/api:environment:staging'],
      ],
      [
        '.github/workflows/dispatch-infrastructure.yml',
        'deploy-infra-test/deploy',
        49,
        false,
        [
          'repo:contoso/api:environment:test',
          'repo:contoso/api:environment:staging',
          'repo:contoso/api:environment:prod',
        ],
      ],
    ]);
    expect(
      analysis.problems.filter((p) => p.message.includes('refuses to start')).map((p) => `${p.file}:${p.line}`),
    ).toEqual([
      '.github/workflows/action-deploy-infra.yml:46',
      '.github/workflows/action-deploy-apps.yml:52',
      '.github/workflows/action-deploy-apps.yml:114',
      '.github/workflows/action-deploy-infra.yml:46',
    ]);
  });
});
