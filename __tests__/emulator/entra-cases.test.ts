// The shared matching table, run against the Entra emulator's token endpoint over HTTPS: each
// case's credentials go on an app, a token with the case's claims is signed by the GitHub OIDC
// emulator, and Entra must answer what the matcher decides — so library and emulator agree.
import { beforeEach, describe, expect, it } from '@jest/globals';
import type { EntraDecision } from '../../src/matching/matcher.js';
import type { GraphFederatedIdentityCredential } from '../../emulator/tenant.js';
import { decodeJwt } from '../../emulator/jwt.js';
import { entraCases } from '../matching/entra-cases.js';
import { APPS, TENANT_ID, federationTenant, useEmulators } from '../helpers/emulators.js';

const emulators = useEmulators(() => ({ tenant: federationTenant() }));

const CODES: Record<Exclude<EntraDecision['outcome'], 'match' | 'undecided'>, number> = {
  'no-issuer': 700211,
  'no-audience': 700212,
  'subject-case': 7002138,
  'no-subject': 700213,
};

beforeEach(() => {
  emulators().tenant.fixture = federationTenant();
});

describe('the shared Entra decision table, through the token endpoint', () => {
  it.each(entraCases)('$name → $expected', async ({ token, credentials, expected }) => {
    const fics: GraphFederatedIdentityCredential[] = credentials.map((c) => ({ ...c, audiences: [...c.audiences] }));
    emulators().tenant.fixture = federationTenant(fics);
    // Exactly the case's claims (no job claims), with a lifetime and GitHub's signature.
    const assertion = emulators().oidc.mintToken({ jobClaims: false, claims: { ...token } });

    const res = await fetch(`${emulators().entra.url}/${TENANT_ID}/oauth2/v2.0/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        client_id: APPS.deploy.appId,
        scope: 'https://graph.microsoft.com/.default',
        grant_type: 'client_credentials',
        client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
        client_assertion: assertion,
      }),
    });
    const body = (await res.json()) as Record<string, unknown>;

    if (expected === 'match') {
      expect(res.status).toBe(200);
      const decoded = decodeJwt(String(body.access_token));
      expect(decoded.ok && decoded.payload.appid).toBe(APPS.deploy.appId);
    } else {
      expect({ status: res.status, error: body.error, error_codes: body.error_codes }).toEqual({
        status: 401,
        error: 'invalid_client',
        error_codes: [expected === 'undecided' ? -1 : CODES[expected]],
      });
    }
  });
});
