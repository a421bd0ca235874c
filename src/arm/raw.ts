// The seam between the Graph readers and Azure Resource Manager: a service principal of type
// ManagedIdentity plus its relationships (Graph) and its federated credentials (ARM) → one raw entry,
// validated by the same normalisation as every app, or the reason it could not be read.
import { errorMessage } from '../http/retry.js';
import { GraphMalformedError } from '../graph/client.js';
import { NO_PERMISSION_NAMES, normaliseApp, type RawApp } from '../graph/normalise.js';
import { createArmClient, type ArmClientOptions } from './client.js';
import { readIdentityCredentials, type ArmCredentialsResult } from './credentials.js';
import { managedIdentityOf, type IdentityResourceId } from './resource-id.js';

/** Reads one identity's federated credentials from ARM; never rejects. */
export type ManagedIdentityCredentialsReader = (identity: IdentityResourceId) => Promise<ArmCredentialsResult>;

/** Service principal fields a reader must $select to recognise a managed identity. */
export const MANAGED_IDENTITY_SP_FIELDS = 'servicePrincipalType,alternativeNames';

/**
 * An ARM credentials reader for one cloud, with at most `concurrency` identities read at once (default 4).
 * The token is asked for only when a managed identity is met.
 */
export function createManagedIdentityReader(
  options: ArmClientOptions & { concurrency?: number },
): ManagedIdentityCredentialsReader {
  const client = createArmClient(options);
  const limit = options.concurrency ?? 4;
  let active = 0;
  const waiting: (() => void)[] = [];
  return async (identity) => {
    while (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    active += 1;
    try {
      return await readIdentityCredentials(client, identity);
    } finally {
      active -= 1;
      waiting.shift()?.();
    }
  };
}

export type ManagedIdentityOutcome = { raw: RawApp } | { failure: string };

/**
 * A service principal JSON (with its complete `appRoleAssignments` and `memberOf`) as a managed identity:
 * null when it is no managed identity at all; a failure for a system-assigned identity (it cannot hold
 * federated credentials), when no ARM reader is configured, or when ARM could not be read.
 */
export async function assembleManagedIdentity(
  servicePrincipal: Record<string, unknown>,
  readCredentials: ManagedIdentityCredentialsReader | undefined,
): Promise<ManagedIdentityOutcome | null> {
  const identity = managedIdentityOf(servicePrincipal);
  if (identity === null) return null;
  if (identity.kind === 'system-assigned')
    return {
      failure:
        'a system-assigned managed identity: it cannot hold federated credentials, so GitHub Actions cannot sign in as it',
    };
  if (!readCredentials)
    return { failure: `a managed identity (${identity.resourceId.id}), but Azure Resource Manager is not configured` };
  const read = await readCredentials(identity.resourceId);
  if ('failure' in read) return read;
  const raw: RawApp = {
    application: null,
    servicePrincipal,
    managedIdentity: { resourceId: identity.resourceId.id, federatedIdentityCredentials: read.credentials },
  };
  try {
    normaliseApp(raw, NO_PERMISSION_NAMES);
  } catch (error) {
    if (error instanceof GraphMalformedError)
      return { failure: `Azure Resource Manager or Graph returned malformed data: ${error.message}` };
    return { failure: `could not read the managed identity: ${errorMessage(error)}` };
  }
  return { raw };
}
