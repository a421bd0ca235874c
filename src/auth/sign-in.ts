// The one sign-in both shells use: an EntraCredential (the GitHub OIDC token exchanged through
// ClientAssertionCredential, retried under MSAL, or the CLI's standard chain) turned into Graph
// access: one token shared by every request until shortly before it expires, every failure
// explained (AADSTS advice) by explainEntraError, every token masked before it could be echoed.
import type { AccessToken } from '@azure/identity';
import { validateHttpsEndpoint } from './clouds.js';
import { EntraExchangeError, explainEntraError, type EntraCredential } from './entra.js';
import { registerSecret } from './redact.js';

export interface GraphAccess {
  readonly tenantId: string;
  readonly graphEndpoint: string;
  /** A Graph access token; throws EntraExchangeError (with advice) when Entra refuses. */
  getAccessToken(): Promise<string>;
}

const REFRESH_MARGIN_MS = 5 * 60_000;

/**
 * Graph access through `credential`. Some credentials of the CLI's chain (Azure CLI, PowerShell) start a
 * process per call and cache nothing, so the token is cached here for all of them.
 */
export function graphAccess(credential: EntraCredential, graphEndpoint: string, now = Date.now): GraphAccess {
  const endpoint = validateHttpsEndpoint(graphEndpoint, 'graph-endpoint');
  const scope = `${endpoint}/.default`;
  let current: AccessToken | null = null;
  let pending: Promise<AccessToken> | null = null;
  const fetchToken = async (): Promise<AccessToken> => {
    let token: AccessToken | null;
    try {
      token = await credential.tokenCredential.getToken(scope);
    } catch (error) {
      throw explainEntraError(error, { credential, scope });
    }
    if (!token?.token)
      throw new EntraExchangeError(
        null,
        `Could not sign in to tenant ${credential.tenantId}: Entra returned no access token for scope ${scope}`,
      );
    credential.mask(token.token);
    // Redacted by value from every output of the run, whichever shell (the CLI has no runner to mask it).
    registerSecret(token.token);
    return token;
  };
  return {
    tenantId: credential.tenantId,
    graphEndpoint: endpoint,
    async getAccessToken() {
      if (current && current.expiresOnTimestamp - now() > REFRESH_MARGIN_MS) return current.token;
      pending ??= fetchToken()
        .then((token) => (current = token))
        .finally(() => (pending = null));
      return (await pending).token;
    },
  };
}
