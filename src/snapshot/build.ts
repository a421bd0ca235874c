// Pure: the apps export read (Graph JSON, every collection complete) → a version 1 snapshot, secrets removed.
import type { NotEvaluated } from '../inventory/model.js';
import type { RawApp } from '../graph/normalise.js';
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
}

const byAppId = (a: { appId?: unknown }, b: { appId?: unknown }) => {
  const x = String(a.appId).toLowerCase();
  const y = String(b.appId).toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
};

export function buildSnapshot(input: SnapshotInput): Snapshot {
  const apps = [...input.apps].sort((a, b) => byAppId(a.application, b.application));
  const graph = input.graphServicePrincipal;
  const appRoles = Array.isArray(graph?.appRoles) ? (graph.appRoles as unknown[]) : [];
  return {
    version: SNAPSHOT_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    tenant: input.tenant,
    exportedAt: input.exportedAt.toISOString(),
    applications: apps.map((a) => redactApplication(a.application)),
    servicePrincipals: apps.flatMap((a) => (a.servicePrincipal ? [redactServicePrincipal(a.servicePrincipal)] : [])),
    graphAppRoles: appRoles.filter(isObject).map((role) => stripAnnotations(role)),
    graphServicePrincipalId: typeof graph?.id === 'string' ? graph.id : null,
    notEvaluated: [...input.notEvaluated].sort(byAppId).map((n) => ({ appId: n.appId, reason: n.reason })),
  };
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
