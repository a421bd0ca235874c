// Microsoft Graph's usage and lifecycle endpoints (issue 14): the beta sign-in activity reports, Entra's
// recommendations with their impacted resources, the tenant's default app management policy, and the owners of
// applications and service principals. Each with its own permissions, licence behaviour, paging ($top,
// $skiptoken), documented $filter slice and, for the reports, the national cloud answer.
// Facts and sources: emulator/facts/signals.md, "Usage and lifecycle".
import type { EmulatorRequest, EmulatorResponse, Router } from '../core/server.js';
import { badRequest, errorResponse, GraphHttpError, idHeaders, notFound, requestIds } from './errors.js';
import type { GraphVersion } from './resources.js';
import { page } from './signals.js';

type Json = Record<string, unknown>;

export interface LifecycleFixture {
  /** servicePrincipalSignInActivity JSON (beta). */
  servicePrincipalSignInActivities?: Json[];
  /** appCredentialSignInActivity JSON (beta). */
  appCredentialSignInActivities?: Json[];
  /** recommendation JSON (beta), each with its `impactedResources` inline (served as the navigation). */
  recommendations?: Json[];
  /** tenantAppManagementPolicy JSON; the documented default (disabled) when absent. */
  defaultAppManagementPolicy?: Json;
  /** directoryObject JSON (with @odata.type) of the owners, by object id of the application or service principal. */
  owners?: Record<string, Json[]>;
  /** signIn JSON (beta), any order; served newest first. */
  signIns?: Json[];
  /** agentIdentity JSON (servicePrincipal subtype), each with its `sponsors` (directoryObject JSON) inline. */
  agentIdentities?: Json[];
  /** Sponsors (directoryObject JSON) by object id of an agent identity blueprint. */
  sponsors?: Record<string, Json[]>;
  /** Serve as a national cloud: the beta sign-in activity reports do not exist there. */
  nationalCloud?: boolean;
  /** Page size when the client sends no $top (default 100). */
  pageSize?: number;
}

export interface LifecycleRouteOptions {
  verifyBearer: (
    authorization: string | undefined,
  ) => { ok: true; roles: string[] } | { ok: false; status: 401; code: string; message: string };
  baseUrl: () => string;
  fixture: () => LifecycleFixture | undefined;
  /** The tenant's subscribedSkus (the signals fixture): which licences it holds. */
  subscribedSkus: () => Json[] | undefined;
  /** Whether an object id is an application or service principal of the tenant. */
  objectExists: (id: string) => boolean;
  /** Whether an object id is an application of type agentIdentityBlueprint. */
  isBlueprint: (id: string) => boolean;
}

/** Least privileged permission first (Graph API reference pages; facts/signals.md#usage-and-lifecycle). */
export const LIFECYCLE_PERMISSIONS = {
  signInActivity: ['AuditLog.Read.All', 'Directory.Read.All'],
  recommendations: ['DirectoryRecommendations.Read.All', 'DirectoryRecommendations.ReadWrite.All'],
  appManagementPolicy: [
    'Policy.Read.All',
    'Policy.Read.ApplicationConfiguration',
    'Policy.ReadWrite.ApplicationConfiguration',
  ],
  owners: ['Application.Read.All', 'Directory.Read.All', 'Application.ReadWrite.All', 'Directory.ReadWrite.All'],
  agentIdentities: ['AgentIdentity.Read.All', 'Application.Read.All', 'Directory.Read.All'],
} as const;

/** Entra ID P1 (AAD_PREMIUM) and P2 (AAD_PREMIUM_P2) service plans; Workload ID Premium (AAD_WRKLDID_P2). */
const ENTRA_ID_PREMIUM_PLANS = ['41781fb2-bc02-4b7c-bd55-b576c07bb09d', 'eec0eb4f-6444-4f95-aba0-50c24d67f998'];
const WORKLOAD_ID_PREMIUM_PLAN = '7dc0e92d-bf15-401d-907e-0884efe7c760';

const ODATA_JSON = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

function hasPlan(skus: Json[] | undefined, plans: readonly string[]): boolean {
  return (skus ?? []).some(
    (sku) =>
      ['Enabled', 'Warning'].includes(String(sku.capabilityStatus ?? 'Enabled')) &&
      Array.isArray(sku.servicePlans) &&
      sku.servicePlans.some(
        (p) =>
          typeof p === 'object' &&
          p !== null &&
          plans.includes(String((p as Json).servicePlanId).toLowerCase()) &&
          String((p as Json).provisioningStatus ?? 'Success') !== 'Disabled',
      ),
  );
}

function header(req: EmulatorRequest, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v.join(', ') : v;
}

