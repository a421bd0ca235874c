// Microsoft Graph emulator: the application and service-principal reads an Entra hygiene tool
// makes, on /v1.0 and /beta, with Graph's paging, query options, errors, $batch and (optionally)
// throttling. Facts: emulator/facts/graph.md.
//
// Permissions (Graph docs, checked with the docs search): listing and reading applications,
// service principals, federated credentials, `servicePrincipal: appRoleAssignments` and
// `servicePrincipal: memberOf` all have Application.Read.All as least privileged application
// permission, with Application.ReadWrite.All, Directory.Read.All and Directory.ReadWrite.All
// above it. The docs also list Application.ReadWrite.OwnedBy for memberOf/appRoleAssignments;
// it is limited to owned objects, which this emulator does not model, so it is not accepted.
import type { EmulatorRequest, EmulatorResponse, FaultPlan, Handler, RequestLog } from './core/server.js';
import { Router } from './core/server.js';
import { runBatch, seededRandom } from './graph/batch.js';
import {
  badRequest,
  errorResponse,
  GraphHttpError,
  idHeaders,
  insufficientPrivileges,
  notFound,
  type RequestIds,
  requestIds,
} from './graph/errors.js';
import { evaluateFilter, type FilterExpr } from './graph/filter.js';
import { DirectoryLookup } from './graph/lookup.js';
import {
  pick,
  type QueryOptions,
  rawOption,
  readQuery,
  resolveSelect,
  validateExpand,
  validateFilter,
} from './graph/query.js';
import {
  applicationType,
  appRoleAssignmentType,
  directoryRoleType,
  federatedIdentityCredentialType,
  type GraphVersion,
  limitedDirectoryRole,
  type ResourceType,
  servicePrincipalType,
} from './graph/resources.js';
import { registerSignalRoutes } from './graph/signals.js';
import {
  KeyCredentialsSelectLimit,
  resourceUnitCost,
  ResourceUnitThrottle,
  selectsKeyCredentials,
} from './graph/throttle.js';
import { registerAgentIdentityRoutes, registerLifecycleRoutes } from './graph/lifecycle.js';
import type { GraphApplication, GraphServicePrincipal, TenantState } from './tenant.js';

export type { GraphVersion } from './graph/resources.js';
export { MAX_BATCH_REQUESTS } from './graph/batch.js';

export type BearerCheck =
  | { ok: true; appId: string; roles: string[]; tenantId: string }
  | { ok: false; status: 401; code: string; message: string };

export interface GraphOptions {
  verifyBearer: (authorization: string | undefined) => BearerCheck;
  /** The emulator's own base URL (https://localhost:PORT), for absolute @odata.nextLink and @odata.context. */
  baseUrl: () => string;
  /** Optional model of Graph's throttling (resource units per 10 s per app+tenant, emulator/facts/graph.md#throttling); off by default. */
  throttling?: { ruPer10s: number; now?: () => number };
  /**
   * The FaultPlan the server uses. The server applies it to whole HTTP requests; the router
   * applies it again to each $batch item (service 'graph', the item's /version/path?query),
   * so a fault can hit one item of a batch.
   */
  faults?: FaultPlan;
  /** Receives one entry per $batch item, as service 'graph-batch-item'. */
  log?: RequestLog;
  /** Fixes the order in which $batch answers come back; random when absent. */
  batchShuffleSeed?: number;
  /**
   * Requests per minute per tenant that may name keyCredentials in $select on applications and service
   * principals (Graph: 150; emulator/facts/graph.md#keycredentials-select). Always on; null turns it off.
   */
  keyCredentialsSelectPerMinute?: number | null;
  now?: () => number;
}

/** Application permissions that allow every read this emulator serves. */
export const READ_ROLES = [
  'Application.Read.All',
  'Application.ReadWrite.All',
  'Directory.Read.All',
  'Directory.ReadWrite.All',
];

/** Application permissions that reveal directory roles in a memberOf answer (otherwise limited information). */
export const DIRECTORY_ROLE_READ_ROLES = [
  'RoleManagement.Read.Directory',
  'RoleManagement.ReadWrite.Directory',
  'Directory.Read.All',
  'Directory.ReadWrite.All',
];

