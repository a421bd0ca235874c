// Pure: the apps export read (Graph JSON, every collection complete) → a version 1 snapshot, secrets removed.
import type { NotEvaluated } from '../inventory/model.js';
import { rawAppId, type RawApp } from '../graph/normalise.js';
import type { RawSignals } from '../signals/normalise.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { SNAPSHOT_VERSION, type GraphJson, type Snapshot } from './model.js';
import { redactApplication, redactServicePrincipal } from './redact.js';

export interface SnapshotInput {
  tenant: string;
  exportedAt: Date;
  apps: readonly RawApp[];
  notEvaluated: readonly NotEvaluated[];
  /** The Microsoft Graph service principal JSON (id, appId, appRoles) the reader used, or null. */
  graphServicePrincipal: GraphJson | null;
  /** [signals] Entra's signals as read at export time; omitted when not read. */
  signals?: RawSignals | null;
}

const byAppId = (a: { appId?: unknown }, b: { appId?: unknown }) => {
  const x = String(a.appId).toLowerCase();
  const y = String(b.appId).toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
};

export function buildSnapshot(input: SnapshotInput): Snapshot {
  const all = [...input.apps].sort((a, b) => byAppId({ appId: rawAppId(a) }, { appId: rawAppId(b) }));
  const apps = all.filter((a): a is RawApp & { application: GraphJson } => a.application !== null);
  const identities = all.filter((a) => a.application === null && a.managedIdentity && a.servicePrincipal);
  const graph = input.graphServicePrincipal;
  const appRoles = Array.isArray(graph?.appRoles) ? (graph.appRoles as unknown[]) : [];
  return {
    version: SNAPSHOT_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    tenant: input.tenant,
    exportedAt: input.exportedAt.toISOString(),
    applications: apps.map((a) => redactApplication(a.application)),
    servicePrincipals: all.flatMap((a) => (a.servicePrincipal ? [redactServicePrincipal(a.servicePrincipal)] : [])),
    graphAppRoles: appRoles.filter(isObject).map((role) => stripAnnotations(role)),
    graphServicePrincipalId: typeof graph?.id === 'string' ? graph.id : null,
    managedIdentities: identities.map((a) => ({
      appId: rawAppId(a),
      resourceId: a.managedIdentity?.resourceId,
      federatedIdentityCredentials: (a.managedIdentity?.federatedIdentityCredentials ?? []).map(redactArmCredential),
    })),
    notEvaluated: [...input.notEvaluated].sort(byAppId).map((n) => ({ appId: n.appId, reason: n.reason })),
    ...(input.signals ? { signals: snapshotSignals(input.signals) } : {}),
  };
}

/** The signals without OData annotations, in a fixed key order. */
function snapshotSignals(signals: RawSignals): RawSignals {
  const list = (items: GraphJson[] | undefined) => items?.map(stripAnnotations);
  const out: RawSignals = {
    states: signals.states.map((s) => ({ signal: s.signal, status: s.status, reason: s.reason })),
    licences: { ...signals.licences },
  };
  const risky = list(signals.riskyServicePrincipals);
  const detections = list(signals.servicePrincipalRiskDetections);
  const policies = list(signals.conditionalAccessPolicies);
  if (risky) out.riskyServicePrincipals = risky;
  if (detections) out.servicePrincipalRiskDetections = detections;
  if (policies) out.conditionalAccessPolicies = policies;
  return out;
}

/** An ARM credential keeps its id, name, type and trust (issuer, subject, audiences) only. */
function redactArmCredential(value: unknown): unknown {
  if (!isObject(value)) return value;
  const properties = isObject(value.properties) ? value.properties : {};
  const kept: GraphJson = {};
  for (const key of ['issuer', 'subject', 'audiences']) if (key in properties) kept[key] = properties[key];
  return { id: value.id, name: value.name, type: value.type, properties: kept };
}

function isObject(value: unknown): value is GraphJson {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stripAnnotations(value: GraphJson): GraphJson {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !key.includes('@odata.')));
}

/** Two-space JSON with a trailing newline; the key order is the one above. */
export function renderSnapshot(snapshot: Snapshot): string {
  return `${JSON.stringify(snapshot, null, 2)}\n`;
}
