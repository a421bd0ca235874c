// The ref (and so the subject) each event runs on, as GitHub's "Events that trigger workflows" gives
// GITHUB_REF: created refs, branches or tags, the default branch for pull_request_target.
import { describe, expect, it } from '@jest/globals';
import { analyseWorkflows } from '../../src/workflows/analyse.js';
import type { RepositoryFacts } from '../../src/workflows/model.js';
import { refVariants } from '../../src/workflows/triggers.js';

const refs = (event: string, extra: Record<string, string[]> = {}) =>
  refVariants({ event, line: 1, ...extra }, 'trunk', false).map((v) => `${v.kind} ${v.ref}`);

describe('refVariants', () => {
  it.each([
    ['create', ['pattern refs/heads/*', 'pattern refs/tags/*']],
    ['registry_package', ['pattern refs/heads/*', 'pattern refs/tags/*']],
    ['workflow_dispatch', ['exact refs/heads/trunk', 'pattern refs/heads/*', 'pattern refs/tags/*']],
    ['deployment', ['pattern refs/heads/*', 'pattern refs/tags/*']],
    ['deployment_status', ['pattern refs/heads/*', 'pattern refs/tags/*']],
    ['pull_request_target', ['exact refs/heads/trunk']],
    ['merge_group', ['pattern refs/heads/gh-readonly-queue/*']],
    ['release', ['pattern refs/tags/*']],
    ['schedule', ['exact refs/heads/trunk']],
    ['delete', ['exact refs/heads/trunk']],
    ['issue_comment', ['exact refs/heads/trunk']],
  ])('%s', (event, expected) => {
    expect(refs(event)).toEqual(expected);
  });

  it('pull_request_target runs on the default branch whatever its branches filter selects', () => {
    expect(refs('pull_request_target', { branches: ['release/**', 'main'] })).toEqual(['exact refs/heads/trunk']);
  });
});

describe('subjects per trigger with a template that shows the ref', () => {
  const repository: RepositoryFacts = {
    owner: 'contoso',
    name: 'api',
    defaultBranch: 'main',
    subjectFormat: { kind: 'custom', claimKeys: ['repo', 'context', 'ref'], source: 'api' },
  };
  const analyse = (on: string) =>
    analyseWorkflows(
      [
        {
          path: '.github/workflows/w.yml',
          text: `on:\n${on}\npermissions:\n  id-token: write\njobs:\n  j:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: azure/login@v2\n        with:\n          client-id: 11111111-2222-3333-4444-555555555555\n`,
        },
      ],
      repository,
    ).jobs[0]?.subjects.map((s) => `${s.kind} ${s.subject}`);

  it('pull_request_target: the pull_request context on the default branch, not the base branch', () => {
    expect(analyse('  pull_request_target:\n    branches: [release]')).toEqual([
      'exact repo:contoso/api:pull_request:ref:refs/heads/main',
    ]);
  });

  it('create: the created branch or tag', () => {
    expect(analyse('  create:')).toEqual([
      'pattern repo:contoso/api:ref:refs/heads/*:ref:refs/heads/*',
      'pattern repo:contoso/api:ref:refs/tags/*:ref:refs/tags/*',
    ]);
  });
});

describe('a call to a workflow in another repository', () => {
  it.each([
    ['v1', 'contoso/platform/.github/workflows/deploy.yml@refs/tags/v1'],
    ['main', 'contoso/platform/.github/workflows/deploy.yml@refs/heads/main'],
    [
      '0123456789abcdef0123456789abcdef01234567',
      'contoso/platform/.github/workflows/deploy.yml@0123456789abcdef0123456789abcdef01234567',
    ],
  ])('@%s: judged by the caller, job_workflow_ref naming the callee', (ref, expected) => {
    const job = analyseWorkflows(
      [
        {
          path: '.github/workflows/call.yml',
          text: `on:\n  push:\n    branches: [main]\njobs:\n  shared:\n    uses: contoso/platform/.github/workflows/deploy.yml@${ref}\n    permissions:\n      id-token: write\n`,
        },
      ],
      { owner: 'contoso', name: 'api', defaultBranch: 'main', subjectFormat: { kind: 'default', source: 'api' } },
    ).jobs[0];
    expect(job?.jobWorkflowRef).toBe(expected);
    expect(job?.subjects.map((s) => [s.kind, s.subject, s.jobWorkflowRef])).toEqual([
      ['exact', 'repo:contoso/api:ref:refs/heads/main', expected],
    ]);
    expect(job?.assumption).toContain('in another repository');
  });
});
