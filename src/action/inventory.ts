// The action's live inventory: the GitHub OIDC token exchanged for a Graph token (the shared
// sign-in, auth/sign-in.ts), then the apps read by id through the one Graph reader. Loaded with a
// dynamic import once the OIDC request is on its way, so the Azure SDK and MSAL (most of the
// bundle) load while the network answers instead of before the first request.
import * as core from '@actions/core';
import { resolveCloud } from '../auth/clouds.js';
import { createEntraCredential } from '../auth/entra.js';
import { graphAccess } from '../auth/sign-in.js';
import type { ActionInputs } from '../config/inputs.js';
import { graphInventorySource } from '../engine/inventory.js';
import type { InventorySource, TokenSource } from '../engine/sources.js';
import { createGraphClient } from '../graph/client.js';
import { errorMessage } from '../http/retry.js';

export function actionGraphInventory(
  inputs: Readonly<ActionInputs>,
  identity: { tenantId: string; clientId: string },
  token: TokenSource,
): InventorySource {
  const cloud = resolveCloud({
    cloud: inputs.cloud,
    ...(inputs.authorityHost ? { authorityHost: inputs.authorityHost } : {}),
    ...(inputs.graphEndpoint ? { graphEndpoint: inputs.graphEndpoint } : {}),
  });
  return graphInventorySource({
    tenant: identity.tenantId,
    selection: { kind: 'ids', appIds: inputs.apps },
    client: async () => {
      const credential = createEntraCredential({
        ...identity,
        authorityHost: cloud.authorityHost,
        getAssertion: () => token.get(),
      });
      const access = graphAccess(credential, cloud.graphEndpoint);
      try {
        await access.getAccessToken();
      } catch (error) {
        core.error(errorMessage(error), { title: 'Entra sign-in failed' });
        throw error;
      }
      return createGraphClient({ graphEndpoint: access.graphEndpoint, getAccessToken: () => access.getAccessToken() });
    },
  });
}
