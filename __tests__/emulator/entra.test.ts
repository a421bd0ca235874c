// The Entra emulator over raw HTTPS: discovery documents, the token endpoint's success reply,
// and every rejection with Entra's exact body shape (facts B1–B5).
import { beforeEach, describe, expect, it } from '@jest/globals';
import { generateSigningKey, jwksOf, signJwt, decodeJwt } from '../../emulator/jwt.js';
import { verifyAccessToken, redactTokenRequest } from '../../emulator/entra.js';
import {
  APPS,
  EXCHANGE_AUDIENCE,
  TENANT_DOMAIN,
  TENANT_ID,
  federationTenant,
  fic,
  useEmulators,
} from '../helpers/emulators.js';

const emulators = useEmulators(() => ({ tenant: federationTenant() }));
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const FIC_DOC = 'https://learn.microsoft.com/entra/workload-id/workload-identity-federation';

beforeEach(() => {
  emulators().oidc.setJob({});
  emulators().tenant.fixture = federationTenant();
});

type Form = Record<string, string | undefined>;

/** The form MSAL sends for a federated client_credentials request. */
function tokenForm(overrides: Form = {}): Form {
  return {
    client_id: APPS.deploy.appId,
    scope: 'https://graph.microsoft.com/.default',
    grant_type: 'client_credentials',
    client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    client_assertion: emulators().oidc.mintToken({ audience: EXCHANGE_AUDIENCE }),
    ...overrides,
  };
}

async function postToken(form: Form, tenant = TENANT_ID, headers: Record<string, string> = {}) {
  const body = new URLSearchParams(Object.entries(form).filter((e): e is [string, string] => e[1] !== undefined));
  const res = await fetch(`${emulators().entra.url}/${tenant}/oauth2/v2.0/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded;charset=utf-8', ...headers },
    body,
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> };
}

describe('discovery', () => {
  it('serves the tenant OIDC metadata with the issuer on its own scheme, host and port', async () => {
    for (const tenant of [TENANT_ID, TENANT_DOMAIN]) {
      const res = await fetch(`${emulators().entra.url}/${tenant}/v2.0/.well-known/openid-configuration`);
      expect(res.status).toBe(200);
      const base = `${emulators().entra.url}/${TENANT_ID}`;
      expect(await res.json()).toMatchObject({
        issuer: `${base}/v2.0`,
        token_endpoint: `${base}/oauth2/v2.0/token`,
        authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
        jwks_uri: `${base}/discovery/v2.0/keys`,
        token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
        id_token_signing_alg_values_supported: ['RS256'],
      });
    }
  });

  it('answers AADSTS90002 for discovery of an unknown tenant', async () => {
    const res = await fetch(`${emulators().entra.url}/contoso.example/v2.0/.well-known/openid-configuration`);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'invalid_request', error_codes: [90002] });
  });

  it('serves instance discovery metadata for its own host', async () => {
    const { url } = emulators().entra;
    const host = new URL(url).host;
    const authorize = encodeURIComponent(`${url}/${TENANT_ID}/oauth2/v2.0/authorize`);
    const res = await fetch(`${url}/common/discovery/instance?api-version=1.1&authorization_endpoint=${authorize}`);
    expect(await res.json()).toEqual({
      tenant_discovery_endpoint: `${url}/${TENANT_ID}/v2.0/.well-known/openid-configuration`,
      'api-version': '1.1',
      metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
    });
  });

  it('publishes the signing keys of its access tokens', async () => {
    const res = await fetch(`${emulators().entra.url}/${TENANT_ID}/discovery/v2.0/keys`);
    const { keys } = (await res.json()) as { keys: Record<string, unknown>[] };
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({
      kty: 'RSA',
      use: 'sig',
      e: 'AQAB',
      issuer: `${emulators().entra.url}/${TENANT_ID}/v2.0`,
    });
  });
});

describe('a federated client_credentials request', () => {
  it('is answered with a Bearer token for Graph carrying the app and its Graph roles', async () => {
    const { status, body } = await postToken(tokenForm());
    expect(status).toBe(200);
    expect(body).toEqual({
      token_type: 'Bearer',
      expires_in: 3599,
      ext_expires_in: 3599,
      access_token: expect.any(String),
    });
    const accessToken = String(body.access_token);
    const decoded = decodeJwt(accessToken);
    expect(decoded.ok && decoded.payload).toMatchObject({
      aud: 'https://graph.microsoft.com',
      iss: `https://sts.windows.net/${TENANT_ID}/`,
      appid: APPS.deploy.appId,
      tid: TENANT_ID,
      oid: APPS.deploy.spId,
      roles: ['Application.Read.All', 'AuditLog.Read.All'],
      ver: '1.0',
    });
    expect(emulators().entra.verifyAccessToken(`Bearer ${accessToken}`)).toEqual({
      ok: true,
      appId: APPS.deploy.appId,
      roles: ['Application.Read.All', 'AuditLog.Read.All'],
      tenantId: TENANT_ID,
    });
  });

  it("accepts the tenant's domain and the Graph emulator's own URL as the resource", async () => {
    const scope = `${emulators().graph.url}/.default`;
    const { status, body } = await postToken(tokenForm({ scope }), TENANT_DOMAIN);
    expect(status).toBe(200);
    const decoded = decodeJwt(String(body.access_token));
    expect(decoded.ok && decoded.payload.aud).toBe(emulators().graph.url);
  });

  it('tolerates an assertion that expired within the allowed clock skew', async () => {
    const assertion = emulators().oidc.mintToken({ audience: EXCHANGE_AUDIENCE, expiresInSeconds: -60 });
    expect((await postToken(tokenForm({ client_assertion: assertion }))).status).toBe(200);
  });

  it('keeps neither the assertion nor any token in the request log', async () => {
    const form = tokenForm();
    await postToken(form);
    const [entry] = emulators().log.of('entra');
    expect(entry?.body).toContain('client_assertion=%5Bredacted%5D');
    expect(entry?.body).toContain(`client_id=${APPS.deploy.appId}`);
    expect(JSON.stringify(emulators().log.entries)).not.toContain(form.client_assertion?.split('.')[2]);
    expect(JSON.stringify(emulators().log.entries)).not.toMatch(/eyJ[\w-]+\.eyJ/);
  });
});

