// The Entra → Graph half of a run: exchange the OIDC token, read the apps. Loaded with a dynamic
// import once the OIDC request is on its way, so the Azure SDK and MSAL (most of the bundle) load
// while the network answers instead of before the first request.
import * as core from '@actions/core';
import type { InventoryItem } from '../audit.js';
import { resolveCloud } from '../auth/clouds.js';
import { acquireGraphToken, createEntraCredential } from '../auth/entra.js';
import type { ActionInputs } from '../config/inputs.js';
import { createGraphClient } from '../graph/client.js';
import { readApps } from '../graph/reader.js';
import { errorMessage } from '../http/retry.js';
import type { TenantSignals } from '../signals/model.js';
import { normaliseSignals } from '../signals/normalise.js';
import { readSignals } from '../signals/read.js';
import { addLifecycleSignals } from '../signals/lifecycle-run.js';
import { rolesOfAccessToken } from '../signals/token.js';

/** The apps, and Entra's signals about them (null when the guard could not sign in). */
export interface InventoryAndSignals {
  items: InventoryItem[];
  signals: TenantSignals | null;
}

export async function readInventory(
  inputs: Readonly<ActionInputs>,
  identity: { tenantId: string; clientId: string },
  getAssertion: () => Promise<string>,
): Promise<InventoryAndSignals> {
  const cloud = resolveCloud({
    cloud: inputs.cloud,
    ...(inputs.authorityHost ? { authorityHost: inputs.authorityHost } : {}),
    ...(inputs.graphEndpoint ? { graphEndpoint: inputs.graphEndpoint } : {}),
  });
  const credential = createEntraCredential({ ...identity, authorityHost: cloud.authorityHost, getAssertion });
  let roles: string[] | null;
  try {
    roles = rolesOfAccessToken((await acquireGraphToken(credential, cloud.graphEndpoint)).token);
  } catch (error) {
    // Without a Graph token no app can be read: each is reported as not evaluated, with why.
    const reason = errorMessage(error);
    core.error(reason, { title: 'Entra sign-in failed' });
    return { items: inputs.apps.map((appId) => ({ notEvaluated: { appId, reason } })), signals: null };
  }
  const client = createGraphClient({
    graphEndpoint: cloud.graphEndpoint,
    getAccessToken: async () => (await acquireGraphToken(credential, cloud.graphEndpoint)).token,
  });
  // [signals] Entra's risk and conditional access signals, read beside the apps (issue 13).
  const signalsRead = readSignals(client, { cloud: inputs.cloud, roles, appIds: inputs.apps }).then(normaliseSignals);
  // [lifecycle] usage, recommendations, app management policy (issue 14), after the licences are known.
  const lifecycleRead = signalsRead.then((signals) =>
    addLifecycleSignals(client, signals, { cloud: inputs.cloud, roles, appIds: inputs.apps }),
  );
  // The apps are read beside the signals; then each app's owners, batched (issue 14).
  const appsRead = (async () => {
    const read: InventoryItem[] = [];
    for await (const item of readApps(client, inputs.apps)) read.push(item);
    return read;
  })();
  appsRead.catch(() => undefined); // awaited below; this only keeps an early throw above from orphaning it
  const lifecycle = await lifecycleRead;
  const items: InventoryItem[] = [];
  // [lifecycle] owners and sponsors of the apps read (issue 14).
  for await (const item of lifecycle.wrap(await appsRead)) items.push(item);
  return { items, signals: lifecycle.signals };
}
