// The GitHub REST emulator through the real @actions/github Octokit over HTTPS: repository,
// OIDC subject customization, environments, variables and issue comments, with GitHub's
// status codes and permission model.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getOctokit } from '@actions/github';
import { FaultPlan, RequestLog, startService } from '../../emulator/core/server.js';
import { loadScenario } from '../../emulator/fixtures.js';
import { createGitHubRouter, type GitHubFixture, GitHubState, oidcSettingsOf } from '../../emulator/github-api.js';
import { sharedTls } from './graph-harness.js';

const NOW = new Date('2026-06-01T12:00:00Z');
const WRITE = 'ghs_demoActionsToken0000000000000000000001';
const READ_ONLY = 'ghs_demoReadOnlyToken000000000000000000002';

function fixture(): GitHubFixture {
  const github = loadScenario('demo', { now: NOW }).github;
  const repo = github.repositories[0];
  if (!repo) throw new Error('demo has no repository');
  // 45 comments on pull request 7, for paging.
  repo.comments = {
    ...repo.comments,
    '7': Array.from({ length: 45 }, (_, i) => ({
      id: 1_000_000 + i,
      body: `comment ${i + 1}`,
      user: { login: 'octocat', id: 583231, type: 'User' as const },
      createdAt: '2026-05-01T00:00:00Z',
      updatedAt: '2026-05-01T00:00:00Z',
    })),
  };
  github.repositories.push({
    ...structuredClone(repo),
    name: 'public-docs',
    id: 734129999,
    visibility: 'public',
    comments: {},
  });
  github.tokens.ghs_actionsWrite = { permissions: { metadata: 'read', actions: 'write' } };
  github.tokens.ghs_appInstallation = {
    permissions: { metadata: 'read' },
    actor: { login: 'guard-app[bot]', id: 90000001, type: 'Bot' },
  };
  github.tokens.ghs_orgAdmin = { permissions: { metadata: 'read', 'organization-administration': 'write' } };
  github.tokens.ghs_otherRepo = {
    repos: ['contoso/other'],
    permissions: { metadata: 'read', 'pull-requests': 'write' },
  };
  return github;
}

let state: GitHubState;
let baseUrl = '';
let close: () => Promise<void>;

beforeAll(async () => {
  state = new GitHubState(fixture());
  const service = await startService({
    name: 'github',
    router: createGitHubRouter(state),
    faults: new FaultPlan(),
    log: new RequestLog(),
    tls: await sharedTls(),
  });
  baseUrl = service.url;
  close = service.close;
});

afterAll(async () => close());

const octokit = (token: string) => getOctokit(token, { baseUrl });
const repo = { owner: 'contoso', repo: 'payments-api' };

async function failure(
  p: Promise<unknown>,
): Promise<{ status: number; message: string; headers: Record<string, string> }> {
  try {
    await p;
  } catch (err) {
    const e = err as { status: number; response: { data: { message: string }; headers: Record<string, string> } };
    return { status: e.status, message: e.response.data.message, headers: e.response.headers };
  }
  throw new Error('expected the request to fail');
}

describe('who the token is (GraphQL viewer)', () => {
  it.each([
    ['the workflow token', WRITE, 'github-actions[bot]'],
    ["a GitHub App's installation token", 'ghs_appInstallation', 'guard-app[bot]'],
  ])('%s (%s) writes as %s', async (_name, token, login) => {
    const { data } = await octokit(token).request('POST /graphql', { query: 'query { viewer { login } }' });
    expect(data).toMatchObject({ data: { viewer: { login } } });
  });

  it('answers 401 without a token', async () => {
    const res = await fetch(`${baseUrl}/graphql`, { method: 'POST', body: '{"query":"query { viewer { login } }"}' });
    expect(res.status).toBe(401);
  });
});

describe('repository and errors', () => {
  it('serves the repository', async () => {
    const { data } = await octokit(WRITE).rest.repos.get(repo);
    expect(data).toMatchObject({
      id: 734129856,
      name: 'payments-api',
      full_name: 'contoso/payments-api',
      owner: { login: 'contoso', id: 81234567 },
      default_branch: 'main',
      visibility: 'private',
      private: true,
    });
    expect(Buffer.from(data.node_id, 'base64').toString()).toBe('010:Repository734129856');
  });

  it.each([
    ['a bad token', 'ghs_forged', repo, 401, 'Bad credentials'],
    ['an unknown repository', WRITE, { owner: 'contoso', repo: 'nope' }, 404, 'Not Found'],
    ['a token scoped to other repositories', 'ghs_otherRepo', repo, 404, 'Not Found'],
  ])('answers %s with GitHub status and message', async (_name, token, target, status, message) => {
    expect(await failure(octokit(token).rest.repos.get(target))).toMatchObject({ status, message });
  });

  it('lets anyone read a public repository without a token', async () => {
    const res = await fetch(`${baseUrl}/repos/contoso/public-docs`);
    expect(res.status).toBe(200);
    expect((await fetch(`${baseUrl}/repos/contoso/payments-api`)).status).toBe(404);
  });
});

