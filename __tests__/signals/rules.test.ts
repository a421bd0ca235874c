import { describe, expect, test } from '@jest/globals';
import { compilePolicy, DEFAULT_POLICY, evaluateApp, signalFindings } from '../../src/policy/index.js';
import { normaliseSignals, type GraphJson, type RawSignals } from '../../src/signals/normalise.js';
import type { SignalState, TenantSignals } from '../../src/signals/model.js';
import { coverageFor } from '../../src/signals/coverage.js';
import { coverageNote } from '../../src/signals/notes.js';
import { app, NOW, secret, servicePrincipal } from '../policy/fixtures.js';

const SP = servicePrincipal();
const APP = app({
  servicePrincipal: SP,
  passwordCredentials: [secret({ keyId: '9d9fea30-d8e3-481b-b57c-0ef569a989e5', displayName: 'ci' })],
});
const available = (signal: SignalState['signal']): SignalState => ({ signal, status: 'available', reason: 'Read.' });
const ALL_AVAILABLE: SignalState[] = [
  available('subscribed-skus'),
  available('risky-service-principals'),
  available('service-principal-risk-detections'),
  available('conditional-access-policies'),
];
const LICENSED = { workloadIdPremium: 'licensed', workloadIdConditionalAccess: 'licensed' } as const;

function signals(over: Partial<RawSignals> = {}): TenantSignals {
  return normaliseSignals({
    states: ALL_AVAILABLE,
    licences: LICENSED,
    riskyServicePrincipals: [],
    servicePrincipalRiskDetections: [],
    conditionalAccessPolicies: [],
    ...over,
  });
}

const risky = (over: GraphJson = {}): GraphJson => ({
  id: SP.objectId,
  appId: APP.appId,
  displayName: 'deploy-api',
  isEnabled: true,
  isProcessing: false,
  riskLastUpdatedDateTime: '2026-08-19T13:06:51.0451374Z',
  riskLevel: 'high',
  riskState: 'atRisk',
  riskDetail: 'none',
  servicePrincipalType: 'Application',
  ...over,
});
const detection = (over: GraphJson = {}): GraphJson => ({
  '@odata.type': '#microsoft.graph.servicePrincipalRiskDetection',
  id: '2856d6e87c5c3a74021ff70291fa68107570c150d8dc145bdea5',
  riskEventType: 'leakedCredentials',
  riskState: 'atRisk',
  riskLevel: 'high',
  riskDetail: 'none',
  detectedDateTime: '2026-08-19T00:00:00Z',
  lastUpdatedDateTime: '2026-08-19T16:28:17.8202975Z)',
  servicePrincipalId: SP.objectId,
  appId: APP.appId,
  keyIds: ['9d9fea30-d8e3-481b-b57c-0ef569a989e5'],
  additionalInfo: '[{"Key":"alertUrl","Value":null}]',
  ...over,
});
const policy = (over: GraphJson = {}, conditions: GraphJson = {}): GraphJson => ({
  id: 'ca000000-0000-4000-8000-000000000001',
  displayName: 'Block risky workload identities',
  state: 'enabled',
  conditions: {
    applications: { includeApplications: ['All'] },
    clientApplications: { includeServicePrincipals: ['ServicePrincipalsInMyTenant'], excludeServicePrincipals: [] },
    servicePrincipalRiskLevels: ['medium', 'high'],
    locations: null,
    ...conditions,
  },
  grantControls: { operator: 'OR', builtInControls: ['block'] },
  ...over,
});

const rulesOf = (s: TenantSignals | undefined, target = APP) =>
  evaluateApp(target, DEFAULT_POLICY, { now: NOW, ...(s ? { signals: s } : {}) }).findings.filter((f) =>
    ['service-principal-at-risk', 'conditional-access-missing'].includes(f.rule),
  );

