// Starts the five emulated services (GitHub OIDC issuer, Entra, Microsoft Graph, Azure Resource Manager, GitHub REST)
// over TLS with one FaultPlan and RequestLog, wired to one tenant: the harness for tests,
// benchmarks, the demo and `npm run emulator`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ARM_RESOURCE, createArmRouter } from './arm.js';
import { FaultPlan, RequestLog, startService, type RunningService } from './core/server.js';
import { tlsMaterial, type TlsMaterial } from './core/tls.js';
import { EntraEmulator, GRAPH_RESOURCE, IssuerDirectory, redactTokenRequest, type AccessTokenCheck } from './entra.js';
import {
  GitHubOidcIssuer,
  OidcSettings,
  type JobContext,
  type MintOptions,
  type OidcRepositorySettings,
} from './github-oidc.js';
import { createGraphRouter } from './graph.js';
import { createGitHubRouter, GitHubState, type GitHubFixture } from './github-api.js';
import { MICROSOFT_GRAPH_APP_ID, TenantState, type TenantFixture } from './tenant.js';

export interface StartOptions {
  tenant: TenantFixture;
  github?: GitHubFixture;
  /** Simulated round trip added to every request of every service. */
  latencyMs?: number;
  /** Real-world OIDC issuer name; https://token.actions.githubusercontent.com by default. */
  issuer?: string;
  /** The job the OIDC issuer mints tokens for (defaults: octo-org/octo-repo, push to main). */
  job?: Partial<JobContext>;
}

export interface Emulators {
  oidc: {
    url: string;
    issuer: string;
    /** ACTIONS_ID_TOKEN_REQUEST_URL: already has a query string, clients append `&audience=`. */
    requestUrl: string;
    /** ACTIONS_ID_TOKEN_REQUEST_TOKEN. */
    requestToken: string;
    /** Repository OIDC subject settings, shared with the GitHub REST emulator. */
    settings: OidcSettings;
    /** Replaces the job the token endpoint mints for (unset fields take defaults). */
    setJob(job: Partial<JobContext>): void;
    mintToken(options?: MintOptions): string;
    /** Serves one more issuer name (e.g. an enterprise slug issuer) with the same keys, resolvable by Entra. */
    addIssuer(issuer: string): void;
  };
  entra: {
    /** Authority host, https. */
    url: string;
    verifyAccessToken(
      authorization: string | undefined,
      expectedAudience?: string | readonly string[],
    ): AccessTokenCheck;
    /** Entra's view of the issuers it can reach, by real-world issuer name. */
    issuers: IssuerDirectory;
  };
  /** https: the Graph client only sends the token to https customHosts. */
  graph: { url: string };
  /** Azure Resource Manager (managed identities), https, on its own origin. */
  arm: { url: string };
  github: { url: string };
  tenant: TenantState;
  faults: FaultPlan;
  log: RequestLog;
  tls: TlsMaterial;
  /** The CA written to a temp file, for NODE_EXTRA_CA_CERTS. */
  caFile: string;
  /** Environment for a child process running the action as a runner would. */
  runnerEnv(): Record<string, string>;
  close(): Promise<void>;
}

