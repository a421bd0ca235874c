import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  checkOidcAvailability,
  createOidcTokenSource,
  decodeStringClaims,
  describeClaims,
  subjectFormatFromToken,
  type GitHubContextLike,
} from '../../src/auth/oidc.js';
import { captureStdout, fakeJwt, Router, startLocalService, type LocalService } from '../http/local-services.js';

const withToken = {
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://pipelines.example/idtoken?api-version=2.0',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token',
};
const prFrom = (head: string, fork: boolean): GitHubContextLike => ({
  eventName: 'pull_request',
  actor: 'octocat',
  payload: {
    pull_request: { head: { repo: { fork, full_name: head } }, base: { repo: { full_name: 'octo-org/octo-repo' } } },
  },
});

describe('checkOidcAvailability', () => {
  it.each<[string, NodeJS.ProcessEnv, GitHubContextLike, string]>([
    ['token variables present', withToken, { eventName: 'push', actor: 'octocat' }, 'available'],
    [
      'token variables present on a fork PR (private-repo setting)',
      withToken,
      prFrom('someone/octo-repo', true),
      'available',
    ],
    ['fork pull request (fork flag)', {}, prFrom('someone/octo-repo', true), 'fork'],
    ['fork pull request (head repo differs)', {}, prFrom('someone/octo-repo', false), 'fork'],
    [
      'fork pull request (head repo deleted)',
      {},
      {
        eventName: 'pull_request',
        payload: { pull_request: { head: { repo: null }, base: { repo: { full_name: 'o/r' } } } },
      },
      'fork',
    ],
    ['Dependabot', {}, { eventName: 'pull_request', actor: 'dependabot[bot]' }, 'dependabot'],
    ['same-repo pull request without the permission', {}, prFrom('octo-org/octo-repo', false), 'misconfigured'],
    ['push without the permission', {}, { eventName: 'push', actor: 'octocat' }, 'misconfigured'],
    ['only the URL variable', { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://x' }, { eventName: 'push' }, 'misconfigured'],
  ])('%s', (_name, env, context, expected) => {
    const result = checkOidcAvailability(env, context);
    expect(result.available ? 'available' : result.reason).toBe(expected);
  });

  it('explains the misconfiguration in one paragraph with the YAML to add', () => {
    const result = checkOidcAvailability({}, { eventName: 'push' });
    expect(result.available).toBe(false);
    if (result.available) return;
    expect(result.explanation).toContain('permissions:\n  id-token: write\n  contents: read');
    expect(result.explanation).toContain('job level');
    expect(result.explanation).toContain('forks and Dependabot');
  });
});

const claims = {
  iss: 'https://token.actions.githubusercontent.com',
  sub: 'repo:octo-org/octo-repo:ref:refs/heads/main',
  aud: 'api://AzureADTokenExchange',
  ref: 'refs/heads/main',
  repository: 'octo-org/octo-repo',
  repository_id: '74',
  repository_owner: 'octo-org',
  repository_owner_id: '65',
  repository_visibility: 'private',
  event_name: 'push',
  job_workflow_ref: 'octo-org/octo-repo/.github/workflows/deploy.yml@refs/heads/main',
  runner_environment: 'github-hosted',
  actor: 'octocat',
  exp: 1_900_000_000,
};

describe('describeClaims', () => {
  it('keeps only the non-secret claims and never the signature', () => {
    const token = fakeJwt({ ...claims, jti: 'secret-ish-id' });
    const described = describeClaims(token);
    expect(described).toEqual({
      iss: claims.iss,
      sub: claims.sub,
      aud: claims.aud,
      ref: claims.ref,
      repository: claims.repository,
      repository_id: '74',
      repository_owner_id: '65',
      event_name: 'push',
      job_workflow_ref: claims.job_workflow_ref,
      runner_environment: 'github-hosted',
    });
    expect(JSON.stringify(described)).not.toContain(token.split('.')[2]);
  });

  it.each([['not-a-jwt'], ['a.b'], ['a.!!!.c']])('rejects %j without echoing it', (token) => {
    expect(() => describeClaims(token)).toThrow(/^The OIDC token/);
    try {
      describeClaims(token);
    } catch (e) {
      expect((e as Error).message).not.toContain(token);
    }
  });
});

describe('subjectFormatFromToken', () => {
  it.each([
    [
      'default branch form',
      { sub: 'repo:octo-org/octo-repo:ref:refs/heads/main' },
      { kind: 'default', source: 'token' },
    ],
    [
      'default environment form',
      { sub: 'repo:octo-org/octo-repo:environment:prod', environment: 'prod' },
      { kind: 'default', source: 'token' },
    ],
    [
      'immutable form',
      { sub: 'repo:octo-org@65/octo-repo@74:ref:refs/heads/main' },
      { kind: 'immutable', source: 'token' },
    ],
    [
      'custom repo + context + job_workflow_ref',
      { sub: `repo:octo-org/octo-repo:ref:refs/heads/main:job_workflow_ref:${claims.job_workflow_ref}` },
      { kind: 'custom', claimKeys: ['repo', 'context', 'job_workflow_ref'], immutable: false, source: 'token' },
    ],
    [
      'custom owner + visibility',
      { sub: 'repository_owner:octo-org:repository_visibility:private' },
      { kind: 'custom', claimKeys: ['repository_owner', 'repository_visibility'], immutable: false, source: 'token' },
    ],
    [
      'custom with the immutable repo',
      { sub: 'repo:octo-org@65/octo-repo@74:environment:prod', environment: 'prod', event_name: 'workflow_dispatch' },
      { kind: 'immutable', source: 'token' },
    ],
    [
      'custom immutable repo + actor',
      { sub: 'repo:octo-org@65/octo-repo@74:actor:octocat' },
      { kind: 'custom', claimKeys: ['repo', 'actor'], immutable: true, source: 'token' },
    ],
    [
      'colon in an environment is %3A-encoded',
      { sub: 'environment:production%3Aeastus:repository_owner:octo-org', environment: 'production:eastus' },
      {
        kind: 'custom',
        claimKeys: ['context', 'repository_owner'],
        immutable: false,
        source: 'token',
      },
    ],
    [
      'pull_request_target presents the pull_request context, as the matching library predicts',
      { sub: 'repo:octo-org/octo-repo:pull_request', event_name: 'pull_request_target', ref: 'refs/heads/main' },
      { kind: 'default', source: 'token' },
    ],
    ['unrecognisable', { sub: 'something:else' }, { kind: 'custom', source: 'token' }],
  ])('%s', (_name, overrides, expected) => {
    const token = fakeJwt({ ...claims, ...overrides });
    expect(subjectFormatFromToken(decodeStringClaims(token))).toEqual(expected);
  });
});

describe('OIDC token source', () => {
  it('caches until 60 s before exp, then fetches again', async () => {
    let now = 1_000_000_000_000;
    const tokens = [fakeJwt({ exp: now / 1000 + 300, n: 1 }), fakeJwt({ exp: now / 1000 + 900, n: 2 })];
    const fetched: string[] = [];
    const source = createOidcTokenSource({
      audience: 'api://AzureADTokenExchange',
      now: () => now,
      fetchToken: async (aud) => {
        fetched.push(aud);
        return tokens[fetched.length - 1] ?? 'none';
      },
    });
    const out = captureStdout();
    try {
      expect(await source.get()).toBe(tokens[0]);
      expect(await source.get()).toBe(tokens[0]);
      now += 239_000;
      expect(await source.get()).toBe(tokens[0]);
      now += 1_000; // 60 s before exp
      expect(await source.get()).toBe(tokens[1]);
    } finally {
      out.restore();
    }
    expect(fetched).toEqual(['api://AzureADTokenExchange', 'api://AzureADTokenExchange']);
  });

  it('rejects an empty audience', () => {
    expect(() => createOidcTokenSource({ audience: ' ' })).toThrow('The OIDC audience must not be empty');
  });
});

describe('getIDToken against a local token service', () => {
  let service: LocalService;
  const token = fakeJwt({ ...claims, exp: Math.floor(Date.now() / 1000) + 300 });
  let answers: { status: number; body: unknown }[] = [];

  beforeAll(async () => {
    const router = new Router().add('GET', /\/idtoken/, (req) => {
      expect(req.headers.authorization).toBe('Bearer request-token');
      return answers.shift() ?? { status: 200, body: { value: token } };
    });
    service = await startLocalService('github-oidc', router, { https: false });
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL = `${service.url}/idtoken?api-version=2.0`;
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = 'request-token';
  });
  afterAll(async () => {
    delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
    delete process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    await service.close();
  });

  it('fetches with the audience, masks the token first, and retries a 500', async () => {
    answers = [{ status: 500, body: { message: 'oops' } }];
    const source = createOidcTokenSource({
      audience: 'api://AzureADTokenExchange',
      retry: { sleep: async () => undefined, random: () => 0 },
    });
    const out = captureStdout();
    let value: string;
    try {
      value = await source.get();
    } finally {
      out.restore();
    }
    expect(value).toBe(token);
    expect(out.lines().find((l) => l.includes(token))).toBe(`::add-mask::${token}`);
    expect(out.lines().filter((l) => l.includes(token) && !l.startsWith('::add-mask::'))).toEqual([]);
    expect(service.log.entries.map((e) => [e.path, e.status])).toEqual([
      ['/idtoken?api-version=2.0&audience=api%3A%2F%2FAzureADTokenExchange', 500],
      ['/idtoken?api-version=2.0&audience=api%3A%2F%2FAzureADTokenExchange', 200],
    ]);
  });

  it('does not retry a 403 and says which audience failed', async () => {
    service.log.clear();
    answers = [{ status: 403, body: { message: 'forbidden' } }];
    const source = createOidcTokenSource({ audience: 'custom-aud', retry: { sleep: async () => undefined } });
    const out = captureStdout();
    try {
      await expect(source.get()).rejects.toThrow(/^Failed to get the GitHub OIDC token for audience 'custom-aud': /);
    } finally {
      out.restore();
    }
    expect(service.log.entries).toHaveLength(1);
  });
});
