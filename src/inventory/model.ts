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
  id: string;
  roleTemplateId: string | null;
  displayName: string | null;
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
 * What kind of app registration it is: an agent identity blueprint (Microsoft Entra Agent ID, an application
 * subtype that holds the credentials of its agents) or a plain application; absent means application.
 */
export type AppKind = 'application' | 'agentIdentityBlueprint';

export interface AppInventory {
  /** Set for an agent identity blueprint (issue 14); absent for a plain application. */
  kind?: AppKind;
  appId: string;
  objectId: string;
  displayName: string;
  createdDateTime: string | null;
  passwordCredentials: PasswordCredential[];
  keyCredentials: KeyCredential[];
  federatedCredentials: FederatedCredential[];
  /** null when the app has no service principal in this tenant. */
  servicePrincipal: ServicePrincipal | null;
}

/** An app the reader could not read completely: it is reported, never silently passed. */
export interface NotEvaluated {
  appId: string;
  reason: string;
}
