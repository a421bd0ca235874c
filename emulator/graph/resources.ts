// How each directory resource goes over the wire: its default property set (what Graph returns
// without $select, nulls included), which properties $filter accepts, and which navigation
// properties $expand accepts. Secret material follows Graph exactly (emulator/facts/graph.md#entities-and-addressing, #keycredentials-select):
// `secretText` is always null, `hint` is served, `keyCredentials[].key` only on request.
import type {
  GraphAppRoleAssignment,
  GraphApplication,
  GraphDirectoryRole,
  GraphFederatedIdentityCredential,
  GraphKeyCredential,
  GraphPasswordCredential,
  GraphServicePrincipal,
} from '../tenant.js';

export type GraphVersion = 'v1.0' | 'beta';

export interface ProjectionOptions {
  version: GraphVersion;
  /** keyCredentials[].key is served only when keyCredentials is $selected on a single-object GET (emulator/facts/graph.md#keycredentials-select). */
  includeKeyMaterial: boolean;
}

export interface ResourceType<T> {
  /** OData type name used in error messages, e.g. microsoft.graph.application. */
  typeName: string;
  project(item: T, opts: ProjectionOptions): Record<string, unknown>;
  /** Properties $filter accepts on a collection of this type. */
  filterable: readonly string[];
  /** Navigation properties $expand accepts on this type. */
  navigations: readonly string[];
}

function passwordCredential(c: GraphPasswordCredential): Record<string, unknown> {
  return {
    customKeyIdentifier: c.customKeyIdentifier ?? null,
    displayName: c.displayName ?? null,
    endDateTime: c.endDateTime ?? null,
    hint: c.hint ?? null,
    keyId: c.keyId,
    secretText: null,
    startDateTime: c.startDateTime ?? null,
  };
}

function keyCredential(c: GraphKeyCredential, includeKey: boolean): Record<string, unknown> {
  return {
    customKeyIdentifier: c.customKeyIdentifier ?? null,
    displayName: c.displayName ?? null,
    endDateTime: c.endDateTime ?? null,
    key: includeKey ? (c.key ?? null) : null,
    keyId: c.keyId,
    startDateTime: c.startDateTime ?? null,
    type: c.type,
    usage: c.usage,
  };
}

/** Fixture keys that are navigation properties, never part of the entity's own JSON. */
function withoutKeys(item: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(item)) if (!keys.includes(k)) out[k] = v;
  return out;
}

const APPLICATION_NAVIGATIONS = ['federatedIdentityCredentials'] as const;

export const applicationType: ResourceType<GraphApplication> = {
  typeName: 'microsoft.graph.application',
  filterable: [
    'id',
    'appId',
    'displayName',
    'tags',
    'identifierUris',
    'publisherDomain',
    'signInAudience',
    'uniqueName',
  ],
  navigations: APPLICATION_NAVIGATIONS,
  project(app, opts) {
    // v1.0 default property set of `application` (MGM v1.0 CSDL), in Graph's order; the
    // fixture may add open-type extras, which are served as they are.
    return {
      id: app.id,
      deletedDateTime: null,
      appId: app.appId,
      applicationTemplateId: null,
      disabledByMicrosoftStatus: null,
      createdDateTime: app.createdDateTime,
      displayName: app.displayName,
      description: null,
      groupMembershipClaims: null,
      identifierUris: [],
      isDeviceOnlyAuthSupported: null,
      isFallbackPublicClient: null,
      notes: null,
      publisherDomain: null,
      serviceManagementReference: null,
      signInAudience: 'AzureADMyOrg',
      tags: [],
      tokenEncryptionKeyId: null,
      uniqueName: null,
      addIns: [],
      api: null,
      appRoles: [],
      info: null,
      optionalClaims: null,
      publicClient: null,
      requiredResourceAccess: [],
      verifiedPublisher: null,
      web: null,
      spa: null,
      ...withoutKeys(app, APPLICATION_NAVIGATIONS),
      keyCredentials: app.keyCredentials.map((k) => keyCredential(k, opts.includeKeyMaterial)),
      passwordCredentials: app.passwordCredentials.map(passwordCredential),
    };
  },
};

