// Azure Resource Manager emulator: user-assigned managed identities and their federated identity
// credentials (Microsoft.ManagedIdentity), on their own HTTPS origin. It checks the bearer token's
// audience (ARM's, never Graph's), the caller's role on the identity (Reader or a role with the
// credentials' read action, at the identity, its resource group or its subscription), `api-version`,
// and pages with `$top`/`$skipToken` and an absolute `nextLink`. Facts: emulator/facts/arm.md.
import { randomUUID } from 'node:crypto';
import type { EmulatorRequest, EmulatorResponse } from './core/server.js';
import { Router } from './core/server.js';
import type { GraphServicePrincipal, TenantState } from './tenant.js';

export const ARM_RESOURCE = 'https://management.azure.com';
/** The audiences ARM accepts in Azure's public cloud (facts/arm.md#audience). */
export const ARM_AUDIENCES = [
  'https://management.azure.com',
  'https://management.azure.com/',
  'https://management.core.windows.net',
  'https://management.core.windows.net/',
];
export const FIC_TYPE = 'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials';
export const FIC_READ_ACTION = `${FIC_TYPE}/read`;
/** Versions of Microsoft.ManagedIdentity that have federated identity credentials (facts/arm.md#api-versions). */
export const FIC_API_VERSIONS = ['2022-01-31-preview', '2023-01-31', '2023-07-31-preview', '2024-11-30'];
/** Built-in roles whose actions include the credentials' read action (facts/arm.md#roles). */
export const READING_ROLES = [
  'Reader',
  'Contributor',
  'Owner',
  'Managed Identity Contributor',
  'Managed Identity Operator',
];

export interface ArmFederatedIdentityCredential {
  id: string;
  name: string;
  type: typeof FIC_TYPE;
  properties: { issuer: string; subject: string; audiences: string[] };
}

export interface ArmUserAssignedIdentity {
  /** /subscriptions/<sub>/resourcegroups/<rg>/providers/Microsoft.ManagedIdentity/userAssignedIdentities/<name> */
  id: string;
  name: string;
  location: string;
  properties: { tenantId: string; principalId: string; clientId: string };
  federatedIdentityCredentials: ArmFederatedIdentityCredential[];
}

export interface ArmRoleAssignment {
  /** Object id of the service principal the role is assigned to. */
  principalId: string;
  /** A built-in role name, or a custom role's name with its `actions`. */
  roleDefinitionName: string;
  /** For a custom role: its actions (wildcards as `*`). */
  actions?: string[];
  /** /subscriptions/<sub>[/resourceGroups/<rg>[/providers/…]] */
  scope: string;
}

export interface ArmFixture {
  userAssignedIdentities: ArmUserAssignedIdentity[];
  roleAssignments: ArmRoleAssignment[];
  /** Credentials per page when the client sends no $top (facts/arm.md#paging: [U] size). */
  pageSize?: number;
}

export type ArmBearerCheck =
  { ok: true; appId: string; tenantId: string } | { ok: false; status: 401; code: string; message: string };

export interface ArmOptions {
  /** Checks the bearer token against the given audiences (the Entra emulator's verifier). */
  verifyBearer: (authorization: string | undefined, audiences: readonly string[]) => ArmBearerCheck;
  /** The emulator's own base URL, for absolute nextLinks; also accepted as the token audience. */
  baseUrl: () => string;
}

const DEFAULT_PAGE_SIZE = 10;

function armError(status: number, code: string, message: string): EmulatorResponse {
  return { status, headers: requestHeaders(), body: { error: { code, message } } };
}

function requestHeaders(): Record<string, string> {
  const id = randomUUID();
  return { 'x-ms-request-id': id, 'x-ms-correlation-request-id': id };
}

const lower = (s: string) => s.toLowerCase().replace(/\/+$/, '');

/** Whether `scope` is the resource or one of its parents, on segment boundaries, ignoring case (ARM ids are). */
function covers(scope: string, resourceId: string): boolean {
  const s = lower(scope);
  const r = lower(resourceId);
  return r === s || r.startsWith(`${s}/`);
}