describe('service-principal-at-risk', () => {
  test('an at-risk deploy identity is an error naming the level, the detection and the credential', () => {
    const [finding, ...rest] = rulesOf(
      signals({
        riskyServicePrincipals: [risky()],
        servicePrincipalRiskDetections: [detection()],
        conditionalAccessPolicies: [policy()],
      }),
    );
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      rule: 'service-principal-at-risk',
      severity: 'error',
      target: { kind: 'servicePrincipal', id: SP.objectId },
    });
    expect(finding?.message).toContain('is at risk');
    expect(finding?.message).toContain('risk level high');
    expect(finding?.message).toContain('"leakedCredentials", high on 2026-08-19');
    expect(finding?.message).toContain('client secret "ci" (keyId 9d9fea30-d8e3-481b-b57c-0ef569a989e5)');
    expect(finding?.remediation).toContain('confirm the compromise');
    expect(finding?.remediation).toContain('client secret "ci"');
  });

  test.each([
    ['confirmed compromised', { riskState: 'confirmedCompromised' }, 'confirmed compromised'],
    ['hidden level (unlicensed tenant)', { riskLevel: 'hidden', riskDetail: 'hidden' }, 'risk level hidden'],
  ])('fires when %s', (_name, over, text) => {
    const [finding] = rulesOf(
      signals({ riskyServicePrincipals: [risky(over)], conditionalAccessPolicies: [policy()] }),
    );
    expect(finding?.rule).toBe('service-principal-at-risk');
    expect(finding?.message).toContain(text);
  });

  test.each([
    ['dismissed', { riskState: 'dismissed' }],
    ['remediated', { riskState: 'remediated' }],
    ['confirmed safe', { riskState: 'confirmedSafe' }],
    ['another app at risk', { appId: '99999999-0000-0000-0000-000000000009' }],
  ])('stays quiet when %s', (_name, over) => {
    expect(rulesOf(signals({ riskyServicePrincipals: [risky(over)], conditionalAccessPolicies: [policy()] }))).toEqual(
      [],
    );
  });

  test('stays quiet when the signal was not read (the report says so instead)', () => {
    expect(rulesOf(undefined)).toEqual([]);
    expect(rulesOf(normaliseSignals({ states: ALL_AVAILABLE, licences: LICENSED }))).toEqual([]);
  });

  test('a keyId no longer on the app is named as such', () => {
    const [finding] = rulesOf(
      signals({
        riskyServicePrincipals: [risky()],
        servicePrincipalRiskDetections: [detection({ keyIds: ['0000aaaa-0000-4000-8000-000000000000'] })],
        conditionalAccessPolicies: [policy()],
      }),
    );
    expect(finding?.message).toContain('credential keyId 0000aaaa-0000-4000-8000-000000000000 (no longer on the app)');
  });
});

describe('conditional-access-missing', () => {
  const ca = (...policies: GraphJson[]) => rulesOf(signals({ conditionalAccessPolicies: policies }));

  test.each([
    ['tenant-wide', policy()],
    ['by object id', policy({}, { clientApplications: { includeServicePrincipals: [SP.objectId.toUpperCase()] } })],
    [
      'by location',
      policy(
        {},
        { servicePrincipalRiskLevels: [], locations: { includeLocations: ['All'], excludeLocations: ['AllTrusted'] } },
      ),
    ],
  ])('an enabled covering policy (%s): no finding', (_name, p) => {
    expect(ca(p)).toEqual([]);
  });

  test.each([
    ['no policy at all', [], ''],
    [
      'a report-only policy',
      [policy({ state: 'enabledForReportingButNotEnforced' })],
      'report-only policy logs and does not enforce',
    ],
    ['a disabled policy', [policy({ state: 'disabled' })], 'is off'],
    [
      'a policy that excludes it',
      [
        policy(
          {},
          {
            clientApplications: {
              includeServicePrincipals: ['ServicePrincipalsInMyTenant'],
              excludeServicePrincipals: [SP.objectId],
            },
          },
        ),
      ],
      'excludes it',
    ],
    [
      'a policy for another identity',
      [policy({}, { clientApplications: { includeServicePrincipals: ['5e000000-0000-4000-8000-00000000ffff'] } })],
      '',
    ],
    [
      'a user policy (no clientApplications)',
      [policy({ grantControls: { builtInControls: ['mfa'] } }, { clientApplications: null })],
      '',
    ],
    [
      'a policy not on all resources',
      [policy({}, { applications: { includeApplications: ['797f4846-ba00-4fd7-ba43-dac1f8f63013'] } })],
      '',
    ],
    [
      'a filter policy',
      [
        policy(
          {},
          {
            clientApplications: {
              includeServicePrincipals: [],
              servicePrincipalFilter: { mode: 'include', rule: 'CustomSecurityAttribute.x -eq "y"' },
            },
          },
        ),
      ],
      'filter the guard cannot evaluate',
    ],
  ])('warns with %s', (_name, policies, text) => {
    const [finding, ...rest] = ca(...policies);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ rule: 'conditional-access-missing', severity: 'warning' });
    expect(finding?.message).toContain(text);
  });

  test.each([
    ['unlicensed', 'unlicensed'],
    ['not permitted', 'forbidden'],
  ] as const)('stays quiet when the signal is %s', (_name, status) => {
    const states = ALL_AVAILABLE.map((s) => (s.signal === 'conditional-access-policies' ? { ...s, status } : s));
    expect(rulesOf(signals({ states, conditionalAccessPolicies: [] }))).toEqual([]);
  });
});

