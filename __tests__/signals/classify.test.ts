import { describe, expect, test } from '@jest/globals';
import {
  classifyAnswer,
  licenceGate,
  NON_PREMIUM_CODE,
  precheck,
  type ClassifyInput,
} from '../../src/signals/classify.js';
import {
  licencesFromSkus,
  UNKNOWN_LICENCES,
  WORKLOAD_ID_P1_PLAN,
  WORKLOAD_ID_P2_PLAN,
} from '../../src/signals/licences.js';
import { rolesOfAccessToken } from '../../src/signals/token.js';
import type { TenantLicences } from '../../src/signals/model.js';

const LICENSED: TenantLicences = { workloadIdPremium: 'licensed', workloadIdConditionalAccess: 'licensed' };
const UNLICENSED: TenantLicences = { workloadIdPremium: 'unlicensed', workloadIdConditionalAccess: 'unlicensed' };
const input = (over: Partial<ClassifyInput> = {}): ClassifyInput => ({
  cloud: 'AzureCloud',
  roles: [
    'Application.Read.All',
    'IdentityRiskyServicePrincipal.Read.All',
    'IdentityRiskEvent.Read.All',
    'Policy.Read.All',
  ],
  licences: LICENSED,
  ...over,
});
const denied = {
  kind: 'http',
  status: 403,
  code: 'Authorization_RequestDenied',
  message: 'HTTP 403 Authorization_RequestDenied',
} as const;

const sku = (plans: string[], capabilityStatus = 'Enabled') => ({
  skuPartNumber: 'X',
  capabilityStatus,
  servicePlans: plans.map((servicePlanId) => ({
    servicePlanId,
    servicePlanName: 'P',
    provisioningStatus: 'Success',
    appliesTo: 'Company',
  })),
});

describe('licences from subscribedSkus', () => {
  test.each([
    ['no sku', [], 'unlicensed', 'unlicensed'],
    ['Workload ID Premium', [sku([WORKLOAD_ID_P2_PLAN])], 'licensed', 'licensed'],
    ['Workload ID P1 only gives conditional access', [sku([WORKLOAD_ID_P1_PLAN])], 'unlicensed', 'licensed'],
    ['a suspended subscription unlocks nothing', [sku([WORKLOAD_ID_P2_PLAN], 'Suspended')], 'unlicensed', 'unlicensed'],
    ['a deleted subscription unlocks nothing', [sku([WORKLOAD_ID_P2_PLAN], 'Deleted')], 'unlicensed', 'unlicensed'],
    ['Entra ID P2 is not Workload ID', [sku(['eec0eb4f-6444-4f95-aba0-50c24d67f998'])], 'unlicensed', 'unlicensed'],
  ])('%s', (_name, skus, premium, ca) => {
    expect(licencesFromSkus(skus)).toMatchObject({ workloadIdPremium: premium, workloadIdConditionalAccess: ca });
  });

  test('a plan whose provisioning is disabled does not count; garbage is ignored', () => {
    const disabled = {
      capabilityStatus: 'Enabled',
      servicePlans: [{ servicePlanId: WORKLOAD_ID_P2_PLAN, provisioningStatus: 'Disabled' }],
    };
    expect(licencesFromSkus([disabled, null, 'x', { servicePlans: 'no' }]).workloadIdPremium).toBe('unlicensed');
  });
});

describe('roles claim of the guard token', () => {
  const jwt = (claims: object) => `e30.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;
  test('application token: its roles', () =>
    expect(rolesOfAccessToken(jwt({ roles: ['Policy.Read.All', 3] }))).toEqual(['Policy.Read.All']));
  test('application token without roles: none', () => expect(rolesOfAccessToken(jwt({ oid: 'x' }))).toEqual([]));
  test('delegated token: unknown', () =>
    expect(rolesOfAccessToken(jwt({ scp: 'User.Read', roles: ['x'] }))).toBeNull());
  test('not a JWT: unknown', () => expect(rolesOfAccessToken('opaque')).toBeNull());
});

describe('precheck (before any call)', () => {
  test('risk is not offered in 21Vianet', () => {
    expect(precheck('risky-service-principals', input({ cloud: 'AzureChinaCloud' }))?.status).toBe('unsupportedCloud');
    expect(precheck('conditional-access-policies', input({ cloud: 'AzureChinaCloud' }))).toBeNull();
  });
  test('a token without the permission is forbidden, naming the least privileged permission', () => {
    const state = precheck('risky-service-principals', input({ roles: ['Application.Read.All'] }));
    expect(state?.status).toBe('forbidden');
    expect(state?.reason).toContain('IdentityRiskyServicePrincipal.Read.All');
  });
  test('a higher permission also allows it; a delegated token is left to the answer', () => {
    expect(precheck('subscribed-skus', input({ roles: ['Directory.Read.All'] }))).toBeNull();
    expect(precheck('subscribed-skus', input({ roles: null }))).toBeNull();
  });
});

describe('classification of the answer', () => {
  test.each([
    ['200', input(), { kind: 'ok' } as const, 'available'],
    [
      '200 with hidden risk (documented unlicensed behaviour)',
      input(),
      { kind: 'ok', hidden: true } as const,
      'unlicensed',
    ],
    [
      '403 non-premium code',
      input(),
      { kind: 'http', status: 403, code: NON_PREMIUM_CODE, message: 'm' } as const,
      'unlicensed',
    ],
    ['403, tenant known unlicensed', input({ licences: UNLICENSED }), denied, 'unlicensed'],
    ['403, token has the permission, licence unknown', input({ licences: UNKNOWN_LICENCES }), denied, 'unlicensed'],
    ['403, token has the permission, tenant licensed', input(), denied, 'error'],
    ['403, delegated token, licensed', input({ roles: null }), denied, 'forbidden'],
    [
      '400 unknown segment',
      input(),
      { kind: 'http', status: 400, message: "Resource not found for the segment 'x'." } as const,
      'unsupportedCloud',
    ],
    ['500 after retries', input(), { kind: 'http', status: 503, message: 'HTTP 503' } as const, 'error'],
    ['network', input(), { kind: 'failure', message: 'ECONNRESET' } as const, 'error'],
  ])('%s', (_name, given, answer, status) => {
    expect(classifyAnswer('risky-service-principals', given, answer).status).toBe(status);
  });

  test('an unlicensed reason names the licence and what it would add', () => {
    const state = classifyAnswer('risky-service-principals', input({ licences: UNLICENSED }), denied);
    expect(state.reason).toContain('Microsoft Entra Workload ID Premium');
    expect(state.reason).toContain('blocked');
  });

  test('conditional access read in an unlicensed tenant is unlicensed; with unknown licences, forbidden (the SKU permission)', () => {
    const ok = classifyAnswer('conditional-access-policies', input(), { kind: 'ok' });
    expect(licenceGate('conditional-access-policies', input(), ok).status).toBe('available');
    expect(licenceGate('conditional-access-policies', input({ licences: UNLICENSED }), ok).status).toBe('unlicensed');
    const unknown = licenceGate('conditional-access-policies', input({ licences: UNKNOWN_LICENCES }), ok);
    expect(unknown.status).toBe('forbidden');
    expect(unknown.reason).toContain('LicenseAssignment.Read.All');
  });
});
