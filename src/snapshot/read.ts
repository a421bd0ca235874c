// A snapshot file → the same inventory the live reader yields: its Graph JSON goes through the very
// normalisation (normaliseApp) the reader applies, so a scan of a snapshot judges the apps identically.
import type { InventoryItem } from '../audit.js';
import { shortValue, readContainedFile, UnsafePathError } from '../fs/workspace.js';
import { GraphMalformedError } from '../graph/client.js';
import { NO_PERMISSION_NAMES, normaliseApp, permissionNamesOf } from '../graph/normalise.js';
import { MICROSOFT_GRAPH_APP_ID } from '../graph/reader.js';
import type { NotEvaluated } from '../inventory/model.js';
import { SIGNAL_STATUSES, type LicenceState, type SignalId, type SignalState } from '../signals/model.js';
import type { RawSignals } from '../signals/normalise.js';
import { SNAPSHOT_VERSIONS_READ, SnapshotError, type GraphJson, type Snapshot } from './model.js';

/** A snapshot of a large tenant is big, but not bigger than a JavaScript string can hold. */
export const MAX_SNAPSHOT_BYTES = 256 * 1024 * 1024;

/** Reads a snapshot the user named: a regular file (no device or /proc file), at most MAX_SNAPSHOT_BYTES. */
export async function readSnapshotFile(path: string): Promise<Snapshot> {
  let text: string;
  try {
    text = await readContainedFile(path, { what: 'the snapshot', shown: path, maxBytes: MAX_SNAPSHOT_BYTES });
  } catch (error) {
    if (error instanceof UnsafePathError) throw new SnapshotError(error.message);
    throw error;
  }
  return parseSnapshot(text, path);
}

function isObject(value: unknown): value is GraphJson {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Validates the envelope; an app whose own JSON is malformed is reported per app when scanned, as live. */
export function parseSnapshot(text: string, source: string): Snapshot {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new SnapshotError(`The snapshot ${source} is not valid JSON (${(error as Error).message}).`);
  }
  const bad = (what: string) => new SnapshotError(`The snapshot ${source} is not a valid snapshot: ${what}.`);
  if (!isObject(doc)) throw bad('expected a JSON object');
  if (typeof doc.version !== 'number' || !SNAPSHOT_VERSIONS_READ.includes(doc.version))
    throw new SnapshotError(
      `The snapshot ${source} has version ${shortValue(JSON.stringify(doc.version ?? null) ?? 'null', 20)}; this version of the tool reads versions ${SNAPSHOT_VERSIONS_READ.join(' and ')}. Export it again.`,
    );
  const version = doc.version as Snapshot['version'];
  if (typeof doc.tenant !== 'string' || doc.tenant.trim() === '') throw bad('"tenant" must be a non-empty string');
  if (typeof doc.exportedAt !== 'string' || Number.isNaN(Date.parse(doc.exportedAt)))
    throw bad('"exportedAt" must be an ISO 8601 date');
  const tool = isObject(doc.tool) ? doc.tool : {};
  const list = (key: string): GraphJson[] => {
    const value = doc[key];
    if (!Array.isArray(value)) throw bad(`"${key}" must be an array`);
    value.forEach((item, i) => {
      if (!isObject(item)) throw bad(`${key}[${i}] must be an object`);
    });
    return value as GraphJson[];
  };
  const applications = list('applications');
  const servicePrincipals = list('servicePrincipals');
  const graphAppRoles = list('graphAppRoles');
  if (version === 1 && doc.managedIdentities !== undefined) throw bad('"managedIdentities" needs version 2');
  const managedIdentities = version === 1 ? [] : list('managedIdentities');
  for (const [key, items] of [
    ['applications', applications],
    ['servicePrincipals', servicePrincipals],
    ['managedIdentities', managedIdentities],
  ] as const) {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (typeof item.appId !== 'string' || item.appId.trim() === '') throw bad(`${key}[${i}].appId must be a string`);
      if (seen.has(item.appId.toLowerCase())) throw bad(`${key} lists appId ${shortValue(item.appId)} twice`);
      seen.add(item.appId.toLowerCase());
    });
  }
  const graphId = doc.graphServicePrincipalId ?? null;
  if (graphId !== null && typeof graphId !== 'string') throw bad('"graphServicePrincipalId" must be a string or null');
  const notEvaluatedRaw = doc.notEvaluated ?? [];
  if (!Array.isArray(notEvaluatedRaw)) throw bad('"notEvaluated" must be an array');
  const notEvaluated: NotEvaluated[] = notEvaluatedRaw.map((n, i) => {
    if (!isObject(n) || typeof n.appId !== 'string' || typeof n.reason !== 'string')
      throw bad(`notEvaluated[${i}] must be { appId, reason } strings`);
    return { appId: n.appId, reason: n.reason };
  });
  return {
    version,
    tool: { name: String(tool.name ?? ''), version: String(tool.version ?? '') },
    tenant: doc.tenant,
    exportedAt: doc.exportedAt,
    applications,
    servicePrincipals,
    graphAppRoles,
    graphServicePrincipalId: graphId,
    managedIdentities,
    notEvaluated,
    ...(doc.signals === undefined ? {} : { signals: parseSignals(doc.signals, bad) }),
  };
}

