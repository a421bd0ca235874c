// The GitHub Actions OIDC issuer emulator, driven by @actions/core's getIDToken as an action
// would, and checked claim by claim against GitHub's documented token (facts C1–C5).
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import * as core from '@actions/core';
import { FaultPlan, RequestLog, startService, type RunningService } from '../../emulator/core/server.js';
import { tlsMaterial } from '../../emulator/core/tls.js';
import {
  GitHubOidcIssuer,
  OidcSettings,
  resolveJob,
  type JobContext,
  type OidcRepositorySettings,
} from '../../emulator/github-oidc.js';
import { decodeJwt, verifyJwt, type Jwks } from '../../emulator/jwt.js';
import { trustCa } from '../helpers/emulators.js';

const NOW = Date.UTC(2026, 8, 1, 12, 0, 0);
let settings: OidcSettings;
let issuer: GitHubOidcIssuer;
let service: RunningService;

beforeAll(async () => {
  const tls = await tlsMaterial();
  trustCa(tls.ca);
  settings = new OidcSettings();
  issuer = new GitHubOidcIssuer({ settings, now: () => NOW });
  service = await startService({
    name: 'github-oidc',
    router: issuer.router(),
    faults: new FaultPlan(),
    log: new RequestLog(),
    tls,
  });
});

afterAll(async () => {
  await service.close();
});

beforeEach(() => {
  issuer.setJob({});
  process.env.ACTIONS_ID_TOKEN_REQUEST_URL = issuer.requestUrl(service.url);
  process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = issuer.requestToken;
  // getIDToken prints ::add-mask:: with the token; keep tokens out of the test output.
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
});

afterEach(() => {
  jest.restoreAllMocks();
});

async function getJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  expect(res.status).toBe(200);
  return res.json();
}

function claimsOf(token: string): Record<string, unknown> {
  const decoded = decodeJwt(token);
  if (!decoded.ok) throw new Error(decoded.message);
  return decoded.payload;
}

describe('discovery', () => {
  it('serves the openid-configuration for the real-world issuer name', async () => {
    const doc = (await getJson(`${service.url}/.well-known/openid-configuration`)) as Record<string, unknown>;
    expect(doc).toMatchObject({
      issuer: 'https://token.actions.githubusercontent.com',
      jwks_uri: 'https://token.actions.githubusercontent.com/.well-known/jwks',
      subject_types_supported: ['public', 'pairwise'],
      response_types_supported: ['id_token'],
      id_token_signing_alg_values_supported: ['RS256'],
      scopes_supported: ['openid'],
    });
    expect(doc.claims_supported).toEqual(
      expect.arrayContaining(['sub', 'aud', 'repository_id', 'job_workflow_ref', 'environment']),
    );
  });

  it('serves issuer aliases (e.g. an enterprise slug) under their own prefix', async () => {
    const prefix = issuer.addIssuerAlias('https://token.actions.githubusercontent.com/octo-enterprise');
    const doc = (await getJson(`${service.url}${prefix}/.well-known/openid-configuration`)) as Record<string, unknown>;
    expect(doc.issuer).toBe('https://token.actions.githubusercontent.com/octo-enterprise');
    expect(doc.jwks_uri).toBe('https://token.actions.githubusercontent.com/octo-enterprise/.well-known/jwks');
    expect(await getJson(`${service.url}${prefix}/.well-known/jwks`)).toEqual(issuer.jwks());
    expect((await fetch(`${service.url}/_issuers/99/.well-known/jwks`)).status).toBe(404);
  });
});