/**
 * Application permissions that allow listing /roleManagement/directory/roleAssignments and roleDefinitions
 * (Graph docs, "List unifiedRoleAssignments", Permissions; emulator/facts/graph.md#directory-roles).
 */
export const ROLE_MANAGEMENT_READ_ROLES = [
  'RoleManagement.Read.Directory',
  'RoleManagement.Read.All',
  'Directory.Read.All',
  'RoleManagement.ReadWrite.Directory',
  'Directory.ReadWrite.All',
];

/** Most values in one `in (…)` of a $filter (Graph docs, "Use the $filter query parameter"). */
const IN_VALUES_MAX = 15;

/** Most items Graph returns for an expanded directory relationship (query-parameters doc: "typically 20"). */
const EXPANDED_ITEMS_MAX = 20;
const DEFAULT_PAGE = 100;
const MAX_PAGE = 999;
/** $expand on directory objects caps the page at 100 whatever $top says (Graph known issue 13635, emulator/facts/graph.md#query-options). */
const MAX_PAGE_WITH_EXPAND = 100;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ODATA_JSON = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

interface Ctx {
  version: GraphVersion;
  url: URL;
  headers: EmulatorRequest['headers'];
  params: Record<string, string>;
  query: QueryOptions;
  roles: string[];
  base: string;
}

type Navigation<T> = (item: T, ctx: Ctx) => { type: ResourceType<never>; items: unknown[] };

function header(headers: EmulatorRequest['headers'], name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v.join(', ') : v;
}

function contextUrl(ctx: Ctx, path: string, select: string[] | null, entity: boolean): string {
  const parts = [...(select ?? [])];
  if (ctx.query.expand) parts.push(`${ctx.query.expand.navigation}()`);
  const projection = parts.length > 0 ? `(${parts.join(',')})` : '';
  return `${ctx.base}/${ctx.version}/$metadata#${path}${projection}${entity ? '/$entity' : ''}`;
}

// Paging tokens are opaque to clients; this one carries the offset and the filter it belongs to.
function encodeSkipToken(offset: number, url: URL): string {
  return Buffer.from(JSON.stringify({ o: offset, p: url.pathname })).toString('base64url');
}

function decodeSkipToken(token: string, url: URL): number {
  try {
    const doc = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { o?: unknown; p?: unknown };
    if (typeof doc.o === 'number' && Number.isInteger(doc.o) && doc.o >= 0 && doc.p === url.pathname) return doc.o;
  } catch {
    // fall through
  }
  // Code and status are Graph's for a bad paging token on directory objects; wording is ours.
  throw badRequest(`The $skiptoken '${token}' is invalid or does not belong to this query.`);
}

function nextLink(ctx: Ctx, offset: number): string {
  const params = new URLSearchParams();
  for (const [k, v] of ctx.url.searchParams)
    if (k.toLowerCase() !== '$skiptoken' && k.toLowerCase() !== 'skiptoken') params.append(k, v);
  params.append('$skiptoken', encodeSkipToken(offset, ctx.url));
  return `${ctx.base}${ctx.url.pathname}?${params.toString()}`;
}

function available(type: ResourceType<never>, sample: Record<string, unknown>[], version: GraphVersion): string[] {
  const stub = {
    id: '',
    appId: '',
    displayName: '',
    createdDateTime: '',
    accountEnabled: true,
    audiences: [],
    issuer: '',
    name: '',
    keyCredentials: [],
    passwordCredentials: [],
  } as never;
  const keys = new Set(Object.keys(type.project(stub, { version, includeKeyMaterial: false })));
  for (const s of sample) for (const k of Object.keys(s)) keys.add(k);
  keys.delete('@odata.type');
  return [...keys];
}

