import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { createGitHubClient, toEnvironmentProtection, type GitHubClient } from '../../src/github/client.js';
import { captureStdout, Router, startLocalService, type LocalService } from '../http/local-services.js';

type Answer = { status: number; body?: unknown; headers?: Record<string, string> };
const routes = new Map<string, Answer[]>();
let github: LocalService;
let client: GitHubClient;

const answer = (key: string, ...answers: Answer[]) => routes.set(key, answers);
const reply = (key: string): Answer => {
  const queue = routes.get(key) ?? [];
  return (queue.length > 1 ? queue.shift() : queue[0]) ?? { status: 404, body: { message: 'Not Found' } };
};

beforeAll(async () => {
  const router = new Router()
    .add('GET', /\/repos\/octo-org\/octo-repo\/actions\/oidc\/customization\/sub/, () => reply('repo-sub'))
    .add('GET', /\/orgs\/octo-org\/actions\/oidc\/customization\/sub/, () => reply('org-sub'))
    .add('GET', /\/repos\/octo-org\/octo-repo/, () => reply('repo'))
    .add('GET', /\/repos\/octo-org\/octo-repo\/environments/, (req) =>
      reply(`envs-${req.url.searchParams.get('page')}`),
    )
    .add('GET', /\/repos\/octo-org\/octo-repo\/actions\/variables\/(?<name>\w+)/, (req) =>
      reply(`var-${req.params.name}`),
    )
    .add('GET', /\/repos\/octo-org\/octo-repo\/issues\/7\/comments/, (req) =>
      reply(`comments-${req.url.searchParams.get('page')}`),
    )
    .add('POST', /\/repos\/octo-org\/octo-repo\/issues\/7\/comments/, () => reply('create'))
    .add('PATCH', /\/repos\/octo-org\/octo-repo\/issues\/comments\/(?<id>\d+)/, () => reply('update'));
  github = await startLocalService('github', router, { https: false });
  const out = captureStdout();
  try {
    client = createGitHubClient({
      token: 'ghs_testtoken',
      baseUrl: github.url,
      retry: { sleep: async () => undefined, random: () => 0 },
    });
  } finally {
    out.restore();
  }
});
afterAll(async () => github.close());
afterEach(() => {
  routes.clear();
  github.log.clear();
});

describe('readSubjectCustomization', () => {
  it.each([
    ['default', { use_default: true }, undefined, { kind: 'default', source: 'api' }],
    ['immutable', { use_default: true, use_immutable_subject: true }, undefined, { kind: 'immutable', source: 'api' }],
    [
      'repo template',
      { use_default: false, include_claim_keys: ['repo', 'context', 'job_workflow_ref'] },
      undefined,
      { kind: 'custom', claimKeys: ['repo', 'context', 'job_workflow_ref'], immutable: false, source: 'api' },
    ],
    [
      'org template when the repo opts out without keys',
      { use_default: false },
      { include_claim_keys: ['repository_owner', 'context'] },
      { kind: 'custom', claimKeys: ['repository_owner', 'context'], immutable: false, source: 'api' },
    ],
    [
      'immutable prefix beside use_immutable_subject: false (the prefix wins)',
      { use_default: true, use_immutable_subject: false, sub_claim_prefix: 'repo:octo-org@101/octo-repo@202' },
      undefined,
      { kind: 'immutable', source: 'api' },
    ],
    [
      'name-based prefix beside use_immutable_subject: true (the prefix wins)',
      { use_default: true, use_immutable_subject: true, sub_claim_prefix: 'repo:octo-org/octo-repo' },
      undefined,
      { kind: 'default', source: 'api' },
    ],
    [
      'repo template with an immutable prefix',
      {
        use_default: false,
        include_claim_keys: ['repo', 'context'],
        sub_claim_prefix: 'repo:octo-org@101/octo-repo@202',
      },
      undefined,
      { kind: 'custom', claimKeys: ['repo', 'context'], immutable: true, source: 'api' },
    ],
    [
      'opted out but the org has no template',
      { use_default: false, include_claim_keys: [] },
      { include_claim_keys: [] },
      { kind: 'default', source: 'api' },
    ],
  ])('%s', async (_name, repoBody, orgBody, expected) => {
    answer('repo-sub', { status: 200, body: repoBody });
    if (orgBody) answer('org-sub', { status: 200, body: orgBody });
    await expect(client.readSubjectCustomization('octo-org', 'octo-repo')).resolves.toEqual({
      available: true,
      value: expected,
    });
    expect(github.log.entries[0]?.headers['x-github-api-version']).toBe('2026-03-10');
  });

  it('falls back to the default API version when the server refuses the newer one', async () => {
    answer(
      'repo-sub',
      { status: 400, body: { message: 'Unsupported API version' } },
      { status: 200, body: { use_default: true } },
    );
    await expect(client.readSubjectCustomization('octo-org', 'octo-repo')).resolves.toEqual({
      available: true,
      value: { kind: 'default', source: 'api' },
    });
    expect(github.log.entries.map((e) => e.headers['x-github-api-version'] ?? 'none')).toEqual(['2026-03-10', 'none']);
  });

  it('is unavailable, with the reason, when the org template cannot be read', async () => {
    answer('repo-sub', { status: 200, body: { use_default: false } });
    answer('org-sub', { status: 403, body: { message: 'Resource not accessible by integration' } });
    const result = await client.readSubjectCustomization('octo-org', 'octo-repo');
    expect(result).toMatchObject({ available: false, status: 403 });
    if (!result.available)
      expect(result.reason).toMatch(
        /^The organisation octo-org's OIDC subject template is unavailable: GitHub answered HTTP 403: Resource not accessible by integration/,
      );
  });
});

