// GitHub REST reads (and the sticky comment's writes) through @actions/github's Octokit. Each call
// returns a typed result: when the token lacks a permission or a resource is missing, the caller
// gets `available: false` with the reason, so it can report "unknown, because …" instead of failing.
import { getOctokit } from '@actions/github';
import type { EnvironmentProtection, SubjectFormat } from '../workflows/model.js';
import { maskSecret, redactTokens } from '../auth/mask.js';
import {
  HttpError,
  RetryExhaustedError,
  defaultIsRetryable,
  errorMessage,
  parseRetryAfter,
  withRetry,
  type RetryOptions,
  type RetryVerdict,
} from '../http/retry.js';

export type GitHubResult<T> =
  { available: true; value: T } | { available: false; reason: string; status: number | null };

export interface RepositoryInfo {
  owner: string;
  name: string;
  ownerId: string;
  repoId: string;
  defaultBranch: string;
}

export interface IssueComment {
  id: number;
  body: string;
  /** Login of the author, to find our own sticky comment. */
  author: string | null;
  /** GitHub's account type of the author (Bot, User, Organization): only a Bot's comment is ours. */
  authorType: string | null;
  url: string | null;
}

export interface GitHubClientOptions {
  token: string;
  /** REST API root, e.g. https://api.github.com or https://ghe.example.com/api/v3 */
  baseUrl?: string;
  retry?: RetryOptions;
  /**
   * Register the token with the Actions runner's log masking (the default). The CLI turns it off: the
   * `::add-mask::` command goes to stdout, which carries the CLI's report.
   */
  mask?: boolean;
}

/** The account a token acts as: the author of every comment written with it. */
export interface TokenIdentity {
  login: string;
}

/** The workflow GITHUB_TOKEN writes as this bot account. */
export const GITHUB_ACTIONS_BOT_LOGIN = 'github-actions[bot]';

export interface GitHubClient {
  /**
   * Who the token is (GraphQL `viewer`, which installation tokens may call, unlike GET /user or GET /app):
   * github-actions[bot] for the workflow token, `<slug>[bot]` for a GitHub App's, the user for a personal token.
   */
  whoAmI(): Promise<GitHubResult<TokenIdentity>>;
  readSubjectCustomization(owner: string, repo: string): Promise<GitHubResult<SubjectFormat>>;
  readRepository(owner: string, repo: string): Promise<GitHubResult<RepositoryInfo>>;
  readEnvironments(owner: string, repo: string): Promise<GitHubResult<Map<string, EnvironmentProtection>>>;
  readVariable(owner: string, repo: string, name: string): Promise<GitHubResult<string>>;
  listIssueComments(owner: string, repo: string, issueNumber: number): Promise<GitHubResult<IssueComment[]>>;
  createIssueComment(
    owner: string,
    repo: string,
    issueNumber: number,
    body: string,
  ): Promise<GitHubResult<IssueComment>>;
  updateIssueComment(owner: string, repo: string, commentId: number, body: string): Promise<GitHubResult<IssueComment>>;
}

/** Newer REST version: the OIDC customization answer adds use_immutable_subject. */
const IMMUTABLE_API_VERSION = '2026-03-10';
const NAME = /^[A-Za-z0-9_.-]+$/;
/** `repo:OWNER@OWNER_ID/REPO@REPO_ID`, the immutable subject prefix. */
const IMMUTABLE_PREFIX = /^repo:[A-Za-z0-9_.-]+@\d+\/[A-Za-z0-9_.-]+@\d+$/;
const MAX_PAGES = 100;

type Json = Record<string, unknown>;

