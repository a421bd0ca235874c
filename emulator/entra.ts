// The Entra ID v2.0 token endpoint for workload identity federation (emulator/facts/entra-token.md):
// tenant discovery for MSAL, and client_credentials with a federated client assertion, validated
// in Entra's order with Entra's error replies; which credential accepts the assertion is decided by
// the emulator's own model (emulator/federation/, emulator/facts/federation.md). Access tokens are RS256 JWTs the Graph
// emulator checks with verifyAccessToken.
import http from 'node:http';
import https from 'node:https';
import tls from 'node:tls';
import { randomUUID } from 'node:crypto';
import { Router, type EmulatorRequest, type EmulatorResponse } from './core/server.js';
import { aadsts, aadstsResponse, type AadstsError } from './entra-errors.js';
import { decideSignIn } from './federation/index.js';
import { decodeJwt, generateSigningKey, jwksOf, signJwt, verifyJwt, type Jwks, type SigningKey } from './jwt.js';
import { MICROSOFT_GRAPH_APP_ID, type TenantState } from './tenant.js';

export const CLIENT_ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
export const GRAPH_RESOURCE = 'https://graph.microsoft.com';

/** Lifetime of an access token, and the expires_in Entra reports for it. */
const ACCESS_TOKEN_SECONDS = 3599;
/**
 * Clock skew Entra tolerates on a client assertion's nbf/exp. Not documented (unverified);
 * five minutes is the .NET token-validation default Entra is built on.
 */
export const DEFAULT_CLOCK_SKEW_SECONDS = 300;
/** How long fetched issuer keys are reused before discovery is read again. */
const KEY_CACHE_MS = 24 * 3600_000;

/**
 * Where a real-world issuer is served locally: Entra fetches `<iss>/.well-known/openid-configuration`
 * and the `jwks_uri` in it; any URL under a mapped issuer is fetched from its local base instead.
 */
export class IssuerDirectory {
  private readonly bases = new Map<string, string>();

  set(issuer: string, localBase: string): void {
    this.bases.set(issuer, localBase.replace(/\/+$/, ''));
  }

  delete(issuer: string): void {
    this.bases.delete(issuer);
  }

  /** The local URL for a real-world URL, or undefined when no mapped issuer covers it. */
  localUrlOf(url: string): string | undefined {
    for (const [issuer, base] of this.bases) {
      if (url === issuer) return base;
      if (url.startsWith(`${issuer}/`)) return base + url.slice(issuer.length);
    }
    return undefined;
  }
}

export interface EntraOptions {
  tenant: TenantState;
  issuers: IssuerDirectory;
  /** Resources a client may request (`<resource>/.default`), besides Microsoft Graph's URI and app id. */
  resources?: string[];
  /** PEM to trust when fetching issuer metadata over https (the emulators' own CA). */
  ca?: string;
  clockSkewSeconds?: number;
  now?: () => number;
}

export type AccessTokenCheck =
  | { ok: true; appId: string; roles: string[]; tenantId: string }
  | { ok: false; status: 401; code: 'InvalidAuthenticationToken'; message: string };

type Outcome<T> = { ok: true; value: T } | { ok: false; error: AadstsError };

export class EntraEmulator {
  readonly signingKey: SigningKey;
  readonly resources: Set<string>;
  private readonly tenant: TenantState;
  private readonly issuers: IssuerDirectory;
  private readonly ca: string | undefined;
  private readonly skew: number;
  private readonly now: () => number;
  private readonly keyCache = new Map<string, { jwks: Jwks; fetchedAt: number }>();

  constructor(options: EntraOptions) {
    this.tenant = options.tenant;
    this.issuers = options.issuers;
    this.ca = options.ca;
    this.skew = options.clockSkewSeconds ?? DEFAULT_CLOCK_SKEW_SECONDS;
    this.now = options.now ?? Date.now;
    this.resources = new Set([GRAPH_RESOURCE, MICROSOFT_GRAPH_APP_ID, ...(options.resources ?? [])]);
    this.signingKey = generateSigningKey(randomUUID());
  }

  jwks(): Jwks {
    return jwksOf([this.signingKey]);
  }

  /** Forgets fetched issuer keys (e.g. after a test rotates them). */
  clearKeyCache(): void {
    this.keyCache.clear();
  }

