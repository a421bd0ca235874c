// An access token for Azure Resource Manager (`<armEndpoint>/.default`) from the action's Entra credential,
// masked before anything is logged; a failure is explained like a Graph token's.
import type { AccessToken } from '@azure/identity';
import { validateHttpsEndpoint } from '../auth/clouds.js';
import { EntraExchangeError, explainEntraError, type EntraCredential } from '../auth/entra.js';
import { maskSecret } from '../auth/mask.js';

export async function acquireArmToken(credential: EntraCredential, armEndpoint: string): Promise<AccessToken> {
  const scope = `${validateHttpsEndpoint(armEndpoint, 'arm-endpoint')}/.default`;
  let token: AccessToken | null;
  try {
    token = await credential.tokenCredential.getToken(scope);
  } catch (error) {
    throw explainEntraError(error, { credential, scope });
  }
  if (!token?.token) throw new EntraExchangeError(null, `Entra returned no access token for scope ${scope}`);
  maskSecret(token.token);
  return token;
}
