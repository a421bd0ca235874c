import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { compilePolicy, DEFAULT_POLICY, evaluate, evaluateApp, policyFindings } from '../../src/policy/index.js';
import { evaluateAppWith } from '../../src/policy/evaluate.js';
import type { AppInventory } from '../../src/inventory/model.js';
import type { RuleDefinition } from '../../src/policy/types.js';
import { app, fic, NOW, secret, servicePrincipal, roleAssignment, directoryRole } from './fixtures.js';

// An app that trips several rules: a client secret next to federation, and a pull_request subject.
const legacy = app({
  passwordCredentials: [secret()],
  federatedCredentials: [fic({ subject: 'repo:contoso/api:pull_request', name: 'pr' })],
});
const other = app({
  appId: '99999999-0000-0000-0000-000000000009',
  displayName: 'reporting',
  passwordCredentials: [secret({ keyId: 'k9', displayName: 'report' })],
});

const policy = (text: string) => compilePolicy(`version: 1\n${text}`, '.github/entra-federation-guard.yml');
const summary = (findings: { rule: string; severity: string; appId: string; target: { name: string } }[]) =>
  findings.map((f) => `${f.severity} ${f.appId.slice(0, 4)} ${f.rule} ${f.target.name}`);

describe('severity resolution', () => {
  test('defaults apply, sorted by severity, app, rule and target', () => {
    const { findings, suppressed } = evaluate([other, legacy], DEFAULT_POLICY, { now: NOW });
    expect(summary(findings)).toEqual([
      'error 1111 fic-pull-request pr',
      'warning 1111 client-secret-present ci-legacy',
      'warning 1111 secret-alongside-federation ci-legacy',
      'warning 9999 client-secret-present report',
    ]);
    expect(suppressed).toEqual([]);
    expect(findings[0]).toMatchObject({
      rule: 'fic-pull-request',
      appId: legacy.appId,
      target: { kind: 'federatedCredential', id: 'f1c00000-0000-4000-8000-000000000001', name: 'pr' },
    });
  });

  test('the policy overrides severities and `off` drops a rule', () => {
    const p = policy(
      'rules:\n  client-secret-present: error\n  secret-alongside-federation: off\n  fic-pull-request: notice\n',
    );
    expect(summary(evaluateApp(legacy, p, { now: NOW }).findings)).toEqual([
      'error 1111 client-secret-present ci-legacy',
      'notice 1111 fic-pull-request pr',
    ]);
  });

  describe('a hit that carries its own severity', () => {
    const raising: RuleDefinition = {
      id: 'fic-audience',
      defaultSeverity: 'warning',
      title: '',
      rationale: '',
      example: '',
      fix: '',
      check: () => [
        { target: { kind: 'application', id: 'x', name: 'x' }, message: 'm', remediation: 'r', severity: 'error' },
      ],
    };
    const withRaisingRule = (text: string) =>
      evaluateAppWith([raising], app(), policy(text), { now: NOW }).findings.map((f) => f.severity);
    test.each([
      ['default', '', ['error']],
      ['policy says notice', 'rules: {fic-audience: notice}\n', ['error']],
      ['policy says off', 'rules: {fic-audience: off}\n', []],
    ])('%s', (_name, text, expected) => {
      expect(withRaisingRule(text)).toEqual(expected);
    });
  });
});