/** Octokit's RequestError → HttpError; a 403 that is a rate limit keeps its Retry-After. */
function toHttpError(error: unknown): unknown {
  const status = (error as { status?: unknown }).status;
  if (typeof status !== 'number') return error;
  const headers = ((error as { response?: { headers?: Record<string, unknown> } }).response?.headers ?? {}) as Record<
    string,
    unknown
  >;
  const header = (name: string) => (typeof headers[name] === 'string' ? (headers[name] as string) : undefined);
  const rateLimited =
    status === 403 && (header('retry-after') !== undefined || header('x-ratelimit-remaining') === '0');
  const retryAfterMs = parseRetryAfter(header('retry-after'));
  const requestId = header('x-github-request-id');
  return new HttpError({
    status,
    message: `HTTP ${status}: ${redactTokens(errorMessage(error)).slice(0, 300)}`,
    ...(rateLimited ? { code: 'rate_limited' } : {}),
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    ...(requestId ? { requestId } : {}),
  });
}

function isRetryableRead(error: unknown): RetryVerdict {
  if (error instanceof HttpError && error.code === 'rate_limited')
    return error.retryAfterMs === undefined ? true : { retryAfterMs: error.retryAfterMs };
  return defaultIsRetryable(error);
}

/** A POST may have been applied when the connection dropped: retry only answers that say it was not. */
function isRetryableCreate(error: unknown): RetryVerdict {
  if (
    error instanceof HttpError &&
    (error.status === 429 || error.code === 'rate_limited' || [502, 503, 504].includes(error.status))
  )
    return error.retryAfterMs === undefined ? true : { retryAfterMs: error.retryAfterMs };
  return false;
}

function statusOf(error: unknown): number | null {
  const base = error instanceof RetryExhaustedError ? error.lastError : error;
  return base instanceof HttpError ? base.status : null;
}