function shape<T>(
  ctx: Ctx,
  type: ResourceType<T>,
  items: T[],
  opts: { includeKeyMaterial: boolean; navigate?: Navigation<T> },
): Record<string, unknown>[] {
  const projected = items.map((i) =>
    type.project(i, { version: ctx.version, includeKeyMaterial: opts.includeKeyMaterial }),
  );
  const select = ctx.query.select
    ? resolveSelect(ctx.query.select, available(type as ResourceType<never>, projected, ctx.version), type.typeName)
    : null;
  const expand = ctx.query.expand;
  return projected.map((entity, index) => {
    const out = select ? pick(entity, select) : entity;
    if (expand && opts.navigate) {
      const nav = opts.navigate(items[index] as T, ctx);
      const navItems = nav.items
        .slice(0, EXPANDED_ITEMS_MAX)
        .map((n) => nav.type.project(n as never, { version: ctx.version, includeKeyMaterial: false }));
      const navSelect = expand.select
        ? resolveSelect(expand.select, available(nav.type, navItems, ctx.version), nav.type.typeName)
        : null;
      out[expand.navigation] = navSelect ? navItems.map((n) => pick(n, navSelect)) : navItems;
    }
    return out;
  });
}

function checkExpand<T>(ctx: Ctx, type: ResourceType<T>, navigate: Navigation<T> | undefined): void {
  if (!ctx.query.expand) return;
  validateExpand(ctx.query.expand, (navigate ? type : { ...type, navigations: [] }) as ResourceType<never>);
}

function collection<T>(
  ctx: Ctx,
  type: ResourceType<T>,
  all: T[],
  contextPath: string,
  navigate?: Navigation<T>,
): Record<string, unknown> {
  const { query } = ctx;
  let items = all;
  if (query.filter) {
    validateFilter(query.filter, type as ResourceType<never>);
    checkInValues(query.filter);
    const filter = query.filter;
    items = items.filter((i) => evaluateFilter(filter, i as Record<string, unknown>));
  }
  checkExpand(ctx, type, navigate);
  if (query.count) {
    // $count on directory objects is an advanced query: it needs ConsistencyLevel: eventual, and
    // advanced queries do not support $expand (Graph docs, query parameters).
    if ((header(ctx.headers, 'consistencylevel') ?? '').toLowerCase() !== 'eventual') {
      throw badRequest('$count is only supported with the ConsistencyLevel: eventual header (an advanced query).');
    }
    if (query.expand)
      throw new GraphHttpError(
        400,
        'Request_UnsupportedQuery',
        '$expand is not supported with advanced queries ($count).',
      );
  }
  const offset = query.skiptoken === null ? 0 : decodeSkipToken(query.skiptoken, ctx.url);
  const size = Math.min(query.top ?? DEFAULT_PAGE, query.expand ? MAX_PAGE_WITH_EXPAND : MAX_PAGE);
  const page = items.slice(offset, offset + size);
  const body: Record<string, unknown> = { '@odata.context': contextUrl(ctx, contextPath, query.select, false) };
  if (query.count && offset === 0) body['@odata.count'] = items.length;
  if (offset + size < items.length) body['@odata.nextLink'] = nextLink(ctx, offset + size);
  body.value = shape(ctx, type, page, { includeKeyMaterial: false, ...(navigate ? { navigate } : {}) });
  return body;
}

function entity<T>(
  ctx: Ctx,
  type: ResourceType<T>,
  item: T,
  contextPath: string,
  navigate?: Navigation<T>,
): Record<string, unknown> {
  checkExpand(ctx, type, navigate);
  // keyCredentials[].key is returned only when keyCredentials is $selected on a single-object GET (emulator/facts/graph.md#keycredentials-select).
  const includeKeyMaterial = (ctx.query.select ?? []).some((s) => s.toLowerCase() === 'keycredentials');
  const [shaped] = shape(ctx, type, [item], { includeKeyMaterial, ...(navigate ? { navigate } : {}) });
  return { '@odata.context': contextUrl(ctx, contextPath, ctx.query.select, true), ...shaped };
}