describe('conditional access prediction (AADSTS53003)', () => {
  const note = (p: GraphJson, risk?: GraphJson) =>
    coverageNote(APP, signals({ conditionalAccessPolicies: [p], riskyServicePrincipals: risk ? [risk] : [] }));

  test('a risk policy blocks now when the identity is at a blocked level', () => {
    expect(note(policy(), risky())).toContain('Blocks every sign-in');
    expect(note(policy(), risky())).toContain('AADSTS53003');
  });
  test('a risk policy does not block an identity without risk', () => {
    expect(note(policy())).toContain('Does not block now');
    expect(note(policy(), risky({ riskLevel: 'low' }))).toContain('Does not block now');
  });
  test('a location policy blocks runners outside the excluded locations', () => {
    const p = policy(
      {},
      { servicePrincipalRiskLevels: [], locations: { includeLocations: ['All'], excludeLocations: ['AllTrusted'] } },
    );
    expect(note(p)).toContain('Blocks sign-ins from All except AllTrusted');
    expect(coverageFor(signals({ conditionalAccessPolicies: [p] }), APP.appId, SP.objectId)[0]?.blocksNow).toBeNull();
  });
  test('an unconditional block blocks every sign-in', () => {
    expect(note(policy({}, { servicePrincipalRiskLevels: [] }))).toContain('no risk or location condition');
  });
  test('no note for a report-only policy', () => {
    expect(note(policy({ state: 'enabledForReportingButNotEnforced' }))).toBeNull();
  });
});

describe('fail-on-unavailable-signals', () => {
  const states: SignalState[] = [
    { signal: 'subscribed-skus', status: 'forbidden', reason: 'no LicenseAssignment.Read.All' },
    { signal: 'risky-service-principals', status: 'unlicensed', reason: 'license it' },
    { signal: 'service-principal-risk-detections', status: 'unsupportedCloud', reason: 'n/a' },
    { signal: 'conditional-access-policies', status: 'available', reason: 'Read.' },
  ];
  const compile = (text: string) => compilePolicy(`version: 1\n${text}`, 'p.yml');

  test('off by default: nothing fails', () => {
    expect(signalFindings(DEFAULT_POLICY, states)).toEqual([]);
  });
  test('on: each unavailable signal a rule needs is an error (not unsupportedCloud, not the licence lookup itself)', () => {
    const findings = signalFindings(compile('settings:\n  fail-on-unavailable-signals: true\n'), states, 'contoso');
    expect(findings.map((f) => [f.rule, f.severity, f.target.name, f.target.kind])).toEqual([
      ['signal-unavailable', 'error', 'risky-service-principals', 'tenant'],
    ]);
    expect(findings[0]?.message).toContain('service-principal-at-risk was not checked');
  });
  test('a signal whose rules are all off does not fail', () => {
    expect(
      signalFindings(
        compile('rules:\n  service-principal-at-risk: off\nsettings:\n  fail-on-unavailable-signals: true\n'),
        states,
      ),
    ).toEqual([]);
  });
  test('the setting must be a boolean', () => {
    expect(() => compile('settings:\n  fail-on-unavailable-signals: yes please\n')).toThrow(/expected true or false/);
  });
});
