import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import {
  acquireGraphToken,
  aadstsCode,
  createEntraCredential,
  explainEntraError,
  validateClientId,
  validateTenantId,
} from '../../src/auth/entra.js';
import { createOidcTokenSource } from '../../src/auth/oidc.js';
import { captureStdout, fakeJwt, Router, startLocalService, type LocalService } from '../http/local-services.js';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const CLIENT = '11111111-2222-3333-4444-555555555555';
const ACCESS_TOKEN = 'eyJ0eXAiOiJKV1QifQ.eyJhdWQiOiJodHRwczovL2dyYXBoIn0.access-token-signature';
const SUBJECT = 'repo:octo-org/octo-repo:environment:production';
const ASSERTION = fakeJwt({
  iss: 'https://token.actions.githubusercontent.com',
  sub: SUBJECT,
  aud: 'api://AzureADTokenExchange',
  exp: Math.floor(Date.now() / 1000) + 300,
  repository: 'octo-org/octo-repo',
});

type TokenAnswer = { status: number; body: unknown; headers?: Record<string, string> };
let answers: TokenAnswer[] = [];
let entra: LocalService;

const entraError = (code: number, error: string, text: string): TokenAnswer => ({
  status: 400,
  body: {
    error,
    error_description: `AADSTS${code}: ${text} Trace ID: 0b2a Correlation ID: 9c1d Timestamp: 2026-09-01 10:00:00Z`,
    error_codes: [code],
    timestamp: '2026-09-01 10:00:00Z',
    trace_id: '0b2a',
    correlation_id: '9c1d',
  },
});

beforeAll(async () => {
  const router = new Router()
    .add('GET', /\/(?<tenant>[^/]+)\/v2\.0\/\.well-known\/openid-configuration/, (req) => {
      const base = `${req.url.origin}/${req.params.tenant}`;
      return {
        status: 200,
        body: {
          issuer: `${base}/v2.0`,
          authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
          token_endpoint: `${base}/oauth2/v2.0/token`,
          jwks_uri: `${base}/discovery/v2.0/keys`,
        },
      };
    })
    .add(
      'POST',
      /\/[^/]+\/oauth2\/v2\.0\/token/,
      () => answers.shift() ?? { status: 500, body: { error: 'server_error' } },
    );
  entra = await startLocalService('entra', router);
});

afterAll(async () => entra.close());
afterEach(() => {
  answers = [];
  entra.log.clear();
  entra.faults.clear();
});

const ok: TokenAnswer = {
  status: 200,
  body: { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: ACCESS_TOKEN },
};

function credentialWithCountingSource() {
  let fetches = 0;
  const source = createOidcTokenSource({
    audience: 'api://AzureADTokenExchange',
    fetchToken: async () => {
      fetches += 1;
      return ASSERTION;
    },
  });
  const credential = createEntraCredential({
    tenantId: TENANT,
    clientId: CLIENT,
    authorityHost: entra.url,
    getAssertion: source.get,
    retry: { sleep: async () => undefined, random: () => 0 },
  });
  return { credential, fetches: () => fetches };
}

describe('token exchange against a local Entra', () => {
  it('exchanges the OIDC token once, masks the access token and caches the assertion', async () => {
    answers = [ok];
    const { credential, fetches } = credentialWithCountingSource();
    const out = captureStdout();
    let token;
    try {
      token = await acquireGraphToken(credential, 'https://graph.microsoft.com');
    } finally {
      out.restore();
    }
    expect(token.token).toBe(ACCESS_TOKEN);
    expect(out.lines()).toEqual(expect.arrayContaining([`::add-mask::${ASSERTION}`, `::add-mask::${ACCESS_TOKEN}`]));
    expect(fetches()).toBe(1); // MSAL asks for the assertion more than once; the source answers from cache
    const post = entra.log.of('entra').find((e) => e.method === 'POST');
    expect(post?.body).toContain('scope=https%3A%2F%2Fgraph.microsoft.com%2F.default');
    expect(post?.body).toContain('client_id=11111111-2222-3333-4444-555555555555');
    expect(credential.presented()).toEqual({
      iss: 'https://token.actions.githubusercontent.com',
      sub: SUBJECT,
      aud: 'api://AzureADTokenExchange',
    });
  });

  it('retries 503 and 429 (honouring Retry-After) under MSAL, then succeeds', async () => {
    answers = [
      {
        status: 503,
        body: { error: 'temporarily_unavailable', error_description: 'AADSTS50196: busy' },
        headers: { 'retry-after': '0' },
      },
      {
        status: 429,
        body: { error: 'temporarily_unavailable', error_description: 'AADSTS50196: busy' },
        headers: { 'retry-after': '0' },
      },
      ok,
    ];
    const { credential } = credentialWithCountingSource();
    const out = captureStdout();
    try {
      await expect(acquireGraphToken(credential, 'https://graph.microsoft.com')).resolves.toMatchObject({
        token: ACCESS_TOKEN,
      });
    } finally {
      out.restore();
    }
    expect(
      entra.log
        .of('entra')
        .filter((e) => e.method === 'POST')
        .map((e) => e.status),
    ).toEqual([503, 429, 200]);
  });

  it('retries a reset connection', async () => {
    answers = [ok];
    entra.faults.add({ kind: 'reset', method: 'POST', times: 1 });
    const { credential } = credentialWithCountingSource();
    const out = captureStdout();
    try {
      await expect(acquireGraphToken(credential, 'https://graph.microsoft.com')).resolves.toMatchObject({
        token: ACCESS_TOKEN,
      });
    } finally {
      out.restore();
    }
    expect(
      entra.log
        .of('entra')
        .filter((e) => e.method === 'POST')
        .map((e) => e.status),
    ).toEqual(['reset', 200]);
  });

  it('does not retry an AADSTS700213 and explains it without echoing the token', async () => {
    answers = [
      entraError(
        700213,
        'invalid_client',
        `No matching federated identity record found for presented assertion subject '${SUBJECT}'. Check your federated identity credential Subject, Audience and Issuer against the presented assertion.`,
      ),
    ];
    const { credential } = credentialWithCountingSource();
    const out = captureStdout();
    let error: Error | undefined;
    try {
      await acquireGraphToken(credential, 'https://graph.microsoft.com');
    } catch (e) {
      error = e as Error;
    } finally {
      out.restore();
    }
    expect(entra.log.of('entra').filter((e) => e.method === 'POST')).toHaveLength(1);
    expect(error?.message).toMatch(
      /^Failed to exchange the GitHub OIDC token for an Entra token \(tenant 72f988bf-86f1-41af-91ab-2d7cd011db47, client 11111111-2222-3333-4444-555555555555\): AADSTS700213: /,
    );
    expect(error?.message).toContain(
      `Presented: iss='https://token.actions.githubusercontent.com' sub='${SUBJECT}' aud='api://AzureADTokenExchange'.`,
    );
    expect(error?.message).toContain(`Add a federated credential with subject '${SUBJECT}' to app ${CLIENT}`);
    expect(error?.message).toContain('az ad app federated-credential create --id 11111111-2222-3333-4444-555555555555');
    expect(error?.message).not.toContain(ASSERTION);
    expect(error?.message).not.toContain(ASSERTION.split('.')[1]);
    expect(error?.message).not.toContain('Trace ID');
  });
});