/** The documented default tenant policy (GET policies/defaultAppManagementPolicy example): disabled, no restriction. */
export function defaultTenantPolicy(): Json {
  return {
    id: '00000000-0000-0000-0000-000000000000',
    displayName: 'Default app management tenant policy',
    description:
      'Default tenant policy that enforces app management restrictions on applications and service principals. To apply policy to targeted resources, create a new policy under appManagementPolicies collection.',
    isEnabled: false,
    applicationRestrictions: { passwordCredentials: [], keyCredentials: [] },
    servicePrincipalRestrictions: { passwordCredentials: [], keyCredentials: [] },
  };
}

/** $select over one object: the named properties plus id and @odata.type, as Graph keeps them. */
function select(req: EmulatorRequest, item: Json): Json {
  const text = req.url.searchParams.get('$select');
  if (text === null) return item;
  const keep = new Set(['id', '@odata.type', ...text.split(',').map((s) => s.trim())]);
  return Object.fromEntries(Object.entries(item).filter(([k]) => keep.has(k)));
}

export function registerLifecycleRoutes(router: Router, options: LifecycleRouteOptions): void {
  const route = (
    versions: readonly GraphVersion[],
    path: string,
    permissions: readonly string[],
    fn: (req: EmulatorRequest, version: GraphVersion, fixture: LifecycleFixture, base: string) => Json,
  ) =>
    router.add(
      'GET',
      new RegExp(`/(?<version>${versions.map((v) => v.replace('.', '\\.')).join('|')})${path}`),
      (req): EmulatorResponse => {
        const ids = requestIds(req.headers);
        try {
          const auth = options.verifyBearer(header(req, 'authorization'));
          if (!auth.ok) throw new GraphHttpError(401, auth.code, auth.message);
          if (!auth.roles.some((r) => permissions.includes(r)))
            throw new GraphHttpError(
              403,
              'Authorization_RequestDenied',
              'Insufficient privileges to complete the operation.',
            );
          const version = req.params.version as GraphVersion;
          const base = `${options.baseUrl()}/${version}`;
          const body = fn(req, version, options.fixture() ?? {}, base);
          if (typeof body['@odata.nextLink'] === 'string')
            body['@odata.nextLink'] = `${options.baseUrl()}${body['@odata.nextLink']}`;
          return { status: 200, headers: { 'content-type': ODATA_JSON, ...idHeaders(ids) }, body };
        } catch (err) {
          if (err instanceof GraphHttpError) return errorResponse(err, ids);
          throw err;
        }
      },
    );

  /** The usage reports: global cloud only (400 naming the segment elsewhere), Entra ID P1/P2 only. */
  const usageReport = (segment: string, fixture: LifecycleFixture) => {
    if (fixture.nationalCloud) throw badRequest(`Resource not found for the segment '${segment}'.`, 'BadRequest');
    if (!hasPlan(options.subscribedSkus(), ENTRA_ID_PREMIUM_PLANS))
      throw new GraphHttpError(
        403,
        'Authentication_RequestFromNonPremiumTenantOrB2CTenant',
        "Neither tenant is B2C or tenant doesn't have premium license",
      );
  };

  route(
    ['beta'],
    '/reports/servicePrincipalSignInActivities',
    LIFECYCLE_PERMISSIONS.signInActivity,
    (req, version, fixture, base) => {
      usageReport('servicePrincipalSignInActivities', fixture);
      return page(
        req,
        version,
        fixture.servicePrincipalSignInActivities ?? [],
        ['appId'],
        { pageSize: fixture.pageSize ?? 100 },
        `${base}/$metadata#reports/servicePrincipalSignInActivities`,
      );
    },
  );
  route(
    ['beta'],
    '/reports/appCredentialSignInActivities',
    LIFECYCLE_PERMISSIONS.signInActivity,
    (req, version, fixture, base) => {
      usageReport('appCredentialSignInActivities', fixture);
      return page(
        req,
        version,
        fixture.appCredentialSignInActivities ?? [],
        ['appId', 'keyId'],
        { pageSize: fixture.pageSize ?? 100 },
        `${base}/$metadata#reports/appCredentialSignInActivities`,
      );
    },
  );

  // Sign-in logs (beta): service principal sign-ins only with an explicit signInEventTypes filter, newest first,
  // pages of at most 1,000; Entra ID P1/P2 only. The emulator understands the documented filter shape
  // (createdDateTime ge …, signInEventTypes/any(t: t eq '…'), appId eq '…', joined by `and`).
  route(['beta'], '/auditLogs/signIns', LIFECYCLE_PERMISSIONS.signInActivity, (req, _version, fixture, base) => {
    if (!hasPlan(options.subscribedSkus(), ENTRA_ID_PREMIUM_PLANS))
      throw new GraphHttpError(
        403,
        'Authentication_RequestFromNonPremiumTenantOrB2CTenant',
        "Neither tenant is B2C or tenant doesn't have premium license",
      );
    const filter = req.url.searchParams.get('$filter') ?? '';
    const clauses = filter === '' ? [] : filter.split(/\s+and\s+/i).map((c) => c.trim().replace(/^\((.*)\)$/, '$1'));
    let types = ['interactiveUser'];
    let from = -Infinity;
    let appId: string | null = null;
    for (const clause of clauses) {
      let m: RegExpExecArray | null;
      if ((m = /^createdDateTime ge (\S+)$/i.exec(clause))) from = Date.parse(m[1] ?? '');
      else if ((m = /^signInEventTypes\/any\(t: t eq '(\w+)'\)$/i.exec(clause))) types = [m[1] ?? ''];
      else if ((m = /^appId eq '([^']*)'$/i.exec(clause))) appId = (m[1] ?? '').toLowerCase();
      else throw badRequest(`Invalid filter clause: '${clause}'.`, 'BadRequest');
    }
    if (Number.isNaN(from)) throw badRequest('Invalid filter clause: createdDateTime.', 'BadRequest');
    const selected = (fixture.signIns ?? [])
      .filter((s) => {
        const kinds = Array.isArray(s.signInEventTypes) ? (s.signInEventTypes as string[]) : ['interactiveUser'];
        return (
          kinds.some((k) => types.includes(k)) &&
          Date.parse(String(s.createdDateTime)) >= from &&
          (appId === null || String(s.appId).toLowerCase() === appId)
        );
      })
      .sort((a, b) => String(b.createdDateTime).localeCompare(String(a.createdDateTime)));
    const top = Math.min(Number(req.url.searchParams.get('$top') ?? 1000), 1000);
    const token = req.url.searchParams.get('$skiptoken');
    const offset = token === null ? 0 : Number(Buffer.from(token, 'base64url').toString('utf8').replace(/^o/, ''));
    const body: Json = {
      '@odata.context': `${base}/$metadata#auditLogs/signIns`,
      value: selected.slice(offset, offset + top),
    };
    if (offset + top < selected.length) {
      const params = new URLSearchParams();
      for (const [k, v] of req.url.searchParams) if (k !== '$skiptoken') params.append(k, v);
      params.append('$skiptoken', Buffer.from(`o${offset + top}`).toString('base64url'));
      body['@odata.nextLink'] = `${req.url.pathname}?${params.toString()}`;
    }
    return body;
  });

  /** Without Workload ID Premium the workload identity recommendations are absent ([U]: the exact behaviour). */
  const recommendations = (fixture: LifecycleFixture): Json[] => {
    const premium = hasPlan(options.subscribedSkus(), [WORKLOAD_ID_PREMIUM_PLAN]);
    return (fixture.recommendations ?? []).filter(
      (r) => premium || !String(r.requiredLicenses ?? '').includes('microsoftEntraWorkloadId'),
    );
  };

  route(
    ['beta'],
    '/directory/recommendations',
    LIFECYCLE_PERMISSIONS.recommendations,
    (req, version, fixture, base) => {
      const expand = req.url.searchParams.get('$expand');
      if (expand !== null && expand !== 'impactedResources')
        throw badRequest(
          `Could not find a property named '${expand}' on type 'microsoft.graph.recommendation'.`,
          'BadRequest',
        );
      const items = recommendations(fixture).map((r) => {
        const { impactedResources, ...rest } = r;
        return expand ? { ...rest, impactedResources: impactedResources ?? [] } : rest;
      });
      return page(
        req,
        version,
        items,
        ['recommendationType', 'category', 'featureAreas', 'priority', 'status'],
        { pageSize: fixture.pageSize ?? 100 },
        `${base}/$metadata#directory/recommendations`,
      );
    },
  );
  route(
    ['beta'],
    '/directory/recommendations/(?<id>[^/()]+)/impactedResources',
    LIFECYCLE_PERMISSIONS.recommendations,
    (req, version, fixture, base) => {
      const r = recommendations(fixture).find((x) => String(x.id) === req.params.id);
      if (!r) throw notFound(String(req.params.id));
      return page(
        req,
        version,
        Array.isArray(r.impactedResources) ? (r.impactedResources as Json[]) : [],
        ['status', 'resourceType'],
        { pageSize: fixture.pageSize ?? 100 },
        `${base}/$metadata#directory/recommendations('${String(r.id)}')/impactedResources`,
      );
    },
  );

  // Reading the policy needs no licence (managing it does: Workload ID Premium) [U for the read].
  route(
    ['v1.0', 'beta'],
    '/policies/defaultAppManagementPolicy',
    LIFECYCLE_PERMISSIONS.appManagementPolicy,
    (req, _v, fixture, base) => ({
      '@odata.context': `${base}/$metadata#policies/defaultAppManagementPolicy/$entity`,
      ...select(req, fixture.defaultAppManagementPolicy ?? defaultTenantPolicy()),
    }),
  );

  const owners = (kind: 'applications' | 'servicePrincipals') =>
    route(
      ['v1.0', 'beta'],
      `/${kind}/(?<id>[^/()]+)/owners`,
      LIFECYCLE_PERMISSIONS.owners,
      (req, version, fixture, base) => {
        const id = String(req.params.id);
        if (!options.objectExists(id)) throw notFound(id);
        const entries =
          Object.entries(fixture.owners ?? {}).find(([k]) => k.toLowerCase() === id.toLowerCase())?.[1] ?? [];
        return page(
          req,
          version,
          entries.map((o) => select(req, o)),
          [],
          { pageSize: fixture.pageSize ?? 100 },
          `${base}/$metadata#directoryObjects`,
        );
      },
    );
  owners('applications');
  owners('servicePrincipals');

  // Sponsors of a blueprint, through the type cast; any other object is not found under the cast [U: the exact error].
  route(
    ['v1.0', 'beta'],
    '/applications/(?<id>[^/()]+)/microsoft.graph.agentIdentityBlueprint/sponsors',
    LIFECYCLE_PERMISSIONS.owners,
    (req, version, fixture, base) => {
      const id = String(req.params.id);
      if (!options.isBlueprint(id)) throw notFound(id);
      const entries =
        Object.entries(fixture.sponsors ?? {}).find(([k]) => k.toLowerCase() === id.toLowerCase())?.[1] ?? [];
      return page(
        req,
        version,
        entries.map((o) => select(req, o)),
        [],
        { pageSize: fixture.pageSize ?? 100 },
        `${base}/$metadata#directoryObjects`,
      );
    },
  );
}

