// The one Graph reader's entry: two ways of choosing apps (by id, by listing the tenant), one
// $batch executor and retry layer (batch.ts), one normalisation (normalise.ts), and one place for
// reads that need the service principal first (identity reads, identity-reads.ts). Both shells and
// `export` read through here.
import type { InventoryItem } from '../audit.js';
import type { Notices } from '../engine/notices.js';
import type { ManagedIdentityCredentialsReader } from '../arm/raw.js';
import type { RetryOptions } from '../http/retry.js';
import type { GraphClient } from './client.js';
import { directoryRoleAssignments, type IdentityRead } from './identity-reads.js';
import { readApps, readRawApps, type RawReadOutcome } from './reader.js';
import { scanTenant, scanTenantRaw, type ScanProgress } from './tenant-scan.js';

export type AppSelection =
  | { kind: 'ids'; appIds: readonly string[] }
  | {
      kind: 'listing';
      /** displayNamePrefix is filtered by Graph; tag on each listed page. */
      filter?: { displayNamePrefix?: string; tag?: string };
      /** Reads only the listed apps this accepts (a shard): the others cost no read at all. */
      include?: (appId: string) => boolean;
      onProgress?: (progress: ScanProgress) => void;
    };

export interface GraphInventoryOptions {
  /** Where the reader reports what it could not check for every app (e.g. directory roles). */
  notices?: Notices;
  /** Batches in flight (by ids: default 4; listing: the ceiling of the adaptive limit, default 8). */
  concurrency?: number;
  retry?: RetryOptions;
  /**
   * Reads that need each app's service principal first. Default: the directory role assignments
   * (identity-reads.ts); a caller adds its own (e.g. managed identities' federated credentials).
   */
  identityReads?: readonly IdentityRead[];
  /** Reads user-assigned managed identities' federated credentials from ARM; without it they are not evaluated. */
  managedIdentities?: ManagedIdentityCredentialsReader;
}

export interface GraphRawOptions extends GraphInventoryOptions {
  /** Called once, before any app is yielded, with the Microsoft Graph service principal's JSON, or null. */
  onGraphServicePrincipal?: (servicePrincipal: Record<string, unknown> | null) => void;
}

/** The selected apps, each normalised once, as inventories or as not evaluated (with why). */
export function readGraphInventory(
  client: GraphClient,
  selection: AppSelection,
  options: GraphInventoryOptions = {},
): AsyncIterable<InventoryItem> {
  const common = commonOptions(options);
  if (selection.kind === 'ids') return readApps(client, selection.appIds, common);
  return scanTenant(client, {
    ...common,
    ...(selection.filter ? { filter: selection.filter } : {}),
    ...(selection.include ? { include: selection.include } : {}),
    ...(selection.onProgress ? { onProgress: selection.onProgress } : {}),
  });
}

/** The selected apps as Graph returned them (for `export`), each complete and validated. */
export function readGraphRaw(
  client: GraphClient,
  selection: AppSelection,
  options: GraphRawOptions = {},
): AsyncIterable<RawReadOutcome> {
  const common = {
    ...commonOptions(options),
    ...(options.onGraphServicePrincipal ? { onGraphServicePrincipal: options.onGraphServicePrincipal } : {}),
  };
  if (selection.kind === 'ids') return readRawApps(client, selection.appIds, common);
  return scanTenantRaw(client, {
    ...common,
    ...(selection.filter ? { filter: selection.filter } : {}),
    ...(selection.include ? { include: selection.include } : {}),
    ...(selection.onProgress ? { onProgress: selection.onProgress } : {}),
  });
}

function commonOptions(options: GraphInventoryOptions) {
  return {
    ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
    ...(options.retry ? { retry: options.retry } : {}),
    ...(options.notices ? { notices: options.notices } : {}),
    ...(options.managedIdentities ? { managedIdentities: options.managedIdentities } : {}),
    // One instance per read: it remembers, for this run only, whether Graph denied the role-management API.
    identityReads: options.identityReads ?? [directoryRoleAssignments()],
  };
}
