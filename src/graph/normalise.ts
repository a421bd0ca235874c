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
} from '../inventory/model.js';
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
  /** The application JSON; `federatedIdentityCredentials` holds every page. */
  application: Record<string, unknown>;
  /** The service principal JSON plus its `appRoleAssignments` and `memberOf` (every page); null without one. */
  servicePrincipal: Record<string, unknown> | null;
}

export function normaliseApp(raw: RawApp, names: GraphPermissionNames): AppInventory {
  const { federatedCredentialsNextLink, ...application } = toApplication(raw.application);
  if (federatedCredentialsNextLink !== null)
    throw new GraphMalformedError('application.federatedIdentityCredentials is incomplete (it still has a nextLink)');
  let servicePrincipal: AppInventory['servicePrincipal'] = null;
  if (raw.servicePrincipal !== null) {
    const sp = asObject(raw.servicePrincipal, 'servicePrincipal');
    servicePrincipal = {
      ...toServicePrincipal(sp),
      appRoleAssignments: arrayOf(sp, 'appRoleAssignments', 'servicePrincipal').map((a, i) =>
        toAppRoleAssignment(a, `appRoleAssignments[${i}]`, names),
      ),
      directoryRoles: arrayOf(sp, 'memberOf', 'servicePrincipal').flatMap(
        (m, i) => toDirectoryRole(m, `memberOf[${i}]`) ?? [],
      ),
    };
  }
  return { ...application, servicePrincipal };
}