/**
 * The agent identities collection (servicePrincipals cast to microsoft.graph.agentIdentity), with `$expand=sponsors`.
 * Registered before the service principal routes, which would read the cast as an object id.
 */
export function registerAgentIdentityRoutes(router: Router, options: LifecycleRouteOptions): void {
  router.add(
    'GET',
    /\/(?<version>v1\.0|beta)\/servicePrincipals\/microsoft\.graph\.agentIdentity/,
    (req): EmulatorResponse => {
      const ids = requestIds(req.headers);
      try {
        const auth = options.verifyBearer(header(req, 'authorization'));
        if (!auth.ok) throw new GraphHttpError(401, auth.code, auth.message);
        if (!auth.roles.some((r) => (LIFECYCLE_PERMISSIONS.agentIdentities as readonly string[]).includes(r)))
          throw new GraphHttpError(
            403,
            'Authorization_RequestDenied',
            'Insufficient privileges to complete the operation.',
          );
        const version = req.params.version as GraphVersion;
        const fixture = options.fixture() ?? {};
        const expand = req.url.searchParams.get('$expand');
        if (expand !== null && !/^sponsors(\(\$select=[\w,]+\))?$/.test(expand))
          throw badRequest(
            `Could not find a property named '${expand}' on type 'microsoft.graph.agentIdentity'.`,
            'BadRequest',
          );
        const items = (fixture.agentIdentities ?? []).map((a) => {
          const { sponsors, ...rest } = a;
          const shown = select(req, { '@odata.type': '#microsoft.graph.agentIdentity', ...rest });
          return expand
            ? {
                ...shown,
                sponsors: (Array.isArray(sponsors) ? (sponsors as Json[]) : []).map((s) => ({
                  '@odata.type': s['@odata.type'],
                  id: s.id,
                })),
              }
            : shown;
        });
        const body = page(
          req,
          version,
          items,
          ['agentIdentityBlueprintId', 'displayName', 'id'],
          { pageSize: fixture.pageSize ?? 100 },
          `${options.baseUrl()}/${version}/$metadata#servicePrincipals/microsoft.graph.agentIdentity`,
        );
        if (typeof body['@odata.nextLink'] === 'string')
          body['@odata.nextLink'] = `${options.baseUrl()}${body['@odata.nextLink']}`;
        return { status: 200, headers: { 'content-type': ODATA_JSON, ...idHeaders(ids) }, body };
      } catch (err) {
        if (err instanceof GraphHttpError) return errorResponse(err, ids);
        throw err;
      }
    },
  );
}
