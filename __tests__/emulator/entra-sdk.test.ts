// Faithfulness through the real SDKs: @azure/identity's ClientAssertionCredential (MSAL Node)
// gets a token from the Entra emulator with an assertion that @actions/core's getIDToken
// fetched from the OIDC emulator, exactly as the action does on a runner.
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import * as core from '@actions/core';
import { ClientAssertionCredential } from '@azure/identity';
import { APPS, EXCHANGE_AUDIENCE, TENANT_ID, federationTenant, useEmulators } from '../helpers/emulators.js';

const emulators = useEmulators(() => ({ tenant: federationTenant() }));
const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';

beforeEach(() => {
  const env = emulators().runnerEnv();
  process.env.ACTIONS_ID_TOKEN_REQUEST_URL = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  emulators().oidc.setJob({});
  // getIDToken prints ::add-mask:: with the token; keep tokens out of the test output.
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
});

afterEach(() => {
  jest.restoreAllMocks();
});

function credential(
  options: { tenant?: string; clientId?: string; assertion?: () => Promise<string> } = {},
): ClientAssertionCredential {
  return new ClientAssertionCredential(
    options.tenant ?? TENANT_ID,
    options.clientId ?? APPS.deploy.appId,
    options.assertion ?? (() => core.getIDToken(EXCHANGE_AUDIENCE)),
    // The emulator is not a known cloud: without this MSAL asks the public cloud's instance discovery.
    { authorityHost: emulators().entra.url, disableInstanceDiscovery: true },
  );
}

describe('ClientAssertionCredential against the Entra emulator', () => {
  it('exchanges the job OIDC token for a Graph token the Graph emulator accepts', async () => {
    const token = await credential().getToken(GRAPH_SCOPE);
    expect(token.tokenType).toBe('Bearer');
    expect(token.expiresOnTimestamp).toBeGreaterThan(Date.now() + 3000_000);
    expect(emulators().entra.verifyAccessToken(`Bearer ${token.token}`)).toEqual({
      ok: true,
      appId: APPS.deploy.appId,
      roles: ['Application.Read.All', 'AuditLog.Read.All'],
      tenantId: TENANT_ID,
    });
    const entraCalls = emulators()
      .log.of('entra')
      .map((e) => `${e.method} ${e.path.split('?')[0] ?? ''} ${e.status}`);
    expect(entraCalls).toContain(`POST /${TENANT_ID}/oauth2/v2.0/token 200`);
    expect(entraCalls.some((c) => c.includes('/common/discovery/instance'))).toBe(false);
    const tokenPost = emulators()
      .log.of('entra')
      .find((e) => e.method === 'POST');
    expect(Object.fromEntries(new URLSearchParams(tokenPost?.body))).toMatchObject({
      client_id: APPS.deploy.appId,
      scope: GRAPH_SCOPE,
      grant_type: 'client_credentials',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: '[redacted]',
    });
  });

  it('gets a token the Graph emulator accepts, and Graph refuses a request without one', async () => {
    const token = await credential().getToken(`${emulators().graph.url}/.default`);
    const url = `${emulators().graph.url}/v1.0/applications?$select=appId`;
    const withToken = await fetch(url, { headers: { authorization: `Bearer ${token.token}` } });
    expect(withToken.status).toBe(200);
    expect(((await withToken.json()) as { value: unknown[] }).value).toContainEqual({
      id: APPS.deploy.objectId,
      appId: APPS.deploy.appId,
    });
    const withoutToken = await fetch(url);
    expect(withoutToken.status).toBe(401);
    expect(await withoutToken.json()).toMatchObject({ error: { code: 'InvalidAuthenticationToken' } });
  });

  it('works for a job in an environment whose credential names it', async () => {
    emulators().oidc.setJob({ environment: 'production' });
    await expect(credential().getToken(GRAPH_SCOPE)).resolves.toMatchObject({ tokenType: 'Bearer' });
  });

  const now = () => Math.floor(Date.now() / 1000);
  const rejections: { name: string; arrange: () => Parameters<typeof credential>[0]; code: string }[] = [
    {
      name: 'a branch no credential names',
      arrange: () => (emulators().oidc.setJob({ ref: 'refs/heads/develop' }), {}),
      code: 'AADSTS700213',
    },
    {
      name: 'an owner in the wrong case',
      arrange: () => (emulators().oidc.setJob({ repository: 'Octo-Org/octo-repo' }), {}),
      code: 'AADSTS7002138',
    },
    {
      name: 'the wrong audience',
      arrange: () => ({ assertion: () => core.getIDToken('api://AzureADTokenExchange/') }),
      code: 'AADSTS700212',
    },
    {
      name: 'an enterprise-slug issuer',
      arrange: () => ({
        assertion: async () =>
          emulators().oidc.mintToken({
            audience: EXCHANGE_AUDIENCE,
            issuer: 'https://token.actions.githubusercontent.com/octo-enterprise',
          }),
      }),
      code: 'AADSTS700211',
    },
    {
      name: 'an expired assertion',
      arrange: () => ({
        assertion: async () => emulators().oidc.mintToken({ audience: EXCHANGE_AUDIENCE, issuedAt: now() - 7200 }),
      }),
      code: 'AADSTS700024',
    },
    {
      name: 'a tampered assertion',
      arrange: () => ({
        assertion: async () => {
          const [header, , signature] = emulators().oidc.mintToken({ audience: EXCHANGE_AUDIENCE }).split('.');
          const forged = emulators().oidc.mintToken({
            audience: EXCHANGE_AUDIENCE,
            job: { ref: 'refs/heads/develop' },
            claims: { sub: 'repo:octo-org/octo-repo:ref:refs/heads/main' },
          });
          return `${header}.${forged.split('.')[1]}.${signature}`;
        },
      }),
      code: 'AADSTS700027',
    },
    {
      name: 'an unknown client id',
      arrange: () => ({ clientId: '11111111-2222-4333-8444-555555555555' }),
      code: 'AADSTS700016',
    },
    { name: 'a disabled application', arrange: () => ({ clientId: APPS.disabled.appId }), code: 'AADSTS7000112' },
  ];

  it.each(rejections)('surfaces $code for $name', async ({ arrange, code }) => {
    await expect(credential(arrange()).getToken(GRAPH_SCOPE)).rejects.toThrow(code);
  });

  it('surfaces AADSTS70011 for a scope that is not <resource>/.default', async () => {
    await expect(credential().getToken('https://graph.microsoft.com/User.Read')).rejects.toThrow('AADSTS70011');
  });

  it('fails discovery for an unknown tenant before any token request', async () => {
    await expect(credential({ tenant: 'fabrikam.onmicrosoft.com' }).getToken(GRAPH_SCOPE)).rejects.toThrow(
      /endpoints_resolution_error|AADSTS90002/,
    );
    expect(
      emulators()
        .log.of('entra')
        .filter((e) => e.method === 'POST'),
    ).toEqual([]);
  });
});