export async function startEmulators(options: StartOptions): Promise<Emulators> {
  const tls = await tlsMaterial();
  const faults = new FaultPlan();
  faults.latencyMs = options.latencyMs ?? 0;
  const log = new RequestLog();
  const tenant = new TenantState(options.tenant);
  const github = new GitHubState(options.github ?? { repositories: [], orgs: [], tokens: {} });
  const settings = new GitHubBackedOidcSettings(github);
  const issuer = new GitHubOidcIssuer({
    ...(options.issuer ? { issuer: options.issuer } : {}),
    settings,
    ...(options.job ? { job: options.job } : {}),
    jobDefaults: (repository) => jobDefaultsFrom(github, repository),
  });
  const issuers = new IssuerDirectory();
  const entra = new EntraEmulator({ tenant, issuers, ca: tls.ca });

  const started: RunningService[] = [];
  const start = async (...args: Parameters<typeof startService>) => {
    const service = await startService(...args);
    started.push(service);
    return service;
  };
  let graphUrl = '';
  try {
    const oidc = await start({ name: 'github-oidc', router: issuer.router(), faults, log, tls });
    issuers.set(issuer.issuer, oidc.url);
    const entraService = await start({
      name: 'entra',
      router: entra.router(),
      faults,
      log,
      tls,
      redactBody: redactTokenRequest,
    });
    const graphAudiences = () => [graphUrl, GRAPH_RESOURCE, MICROSOFT_GRAPH_APP_ID];
    const graph = await start({
      name: 'graph',
      router: createGraphRouter(tenant, {
        verifyBearer: (authorization) => entra.verifyAccessToken(authorization, graphAudiences()),
        baseUrl: () => graphUrl,
        // Item-level faults inside $batch go through the same plan and log.
        faults,
        log,
      }),
      faults,
      log,
      tls,
    });
    graphUrl = graph.url;
    entra.resources.add(graph.url);
    let armUrl = '';
    const arm = await start({
      name: 'arm',
      router: createArmRouter(tenant, {
        verifyBearer: (authorization, audiences) => entra.verifyAccessToken(authorization, audiences),
        baseUrl: () => armUrl,
      }),
      faults,
      log,
      tls,
    });
    armUrl = arm.url;
    // Entra issues tokens for ARM's audience (`<arm>/.default`), under its real name and the local origin.
    entra.resources.add(ARM_RESOURCE);
    entra.resources.add(arm.url);
    const githubService = await start({ name: 'github', router: createGitHubRouter(github), faults, log, tls });

    const caDir = mkdtempSync(path.join(tmpdir(), 'efg-ca-'));
    const caFile = path.join(caDir, 'emulator-ca.pem');
    writeFileSync(caFile, tls.ca, { mode: 0o600 });
    const requestUrl = issuer.requestUrl(oidc.url);

    return {
      oidc: {
        url: oidc.url,
        issuer: issuer.issuer,
        requestUrl,
        requestToken: issuer.requestToken,
        settings,
        setJob: (job) => issuer.setJob(job),
        mintToken: (mint) => issuer.mintToken(mint),
        addIssuer: (name) => issuers.set(name, oidc.url + issuer.addIssuerAlias(name)),
      },
      entra: {
        url: entraService.url,
        verifyAccessToken: (authorization, audience) =>
          entra.verifyAccessToken(authorization, audience ?? graphAudiences()),
        issuers,
      },
      graph: { url: graph.url },
      arm: { url: arm.url },
      github: { url: githubService.url },
      tenant,
      faults,
      log,
      tls,
      caFile,
      runnerEnv: () => ({
        ACTIONS_ID_TOKEN_REQUEST_URL: requestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: issuer.requestToken,
        NODE_EXTRA_CA_CERTS: caFile,
        GITHUB_API_URL: githubService.url,
      }),
      close: async () => {
        await Promise.all(started.map((s) => s.close()));
        rmSync(caDir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await Promise.all(started.map((s) => s.close()));
    throw err;
  }
}

/**
 * OIDC subject settings whose source of truth is the GitHub REST fixture for the repositories
 * and organizations it holds (so a PUT to .../oidc/customization/sub changes the next token),
 * and a local store for any other.
 */
class GitHubBackedOidcSettings extends OidcSettings {
  constructor(private readonly github: GitHubState) {
    super();
  }

  override repository(fullName: string): OidcRepositorySettings {
    const repo = this.github.repo(fullName);
    return repo ? { ...repo.oidc, includeClaimKeys: [...repo.oidc.includeClaimKeys] } : super.repository(fullName);
  }

  override setRepository(fullName: string, settings: Partial<OidcRepositorySettings>): void {
    const repo = this.github.repo(fullName);
    if (!repo) return super.setRepository(fullName, settings);
    const next = { ...this.repository(fullName), ...settings };
    // Validates the keys the same way as for a repository outside the fixture.
    new OidcSettings().setRepository(fullName, next);
    repo.oidc = next;
  }

  override organization(org: string): string[] | undefined {
    const found = this.github.org(org);
    if (!found) return super.organization(org);
    return found.oidc.includeClaimKeys.length > 0 ? [...found.oidc.includeClaimKeys] : undefined;
  }

  override setOrganization(org: string, includeClaimKeys: string[]): void {
    const found = this.github.org(org);
    if (!found) return super.setOrganization(org, includeClaimKeys);
    new OidcSettings().setOrganization(org, includeClaimKeys);
    found.oidc = { includeClaimKeys: [...includeClaimKeys] };
  }
}

/** A job's repository facts from the GitHub fixture: the named repository, else the fixture's first. */
function jobDefaultsFrom(github: GitHubState, repository: string | undefined): Partial<JobContext> {
  const repo = repository ? github.repo(repository) : github.fixture.repositories[0];
  if (!repo) return {};
  return {
    repository: `${repo.owner}/${repo.name}`,
    repository_id: String(repo.id),
    repository_owner_id: String(repo.ownerId),
    repository_visibility: repo.visibility,
    ref: `refs/heads/${repo.defaultBranch}`,
  };
}
