import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { requestOidcTokenEarly, withEarlyToken } from '../../src/auth/early-oidc.js';
import { captureStdout, fakeJwt, Router, startLocalService, type LocalService } from '../http/local-services.js';

const TOKEN = fakeJwt({ sub: 'repo:octo-org/octo-repo:ref:refs/heads/main', exp: 4_000_000_000 });

describe('requestOidcTokenEarly', () => {
  let service: LocalService;
  const env = (extra: Record<string, string> = {}) => ({
    ACTIONS_ID_TOKEN_REQUEST_URL: `${service.url}/idtoken?api-version=2.0`,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token',
    ...extra,
  });

  beforeAll(async () => {
    const router = new Router().add('GET', /\/idtoken/, (req) => {
      if (req.headers.authorization !== 'Bearer request-token') return { status: 401, body: { message: 'no' } };
      if (req.url.searchParams.get('audience') === 'custom://refuse') return { status: 500, body: 'oops' };
      return { status: 200, body: { value: TOKEN } };
    });
    service = await startLocalService('github-oidc', router);
  });
  afterAll(() => service.close());

  it('asks for the token-exchange audience, over the runner variables, and writes nothing', async () => {
    const out = captureStdout();
    try {
      const early = requestOidcTokenEarly(env(), 'api://AzureADTokenExchange');
      expect(early?.audience).toBe('api://AzureADTokenExchange');
      await early?.sent;
      await expect(early?.token).resolves.toBe(TOKEN);
    } finally {
      out.restore();
      expect(out.lines()).toEqual([]);
    }
    expect(service.log.entries.at(-1)?.path).toBe('/idtoken?api-version=2.0&audience=api%3A%2F%2FAzureADTokenExchange');
  });

  it('asks for the audience it is given (the validated audience input)', async () => {
    const early = requestOidcTokenEarly(env(), 'api://custom');
    expect(early?.audience).toBe('api://custom');
    await expect(early?.token).resolves.toBe(TOKEN);
  });

  it.each<[string, Record<string, string>, string]>([
    ['a refused request', { ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'wrong' }, 'api://AzureADTokenExchange'],
    ['a server error', {}, 'custom://refuse'],
    [
      'an unreachable host',
      { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://127.0.0.1:9/idtoken?x=1' },
      'api://AzureADTokenExchange',
    ],
  ])('settles on null after %s, leaving the error to the retried path', async (_name, extra, audience) => {
    const early = requestOidcTokenEarly(env(extra), audience);
    await early?.sent;
    await expect(early?.token).resolves.toBeNull();
  });

  it.each<[string, () => Record<string, string>]>([
    ['no request variables (no id-token: write)', () => ({})],
    ['a proxy, which only @actions/http-client honours', () => env({ https_proxy: 'http://proxy:3128' })],
    ['a URL that does not parse', () => env({ ACTIONS_ID_TOKEN_REQUEST_URL: 'not a url' })],
  ])('does not try with %s', (_name, vars) => {
    const before = service.log.entries.length;
    expect(requestOidcTokenEarly(vars(), 'api://AzureADTokenExchange')).toBeNull();
    expect(service.log.entries.length).toBe(before);
  });
});

describe('withEarlyToken', () => {
  const early = (token: string | null, audience = 'api://AzureADTokenExchange') => ({
    audience,
    sent: Promise.resolve(),
    token: Promise.resolve(token),
  });

  it('uses the early token once, then the fallback', async () => {
    const calls: string[] = [];
    const fetchToken = withEarlyToken(early('early'), async (aud) => (calls.push(aud), 'fresh'));
    await expect(fetchToken('api://AzureADTokenExchange')).resolves.toBe('early');
    await expect(fetchToken('api://AzureADTokenExchange')).resolves.toBe('fresh');
    expect(calls).toEqual(['api://AzureADTokenExchange']);
  });

  it('falls back when the early attempt failed or was for another audience', async () => {
    await expect(withEarlyToken(early(null), async () => 'fresh')('api://AzureADTokenExchange')).resolves.toBe('fresh');
    await expect(
      withEarlyToken(early('early', 'api://other'), async () => 'fresh')('api://AzureADTokenExchange'),
    ).resolves.toBe('fresh');
    await expect(withEarlyToken(null, async () => 'fresh')('api://AzureADTokenExchange')).resolves.toBe('fresh');
  });
});