describe('the job token endpoint, through @actions/core getIDToken', () => {
  it('mints a token for the requested audience, signed by a key in the served JWKS', async () => {
    const token = await core.getIDToken('api://AzureADTokenExchange');
    const jwks = (await getJson(`${service.url}/.well-known/jwks`)) as Jwks;
    const verified = verifyJwt(token, jwks);
    expect(verified.ok).toBe(true);
    if (!verified.ok) return;
    expect(verified.header).toEqual({ typ: 'JWT', alg: 'RS256', kid: jwks.keys[0]?.kid, x5t: jwks.keys[0]?.x5t });
    expect(verified.payload.aud).toBe('api://AzureADTokenExchange');
  });

  it("defaults the audience to the owner's URL when none is asked for", async () => {
    expect(claimsOf(await core.getIDToken()).aud).toBe('https://github.com/octo-org');
  });

  it('carries the full GitHub claim set, IDs as strings, no environment when the job has none', async () => {
    const claims = claimsOf(await core.getIDToken('api://AzureADTokenExchange'));
    const iat = Math.floor(NOW / 1000);
    expect(claims).toEqual({
      jti: expect.stringMatching(/^[0-9a-f-]{36}$/),
      sub: 'repo:octo-org/octo-repo:ref:refs/heads/main',
      aud: 'api://AzureADTokenExchange',
      repository: 'octo-org/octo-repo',
      repository_owner: 'octo-org',
      repository_id: '690517',
      repository_owner_id: '135791',
      repository_visibility: 'private',
      event_name: 'push',
      ref: 'refs/heads/main',
      ref_type: 'branch',
      sha: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4',
      base_ref: '',
      head_ref: '',
      workflow: 'Deploy',
      workflow_ref: 'octo-org/octo-repo/.github/workflows/deploy.yml@refs/heads/main',
      workflow_sha: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4',
      job_workflow_ref: 'octo-org/octo-repo/.github/workflows/deploy.yml@refs/heads/main',
      job_workflow_sha: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4',
      actor: 'monalisa',
      actor_id: '2',
      run_id: '9123456789',
      run_number: '42',
      run_attempt: '1',
      runner_environment: 'github-hosted',
      iss: 'https://token.actions.githubusercontent.com',
      // GitHub's example token: nbf 600 s before iat, exp 300 s after.
      nbf: iat - 600,
      exp: iat + 300,
      iat,
    });
  });

  it('answers 401 to a wrong bearer and 404 to another job id', async () => {
    const url = `${issuer.requestUrl(service.url)}&audience=api%3A%2F%2FAzureADTokenExchange`;
    expect((await fetch(url, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    expect((await fetch(url)).status).toBe(401);
    const otherJob = url.replace(issuer.jobId, '00000000-0000-0000-0000-000000000000');
    expect((await fetch(otherJob, { headers: { authorization: `Bearer ${issuer.requestToken}` } })).status).toBe(404);
  });

  it('surfaces a wrong request token as a getIDToken failure', async () => {
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = 'not-the-job-token';
    await expect(core.getIDToken('api://AzureADTokenExchange')).rejects.toThrow(/Failed to get ID Token[\s\S]*401/);
  });
});

describe('sub formation (facts C4, C5), on minted tokens', () => {
  const immutableOn: Partial<OidcRepositorySettings> = { useDefault: true, useImmutableSubject: true };
  const cases: {
    name: string;
    job: Partial<JobContext>;
    repo?: Partial<OidcRepositorySettings>;
    org?: string[];
    sub: string;
  }[] = [
    { name: 'a branch push', job: {}, sub: 'repo:octo-org/octo-repo:ref:refs/heads/main' },
    { name: 'a tag push', job: { ref: 'refs/tags/v1.2.0' }, sub: 'repo:octo-org/octo-repo:ref:refs/tags/v1.2.0' },
    {
      name: 'a pull request',
      job: { event_name: 'pull_request', ref: 'refs/pull/17/merge', head_ref: 'feature/login', base_ref: 'main' },
      sub: 'repo:octo-org/octo-repo:pull_request',
    },
    {
      name: 'an environment, which takes precedence over pull_request',
      job: { event_name: 'pull_request', ref: 'refs/pull/17/merge', environment: 'staging' },
      sub: 'repo:octo-org/octo-repo:environment:staging',
    },
    {
      name: 'an environment on a push',
      job: { environment: 'production' },
      sub: 'repo:octo-org/octo-repo:environment:production',
    },
    {
      name: 'a custom template with context and job_workflow_ref',
      job: {
        environment: 'prod',
        job_workflow_ref: 'octo-org/octo-automation/.github/workflows/oidc.yml@refs/heads/main',
      },
      repo: { useDefault: false, includeClaimKeys: ['repo', 'context', 'job_workflow_ref'] },
      sub: 'repo:octo-org/octo-repo:environment:prod:job_workflow_ref:octo-org/octo-automation/.github/workflows/oidc.yml@refs/heads/main',
    },
    {
      name: 'a custom template with a colon inside a value',
      job: { environment: 'production:eastus' },
      repo: { useDefault: false, includeClaimKeys: ['environment', 'repository_owner'] },
      sub: 'environment:production%3Aeastus:repository_owner:octo-org',
    },
    {
      name: "the organization's template when the repository opts out of the default without keys",
      job: { repository_visibility: 'private' },
      repo: { useDefault: false, includeClaimKeys: [] },
      org: ['repository_owner', 'repository_visibility'],
      sub: 'repository_owner:octo-org:repository_visibility:private',
    },
    {
      name: "not the organization's template while the repository uses the default",
      job: {},
      org: ['repository_owner'],
      sub: 'repo:octo-org/octo-repo:ref:refs/heads/main',
    },
    {
      name: 'the immutable form',
      job: {},
      repo: immutableOn,
      sub: 'repo:octo-org@135791/octo-repo@690517:ref:refs/heads/main',
    },
    {
      name: 'the immutable form in a custom template',
      job: { environment: 'production' },
      repo: { useDefault: false, includeClaimKeys: ['repo', 'context'], useImmutableSubject: true },
      sub: 'repo:octo-org@135791/octo-repo@690517:environment:production',
    },
  ];

  it.each(cases)('$name → $sub', ({ job, repo, org, sub }) => {
    const local = new OidcSettings();
    if (repo) local.setRepository('octo-org/octo-repo', repo);
    if (org) local.setOrganization('octo-org', org);
    const mintFor = new GitHubOidcIssuer({ settings: local, job });
    expect(claimsOf(mintFor.mintToken()).sub).toBe(sub);
  });

  it("reads a repository's settings whatever the case of its name, as GitHub does", () => {
    settings.setRepository('Octo-Org/Octo-Repo', { useDefault: true, useImmutableSubject: true });
    try {
      expect(settings.subjectTemplateOf('octo-org/octo-repo')).toEqual({ immutable: true });
    } finally {
      settings.setRepository('octo-org/octo-repo', { useImmutableSubject: false });
    }
  });

  it('rejects claim keys GitHub would reject', () => {
    expect(() => settings.setRepository('octo-org/octo-repo', { includeClaimKeys: ['repo', 'job-workflow'] })).toThrow(
      'claim key "job-workflow" may contain only letters, digits and underscores',
    );
  });
});

describe('mintToken for negative tests', () => {
  it('sets lifetime, nbf, issuer and extra claims as asked', () => {
    const iat = Math.floor(NOW / 1000);
    const claims = claimsOf(
      issuer.mintToken({
        audience: 'api://AzureADTokenExchange',
        expiresInSeconds: -3600,
        notBefore: iat + 900,
        issuer: 'https://token.actions.githubusercontent.com/',
        claims: { sub: 'repo:Octo-Org/octo-repo:ref:refs/heads/main' },
      }),
    );
    expect(claims).toMatchObject({
      iss: 'https://token.actions.githubusercontent.com/',
      exp: iat - 3600,
      nbf: iat + 900,
      sub: 'repo:Octo-Org/octo-repo:ref:refs/heads/main',
    });
  });

  it('derives owner, ref_type and workflow refs from the repository and ref unless given', () => {
    expect(resolveJob({ repository: 'contoso/payments', ref: 'refs/tags/v2' })).toMatchObject({
      repository_owner: 'contoso',
      ref_type: 'tag',
      workflow_ref: 'contoso/payments/.github/workflows/deploy.yml@refs/tags/v2',
      job_workflow_ref: 'contoso/payments/.github/workflows/deploy.yml@refs/tags/v2',
    });
    expect(() => resolveJob({ repository: 'contoso' })).toThrow('Job repository must be "owner/name", got "contoso"');
  });
});
