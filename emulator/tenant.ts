// Tenant fixtures are JSON in Microsoft Graph's own shapes (v1.0 resource JSON, plus the
// beta-only `claimsMatchingExpression` on federated credentials). One TenantState is shared
// by the Entra emulator (which app may sign in, with which federated credentials and roles)
// and the Graph emulator (what it serves).
import type { SignalsFixture } from './graph/signals.js';
import type { LifecycleFixture } from './graph/lifecycle.js';

import type { ArmFixture } from './arm.js';

export const MICROSOFT_GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';

export interface GraphPasswordCredential {
  customKeyIdentifier: string | null;
  displayName: string | null;
  endDateTime: string | null;
  /** First 3 characters of the secret. Served by Graph; the tool must never print it. */
  hint: string | null;
  keyId: string;
  secretText: null;
  startDateTime: string | null;
}

export interface GraphKeyCredential {
  customKeyIdentifier: string | null;
  displayName: string | null;
  endDateTime: string | null;
  /** Base64 certificate; Graph returns null unless keyCredentials is $selected on a single GET. */
  key: string | null;
  keyId: string;
  startDateTime: string | null;
  type: string;
  usage: string;
}

export interface GraphFederatedIdentityCredential {
  id: string;
  name: string;
  issuer: string;
  subject: string | null;
  description: string | null;
  audiences: string[];
  /** beta only: hidden from v1.0 responses. */
  claimsMatchingExpression?: { value: string; languageVersion: number } | null;
}

export interface GraphApplication {
  id: string;
  appId: string;
  displayName: string;
  createdDateTime: string;
  signInAudience?: string;
  tags?: string[];
  description?: string | null;
  notes?: string | null;
  passwordCredentials: GraphPasswordCredential[];
  keyCredentials: GraphKeyCredential[];
  federatedIdentityCredentials: GraphFederatedIdentityCredential[];
  [extra: string]: unknown;
}

export interface GraphAppRole {
  id: string;
  value: string;
  displayName?: string;
  allowedMemberTypes?: string[];
  isEnabled?: boolean;
}

export interface GraphAppRoleAssignment {
  id: string;
  appRoleId: string;
  createdDateTime?: string;
  principalDisplayName?: string;
  principalId: string;
  principalType?: string;
  resourceDisplayName?: string;
  resourceId: string;
}

export interface GraphDirectoryRole {
  '@odata.type': '#microsoft.graph.directoryRole';
  id: string;
  displayName: string;
  roleTemplateId: string;
  description?: string;
}

export interface GraphServicePrincipal {
  id: string;
  appId: string;
  displayName: string;
  appDisplayName?: string;
  servicePrincipalType?: string;
  /** A managed identity's: ["isExplicit=True", "<its ARM resource id>"] (emulator/facts/arm.md). */
  alternativeNames?: string[];
  accountEnabled: boolean;
  appOwnerOrganizationId?: string;
  passwordCredentials: GraphPasswordCredential[];
  keyCredentials: GraphKeyCredential[];
  /** Roles this service principal exposes (e.g. Microsoft Graph's application permissions). */
  appRoles?: GraphAppRole[];
  /** Application permissions granted to this service principal. */
  appRoleAssignments?: GraphAppRoleAssignment[];
  /** Directory roles (and groups) it is a member of. */
  memberOf?: GraphDirectoryRole[];
  /**
   * Directory roles assigned at an administrative-unit scope: not in memberOf, only in
   * /roleManagement/directory/roleAssignments (directoryScopeId '/administrativeUnits/{id}').
   */
  scopedRoleAssignments?: { roleTemplateId: string; displayName: string; directoryScopeId: string }[];
  [extra: string]: unknown;
}

export interface TenantFixture {
  tenantId: string;
  /** Verified domain, accepted wherever a tenant id is (e.g. contoso.onmicrosoft.com). */
  domain?: string;
  applications: GraphApplication[];
  servicePrincipals: GraphServicePrincipal[];
  /** Entra Workload ID signals: licences, risk, conditional access (emulator/graph/signals.ts). */
  signals?: SignalsFixture;
  /** Azure Resource Manager: user-assigned managed identities, their federated credentials, role assignments. */
  arm?: ArmFixture;
  /** Usage and lifecycle: sign-in activity, recommendations, app management policy, owners (emulator/graph/lifecycle.ts). */
  lifecycle?: LifecycleFixture;
}

/** Mutable tenant held by the emulators; tests change it between runs. */
export class TenantState {
  constructor(public fixture: TenantFixture) {}

  matchesTenant(tenant: string): boolean {
    const t = tenant.toLowerCase();
    return t === this.fixture.tenantId.toLowerCase() || (this.fixture.domain?.toLowerCase() ?? '') === t;
  }

  applicationByAppId(appId: string): GraphApplication | undefined {
    return this.fixture.applications.find((a) => a.appId.toLowerCase() === appId.toLowerCase());
  }

  applicationById(id: string): GraphApplication | undefined {
    return this.fixture.applications.find((a) => a.id.toLowerCase() === id.toLowerCase());
  }

  servicePrincipalByAppId(appId: string): GraphServicePrincipal | undefined {
    return this.fixture.servicePrincipals.find((s) => s.appId.toLowerCase() === appId.toLowerCase());
  }

  servicePrincipalById(id: string): GraphServicePrincipal | undefined {
    return this.fixture.servicePrincipals.find((s) => s.id.toLowerCase() === id.toLowerCase());
  }

  /**
   * The Microsoft Graph application permissions (role values) granted to an app: its service
   * principal's app role assignments on the Microsoft Graph service principal. This is what
   * Entra puts in the access token's `roles` claim.
   */
  graphRolesOf(appId: string): string[] {
    const sp = this.servicePrincipalByAppId(appId);
    const graph = this.servicePrincipalByAppId(MICROSOFT_GRAPH_APP_ID);
    if (!sp || !graph) return [];
    const byId = new Map((graph.appRoles ?? []).map((r) => [r.id, r.value]));
    return (sp.appRoleAssignments ?? [])
      .filter((a) => a.resourceId === graph.id)
      .map((a) => byId.get(a.appRoleId))
      .filter((v): v is string => v !== undefined);
  }
}