const LICENCE_STATES: readonly LicenceState[] = ['licensed', 'unlicensed', 'unknown'];

/** The optional `signals` of a snapshot (older snapshots have none). */
function parseSignals(value: unknown, bad: (what: string) => SnapshotError): RawSignals {
  if (!isObject(value)) throw bad('"signals" must be an object');
  if (!Array.isArray(value.states)) throw bad('"signals.states" must be an array');
  const states: SignalState[] = value.states.map((s, i) => {
    if (!isObject(s) || typeof s.signal !== 'string' || typeof s.reason !== 'string')
      throw bad(`signals.states[${i}] must be { signal, status, reason }`);
    if (!SIGNAL_STATUSES.includes(s.status as SignalState['status']))
      throw bad(`signals.states[${i}].status must be one of ${SIGNAL_STATUSES.join(', ')}`);
    return { signal: s.signal as SignalId, status: s.status as SignalState['status'], reason: s.reason };
  });
  const licences = isObject(value.licences) ? value.licences : {};
  const licence = (key: string): LicenceState =>
    LICENCE_STATES.includes(licences[key] as LicenceState) ? (licences[key] as LicenceState) : 'unknown';
  const raw: RawSignals = {
    states,
    licences: {
      workloadIdPremium: licence('workloadIdPremium'),
      workloadIdConditionalAccess: licence('workloadIdConditionalAccess'),
    },
  };
  for (const key of [
    'riskyServicePrincipals',
    'servicePrincipalRiskDetections',
    'conditionalAccessPolicies',
  ] as const) {
    const items = value[key];
    if (items === undefined) continue;
    if (!Array.isArray(items) || !items.every(isObject)) throw bad(`"signals.${key}" must be an array of objects`);
    raw[key] = items;
  }
  return raw;
}

export interface SnapshotSelection {
  /** Only these apps (lower- or mixed-case GUIDs); every app of the snapshot when absent. */
  appIds?: readonly string[];
  /** Keeps an app when true; shards and filters decide. */
  include?: (appId: string) => boolean;
}

/** The inventory of the selected apps, as the live reader would have yielded it. */
export function snapshotInventory(snapshot: Snapshot, selection: SnapshotSelection = {}): InventoryItem[] {
  const names =
    snapshot.graphServicePrincipalId === null
      ? NO_PERMISSION_NAMES
      : permissionNamesOf({
          id: snapshot.graphServicePrincipalId,
          appId: MICROSOFT_GRAPH_APP_ID,
          appRoles: snapshot.graphAppRoles,
        });
  const servicePrincipals = new Map(snapshot.servicePrincipals.map((sp) => [String(sp.appId).toLowerCase(), sp]));
  const wanted = selection.appIds ? new Set(selection.appIds.map((id) => id.toLowerCase())) : null;
  const keep = (appId: string) =>
    (wanted === null || wanted.has(appId.toLowerCase())) && (selection.include?.(appId) ?? true);

  const items: InventoryItem[] = [];
  const found = new Set<string>();
  for (const application of snapshot.applications) {
    const appId = String(application.appId);
    if (!keep(appId)) continue;
    found.add(appId.toLowerCase());
    const servicePrincipal = servicePrincipals.get(appId.toLowerCase()) ?? null;
    try {
      items.push({ app: normaliseApp({ application, servicePrincipal }, names) });
    } catch (error) {
      if (!(error instanceof GraphMalformedError)) throw error;
      items.push({
        notEvaluated: { appId, reason: `the snapshot's data for this app is malformed: ${error.message}` },
      });
    }
  }
  // Version 2: user-assigned managed identities, their credentials from ARM and their service principals.
  for (const identity of snapshot.managedIdentities) {
    const appId = String(identity.appId);
    if (!keep(appId) || found.has(appId.toLowerCase())) continue;
    found.add(appId.toLowerCase());
    const credentials = identity.federatedIdentityCredentials;
    try {
      const raw = {
        application: null,
        servicePrincipal: servicePrincipals.get(appId.toLowerCase()) ?? null,
        managedIdentity: {
          resourceId: String(identity.resourceId),
          federatedIdentityCredentials: Array.isArray(credentials) ? credentials : [],
        },
      };
      if (!Array.isArray(credentials))
        throw new GraphMalformedError('managedIdentities[].federatedIdentityCredentials is not an array');
      items.push({ app: normaliseApp(raw, names) });
    } catch (error) {
      if (!(error instanceof GraphMalformedError)) throw error;
      items.push({
        notEvaluated: { appId, reason: `the snapshot's data for this managed identity is malformed: ${error.message}` },
      });
    }
  }
  for (const entry of snapshot.notEvaluated) {
    if (!keep(entry.appId) || found.has(entry.appId.toLowerCase())) continue;
    found.add(entry.appId.toLowerCase());
    items.push({ notEvaluated: entry });
  }
  for (const appId of selection.appIds ?? []) {
    if (found.has(appId.toLowerCase()) || !(selection.include?.(appId) ?? true)) continue;
    items.push({ notEvaluated: { appId, reason: `not in the snapshot (exported ${snapshot.exportedAt})` } });
  }
  return items;
}