describe('OIDC subject customization (C5)', () => {
  const path = 'GET /repos/{owner}/{repo}/actions/oidc/customization/sub';

  it('reads, writes and resolves the repository template', async () => {
    expect((await octokit(READ_ONLY).request(path, repo)).data).toEqual({ use_default: true });
    const put = await octokit('ghs_actionsWrite').request('PUT /repos/{owner}/{repo}/actions/oidc/customization/sub', {
      ...repo,
      use_default: false,
      include_claim_keys: ['repo', 'context', 'job_workflow_ref'],
    });
    expect(put.status).toBe(201);
    expect(put.data).toBe('');
    expect((await octokit(READ_ONLY).request(path, repo)).data).toEqual({
      use_default: false,
      include_claim_keys: ['repo', 'context', 'job_workflow_ref'],
    });
    expect(oidcSettingsOf(state, 'contoso/payments-api')).toMatchObject({
      includeClaimKeys: ['repo', 'context', 'job_workflow_ref'],
      repositoryId: 734129856,
      ownerId: 81234567,
    });
  });

  it('adds use_immutable_subject and sub_claim_prefix for API version 2026-03-10', async () => {
    await octokit('ghs_actionsWrite').request('PUT /repos/{owner}/{repo}/actions/oidc/customization/sub', {
      ...repo,
      use_default: true,
      use_immutable_subject: true,
    });
    const { data } = await octokit(READ_ONLY).request(path, {
      ...repo,
      headers: { 'x-github-api-version': '2026-03-10' },
    });
    expect(data).toEqual({
      use_default: true,
      use_immutable_subject: true,
      sub_claim_prefix: 'repo:contoso@81234567/payments-api@734129856',
    });
  });

  it.each([
    [READ_ONLY, { use_default: false }, 403, 'Resource not accessible by integration'],
    ['ghs_actionsWrite', { include_claim_keys: ['repo'] }, 422, 'Invalid request.\n\n"use_default" wasn\'t supplied.'],
    [
      'ghs_actionsWrite',
      { use_default: false, include_claim_keys: ['repo', 'bad-key'] },
      422,
      "Invalid request.\n\nClaim key 'bad-key' may only contain alphanumeric characters and underscores.",
    ],
  ])('refuses a PUT (%#)', async (token, body, status, message) => {
    // A plain string route: Octokit's typed route would not accept the deliberately invalid bodies.
    const route: string = 'PUT /repos/{owner}/{repo}/actions/oidc/customization/sub';
    const res = await failure(octokit(token).request(route, { ...repo, ...body }));
    expect(res).toMatchObject({ status, message });
  });

  it('guards the organization template with organization administration', async () => {
    const org = 'GET /orgs/{org}/actions/oidc/customization/sub';
    const denied = await failure(octokit(WRITE).request(org, { org: 'contoso' }));
    expect(denied).toMatchObject({ status: 403, message: 'Resource not accessible by integration' });
    expect(denied.headers['x-accepted-github-permissions']).toBe('organization_administration=read');
    await octokit('ghs_orgAdmin').request('PUT /orgs/{org}/actions/oidc/customization/sub', {
      org: 'contoso',
      include_claim_keys: ['repository_owner', 'context'],
    });
    expect((await octokit('ghs_orgAdmin').request(org, { org: 'contoso' })).data).toEqual({
      include_claim_keys: ['repository_owner', 'context'],
    });
  });

  it.each([
    [{ useDefault: true, includeClaimKeys: [], useImmutableSubject: false }, ['org_key'], null],
    [{ useDefault: false, includeClaimKeys: ['repo'], useImmutableSubject: false }, ['org_key'], ['repo']],
    [{ useDefault: false, includeClaimKeys: [], useImmutableSubject: false }, ['org_key'], ['org_key']],
    [{ useDefault: false, includeClaimKeys: [], useImmutableSubject: false }, [], null],
  ])('oidcSettingsOf resolves repo %j with org keys %j to %j', (oidc, orgKeys, expected) => {
    const local = new GitHubState({
      repositories: [{ ...structuredClone(fixture().repositories[0]!), oidc }],
      orgs: [{ login: 'contoso', id: 1, oidc: { includeClaimKeys: orgKeys } }],
      tokens: {},
    });
    expect(oidcSettingsOf(local, 'Contoso/Payments-API')?.includeClaimKeys).toEqual(expected);
    expect(oidcSettingsOf(local, 'contoso/unknown')).toBeUndefined();
  });
});