  router(): Router {
    const router = new Router();
    router.add('GET', /\/(?<tenant>[^/]+)\/v2\.0\/\.well-known\/openid-configuration/, (req) => this.discovery(req));
    router.add('GET', /\/common\/discovery\/instance/, (req) => this.instanceDiscovery(req));
    router.add('GET', /\/(?<tenant>[^/]+)\/discovery\/v2\.0\/keys/, (req) => this.keys(req));
    router.add('POST', /\/(?<tenant>[^/]+)\/oauth2\/v2\.0\/token/, (req) => this.token(req));
    return router;
  }

  /** Checks a Graph request's `Authorization` header against the tokens this emulator issued. */
  verifyAccessToken(authorization: string | undefined, expectedAudience: string | readonly string[]): AccessTokenCheck {
    return verifyAccessToken(authorization, expectedAudience, {
      jwks: this.jwks(),
      tenantId: this.tenant.fixture.tenantId,
      nowMs: this.now(),
    });
  }

  private tenantIdFor(tenant: string): string | undefined {
    const t = tenant.toLowerCase();
    // MSAL and Entra accept the multi-tenant aliases for discovery; the issuer then carries the placeholder.
    if (t === 'common' || t === 'organizations') return '{tenantid}';
    return this.tenant.matchesTenant(tenant) ? this.tenant.fixture.tenantId : undefined;
  }

  private discovery(req: EmulatorRequest): EmulatorResponse {
    const tenantParam = req.params.tenant ?? '';
    const tid = this.tenantIdFor(tenantParam);
    if (!tid) return aadstsResponse(req, aadsts.tenantNotFound(tenantParam), this.now());
    const origin = req.url.origin; // MSAL requires the issuer on the authority's own scheme://host:port
    const base = `${origin}/${tid}`;
    return {
      status: 200,
      body: {
        token_endpoint: `${base}/oauth2/v2.0/token`,
        token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
        jwks_uri: `${base}/discovery/v2.0/keys`,
        response_modes_supported: ['query', 'fragment', 'form_post'],
        subject_types_supported: ['pairwise'],
        id_token_signing_alg_values_supported: ['RS256'],
        response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
        scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
        issuer: `${base}/v2.0`,
        request_uri_parameter_supported: false,
        userinfo_endpoint: `${origin}/oidc/userinfo`,
        authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
        device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
        http_logout_supported: true,
        frontchannel_logout_supported: true,
        end_session_endpoint: `${base}/oauth2/v2.0/logout`,
        claims_supported: [
          'sub',
          'iss',
          'cloud_instance_name',
          'cloud_instance_host_name',
          'cloud_graph_host_name',
          'msgraph_host',
          'aud',
          'exp',
          'iat',
          'auth_time',
          'acr',
          'nonce',
          'preferred_username',
          'name',
          'tid',
          'ver',
          'at_hash',
          'c_hash',
          'email',
        ],
        kerberos_endpoint: `${base}/kerberos`,
        tenant_region_scope: 'EU',
        cloud_instance_name: 'microsoftonline.com',
        cloud_graph_host_name: 'graph.windows.net',
        msgraph_host: 'graph.microsoft.com',
        rbac_url: 'https://pas.windows.net',
      },
    };
  }

  private instanceDiscovery(req: EmulatorRequest): EmulatorResponse {
    const host = req.url.host;
    const endpoint = req.url.searchParams.get('authorization_endpoint') ?? '';
    let tenant = 'common';
    try {
      tenant = new URL(endpoint).pathname.split('/').filter(Boolean)[0] ?? 'common';
    } catch {
      // MSAL always sends it; without it Entra answers for `common`.
    }
    return {
      status: 200,
      body: {
        tenant_discovery_endpoint: `${req.url.origin}/${tenant}/v2.0/.well-known/openid-configuration`,
        'api-version': '1.1',
        metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
      },
    };
  }

  private keys(req: EmulatorRequest): EmulatorResponse {
    const tenantParam = req.params.tenant ?? '';
    const tid = this.tenantIdFor(tenantParam);
    if (!tid) return aadstsResponse(req, aadsts.tenantNotFound(tenantParam), this.now());
    const issuer = `${req.url.origin}/${tid}/v2.0`;
    return { status: 200, body: { keys: this.jwks().keys.map((k) => ({ ...k, issuer })) } };
  }