describe('exceptions', () => {
  const exception = (fields: string) => policy(`exceptions:\n  - ${fields.split('\n').join('\n    ')}\n`);

  test('a live exception moves matching findings to suppressed, with its reason and expiry', () => {
    const p = exception(
      'rule: client-secret-present\napp: 11111111-2222-3333-4444-555555555555\nexpires: 2026-08-20\nreason: Migration tracked in JIRA-123',
    );
    const { findings, suppressed } = evaluateApp(legacy, p, { now: NOW });
    expect(summary(findings)).toEqual([
      'error 1111 fic-pull-request pr',
      'warning 1111 secret-alongside-federation ci-legacy',
    ]);
    expect(suppressed).toEqual([
      expect.objectContaining({
        rule: 'client-secret-present',
        severity: 'warning',
        exception: { reason: 'Migration tracked in JIRA-123', expires: '2026-08-20' },
      }),
    ]);
  });

  test.each<[string, string, Date, boolean]>([
    [
      'appId in another case',
      'app: 11111111-2222-3333-4444-555555555555'.toUpperCase().replace('APP:', 'app:'),
      NOW,
      true,
    ],
    ['object id', 'app: a0000000-0000-4000-8000-000000000001', NOW, true],
    ['another app', 'app: 99999999-0000-0000-0000-000000000009', NOW, false],
    [
      'last moment of the expiry day',
      'app: 11111111-2222-3333-4444-555555555555',
      new Date('2026-08-20T23:59:59.999Z'),
      true,
    ],
    [
      'first moment after the expiry day',
      'app: 11111111-2222-3333-4444-555555555555',
      new Date('2026-08-21T00:00:00Z'),
      false,
    ],
  ])('%s', (_name, appLine, now, suppresses) => {
    const p = exception(`rule: client-secret-present\n${appLine}\nexpires: 2026-08-20\nreason: r`);
    expect(evaluateApp(legacy, p, { now }).suppressed.map((f) => f.rule)).toEqual(
      suppresses ? ['client-secret-present'] : [],
    );
  });

  test.each<[string, string, string[]]>([
    ['credential by key id, any case', 'credential: B7A1C0DE-0000-4000-8000-000000000001', ['ci-legacy']],
    ['another credential', 'credential: c0ffee00-0000-4000-8000-000000000000', []],
  ])('scoped to a %s', (_name, credentialLine, expected) => {
    const subject: AppInventory = {
      ...legacy,
      passwordCredentials: [secret(), secret({ keyId: 'k2', displayName: 'second' })],
    };
    const p = exception(
      `rule: client-secret-present\napp: 11111111-2222-3333-4444-555555555555\n${credentialLine}\nexpires: 2027-01-31\nreason: r`,
    );
    const result = evaluateApp(subject, p, { now: NOW });
    expect(result.suppressed.map((f) => f.target.name)).toEqual(expected);
    expect(result.findings.filter((f) => f.rule === 'client-secret-present').map((f) => f.target.name)).toEqual(
      ['ci-legacy', 'second'].filter((n) => !expected.includes(n)),
    );
  });

  test('an exception for another rule suppresses nothing', () => {
    const p = exception(
      'rule: credential-expired\napp: 11111111-2222-3333-4444-555555555555\nexpires: 2027-01-31\nreason: r',
    );
    expect(evaluateApp(legacy, p, { now: NOW }).suppressed).toEqual([]);
  });

  test('an expired exception stops suppressing and is reported at its line', () => {
    const p = policy(
      'exceptions:\n  - rule: client-secret-present\n    app: 11111111-2222-3333-4444-555555555555\n    expires: 2026-08-19\n    reason: Migration tracked in JIRA-123\n  - rule: fic-audience\n    app: 22222222-2222-4222-8222-222222222222\n    credential: f1c00000-0000-4000-8000-000000000001\n    expires: 2027-01-01\n    reason: live\n',
    );
    expect(evaluateApp(legacy, p, { now: NOW }).suppressed).toEqual([]);
    expect(policyFindings(p, NOW)).toEqual([
      {
        rule: 'policy-exception-expired',
        severity: 'warning',
        appId: '11111111-2222-3333-4444-555555555555',
        target: {
          kind: 'application',
          id: '11111111-2222-3333-4444-555555555555',
          name: '11111111-2222-3333-4444-555555555555',
        },
        message:
          'The policy exception for client-secret-present on app "11111111-2222-3333-4444-555555555555" expired on 2026-08-19 (reason: "Migration tracked in JIRA-123"); the findings it suppressed are reported again.',
        remediation:
          'Fix what the exception covered and delete it from .github/entra-federation-guard.yml (line 3), or set a new `expires` date if more time has been agreed.',
        location: { file: '.github/entra-federation-guard.yml', line: 3 },
      },
    ]);
  });

  test('policy-exception-expired follows the policy severity, and `off` silences it', () => {
    const lapsed =
      'exceptions:\n  - {rule: fic-audience, app: 11111111-2222-3333-4444-555555555555, expires: 2020-01-01, reason: r}\n';
    expect(
      policyFindings(policy(`rules: {policy-exception-expired: error}\n${lapsed}`), NOW).map((f) => f.severity),
    ).toEqual(['error']);
    expect(policyFindings(policy(`rules: {policy-exception-expired: off}\n${lapsed}`), NOW)).toEqual([]);
    expect(policyFindings(DEFAULT_POLICY, NOW)).toEqual([]);
  });
});

