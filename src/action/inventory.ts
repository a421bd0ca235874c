// The action's live reads: the GitHub OIDC token exchanged for a Graph token (the shared sign-in,
// auth/sign-in.ts), then the apps read by id through the one Graph reader (managed identities' federated
// credentials from Azure Resource Manager), and Entra's signals read once beside them. Loaded with a dynamic
// import once the OIDC request is on its way, so the Azure SDK and MSAL (most of the bundle) load while the
// network answers instead of before the first request.
import * as core from '@actions/core';
import type { InventoryItem } from '../audit.js';
import { createManagedIdentityReader } from '../arm/raw.js';
import { acquireArmToken } from '../arm/token.js';
import { resolveCloud } from '../auth/clouds.js';
import { createEntraCredential } from '../auth/entra.js';
import { graphAccess } from '../auth/sign-in.js';
import type { ActionInputs } from '../config/inputs.js';
import { graphInventorySource } from '../engine/inventory.js';
import type { InventorySource, TenantRead, TokenSource } from '../engine/sources.js';
import { createGraphClient, type GraphClient } from '../graph/client.js';
import { errorMessage } from '../http/retry.js';
import { normaliseSignals } from '../signals/normalise.js';
import { readSignals } from '../signals/read.js';
import { addLifecycleSignals, type LifecycleRun } from '../signals/lifecycle-run.js';
import { rolesOfAccessToken } from '../signals/token.js';

export interface ActionLiveReads {
  inventory: InventorySource;
  /** Entra's signals (risk, conditional access, licences), once per run. */
  tenantReads: TenantRead[];
}

export function actionLiveReads(
  inputs: Readonly<ActionInputs>,
  identity: { tenantId: string; clientId: string },
  token: TokenSource,
): ActionLiveReads {
  const cloud = resolveCloud({
    cloud: inputs.cloud,
    ...(inputs.authorityHost ? { authorityHost: inputs.authorityHost } : {}),
    ...(inputs.graphEndpoint ? { graphEndpoint: inputs.graphEndpoint } : {}),
    ...(inputs.armEndpoint ? { armEndpoint: inputs.armEndpoint } : {}),
  });
  const credential = createEntraCredential({
    ...identity,
    authorityHost: cloud.authorityHost,
    getAssertion: () => token.get(),
  });
  const access = graphAccess(credential, cloud.graphEndpoint);
  // One sign-in for the apps and the signals: started by whichever asks first.
  let connection: Promise<{ client: GraphClient; roles: string[] | null }> | undefined;
  const connect = () =>
    (connection ??= (async () => {
      let accessToken: string;
      try {
        accessToken = await access.getAccessToken();
      } catch (error) {
        core.error(errorMessage(error), { title: 'Entra sign-in failed' });
        throw error;
      }
      const client = createGraphClient({
        graphEndpoint: access.graphEndpoint,
        getAccessToken: () => access.getAccessToken(),
      });
      return { client, roles: rolesOfAccessToken(accessToken) };
    })());

  const graph = graphInventorySource({
    tenant: identity.tenantId,
    selection: { kind: 'ids', appIds: inputs.apps },
    client: async () => (await connect()).client,
    // A client id that is a user-assigned managed identity has its credentials in ARM; the token for ARM's
    // audience is asked for only when one is met.
    managedIdentities: createManagedIdentityReader({
      armEndpoint: cloud.armEndpoint,
      getAccessToken: async () => (await acquireArmToken(credential, cloud.armEndpoint)).token,
    }),
  });
  // Entra's signals once per run: risk and conditional access (issue 13), then usage and lifecycle once the
  // licences are known (issue 14). The owners of each app are read as the apps pass (lifecycle.wrap).
  const lifecycle = connect().then(async ({ client, roles }) => {
    const scope = { cloud: inputs.cloud, roles, appIds: inputs.apps };
    return addLifecycleSignals(client, normaliseSignals(await readSignals(client, scope)), scope);
  });
  lifecycle.catch(() => undefined); // a failed sign-in is reported by the inventory, app by app
  const signals: TenantRead = {
    name: 'signals',
    async read() {
      try {
        return { signals: (await lifecycle).signals };
      } catch {
        return {}; // the apps are reported as not evaluated, with the sign-in error
      }
    },
  };
  const inventory: InventorySource = {
    ...graph,
    read: (notices) => withOwners(graph.read(notices), lifecycle),
  };
  return { inventory, tenantReads: [signals] };
}

/** The apps (read beside the signals), each with its owners read before it is judged. */
async function* withOwners(
  items: AsyncIterable<InventoryItem> | Iterable<InventoryItem>,
  lifecycle: Promise<LifecycleRun>,
): AsyncGenerator<InventoryItem> {
  const read: InventoryItem[] = [];
  const reading = (async () => {
    for await (const item of items) read.push(item);
  })();
  let run: LifecycleRun | null = null;
  try {
    run = await lifecycle;
  } catch {
    // no sign-in: the items are the apps not evaluated, with why
  }
  await reading;
  if (run) yield* run.wrap(read);
  else yield* read;
}
