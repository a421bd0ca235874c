// The GitHub Actions OIDC issuer: discovery, JWKS and the job's token endpoint
// (ACTIONS_ID_TOKEN_REQUEST_URL). Tokens carry GitHub's full claim set and a `sub` formed by
// GitHub's rules for the repository's OIDC settings (emulator/facts/federation.md#github-subject).
import { randomUUID } from 'node:crypto';
import { githubSubject, type SubjectTemplate } from './federation/index.js';
import { Router, type EmulatorRequest, type EmulatorResponse } from './core/server.js';
import { generateSigningKey, jwksOf, signJwt, type Jwks, type SigningKey } from './jwt.js';

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

/** The claims GitHub puts in a job's token besides iss/sub/aud/exp/iat/nbf/jti. Ids are strings (emulator/facts/federation.md#github-token). */
export interface JobContext {
  repository: string;
  repository_owner: string;
  repository_id: string;
  repository_owner_id: string;
  repository_visibility: 'public' | 'private' | 'internal';
  event_name: string;
  ref: string;
  ref_type: 'branch' | 'tag';
  sha: string;
  /** Present only when the job references an environment. */
  environment?: string;
  base_ref: string;
  head_ref: string;
  workflow: string;
  workflow_ref: string;
  workflow_sha: string;
  job_workflow_ref: string;
  job_workflow_sha: string;
  actor: string;
  actor_id: string;
  run_id: string;
  run_number: string;
  run_attempt: string;
  runner_environment: 'github-hosted' | 'self-hosted';
  enterprise?: string;
  enterprise_id?: string;
}

const DEFAULT_SHA = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4';

/**
 * A complete job from a partial one. Claims that GitHub derives from others (owner from
 * repository, ref_type from ref, workflow refs from repository + ref) follow them unless given.
 */
export function resolveJob(job: Partial<JobContext> = {}): JobContext {
  const repository = job.repository ?? 'octo-org/octo-repo';
  const slash = repository.indexOf('/');
  if (slash <= 0 || slash === repository.length - 1 || repository.indexOf('/', slash + 1) !== -1) {
    throw new Error(`Job repository must be "owner/name", got "${repository}"`);
  }
  const ref = job.ref ?? 'refs/heads/main';
  const sha = job.sha ?? DEFAULT_SHA;
  const workflowRef = job.workflow_ref ?? `${repository}/.github/workflows/deploy.yml@${ref}`;
  const resolved: JobContext = {
    repository,
    repository_owner: job.repository_owner ?? repository.slice(0, slash),
    repository_id: job.repository_id ?? '690517',
    repository_owner_id: job.repository_owner_id ?? '135791',
    repository_visibility: job.repository_visibility ?? 'private',
    event_name: job.event_name ?? 'push',
    ref,
    ref_type: job.ref_type ?? (ref.startsWith('refs/tags/') ? 'tag' : 'branch'),
    sha,
    base_ref: job.base_ref ?? '',
    head_ref: job.head_ref ?? '',
    workflow: job.workflow ?? 'Deploy',
    workflow_ref: workflowRef,
    workflow_sha: job.workflow_sha ?? sha,
    job_workflow_ref: job.job_workflow_ref ?? workflowRef,
    job_workflow_sha: job.job_workflow_sha ?? sha,
    actor: job.actor ?? 'monalisa',
    actor_id: job.actor_id ?? '2',
    run_id: job.run_id ?? '9123456789',
    run_number: job.run_number ?? '42',
    run_attempt: job.run_attempt ?? '1',
    runner_environment: job.runner_environment ?? 'github-hosted',
  };
  if (job.environment !== undefined) resolved.environment = job.environment;
  if (job.enterprise !== undefined) resolved.enterprise = job.enterprise;
  if (job.enterprise_id !== undefined) resolved.enterprise_id = job.enterprise_id;
  return resolved;
}