describe('rejections, with Entra error bodies', () => {
  const now = () => Math.floor(Date.now() / 1000);
  const other = generateSigningKey('not-github');
  interface Rejection {
    name: string;
    tenant?: string;
    form: () => Form;
    contentType?: string;
    status: 400 | 401;
    error: string;
    code: number;
    /** The first line of error_description, exactly. */
    message: () => string;
  }
  const sub = 'repo:octo-org/octo-repo:ref:refs/heads/main';
  const assertion = (mint: Parameters<ReturnType<typeof emulators>['oidc']['mintToken']>[0] = {}) =>
    emulators().oidc.mintToken({ audience: EXCHANGE_AUDIENCE, ...mint });

  const rejections: Rejection[] = [
    {
      name: 'an unknown tenant',
      tenant: '00000000-0000-0000-0000-000000000000',
      form: () => tokenForm(),
      status: 400,
      error: 'invalid_request',
      code: 90002,
      message: () =>
        "AADSTS90002: Tenant '00000000-0000-0000-0000-000000000000' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.",
    },
    {
      name: 'no grant_type',
      form: () => tokenForm({ grant_type: undefined }),
      status: 400,
      error: 'invalid_request',
      code: 900144,
      message: () => "AADSTS900144: The request body must contain the following parameter: 'grant_type'.",
    },
    {
      name: 'a grant other than client_credentials',
      form: () => tokenForm({ grant_type: 'password' }),
      status: 400,
      error: 'unsupported_grant_type',
      code: 70003,
      message: () => "AADSTS70003: The app requested an unsupported grant type 'password'.",
    },
    {
      name: 'no client_id',
      form: () => tokenForm({ client_id: undefined }),
      status: 400,
      error: 'invalid_request',
      code: 900144,
      message: () => "AADSTS900144: The request body must contain the following parameter: 'client_id'.",
    },
    {
      name: 'no scope',
      form: () => tokenForm({ scope: undefined }),
      status: 400,
      error: 'invalid_request',
      code: 900144,
      message: () => "AADSTS900144: The request body must contain the following parameter: 'scope'.",
    },
    {
      name: 'an unknown client_id',
      form: () => tokenForm({ client_id: '11111111-2222-4333-8444-555555555555' }),
      status: 400,
      error: 'unauthorized_client',
      code: 700016,
      message: () =>
        `AADSTS700016: Application with identifier '11111111-2222-4333-8444-555555555555' was not found in the directory '${TENANT_ID}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
    },
    {
      name: 'a disabled application',
      form: () => tokenForm({ client_id: APPS.disabled.appId }),
      status: 400,
      error: 'unauthorized_client',
      code: 7000112,
      message: () => `AADSTS7000112: Application '${APPS.disabled.appId}'(retired pipeline) is disabled.`,
    },
    {
      name: 'an application without a service principal',
      form: () => tokenForm({ client_id: APPS.noServicePrincipal.appId }),
      status: 400,
      error: 'unauthorized_client',
      code: 7000229,
      message: () =>
        `AADSTS7000229: The client application ${APPS.noServicePrincipal.appId} is missing service principal in the tenant ${TENANT_ID}. See instructions here: https://go.microsoft.com/fwlink/?linkid=2225119`,
    },
    {
      name: 'a delegated scope',
      form: () => tokenForm({ scope: 'https://graph.microsoft.com/User.Read' }),
      status: 400,
      error: 'invalid_scope',
      code: 70011,
      message: () =>
        "AADSTS70011: The provided value for the input parameter 'scope' is not valid. The scope https://graph.microsoft.com/User.Read is not valid.",
    },
    {
      name: 'an unknown resource',
      form: () => tokenForm({ scope: 'https://vault.azure.net/.default' }),
      status: 400,
      error: 'invalid_resource',
      code: 500011,
      message: () =>
        `AADSTS500011: The resource principal named https://vault.azure.net was not found in the tenant named ${TENANT_ID}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.`,
    },
    {
      name: 'no client assertion',
      form: () => tokenForm({ client_assertion: undefined, client_assertion_type: undefined }),
      status: 401,
      error: 'invalid_client',
      code: 7000218,
      message: () =>
        "AADSTS7000218: The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
    },
    {
      name: 'a client secret',
      form: () =>
        tokenForm({
          client_assertion: undefined,
          client_assertion_type: undefined,
          client_secret: 'not-a-real-secret',
        }),
      status: 401,
      error: 'invalid_client',
      code: 7000215,
      message: () =>
        `AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${APPS.deploy.appId}'.`,
    },
    {
      name: 'an assertion without its type',
      form: () => tokenForm({ client_assertion_type: undefined }),
      status: 400,
      error: 'invalid_request',
      code: 900144,
      message: () => "AADSTS900144: The request body must contain the following parameter: 'client_assertion_type'.",
    },
    {
      name: 'an assertion that is not a JWT',
      form: () => tokenForm({ client_assertion: 'not-a-jwt' }),
      status: 401,
      error: 'invalid_client',
      code: 50027,
      message: () => 'AADSTS50027: JWT token is invalid or malformed (expected 3 dot-separated parts, got 1).',
    },
    {
      name: 'an assertion signed by a key GitHub does not publish',
      form: () => {
        const payload = decodeJwt(assertion());
        return tokenForm({ client_assertion: signJwt({}, payload.ok ? payload.payload : {}, other) });
      },
      status: 401,
      error: 'invalid_client',
      code: 700027,
      message: () => 'AADSTS700027: Client assertion failed signature validation.',
    },
    {
      name: 'an expired assertion',
      form: () => tokenForm({ client_assertion: assertion({ issuedAt: now() - 3600, expiresInSeconds: 300 }) }),
      status: 401,
      error: 'invalid_client',
      code: 700024,
      message: () =>
        expect.stringMatching(
          /^AADSTS700024: Client assertion is not within its valid time range\. Current time: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z, assertion valid from \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.0000000Z, expiry time of assertion \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.0000000Z\. Review the documentation at https:\/\/learn\.microsoft\.com\/entra\/identity-platform\/certificate-credentials \.$/,
        ) as unknown as string,
    },
    {
      name: 'an assertion not valid yet',
      form: () => tokenForm({ client_assertion: assertion({ notBefore: now() + 900 }) }),
      status: 401,
      error: 'invalid_client',
      code: 700024,
      message: () =>
        expect.stringMatching(
          /^AADSTS700024: Client assertion is not within its valid time range\./,
        ) as unknown as string,
    },
    {
      name: 'an issuer the app has no credential for',
      form: () =>
        tokenForm({
          client_assertion: assertion({ issuer: 'https://token.actions.githubusercontent.com/octo-enterprise' }),
        }),
      status: 401,
      error: 'invalid_client',
      code: 700211,
      message: () =>
        `AADSTS700211: No matching federated identity record found for presented assertion issuer 'https://token.actions.githubusercontent.com/octo-enterprise'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion. ${FIC_DOC}`,
    },
    {
      name: 'a credential issuer Entra cannot reach',
      form: () => {
        emulators().tenant.fixture = federationTenant([fic('gitlab', sub, { issuer: 'https://gitlab.example.com' })]);
        return tokenForm({ client_assertion: assertion({ issuer: 'https://gitlab.example.com' }) });
      },
      status: 401,
      error: 'invalid_client',
      code: 700211,
      message: () =>
        `AADSTS700211: No matching federated identity record found for presented assertion issuer 'https://gitlab.example.com'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion. ${FIC_DOC}`,
    },
    {
      name: "GitHub's default audience",
      form: () => tokenForm({ client_assertion: emulators().oidc.mintToken() }),
      status: 401,
      error: 'invalid_client',
      code: 700212,
      message: () =>
        `AADSTS700212: No matching federated identity record found for presented assertion audience 'https://github.com/octo-org'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion. ${FIC_DOC}`,
    },
    {
      name: 'a subject that differs only in case',
      form: () => tokenForm({ client_assertion: assertion({ job: { repository: 'Octo-Org/octo-repo' } }) }),
      status: 401,
      error: 'invalid_client',
      code: 7002138,
      message: () =>
        `AADSTS7002138: No matching federated identity record found for presented assertion subject 'repo:Octo-Org/octo-repo:ref:refs/heads/main'. The subject matches with case-insensitive comparison, but not with case-sensitive comparison. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion. ${FIC_DOC}`,
    },
    {
      name: 'a subject no credential names',
      form: () => tokenForm({ client_assertion: assertion({ job: { ref: 'refs/heads/develop' } }) }),
      status: 401,
      error: 'invalid_client',
      code: 700213,
      message: () =>
        `AADSTS700213: No matching federated identity record found for presented assertion subject 'repo:octo-org/octo-repo:ref:refs/heads/develop'. Check your federated identity credential Subject, Audience and Issuer against the presented assertion. ${FIC_DOC}`,
    },
  ];

  it.each(rejections)('$name → $status AADSTS$code', async (r) => {
    const correlationId = 'f0e1d2c3-b4a5-4697-8879-6a5b4c3d2e1f';
    const { status, headers, body } = await postToken(r.form(), r.tenant, { 'client-request-id': correlationId });
    expect(status).toBe(r.status);
    expect(headers.get('x-ms-request-id')).toBe(body.trace_id);
    expect(body).toEqual({
      error: r.error,
      error_description: expect.any(String),
      error_codes: [r.code],
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$/),
      trace_id: expect.stringMatching(GUID),
      correlation_id: correlationId,
      error_uri: `${emulators().entra.url}/error?code=${r.code}`,
    });
    const [first, ...trace] = String(body.error_description).split('\r\n');
    expect(first).toEqual(r.message());
    expect(trace).toEqual([
      `Trace ID: ${String(body.trace_id)}`,
      `Correlation ID: ${correlationId}`,
      `Timestamp: ${String(body.timestamp)}`,
    ]);
  });

  it('reads a JSON body as a request without parameters, as Entra does', async () => {
    const res = await fetch(`${emulators().entra.url}/${TENANT_ID}/oauth2/v2.0/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(tokenForm()),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error_codes: [900144] });
    expect(JSON.stringify(emulators().log.entries)).not.toMatch(/eyJ[\w-]+\.eyJ/);
  });
});

describe('fault injection reaches raw clients', () => {
  it('answers 503 with Retry-After and an AADSTS body, then recovers', async () => {
    emulators().faults.add({
      kind: 'status',
      service: 'entra',
      path: /oauth2\/v2\.0\/token/,
      status: 503,
      retryAfter: 2,
      times: 1,
    });
    const first = await postToken(tokenForm());
    expect(first.status).toBe(503);
    expect(first.headers.get('retry-after')).toBe('2');
    expect(first.body).toMatchObject({ error: 'temporarily_unavailable', error_codes: [50196] });
    expect((await postToken(tokenForm())).status).toBe(200);
  });

  it('resets the connection', async () => {
    emulators().faults.add({ kind: 'reset', service: 'entra', times: 1 });
    await expect(postToken(tokenForm())).rejects.toThrow('fetch failed');
    expect(
      emulators()
        .log.of('entra')
        .map((e) => e.status),
    ).toEqual(['reset']);
  });
});

describe('verifyAccessToken', () => {
  const key = generateSigningKey('entra-key');
  const context = { jwks: jwksOf([key]), tenantId: TENANT_ID, nowMs: Date.UTC(2026, 0, 1) };
  const iat = context.nowMs / 1000;
  const token = (claims: Record<string, unknown> = {}, signer = key) =>
    `Bearer ${signJwt({}, { aud: 'https://graph.microsoft.com', iss: `https://sts.windows.net/${TENANT_ID}/`, tid: TENANT_ID, appid: APPS.deploy.appId, roles: ['Application.Read.All'], iat, nbf: iat, exp: iat + 3599, ...claims }, signer)}`;

  it('accepts a valid token for an expected audience', () => {
    expect(verifyAccessToken(token(), ['https://graph.microsoft.com', 'https://localhost:1'], context)).toEqual({
      ok: true,
      appId: APPS.deploy.appId,
      roles: ['Application.Read.All'],
      tenantId: TENANT_ID,
    });
  });

  it.each([
    ['no header', undefined, 'Access token is empty.'],
    ['a Basic header', 'Basic dXNlcjpwYXNz', 'Access token is empty.'],
    ['a token that is not a JWT', 'Bearer abc.def', 'IDX14100: JWT is not well formed.'],
    [
      'a token signed by another key',
      token({}, generateSigningKey('entra-key')),
      'Access token validation failure. Invalid signature.',
    ],
    [
      'another audience',
      token({ aud: 'https://management.azure.com' }),
      'Access token validation failure. Invalid audience.',
    ],
    ['an expired token', token({ exp: iat - 1 }), 'Lifetime validation failed, the token is expired.'],
    ['a token not valid yet', token({ nbf: iat + 60 }), 'Lifetime validation failed, the token is not yet valid.'],
    [
      'another tenant',
      token({ tid: '9188040d-6c67-4c5b-b112-36a304b66dad' }),
      'Access token validation failure. Invalid issuer.',
    ],
  ])('rejects %s', (_name, header, message) => {
    expect(verifyAccessToken(header, 'https://graph.microsoft.com', context)).toEqual({
      ok: false,
      status: 401,
      code: 'InvalidAuthenticationToken',
      message,
    });
  });
});

describe('redactTokenRequest', () => {
  it('replaces assertions and secrets, keeps the rest', () => {
    expect(
      redactTokenRequest(
        'client_id=abc&client_secret=s3cr3t&client_assertion=eyJa.eyJb.sig&grant_type=client_credentials',
      ),
    ).toBe('client_id=abc&client_secret=%5Bredacted%5D&client_assertion=%5Bredacted%5D&grant_type=client_credentials');
    expect(redactTokenRequest('{"client_assertion":"eyJhbGciOi.eyJzdWIi.c2ln"}')).not.toContain('eyJ');
  });
});
