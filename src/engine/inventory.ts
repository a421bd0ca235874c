// Inventory sources: where the apps come from. Live Graph (by ids or by listing the tenant, one
// reader: graph/inventory.ts) and a snapshot file (written by `export`). Azure Resource Manager and
// other sources implement the same InventorySource.
import type { InventoryItem } from '../audit.js';
import type { GraphClient } from '../graph/client.js';
import { readGraphInventory, type AppSelection, type GraphInventoryOptions } from '../graph/inventory.js';
import { errorMessage } from '../http/retry.js';
import type { Snapshot } from '../snapshot/model.js';
import { snapshotInventory, type SnapshotSelection } from '../snapshot/read.js';
import type { Notices } from './notices.js';
import type { InventorySource } from './sources.js';

export interface GraphInventorySourceOptions extends Omit<GraphInventoryOptions, 'notices'> {
  tenant: string;
  /**
   * The signed-in Graph client. Awaited when reading starts; when it fails and the selection names the
   * apps, each of them is reported as not evaluated with the reason (a listing cannot say which apps it missed,
   * so the error is thrown).
   */
  client: () => Promise<GraphClient>;
  selection: AppSelection;
  shard?: string;
}

export function graphInventorySource(options: GraphInventorySourceOptions): InventorySource {
  const { tenant, client, selection, shard, ...rest } = options;
  return {
    kind: 'graph',
    scope: { tenant, ...(shard ? { shard } : {}) },
    read: (notices: Notices) => readLive(client, selection, { ...rest, notices }),
  };
}

async function* readLive(
  client: () => Promise<GraphClient>,
  selection: AppSelection,
  options: GraphInventoryOptions,
): AsyncGenerator<InventoryItem> {
  let connected: GraphClient;
  try {
    connected = await client();
  } catch (error) {
    if (selection.kind !== 'ids') throw error;
    // Without a Graph token no app can be read: each is reported as not evaluated, with why.
    const reason = errorMessage(error);
    for (const appId of selection.appIds) yield { notEvaluated: { appId, reason } };
    return;
  }
  yield* readGraphInventory(connected, selection, options);
}

/** The apps of a snapshot: no sign-in and no network; the report says which snapshot it judged. */
export function snapshotInventorySource(
  snapshot: Snapshot,
  selection: SnapshotSelection & { shard?: string } = {},
): InventorySource {
  const described = { exportedAt: snapshot.exportedAt, tenant: snapshot.tenant };
  const { shard, ...chosen } = selection;
  return {
    kind: 'snapshot',
    scope: { tenant: snapshot.tenant, snapshot: described, ...(shard ? { shard } : {}) },
    context: { snapshot: described },
    read: () => snapshotInventory(snapshot, chosen),
  };
}