function grantsRead(assignment: ArmRoleAssignment): boolean {
  if (assignment.actions) {
    return assignment.actions.some((action) => {
      const pattern = action.toLowerCase();
      if (pattern === '*' || pattern === '*/read') return true;
      const wanted = FIC_READ_ACTION.toLowerCase();
      if (pattern === wanted) return true;
      // e.g. Microsoft.ManagedIdentity/userAssignedIdentities/*/read or Microsoft.ManagedIdentity/*
      if (pattern.endsWith('/*')) return wanted.startsWith(pattern.slice(0, -1));
      if (pattern.endsWith('/*/read')) return wanted.startsWith(pattern.slice(0, -'*/read'.length));
      return false;
    });
  }
  return READING_ROLES.some((role) => role.toLowerCase() === assignment.roleDefinitionName.toLowerCase());
}

export function createArmRouter(tenant: TenantState, options: ArmOptions): Router {
  const router = new Router();
  const fixture = (): ArmFixture => tenant.fixture.arm ?? { userAssignedIdentities: [], roleAssignments: [] };
  const identityPath =
    /\/subscriptions\/(?<sub>[^/]+)\/resourceGroups\/(?<rg>[^/]+)\/providers\/Microsoft\.ManagedIdentity\/userAssignedIdentities\/(?<name>[^/]+)/i;

  /** Auth, api-version and role checks shared by every route; the caller's object id when allowed. */
  function authorise(req: EmulatorRequest, scope: string, action: string): EmulatorResponse | null {
    const authorization = req.headers.authorization;
    if (!authorization)
      return armError(401, 'AuthenticationFailed', "Authentication failed. The 'Authorization' header is missing.");
    const audiences = [...ARM_AUDIENCES, options.baseUrl(), `${options.baseUrl()}/`];
    const check = options.verifyBearer(authorization, audiences);
    if (!check.ok) {
      if (/audience/i.test(check.message))
        return armError(
          401,
          'InvalidAuthenticationTokenAudience',
          `The access token has been obtained for wrong audience or resource. It should exactly match with one of the allowed audiences ${audiences.map((a) => `'${a}'`).join(',')}.`,
        );
      return armError(401, 'InvalidAuthenticationToken', 'The access token is invalid.');
    }
    const version = req.url.searchParams.get('api-version');
    if (!version)
      return armError(
        400,
        'MissingApiVersionParameter',
        'The api-version query parameter (?api-version=) is required for all requests.',
      );
    if (!FIC_API_VERSIONS.includes(version))
      return armError(
        400,
        'InvalidApiVersionParameter',
        `The api-version '${version}' is invalid. The supported versions are '${FIC_API_VERSIONS.join(',')}'.`,
      );
    const principal = tenant.servicePrincipalByAppId(check.appId);
    const objectId = principal?.id ?? check.appId;
    const allowed = fixture().roleAssignments.some(
      (a) => a.principalId.toLowerCase() === objectId.toLowerCase() && covers(a.scope, scope) && grantsRead(a),
    );
    if (!allowed)
      return armError(
        403,
        'AuthorizationFailed',
        `The client '${check.appId}' with object id '${objectId}' does not have authorization to perform action '${action}' over scope '${scope}' or the scope is invalid. If access was recently granted, please refresh your credentials.`,
      );
    return null;
  }

  function findIdentity(req: EmulatorRequest): ArmUserAssignedIdentity | undefined {
    const { sub = '', rg = '', name = '' } = req.params;
    const id = `/subscriptions/${sub}/resourceGroups/${rg}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${name}`;
    return fixture().userAssignedIdentities.find((i) => lower(i.id) === lower(id));
  }

  function scopeOf(req: EmulatorRequest): string {
    const { sub = '', rg = '', name = '' } = req.params;
    return `/subscriptions/${sub}/resourcegroups/${rg}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${name}`;
  }

  function notFound(req: EmulatorRequest): EmulatorResponse {
    return armError(
      404,
      'ResourceNotFound',
      `The Resource 'Microsoft.ManagedIdentity/userAssignedIdentities/${req.params.name ?? ''}' under resource group '${req.params.rg ?? ''}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`,
    );
  }

  router.add('GET', new RegExp(`${identityPath.source}`, 'i'), (req) => {
    const denied = authorise(req, scopeOf(req), 'Microsoft.ManagedIdentity/userAssignedIdentities/read');
    if (denied) return denied;
    const identity = findIdentity(req);
    if (!identity) return notFound(req);
    const { federatedIdentityCredentials: _credentials, ...resource } = identity;
    return {
      status: 200,
      headers: requestHeaders(),
      body: { ...resource, type: 'Microsoft.ManagedIdentity/userAssignedIdentities' },
    };
  });

  router.add('GET', new RegExp(`${identityPath.source}/federatedIdentityCredentials`, 'i'), (req) => {
    const denied = authorise(req, scopeOf(req), FIC_READ_ACTION);
    if (denied) return denied;
    const identity = findIdentity(req);
    if (!identity) return notFound(req);
    const query = new Map([...req.url.searchParams].map(([k, v]) => [k.toLowerCase(), v]));
    const topText = query.get('$top');
    const top = topText === undefined ? (fixture().pageSize ?? DEFAULT_PAGE_SIZE) : Number(topText);
    if (!Number.isInteger(top) || top < 1)
      return armError(400, 'BadRequest', `The value '${topText ?? ''}' of $top is not a positive integer.`);
    const skipText = query.get('$skiptoken');
    const skip = skipText === undefined ? 0 : Number(skipText);
    if (!Number.isInteger(skip) || skip < 0) return armError(400, 'BadRequest', 'The $skipToken is invalid.');
    const all = identity.federatedIdentityCredentials;
    const value = all.slice(skip, skip + top);
    const body: Record<string, unknown> = { value };
    if (skip + top < all.length) {
      const next = new URL(req.url.pathname, options.baseUrl());
      next.searchParams.set('api-version', query.get('api-version') ?? '');
      if (topText !== undefined) next.searchParams.set('$top', String(top));
      next.searchParams.set('$skipToken', String(skip + top));
      body.nextLink = next.toString();
    }
    return { status: 200, headers: requestHeaders(), body };
  });

  return router;
}