/** A repository's OIDC subject settings, as `GET /repos/{o}/{r}/actions/oidc/customization/sub` shows them. */
export interface OidcRepositorySettings {
  useDefault: boolean;
  includeClaimKeys: string[];
  useImmutableSubject: boolean;
}

const CLAIM_KEY = /^[A-Za-z0-9_]+$/;

function checkClaimKeys(keys: readonly string[], where: string): void {
  const bad = keys.find((k) => !CLAIM_KEY.test(k));
  if (bad !== undefined)
    throw new Error(`${where}: claim key "${bad}" may contain only letters, digits and underscores`);
}

/**
 * Repository and organization OIDC settings, shared with the GitHub REST emulator (which
 * serves and updates them). GitHub names are case-insensitive, so keys are too.
 */
export class OidcSettings {
  private readonly repos = new Map<string, OidcRepositorySettings>();
  private readonly orgs = new Map<string, string[]>();

  repository(fullName: string): OidcRepositorySettings {
    const s = this.repos.get(fullName.toLowerCase());
    return s
      ? { ...s, includeClaimKeys: [...s.includeClaimKeys] }
      : { useDefault: true, includeClaimKeys: [], useImmutableSubject: false };
  }

  setRepository(fullName: string, settings: Partial<OidcRepositorySettings>): void {
    if (settings.includeClaimKeys) checkClaimKeys(settings.includeClaimKeys, `OIDC settings of ${fullName}`);
    this.repos.set(fullName.toLowerCase(), { ...this.repository(fullName), ...settings });
  }

  /** The organization's include_claim_keys template, if one is set. */
  organization(org: string): string[] | undefined {
    const keys = this.orgs.get(org.toLowerCase());
    return keys ? [...keys] : undefined;
  }

  setOrganization(org: string, includeClaimKeys: string[]): void {
    checkClaimKeys(includeClaimKeys, `OIDC settings of organization ${org}`);
    this.orgs.set(org.toLowerCase(), [...includeClaimKeys]);
  }

  /**
   * How GitHub forms `sub` for a repository (emulator/facts/federation.md#github-subject):
   * use_default → the default (or immutable) form; otherwise the repository's keys, else the
   * organization's, else the default.
   */
  subjectTemplateOf(fullName: string): SubjectTemplate {
    const repo = this.repository(fullName);
    const plain: SubjectTemplate = { immutable: repo.useImmutableSubject };
    if (repo.useDefault) return plain;
    const keys =
      repo.includeClaimKeys.length > 0 ? repo.includeClaimKeys : this.organization(fullName.split('/')[0] ?? '');
    if (!keys || keys.length === 0) return plain;
    return { includeClaimKeys: keys, immutable: repo.useImmutableSubject };
  }
}

export interface MintOptions {
  /** `aud`; GitHub's default (https://github.com/<owner>) when absent. */
  audience?: string;
  /** Seconds from iat to exp; 300 (GitHub's ~5 minutes) when absent. May be negative. */
  expiresInSeconds?: number;
  /** Absolute `nbf` (epoch seconds); iat − 600 when absent, as in GitHub's example token. */
  notBefore?: number;
  /** Absolute `iat` (epoch seconds); now when absent. */
  issuedAt?: number;
  /** `iss`; the issuer's own when absent (e.g. a wrong issuer for a negative test). */
  issuer?: string;
  /** Claims to set or override after the job's claims are formed (including `sub`). */
  claims?: Record<string, unknown>;
  /** The job; the issuer's current job when absent. */
  job?: Partial<JobContext>;
  /** false: leave out the job's claims (and `sub`, `aud`, `jti`): the payload is iss, nbf, exp, iat and `claims` only. */
  jobClaims?: boolean;
}

