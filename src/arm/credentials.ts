// A user-assigned managed identity's federated identity credentials, read from Azure Resource Manager
// (Microsoft.ManagedIdentity 2023-01-31: GET {resourceId}/federatedIdentityCredentials, paged through
// `nextLink`). A failure becomes a reason with its fix, so the identity is reported as not evaluated.
import { HttpError, RetryExhaustedError, errorMessage } from '../http/retry.js';
import { ArmMalformedError, type ArmClient } from './client.js';
import type { IdentityResourceId } from './resource-id.js';

/** Single quotes for a POSIX shell: the resource id comes from Graph and is untrusted. */
const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

export const MANAGED_IDENTITY_API_VERSION = '2023-01-31';
export const FIC_READ_ACTION = 'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials/read';
/** Most pages followed for one identity (an identity holds at most 20 credentials). */
const PAGES_MAX = 100;

export type ArmCredentialsResult = { credentials: Record<string, unknown>[] } | { failure: string };

/** Reads one identity's credentials as ARM returns them (every page); never rejects. */
export async function readIdentityCredentials(
  client: ArmClient,
  identity: IdentityResourceId,
): Promise<ArmCredentialsResult> {
  const credentials: Record<string, unknown>[] = [];
  let link: string | undefined =
    `${encodePath(identity.id)}/federatedIdentityCredentials?api-version=${MANAGED_IDENTITY_API_VERSION}`;
  const visited = new Set<string>();
  try {
    while (link !== undefined) {
      if (visited.has(link)) throw new ArmMalformedError('ARM sent a nextLink it had already sent (paging loop)');
      if (visited.size >= PAGES_MAX) throw new ArmMalformedError(`paging did not end after ${PAGES_MAX} pages`);
      visited.add(link);
      const page = await client.getJson(link);
      if (typeof page !== 'object' || page === null || Array.isArray(page))
        throw new ArmMalformedError('the federatedIdentityCredentials page is not an object');
      const { value, nextLink } = page as { value?: unknown; nextLink?: unknown };
      if (!Array.isArray(value))
        throw new ArmMalformedError('the federatedIdentityCredentials page has no "value" array');
      value.forEach((item, i) => {
        if (typeof item !== 'object' || item === null || Array.isArray(item))
          throw new ArmMalformedError(`federatedIdentityCredentials[${i}] is not an object`);
        credentials.push(item as Record<string, unknown>);
      });
      if (nextLink !== undefined && nextLink !== null && typeof nextLink !== 'string')
        throw new ArmMalformedError('the federatedIdentityCredentials page has a nextLink that is not a string');
      link = typeof nextLink === 'string' && nextLink !== '' ? nextLink : undefined;
    }
  } catch (error) {
    return { failure: explainArmFailure(error, identity, client.endpoint) };
  }
  return { credentials };
}

/** Each segment encoded as ARM expects; the slashes between them kept. */
function encodePath(id: string): string {
  return id
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/** Why the credentials could not be read, and what to change. */
export function explainArmFailure(error: unknown, identity: IdentityResourceId, endpoint: string): string {
  const cause = error instanceof RetryExhaustedError ? error.lastError : error;
  const where = `managed identity ${identity.name} (resource group ${identity.resourceGroup}, subscription ${identity.subscriptionId})`;
  if (cause instanceof HttpError) {
    if (cause.status === 403 && (cause.code === 'AuthorizationFailed' || cause.code === undefined))
      return (
        `Azure Resource Manager denied reading the federated credentials of ${where} (HTTP 403 AuthorizationFailed). ` +
        `Give the guard's identity the built-in Reader role on the managed identity or its resource group ` +
        `(\`az role assignment create --assignee <guard client id> --role Reader --scope ${shellQuote(identity.id)}\`), ` +
        `or a custom role with ${FIC_READ_ACTION}.`
      );
    if (cause.status === 401)
      return (
        `Azure Resource Manager rejected the guard's token when reading ${where} (${errorMessage(cause)}). ` +
        `The token must be issued for ${endpoint}/.default: set arm-endpoint (or --arm-endpoint) to the cloud's Resource Manager endpoint.`
      );
    if (cause.status === 404)
      return (
        `Azure Resource Manager does not know ${where} (${errorMessage(cause)}): the identity was deleted or moved, ` +
        `or arm-endpoint points at another cloud than Microsoft Graph.`
      );
  }
  if (cause instanceof ArmMalformedError)
    return `Azure Resource Manager returned malformed data for ${where}: ${cause.message}`;
  return `could not read the federated credentials of ${where} from Azure Resource Manager: ${errorMessage(error)}`;
}
