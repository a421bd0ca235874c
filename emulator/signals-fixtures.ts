// Builders for the signals part of a tenant fixture, in Graph's own shapes (emulator/facts/signals.md):
// licences, a risky service principal with its detections, and workload-identity conditional access policies.
// The skuId and skuPartNumber values are placeholders [U]; only the service plan ids matter (facts/signals.md).
import { SIGNAL_GRAPH_APP_ROLES } from './fixtures.js';
import { WORKLOAD_ID_P1_PLAN, WORKLOAD_ID_P2_PLAN } from './graph/signals.js';
import { MICROSOFT_GRAPH_APP_ID, type GraphServicePrincipal, type TenantFixture } from './tenant.js';

type Json = Record<string, unknown>;

/** A subscribedSku holding the Workload ID plan (P2 = Workload ID Premium, P1 = conditional access only). */
export function workloadIdSku(plan: 'P1' | 'P2' = 'P2', capabilityStatus = 'Enabled'): Json {
  const p2 = plan === 'P2';
  return {
    id: `${p2 ? 'wid-p2' : 'wid-p1'}-sku`,
    capabilityStatus,
    consumedUnits: 0,
    prepaidUnits: { enabled: 25, suspended: 0, warning: 0, lockedOut: 0 },
    skuId: p2 ? '5b0d3b4a-3f1c-4b7b-9a3c-0d8c3b1a2f01' : '5b0d3b4a-3f1c-4b7b-9a3c-0d8c3b1a2f02',
    skuPartNumber: p2 ? 'Workload_Identities_Premium' : 'Workload_Identities_P1',
    appliesTo: 'Company',
    servicePlans: [
      {
        servicePlanId: p2 ? WORKLOAD_ID_P2_PLAN : WORKLOAD_ID_P1_PLAN,
        servicePlanName: p2 ? 'AAD_WRKLDID_P2' : 'AAD_WRKLDID_P1',
        provisioningStatus: 'Success',
        appliesTo: 'Company',
      },
    ],
  };
}

/** An unrelated licence (Entra ID P2), so "no Workload ID licence" is not "no licence at all". */
export function entraIdP2Sku(): Json {
  return {
    id: 'aad-p2-sku',
    capabilityStatus: 'Enabled',
    skuId: '84a661c4-e949-4bd2-a560-ed7766fcaf2b',
    skuPartNumber: 'AAD_PREMIUM_P2',
    appliesTo: 'User',
    servicePlans: [
      {
        servicePlanId: 'eec0eb4f-6444-4f95-aba0-50c24d67f998',
        servicePlanName: 'AAD_PREMIUM_P2',
        provisioningStatus: 'Success',
        appliesTo: 'User',
      },
    ],
  };
}

/** The riskyServicePrincipal of a service principal (licensed v1.0 shape). */
export function riskyServicePrincipal(sp: GraphServicePrincipal, over: Json = {}): Json {
  return {
    id: sp.id,
    appId: sp.appId,
    displayName: sp.displayName,
    isEnabled: true,
    isProcessing: false,
    riskLastUpdatedDateTime: '2026-11-30T13:06:51.0451374Z',
    riskLevel: 'high',
    riskState: 'atRisk',
    riskDetail: 'none',
    servicePrincipalType: 'Application',
    ...over,
  };
}

/** A servicePrincipalRiskDetection (offline detection, as ID Protection reports workload risk). */
export function riskDetection(sp: GraphServicePrincipal, over: Json = {}): Json {
  return {
    id: `det-${sp.id}-${String(over.riskEventType ?? 'leakedCredentials')}`,
    requestId: null,
    correlationId: null,
    riskEventType: 'leakedCredentials',
    riskState: 'atRisk',
    riskLevel: 'high',
    riskDetail: 'none',
    source: 'IdentityProtection',
    detectionTimingType: 'offline',
    activity: 'servicePrincipal',
    tokenIssuerType: 'AzureAD',
    ipAddress: null,
    location: null,
    activityDateTime: '2026-11-30T00:00:00Z',
    detectedDateTime: '2026-11-30T00:00:00Z',
    lastUpdatedDateTime: '2026-11-30T16:28:17.8202975Z',
    servicePrincipalId: sp.id,
    servicePrincipalDisplayName: sp.displayName,
    appId: sp.appId,
    keyIds: [],
    additionalInfo: '[{"Key":"alertUrl","Value":null}]',
    ...over,
  };
}

export interface WorkloadPolicyInput {
  id?: string;
  displayName?: string;
  state?: 'enabled' | 'disabled' | 'enabledForReportingButNotEnforced';
  include?: string[];
  exclude?: string[];
  riskLevels?: string[];
  locations?: { includeLocations: string[]; excludeLocations: string[] } | null;
}

