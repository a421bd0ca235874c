import { describe, expect, test } from '@jest/globals';
import { ruleById } from '../../src/policy/index.js';
import type { AppInventory } from '../../src/inventory/model.js';
import type { EvaluationContext, RuleHit } from '../../src/policy/types.js';
import { app, certificate, context, fic, secret, servicePrincipal } from './fixtures.js';

function hits(ruleId: string, subject: AppInventory, ctx: EvaluationContext = context()): RuleHit[] {
  const rule = ruleById(ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  return rule.check(subject, ctx);
}

const names = (list: RuleHit[]) => list.map((h) => `${h.target.kind}:${h.target.name}`);

describe('client-secret-present', () => {
  test('names the secret, its end and what it admits, and says how to delete it', () => {
    expect(hits('client-secret-present', app({ passwordCredentials: [secret()] }))).toEqual([
      {
        target: { kind: 'secret', id: 'b7a1c0de-0000-4000-8000-000000000001', name: 'ci-legacy' },
        message:
          'app "deploy-api" (11111111-2222-3333-4444-555555555555) has client secret "ci-legacy" (key id b7a1c0de-0000-4000-8000-000000000001), valid until 2026-11-28: anyone holding a copy can sign in as the app from anywhere.',
        remediation:
          'Sign in with a federated credential instead (`az ad app federated-credential create --id <appId> --parameters credential.json`), then delete the secret: `az ad app credential delete --id 11111111-2222-3333-4444-555555555555 --key-id b7a1c0de-0000-4000-8000-000000000001`.',
      },
    ]);
  });

  test.each<[string, AppInventory, string[]]>([
    [
      'two secrets',
      app({ passwordCredentials: [secret(), secret({ keyId: 'k2', displayName: null })] }),
      ['secret:ci-legacy', 'secret:k2'],
    ],
    ['certificate only', app({ keyCredentials: [certificate()] }), []],
    [
      'secret only on the service principal',
      app({ servicePrincipal: servicePrincipal({ passwordCredentials: [secret()] }) }),
      [],
    ],
    ['no credentials', app(), []],
  ])('%s', (_name, subject, expected) => {
    expect(names(hits('client-secret-present', subject))).toEqual(expected);
  });

  test('control characters in a display name from Graph do not reach the message', () => {
    const [hit] = hits(
      'client-secret-present',
      app({ passwordCredentials: [secret({ displayName: 'x\n::error::owned' })] }),
    );
    expect(hit?.message).toContain('client secret "x ::error::owned"');
    expect(hit?.message).not.toContain('\n');
  });
});

describe('service-principal-secret-present', () => {
  test('reports secrets on the service principal, with the sp command', () => {
    const [hit, ...rest] = hits(
      'service-principal-secret-present',
      app({ servicePrincipal: servicePrincipal({ passwordCredentials: [secret({ displayName: 'rbac' })] }) }),
    );
    expect(rest).toEqual([]);
    expect(hit?.message).toBe(
      'app "deploy-api" (11111111-2222-3333-4444-555555555555) has client secret "rbac" (key id b7a1c0de-0000-4000-8000-000000000001) on the service principal, valid until 2026-11-28: it signs in as the app but is not shown on the app registration blade.',
    );
    expect(hit?.remediation).toContain(
      '`az ad sp credential delete --id 11111111-2222-3333-4444-555555555555 --key-id b7a1c0de-0000-4000-8000-000000000001`',
    );
  });

  test.each<[string, AppInventory]>([
    ['app secret only', app({ passwordCredentials: [secret()] })],
    [
      'certificate on the service principal',
      app({ servicePrincipal: servicePrincipal({ keyCredentials: [certificate()] }) }),
    ],
    ['no service principal', app()],
  ])('nothing for %s', (_name, subject) => {
    expect(hits('service-principal-secret-present', subject)).toEqual([]);
  });
});

describe('credential-expired', () => {
  test.each<[string, AppInventory, string[]]>([
    [
      'secret that ended 45 days ago',
      app({ passwordCredentials: [secret({ endDateTime: '2026-07-06T00:00:00Z' })] }),
      ['secret:ci-legacy'],
    ],
    [
      'secret ending exactly now',
      app({ passwordCredentials: [secret({ endDateTime: '2026-08-20T12:00:00Z' })] }),
      ['secret:ci-legacy'],
    ],
    [
      'secret ending one second from now',
      app({ passwordCredentials: [secret({ endDateTime: '2026-08-20T12:00:01Z' })] }),
      [],
    ],
    [
      'certificate on the service principal',
      app({
        servicePrincipal: servicePrincipal({ keyCredentials: [certificate({ endDateTime: '2026-01-01T00:00:00Z' })] }),
      }),
      ['certificate:CN=deploy-api'],
    ],
    ['no end date', app({ passwordCredentials: [secret({ endDateTime: null })] }), []],
    ['unparseable end date', app({ passwordCredentials: [secret({ endDateTime: 'soon' })] }), []],
  ])('%s', (_name, subject, expected) => {
    expect(names(hits('credential-expired', subject))).toEqual(expected);
  });

  test('says when it expired and how to delete it', () => {
    const [hit] = hits(
      'credential-expired',
      app({ keyCredentials: [certificate({ endDateTime: '2026-07-06T00:00:00Z' })] }),
    );
    expect(hit?.message).toBe(
      'app "deploy-api" (11111111-2222-3333-4444-555555555555) has certificate "CN=deploy-api" (key id c3e7f00d-0000-4000-8000-000000000002), which expired on 2026-07-06 (45 days ago) and no longer admits sign-ins.',
    );
    expect(hit?.remediation).toBe(
      'Delete the expired credential: `az ad app credential delete --id 11111111-2222-3333-4444-555555555555 --key-id c3e7f00d-0000-4000-8000-000000000002 --cert`.',
    );
  });
});

describe('credential-expiring', () => {
  test.each<[string, string, number | undefined, boolean]>([
    ['ends in 11 days', '2026-09-01T00:00:00Z', undefined, true],
    ['ends in just under 30 days', '2026-09-19T11:59:59Z', undefined, true],
    ['ends in exactly 30 days', '2026-09-19T12:00:00Z', undefined, false],
    ['already expired (credential-expired reports it)', '2026-08-01T00:00:00Z', undefined, false],
    ['ends in 41 days with a 60-day window', '2026-10-01T00:00:00Z', 60, true],
    ['ends in 11 days with a 7-day window', '2026-09-01T00:00:00Z', 7, false],
  ])('%s', (_name, end, window, expected) => {
    const ctx = window === undefined ? context() : context({ expiryWarningDays: window });
    expect(hits('credential-expiring', app({ passwordCredentials: [secret({ endDateTime: end })] }), ctx)).toHaveLength(
      expected ? 1 : 0,
    );
  });

  test('a secret is to be replaced by federation, a certificate rotated', () => {
    const subject = app({
      passwordCredentials: [secret({ endDateTime: '2026-09-01T00:00:00Z' })],
      keyCredentials: [certificate({ endDateTime: '2026-08-21T00:00:00Z' })],
    });
    const [secretHit, certHit] = hits('credential-expiring', subject);
    expect(secretHit?.message).toContain(
      'which expires on 2026-09-01 (in 11 days); whatever signs in with it will then fail.',
    );
    expect(secretHit?.remediation).toContain('Sign in with a federated credential instead');
    expect(certHit?.message).toContain('which expires on 2026-08-21 (within a day)');
    expect(certHit?.remediation).toContain(
      '`az ad app credential reset --id 11111111-2222-3333-4444-555555555555 --cert @new-cert.pem --append`',
    );
  });
});

describe('secret-lifetime-too-long', () => {
  test.each<[string, AppInventory, number | undefined, string[]]>([
    [
      '180 days is allowed',
      app({
        passwordCredentials: [secret({ startDateTime: '2026-01-01T00:00:00Z', endDateTime: '2026-06-30T00:00:00Z' })],
      }),
      undefined,
      [],
    ],
    [
      '181 days is too long',
      app({
        passwordCredentials: [secret({ startDateTime: '2026-01-01T00:00:00Z', endDateTime: '2026-07-01T00:00:00Z' })],
      }),
      undefined,
      ['secret:ci-legacy'],
    ],
    [
      'two-year secret on the service principal',
      app({
        servicePrincipal: servicePrincipal({
          passwordCredentials: [secret({ startDateTime: '2025-01-01T00:00:00Z', endDateTime: '2027-01-01T00:00:00Z' })],
        }),
      }),
      undefined,
      ['secret:ci-legacy'],
    ],
    [
      'a long-lived certificate is not a secret',
      app({
        keyCredentials: [certificate({ startDateTime: '2025-01-01T00:00:00Z', endDateTime: '2028-01-01T00:00:00Z' })],
      }),
      undefined,
      [],
    ],
    [
      'no start date',
      app({ passwordCredentials: [secret({ startDateTime: null, endDateTime: '2099-01-01T00:00:00Z' })] }),
      undefined,
      [],
    ],
    [
      '120 days against a 90-day limit',
      app({
        passwordCredentials: [secret({ startDateTime: '2026-06-01T00:00:00Z', endDateTime: '2026-09-29T00:00:00Z' })],
      }),
      90,
      ['secret:ci-legacy'],
    ],
  ])('%s', (_name, subject, max, expected) => {
    const ctx = max === undefined ? context() : context({ maxSecretLifetimeDays: max });
    expect(names(hits('secret-lifetime-too-long', subject, ctx))).toEqual(expected);
  });

  test('states the lifetime, the dates and the limit', () => {
    const [hit] = hits(
      'secret-lifetime-too-long',
      app({
        passwordCredentials: [secret({ startDateTime: '2025-01-01T00:00:00Z', endDateTime: '2027-01-01T00:00:00Z' })],
      }),
    );
    expect(hit?.message).toBe(
      'app "deploy-api" (11111111-2222-3333-4444-555555555555) has client secret "ci-legacy" (key id b7a1c0de-0000-4000-8000-000000000001), valid for 730 days (2025-01-01 to 2027-01-01); the policy allows at most 180 days.',
    );
  });
});

describe('secret-alongside-federation', () => {
  const federated = [fic()];
  test.each<[string, AppInventory, string[]]>([
    [
      'federation and an app secret',
      app({ federatedCredentials: federated, passwordCredentials: [secret()] }),
      ['secret:ci-legacy'],
    ],
    [
      'federation and a client certificate',
      app({ federatedCredentials: federated, keyCredentials: [certificate()] }),
      ['certificate:CN=deploy-api'],
    ],
    [
      'federation and a secret on the service principal',
      app({
        federatedCredentials: federated,
        servicePrincipal: servicePrincipal({ passwordCredentials: [secret({ displayName: 'rbac' })] }),
      }),
      ['secret:rbac'],
    ],
    [
      'federation and a token-signing key (usage Sign)',
      app({
        federatedCredentials: federated,
        servicePrincipal: servicePrincipal({ keyCredentials: [certificate({ usage: 'Sign' })] }),
      }),
      [],
    ],
    ['a secret without federation', app({ passwordCredentials: [secret()] }), []],
    ['federation only', app({ federatedCredentials: federated }), []],
  ])('%s', (_name, subject, expected) => {
    expect(names(hits('secret-alongside-federation', subject))).toEqual(expected);
  });

  test('says the secret bypasses the federated trust', () => {
    const [hit] = hits(
      'secret-alongside-federation',
      app({ federatedCredentials: [fic(), fic({ id: 'f2', name: 'main' })], passwordCredentials: [secret()] }),
    );
    expect(hit?.message).toBe(
      'app "deploy-api" (11111111-2222-3333-4444-555555555555) trusts 2 federated credentials but still has client secret "ci-legacy" (key id b7a1c0de-0000-4000-8000-000000000001), which signs in from anywhere and bypasses the federated trust.',
    );
  });
});