export function createGraphRouter(state: TenantState, options: GraphOptions): Router {
  const router = new Router();
  const lookup = new DirectoryLookup(state);
  const throttle = options.throttling ? new ResourceUnitThrottle(options.throttling) : undefined;
  const keyLimit =
    options.keyCredentialsSelectPerMinute === null
      ? undefined
      : new KeyCredentialsSelectLimit(options.keyCredentialsSelectPerMinute ?? 150, options.now ?? Date.now);
  const random = options.batchShuffleSeed === undefined ? Math.random : seededRandom(options.batchShuffleSeed);

  const authenticate = (req: EmulatorRequest): { appId: string; roles: string[]; tenantId: string } => {
    const auth = options.verifyBearer(header(req.headers, 'authorization'));
    if (!auth.ok) {
      throw new GraphHttpError(401, auth.code, auth.message, {
        'www-authenticate': `Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"`,
      });
    }
    return auth;
  };

  /** Authentication, throttling, query parsing and authorization, in that order, around a read. */
  const read = (fn: (ctx: Ctx) => Record<string, unknown>, allowed: readonly string[] = READ_ROLES): Handler => {
    return (req) => {
      const ids = requestIds(req.headers);
      let extra: Record<string, string> = {};
      try {
        const version = req.params.version as GraphVersion;
        const principal = authenticate(req);
        if (throttle) {
          const resource = /^\/(?:v1\.0|beta)\/([A-Za-z$]+)/.exec(req.url.pathname)?.[1] ?? '';
          const topRaw = rawOption(req.url.searchParams, 'top', version);
          const cost = resourceUnitCost({
            resource,
            method: req.method,
            hasSelect: rawOption(req.url.searchParams, 'select', version) !== null,
            hasExpand: rawOption(req.url.searchParams, 'expand', version) !== null,
            top: topRaw !== null && /^\d+$/.test(topRaw) ? Number(topRaw) : null,
          });
          const decision = throttle.charge(principal.appId, principal.tenantId, cost);
          extra = decision.headers;
          if (!decision.ok) throw new GraphHttpError(429, 'TooManyRequests', 'Too many requests.', decision.headers);
        }
        if (keyLimit && /^\/(?:v1\.0|beta)\/(?:applications|servicePrincipals)\b/.test(req.url.pathname)) {
          if (selectsKeyCredentials(rawOption(req.url.searchParams, 'select', version))) {
            const decision = keyLimit.charge(principal.tenantId);
            if (!decision.ok)
              throw new GraphHttpError(429, 'TooManyRequests', 'Too many requests.', { ...extra, ...decision.headers });
          }
        }
        const query = readQuery(req.url, version);
        if (!principal.roles.some((r) => allowed.includes(r))) throw insufficientPrivileges();
        const body = fn({
          version,
          url: req.url,
          headers: req.headers,
          params: req.params,
          query,
          roles: principal.roles,
          base: options.baseUrl(),
        });
        return { status: 200, headers: { 'content-type': ODATA_JSON, ...idHeaders(ids), ...extra }, body };
      } catch (err) {
        if (err instanceof GraphHttpError)
          return errorResponse(
            new GraphHttpError(err.status, err.code, err.message, { ...extra, ...err.headers }),
            ids,
          );
        throw err;
      }
    };
  };

  const get = (path: string, fn: (ctx: Ctx) => Record<string, unknown>, allowed?: readonly string[]) =>
    router.add('GET', new RegExp(`/(?<version>v1\\.0|beta)${path}`), read(fn, allowed));

  // An object addressed by id (/{id}) or by the appId alternate key ((appId='…')), emulator/facts/graph.md#entities-and-addressing.
  const KEY = `(?:/(?<id>[^/()]+)|\\(appId='(?<appId>[^']*)'\\))`;

  const applicationOf = (ctx: Ctx): GraphApplication => {
    const { id, appId } = ctx.params;
    if (appId !== undefined) return lookup.applicationByAppId(appId) ?? fail(notFound(appId));
    if (!GUID.test(id ?? '')) throw badRequest(`Invalid object identifier '${id}'.`);
    return lookup.applicationById(id as string) ?? fail(notFound(id as string));
  };

  const servicePrincipalOf = (ctx: Ctx): GraphServicePrincipal => {
    const { id, appId } = ctx.params;
    if (appId !== undefined) return lookup.servicePrincipalByAppId(appId) ?? fail(notFound(appId));
    if (!GUID.test(id ?? '')) throw badRequest(`Invalid object identifier '${id}'.`);
    return lookup.servicePrincipalById(id as string) ?? fail(notFound(id as string));
  };

  const applicationNav: Navigation<GraphApplication> = (app) => ({
    type: federatedIdentityCredentialType as ResourceType<never>,
    items: app.federatedIdentityCredentials,
  });

  const memberOfType = (ctx: Ctx): ResourceType<never> =>
    ctx.roles.some((r) => DIRECTORY_ROLE_READ_ROLES.includes(r))
      ? (directoryRoleType as ResourceType<never>)
      : ({ ...directoryRoleType, project: limitedDirectoryRole } as ResourceType<never>);

  const servicePrincipalNav: Navigation<GraphServicePrincipal> = (sp, ctx) =>
    ctx.query.expand?.navigation === 'memberOf'
      ? { type: memberOfType(ctx), items: sp.memberOf ?? [] }
      : { type: appRoleAssignmentType as ResourceType<never>, items: sp.appRoleAssignments ?? [] };

  // Agent identities (issue 14): before the service principal routes, which would read the cast as an id.
  const lifecycleOptions = {
    verifyBearer: options.verifyBearer,
    baseUrl: options.baseUrl,
    fixture: () => state.fixture.lifecycle,
    subscribedSkus: () => state.fixture.signals?.subscribedSkus,
    objectExists: (id: string) => Boolean(state.applicationById(id) ?? state.servicePrincipalById(id)),
    isBlueprint: (id: string) =>
      String(state.applicationById(id)?.['@odata.type'] ?? '').toLowerCase() ===
      '#microsoft.graph.agentidentityblueprint',
  };
  registerAgentIdentityRoutes(router, lifecycleOptions);

  get('/applications', (ctx) =>
    collection(ctx, applicationType, state.fixture.applications, 'applications', applicationNav),
  );
  get(`/applications${KEY}`, (ctx) => entity(ctx, applicationType, applicationOf(ctx), 'applications', applicationNav));
  get(`/applications${KEY}/federatedIdentityCredentials`, (ctx) => {
    const app = applicationOf(ctx);
    return collection(
      ctx,
      federatedIdentityCredentialType,
      app.federatedIdentityCredentials,
      `applications('${app.id}')/federatedIdentityCredentials`,
    );
  });
  get(
    `/applications${KEY}/federatedIdentityCredentials(?:/(?<ficId>[^/()]+)|\\(name='(?<ficName>[^']*)'\\))`,
    (ctx) => {
      const app = applicationOf(ctx);
      const { ficId, ficName } = ctx.params;
      const fic =
        ficName !== undefined
          ? app.federatedIdentityCredentials.find((f) => f.name === ficName)
          : app.federatedIdentityCredentials.find((f) => f.id.toLowerCase() === (ficId ?? '').toLowerCase());
      if (!fic) throw notFound(ficName ?? ficId ?? '');
      return entity(
        ctx,
        federatedIdentityCredentialType,
        fic,
        `applications('${app.id}')/federatedIdentityCredentials`,
      );
    },
  );

  get('/servicePrincipals', (ctx) =>
    collection(
      ctx,
      servicePrincipalType,
      byAppIdIndex(ctx.query.filter, (appId) => lookup.servicePrincipalByAppId(appId)) ??
        state.fixture.servicePrincipals,
      'servicePrincipals',
      servicePrincipalNav,
    ),
  );
  get(`/servicePrincipals${KEY}`, (ctx) =>
    entity(ctx, servicePrincipalType, servicePrincipalOf(ctx), 'servicePrincipals', servicePrincipalNav),
  );
  get(`/servicePrincipals${KEY}/appRoleAssignments`, (ctx) => {
    const sp = servicePrincipalOf(ctx);
    return collection(
      ctx,
      appRoleAssignmentType,
      sp.appRoleAssignments ?? [],
      `servicePrincipals('${sp.id}')/appRoleAssignments`,
    );
  });
  get(`/servicePrincipals${KEY}/memberOf`, (ctx) => {
    const sp = servicePrincipalOf(ctx);
    return collection(ctx, memberOfType(ctx), sp.memberOf ?? [], 'directoryObjects');
  });

  // Directory role assignments through the unified RBAC API, which also holds the assignments scoped to an
  // administrative unit (memberOf does not): emulator/facts/graph.md#directory-roles.
  get(
    '/roleManagement/directory/roleAssignments',
    (ctx) => {
      // `principalId eq/in` answered from the id index, as Graph does, not by walking the tenant per request.
      const principals = byKeyIndex(ctx.query.filter, 'principalId', (id) => lookup.servicePrincipalById(id));
      return collection(
        ctx,
        roleAssignmentType,
        roleAssignmentsOf(principals ?? state.fixture.servicePrincipals),
        'roleManagement/directory/roleAssignments',
      );
    },
    ROLE_MANAGEMENT_READ_ROLES,
  );
  get(
    '/roleManagement/directory/roleDefinitions',
    (ctx) => collection(ctx, roleDefinitionType, roleDefinitionsOf(state), 'roleManagement/directory/roleDefinitions'),
    ROLE_MANAGEMENT_READ_ROLES,
  );

  router.add('POST', /\/(?<version>v1\.0|beta)\/\$batch/, async (req) => {
    const ids = requestIds(req.headers);
    try {
      authenticate(req);
      const version = req.params.version as GraphVersion;
      const outer: Record<string, string> = {};
      const authorization = header(req.headers, 'authorization');
      if (authorization !== undefined) outer.authorization = authorization;
      const responses = await runBatch(
        req.body,
        { version, baseUrl: options.baseUrl(), outer },
        {
          dispatch: (item) =>
            router.handle({ method: item.method, url: item.url, headers: item.headers, body: item.body }),
          random,
          ...(options.faults ? { faults: options.faults } : {}),
          ...(options.log ? { log: options.log } : {}),
        },
      );
      return { status: 200, headers: { 'content-type': 'application/json', ...idHeaders(ids) }, body: { responses } };
    } catch (err) {
      if (err instanceof GraphHttpError) return errorResponse(err, ids);
      throw err;
    }
  });

  // Entra Workload ID signals (issue 13): licences, ID Protection, conditional access, with their own permissions.
  registerSignalRoutes(router, {
    verifyBearer: options.verifyBearer,
    baseUrl: options.baseUrl,
    fixture: () => state.fixture.signals,
  });
  // Usage and lifecycle (issue 14): sign-in activity reports, recommendations, app management policy, owners.
  registerLifecycleRoutes(router, lifecycleOptions);

  // Anything else under a version root: Graph names the first segment it could not resolve.
  router.add('GET', /\/(?<version>v1\.0|beta)(?:\/(?<rest>.*))?/, (req) => unknownSegment(req, authenticate));
  return router;
}

