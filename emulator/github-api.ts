// GitHub REST emulator: the repository, OIDC subject customization, environments,
// Actions variables and issue/PR comments (emulator/facts/github-api.md) that the guard reads and writes, with
// GitHub's status codes, error bodies, pagination Link headers and permission model for an
// installation token (GITHUB_TOKEN) or a fine-grained token.
import { randomUUID } from 'node:crypto';
import type { EmulatorRequest, EmulatorResponse, Handler } from './core/server.js';
import { Router } from './core/server.js';

export type Access = 'read' | 'write';

export interface GitHubTokenPermissions {
  metadata: 'read';
  'pull-requests'?: Access;
  issues?: Access;
  actions?: Access;
  variables?: 'read';
  environments?: 'read';
  /** Organization "Administration": needed for the org-level OIDC customization endpoints. */
  'organization-administration'?: Access;
}

export interface GitHubTokenFixture {
  /** full names ('owner/repo') the token may see; every repository when absent. */
  repos?: string[];
  permissions: GitHubTokenPermissions;
  /** Who the token acts as (the comment author); github-actions[bot] when absent. */
  actor?: { login: string; id: number; type: 'Bot' | 'User' };
}

export interface GitHubReviewerFixture {
  type: 'User' | 'Team';
  /** login for a user, slug for a team. */
  login: string;
  id: number;
}

export interface GitHubEnvironmentFixture {
  name: string;
  id: number;
  createdAt: string;
  updatedAt: string;
  canAdminsBypass?: boolean;
  /** Minutes, 0–43,200; no wait_timer rule when absent or 0. */
  waitTimer?: number;
  reviewers?: GitHubReviewerFixture[];
  preventSelfReview?: boolean;
  /** null: any branch may deploy. */
  deploymentBranchPolicy: { protectedBranches: boolean; customBranchPolicies: boolean } | null;
  branchPolicies?: { id: number; name: string; type: 'branch' | 'tag' }[];
}

export interface GitHubCommentFixture {
  id: number;
  body: string;
  user: { login: string; id: number; type: 'Bot' | 'User' };
  createdAt: string;
  updatedAt: string;
}

export interface GitHubVariableFixture {
  value: string;
  createdAt?: string;
  updatedAt?: string;
}

export interface GitHubRepoFixture {
  owner: string;
  name: string;
  id: number;
  ownerId: number;
  ownerType?: 'Organization' | 'User';
  defaultBranch: string;
  visibility: 'public' | 'private' | 'internal';
  createdAt?: string;
  oidc: { useDefault: boolean; includeClaimKeys: string[]; useImmutableSubject: boolean };
  environments: GitHubEnvironmentFixture[];
  variables: Record<string, string | GitHubVariableFixture>;
  /** Issue or pull request number → its comments, oldest first. */
  comments?: Record<string, GitHubCommentFixture[]>;
}

export interface GitHubOrgFixture {
  login: string;
  id: number;
  oidc: { includeClaimKeys: string[] };
}

export interface GitHubFixture {
  repositories: GitHubRepoFixture[];
  orgs: GitHubOrgFixture[];
  tokens: Record<string, GitHubTokenFixture>;
}

/** Mutable GitHub state shared by this emulator and the GitHub OIDC issuer. */
export class GitHubState {
  private nextCommentId: number;

  constructor(public fixture: GitHubFixture) {
    const ids = fixture.repositories.flatMap((r) =>
      Object.values(r.comments ?? {}).flatMap((cs) => cs.map((c) => c.id)),
    );
    this.nextCommentId = Math.max(2_000_000_000, ...ids) + 1;
  }

  repo(fullName: string): GitHubRepoFixture | undefined {
    const [owner, name] = fullName.toLowerCase().split('/');
    return this.fixture.repositories.find((r) => r.owner.toLowerCase() === owner && r.name.toLowerCase() === name);
  }

  org(login: string): GitHubOrgFixture | undefined {
    return this.fixture.orgs.find((o) => o.login.toLowerCase() === login.toLowerCase());
  }

  allocateCommentId(): number {
    const id = this.nextCommentId;
    this.nextCommentId += 1;
    return id;
  }
}

