// Microsoft Graph's Entra Workload ID signal endpoints: licences (subscribedSkus), ID Protection for workload
// identities (riskyServicePrincipals, servicePrincipalRiskDetections) and conditional access policies, on
// /v1.0 and /beta, each with its own permission, paging ($top, $skiptoken) and documented $filter slice, and
// the licence behaviours of a tenant without Workload ID Premium (both documented ones, switchable).
// Facts and sources: emulator/facts/signals.md.
import type { EmulatorRequest, EmulatorResponse, Router } from '../core/server.js';
import { badRequest, errorResponse, GraphHttpError, idHeaders, notFound, requestIds } from './errors.js';
import { evaluateFilter, filterProperties, parseFilter } from './filter.js';
import type { GraphVersion } from './resources.js';

type Json = Record<string, unknown>;

/** How a tenant without Workload ID Premium answers the ID Protection endpoints (facts/signals.md#licences). */
export type UnlicensedRiskBehaviour =
  /** 200 with riskLevel and riskDetail "hidden" (Graph resource docs). */
  | 'hidden'
  /** 403 with a generic error body (field reports); the code is `unlicensedCode`. */
  | 'forbidden';

export interface SignalsFixture {
  /** subscribedSku JSON; the Workload ID service plans decide what the tenant is licensed for. */
  subscribedSkus?: Json[];
  /** riskyServicePrincipal JSON as the licensed v1.0 serves it (isEnabled; beta adds accountEnabled). */
  riskyServicePrincipals?: Json[];
  /** servicePrincipalRiskDetection JSON. */
  servicePrincipalRiskDetections?: Json[];
  /** conditionalAccessPolicy JSON. */
  conditionalAccessPolicies?: Json[];
  /** Default `hidden`. */
  unlicensedRisk?: UnlicensedRiskBehaviour;
  /** Error code of the `forbidden` behaviour; default `Forbidden`. */
  unlicensedCode?:
    'Forbidden' | 'Authorization_RequestDenied' | 'Authentication_RequestFromNonPremiumTenantOrB2CTenant';
  /** Page size when the client sends no $top (default 100). */
  pageSize?: number;
}

export interface SignalsRouteOptions {
  verifyBearer: (
    authorization: string | undefined,
  ) => { ok: true; roles: string[] } | { ok: false; status: 401; code: string; message: string };
  baseUrl: () => string;
  /** The tenant's signals; read on every request, so tests can change them between runs. */
  fixture: () => SignalsFixture | undefined;
}

/** Workload ID service plans (facts/signals.md#licences). */
export const WORKLOAD_ID_P1_PLAN = '84c289f0-efcb-486f-8581-07f44fc9efad';
export const WORKLOAD_ID_P2_PLAN = '7dc0e92d-bf15-401d-907e-0884efe7c760';

/** Least privileged permission first (Graph API reference pages; facts/signals.md#permissions). */
export const SIGNAL_PERMISSIONS = {
  subscribedSkus: [
    'LicenseAssignment.Read.All',
    'Organization.Read.All',
    'Directory.Read.All',
    'Directory.ReadWrite.All',
  ],
  riskyServicePrincipals: ['IdentityRiskyServicePrincipal.Read.All', 'IdentityRiskyServicePrincipal.ReadWrite.All'],
  riskDetections: ['IdentityRiskEvent.Read.All'],
  conditionalAccess: ['Policy.Read.All'],
} as const;

const ODATA_JSON = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';
const MAX_TOP = 999;

function header(req: EmulatorRequest, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v.join(', ') : v;
}

function premium(fixture: SignalsFixture): boolean {
  return (fixture.subscribedSkus ?? []).some(
    (sku) =>
      ['Enabled', 'Warning'].includes(String(sku.capabilityStatus ?? 'Enabled')) &&
      Array.isArray(sku.servicePlans) &&
      sku.servicePlans.some(
        (p) =>
          typeof p === 'object' &&
          p !== null &&
          String((p as Json).servicePlanId).toLowerCase() === WORKLOAD_ID_P2_PLAN,
      ),
  );
}

function option(url: URL, name: string, version: GraphVersion): string | null {
  return url.searchParams.get(`$${name}`) ?? (version === 'beta' ? url.searchParams.get(name) : null);
}

