// Entra's own signals about the deploy identities (risk, conditional access, and later usage,
// recommendations, owners…): each is read once per run and classified before any rule looks at it.
// Plain data only: the pure engine consumes TenantSignals, the report lists every SignalState.
import type { LifecycleSignalId, LifecycleSignals } from './lifecycle.js';

/** Why a signal could or could not be read; a signal that is not `available` never passes silently. */
export type SignalStatus = 'available' | 'unlicensed' | 'forbidden' | 'unsupportedCloud' | 'error';
export const SIGNAL_STATUSES: readonly SignalStatus[] = [
  'available',
  'unlicensed',
  'forbidden',
  'unsupportedCloud',
  'error',
];

export type SignalId =
  | 'subscribed-skus'
  | 'risky-service-principals'
  | 'service-principal-risk-detections'
  | 'conditional-access-policies'
  /** Usage and lifecycle (issue 14): src/signals/lifecycle.ts. */
  | LifecycleSignalId;

/** One entry of `report.signals`. */
export interface SignalState {
  signal: SignalId;
  status: SignalStatus;
  /** One sentence: what was (not) read and, when not available, the exact fix. */
  reason: string;
}

/** What the tenant's licences say about a capability; `unknown` when subscribedSkus could not be read. */
export type LicenceState = 'licensed' | 'unlicensed' | 'unknown';

export interface TenantLicences {
  /** Workload ID Premium (AAD_WRKLDID_P2): ID Protection for workload identities. */
  workloadIdPremium: LicenceState;
  /** Workload ID P1 or Premium: conditional access for workload identities. */
  workloadIdConditionalAccess: LicenceState;
  /** Entra ID P1 or P2: sign-in logs and usage reports (issue 14); absent in older snapshots. */
  entraIdPremium?: LicenceState;
}

export type RiskLevel = 'low' | 'medium' | 'high' | 'hidden' | 'none' | 'unknownFutureValue';
export type RiskState =
  'none' | 'confirmedSafe' | 'remediated' | 'dismissed' | 'atRisk' | 'confirmedCompromised' | 'unknownFutureValue';

/** A `riskyServicePrincipal` of a deploy identity (v1.0). */
export interface ServicePrincipalRisk {
  /** Object id of the service principal. */
  id: string;
  appId: string;
  displayName: string | null;
  riskState: RiskState;
  riskLevel: RiskLevel;
  riskDetail: string | null;
  riskLastUpdatedDateTime: string | null;
}

/** A `servicePrincipalRiskDetection` of a deploy identity. */
export interface RiskDetection {
  id: string;
  servicePrincipalId: string;
  appId: string | null;
  riskEventType: string;
  riskState: string | null;
  riskLevel: RiskLevel | null;
  activityDateTime: string | null;
  detectedDateTime: string | null;
  /** Credential keyIds involved; join to keyCredentials/passwordCredentials keyId. */
  keyIds: string[];
}

export type ConditionalAccessState = 'enabled' | 'disabled' | 'enabledForReportingButNotEnforced' | string;

/** The workload-identity part of a conditional access policy. */
export interface ConditionalAccessPolicy {
  id: string;
  displayName: string;
  state: ConditionalAccessState;
  /** Service principal object ids, or `ServicePrincipalsInMyTenant`. */
  includeServicePrincipals: string[];
  excludeServicePrincipals: string[];
  /** A dynamic filter (`servicePrincipalFilter`) the guard cannot evaluate; null when absent. */
  servicePrincipalFilter: { mode: string; rule: string } | null;
  includeApplications: string[];
  servicePrincipalRiskLevels: string[];
  includeLocations: string[];
  excludeLocations: string[];
  builtInControls: string[];
}

/** Everything the rules may use from Entra's signals. Pure data; absent fields were not read. */
export interface TenantSignals {
  states: SignalState[];
  licences: TenantLicences;
  /** Risk of the deploy identities (every identity at risk in a tenant scan), by appId (lower case); present when read. */
  risk?: ReadonlyMap<string, ServicePrincipalRisk>;
  /** True when the answers hid risk levels and details (tenant without Workload ID Premium). */
  riskHidden?: boolean;
  /** Detections by service principal object id (lower case), newest first; present when read. */
  detections?: ReadonlyMap<string, RiskDetection[]>;
  /** Every conditional access policy of the tenant; present when read. */
  conditionalAccess?: readonly ConditionalAccessPolicy[];
  /** Usage, recommendations, the app management policy, owners and sponsors (issue 14). */
  lifecycle?: LifecycleSignals;
}

export function stateOf(signals: TenantSignals | undefined, id: SignalId): SignalState | undefined {
  return signals?.states.find((s) => s.signal === id);
}