/** A conditional access policy for workload identities (block is the only grant for them). */
export function workloadPolicy(input: WorkloadPolicyInput = {}): Json {
  return {
    id: input.id ?? 'a1c2e3f4-0000-4000-8000-00000000ca01',
    templateId: null,
    displayName: input.displayName ?? 'Block risky workload identities',
    createdDateTime: '2026-10-02T14:17:09.1686157Z',
    modifiedDateTime: '2026-11-03T20:07:59.0369305Z',
    state: input.state ?? 'enabled',
    sessionControls: null,
    conditions: {
      userRiskLevels: [],
      signInRiskLevels: [],
      clientAppTypes: ['all'],
      servicePrincipalRiskLevels: input.riskLevels ?? ['medium', 'high'],
      insiderRiskLevels: null,
      platforms: null,
      locations: input.locations ?? null,
      devices: null,
      clientApplications: {
        includeServicePrincipals: input.include ?? ['ServicePrincipalsInMyTenant'],
        excludeServicePrincipals: input.exclude ?? [],
        servicePrincipalFilter: null,
      },
      applications: {
        includeApplications: ['All'],
        excludeApplications: [],
        includeUserActions: [],
        includeAuthenticationContextClassReferences: [],
        applicationFilter: null,
      },
      users: {
        includeUsers: ['None'],
        excludeUsers: [],
        includeGroups: [],
        excludeGroups: [],
        includeRoles: [],
        excludeRoles: [],
        includeGuestsOrExternalUsers: null,
        excludeGuestsOrExternalUsers: null,
      },
    },
    grantControls: {
      operator: 'OR',
      builtInControls: ['block'],
      customAuthenticationFactors: [],
      termsOfUse: [],
      authenticationStrength: null,
    },
  };
}

/** A user-facing policy (MFA for admins), which concerns no workload identity. */
export function userMfaPolicy(): Json {
  return {
    id: '2b31ac51-b855-40a5-a986-0a4ed23e9008',
    templateId: null,
    displayName: 'CA001: Require multi-factor authentication for admins',
    state: 'enabled',
    sessionControls: null,
    conditions: {
      userRiskLevels: [],
      signInRiskLevels: [],
      clientAppTypes: ['all'],
      servicePrincipalRiskLevels: [],
      insiderRiskLevels: null,
      platforms: null,
      locations: null,
      devices: null,
      clientApplications: null,
      applications: { includeApplications: ['All'], excludeApplications: [], includeUserActions: [] },
      users: {
        includeUsers: [],
        excludeUsers: [],
        includeGroups: [],
        excludeGroups: [],
        includeRoles: ['62e90394-69f5-4237-9190-012177145e10'],
        excludeRoles: [],
      },
    },
    grantControls: {
      operator: 'OR',
      builtInControls: ['mfa'],
      customAuthenticationFactors: [],
      termsOfUse: [],
      authenticationStrength: null,
    },
  };
}

/**
 * The read-only permissions that unlock every signal. Organization.Read.All stands in for the least privileged
 * LicenseAssignment.Read.All, whose app role id is unknown (emulator/facts/signals.md#permissions).
 */
export const SIGNAL_READ_PERMISSIONS = [
  'Organization.Read.All',
  'IdentityRiskyServicePrincipal.Read.All',
  'IdentityRiskEvent.Read.All',
  'Policy.Read.All',
] as const;

/**
 * Grants an app (the guard) the signal permissions in a tenant fixture: the Microsoft Graph service principal
 * gains the app roles if it lacks them, the app's service principal the assignments (so Entra's token carries them).
 */
export function grantSignalPermissions(tenant: TenantFixture, appId: string): void {
  const graph = tenant.servicePrincipals.find((s) => s.appId === MICROSOFT_GRAPH_APP_ID);
  const sp = tenant.servicePrincipals.find((s) => s.appId.toLowerCase() === appId.toLowerCase());
  if (!graph || !sp) throw new Error(`grantSignalPermissions: the tenant lacks Microsoft Graph or app ${appId}`);
  graph.appRoles ??= [];
  sp.appRoleAssignments ??= [];
  for (const permission of SIGNAL_READ_PERMISSIONS) {
    const id = SIGNAL_GRAPH_APP_ROLES[permission];
    if (!graph.appRoles.some((r) => r.id === id))
      graph.appRoles.push({ id, value: permission, allowedMemberTypes: ['Application'], isEnabled: true });
    if (!sp.appRoleAssignments.some((a) => a.appRoleId === id && a.resourceId === graph.id))
      sp.appRoleAssignments.push({
        id: `signals-${id}`,
        appRoleId: id,
        principalId: sp.id,
        principalType: 'ServicePrincipal',
        principalDisplayName: sp.displayName,
        resourceId: graph.id,
        resourceDisplayName: 'Microsoft Graph',
      });
  }
}
