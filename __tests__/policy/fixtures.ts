// Inventory fixtures shaped like what the Graph reader produces from real tenants.
import type {
  AppInventory,
  AppRoleAssignment,
  DirectoryRoleMembership,
  FederatedCredential,
  KeyCredential,
  PasswordCredential,
  ServicePrincipal,
} from '../../src/inventory/model.js';
import { DEFAULT_SETTINGS } from '../../src/policy/settings.js';
import type { EvaluationContext, PolicySettings } from '../../src/policy/types.js';

export const NOW = new Date('2026-08-20T12:00:00Z');
export const GITHUB = 'https://token.actions.githubusercontent.com';
export const AUDIENCE = 'api://AzureADTokenExchange';

export function secret(overrides: Partial<PasswordCredential> = {}): PasswordCredential {
  return {
    keyId: 'b7a1c0de-0000-4000-8000-000000000001',
    displayName: 'ci-legacy',
    startDateTime: '2026-06-01T00:00:00Z',
    endDateTime: '2026-11-28T00:00:00Z',
    ...overrides,
  };
}

export function certificate(overrides: Partial<KeyCredential> = {}): KeyCredential {
  return {
    keyId: 'c3e7f00d-0000-4000-8000-000000000002',
    displayName: 'CN=deploy-api',
    type: 'AsymmetricX509Cert',
    usage: 'Verify',
    startDateTime: '2026-01-01T00:00:00Z',
    endDateTime: '2027-01-01T00:00:00Z',
    ...overrides,
  };
}

export function fic(overrides: Partial<FederatedCredential> = {}): FederatedCredential {
  return {
    id: 'f1c00000-0000-4000-8000-000000000001',
    name: 'deploy-production',
    issuer: GITHUB,
    subject: 'repo:contoso/api:environment:production',
    audiences: [AUDIENCE],
    description: null,
    claimsMatchingExpression: null,
    ...overrides,
  };
}

export function flexible(expression: string, overrides: Partial<FederatedCredential> = {}): FederatedCredential {
  return fic({
    name: 'flexible',
    subject: null,
    claimsMatchingExpression: { value: expression, languageVersion: 1 },
    ...overrides,
  });
}

export function servicePrincipal(overrides: Partial<ServicePrincipal> = {}): ServicePrincipal {
  return {
    objectId: '5e000000-0000-4000-8000-000000000001',
    appId: '11111111-2222-3333-4444-555555555555',
    displayName: 'deploy-api',
    accountEnabled: true,
    passwordCredentials: [],
    keyCredentials: [],
    appRoleAssignments: [],
    directoryRoles: [],
    ...overrides,
  };
}

export function app(overrides: Partial<AppInventory> = {}): AppInventory {
  return {
    appId: '11111111-2222-3333-4444-555555555555',
    objectId: 'a0000000-0000-4000-8000-000000000001',
    displayName: 'deploy-api',
    createdDateTime: '2025-01-10T09:00:00Z',
    passwordCredentials: [],
    keyCredentials: [],
    federatedCredentials: [],
    servicePrincipal: null,
    ...overrides,
  };
}

export function roleAssignment(permission: string | null, appRoleId: string): AppRoleAssignment {
  return {
    id: `ra-${appRoleId.slice(0, 8)}`,
    appRoleId,
    resourceId: '9a000000-0000-4000-8000-000000000003',
    resourceDisplayName: 'Microsoft Graph',
    permission,
  };
}

export function directoryRole(displayName: string | null, roleTemplateId: string | null): DirectoryRoleMembership {
  return { id: `dr-${(roleTemplateId ?? displayName ?? 'x').slice(0, 8)}`, roleTemplateId, displayName };
}

export function context(settings: Partial<PolicySettings> = {}, now = NOW): EvaluationContext {
  return { now, settings: { ...structuredClone({ ...DEFAULT_SETTINGS }), ...settings } };
}