export interface OidcSubjectSettings {
  repository: string;
  repositoryId: number;
  owner: string;
  ownerId: number;
  visibility: GitHubRepoFixture['visibility'];
  /** The repository's own use_default flag. */
  useDefault: boolean;
  repoIncludeClaimKeys: string[];
  orgIncludeClaimKeys: string[];
  /**
   * The claim keys GitHub uses to build `sub`, or null for the default format. Resolution (emulator/facts/github-api.md#oidc-subject-customisation):
   * use_default → default; else the repository's keys; else the organization's; else default.
   */
  includeClaimKeys: string[] | null;
  useImmutableSubject: boolean;
}

/** What the GitHub OIDC issuer needs to mint `sub` for a repository; undefined for an unknown one. */
export function oidcSettingsOf(state: GitHubState, fullName: string): OidcSubjectSettings | undefined {
  const repo = state.repo(fullName);
  if (!repo) return undefined;
  const orgKeys = state.org(repo.owner)?.oidc.includeClaimKeys ?? [];
  let effective: string[] | null = null;
  if (!repo.oidc.useDefault) {
    if (repo.oidc.includeClaimKeys.length > 0) effective = [...repo.oidc.includeClaimKeys];
    else if (orgKeys.length > 0) effective = [...orgKeys];
  }
  return {
    repository: `${repo.owner}/${repo.name}`,
    repositoryId: repo.id,
    owner: repo.owner,
    ownerId: repo.ownerId,
    visibility: repo.visibility,
    useDefault: repo.oidc.useDefault,
    repoIncludeClaimKeys: [...repo.oidc.includeClaimKeys],
    orgIncludeClaimKeys: [...orgKeys],
    includeClaimKeys: effective,
    useImmutableSubject: repo.oidc.useImmutableSubject,
  };
}

// ---------------------------------------------------------------------------------------------

const DOCS = 'https://docs.github.com/rest';
const GITHUB_ACTIONS_BOT = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' as const };
/** The REST API version that adds use_immutable_subject / sub_claim_prefix to the repo OIDC answer (emulator/facts/github-api.md#oidc-subject-customisation, [T]). */
const IMMUTABLE_SUBJECT_API_VERSION = '2026-03-10';

class GitHubHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const notFound = () => new GitHubHttpError(404, 'Not Found');
const forbidden = (accepted: string) =>
  new GitHubHttpError(403, 'Resource not accessible by integration', { 'x-accepted-github-permissions': accepted });
const invalid = (detail: string) => new GitHubHttpError(422, `Invalid request.\n\n${detail}`);

type Principal = { kind: 'anonymous' } | { kind: 'token'; grant: GitHubTokenFixture };

interface Ctx {
  req: EmulatorRequest;
  principal: Principal;
  base: string;
}

