// The CLI's Entra signals for a live scan (issues 13 and 14): the risk and conditional access signals, then the
// usage and lifecycle ones, read once per run. A delegated token carries no roles claim: then a missing
// permission is recognised from Graph's answer.
import type { CloudName } from '../auth/clouds.js';
import type { GraphClient } from '../graph/client.js';
import type { AppInventory } from '../inventory/model.js';
import type { CompiledPolicy } from '../policy/index.js';
import { privilegesOf } from '../policy/rules/lifecycle.js';
import { addLifecycleSignals, type LifecycleRun } from '../signals/lifecycle-run.js';
import { normaliseSignals } from '../signals/normalise.js';
import { readSignals } from '../signals/read.js';
import { inShard, type Selection } from './selection.js';

export async function readRunSignals(
  client: GraphClient,
  cloud: CloudName,
  selection: Selection,
  policy: CompiledPolicy,
  /** The application permissions of the guard's token (its roles claim); null when unknown (a delegated chain). */
  roles: readonly string[] | null = null,
): Promise<LifecycleRun> {
  const appIds = selection.kind === 'apps' ? selection.appIds.filter((id) => inShard(id, selection.shard)) : undefined;
  const scope = { cloud, roles, ...(appIds ? { appIds } : {}) };
  const signals = normaliseSignals(await readSignals(client, scope));
  // A tenant scan reads owners where they matter most: privileged apps (privileged-app-owner) and blueprints.
  const context = { now: new Date(0), settings: policy.settings };
  const ownersOf = appIds
    ? undefined
    : {
        select: (app: AppInventory) => app.kind === 'agentIdentityBlueprint' || privilegesOf(app, context).length > 0,
        which: 'the privileged apps and the agent identity blueprints',
      };
  return addLifecycleSignals(client, signals, { ...scope, ...(ownersOf ? { ownersOf } : {}) });
}