/** $filter, $top and $skiptoken over an in-memory collection, Graph's paging with an absolute nextLink. */
export function page(
  req: EmulatorRequest,
  version: GraphVersion,
  items: Json[],
  filterable: readonly string[],
  fixture: SignalsFixture,
  context: string,
): Json {
  const filterText = option(req.url, 'filter', version);
  let selected = items;
  if (filterText !== null) {
    const filter = parseFilter(filterText);
    for (const prop of filterProperties(filter))
      if (!filterable.includes(prop))
        throw badRequest(
          `Invalid filter clause: the property '${prop}' is not supported in a filter on this resource.`,
          'BadRequest',
        );
    selected = items.filter((i) => evaluateFilter(filter, i));
  }
  const topText = option(req.url, 'top', version);
  const top = topText === null ? (fixture.pageSize ?? 100) : Number(topText);
  if (!Number.isInteger(top) || top < 1 || top > MAX_TOP)
    throw badRequest(`Invalid $top value '${topText}'.`, 'BadRequest');
  const token = option(req.url, 'skiptoken', version);
  let offset = 0;
  if (token !== null) {
    const decoded = /^o(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
    if (!decoded) throw badRequest(`The $skiptoken '${token}' is invalid.`, 'BadRequest');
    offset = Number(decoded[1]);
  }
  const body: Json = { '@odata.context': context };
  if (offset + top < selected.length) {
    const params = new URLSearchParams();
    for (const [k, v] of req.url.searchParams) if (!/^\$?skiptoken$/i.test(k)) params.append(k, v);
    params.append('$skiptoken', Buffer.from(`o${offset + top}`).toString('base64url'));
    body['@odata.nextLink'] = `${req.url.pathname}?${params.toString()}`;
  }
  body.value = selected.slice(offset, offset + top);
  return body;
}

export function registerSignalRoutes(router: Router, options: SignalsRouteOptions): void {
  const route = (
    path: string,
    permissions: readonly string[],
    fn: (req: EmulatorRequest, version: GraphVersion, fixture: SignalsFixture, base: string) => Json,
  ) =>
    router.add('GET', new RegExp(`/(?<version>v1\\.0|beta)${path}`), (req): EmulatorResponse => {
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
    });

  /** The ID Protection answer of an unlicensed tenant: a 403, or the data with its risk fields hidden. */
  const idProtection = (fixture: SignalsFixture, items: Json[]): Json[] => {
    if (premium(fixture)) return items;
    if ((fixture.unlicensedRisk ?? 'hidden') === 'forbidden') {
      const code = fixture.unlicensedCode ?? 'Forbidden';
      throw new GraphHttpError(
        403,
        code,
        code === 'Authentication_RequestFromNonPremiumTenantOrB2CTenant'
          ? "Neither tenant is B2C or tenant doesn't have premium license"
          : 'Forbidden',
      );
    }
    return items.map((i) => ({ ...i, riskLevel: 'hidden', riskDetail: 'hidden' }));
  };

  const riskyShape =
    (version: GraphVersion) =>
    (item: Json): Json => {
      const { accountEnabled, isEnabled, ...rest } = item;
      const enabled = isEnabled ?? accountEnabled ?? true;
      return version === 'beta'
        ? { ...rest, accountEnabled: enabled, isEnabled: enabled }
        : { ...rest, isEnabled: enabled };
    };

  route('/subscribedSkus', SIGNAL_PERMISSIONS.subscribedSkus, (req, version, fixture, base) =>
    page(
      req,
      version,
      fixture.subscribedSkus ?? [],
      [],
      { ...fixture, pageSize: MAX_TOP },
      `${base}/$metadata#subscribedSkus`,
    ),
  );

  route(
    '/identityProtection/riskyServicePrincipals',
    SIGNAL_PERMISSIONS.riskyServicePrincipals,
    (req, version, fixture, base) => {
      const items = idProtection(fixture, (fixture.riskyServicePrincipals ?? []).map(riskyShape(version)));
      // riskLevel and riskLastUpdatedDateTime are documented as filterable; riskState is used in production (ZTA).
      return page(
        req,
        version,
        items,
        ['riskLevel', 'riskLastUpdatedDateTime', 'riskState'],
        fixture,
        `${base}/$metadata#riskyServicePrincipal`,
      );
    },
  );
  route(
    '/identityProtection/riskyServicePrincipals/(?<id>[^/()]+)',
    SIGNAL_PERMISSIONS.riskyServicePrincipals,
    (req, version, fixture, base) => {
      const items = idProtection(fixture, (fixture.riskyServicePrincipals ?? []).map(riskyShape(version)));
      const item = items.find((i) => String(i.id).toLowerCase() === String(req.params.id).toLowerCase());
      if (!item) throw notFound(String(req.params.id));
      return { '@odata.context': `${base}/$metadata#riskyServicePrincipals/$entity`, ...item };
    },
  );

  route(
    '/identityProtection/servicePrincipalRiskDetections',
    SIGNAL_PERMISSIONS.riskDetections,
    (req, version, fixture, base) => {
      const items = idProtection(
        fixture,
        (fixture.servicePrincipalRiskDetections ?? []).map((d) => ({
          '@odata.type': '#microsoft.graph.servicePrincipalRiskDetection',
          ...d,
        })),
      );
      return page(
        req,
        version,
        items,
        ['servicePrincipalId', 'requestId', 'riskEventType', 'riskLevel'],
        fixture,
        `${base}/$metadata#identityProtection/servicePrincipalRiskDetections`,
      );
    },
  );

  // Reading policies needs no licence; unlicensed tenants keep their workload-identity policies (facts/signals.md).
  const policies = (req: EmulatorRequest, version: GraphVersion, fixture: SignalsFixture, base: string) =>
    page(
      req,
      version,
      fixture.conditionalAccessPolicies ?? [],
      ['state', 'displayName', 'id'],
      fixture,
      `${base}/$metadata#identity/conditionalAccess/policies`,
    );
  route('/identity/conditionalAccess/policies', SIGNAL_PERMISSIONS.conditionalAccess, policies);
  route('/policies/conditionalAccessPolicies', SIGNAL_PERMISSIONS.conditionalAccess, policies);
}