export interface GitHubOidcOptions {
  /** The real-world issuer string; https://token.actions.githubusercontent.com by default. */
  issuer?: string;
  settings?: OidcSettings;
  job?: Partial<JobContext>;
  /**
   * Defaults for a job's claims that depend on its repository (ids, visibility, default branch),
   * e.g. from the GitHub REST fixture; called with undefined when the job names no repository.
   */
  jobDefaults?: (repository: string | undefined) => Partial<JobContext>;
  /** Bearer accepted by the token endpoint (ACTIONS_ID_TOKEN_REQUEST_TOKEN); random when absent. */
  requestToken?: string;
  now?: () => number;
}

/** The job-scoped token request path; the query string is part of it, so clients append `&audience=`. */
const TOKEN_PATH = '/_apis/token';

export class GitHubOidcIssuer {
  readonly issuer: string;
  readonly settings: OidcSettings;
  readonly requestToken: string;
  readonly jobId: string;
  private readonly keys: SigningKey[];
  /** More issuer names this emulator answers for (GHEC enterprise slugs, GHES, wrong-issuer tests). */
  private readonly aliases: string[] = [];
  private jobOverrides: Partial<JobContext>;
  private readonly now: () => number;
  private readonly jobDefaults: (repository: string | undefined) => Partial<JobContext>;

  constructor(options: GitHubOidcOptions = {}) {
    this.issuer = checkIssuer(options.issuer ?? GITHUB_ISSUER);
    this.settings = options.settings ?? new OidcSettings();
    this.requestToken = options.requestToken ?? randomUUID().replaceAll('-', '');
    this.jobId = randomUUID();
    this.jobDefaults = options.jobDefaults ?? (() => ({}));
    this.jobOverrides = { ...(options.job ?? {}) };
    this.resolve(this.jobOverrides);
    this.now = options.now ?? Date.now;
    this.keys = [generateSigningKey(randomUUID().replaceAll('-', '').toUpperCase())];
  }

  get job(): JobContext {
    return this.resolve(this.jobOverrides);
  }

  /** Replaces the job: fields not given take their defaults (or follow the fields they derive from). */
  setJob(job: Partial<JobContext>): void {
    this.resolve(job);
    this.jobOverrides = { ...job };
  }

  private resolve(job: Partial<JobContext>): JobContext {
    return resolveJob({ ...this.jobDefaults(job.repository), ...job });
  }

  jwks(): Jwks {
    return jwksOf(this.keys);
  }

  /**
   * Serves one more issuer name from this emulator, with the same keys. Returns the path
   * prefix under the emulator's base URL where that issuer's discovery lives.
   */
  addIssuerAlias(issuer: string): string {
    checkIssuer(issuer);
    let index = this.aliases.indexOf(issuer);
    if (index === -1) index = this.aliases.push(issuer) - 1;
    return `/_issuers/${index}`;
  }

  /** The claims of a token for this job, in GitHub's order (sub formed from the repository's settings). */
  claimsFor(audience: string | undefined, job: JobContext = this.job): Record<string, unknown> {
    const sub = githubSubject({ ...job }, this.settings.subjectTemplateOf(job.repository));
    const { environment, ...rest } = job;
    return {
      jti: randomUUID(),
      sub,
      ...(environment !== undefined ? { environment } : {}),
      aud: audience ?? `https://github.com/${job.repository_owner}`,
      ...rest,
    };
  }

  mintToken(options: MintOptions = {}): string {
    const job = options.job ? this.resolve({ ...this.jobOverrides, ...options.job }) : this.job;
    const iat = options.issuedAt ?? Math.floor(this.now() / 1000);
    const payload: Record<string, unknown> = {
      ...(options.jobClaims === false ? {} : this.claimsFor(options.audience, job)),
      iss: options.issuer ?? this.issuer,
      nbf: options.notBefore ?? iat - 600,
      exp: iat + (options.expiresInSeconds ?? 300),
      iat,
      ...(options.claims ?? {}),
    };
    const key = this.keys[0];
    if (!key) throw new Error('The OIDC issuer has no signing key');
    return signJwt({ typ: 'JWT', x5t: key.x5t }, payload, key);
  }