describe('environments and variables', () => {
  it('lists environments and serves their protection rules', async () => {
    const { data } = await octokit(READ_ONLY).rest.repos.getAllEnvironments(repo);
    expect(data.total_count).toBe(2);
    expect(data.environments?.map((e) => e.name)).toEqual(['production', 'staging']);
    const prod = (await octokit(READ_ONLY).rest.repos.getEnvironment({ ...repo, environment_name: 'production' })).data;
    expect(prod.protection_rules?.map((r) => r.type)).toEqual(['required_reviewers', 'wait_timer', 'branch_policy']);
    expect(prod.protection_rules?.[1]).toMatchObject({ wait_timer: 10 });
    expect(prod.deployment_branch_policy).toEqual({ protected_branches: false, custom_branch_policies: true });
    const staging = (await octokit(READ_ONLY).rest.repos.getEnvironment({ ...repo, environment_name: 'staging' })).data;
    expect(staging).toMatchObject({ protection_rules: [], deployment_branch_policy: null });
    const policies = await octokit(READ_ONLY).rest.repos.listDeploymentBranchPolicies({
      ...repo,
      environment_name: 'production',
    });
    expect(policies.data).toMatchObject({ total_count: 1, branch_policies: [{ name: 'main', type: 'branch' }] });
  });

  it('serves variables to a token with variables: read and refuses one without', async () => {
    const { data } = await octokit(WRITE).rest.actions.getRepoVariable({ ...repo, name: 'AZURE_CLIENT_ID' });
    expect(data).toEqual({
      name: 'AZURE_CLIENT_ID',
      value: '7d3c9e15-2b48-4f6a-b1c2-d3e4f5a6b7c8',
      created_at: '2025-04-27T12:00:00Z',
      updated_at: '2026-03-03T12:00:00Z',
    });
    const list = await octokit(WRITE).rest.actions.listRepoVariables(repo);
    expect(list.data.variables.map((v) => v.name)).toEqual(['AZURE_CLIENT_ID', 'AZURE_TENANT_ID', 'GUARD_CLIENT_ID']);
    expect(
      await failure(octokit(READ_ONLY).rest.actions.getRepoVariable({ ...repo, name: 'AZURE_CLIENT_ID' })),
    ).toMatchObject({ status: 403 });
    expect(await failure(octokit(WRITE).rest.actions.getRepoVariable({ ...repo, name: 'NOPE' }))).toMatchObject({
      status: 404,
    });
  });
});

describe('issue comments', () => {
  it('pages with Link headers that Octokit follows', async () => {
    const first = await octokit(READ_ONLY).rest.issues.listComments({ ...repo, issue_number: 7, per_page: 20 });
    expect(first.data).toHaveLength(20);
    expect(first.headers.link).toBe(
      `<${baseUrl}/repos/contoso/payments-api/issues/7/comments?per_page=20&page=2>; rel="next", <${baseUrl}/repos/contoso/payments-api/issues/7/comments?per_page=20&page=3>; rel="last"`,
    );
    const all = await octokit(READ_ONLY).paginate(octokit(READ_ONLY).rest.issues.listComments, {
      ...repo,
      issue_number: 7,
      per_page: 20,
    });
    expect(all.map((c) => c.body)).toEqual(Array.from({ length: 45 }, (_, i) => `comment ${i + 1}`));
  });

  it('creates, updates and deletes a comment as github-actions[bot]', async () => {
    const kit = octokit(WRITE);
    const created = await kit.rest.issues.createComment({
      ...repo,
      issue_number: 42,
      body: '<!-- guard -->\nfirst run',
    });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({
      body: '<!-- guard -->\nfirst run',
      user: { login: 'github-actions[bot]', type: 'Bot' },
    });
    expect(created.data.html_url).toBe(
      `https://github.com/contoso/payments-api/issues/42#issuecomment-${created.data.id}`,
    );

    const updated = await kit.rest.issues.updateComment({
      ...repo,
      comment_id: created.data.id,
      body: '<!-- guard -->\nsecond run',
    });
    expect(updated.data.body).toBe('<!-- guard -->\nsecond run');
    const listed = await kit.rest.issues.listComments({ ...repo, issue_number: 42 });
    expect(listed.data.map((c) => c.body)).toEqual([
      'Looks good to me once the deploy job moves to the production environment.',
      '<!-- guard -->\nsecond run',
    ]);

    const deleted = await kit.rest.issues.deleteComment({ ...repo, comment_id: created.data.id });
    expect(deleted.status).toBe(204);
    expect(await failure(kit.rest.issues.getComment({ ...repo, comment_id: created.data.id }))).toMatchObject({
      status: 404,
    });
  });

  it('refuses to write without pull-requests: write or issues: write', async () => {
    const denied = await failure(
      octokit(READ_ONLY).rest.issues.createComment({ ...repo, issue_number: 42, body: 'x' }),
    );
    expect(denied).toMatchObject({ status: 403, message: 'Resource not accessible by integration' });
    expect(denied.headers['x-accepted-github-permissions']).toBe('issues=write; pull_requests=write');
    const [existing] = (await octokit(READ_ONLY).rest.issues.listComments({ ...repo, issue_number: 42 })).data;
    expect(
      await failure(octokit(READ_ONLY).rest.issues.updateComment({ ...repo, comment_id: existing!.id, body: 'y' })),
    ).toMatchObject({ status: 403 });
  });

  it('validates the comment body', async () => {
    const res = await failure(
      octokit(WRITE).rest.issues.createComment({ ...repo, issue_number: 42, body: 'x'.repeat(65_537) }),
    );
    expect(res).toMatchObject({
      status: 422,
      message: 'Invalid request.\n\nBody is too long (maximum is 65536 characters).',
    });
  });
});
