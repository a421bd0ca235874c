// A user-assigned managed identity's Azure Resource Manager id, and where a managed identity's service
// principal names it. Resource ids are case-insensitive in ARM; the spelling read is kept for display.

export const IDENTITY_PROVIDER_TYPE = 'Microsoft.ManagedIdentity/userAssignedIdentities';

export interface IdentityResourceId {
  /** As read, without a trailing slash. */
  id: string;
  subscriptionId: string;
  resourceGroup: string;
  name: string;
}

// Segments hold no slash; every quantifier is bounded by a slash, so matching is linear.
const RESOURCE_ID =
  /^\/subscriptions\/([^/]+)\/resourcegroups\/([^/]+)\/providers\/microsoft\.managedidentity\/userassignedidentities\/([^/]+)$/i;

/** The parts of a user-assigned identity's resource id; null for anything else (a system-assigned identity's host resource, say). */
export function parseIdentityResourceId(value: string): IdentityResourceId | null {
  const id = value.trim().replace(/\/+$/, '');
  if (id.length > 1024) return null;
  const match = RESOURCE_ID.exec(id);
  if (!match?.[1] || !match[2] || !match[3]) return null;
  return { id, subscriptionId: match[1], resourceGroup: match[2], name: match[3] };
}

/**
 * A service principal JSON's managed identity: 'user-assigned' with the resource id Entra lists in
 * `alternativeNames`, 'system-assigned' (its alternativeNames name the host resource, which holds no
 * federated credentials), or null for any other service principal.
 */
export function managedIdentityOf(
  servicePrincipal: Record<string, unknown>,
): { kind: 'user-assigned'; resourceId: IdentityResourceId } | { kind: 'system-assigned' } | null {
  if (servicePrincipal.servicePrincipalType !== 'ManagedIdentity') return null;
  const names = Array.isArray(servicePrincipal.alternativeNames) ? servicePrincipal.alternativeNames : [];
  for (const name of names) {
    if (typeof name !== 'string') continue;
    const parsed = parseIdentityResourceId(name);
    if (parsed) return { kind: 'user-assigned', resourceId: parsed };
  }
  return { kind: 'system-assigned' };
}