  /** The value of ACTIONS_ID_TOKEN_REQUEST_URL for this emulator's job. */
  requestUrl(baseUrl: string): string {
    return `${baseUrl}${TOKEN_PATH}?api-version=2.0&jobid=${this.jobId}`;
  }

  router(): Router {
    const router = new Router();
    router.add('GET', /\/\.well-known\/openid-configuration/, () => ({
      status: 200,
      body: discoveryDocument(this.issuer),
    }));
    router.add('GET', /\/\.well-known\/jwks/, () => ({ status: 200, body: this.jwks() }));
    router.add('GET', /\/_issuers\/(?<index>\d+)\/\.well-known\/openid-configuration/, (req) => {
      const alias = this.aliases[Number(req.params.index)];
      return alias ? { status: 200, body: discoveryDocument(alias) } : notFound(req);
    });
    router.add('GET', /\/_issuers\/(?<index>\d+)\/\.well-known\/jwks/, (req) =>
      this.aliases[Number(req.params.index)] ? { status: 200, body: this.jwks() } : notFound(req),
    );
    router.add('GET', new RegExp(escapeRegExp(TOKEN_PATH)), (req) => this.issueJobToken(req));
    return router;
  }

  private issueJobToken(req: EmulatorRequest): EmulatorResponse {
    const auth = req.headers.authorization ?? '';
    const [scheme, bearer] = auth.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || bearer !== this.requestToken) {
      // The Actions service's exact 401 body is not documented (unverified); clients only read the status.
      return {
        status: 401,
        body: { message: 'Unauthorized: the bearer is not this job\u2019s ACTIONS_ID_TOKEN_REQUEST_TOKEN.' },
      };
    }
    if (req.url.searchParams.get('jobid') !== this.jobId) {
      return { status: 404, body: { message: `No job ${req.url.searchParams.get('jobid') ?? '(missing jobid)'}.` } };
    }
    const audience = req.url.searchParams.get('audience');
    return { status: 200, body: { value: this.mintToken(audience ? { audience } : {}) } };
  }
}

/** GitHub's discovery document (emulator/facts/federation.md#github-token), for the real-world issuer name. */
export function discoveryDocument(issuer: string): Record<string, unknown> {
  return {
    issuer,
    jwks_uri: `${issuer}/.well-known/jwks`,
    subject_types_supported: ['public', 'pairwise'],
    response_types_supported: ['id_token'],
    claims_supported: [
      'sub',
      'aud',
      'exp',
      'iat',
      'iss',
      'jti',
      'nbf',
      'ref',
      'sha',
      'repository',
      'repository_id',
      'repository_owner',
      'repository_owner_id',
      'enterprise',
      'enterprise_id',
      'run_id',
      'run_number',
      'run_attempt',
      'actor',
      'actor_id',
      'workflow',
      'workflow_ref',
      'workflow_sha',
      'head_ref',
      'base_ref',
      'event_name',
      'ref_type',
      'ref_protected',
      'environment',
      'environment_node_id',
      'job_workflow_ref',
      'job_workflow_sha',
      'repository_visibility',
      'runner_environment',
      'issuer_scope',
    ],
    id_token_signing_alg_values_supported: ['RS256'],
    scopes_supported: ['openid'],
  };
}

function checkIssuer(issuer: string): string {
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    throw new Error(`OIDC issuer must be an absolute https URL, got "${issuer}"`);
  }
  if (url.protocol !== 'https:' || issuer.endsWith('/') || url.search !== '' || url.hash !== '') {
    throw new Error(`OIDC issuer must be an https URL without a trailing slash, query or fragment, got "${issuer}"`);
  }
  return issuer;
}

function notFound(req: EmulatorRequest): EmulatorResponse {
  return { status: 404, body: { message: `Not Found: ${req.url.pathname}` } };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