describe('reads', () => {
  it('reads the repository ids and default branch', async () => {
    answer('repo', {
      status: 200,
      body: { id: 74, name: 'octo-repo', default_branch: 'trunk', owner: { login: 'octo-org', id: 65 } },
    });
    await expect(client.readRepository('octo-org', 'octo-repo')).resolves.toEqual({
      available: true,
      value: { owner: 'octo-org', name: 'octo-repo', ownerId: '65', repoId: '74', defaultBranch: 'trunk' },
    });
  });

  it('retries 502 and a secondary rate limit (403 + Retry-After), but not a plain 403', async () => {
    answer(
      'repo',
      { status: 502, body: { message: 'Bad gateway' } },
      { status: 403, body: { message: 'You have exceeded a secondary rate limit' }, headers: { 'retry-after': '1' } },
      {
        status: 200,
        body: { id: 74, name: 'octo-repo', default_branch: 'main', owner: { login: 'octo-org', id: 65 } },
      },
    );
    await expect(client.readRepository('octo-org', 'octo-repo')).resolves.toMatchObject({ available: true });
    expect(github.log.entries.map((e) => e.status)).toEqual([502, 403, 200]);

    github.log.clear();
    answer('var-AZURE_CLIENT_ID', { status: 403, body: { message: 'Resource not accessible by integration' } });
    const result = await client.readVariable('octo-org', 'octo-repo', 'AZURE_CLIENT_ID');
    expect(github.log.entries).toHaveLength(1);
    expect(result).toEqual({
      available: false,
      status: 403,
      reason: expect.stringContaining(
        'The repository variable AZURE_CLIENT_ID is unavailable: GitHub answered HTTP 403',
      ),
    });
  });

  it('reads a variable, and says when it does not exist', async () => {
    answer('var-AZURE_CLIENT_ID', {
      status: 200,
      body: { name: 'AZURE_CLIENT_ID', value: '11111111-2222-3333-4444-555555555555' },
    });
    await expect(client.readVariable('octo-org', 'octo-repo', 'AZURE_CLIENT_ID')).resolves.toEqual({
      available: true,
      value: '11111111-2222-3333-4444-555555555555',
    });
    const missing = await client.readVariable('octo-org', 'octo-repo', 'NOPE');
    expect(missing).toMatchObject({ available: false, status: 404 });
    if (!missing.available)
      expect(missing.reason).toMatch(/^The repository variable NOPE was not found or is not visible to the token/);
  });

  it('pages through environments', async () => {
    const env = (n: number) => ({ id: n, name: `env-${n}`, protection_rules: [], deployment_branch_policy: null });
    answer('envs-1', {
      status: 200,
      body: { total_count: 101, environments: Array.from({ length: 100 }, (_, i) => env(i)) },
    });
    answer('envs-2', {
      status: 200,
      body: {
        total_count: 101,
        environments: [
          {
            id: 500,
            name: 'production',
            protection_rules: [
              {
                id: 1,
                type: 'required_reviewers',
                prevent_self_review: true,
                reviewers: [{ type: 'Team', reviewer: { id: 9, name: 'ops' } }],
              },
              { id: 2, type: 'wait_timer', wait_timer: 30 },
              { id: 3, type: 'branch_policy' },
            ],
            deployment_branch_policy: { protected_branches: false, custom_branch_policies: true },
          },
        ],
      },
    });
    const result = await client.readEnvironments('octo-org', 'octo-repo');
    expect(result.available).toBe(true);
    if (!result.available) return;
    expect(result.value.size).toBe(101);
    expect(result.value.get('production')).toEqual({
      name: 'production',
      requiredReviewers: true,
      branchPolicy: true,
      waitTimer: 30,
    });
    expect(result.value.get('env-0')).toEqual({
      name: 'env-0',
      requiredReviewers: false,
      branchPolicy: false,
      waitTimer: 0,
    });
  });

  it('rejects names that would change the URL', async () => {
    await expect(client.readRepository('octo-org', '../../orgs/x')).rejects.toThrow(
      "Invalid repository '../../orgs/x'",
    );
  });
});