describe('faults on the Entra emulator reach the SDK', () => {
  it('retries a 503 with Retry-After and then succeeds', async () => {
    emulators().faults.add({ kind: 'status', service: 'entra', method: 'POST', status: 503, retryAfter: 1, times: 1 });
    await expect(credential().getToken(GRAPH_SCOPE)).resolves.toMatchObject({ tokenType: 'Bearer' });
    const posts = emulators()
      .log.of('entra')
      .filter((e) => e.method === 'POST');
    expect(posts.map((e) => e.status)).toEqual([503, 200]);
    expect((posts[1]?.startedAt ?? 0) - (posts[0]?.startedAt ?? 0)).toBeGreaterThanOrEqual(900);
  });

  it('retries a reset connection and then succeeds', async () => {
    emulators().faults.add({ kind: 'reset', service: 'entra', method: 'POST', times: 1 });
    await expect(credential().getToken(GRAPH_SCOPE)).resolves.toMatchObject({ tokenType: 'Bearer' });
    expect(
      emulators()
        .log.of('entra')
        .filter((e) => e.method === 'POST')
        .map((e) => e.status),
    ).toEqual(['reset', 200]);
  });

  it('gives up when Entra stays unavailable', async () => {
    emulators().faults.add({ kind: 'status', service: 'entra', method: 'POST', status: 503, retryAfter: 0 });
    await expect(credential().getToken(GRAPH_SCOPE)).rejects.toThrow();
    expect(
      emulators()
        .log.of('entra')
        .filter((e) => e.method === 'POST').length,
    ).toBeGreaterThan(1);
  });
});