  private async token(req: EmulatorRequest): Promise<EmulatorResponse> {
    const outcome = await this.exchange(req);
    if (!outcome.ok) return aadstsResponse(req, outcome.error, this.now());
    return {
      status: 200,
      headers: { 'cache-control': 'no-store, no-cache', pragma: 'no-cache', 'x-ms-request-id': randomUUID() },
      body: {
        token_type: 'Bearer',
        expires_in: ACCESS_TOKEN_SECONDS,
        ext_expires_in: ACCESS_TOKEN_SECONDS,
        access_token: outcome.value,
      },
    };
  }

  /** Entra's checks, in its order: tenant, request shape, client, scope, assertion, federation. */
  private async exchange(req: EmulatorRequest): Promise<Outcome<string>> {
    const fail = (error: AadstsError): Outcome<string> => ({ ok: false, error });
    const tenantParam = req.params.tenant ?? '';
    if (!this.tenant.matchesTenant(tenantParam)) return fail(aadsts.tenantNotFound(tenantParam));
    const tenantId = this.tenant.fixture.tenantId;

    // A body that is not a form (e.g. JSON) reads as having no parameters, as at Entra.
    const isForm = (req.headers['content-type'] ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded');
    const form = new URLSearchParams(isForm ? req.body.toString('utf8') : '');
    const grantType = form.get('grant_type');
    if (!grantType) return fail(aadsts.missingParameter('grant_type'));
    if (grantType !== 'client_credentials') return fail(aadsts.unsupportedGrantType(grantType));
    const clientId = form.get('client_id');
    if (!clientId) return fail(aadsts.missingParameter('client_id'));
    const scope = form.get('scope');
    if (!scope) return fail(aadsts.missingParameter('scope'));

    const app = this.tenant.applicationByAppId(clientId);
    if (!app) return fail(aadsts.applicationNotFound(clientId, tenantParam));
    const sp = this.tenant.servicePrincipalByAppId(clientId);
    if (!sp) return fail(aadsts.missingServicePrincipal(app.appId, tenantId));
    if (sp.accountEnabled === false || app.isDisabled === true) {
      return fail(aadsts.applicationDisabled(app.appId, app.displayName));
    }

    const resource = this.resourceOf(scope);
    if (!resource.ok) return resource;

    const assertion = form.get('client_assertion');
    if (!assertion) {
      // The emulated apps sign in only with federated credentials; any secret is wrong.
      return fail(form.get('client_secret') ? aadsts.invalidClientSecret(app.appId) : aadsts.missingClientCredential());
    }
    if (form.get('client_assertion_type') !== CLIENT_ASSERTION_TYPE) {
      // A wrong value is treated like a missing one (Entra's exact reply for it is unverified).
      return fail(aadsts.missingParameter('client_assertion_type'));
    }

    const decoded = decodeJwt(assertion);
    if (!decoded.ok) return fail(aadsts.malformedAssertion(decoded.message));
    const presented = presentedToken(decoded.payload);
    if (!presented.ok) return presented;

    // Entra trusts only issuers the app has a credential for, so it checks the issuer before
    // fetching anything from it; audience and subject wait until the token is authentic.
    const decision = decideSignIn(presented.value, app.federatedIdentityCredentials);
    if (!decision.accepted && decision.code === 700211) return fail(aadsts.noIssuer(presented.value.iss));

    const jwks = await this.issuerKeys(
      presented.value.iss,
      typeof decoded.header.kid === 'string' ? decoded.header.kid : '',
    );
    // An issuer whose discovery cannot be read is reported as no usable issuer (700211), per
    // our brief; real Entra may answer a discovery failure differently (unverified).
    if (!jwks) return fail(aadsts.noIssuer(presented.value.iss));
    const verified = verifyJwt(assertion, jwks);
    if (!verified.ok) {
      return fail(verified.error === 'malformed' ? aadsts.malformedAssertion(verified.message) : aadsts.badSignature());
    }

    const time = this.checkTime(decoded.payload);
    if (!time.ok) return time;

    if (decision.accepted) return { ok: true, value: this.accessToken(app.appId, sp.id, resource.value, tenantId) };
    switch (decision.code) {
      case 700212:
        return fail(aadsts.noAudience(audienceText(presented.value.aud)));
      case 7002138:
        return fail(aadsts.subjectCase(presented.value.sub));
      default:
        return fail(aadsts.noSubject(presented.value.sub));
    }
  }

  private resourceOf(scope: string): Outcome<string> {
    const scopes = scope.split(/\s+/).filter(Boolean);
    const only = scopes[0];
    if (scopes.length !== 1 || !only || !only.endsWith('/.default'))
      return { ok: false, error: aadsts.invalidScope(scope) };
    const resource = only.slice(0, -'/.default'.length);
    const known = [...this.resources].find(
      (r) => r.replace(/\/+$/, '').toLowerCase() === resource.replace(/\/+$/, '').toLowerCase(),
    );
    if (!known) return { ok: false, error: aadsts.resourceNotFound(resource, this.tenant.fixture.tenantId) };
    return { ok: true, value: known };
  }

  private checkTime(payload: Record<string, unknown>): Outcome<void> {
    const { exp, nbf } = payload;
    if (typeof exp !== 'number')
      return { ok: false, error: aadsts.malformedAssertion('the assertion has no numeric exp') };
    if (nbf !== undefined && typeof nbf !== 'number') {
      return { ok: false, error: aadsts.malformedAssertion('the assertion nbf is not numeric') };
    }
    const nowMs = this.now();
    const now = nowMs / 1000;
    if (now > exp + this.skew || (nbf !== undefined && now < nbf - this.skew)) {
      return { ok: false, error: aadsts.outsideTimeRange(nowMs, nbf, exp) };
    }
    return { ok: true, value: undefined };
  }

  /** The issuer's JWKS through its discovery, cached; read again once when the kid is unknown (key rotation). */
  private async issuerKeys(issuer: string, kid: string): Promise<Jwks | undefined> {
    const cached = this.keyCache.get(issuer);
    const fresh = cached && this.now() - cached.fetchedAt < KEY_CACHE_MS;
    if (fresh && cached.jwks.keys.some((k) => k.kid === kid)) return cached.jwks;
    const jwks = await this.fetchIssuerKeys(issuer);
    if (jwks) this.keyCache.set(issuer, { jwks, fetchedAt: this.now() });
    return jwks ?? (fresh ? cached.jwks : undefined);
  }

  private async fetchIssuerKeys(issuer: string): Promise<Jwks | undefined> {
    const discoveryUrl = this.issuers.localUrlOf(`${issuer}/.well-known/openid-configuration`);
    if (!discoveryUrl) return undefined;
    const discovery = await getJson(discoveryUrl, this.ca);
    // OpenID Connect Discovery §4.3: the document must name the issuer it was fetched for.
    if (!isRecord(discovery) || discovery.issuer !== issuer || typeof discovery.jwks_uri !== 'string') return undefined;
    const jwksUrl = this.issuers.localUrlOf(discovery.jwks_uri);
    if (!jwksUrl) return undefined;
    const jwks = await getJson(jwksUrl, this.ca);
    if (!isRecord(jwks) || !Array.isArray(jwks.keys)) return undefined;
    // Entra keeps only the first 100 signing keys of an issuer (emulator/facts/entra-token.md#validation).
    return { keys: (jwks.keys as Jwks['keys']).slice(0, 100) };
  }

  private accessToken(appId: string, servicePrincipalId: string, resource: string, tenantId: string): string {
    const iat = Math.floor(this.now() / 1000);
    // Microsoft Graph accepts v1.0 access tokens, so Entra issues that version for it:
    // iss https://sts.windows.net/<tid>/, appid (not azp), ver 1.0.
    const sts = `https://sts.windows.net/${tenantId}/`;
    return signJwt(
      { typ: 'JWT', x5t: this.signingKey.x5t },
      {
        aud: resource,
        iss: sts,
        iat,
        nbf: iat,
        exp: iat + ACCESS_TOKEN_SECONDS,
        aio: randomUUID(),
        app_displayname: this.tenant.applicationByAppId(appId)?.displayName ?? appId,
        appid: appId,
        appidacr: '2',
        idp: sts,
        idtyp: 'app',
        oid: servicePrincipalId,
        rh: randomUUID(),
        roles: this.tenant.graphRolesOf(appId),
        sub: servicePrincipalId,
        tid: tenantId,
        uti: randomUUID().replaceAll('-', ''),
        ver: '1.0',
      },
      this.signingKey,
    );
  }
}

/** Validates a `Bearer` access token the way a resource (Graph) does. */
export function verifyAccessToken(
  authorization: string | undefined,
  expectedAudience: string | readonly string[],
  context: { jwks: Jwks; tenantId: string; nowMs: number },
): AccessTokenCheck {
  const deny = (message: string): AccessTokenCheck => ({
    ok: false,
    status: 401,
    code: 'InvalidAuthenticationToken',
    message,
  });
  const match = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '');
  if (!match?.[1]) return deny('Access token is empty.');
  const verified = verifyJwt(match[1], context.jwks);
  if (!verified.ok) {
    return deny(
      verified.error === 'malformed'
        ? 'IDX14100: JWT is not well formed.'
        : 'Access token validation failure. Invalid signature.',
    );
  }
  const { aud, exp, nbf, tid, appid, roles } = verified.payload;
  const audiences = typeof expectedAudience === 'string' ? [expectedAudience] : expectedAudience;
  if (typeof aud !== 'string' || !audiences.some((a) => a.replace(/\/+$/, '') === aud.replace(/\/+$/, ''))) {
    return deny('Access token validation failure. Invalid audience.');
  }
  const now = context.nowMs / 1000;
  if (typeof exp !== 'number' || now >= exp) return deny('Lifetime validation failed, the token is expired.');
  if (typeof nbf === 'number' && now < nbf) return deny('Lifetime validation failed, the token is not yet valid.');
  if (tid !== context.tenantId || typeof appid !== 'string')
    return deny('Access token validation failure. Invalid issuer.');
  const roleList = Array.isArray(roles) ? roles.filter((r): r is string => typeof r === 'string') : [];
  return { ok: true, appId: appid, roles: roleList, tenantId: tid };
}