describe('privilege rules see the service principal', () => {
  test('privileged permissions and roles are reported by name or id, others are not', () => {
    const subject = app({
      servicePrincipal: servicePrincipal({
        appRoleAssignments: [
          roleAssignment('Application.ReadWrite.All', '1bfefb4e-e0b5-418b-a88f-73c46d2cc8e9'),
          roleAssignment(null, '9E3F62CF-CA93-4989-B6CE-BF83C28F9FE8'),
          roleAssignment('User.Read.All', 'df021288-bdef-4463-88db-98f22de89214'),
        ],
        directoryRoles: [
          directoryRole('Application Administrator', '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3'),
          directoryRole(null, '62e90394-69f5-4237-9190-012177145e10'),
          directoryRole('Reports Reader', '4a5d8f65-41da-4de4-8968-e035b65339cf'),
        ],
      }),
    });
    const { findings } = evaluateApp(subject, DEFAULT_POLICY, { now: NOW });
    expect(summary(findings)).toEqual([
      'warning 1111 privileged-directory-role 62e90394-69f5-4237-9190-012177145e10',
      'warning 1111 privileged-directory-role Application Administrator',
      'warning 1111 privileged-graph-permission 9E3F62CF-CA93-4989-B6CE-BF83C28F9FE8',
      'warning 1111 privileged-graph-permission Application.ReadWrite.All',
    ]);
    const graph = findings.find((f) => f.target.name === 'Application.ReadWrite.All');
    expect(graph?.message).toBe(
      'The service principal of app "deploy-api" (11111111-2222-3333-4444-555555555555) holds "Microsoft Graph" application permission Application.ReadWrite.All (1bfefb4e-e0b5-418b-a88f-73c46d2cc8e9), which lets it add credentials to any app registration and sign in as that app; every workflow that can sign in as the app gets it too.',
    );
    expect(graph?.remediation).toContain(
      '`az rest --method DELETE --uri https://graph.microsoft.com/v1.0/servicePrincipals/5e000000-0000-4000-8000-000000000001/appRoleAssignments/ra-1bfefb4e`',
    );
  });

  test('the lists in the policy replace the defaults', () => {
    const p = policy(
      'settings:\n  privileged-graph-permissions: [User.Read.All]\n  privileged-directory-roles: [reports reader]\n',
    );
    const subject = app({
      servicePrincipal: servicePrincipal({
        appRoleAssignments: [
          roleAssignment('Application.ReadWrite.All', '1bfefb4e-e0b5-418b-a88f-73c46d2cc8e9'),
          roleAssignment('User.Read.All', 'df021288-bdef-4463-88db-98f22de89214'),
        ],
        directoryRoles: [
          directoryRole('Global Administrator', '62e90394-69f5-4237-9190-012177145e10'),
          directoryRole('Reports Reader', '4a5d8f65-41da-4de4-8968-e035b65339cf'),
        ],
      }),
    });
    expect(summary(evaluateApp(subject, p, { now: NOW }).findings)).toEqual([
      'warning 1111 privileged-directory-role Reports Reader',
      'warning 1111 privileged-graph-permission User.Read.All',
    ]);
  });

  test('no service principal, no privilege findings', () => {
    expect(evaluateApp(app(), DEFAULT_POLICY, { now: NOW }).findings).toEqual([]);
  });
});

test('the order of findings does not depend on the order of apps or credentials', () => {
  const apps: AppInventory[] = [
    legacy,
    other,
    app({
      appId: 'aaaaaaaa-0000-0000-0000-00000000000a',
      displayName: 'b',
      passwordCredentials: [secret({ keyId: 'z', displayName: 'same' }), secret({ keyId: 'a', displayName: 'same' })],
    }),
  ];
  const expected = evaluate(apps, DEFAULT_POLICY, { now: NOW });
  fc.assert(
    fc.property(fc.shuffledSubarray(apps, { minLength: apps.length }), (shuffled) => {
      const reordered = shuffled.map((a) => ({ ...a, passwordCredentials: [...a.passwordCredentials].reverse() }));
      expect(evaluate(reordered, DEFAULT_POLICY, { now: NOW })).toEqual(expected);
    }),
    { numRuns: 30 },
  );
});
