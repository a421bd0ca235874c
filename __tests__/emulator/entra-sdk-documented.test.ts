// The documented-examples table over HTTPS through the real SDKs: the GitHub OIDC emulator forms the
// job's `sub` (fetched with @actions/core's getIDToken, as on a runner) and the Entra emulator decides
// the sign-in that @azure/identity's ClientAssertionCredential makes with it. Both answer from their
// own model (emulator/federation); src/matching runs the same table in __tests__/matching.
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import * as core from '@actions/core';
import { ClientAssertionCredential } from '@azure/identity';
import { decodeJwt } from '../../emulator/jwt.js';
import type { GraphFederatedIdentityCredential } from '../../emulator/tenant.js';
import { APPS, EXCHANGE_AUDIENCE, TENANT_ID, federationTenant, useEmulators } from '../helpers/emulators.js';
import { GITHUB_ISSUER, signInExamples, subjectExamples } from '../matching/documented-examples.js';

const emulators = useEmulators(() => ({ tenant: federationTenant() }));
const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';

/** Claims the OIDC emulator's job model carries; a custom-property claim is not one of them. */
const JOB_CLAIMS = new Set([
  'repository',
  'repository_owner',
  'repository_id',
  'repository_owner_id',
  'repository_visibility',
  'event_name',
  'ref',
  'environment',
  'job_workflow_ref',
]);

beforeEach(() => {
  const env = emulators().runnerEnv();
  process.env.ACTIONS_ID_TOKEN_REQUEST_URL = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  // getIDToken prints ::add-mask:: with the token; keep tokens out of the test output.
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
});

afterEach(() => {
  jest.restoreAllMocks();
  emulators().oidc.setJob({});
  emulators().tenant.fixture = federationTenant();
});

function onDeployApp(credential: Omit<GraphFederatedIdentityCredential, 'id' | 'description'>): void {
  emulators().tenant.fixture = federationTenant([
    {
      ...credential,
      id: '5d1c0e2a-7f3b-4c8d-9e0f-1a2b3c4d5e6f',
      description: null,
      audiences: [...credential.audiences],
    },
  ]);
}

function credential(assertion: () => Promise<string>): ClientAssertionCredential {
  return new ClientAssertionCredential(TENANT_ID, APPS.deploy.appId, assertion, {
    authorityHost: emulators().entra.url,
    disableInstanceDiscovery: true,
  });
}

const viaRunner = subjectExamples.filter((e) => Object.keys(e.job).every((k) => JOB_CLAIMS.has(k)));

describe("GitHub's documented subjects, minted by the OIDC emulator and accepted by the Entra emulator", () => {
  it('covers every example whose claims a job can carry', () => {
    expect(viaRunner.length).toBeGreaterThanOrEqual(subjectExamples.length - 1);
  });

  it.each(viaRunner)('$name → $sub', async ({ job, includeClaimKeys, immutable, sub }) => {
    emulators().oidc.settings.setRepository(job.repository, {
      useDefault: includeClaimKeys === undefined,
      includeClaimKeys: includeClaimKeys ?? [],
      useImmutableSubject: immutable === true,
    });
    emulators().oidc.setJob(job);
    onDeployApp({ name: 'documented', issuer: GITHUB_ISSUER, subject: sub, audiences: [EXCHANGE_AUDIENCE] });
    let presented = '';
    const token = await credential(async () => {
      const jwt = await core.getIDToken(EXCHANGE_AUDIENCE);
      const decoded = decodeJwt(jwt);
      presented = decoded.ok ? String(decoded.payload.sub) : '';
      return jwt;
    }).getToken(GRAPH_SCOPE);
    expect(presented).toBe(sub);
    expect(emulators().entra.verifyAccessToken(`Bearer ${token.token}`)).toMatchObject({ ok: true });
  });
});

describe("Entra's decision on documented credentials, through ClientAssertionCredential", () => {
  it.each(signInExamples)('$name', async ({ claims, iss, aud, credential: stored, expected }) => {
    onDeployApp(stored);
    const assertion = () =>
      Promise.resolve(
        emulators().oidc.mintToken({
          jobClaims: false,
          claims: { ...claims, aud: aud ?? EXCHANGE_AUDIENCE, ...(iss ? { iss } : {}) },
        }),
      );
    const attempt = credential(assertion).getToken(GRAPH_SCOPE);
    if ('accepted' in expected) {
      const token = await attempt;
      expect(emulators().entra.verifyAccessToken(`Bearer ${token.token}`)).toMatchObject({
        ok: true,
        appId: APPS.deploy.appId,
      });
    } else {
      await expect(attempt).rejects.toThrow(`AADSTS${expected.code}:`);
    }
  });
});