/** Redacts client assertions and secrets from a token request body kept in the request log. */
export function redactTokenRequest(body: string): string {
  // Anything shaped like a JWT goes first, wherever it is (a JSON body, an unknown field).
  const withoutJwts = body.replace(/eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*/g, '[redacted]');
  const form = new URLSearchParams(withoutJwts);
  for (const secret of ['client_assertion', 'client_secret', 'assertion', 'refresh_token', 'code']) {
    if (form.has(secret)) form.set(secret, '[redacted]');
  }
  return form.toString();
}

/** The assertion's claims, with the three every federated credential compares. */
interface PresentedToken {
  iss: string;
  sub: string;
  aud: string | string[];
  [claim: string]: unknown;
}

function presentedToken(payload: Record<string, unknown>): Outcome<PresentedToken> {
  const { iss, sub, aud } = payload;
  if (typeof iss !== 'string') return { ok: false, error: aadsts.malformedAssertion('the assertion has no iss') };
  if (typeof sub !== 'string') return { ok: false, error: aadsts.malformedAssertion('the assertion has no sub') };
  const audOk =
    typeof aud === 'string' || (Array.isArray(aud) && aud.length > 0 && aud.every((a) => typeof a === 'string'));
  if (!audOk) return { ok: false, error: aadsts.malformedAssertion('the assertion has no aud') };
  return { ok: true, value: { ...payload, iss, sub, aud: aud as string | string[] } };
}

function audienceText(aud: string | string[]): string {
  return typeof aud === 'string' ? aud : aud.join(', ');
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** GET a JSON document over http(s), trusting `ca` as well; undefined on any failure. */
function getJson(url: string, ca: string | undefined): Promise<unknown> {
  return new Promise((resolve) => {
    const target = new URL(url);
    const onResponse = (res: http.IncomingMessage) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        if (res.statusCode !== 200) return resolve(undefined);
        try {
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        } catch {
          resolve(undefined);
        }
      });
      res.on('error', () => resolve(undefined));
    };
    const request =
      target.protocol === 'https:'
        ? https.get(
            target,
            { ...(ca ? { ca: [...tls.getCACertificates('default'), ca] } : {}), timeout: 10_000 },
            onResponse,
          )
        : http.get(target, { timeout: 10_000 }, onResponse);
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(undefined));
  });
}