describe('explainEntraError', () => {
  const credential = {
    tenantId: TENANT,
    clientId: CLIENT,
    authorityHost: 'https://login.microsoftonline.com',
    presented: () => ({
      iss: 'https://token.actions.githubusercontent.com',
      sub: SUBJECT,
      aud: 'api://AzureADTokenExchange',
    }),
  };
  const msalError = (code: number, text: string) =>
    new Error(
      `invalid_client: Error(s): ${code} - Timestamp: 2026-09-01 - Description: AADSTS${code}: ${text} Trace ID: abc - Correlation ID: def`,
    );

  it.each([
    [
      700213,
      'No matching federated identity record found for presented assertion subject.',
      `Add a federated credential with subject '${SUBJECT}' to app ${CLIENT}`,
    ],
    [70021, 'No matching federated identity record found for presented assertion.', 'may still be propagating'],
    [
      700211,
      "No matching federated identity record found for presented assertion issuer 'x'.",
      "trusts the issuer 'https://token.actions.githubusercontent.com'",
    ],
    [
      700212,
      'No matching federated identity record found for presented assertion audience.',
      "accepts the audience 'api://AzureADTokenExchange'",
    ],
    [
      7002138,
      'matches with case-insensitive comparison, but not with case-sensitive comparison.',
      `Change the credential's subject to exactly '${SUBJECT}'`,
    ],
    [
      700016,
      "Application with identifier '…' was not found in the directory.",
      `Application ${CLIENT} was not found in tenant ${TENANT}: check client-id and tenant-id`,
    ],
    [700024, 'Client assertion is not within its valid time range.', "Check the runner's clock"],
    [90002, "Tenant '…' not found.", `Tenant ${TENANT} was not found at https://login.microsoftonline.com`],
    [7000112, 'Application is disabled.', `Application ${CLIENT} is disabled in tenant ${TENANT}`],
    [
      70011,
      'The provided value for the input parameter scope is not valid.',
      "Entra rejected the scope 'https://graph.microsoft.com/.default'",
    ],
    [50027, 'JWT token is invalid or malformed.', 'invalid assertion'],
    [700027, 'Client assertion failed signature validation.', 'invalid assertion'],
  ])('AADSTS%i → actionable advice', (code, text, advice) => {
    const error = explainEntraError(msalError(code, text), {
      credential,
      scope: 'https://graph.microsoft.com/.default',
    });
    expect(error.aadsts).toBe(code);
    expect(
      error.message.startsWith(
        `Failed to exchange the GitHub OIDC token for an Entra token (tenant ${TENANT}, client ${CLIENT}): AADSTS${code}: `,
      ),
    ).toBe(true);
    expect(error.message).toContain(advice);
    expect(error.message).not.toContain('Correlation ID');
  });

  it('scrubs anything token-shaped from Entra text', () => {
    const leaked = explainEntraError(new Error(`AADSTS999999: weird echo ${ASSERTION}`), { credential, scope: 's' });
    expect(leaked.message).not.toContain(ASSERTION);
    expect(leaked.message).toContain('[redacted token]');
  });

  it('finds the code in the message, an errorNo cause or a parsed error body', () => {
    expect(aadstsCode(new Error('x', { cause: Object.assign(new Error('y'), { errorNo: '700016' }) }))).toBe(700016);
    expect(aadstsCode(Object.assign(new Error('z'), { errorResponse: { errorCodes: [90002] } }))).toBe(90002);
    expect(aadstsCode(new Error('network_error'))).toBeNull();
  });
});

describe('input validation', () => {
  it.each([['not-a-guid'], ['https://login.microsoftonline.com'], ['']])('rejects client id %j', (value) => {
    expect(() => validateClientId(value)).toThrow(
      `Invalid client-id '${value}': expected the application (client) ID, a GUID`,
    );
  });
  it.each([['contoso.onmicrosoft.com'], [TENANT]])('accepts tenant %s', (value) =>
    expect(validateTenantId(value)).toBe(value),
  );
  it.each([['contoso'], ['a/b'], ['']])('rejects tenant %j', (value) =>
    expect(() => validateTenantId(value)).toThrow(/^Invalid tenant-id/),
  );
});