export interface IdentityFixtureOptions {
  name: string;
  subscriptionId: string;
  resourceGroup: string;
  clientId: string;
  /** The service principal's object id. */
  principalId: string;
  tenantId: string;
  /** Subjects (or whole credentials) the identity trusts, all for GitHub's issuer and the token-exchange audience. */
  credentials: { name: string; subject: string; issuer?: string; audiences?: string[] }[];
}

/**
 * A user-assigned managed identity in both services' shapes: the ARM resource (with its credentials) and
 * its service principal as Graph serves it (`servicePrincipalType: ManagedIdentity`, the resource id in
 * `alternativeNames`, spelled with ARM's lower-case `resourcegroups` as Entra writes it).
 */
export function userAssignedIdentity(options: IdentityFixtureOptions): {
  identity: ArmUserAssignedIdentity;
  servicePrincipal: GraphServicePrincipal;
} {
  const id = `/subscriptions/${options.subscriptionId}/resourceGroups/${options.resourceGroup}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${options.name}`;
  return {
    identity: {
      id,
      name: options.name,
      location: 'westeurope',
      properties: { tenantId: options.tenantId, principalId: options.principalId, clientId: options.clientId },
      federatedIdentityCredentials: options.credentials.map((c) => ({
        id: `${id}/federatedIdentityCredentials/${c.name}`,
        name: c.name,
        type: FIC_TYPE,
        properties: {
          issuer: c.issuer ?? 'https://token.actions.githubusercontent.com',
          subject: c.subject,
          audiences: c.audiences ?? ['api://AzureADTokenExchange'],
        },
      })),
    },
    servicePrincipal: {
      id: options.principalId,
      appId: options.clientId,
      displayName: options.name,
      servicePrincipalType: 'ManagedIdentity',
      alternativeNames: ['isExplicit=True', id.replace('/resourceGroups/', '/resourcegroups/')],
      accountEnabled: true,
      passwordCredentials: [],
      keyCredentials: [],
      appRoleAssignments: [],
      memberOf: [],
    },
  };
}
