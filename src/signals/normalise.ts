// Graph's JSON for the signals → the plain data the rules read. Tolerant, as the documented examples are
// (non-hex ids, malformed timestamps, absent or null fields): an entry without the fields a rule needs is
// dropped, never guessed. Shared by the live reader and snapshots.
import type {
  ConditionalAccessPolicy,
  RiskDetection,
  RiskLevel,
  RiskState,
  ServicePrincipalRisk,
  SignalState,
  TenantLicences,
  TenantSignals,
} from './model.js';

export type GraphJson = Record<string, unknown>;

/** The signals as Graph answered them (the risk and detections already narrowed to what the run needs). */
export interface RawSignals {
  states: SignalState[];
  licences: TenantLicences;
  riskyServicePrincipals?: GraphJson[];
  servicePrincipalRiskDetections?: GraphJson[];
  conditionalAccessPolicies?: GraphJson[];
}

const RISK_LEVELS: readonly RiskLevel[] = ['low', 'medium', 'high', 'hidden', 'none', 'unknownFutureValue'];
const RISK_STATES: readonly RiskState[] = [
  'none',
  'confirmedSafe',
  'remediated',
  'dismissed',
  'atRisk',
  'confirmedCompromised',
  'unknownFutureValue',
];

const str = (o: GraphJson, key: string): string | null => (typeof o[key] === 'string' ? (o[key] as string) : null);
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
const obj = (value: unknown): GraphJson =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as GraphJson) : {};

function riskLevel(value: unknown): RiskLevel | null {
  return RISK_LEVELS.find((l) => l === value) ?? null;
}

export function toRisk(o: GraphJson): ServicePrincipalRisk | null {
  const id = str(o, 'id');
  const appId = str(o, 'appId');
  const state =
    RISK_STATES.find((s) => s === o.riskState) ?? (typeof o.riskState === 'string' ? 'unknownFutureValue' : null);
  if (!id || !appId || !state) return null;
  return {
    id,
    appId,
    displayName: str(o, 'displayName'),
    riskState: state,
    riskLevel: riskLevel(o.riskLevel) ?? 'unknownFutureValue',
    riskDetail: str(o, 'riskDetail'),
    riskLastUpdatedDateTime: str(o, 'riskLastUpdatedDateTime'),
  };
}

export function toDetection(o: GraphJson): RiskDetection | null {
  const id = str(o, 'id');
  const servicePrincipalId = str(o, 'servicePrincipalId');
  if (!id || !servicePrincipalId) return null;
  return {
    id,
    servicePrincipalId,
    appId: str(o, 'appId'),
    riskEventType: str(o, 'riskEventType') ?? 'unknown',
    riskState: str(o, 'riskState'),
    riskLevel: riskLevel(o.riskLevel),
    activityDateTime: str(o, 'activityDateTime'),
    detectedDateTime: str(o, 'detectedDateTime'),
    keyIds: strings(o.keyIds),
  };
}

export function toConditionalAccessPolicy(o: GraphJson): ConditionalAccessPolicy | null {
  const id = str(o, 'id');
  if (!id) return null;
  const conditions = obj(o.conditions);
  const clients = obj(conditions.clientApplications);
  const applications = obj(conditions.applications);
  const locations = obj(conditions.locations);
  const filter = obj(clients.servicePrincipalFilter);
  return {
    id,
    displayName: str(o, 'displayName') ?? id,
    state: str(o, 'state') ?? 'disabled',
    includeServicePrincipals: strings(clients.includeServicePrincipals),
    excludeServicePrincipals: strings(clients.excludeServicePrincipals),
    servicePrincipalFilter:
      typeof filter.rule === 'string'
        ? { mode: typeof filter.mode === 'string' ? filter.mode : 'include', rule: filter.rule }
        : null,
    includeApplications: strings(applications.includeApplications),
    servicePrincipalRiskLevels: strings(conditions.servicePrincipalRiskLevels),
    includeLocations: strings(locations.includeLocations),
    excludeLocations: strings(locations.excludeLocations),
    builtInControls: strings(obj(o.grantControls).builtInControls),
  };
}

const newestFirst = (a: RiskDetection, b: RiskDetection): number => {
  const x = Date.parse(a.detectedDateTime ?? a.activityDateTime ?? '') || 0;
  const y = Date.parse(b.detectedDateTime ?? b.activityDateTime ?? '') || 0;
  return y - x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
};

export function normaliseSignals(raw: RawSignals): TenantSignals {
  const signals: TenantSignals = { states: raw.states.map((s) => ({ ...s })), licences: { ...raw.licences } };
  if (raw.riskyServicePrincipals) {
    const risk = new Map<string, ServicePrincipalRisk>();
    let hidden = false;
    for (const item of raw.riskyServicePrincipals) {
      const entry = toRisk(item);
      if (!entry) continue;
      if (entry.riskLevel === 'hidden' || entry.riskDetail === 'hidden') hidden = true;
      risk.set(entry.appId.toLowerCase(), entry);
    }
    signals.risk = risk;
    if (hidden) signals.riskHidden = true;
  }
  if (raw.servicePrincipalRiskDetections) {
    const detections = new Map<string, RiskDetection[]>();
    for (const item of raw.servicePrincipalRiskDetections) {
      const entry = toDetection(item);
      if (!entry) continue;
      const key = entry.servicePrincipalId.toLowerCase();
      detections.set(key, [...(detections.get(key) ?? []), entry]);
    }
    for (const list of detections.values()) list.sort(newestFirst);
    signals.detections = detections;
  }
  if (raw.conditionalAccessPolicies)
    signals.conditionalAccess = raw.conditionalAccessPolicies
      .map(toConditionalAccessPolicy)
      .filter((p): p is ConditionalAccessPolicy => p !== null);
  return signals;
}
