// One seam for the readers (action, CLI scan): adds the usage and lifecycle signals of issue 14 to the signals a
// run already read (src/signals/read.ts), and wraps the run's inventory so owners are read, batched, as it streams.
import type { CloudName } from '../auth/clouds.js';
import type { InventoryItem } from '../audit.js';
import type { GraphClient } from '../graph/client.js';
import type { AppInventory } from '../inventory/model.js';
import { normaliseLifecycle, withoutRequestIds, type DirectoryOwner } from './lifecycle.js';
import { ownersState, readLifecycle, withOwners } from './lifecycle-read.js';
import type { TenantSignals } from './model.js';

export interface LifecycleRun {
  /** The run's signals with the lifecycle signals and their states added. */
  signals: TenantSignals;
  /** The inventory with each app's owners read (in batches) before the app is yielded. */
  wrap(items: AsyncIterable<InventoryItem> | Iterable<InventoryItem>): AsyncIterable<InventoryItem>;
}

export async function addLifecycleSignals(
  client: GraphClient,
  signals: TenantSignals,
  options: {
    cloud: CloudName;
    roles: readonly string[] | null;
    appIds?: readonly string[];
    /** Whose owners to read (a tenant scan); every app's when absent. */
    ownersOf?: { select: (app: AppInventory) => boolean; which: string };
  },
): Promise<LifecycleRun> {
  const read = await readLifecycle(client, {
    cloud: options.cloud,
    roles: options.roles,
    licences: signals.licences,
    ...(options.appIds ? { appIds: options.appIds } : {}),
  });
  const owners = new Map<string, DirectoryOwner[]>();
  const accountability = new Map<string, string | null>();
  const sponsors = new Map<string, DirectoryOwner[]>();
  const owned = ownersState(options.ownersOf?.which);
  const lifecycle = { ...normaliseLifecycle(read.raw), owners, accountability, sponsors };
  // Graph's request ids differ on every call: kept out of the report, so shards merge into the full scan's report.
  const states = [...signals.states, ...read.states].map((s) => ({ ...s, reason: withoutRequestIds(s.reason) }));
  return {
    // The owners state is completed in place by wrap(), before audit() builds the report.
    signals: { ...signals, states: [...states, owned], lifecycle },
    wrap: (items) =>
      withOwners(client, items, { owners, accountability, sponsors }, owned, {
        cloud: options.cloud,
        roles: options.roles,
        ...(options.ownersOf ? { only: options.ownersOf } : {}),
      }),
  };
}