function headerValue(req: EmulatorRequest, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function nodeId(kind: string, id: number): string {
  return Buffer.from(`0${kind.length}:${kind}${id}`).toString('base64');
}

/** A repository the principal can see, else 404 (GitHub hides what a token cannot reach). */
function visibleRepo(state: GitHubState, ctx: Ctx): GitHubRepoFixture {
  const { owner, repo: name } = ctx.req.params;
  const repo = state.repo(`${owner}/${name}`);
  if (!repo) throw notFound();
  if (ctx.principal.kind === 'anonymous') {
    if (repo.visibility !== 'public') throw notFound();
    return repo;
  }
  const allowed = ctx.principal.grant.repos;
  if (allowed && !allowed.some((r) => r.toLowerCase() === `${repo.owner}/${repo.name}`.toLowerCase())) throw notFound();
  return repo;
}

type PermissionName = keyof GitHubTokenPermissions;

/** Passes when the token holds any of `options` at the level asked; anonymous may read public data. */
function requirePermission(
  ctx: Ctx,
  repo: GitHubRepoFixture | null,
  options: [PermissionName, Access][],
  anonymousRead = false,
): void {
  if (ctx.principal.kind === 'anonymous') {
    if (anonymousRead && repo?.visibility === 'public') return;
    throw new GitHubHttpError(401, 'Requires authentication');
  }
  const perms = ctx.principal.grant.permissions;
  const ok = options.some(([name, level]) => {
    const held = perms[name];
    return held === 'write' || (held === 'read' && level === 'read');
  });
  if (!ok) throw forbidden(options.map(([n, l]) => `${n.replace(/-/g, '_')}=${l}`).join('; '));
}

function readJson(req: EmulatorRequest): Record<string, unknown> {
  let doc: unknown;
  try {
    doc = JSON.parse(req.body.toString('utf8') || 'null');
  } catch {
    throw new GitHubHttpError(400, 'Problems parsing JSON');
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    throw new GitHubHttpError(400, 'Problems parsing JSON');
  return doc as Record<string, unknown>;
}

function claimKeys(value: unknown, field: string): string[] {
  if (!Array.isArray(value) || value.some((k) => typeof k !== 'string')) {
    throw invalid(`For 'properties/${field}', ${JSON.stringify(value)} is not an array of strings.`);
  }
  const bad = (value as string[]).find((k) => !/^[A-Za-z0-9_]+$/.test(k));
  if (bad !== undefined) throw invalid(`Claim key '${bad}' may only contain alphanumeric characters and underscores.`);
  return value as string[];
}

interface Paging {
  page: number;
  perPage: number;
}

function paging(req: EmulatorRequest, defaultPerPage: number, maxPerPage: number): Paging {
  const rawPer = req.url.searchParams.get('per_page');
  const rawPage = req.url.searchParams.get('page');
  const perPage =
    rawPer === null || !/^\d+$/.test(rawPer) || Number(rawPer) < 1
      ? defaultPerPage
      : Math.min(Number(rawPer), maxPerPage);
  const page = rawPage === null || !/^\d+$/.test(rawPage) || Number(rawPage) < 1 ? 1 : Number(rawPage);
  return { page, perPage };
}

/** GitHub's Link header: rel="prev"/"next"/"first"/"last", each the request URL with another page. */
function linkHeader(ctx: Ctx, { page, perPage }: Paging, total: number): Record<string, string> {
  const last = Math.max(1, Math.ceil(total / perPage));
  const at = (p: number) => {
    const u = new URL(ctx.req.url.pathname + ctx.req.url.search, ctx.base);
    u.searchParams.set('per_page', String(perPage));
    u.searchParams.set('page', String(p));
    return `<${u.toString()}>`;
  };
  const links: string[] = [];
  if (page > 1) links.push(`${at(Math.min(page - 1, last))}; rel="prev"`);
  if (page < last) links.push(`${at(page + 1)}; rel="next"`, `${at(last)}; rel="last"`);
  if (page > 1) links.push(`${at(1)}; rel="first"`);
  return links.length > 0 ? { link: links.join(', ') } : {};
}

function slice<T>(items: T[], { page, perPage }: Paging): T[] {
  return items.slice((page - 1) * perPage, page * perPage);
}

function repoJson(repo: GitHubRepoFixture, base: string): Record<string, unknown> {
  const fullName = `${repo.owner}/${repo.name}`;
  return {
    id: repo.id,
    node_id: nodeId('Repository', repo.id),
    name: repo.name,
    full_name: fullName,
    private: repo.visibility !== 'public',
    owner: {
      login: repo.owner,
      id: repo.ownerId,
      node_id: nodeId(repo.ownerType ?? 'Organization', repo.ownerId),
      type: repo.ownerType ?? 'Organization',
      url: `${base}/users/${repo.owner}`,
      html_url: `https://github.com/${repo.owner}`,
    },
    html_url: `https://github.com/${fullName}`,
    url: `${base}/repos/${fullName}`,
    fork: false,
    archived: false,
    disabled: false,
    visibility: repo.visibility,
    default_branch: repo.defaultBranch,
    created_at: repo.createdAt ?? '2020-01-01T00:00:00Z',
  };
}

function environmentJson(
  repo: GitHubRepoFixture,
  env: GitHubEnvironmentFixture,
  base: string,
): Record<string, unknown> {
  const rules: Record<string, unknown>[] = [];
  if (env.reviewers && env.reviewers.length > 0) {
    rules.push({
      id: env.id * 10 + 1,
      node_id: nodeId('Gate', env.id * 10 + 1),
      type: 'required_reviewers',
      prevent_self_review: env.preventSelfReview ?? false,
      reviewers: env.reviewers.map((r) => ({
        type: r.type,
        reviewer:
          r.type === 'User'
            ? { login: r.login, id: r.id, node_id: nodeId('User', r.id), type: 'User' }
            : { name: r.login, slug: r.login, id: r.id, node_id: nodeId('Team', r.id) },
      })),
    });
  }
  if (env.waitTimer !== undefined && env.waitTimer > 0) {
    rules.push({
      id: env.id * 10 + 2,
      node_id: nodeId('Gate', env.id * 10 + 2),
      type: 'wait_timer',
      wait_timer: env.waitTimer,
    });
  }
  if (env.deploymentBranchPolicy !== null) {
    rules.push({ id: env.id * 10 + 3, node_id: nodeId('Gate', env.id * 10 + 3), type: 'branch_policy' });
  }
  return {
    id: env.id,
    node_id: nodeId('Environment', env.id),
    name: env.name,
    url: `${base}/repos/${repo.owner}/${repo.name}/environments/${encodeURIComponent(env.name)}`,
    html_url: `https://github.com/${repo.owner}/${repo.name}/deployments/activity_log?environments_filter=${encodeURIComponent(env.name)}`,
    created_at: env.createdAt,
    updated_at: env.updatedAt,
    can_admins_bypass: env.canAdminsBypass ?? true,
    protection_rules: rules,
    deployment_branch_policy:
      env.deploymentBranchPolicy === null
        ? null
        : {
            protected_branches: env.deploymentBranchPolicy.protectedBranches,
            custom_branch_policies: env.deploymentBranchPolicy.customBranchPolicies,
          },
  };
}

function variableJson(name: string, v: string | GitHubVariableFixture): Record<string, unknown> {
  const fixture = typeof v === 'string' ? { value: v } : v;
  return {
    name,
    value: fixture.value,
    created_at: fixture.createdAt ?? '2024-01-01T00:00:00Z',
    updated_at: fixture.updatedAt ?? fixture.createdAt ?? '2024-01-01T00:00:00Z',
  };
}

function commentJson(
  repo: GitHubRepoFixture,
  issue: string,
  c: GitHubCommentFixture,
  base: string,
): Record<string, unknown> {
  const fullName = `${repo.owner}/${repo.name}`;
  return {
    id: c.id,
    node_id: `IC_${Buffer.from(`comment:${c.id}`).toString('base64url')}`,
    url: `${base}/repos/${fullName}/issues/comments/${c.id}`,
    html_url: `https://github.com/${fullName}/issues/${issue}#issuecomment-${c.id}`,
    issue_url: `${base}/repos/${fullName}/issues/${issue}`,
    body: c.body,
    user: { login: c.user.login, id: c.user.id, node_id: nodeId(c.user.type, c.user.id), type: c.user.type },
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    author_association: c.user.type === 'Bot' ? 'NONE' : 'MEMBER',
  };
}

function findComment(
  repo: GitHubRepoFixture,
  id: number,
): { issue: string; list: GitHubCommentFixture[]; index: number } | undefined {
  for (const [issue, list] of Object.entries(repo.comments ?? {})) {
    const index = list.findIndex((c) => c.id === id);
    if (index >= 0) return { issue, list, index };
  }
  return undefined;
}

/** GitHub limits a comment body to 65,536 characters. */
const MAX_COMMENT_BODY = 65_536;

function commentBody(doc: Record<string, unknown>): string {
  if (typeof doc.body !== 'string')
    throw invalid(`For 'properties/body', ${JSON.stringify(doc.body ?? null)} is not a string.`);
  if (doc.body.length > MAX_COMMENT_BODY)
    throw invalid(`Body is too long (maximum is ${MAX_COMMENT_BODY} characters).`);
  return doc.body;
}

const nowIso = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

export function createGitHubRouter(state: GitHubState): Router {
  const router = new Router();

  const authenticate = (req: EmulatorRequest): Principal => {
    const auth = headerValue(req, 'authorization');
    if (auth === undefined) return { kind: 'anonymous' };
    const m = /^(?:bearer|token)\s+(\S+)$/i.exec(auth.trim());
    const grant = m ? state.fixture.tokens[m[1] as string] : undefined;
    if (!grant) throw new GitHubHttpError(401, 'Bad credentials');
    return { kind: 'token', grant };
  };

  const wrap =
    (fn: (ctx: Ctx) => EmulatorResponse): Handler =>
    (req) => {
      const headers = {
        'x-github-request-id': randomUUID().toUpperCase(),
        'x-github-media-type': 'github.v3; format=json',
      };
      try {
        const principal = authenticate(req);
        const answer = fn({ req, principal, base: req.url.origin });
        return { ...answer, headers: { ...headers, ...(answer.headers ?? {}) } };
      } catch (err) {
        if (err instanceof GitHubHttpError) {
          return {
            status: err.status,
            headers: { ...headers, ...err.headers },
            body: { message: err.message, documentation_url: DOCS, status: String(err.status) },
          };
        }
        throw err;
      }
    };

  const ok = (body: unknown, headers: Record<string, string> = {}): EmulatorResponse => ({
    status: 200,
    headers,
    body,
  });
  const REPO = '/repos/(?<owner>[A-Za-z0-9_.-]+)/(?<repo>[A-Za-z0-9_.-]+)';
  const on = (method: string, path: string, fn: (ctx: Ctx) => EmulatorResponse) =>
    router.add(method, new RegExp(path), wrap(fn));

  on('GET', REPO, (ctx) => {
    const repo = visibleRepo(state, ctx);
    return ok(repoJson(repo, ctx.base));
  });

  // --- Who the token is: GraphQL `viewer`. Installation tokens (the workflow GITHUB_TOKEN, a GitHub App's token)
  // cannot call GET /user or GET /app, but `viewer` answers with the app's bot account, `<slug>[bot]` [T]
  // (fullsend-ai/fullsend pull request 1953; neuralinkcorp/datarepo pull request 62). Only `viewer` is served.
  on('POST', '/graphql', (ctx) => {
    if (ctx.principal.kind !== 'token')
      throw new GitHubHttpError(401, 'This endpoint requires you to be authenticated.');
    const query = readJson(ctx.req).query;
    if (typeof query !== 'string' || !/\bviewer\b/.test(query))
      return ok({ errors: [{ type: 'UNSUPPORTED', message: 'The emulator serves only the viewer query.' }] });
    const actor = ctx.principal.grant.actor ?? GITHUB_ACTIONS_BOT;
    return ok({ data: { viewer: { login: actor.login, databaseId: actor.id, __typename: actor.type } } });
  });

  // --- OIDC subject customization (emulator/facts/github-api.md) --------------------------------
  on('GET', `${REPO}/actions/oidc/customization/sub`, (ctx) => {
    const repo = visibleRepo(state, ctx);
    requirePermission(ctx, repo, [['actions', 'read']]);
    const body: Record<string, unknown> = { use_default: repo.oidc.useDefault };
    if (!repo.oidc.useDefault) body.include_claim_keys = [...repo.oidc.includeClaimKeys];
    if ((headerValue(ctx.req, 'x-github-api-version') ?? '') >= IMMUTABLE_SUBJECT_API_VERSION) {
      body.use_immutable_subject = repo.oidc.useImmutableSubject;
      body.sub_claim_prefix = repo.oidc.useImmutableSubject
        ? `repo:${repo.owner}@${repo.ownerId}/${repo.name}@${repo.id}`
        : `repo:${repo.owner}/${repo.name}`;
    }
    return ok(body);
  });

  on('PUT', `${REPO}/actions/oidc/customization/sub`, (ctx) => {
    const repo = visibleRepo(state, ctx);
    requirePermission(ctx, repo, [['actions', 'write']]);
    const doc = readJson(ctx.req);
    if (typeof doc.use_default !== 'boolean') {
      throw invalid(
        doc.use_default === undefined
          ? '"use_default" wasn\'t supplied.'
          : `For 'properties/use_default', ${JSON.stringify(doc.use_default)} is not a boolean.`,
      );
    }
    const keys = doc.include_claim_keys === undefined ? [] : claimKeys(doc.include_claim_keys, 'include_claim_keys');
    if (doc.use_immutable_subject !== undefined && typeof doc.use_immutable_subject !== 'boolean') {
      throw invalid(
        `For 'properties/use_immutable_subject', ${JSON.stringify(doc.use_immutable_subject)} is not a boolean.`,
      );
    }
    repo.oidc = {
      useDefault: doc.use_default,
      // include_claim_keys is ignored when use_default is true (emulator/facts/github-api.md).
      includeClaimKeys: doc.use_default ? [] : keys,
      useImmutableSubject: (doc.use_immutable_subject as boolean | undefined) ?? repo.oidc.useImmutableSubject,
    };
    return { status: 201 };
  });

  on('GET', '/orgs/(?<org>[A-Za-z0-9_.-]+)/actions/oidc/customization/sub', (ctx) => {
    const org = state.org(ctx.req.params.org ?? '');
    if (!org) throw notFound();
    requirePermission(ctx, null, [['organization-administration', 'read']]);
    return ok({ include_claim_keys: [...org.oidc.includeClaimKeys] });
  });

  on('PUT', '/orgs/(?<org>[A-Za-z0-9_.-]+)/actions/oidc/customization/sub', (ctx) => {
    const org = state.org(ctx.req.params.org ?? '');
    if (!org) throw notFound();
    requirePermission(ctx, null, [['organization-administration', 'write']]);
    const doc = readJson(ctx.req);
    if (doc.include_claim_keys === undefined) throw invalid('"include_claim_keys" wasn\'t supplied.');
    org.oidc = { includeClaimKeys: claimKeys(doc.include_claim_keys, 'include_claim_keys') };
    return { status: 201 };
  });

  // --- Environments (emulator/facts/github-api.md#environments): fine-grained "Actions: read" (or "Environments: read"); public data is open.
  const ENV_READ: [PermissionName, Access][] = [
    ['actions', 'read'],
    ['environments', 'read'],
  ];

  const environmentOf = (ctx: Ctx, repo: GitHubRepoFixture): GitHubEnvironmentFixture => {
    const env = repo.environments.find((e) => e.name.toLowerCase() === (ctx.req.params.env ?? '').toLowerCase());
    if (!env) throw notFound();
    return env;
  };

  on('GET', `${REPO}/environments`, (ctx) => {
    const repo = visibleRepo(state, ctx);
    requirePermission(ctx, repo, ENV_READ, true);
    const p = paging(ctx.req, 30, 100);
    return ok(
      {
        total_count: repo.environments.length,
        environments: slice(repo.environments, p).map((e) => environmentJson(repo, e, ctx.base)),
      },
      linkHeader(ctx, p, repo.environments.length),
    );
  });

  on('GET', `${REPO}/environments/(?<env>[^/]+)`, (ctx) => {
    const repo = visibleRepo(state, ctx);
    requirePermission(ctx, repo, ENV_READ, true);
    return ok(environmentJson(repo, environmentOf(ctx, repo), ctx.base));
  });

  on('GET', `${REPO}/environments/(?<env>[^/]+)/deployment-branch-policies`, (ctx) => {
    const repo = visibleRepo(state, ctx);
    requirePermission(ctx, repo, ENV_READ, true);
    const env = environmentOf(ctx, repo);
    const policies = env.deploymentBranchPolicy?.customBranchPolicies ? (env.branchPolicies ?? []) : [];
    const p = paging(ctx.req, 30, 100);
    return ok(
      {
        total_count: policies.length,
        branch_policies: slice(policies, p).map((b) => ({
          id: b.id,
          node_id: nodeId('Gate', b.id),
          name: b.name,
          type: b.type,
        })),
      },
      linkHeader(ctx, p, policies.length),
    );
  });

  // --- Actions variables: fine-grained "Variables: read"; the list pages by 10, at most 30.
  on('GET', `${REPO}/actions/variables`, (ctx) => {
    const repo = visibleRepo(state, ctx);
    requirePermission(ctx, repo, [['variables', 'read']]);
    const all = Object.entries(repo.variables).sort(([a], [b]) => a.localeCompare(b));
    const p = paging(ctx.req, 10, 30);
    return ok(
      { total_count: all.length, variables: slice(all, p).map(([n, v]) => variableJson(n, v)) },
      linkHeader(ctx, p, all.length),
    );
  });

  on('GET', `${REPO}/actions/variables/(?<name>[^/]+)`, (ctx) => {
    const repo = visibleRepo(state, ctx);
    requirePermission(ctx, repo, [['variables', 'read']]);
    const wanted = (ctx.req.params.name ?? '').toUpperCase();
    const hit = Object.entries(repo.variables).find(([n]) => n.toUpperCase() === wanted);
    if (!hit) throw notFound();
    return ok(variableJson(hit[0], hit[1]));
  });

  // --- Issue / pull request comments (emulator/facts/github-api.md): pull requests are issues for comments.
  const COMMENT_READ: [PermissionName, Access][] = [
    ['issues', 'read'],
    ['pull-requests', 'read'],
  ];
  const COMMENT_WRITE: [PermissionName, Access][] = [
    ['issues', 'write'],
    ['pull-requests', 'write'],
  ];

  on('GET', `${REPO}/issues/(?<issue>\\d+)/comments`, (ctx) => {
    const repo = visibleRepo(state, ctx);
    requirePermission(ctx, repo, COMMENT_READ, true);
    const issue = String(Number(ctx.req.params.issue));
    const all = repo.comments?.[issue] ?? [];
    const p = paging(ctx.req, 30, 100);
    return ok(
      slice(all, p).map((c) => commentJson(repo, issue, c, ctx.base)),
      linkHeader(ctx, p, all.length),
    );
  });

  on('POST', `${REPO}/issues/(?<issue>\\d+)/comments`, (ctx) => {
    const repo = visibleRepo(state, ctx);
    requirePermission(ctx, repo, COMMENT_WRITE);
    const body = commentBody(readJson(ctx.req));
    const issue = String(Number(ctx.req.params.issue));
    const actor =
      ctx.principal.kind === 'token' ? (ctx.principal.grant.actor ?? GITHUB_ACTIONS_BOT) : GITHUB_ACTIONS_BOT;
    const at = nowIso();
    const comment: GitHubCommentFixture = {
      id: state.allocateCommentId(),
      body,
      user: { ...actor },
      createdAt: at,
      updatedAt: at,
    };
    repo.comments ??= {};
    (repo.comments[issue] ??= []).push(comment);
    const json = commentJson(repo, issue, comment, ctx.base);
    return { status: 201, headers: { location: String(json.url) }, body: json };
  });

  on('GET', `${REPO}/issues/comments/(?<id>\\d+)`, (ctx) => {
    const repo = visibleRepo(state, ctx);
    requirePermission(ctx, repo, COMMENT_READ, true);
    const hit = findComment(repo, Number(ctx.req.params.id));
    if (!hit) throw notFound();
    return ok(commentJson(repo, hit.issue, hit.list[hit.index] as GitHubCommentFixture, ctx.base));
  });

  on('PATCH', `${REPO}/issues/comments/(?<id>\\d+)`, (ctx) => {
    const repo = visibleRepo(state, ctx);
    requirePermission(ctx, repo, COMMENT_WRITE);
    const hit = findComment(repo, Number(ctx.req.params.id));
    if (!hit) throw notFound();
    const comment = hit.list[hit.index] as GitHubCommentFixture;
    comment.body = commentBody(readJson(ctx.req));
    comment.updatedAt = nowIso();
    return ok(commentJson(repo, hit.issue, comment, ctx.base));
  });

  on('DELETE', `${REPO}/issues/comments/(?<id>\\d+)`, (ctx) => {
    const repo = visibleRepo(state, ctx);
    requirePermission(ctx, repo, COMMENT_WRITE);
    const hit = findComment(repo, Number(ctx.req.params.id));
    if (!hit) throw notFound();
    hit.list.splice(hit.index, 1);
    return { status: 204 };
  });

  return router;
}
