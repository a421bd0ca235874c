// Graph JSON → the normalised inventory. Every field is picked by name, so secret material
// (`hint`, `secretText`, certificate `key`) has no way through; anything of the wrong type is
// reported as malformed rather than guessed at.
import type {
  AppInventory,
  AppRoleAssignment,
  DirectoryRoleMembership,
  FederatedCredential,
  KeyCredential,
  PasswordCredential,
  ServicePrincipal,
} from '../inventory/model.js';
import { managedIdentityInventory, toArmFederatedCredential } from '../arm/identity.js';
import { managedIdentityOf } from '../arm/resource-id.js';
import { GraphMalformedError } from './client.js';

type Json = Record<string, unknown>;

export function asObject(value: unknown, path: string): Json {
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      throw new GraphMalformedError(`${path} is not JSON`);
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new GraphMalformedError(`${path} is not an object`);
  return value as Json;
}

function requiredString(o: Json, key: string, path: string): string {
  const value = o[key];
  if (typeof value !== 'string')
    throw new GraphMalformedError(`${path}.${key} is ${describe(value)}, expected a string`);
  return value;
}

function optionalString(o: Json, key: string, path: string): string | null {
  const value = o[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string')
    throw new GraphMalformedError(`${path}.${key} is ${describe(value)}, expected a string or null`);
  return value;
}

function optionalBoolean(o: Json, key: string, path: string): boolean | null {
  const value = o[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'boolean')
    throw new GraphMalformedError(`${path}.${key} is ${describe(value)}, expected a boolean or null`);
  return value;
}

/** A collection property; absent means empty (Graph omits what $select did not ask for). */
export function arrayOf(o: Json, key: string, path: string): unknown[] {
  const value = o[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new GraphMalformedError(`${path}.${key} is ${describe(value)}, expected an array`);
  return value;
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

export function toPasswordCredential(raw: unknown, path: string): PasswordCredential {
  const o = asObject(raw, path);
  return {
    keyId: requiredString(o, 'keyId', path),
    displayName: optionalString(o, 'displayName', path),
    startDateTime: optionalString(o, 'startDateTime', path),
    endDateTime: optionalString(o, 'endDateTime', path),
  };
}

export function toKeyCredential(raw: unknown, path: string): KeyCredential {
  const o = asObject(raw, path);
  return {
    keyId: requiredString(o, 'keyId', path),
    displayName: optionalString(o, 'displayName', path),
    type: optionalString(o, 'type', path),
    usage: optionalString(o, 'usage', path),
    startDateTime: optionalString(o, 'startDateTime', path),
    endDateTime: optionalString(o, 'endDateTime', path),
  };
}

export function toFederatedCredential(raw: unknown, path: string): FederatedCredential {
  const o = asObject(raw, path);
  const audiences = arrayOf(o, 'audiences', path).map((a, i) => {
    if (typeof a !== 'string')
      throw new GraphMalformedError(`${path}.audiences[${i}] is ${describe(a)}, expected a string`);
    return a;
  });
  let claimsMatchingExpression: FederatedCredential['claimsMatchingExpression'] = null;
  const expression = o.claimsMatchingExpression;
  if (expression !== undefined && expression !== null) {
    const e = asObject(expression, `${path}.claimsMatchingExpression`);
    const languageVersion = e.languageVersion;
    if (typeof languageVersion !== 'number')
      throw new GraphMalformedError(
        `${path}.claimsMatchingExpression.languageVersion is ${describe(languageVersion)}, expected a number`,
      );
    claimsMatchingExpression = {
      value: requiredString(e, 'value', `${path}.claimsMatchingExpression`),
      languageVersion,
    };
  }
  return {
    id: requiredString(o, 'id', path),
    name: requiredString(o, 'name', path),
    issuer: requiredString(o, 'issuer', path),
    subject: optionalString(o, 'subject', path),
    audiences,
    description: optionalString(o, 'description', path),
    claimsMatchingExpression,
  };
}

export interface ApplicationCore {
  /** Set for an agent identity blueprint (Graph's @odata.type #microsoft.graph.agentIdentityBlueprint). */
  kind?: 'agentIdentityBlueprint';
  objectId: string;
  appId: string;
  displayName: string;
  createdDateTime: string | null;
  passwordCredentials: PasswordCredential[];
  keyCredentials: KeyCredential[];
  federatedCredentials: FederatedCredential[];
  /** Set when the expanded federatedIdentityCredentials collection continues on another page. */
  federatedCredentialsNextLink: string | null;
}

export function toApplication(raw: unknown): ApplicationCore {
  const path = 'application';
  const o = asObject(raw, path);
  const nextLink = optionalString(o, 'federatedIdentityCredentials@odata.nextLink', path);
  const blueprint = optionalString(o, '@odata.type', path)?.toLowerCase() === '#microsoft.graph.agentidentityblueprint';
  return {
    ...(blueprint ? { kind: 'agentIdentityBlueprint' as const } : {}),
    objectId: requiredString(o, 'id', path),
    appId: requiredString(o, 'appId', path),
    displayName: optionalString(o, 'displayName', path) ?? '',
    createdDateTime: optionalString(o, 'createdDateTime', path),
    passwordCredentials: arrayOf(o, 'passwordCredentials', path).map((c, i) =>
      toPasswordCredential(c, `${path}.passwordCredentials[${i}]`),
    ),
    keyCredentials: arrayOf(o, 'keyCredentials', path).map((c, i) =>
      toKeyCredential(c, `${path}.keyCredentials[${i}]`),
    ),
    federatedCredentials: arrayOf(o, 'federatedIdentityCredentials', path).map((c, i) =>
      toFederatedCredential(c, `${path}.federatedIdentityCredentials[${i}]`),
    ),
    federatedCredentialsNextLink: nextLink,
  };
}

export interface ServicePrincipalCore {
  objectId: string;
  appId: string;
  displayName: string | null;
  accountEnabled: boolean | null;
  passwordCredentials: PasswordCredential[];
  keyCredentials: KeyCredential[];
}

export function toServicePrincipal(raw: unknown): ServicePrincipalCore {
  const path = 'servicePrincipal';
  const o = asObject(raw, path);
  return {
    objectId: requiredString(o, 'id', path),
    appId: requiredString(o, 'appId', path),
    displayName: optionalString(o, 'displayName', path),
    accountEnabled: optionalBoolean(o, 'accountEnabled', path),
    passwordCredentials: arrayOf(o, 'passwordCredentials', path).map((c, i) =>
      toPasswordCredential(c, `${path}.passwordCredentials[${i}]`),
    ),
    keyCredentials: arrayOf(o, 'keyCredentials', path).map((c, i) =>
      toKeyCredential(c, `${path}.keyCredentials[${i}]`),
    ),
  };
}

/** appRoleId → permission name, from the Microsoft Graph service principal's appRoles. */
export interface GraphPermissionNames {
  resourceId: string | null;
  names: Map<string, string>;
}

export function toGraphPermissionNames(raw: unknown): GraphPermissionNames {
  const path = 'Microsoft Graph servicePrincipal';
  const o = asObject(raw, path);
  const names = new Map<string, string>();
  arrayOf(o, 'appRoles', path).forEach((r, i) => {
    const role = asObject(r, `${path}.appRoles[${i}]`);
    const value = optionalString(role, 'value', `${path}.appRoles[${i}]`);
    if (value) names.set(requiredString(role, 'id', `${path}.appRoles[${i}]`).toLowerCase(), value);
  });
  return { resourceId: requiredString(o, 'id', path), names };
}

export function toAppRoleAssignment(raw: unknown, path: string, graph: GraphPermissionNames): AppRoleAssignment {
  const o = asObject(raw, path);
  const appRoleId = requiredString(o, 'appRoleId', path);
  const resourceId = requiredString(o, 'resourceId', path);
  const isGraph = graph.resourceId !== null && resourceId.toLowerCase() === graph.resourceId.toLowerCase();
  return {
    id: requiredString(o, 'id', path),
    appRoleId,
    resourceId,
    resourceDisplayName: optionalString(o, 'resourceDisplayName', path),
    permission: isGraph ? (graph.names.get(appRoleId.toLowerCase()) ?? null) : null,
  };
}

/** Directory roles only; groups and other memberships are not this tool's concern. */
export function toDirectoryRole(raw: unknown, path: string): DirectoryRoleMembership | null {
  const o = asObject(raw, path);
  if (o['@odata.type'] !== '#microsoft.graph.directoryRole') return null;
  return {
    id: requiredString(o, 'id', path),
    // With only Application.Read.All, Graph may return a role with just its type and id.
    roleTemplateId: optionalString(o, 'roleTemplateId', path),
    displayName: optionalString(o, 'displayName', path),
  };
}

/**
 * An answer that lacks something the checks need (a collection Graph left out, a role it would not name):
 * the app is not evaluated, with this message as the reason.
 */
export class GraphIncompleteError extends GraphMalformedError {
  constructor(message: string) {
    super(message);
    this.name = 'GraphIncompleteError';
  }
}

/**
 * The service principal's directory roles: from its role assignments (the unified RBAC API, every scope)
 * when they were read, else from memberOf. A memberOf role without name and template id (Graph's "limited
 * information" without a role-reading permission) could be Global Administrator: never judged as harmless.
 */
function directoryRolesOf(sp: Json): DirectoryRoleMembership[] {
  if (Array.isArray(sp.roleAssignments))
    return sp.roleAssignments.map((a, i) => toRoleAssignment(a, `roleAssignments[${i}]`));
  const roles = arrayOf(sp, 'memberOf', 'servicePrincipal').flatMap(
    (m, i) => toDirectoryRole(m, `memberOf[${i}]`) ?? [],
  );
  const unnamed = roles.filter((r) => r.displayName === null && r.roleTemplateId === null).length;
  if (unnamed > 0)
    throw new GraphIncompleteError(
      `the service principal is a member of ${unnamed} directory role${unnamed === 1 ? '' : 's'} Graph returned without a name ` +
        '(limited information): grant the guard RoleManagement.Read.Directory to check directory roles',
    );
  return roles;
}

function toRoleAssignment(raw: unknown, path: string): DirectoryRoleMembership {
  const o = asObject(raw, path);
  const definitionId = requiredString(o, 'roleDefinitionId', path);
  const definition =
    typeof o.roleDefinition === 'object' && o.roleDefinition !== null ? (o.roleDefinition as Json) : {};
  const scope = optionalString(o, 'directoryScopeId', path);
  return {
    id: requiredString(o, 'id', path),
    roleTemplateId: optionalString(definition, 'templateId', `${path}.roleDefinition`) ?? definitionId,
    displayName: optionalString(definition, 'displayName', `${path}.roleDefinition`),
    ...(scope !== null ? { directoryScopeId: scope } : {}),
  };
}

/** Permission names are unknown (the lookup failed): assignments are still reported, without names. */
export const NO_PERMISSION_NAMES: GraphPermissionNames = Object.freeze({ resourceId: null, names: new Map() });

/** Names from the Microsoft Graph service principal's JSON (`id`, `appRoles`); none when it is absent or malformed. */
export function permissionNamesOf(graphServicePrincipal: unknown): GraphPermissionNames {
  if (graphServicePrincipal === null || graphServicePrincipal === undefined) return NO_PERMISSION_NAMES;
  try {
    return toGraphPermissionNames(graphServicePrincipal);
  } catch {
    return NO_PERMISSION_NAMES;
  }
}

/**
 * An app as Graph returned it, every collection complete: what the live reader assembles and what a
 * snapshot stores. One normalisation (normaliseApp) serves both, so a snapshot is judged like the tenant.
 */
export interface RawApp {
  /** The application JSON; `federatedIdentityCredentials` holds every page. null for a managed identity. */
  application: Record<string, unknown> | null;
  /** The service principal JSON plus its `appRoleAssignments` and `memberOf` (every page); null without one. */
  servicePrincipal: Record<string, unknown> | null;
  /** A user-assigned managed identity's federated credentials as Azure Resource Manager returned them (every page). */
  managedIdentity?: RawManagedIdentity;
}

export interface RawManagedIdentity {
  /** The identity's ARM resource id (from its service principal's alternativeNames). */
  resourceId: string;
  /** ARM `federatedIdentityCredentials` resources: `{ id, name, type, properties: { issuer, subject, audiences } }`. */
  federatedIdentityCredentials: unknown[];
}

/** The client id a raw app or managed identity is known by ('' when unreadable). */
export function rawAppId(raw: RawApp): string {
  const appId = (raw.application ?? raw.servicePrincipal)?.appId;
  return typeof appId === 'string' ? appId : '';
}

function normaliseServicePrincipal(raw: unknown, names: GraphPermissionNames): ServicePrincipal {
  const sp = asObject(raw, 'servicePrincipal');
  return {
    ...toServicePrincipal(sp),
    appRoleAssignments: arrayOf(sp, 'appRoleAssignments', 'servicePrincipal').map((a, i) =>
      toAppRoleAssignment(a, `appRoleAssignments[${i}]`, names),
    ),
    directoryRoles: directoryRolesOf(sp),
  };
}

export function normaliseApp(raw: RawApp, names: GraphPermissionNames): AppInventory {
  if (raw.application === null) return normaliseManagedIdentity(raw, names);
  const { federatedCredentialsNextLink, ...application } = toApplication(raw.application);
  if (federatedCredentialsNextLink !== null)
    throw new GraphMalformedError('application.federatedIdentityCredentials is incomplete (it still has a nextLink)');
  const servicePrincipal =
    raw.servicePrincipal === null ? null : normaliseServicePrincipal(raw.servicePrincipal, names);
  return { kind: 'application', ...application, servicePrincipal };
}

/** A user-assigned managed identity: its service principal (Graph) and its credentials (ARM). */
function normaliseManagedIdentity(raw: RawApp, names: GraphPermissionNames): AppInventory {
  if (raw.servicePrincipal === null || raw.managedIdentity === undefined)
    throw new GraphMalformedError('a managed identity needs its service principal and its ARM credentials');
  const spJson = asObject(raw.servicePrincipal, 'servicePrincipal');
  const identity = managedIdentityOf(spJson);
  if (identity?.kind !== 'user-assigned')
    throw new GraphMalformedError(
      'servicePrincipal is not a user-assigned managed identity (servicePrincipalType and alternativeNames)',
    );
  const declared = raw.managedIdentity.resourceId.toLowerCase().replace(/\/+$/, '');
  if (declared !== identity.resourceId.id.toLowerCase())
    throw new GraphMalformedError(
      `the ARM credentials are for ${raw.managedIdentity.resourceId}, not for the identity's ${identity.resourceId.id}`,
    );
  const credentials = raw.managedIdentity.federatedIdentityCredentials.map((c, i) =>
    toArmFederatedCredential(c, `federatedIdentityCredentials[${i}]`),
  );
  return managedIdentityInventory(normaliseServicePrincipal(spJson, names), identity.resourceId, credentials);
}
