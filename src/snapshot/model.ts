// The snapshot file: a tenant's app registrations in Microsoft Graph's own JSON shapes (and, from version 2,
// its user-assigned managed identities' federated credentials in Azure Resource Manager's), with secret
// material removed, so a scan can run offline and judge them exactly as the live tenant. Version 1 still loads.
import type { NotEvaluated } from '../inventory/model.js';
import type { RawSignals } from '../signals/normalise.js';

export type GraphJson = Record<string, unknown>;

export const SNAPSHOT_VERSION = 2;
/** Every version this tool reads; version 1 has no managed identities. */
export const SNAPSHOT_VERSIONS_READ: readonly number[] = [1, 2];

export interface Snapshot {
  version: 1 | 2;
  tool: { name: string; version: string };
  /** As given to export (--tenant): a scan of the snapshot reports it as the report's tenant. */
  tenant: string;
  /** ISO 8601. */
  exportedAt: string;
  /** Application JSON (Graph beta), each with its complete `federatedIdentityCredentials`. */
  applications: GraphJson[];
  /** Service principal JSON, each with its complete `appRoleAssignments` and `memberOf`. */
  servicePrincipals: GraphJson[];
  /** The appRoles of the Microsoft Graph service principal, which name the permissions in appRoleAssignments. */
  graphAppRoles: GraphJson[];
  /** Object id of the Microsoft Graph service principal (the resourceId of its assignments); null when unknown. */
  graphServicePrincipalId: string | null;
  /**
   * Version 2: user-assigned managed identities, each `{ appId, resourceId, federatedIdentityCredentials }` with
   * the credentials as ARM returned them; their service principals are in `servicePrincipals`. Empty in version 1.
   */
  managedIdentities: GraphJson[];
  /** Apps of the selection that could not be read: a scan of the snapshot reports them as not evaluated too. */
  notEvaluated: NotEvaluated[];
  /**
   * Entra's signals at export time (added in tool 0.2, optional, so older snapshots still load): each signal's
   * status, the licences, and the Graph JSON of the risky service principals, their detections and the
   * conditional access policies. A scan of the snapshot judges them as the live run would have.
   */
  signals?: RawSignals;
}

/** A snapshot file that cannot be used: the scan cannot complete. */
export class SnapshotError extends Error {
  override name = 'SnapshotError';
}
