// The signals the guard can read, with what unlocks each: the Microsoft Graph application permissions
// (least privileged first), the licence, and the clouds that serve it. README's permissions table and
// the fixes in notices follow this table. Sources: Microsoft Graph API reference pages of each endpoint
// (permissions and national-cloud tables) and the Workload ID FAQ (learn.microsoft.com/entra/workload-id/
// workload-identities-faqs) for licences.
import type { CloudName } from '../auth/clouds.js';
import { LIFECYCLE_SIGNAL_SPECS } from './lifecycle-catalogue.js';
import type { SignalId } from './model.js';

export type LicenceKind = 'workloadIdPremium' | 'workloadIdConditionalAccess' | 'entraIdPremium';

export interface SignalSpec {
  id: SignalId;
  /** What the signal is, as a noun phrase. */
  title: string;
  /** GET path relative to the Graph root, with its version. */
  endpoint: string;
  /** Application permissions that allow the read, least privileged first. */
  permissions: readonly string[];
  licence: LicenceKind | null;
  /** Clouds whose Graph serves the endpoint. */
  clouds: readonly CloudName[];
  /** Rule ids that need the signal. */
  rules: readonly string[];
  /** What a licence would add, for the notice of an unlicensed tenant. */
  licenceAdds?: string;
}

export const LICENCE_NAMES: Record<LicenceKind, string> = {
  workloadIdPremium: 'Microsoft Entra Workload ID Premium',
  workloadIdConditionalAccess: 'Microsoft Entra Workload ID (P1 or Premium)',
  entraIdPremium: 'Microsoft Entra ID P1 or P2',
};

const ALL_CLOUDS: readonly CloudName[] = ['AzureCloud', 'AzureUSGovernment', 'AzureChinaCloud'];
/** ID Protection for workload identities is not offered by 21Vianet (Graph reference, national cloud table). */
const NO_CHINA: readonly CloudName[] = ['AzureCloud', 'AzureUSGovernment'];

export const SIGNAL_SPECS: readonly SignalSpec[] = [
  {
    id: 'subscribed-skus',
    title: "the tenant's licences (subscribedSkus)",
    endpoint: 'v1.0/subscribedSkus',
    permissions: ['LicenseAssignment.Read.All', 'Organization.Read.All', 'Directory.Read.All'],
    licence: null,
    clouds: ALL_CLOUDS,
    rules: [],
  },
  {
    id: 'risky-service-principals',
    title: 'the risk of the deploy identities (ID Protection riskyServicePrincipals)',
    endpoint: 'v1.0/identityProtection/riskyServicePrincipals',
    permissions: ['IdentityRiskyServicePrincipal.Read.All', 'IdentityRiskyServicePrincipal.ReadWrite.All'],
    licence: 'workloadIdPremium',
    clouds: NO_CHINA,
    rules: ['service-principal-at-risk'],
    licenceAdds: 'the risk level and details of a compromised deploy identity, so the deployment is blocked on it',
  },
  {
    id: 'service-principal-risk-detections',
    title: 'the risk detections of the deploy identities (servicePrincipalRiskDetections)',
    endpoint: 'v1.0/identityProtection/servicePrincipalRiskDetections',
    permissions: ['IdentityRiskEvent.Read.All'],
    licence: 'workloadIdPremium',
    clouds: NO_CHINA,
    rules: ['service-principal-at-risk'],
    licenceAdds: 'which detection flagged a deploy identity and which credential (keyId) was involved',
  },
  {
    id: 'conditional-access-policies',
    title: 'the conditional access policies (identity/conditionalAccess/policies)',
    endpoint: 'v1.0/identity/conditionalAccess/policies',
    permissions: ['Policy.Read.All'],
    licence: 'workloadIdConditionalAccess',
    clouds: ALL_CLOUDS,
    rules: ['conditional-access-missing'],
    licenceAdds:
      'conditional access for workload identities: blocking a deploy identity outside trusted locations or when it is at risk',
  },
  ...LIFECYCLE_SIGNAL_SPECS, // usage and lifecycle (issue 14)
];

export function signalSpec(id: SignalId): SignalSpec {
  const spec = SIGNAL_SPECS.find((s) => s.id === id);
  if (!spec) throw new Error(`unknown signal ${id}`);
  return spec;
}
