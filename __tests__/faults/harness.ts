// Signs in against the emulators the way the action does (GitHub OIDC token → Entra → Graph, real
// SDKs over HTTPS) and records every token handed out, so tests can prove none of them leaks.
import { acquireGraphToken, createEntraCredential } from '../../src/auth/entra.js';
import { createGraphClient, type GraphClient } from '../../src/graph/client.js';
import type { RetryOptions } from '../../src/http/retry.js';
import type { Emulators } from '../../emulator/index.js';

/** The demo tenant's own guard identity (it holds Application.Read.All and trusts contoso/payments-api main). */
export const GUARD_APP_ID = '0b8e4f6a-3c21-4d7e-8f90-a1b2c3d4e5f6';
export const DEMO_APP_IDS = [
  '0b8e4f6a-3c21-4d7e-8f90-a1b2c3d4e5f6',
  '7d3c9e15-2b48-4f6a-b1c2-d3e4f5a6b7c8',
  '3e9a1b7c-6d24-4c8e-a5f1-b2c3d4e5f6a7',
  '9f4b2c8d-1e35-4a7b-8c6d-e7f8a9b0c1d2',
  '5c7e3d9f-4a16-4b8c-9d2e-f3a4b5c6d7e8',
] as const;

/**
 * Instant waits: a fault suite that stays quick and still exercises every retry. The attempt timeout only
 * has to end a hanging answer (which never comes); it is long enough that no real answer on a loaded
 * machine reaches it.
 */
export const FAST_RETRY: RetryOptions = {
  maxAttempts: 4,
  baseDelayMs: 1,
  maxDelayMs: 2,
  attemptTimeoutMs: 2_000,
  deadlineMs: 30_000,
  sleep: async () => {},
};

export interface SignedIn {
  client: GraphClient;
  /** Every OIDC token and access token handed out so far. */
  tokens: string[];
  /** How many times the Graph client asked for an access token. */
  accessTokenCalls(): number;
}

export function signIn(
  emulators: Emulators,
  options: { tenantId: string; retry?: RetryOptions; graphRetry?: RetryOptions } = { tenantId: '' },
): SignedIn {
  const tokens: string[] = [];
  let calls = 0;
  const credential = createEntraCredential({
    tenantId: options.tenantId,
    clientId: GUARD_APP_ID,
    authorityHost: emulators.entra.url,
    getAssertion: async () => {
      const token = emulators.oidc.mintToken({ audience: 'api://AzureADTokenExchange' });
      tokens.push(token);
      return token;
    },
    ...(options.retry ? { retry: options.retry } : {}),
  });
  const client = createGraphClient({
    graphEndpoint: emulators.graph.url,
    getAccessToken: async () => {
      calls += 1;
      const { token } = await acquireGraphToken(credential, emulators.graph.url);
      if (!tokens.includes(token)) tokens.push(token);
      return token;
    },
    retry: options.graphRetry ?? FAST_RETRY,
  });
  return { client, tokens, accessTokenCalls: () => calls };
}

/** Collects an async iterable; a throw is returned with what was yielded before it. */
export async function collect<T>(items: AsyncIterable<T>): Promise<{ items: T[]; error: unknown }> {
  const out: T[] = [];
  try {
    for await (const item of items) out.push(item);
    return { items: out, error: undefined };
  } catch (error) {
    return { items: out, error };
  }
}