describe('sticky comment helpers', () => {
  it('lists comments across pages', async () => {
    const comment = (id: number) => ({
      id,
      body: `c${id}`,
      user: { login: 'github-actions[bot]', type: 'Bot' },
      html_url: `https://github.com/c/${id}`,
    });
    answer('comments-1', { status: 200, body: Array.from({ length: 100 }, (_, i) => comment(i + 1)) });
    answer('comments-2', { status: 200, body: [comment(101)] });
    const result = await client.listIssueComments('octo-org', 'octo-repo', 7);
    expect(result.available && result.value.length).toBe(101);
    expect(result.available && result.value[100]).toEqual({
      id: 101,
      body: 'c101',
      author: 'github-actions[bot]',
      authorType: 'Bot',
      url: 'https://github.com/c/101',
    });
  });

  it('does not re-send a create after a 500 (it may have been applied), but does after a 503', async () => {
    answer('create', { status: 500, body: { message: 'Server Error' } });
    await expect(client.createIssueComment('octo-org', 'octo-repo', 7, 'hello')).resolves.toMatchObject({
      available: false,
      status: 500,
    });
    expect(github.log.entries).toHaveLength(1);
    github.log.clear();
    answer(
      'create',
      { status: 503, body: { message: 'busy' } },
      { status: 201, body: { id: 9, body: 'hello', user: { login: 'bot' } } },
    );
    await expect(client.createIssueComment('octo-org', 'octo-repo', 7, 'hello')).resolves.toEqual({
      available: true,
      value: { id: 9, body: 'hello', author: 'bot', authorType: null, url: null },
    });
    expect(github.log.entries.map((e) => e.status)).toEqual([503, 201]);
  });

  it('explains a missing write permission on update', async () => {
    answer('update', { status: 403, body: { message: 'Resource not accessible by integration' } });
    const result = await client.updateIssueComment('octo-org', 'octo-repo', 9, 'x');
    expect(result).toMatchObject({ available: false, status: 403 });
    if (!result.available) expect(result.reason).toContain('The token needs pull-requests: write (or issues: write).');
  });

  it('never puts the token in a reason', async () => {
    answer('update', { status: 401, body: { message: 'Bad credentials' } });
    const result = await client.updateIssueComment('octo-org', 'octo-repo', 9, 'x');
    expect(JSON.stringify(result)).not.toContain('ghs_testtoken');
  });
});

describe('toEnvironmentProtection', () => {
  it.each([
    [
      'no rules',
      { name: 'dev', protection_rules: [], deployment_branch_policy: null },
      { name: 'dev', requiredReviewers: false, branchPolicy: false, waitTimer: 0 },
    ],
    [
      'protected branches only',
      { name: 'stg', deployment_branch_policy: { protected_branches: true, custom_branch_policies: false } },
      { name: 'stg', requiredReviewers: false, branchPolicy: true, waitTimer: 0 },
    ],
    [
      'reviewers rule without reviewers',
      { name: 'p', protection_rules: [{ type: 'required_reviewers', reviewers: [] }] },
      { name: 'p', requiredReviewers: false, branchPolicy: false, waitTimer: 0 },
    ],
    ['no name', { protection_rules: [] }, null],
  ])('%s', (_name, raw, expected) => expect(toEnvironmentProtection(raw)).toEqual(expected));
});