function unknownSegment(req: EmulatorRequest, authenticate: (req: EmulatorRequest) => unknown): EmulatorResponse {
  const ids: RequestIds = requestIds(req.headers);
  try {
    authenticate(req);
    const segment = (req.params.rest ?? '').split(/[/(?]/)[0] ?? '';
    throw new GraphHttpError(400, 'BadRequest', `Resource not found for the segment '${segment}'.`);
  } catch (err) {
    if (err instanceof GraphHttpError) return errorResponse(err, ids);
    throw err;
  }
}

/**
 * `appId eq 'x'` / `appId in ('x', …)` answered from the key index, as Graph answers it, instead of a scan
 * of every service principal per request (which made tenant-scale benchmarks measure the emulator).
 * The filter is still applied to what this returns; null for any other filter.
 */
function byAppIdIndex<T>(filter: FilterExpr | null, find: (appId: string) => T | undefined): T[] | null {
  return byKeyIndex(filter, 'appId', find);
}

function byKeyIndex<T>(filter: FilterExpr | null, prop: string, find: (key: string) => T | undefined): T[] | null {
  const values =
    filter?.kind === 'in' && filter.prop === prop
      ? filter.values
      : filter?.kind === 'cmp' && filter.op === 'eq' && filter.prop === prop
        ? [filter.value]
        : null;
  if (values === null || !values.every((v): v is string => typeof v === 'string')) return null;
  const found = new Set<T>();
  for (const v of values) {
    const hit = find(v);
    if (hit !== undefined) found.add(hit);
  }
  return [...found];
}

/** `in (…)` takes at most 15 values; Graph refuses the whole request beyond that. */
function checkInValues(filter: FilterExpr): void {
  switch (filter.kind) {
    case 'in':
      if (filter.values.length > IN_VALUES_MAX)
        throw new GraphHttpError(
          400,
          'Request_UnsupportedQuery',
          `Too many values in the 'in' operator on '${filter.prop}': ${filter.values.length} given, at most ${IN_VALUES_MAX} allowed.`,
        );
      return;
    case 'and':
    case 'or':
      checkInValues(filter.left);
      checkInValues(filter.right);
      return;
    case 'not':
      checkInValues(filter.expr);
      return;
    default:
      return;
  }
}

interface RoleAssignmentRecord {
  id: string;
  principalId: string;
  roleDefinitionId: string;
  directoryScopeId: string;
  [key: string]: unknown;
}

/**
 * Every directory role assignment of the tenant's service principals: each memberOf role at tenant scope
 * ('/'), plus the assignments scoped to an administrative unit that memberOf does not show.
 */
function roleAssignmentsOf(servicePrincipals: readonly GraphServicePrincipal[]): RoleAssignmentRecord[] {
  const out: RoleAssignmentRecord[] = [];
  for (const sp of servicePrincipals) {
    for (const role of sp.memberOf ?? []) {
      if (role['@odata.type'] !== '#microsoft.graph.directoryRole') continue;
      out.push({
        id: `${role.roleTemplateId}_${sp.id}`,
        principalId: sp.id,
        roleDefinitionId: role.roleTemplateId,
        directoryScopeId: '/',
      });
    }
    for (const scoped of sp.scopedRoleAssignments ?? []) {
      out.push({
        id: `${scoped.roleTemplateId}_${sp.id}_${scoped.directoryScopeId.split('/').pop() ?? ''}`,
        principalId: sp.id,
        roleDefinitionId: scoped.roleTemplateId,
        directoryScopeId: scoped.directoryScopeId,
      });
    }
  }
  return out;
}

interface RoleDefinitionRecord {
  id: string;
  displayName: string;
  templateId: string;
  isBuiltIn: boolean;
  [key: string]: unknown;
}

/** The role definitions the tenant's assignments refer to; a built-in role's id is its template id. */
function roleDefinitionsOf(state: TenantState): RoleDefinitionRecord[] {
  const byId = new Map<string, RoleDefinitionRecord>();
  for (const sp of state.fixture.servicePrincipals) {
    const roles = [
      ...(sp.memberOf ?? []).map((r) => ({ templateId: r.roleTemplateId, displayName: r.displayName })),
      ...(sp.scopedRoleAssignments ?? []).map((r) => ({ templateId: r.roleTemplateId, displayName: r.displayName })),
    ];
    for (const role of roles)
      byId.set(role.templateId, {
        id: role.templateId,
        templateId: role.templateId,
        displayName: role.displayName,
        isBuiltIn: true,
      });
  }
  return [...byId.values()];
}

const roleAssignmentType: ResourceType<RoleAssignmentRecord> = {
  typeName: 'microsoft.graph.unifiedRoleAssignment',
  filterable: ['principalId', 'roleDefinitionId', 'directoryScopeId', 'id'],
  navigations: [],
  project: (a) => ({
    id: a.id,
    principalId: a.principalId,
    roleDefinitionId: a.roleDefinitionId,
    directoryScopeId: a.directoryScopeId,
    appScopeId: null,
  }),
};

const roleDefinitionType: ResourceType<RoleDefinitionRecord> = {
  typeName: 'microsoft.graph.unifiedRoleDefinition',
  filterable: ['id', 'displayName', 'templateId', 'isBuiltIn'],
  navigations: [],
  project: (d) => ({
    id: d.id,
    description: null,
    displayName: d.displayName,
    isBuiltIn: d.isBuiltIn,
    isEnabled: true,
    resourceScopes: ['/'],
    templateId: d.templateId,
    version: '1',
    rolePermissions: [],
  }),
};

function fail(err: GraphHttpError): never {
  throw err;
}