export const federatedIdentityCredentialType: ResourceType<GraphFederatedIdentityCredential> = {
  typeName: 'microsoft.graph.federatedIdentityCredential',
  // FIC docs: name and subject support $filter (eq); issuer is filtered the same way by readers.
  filterable: ['name', 'subject', 'issuer'],
  navigations: [],
  project(fic, opts) {
    const base: Record<string, unknown> = {
      id: fic.id,
      audiences: fic.audiences,
      description: fic.description ?? null,
      issuer: fic.issuer,
      name: fic.name,
      subject: fic.subject ?? null,
    };
    // claimsMatchingExpression (flexible FIC) exists only in the beta schema (emulator/facts/graph.md#entities-and-addressing).
    if (opts.version === 'beta') base.claimsMatchingExpression = fic.claimsMatchingExpression ?? null;
    return base;
  },
};

const SERVICE_PRINCIPAL_NAVIGATIONS = ['appRoleAssignments', 'memberOf', 'federatedIdentityCredentials'] as const;

export const servicePrincipalType: ResourceType<GraphServicePrincipal> = {
  typeName: 'microsoft.graph.servicePrincipal',
  filterable: [
    'id',
    'appId',
    'displayName',
    'servicePrincipalType',
    'accountEnabled',
    'tags',
    'appOwnerOrganizationId',
  ],
  navigations: ['appRoleAssignments', 'memberOf'],
  project(sp, opts) {
    return {
      id: sp.id,
      deletedDateTime: null,
      accountEnabled: sp.accountEnabled,
      alternativeNames: [],
      appDisplayName: sp.appDisplayName ?? sp.displayName,
      appDescription: null,
      appId: sp.appId,
      applicationTemplateId: null,
      appOwnerOrganizationId: sp.appOwnerOrganizationId ?? null,
      appRoleAssignmentRequired: false,
      description: null,
      disabledByMicrosoftStatus: null,
      displayName: sp.displayName,
      homepage: null,
      loginUrl: null,
      logoutUrl: null,
      notes: null,
      notificationEmailAddresses: [],
      preferredSingleSignOnMode: null,
      preferredTokenSigningKeyThumbprint: null,
      replyUrls: [],
      servicePrincipalNames: [sp.appId],
      servicePrincipalType: sp.servicePrincipalType ?? 'Application',
      signInAudience: 'AzureADMyOrg',
      tags: [],
      tokenEncryptionKeyId: null,
      addIns: [],
      appRoles: [],
      info: null,
      oauth2PermissionScopes: [],
      resourceSpecificApplicationPermissions: [],
      samlSingleSignOnSettings: null,
      verifiedPublisher: { displayName: null, verifiedPublisherId: null, addedDateTime: null },
      ...withoutKeys(sp, SERVICE_PRINCIPAL_NAVIGATIONS),
      keyCredentials: sp.keyCredentials.map((k) => keyCredential(k, opts.includeKeyMaterial)),
      passwordCredentials: sp.passwordCredentials.map(passwordCredential),
    };
  },
};

export const appRoleAssignmentType: ResourceType<GraphAppRoleAssignment> = {
  typeName: 'microsoft.graph.appRoleAssignment',
  filterable: ['resourceId', 'appRoleId', 'principalId'],
  navigations: [],
  project(a) {
    return {
      id: a.id,
      deletedDateTime: null,
      appRoleId: a.appRoleId,
      createdDateTime: a.createdDateTime ?? null,
      principalDisplayName: a.principalDisplayName ?? null,
      principalId: a.principalId,
      principalType: a.principalType ?? 'ServicePrincipal',
      resourceDisplayName: a.resourceDisplayName ?? null,
      resourceId: a.resourceId,
    };
  },
};

export const directoryRoleType: ResourceType<GraphDirectoryRole> = {
  typeName: 'microsoft.graph.directoryObject',
  filterable: ['id', 'displayName'],
  navigations: [],
  project(r) {
    return {
      '@odata.type': '#microsoft.graph.directoryRole',
      id: r.id,
      deletedDateTime: null,
      description: r.description ?? null,
      displayName: r.displayName,
      roleTemplateId: r.roleTemplateId,
    };
  },
};

/**
 * "When an application queries a relationship that returns a directoryObject type collection,
 * if it doesn't have permission to read a certain resource type, members of that type are
 * returned but with limited information": only @odata.type and id, other properties null
 * (Graph docs, "List servicePrincipal memberOf", Permissions). Reading directory roles needs
 * RoleManagement.Read.Directory or Directory.Read.All (or their ReadWrite forms).
 */
export function limitedDirectoryRole(r: GraphDirectoryRole): Record<string, unknown> {
  return {
    '@odata.type': '#microsoft.graph.directoryRole',
    id: r.id,
    deletedDateTime: null,
    description: null,
    displayName: null,
    roleTemplateId: null,
  };
}