function validateName(value: string, what: string): string {
  if (!NAME.test(value)) throw new Error(`Invalid ${what} '${value}': expected letters, digits, '.', '-' or '_'`);
  return value;
}

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  if (!options.token)
    throw new Error('A GitHub token is required (the github-token input, default ${{ github.token }})');
  if (options.mask !== false) maskSecret(options.token);
  const octokit = getOctokit(options.token, options.baseUrl ? { baseUrl: options.baseUrl.replace(/\/+$/, '') } : {});

  async function call<T>(
    what: string,
    permission: string,
    send: (signal: AbortSignal) => Promise<T>,
    isRetryable: (error: unknown) => RetryVerdict = isRetryableRead,
  ): Promise<GitHubResult<T>> {
    try {
      const value = await withRetry(
        (_attempt, signal) =>
          send(signal).catch((error: unknown) => {
            throw toHttpError(error);
          }),
        { ...options.retry, isRetryable },
      );
      return { available: true, value };
    } catch (error) {
      const status = statusOf(error);
      const message = redactTokens(errorMessage(error));
      let reason: string;
      if (status === 401 || status === 403)
        reason = `${what} is unavailable: GitHub answered ${message}. ${permission}`;
      else if (status === 404)
        reason = `${what} was not found or is not visible to the token (${message}). ${permission}`;
      else reason = `${what} is unavailable: ${message}`;
      return { available: false, reason, status };
    }
  }

  async function get(
    route: string,
    params: Json,
    signal: AbortSignal,
    headers: Record<string, string> = {},
  ): Promise<Json> {
    const response = await octokit.request(route, { ...params, headers, request: { signal } });
    const data: unknown = response.data;
    if (typeof data !== 'object' || data === null || Array.isArray(data))
      throw new Error(`GitHub answered ${route} with an unexpected body`);
    return data as Json;
  }

  async function getArray(route: string, params: Json, signal: AbortSignal): Promise<unknown[]> {
    const response = await octokit.request(route, { ...params, request: { signal } });
    if (!Array.isArray(response.data)) throw new Error(`GitHub answered ${route} with an unexpected body`);
    return response.data as unknown[];
  }

  async function readCustomization(owner: string, repo: string, signal: AbortSignal): Promise<Json> {
    const route = 'GET /repos/{owner}/{repo}/actions/oidc/customization/sub';
    try {
      return await get(route, { owner, repo }, signal, { 'X-GitHub-Api-Version': IMMUTABLE_API_VERSION });
    } catch (error) {
      // Servers that do not know the newer API version refuse it with 400; ask again without it.
      if ((error as { status?: unknown }).status !== 400) throw error;
      return get(route, { owner, repo }, signal);
    }
  }

  const toComment = (raw: unknown): IssueComment => {
    const o = (raw ?? {}) as Json;
    if (typeof o.id !== 'number') throw new Error('GitHub returned a comment without an id');
    const user = o.user as Json | null | undefined;
    return {
      id: o.id,
      body: typeof o.body === 'string' ? o.body : '',
      author: typeof user?.login === 'string' ? user.login : null,
      authorType: typeof user?.type === 'string' ? user.type : null,
      url: typeof o.html_url === 'string' ? o.html_url : null,
    };
  };

  return {
    async whoAmI() {
      return call(
        'The identity of the github-token',
        'The token needs no extra permission for this.',
        async (signal) => {
          // octokit.graphql maps a GitHub Enterprise Server base URL (…/api/v3) to its endpoint (…/api/graphql).
          const data = await octokit.graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }', {
            request: { signal },
          });
          const login = data?.viewer?.login;
          if (typeof login !== 'string' || login === '')
            throw new Error('GitHub answered the viewer query without a login');
          return { login };
        },
      );
    },

    async readSubjectCustomization(owner, repo) {
      validateName(owner, 'owner');
      validateName(repo, 'repository');
      const permission = "The token needs read access to the repository's Actions settings.";
      const repoResult = await call('The OIDC subject customization', permission, (signal) =>
        readCustomization(owner, repo, signal),
      );
      if (!repoResult.available) return repoResult;
      const data = repoResult.value;
      // sub_claim_prefix is what GitHub writes; it has been seen immutable beside use_immutable_subject: false.
      const prefix = typeof data.sub_claim_prefix === 'string' ? data.sub_claim_prefix : undefined;
      const immutable =
        prefix !== undefined ? IMMUTABLE_PREFIX.test(prefix.trim()) : data.use_immutable_subject === true;
      const keys = Array.isArray(data.include_claim_keys)
        ? data.include_claim_keys.filter((k): k is string => typeof k === 'string')
        : [];
      if (data.use_default !== false)
        return { available: true, value: { kind: immutable ? 'immutable' : 'default', source: 'api' } };
      if (keys.length > 0)
        return { available: true, value: { kind: 'custom', claimKeys: keys, immutable, source: 'api' } };
      // Opted out without keys: the organisation's template applies (or the default when it has none).
      const orgResult = await call(
        `The organisation ${owner}'s OIDC subject template`,
        'Reading it needs organisation administration (read) access; the repository uses it because it opts out of the default without its own keys.',
        (signal) => get('GET /orgs/{org}/actions/oidc/customization/sub', { org: owner }, signal),
      );
      if (!orgResult.available) return orgResult;
      const orgKeys = Array.isArray(orgResult.value.include_claim_keys)
        ? orgResult.value.include_claim_keys.filter((k): k is string => typeof k === 'string')
        : [];
      if (orgKeys.length === 0)
        return { available: true, value: { kind: immutable ? 'immutable' : 'default', source: 'api' } };
      return { available: true, value: { kind: 'custom', claimKeys: orgKeys, immutable, source: 'api' } };
    },

    async readRepository(owner, repo) {
      validateName(owner, 'owner');
      validateName(repo, 'repository');
      return call('The repository', 'The token needs contents: read (or metadata: read).', async (signal) => {
        const data = await get('GET /repos/{owner}/{repo}', { owner, repo }, signal);
        const ownerObject = (data.owner ?? {}) as Json;
        if (
          typeof data.id !== 'number' ||
          typeof ownerObject.id !== 'number' ||
          typeof data.name !== 'string' ||
          typeof ownerObject.login !== 'string'
        )
          throw new Error('GitHub answered the repository request without ids');
        return {
          owner: ownerObject.login,
          name: data.name,
          ownerId: String(ownerObject.id),
          repoId: String(data.id),
          defaultBranch: typeof data.default_branch === 'string' ? data.default_branch : 'main',
        };
      });
    },

    async readEnvironments(owner, repo) {
      validateName(owner, 'owner');
      validateName(repo, 'repository');
      const environments = new Map<string, EnvironmentProtection>();
      for (let page = 1; page <= MAX_PAGES; page += 1) {
        const result = await call('The repository environments', 'The token needs actions: read.', (signal) =>
          get('GET /repos/{owner}/{repo}/environments', { owner, repo, per_page: 100, page }, signal),
        );
        if (!result.available) return result;
        const list = Array.isArray(result.value.environments) ? result.value.environments : [];
        for (const raw of list) {
          const protection = toEnvironmentProtection(raw);
          if (protection) environments.set(protection.name, protection);
        }
        const total = typeof result.value.total_count === 'number' ? result.value.total_count : 0;
        if (list.length < 100 || environments.size >= total) break;
      }
      return { available: true, value: environments };
    },

    async readVariable(owner, repo, name) {
      validateName(owner, 'owner');
      validateName(repo, 'repository');
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`Invalid variable name '${name}'`);
      return call(
        `The repository variable ${name}`,
        'Reading variables needs the Variables (read) permission, which the workflow GITHUB_TOKEN does not have: pass a token that has it, or give the client id as an input.',
        async (signal) => {
          const data = await get('GET /repos/{owner}/{repo}/actions/variables/{name}', { owner, repo, name }, signal);
          if (typeof data.value !== 'string') throw new Error(`GitHub answered variable ${name} without a value`);
          return data.value;
        },
      );
    },

    async listIssueComments(owner, repo, issueNumber) {
      validateName(owner, 'owner');
      validateName(repo, 'repository');
      const comments: IssueComment[] = [];
      for (let page = 1; page <= MAX_PAGES; page += 1) {
        const result = await call('The pull request comments', 'The token needs pull-requests: read.', (signal) =>
          getArray(
            'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
            { owner, repo, issue_number: issueNumber, per_page: 100, page },
            signal,
          ),
        );
        if (!result.available) return result;
        comments.push(...result.value.map(toComment));
        if (result.value.length < 100) break;
      }
      return { available: true, value: comments };
    },

    async createIssueComment(owner, repo, issueNumber, body) {
      validateName(owner, 'owner');
      validateName(repo, 'repository');
      return call(
        'Commenting on the pull request',
        'The token needs pull-requests: write (or issues: write).',
        async (signal) =>
          toComment(
            (
              await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
                owner,
                repo,
                issue_number: issueNumber,
                body,
                request: { signal },
              })
            ).data,
          ),
        isRetryableCreate,
      );
    },

    async updateIssueComment(owner, repo, commentId, body) {
      validateName(owner, 'owner');
      validateName(repo, 'repository');
      return call(
        'Updating the pull request comment',
        'The token needs pull-requests: write (or issues: write).',
        async (signal) =>
          toComment(
            (
              await octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
                owner,
                repo,
                comment_id: commentId,
                body,
                request: { signal },
              })
            ).data,
          ),
      );
    },
  };
}

/** required_reviewers, branch policy (rule or deployment_branch_policy) and wait_timer minutes. */
export function toEnvironmentProtection(raw: unknown): EnvironmentProtection | null {
  const o = (raw ?? {}) as Json;
  if (typeof o.name !== 'string') return null;
  const rules = Array.isArray(o.protection_rules) ? (o.protection_rules as Json[]) : [];
  const reviewers = rules.some(
    (r) => r?.type === 'required_reviewers' && (!Array.isArray(r.reviewers) || (r.reviewers as unknown[]).length > 0),
  );
  const timer = rules.find((r) => r?.type === 'wait_timer' && typeof r.wait_timer === 'number');
  const policy = o.deployment_branch_policy as Json | null | undefined;
  const branchPolicy =
    rules.some((r) => r?.type === 'branch_policy') ||
    (policy !== null &&
      policy !== undefined &&
      (policy.protected_branches === true || policy.custom_branch_policies === true));
  return {
    name: o.name,
    requiredReviewers: reviewers,
    branchPolicy,
    waitTimer: timer ? (timer.wait_timer as number) : 0,
  };
}
