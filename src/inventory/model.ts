// The normalised inventory: what the policy engine sees of an app registration.
// Plain data only; no SDK types cross this boundary. Secret material (Graph's `hint`,
// `secretText`, certificate `key` bytes) is deliberately absent: it must never be carried.

export interface PasswordCredential {
  keyId: string;
  displayName: string | null;
  startDateTime: string | null;
  endDateTime: string | null;
}

export interface KeyCredential {
  keyId: string;
  displayName: string | null;
  /** e.g. AsymmetricX509Cert, Symmetric */
  type: string | null;
  /** Verify or Sign */
  usage: string | null;
  startDateTime: string | null;
  endDateTime: string | null;
}

export interface ClaimsMatchingExpression {
  value: string;
  languageVersion: number;
}

export interface FederatedCredential {
  id: string;
  name: string;
  issuer: string;
  /** null for a flexible credential, which uses `claimsMatchingExpression` instead. */
  subject: string | null;
  audiences: string[];
  description: string | null;
  /** Only visible through Graph beta; null when absent or not read. */
  claimsMatchingExpression: ClaimsMatchingExpression | null;
}

export interface AppRoleAssignment {
  id: string;
  appRoleId: string;
  resourceId: string;
  resourceDisplayName: string | null;
  /** Permission name (e.g. Application.ReadWrite.All) when the reader could resolve it. */
  permission: string | null;
}

export interface DirectoryRoleMembership {
  /** The role assignment's id (unified RBAC API), or the activated role's object id (memberOf). */
  id: string;
  roleTemplateId: string | null;
  displayName: string | null;
  /** Where the role applies: '/' for the whole tenant, '/administrativeUnits/{id}' for one unit; absent from memberOf. */
  directoryScopeId?: string;
}

export interface ServicePrincipal {
  objectId: string;
  appId: string;
  displayName: string | null;
  accountEnabled: boolean | null;
  passwordCredentials: PasswordCredential[];
  keyCredentials: KeyCredential[];
  appRoleAssignments: AppRoleAssignment[];
  directoryRoles: DirectoryRoleMembership[];
}

/**
 * What signs in: an app registration, an agent identity blueprint (Microsoft Entra Agent ID, an application subtype
 * that holds the credentials of its agents), or a user-assigned managed identity (whose trusts live in ARM).
 */
export type IdentityKind = 'application' | 'agentIdentityBlueprint' | 'managedIdentity';
/** The kinds an app registration read from Graph's applications can be. */
export type AppKind = Extract<IdentityKind, 'application' | 'agentIdentityBlueprint'>;

export interface AppInventory {
  /** Absent means 'application' (inventories built before managed identities and blueprints were read). */
  kind?: IdentityKind;
  appId: string;
  objectId: string;
  displayName: string;
  createdDateTime: string | null;
  passwordCredentials: PasswordCredential[];
  keyCredentials: KeyCredential[];
  federatedCredentials: FederatedCredential[];
  /** null when the app has no service principal in this tenant. */
  servicePrincipal: ServicePrincipal | null;
  /**
   * A managed identity's Azure Resource Manager id (/subscriptions/…/resourceGroups/…/providers/
   * Microsoft.ManagedIdentity/userAssignedIdentities/<name>); absent for an app registration.
   */
  resourceId?: string;
}

/** An app the reader could not read completely: it is reported, never silently passed. */
export function kindOf(app: Pick<AppInventory, 'kind'>): IdentityKind {
  return app.kind ?? 'application';
}

export interface NotEvaluated {
  appId: string;
  reason: string;
}
