export const id = 527;
export const ids = [527];
export const modules = {

/***/ 1527:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readInventory: () => (/* binding */ readInventory)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./src/auth/clouds.ts
var clouds = __webpack_require__(6910);
// EXTERNAL MODULE: ./node_modules/@azure/identity/dist/esm/index.js + 289 modules
var esm = __webpack_require__(8256);
// EXTERNAL MODULE: ./src/http/retry.ts
var http_retry = __webpack_require__(8902);
// EXTERNAL MODULE: ./src/auth/mask.ts
var mask = __webpack_require__(8080);
// EXTERNAL MODULE: ./src/auth/oidc.ts
var oidc = __webpack_require__(161);
;// CONCATENATED MODULE: ./src/auth/entra.ts
// Exchange of the GitHub OIDC token for an Entra access token (workload identity federation),
// through @azure/identity's ClientAssertionCredential. Transient failures are retried under MSAL,
// in the HTTP pipeline: MSAL itself never retries the token POST, and it remembers a 429/5xx for
// up to 60 s (its throttling cache), so retrying getToken() from outside would only replay that.





const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TENANT_DOMAIN = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/i;
function validateTenantId(tenantId) {
    const value = tenantId.trim();
    if (!GUID.test(value) && !TENANT_DOMAIN.test(value))
        throw new Error(`Invalid tenant-id '${tenantId}': expected a GUID or a verified domain such as contoso.onmicrosoft.com`);
    return value;
}
function validateClientId(clientId) {
    const value = clientId.trim();
    if (!GUID.test(value))
        throw new Error(`Invalid client-id '${clientId}': expected the application (client) ID, a GUID`);
    return value;
}
class RetryableResponse extends Error {
    response;
    retryAfterMs;
    constructor(response, retryAfterMs) {
        super(`HTTP ${response.status} from ${new URL(response.request.url).host}`);
        this.response = response;
        this.retryAfterMs = retryAfterMs;
        this.name = 'RetryableResponse';
    }
}
function retryPolicy(retry, onGiveUp) {
    return {
        name: 'entraFederationGuardRetry',
        async sendRequest(request, next) {
            const callerSignal = request.abortSignal;
            try {
                return await (0,http_retry/* withRetry */.bD)(async (_attempt, signal) => {
                    request.abortSignal = callerSignal ? AbortSignal.any([callerSignal, signal]) : signal;
                    const response = await next(request);
                    if (http_retry/* RETRYABLE_STATUSES */.U3.has(response.status))
                        throw new RetryableResponse(response, (0,http_retry/* parseRetryAfter */.mu)(response.headers.get('retry-after')));
                    return response;
                }, {
                    ...retry,
                    isRetryable: (error) => error instanceof RetryableResponse
                        ? error.retryAfterMs === undefined
                            ? true
                            : { retryAfterMs: error.retryAfterMs }
                        : (0,http_retry/* defaultIsRetryable */.Wu)(error),
                });
            }
            catch (error) {
                if (error instanceof http_retry/* RetryExhaustedError */.aB) {
                    onGiveUp(error);
                    // Let MSAL parse Entra's own error body from the last answer.
                    if (error.lastError instanceof RetryableResponse)
                        return error.lastError.response;
                }
                throw error;
            }
            finally {
                request.abortSignal = callerSignal;
            }
        },
    };
}
function createEntraCredential(options) {
    const tenantId = validateTenantId(options.tenantId);
    const clientId = validateClientId(options.clientId);
    const authorityHost = (0,clouds/* validateHttpsEndpoint */.fj)(options.authorityHost, 'authority-host');
    let presented;
    let transportFailure;
    const getAssertion = async () => {
        const token = await options.getAssertion();
        (0,mask/* maskSecret */.$)(token);
        try {
            const { iss, sub, aud } = (0,oidc/* describeClaims */.Zs)(token);
            presented = { ...(iss ? { iss } : {}), ...(sub ? { sub } : {}), ...(aud ? { aud } : {}) };
        }
        catch {
            presented = undefined;
        }
        return token;
    };
    const tokenCredential = new esm/* ClientAssertionCredential */.XI(tenantId, clientId, getAssertion, {
        authorityHost,
        // MSAL knows the public clouds; for any other host it would ask the public cloud's instance discovery.
        disableInstanceDiscovery: !(0,clouds/* isKnownAuthorityHost */.tX)(authorityHost),
        // Our policy retries; the SDK's own retry would multiply the attempts.
        retryOptions: { maxRetries: 0 },
        additionalPolicies: [{ policy: retryPolicy(options.retry, (e) => (transportFailure = e)), position: 'perCall' }],
    });
    return {
        tenantId,
        clientId,
        authorityHost,
        tokenCredential,
        presented: () => presented,
        lastTransportFailure: () => transportFailure,
    };
}
/** An access token for Microsoft Graph (`<graphEndpoint>/.default`), masked before anything is logged. */
async function acquireGraphToken(credential, graphEndpoint) {
    const endpoint = (0,clouds/* validateHttpsEndpoint */.fj)(graphEndpoint, 'graph-endpoint');
    const scope = `${endpoint}/.default`;
    let token;
    try {
        token = await credential.tokenCredential.getToken(scope);
    }
    catch (error) {
        throw explainEntraError(error, { credential, scope });
    }
    if (!token?.token)
        throw new EntraExchangeError(null, `${prefix(credential)}Entra returned no access token for scope ${scope}`);
    (0,mask/* maskSecret */.$)(token.token);
    return token;
}
class EntraExchangeError extends Error {
    aadsts;
    constructor(
    /** The AADSTS code, when Entra gave one. */
    aadsts, message) {
        super(message);
        this.aadsts = aadsts;
        this.name = 'EntraExchangeError';
    }
}
const prefix = (c) => `Failed to exchange the GitHub OIDC token for an Entra token (tenant ${c.tenantId}, client ${c.clientId}): `;
/** The AADSTS code in an error from @azure/identity / MSAL (message, cause or parsed body). */
function aadstsCode(error) {
    let current = error;
    for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth += 1) {
        const codes = current.errorResponse?.errorCodes;
        if (Array.isArray(codes) && typeof codes[0] === 'number')
            return codes[0];
        const message = current.message;
        const match = typeof message === 'string' ? /AADSTS(\d{5,8})/.exec(message) : null;
        if (match?.[1])
            return Number(match[1]);
        const errorNo = current.errorNo;
        if (typeof errorNo === 'string' && /^\d+$/.test(errorNo))
            return Number(errorNo);
        current = current.cause;
    }
    return null;
}
/** Entra's own description, first sentence only, without trace/correlation ids or anything token-shaped. */
function entraDescription(error) {
    const raw = (0,mask/* redactTokens */.O)((0,http_retry/* errorMessage */.gJ)(error));
    const aadsts = /AADSTS\d+:[^\r\n]*/.exec(raw)?.[0] ?? raw.split(/\r?\n/)[0] ?? raw;
    return aadsts
        .replace(/\s*Trace ID:.*$/i, '')
        .replace(/\s*Correlation ID:.*$/i, '')
        .replace(/\s*Timestamp:.*$/i, '')
        .trim();
}
/** Maps an exchange failure to a message that says what was presented and what to fix. */
function explainEntraError(error, context) {
    const { credential, scope } = context;
    const code = aadstsCode(error);
    const presented = credential.presented?.() ?? {};
    const shown = `Presented: ${(0,oidc/* formatPresented */.i2)(presented)}.`;
    const sub = presented.sub ?? '<subject>';
    const iss = presented.iss ?? 'https://token.actions.githubusercontent.com';
    const aud = presented.aud ?? 'api://AzureADTokenExchange';
    const app = credential.clientId;
    const description = entraDescription(error);
    const addCredential = `Add a federated credential with subject '${sub}' to app ${app} (Certificates & secrets → Federated credentials) or run ` +
        `\`az ad app federated-credential create --id ${app} --parameters '{"name":"<name>","issuer":"${iss}","subject":"${sub}","audiences":["${aud}"]}'\`.`;
    let advice;
    switch (code) {
        case 700213:
        case 70021:
            advice =
                `No federated credential on app ${app} matches the presented token. ${shown} ${addCredential}` +
                    (code === 70021
                        ? ' A credential created in the last minutes may still be propagating: retry the job once.'
                        : '');
            break;
        case 700211:
            advice = `No federated credential on app ${app} trusts the issuer '${iss}'. ${shown} Set the credential's issuer to exactly '${iss}' (GitHub Enterprise with a custom issuer adds /<enterprise-slug>).`;
            break;
        case 700212:
            advice = `No federated credential on app ${app} accepts the audience '${aud}'. ${shown} Set the credential's audience to '${aud}', or request the token with the credential's audience (usually api://AzureADTokenExchange).`;
            break;
        case 7002138:
            advice = `A federated credential on app ${app} matches the subject only when case is ignored; Entra compares issuer, subject and audience case-sensitively. ${shown} Change the credential's subject to exactly '${sub}'.`;
            break;
        case 700016:
            advice = `Application ${app} was not found in tenant ${credential.tenantId}: check client-id and tenant-id (the app may be registered in another tenant, or the two values are swapped).`;
            break;
        case 700024:
            advice = `The GitHub OIDC token is outside its valid time range (expired or not yet valid). ${shown} Check the runner's clock and request the token just before the exchange; GitHub tokens are valid for about five minutes.`;
            break;
        case 90002:
            advice = `Tenant ${credential.tenantId} was not found at ${credential.authorityHost}: check tenant-id and the cloud (authority-host).`;
            break;
        case 7000112:
            advice = `Application ${app} is disabled in tenant ${credential.tenantId}: enable it (or its service principal) before it can sign in.`;
            break;
        case 70011:
            advice = `Entra rejected the scope '${scope}': the Graph endpoint must belong to the same cloud as the authority host ${credential.authorityHost}; set cloud, or authority-host and graph-endpoint, consistently.`;
            break;
        case 50027:
        case 700027:
            advice = `Entra rejected the GitHub token as an invalid assertion (format, signature or claims). ${shown} Pass the job's GitHub OIDC token unchanged and check that its issuer is the one the federated credential names.`;
            break;
        default: {
            const failure = credential.lastTransportFailure?.();
            advice =
                code !== null ? `Entra answered AADSTS${code}. ${shown}` : failure ? `${(0,http_retry/* errorMessage */.gJ)(failure)}.` : `${shown}`;
        }
    }
    const detail = description && !advice.includes(description) ? ` Entra said: ${description}` : '';
    return new EntraExchangeError(code, `${prefix(credential)}${code !== null ? `AADSTS${code}: ` : ''}${advice}${detail}`);
}

// EXTERNAL MODULE: ./node_modules/@microsoft/microsoft-graph-client/lib/src/index.js
var src = __webpack_require__(1899);
;// CONCATENATED MODULE: ./src/graph/client.ts
// A Microsoft Graph client on the SDK's own middleware chain: our retry/timeout middleware (every
// method, Retry-After, a whole-body read inside each attempt), the SDK's AuthenticationHandler and
// its HTTPMessageHandler. Responses are read RAW so the reader sees every status and body itself.




/** A body that is not what Graph promises (not JSON, truncated, wrong shape). */
class client_GraphMalformedError extends Error {
    constructor(message) {
        super(message);
        this.name = 'GraphMalformedError';
    }
}
/** Builds an HttpError from a Graph error body: `{ error: { code, message, innerError: { request-id } } }`. */
function graphHttpError(status, headers, body) {
    const get = (name) => headers instanceof Headers
        ? headers.get(name)
        : (headers[name] ?? headers[name.toLowerCase()] ?? findHeader(headers, name));
    let parsed = body;
    if (typeof body === 'string') {
        try {
            parsed = JSON.parse(body);
        }
        catch {
            parsed = undefined;
        }
    }
    const error = parsed?.error;
    const code = typeof error?.code === 'string' ? error.code : undefined;
    const text = typeof error?.message === 'string' ? (0,mask/* redactTokens */.O)(error.message).slice(0, 300) : '';
    const innerId = error?.innerError?.['request-id'];
    const requestId = typeof innerId === 'string' ? innerId : (get('request-id') ?? undefined);
    const retryAfterMs = (0,http_retry/* parseRetryAfter */.mu)(get('retry-after'));
    return new http_retry/* HttpError */.j$({
        status,
        message: `HTTP ${status}${code ? ` ${code}` : ''}${text ? `: ${text}` : ''}${requestId ? ` (request-id ${requestId})` : ''}`,
        ...(code ? { code } : {}),
        ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
        ...(requestId ? { requestId } : {}),
    });
}
function findHeader(headers, name) {
    const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
    return key === undefined ? undefined : headers[key];
}
/** Middleware option: send this exact URL (an @odata.nextLink must be followed as-is, not re-parsed). */
class ExactUrl {
    url;
    constructor(url) {
        this.url = url;
    }
}
class RetryTimeoutMiddleware {
    retry;
    next;
    constructor(retry) {
        this.retry = retry;
    }
    setNext(next) {
        this.next = next;
    }
    async execute(context) {
        const next = this.next;
        if (!next)
            throw new Error('RetryTimeoutMiddleware needs a next middleware');
        const exact = context.middlewareControl?.getMiddlewareOptions(ExactUrl);
        const base = context.options ?? {};
        context.response = await (0,http_retry/* withRetry */.bD)(async (_attempt, signal) => {
            const attempt = {
                ...context,
                request: exact?.url ?? context.request,
                options: { ...base, headers: { ...base.headers }, signal },
            };
            await next.execute(attempt);
            const raw = attempt.response;
            if (!raw)
                throw new Error('Graph request produced no response');
            // Read the whole body inside the attempt, so a body that stalls is an attempt timeout.
            const bytes = await raw.arrayBuffer();
            const response = new Response(bytes.byteLength > 0 && raw.status !== 204 ? bytes : null, {
                status: raw.status,
                statusText: raw.statusText,
                headers: raw.headers,
            });
            if (http_retry/* RETRYABLE_STATUSES */.U3.has(response.status))
                throw graphHttpError(response.status, response.headers, new TextDecoder().decode(bytes));
            return response;
        }, { ...this.retry, isRetryable: this.retry?.isRetryable ?? http_retry/* defaultIsRetryable */.Wu }).catch((error) => {
            // The SDK keeps only the message of a same-realm Error; Node's fetch errors may be from another realm.
            throw error instanceof Error ? error : new Error((0,http_retry/* errorMessage */.gJ)(error), { cause: error });
        });
    }
}
class TokenProvider {
    getToken;
    constructor(getToken) {
        this.getToken = getToken;
    }
    getAccessToken() {
        return this.getToken();
    }
}
function createGraphClient(options) {
    const endpoint = (0,clouds/* validateHttpsEndpoint */.fj)(options.graphEndpoint, 'graph-endpoint');
    const origin = new URL(endpoint).origin;
    const version = options.version ?? 'beta';
    const retry = new RetryTimeoutMiddleware(options.retry);
    const auth = new src/* AuthenticationHandler */.zA(new TokenProvider(options.getAccessToken));
    const http = new src/* HTTPMessageHandler */.eg();
    const sdk = src/* Client */.Kj.initWithMiddleware({
        middleware: [retry, auth, http],
        baseUrl: endpoint,
        defaultVersion: version,
        // The SDK attaches the token only to https URLs whose hostname is a Graph host or listed here.
        customHosts: new Set([new URL(endpoint).hostname]),
    });
    async function send(pathOrUrl, method, body, headers = {}) {
        let request;
        if (/^[a-z]+:\/\//i.test(pathOrUrl)) {
            const url = new URL(pathOrUrl);
            if (url.origin !== origin)
                throw new client_GraphMalformedError(`Graph sent a link outside ${origin}; not following it`);
            request = sdk.api(pathOrUrl).middlewareOptions([new ExactUrl(pathOrUrl)]);
        }
        else {
            if (!pathOrUrl.startsWith('/'))
                throw new Error(`Graph path must start with '/': ${pathOrUrl}`);
            request = sdk.api(pathOrUrl).version(version);
        }
        request = request.responseType(src/* ResponseType */.yl.RAW).headers(headers);
        let response;
        try {
            response = (method === 'GET' ? await request.get() : await request.post(body));
        }
        catch (error) {
            // The SDK wraps middleware errors in a GraphError that keeps the message; keep ours.
            const body = error.body;
            const message = (0,http_retry/* errorMessage */.gJ)(error) || (body !== undefined && body !== null ? (0,http_retry/* errorMessage */.gJ)(body) : 'Graph request failed');
            throw new Error((0,mask/* redactTokens */.O)(message), { cause: error });
        }
        const text = await response.text();
        if (!response.ok)
            throw graphHttpError(response.status, response.headers, text);
        try {
            return JSON.parse(text);
        }
        catch {
            throw new client_GraphMalformedError(`Graph answered HTTP ${response.status} with a body that is not valid JSON (${text.length} bytes; truncated or not JSON)`);
        }
    }
    return {
        endpoint,
        version,
        getJson: (pathOrUrl, headers) => send(pathOrUrl, 'GET', undefined, headers),
        async postBatch(requests) {
            if (requests.length === 0)
                return [];
            if (requests.length > 20)
                throw new Error(`A Graph $batch holds at most 20 requests, got ${requests.length}`);
            for (const r of requests)
                if (!r.url.startsWith('/') || /^\/(v1\.0|beta)\//i.test(r.url))
                    throw new Error(`Batch item URLs must be relative to the version root (/applications/…), got ${r.url}`);
            const payload = await send('/$batch', 'POST', { requests }, { 'Content-Type': 'application/json' });
            return parseBatchResponse(payload, requests);
        },
    };
}
function parseBatchResponse(payload, requests) {
    const responses = payload?.responses;
    if (!Array.isArray(responses))
        throw new client_GraphMalformedError('Graph $batch response has no "responses" array');
    const wanted = new Set(requests.map((r) => r.id.toLowerCase()));
    const out = [];
    for (const item of responses) {
        const { id, status, headers, body } = (item ?? {});
        if (typeof id !== 'string' || typeof status !== 'number')
            throw new client_GraphMalformedError('Graph $batch response item lacks id or status');
        if (!wanted.has(id.toLowerCase()))
            continue;
        const normalised = {};
        if (headers && typeof headers === 'object')
            for (const [k, v] of Object.entries(headers))
                if (typeof v === 'string')
                    normalised[k.toLowerCase()] = v;
        out.push({ id, status, headers: normalised, body });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/graph/normalise.ts

function normalise_asObject(value, path) {
    if (typeof value === 'string') {
        try {
            value = JSON.parse(value);
        }
        catch {
            throw new client_GraphMalformedError(`${path} is not JSON`);
        }
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw new client_GraphMalformedError(`${path} is not an object`);
    return value;
}
function requiredString(o, key, path) {
    const value = o[key];
    if (typeof value !== 'string')
        throw new client_GraphMalformedError(`${path}.${key} is ${describe(value)}, expected a string`);
    return value;
}
function optionalString(o, key, path) {
    const value = o[key];
    if (value === undefined || value === null)
        return null;
    if (typeof value !== 'string')
        throw new client_GraphMalformedError(`${path}.${key} is ${describe(value)}, expected a string or null`);
    return value;
}
function optionalBoolean(o, key, path) {
    const value = o[key];
    if (value === undefined || value === null)
        return null;
    if (typeof value !== 'boolean')
        throw new client_GraphMalformedError(`${path}.${key} is ${describe(value)}, expected a boolean or null`);
    return value;
}
/** A collection property; absent means empty (Graph omits what $select did not ask for). */
function normalise_arrayOf(o, key, path) {
    const value = o[key];
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value))
        throw new client_GraphMalformedError(`${path}.${key} is ${describe(value)}, expected an array`);
    return value;
}
function describe(value) {
    if (value === undefined)
        return 'missing';
    if (value === null)
        return 'null';
    return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}
function toPasswordCredential(raw, path) {
    const o = normalise_asObject(raw, path);
    return {
        keyId: requiredString(o, 'keyId', path),
        displayName: optionalString(o, 'displayName', path),
        startDateTime: optionalString(o, 'startDateTime', path),
        endDateTime: optionalString(o, 'endDateTime', path),
    };
}
function toKeyCredential(raw, path) {
    const o = normalise_asObject(raw, path);
    return {
        keyId: requiredString(o, 'keyId', path),
        displayName: optionalString(o, 'displayName', path),
        type: optionalString(o, 'type', path),
        usage: optionalString(o, 'usage', path),
        startDateTime: optionalString(o, 'startDateTime', path),
        endDateTime: optionalString(o, 'endDateTime', path),
    };
}
function toFederatedCredential(raw, path) {
    const o = normalise_asObject(raw, path);
    const audiences = normalise_arrayOf(o, 'audiences', path).map((a, i) => {
        if (typeof a !== 'string')
            throw new client_GraphMalformedError(`${path}.audiences[${i}] is ${describe(a)}, expected a string`);
        return a;
    });
    let claimsMatchingExpression = null;
    const expression = o.claimsMatchingExpression;
    if (expression !== undefined && expression !== null) {
        const e = normalise_asObject(expression, `${path}.claimsMatchingExpression`);
        const languageVersion = e.languageVersion;
        if (typeof languageVersion !== 'number')
            throw new client_GraphMalformedError(`${path}.claimsMatchingExpression.languageVersion is ${describe(languageVersion)}, expected a number`);
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
function toApplication(raw) {
    const path = 'application';
    const o = normalise_asObject(raw, path);
    const nextLink = optionalString(o, 'federatedIdentityCredentials@odata.nextLink', path);
    return {
        objectId: requiredString(o, 'id', path),
        appId: requiredString(o, 'appId', path),
        displayName: optionalString(o, 'displayName', path) ?? '',
        createdDateTime: optionalString(o, 'createdDateTime', path),
        passwordCredentials: normalise_arrayOf(o, 'passwordCredentials', path).map((c, i) => toPasswordCredential(c, `${path}.passwordCredentials[${i}]`)),
        keyCredentials: normalise_arrayOf(o, 'keyCredentials', path).map((c, i) => toKeyCredential(c, `${path}.keyCredentials[${i}]`)),
        federatedCredentials: normalise_arrayOf(o, 'federatedIdentityCredentials', path).map((c, i) => toFederatedCredential(c, `${path}.federatedIdentityCredentials[${i}]`)),
        federatedCredentialsNextLink: nextLink,
    };
}
function toServicePrincipal(raw) {
    const path = 'servicePrincipal';
    const o = normalise_asObject(raw, path);
    return {
        objectId: requiredString(o, 'id', path),
        appId: requiredString(o, 'appId', path),
        displayName: optionalString(o, 'displayName', path),
        accountEnabled: optionalBoolean(o, 'accountEnabled', path),
        passwordCredentials: normalise_arrayOf(o, 'passwordCredentials', path).map((c, i) => toPasswordCredential(c, `${path}.passwordCredentials[${i}]`)),
        keyCredentials: normalise_arrayOf(o, 'keyCredentials', path).map((c, i) => toKeyCredential(c, `${path}.keyCredentials[${i}]`)),
    };
}
function toGraphPermissionNames(raw) {
    const path = 'Microsoft Graph servicePrincipal';
    const o = normalise_asObject(raw, path);
    const names = new Map();
    normalise_arrayOf(o, 'appRoles', path).forEach((r, i) => {
        const role = normalise_asObject(r, `${path}.appRoles[${i}]`);
        const value = optionalString(role, 'value', `${path}.appRoles[${i}]`);
        if (value)
            names.set(requiredString(role, 'id', `${path}.appRoles[${i}]`).toLowerCase(), value);
    });
    return { resourceId: requiredString(o, 'id', path), names };
}
function toAppRoleAssignment(raw, path, graph) {
    const o = normalise_asObject(raw, path);
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
function toDirectoryRole(raw, path) {
    const o = normalise_asObject(raw, path);
    if (o['@odata.type'] !== '#microsoft.graph.directoryRole')
        return null;
    return {
        id: requiredString(o, 'id', path),
        // With only Application.Read.All, Graph may return a role with just its type and id.
        roleTemplateId: optionalString(o, 'roleTemplateId', path),
        displayName: optionalString(o, 'displayName', path),
    };
}
/** Permission names are unknown (the lookup failed): assignments are still reported, without names. */
const NO_PERMISSION_NAMES = Object.freeze({ resourceId: null, names: new Map() });
/** Names from the Microsoft Graph service principal's JSON (`id`, `appRoles`); none when it is absent or malformed. */
function permissionNamesOf(graphServicePrincipal) {
    if (graphServicePrincipal === null || graphServicePrincipal === undefined)
        return NO_PERMISSION_NAMES;
    try {
        return toGraphPermissionNames(graphServicePrincipal);
    }
    catch {
        return NO_PERMISSION_NAMES;
    }
}
function normaliseApp(raw, names) {
    const { federatedCredentialsNextLink, ...application } = toApplication(raw.application);
    if (federatedCredentialsNextLink !== null)
        throw new client_GraphMalformedError('application.federatedIdentityCredentials is incomplete (it still has a nextLink)');
    let servicePrincipal = null;
    if (raw.servicePrincipal !== null) {
        const sp = normalise_asObject(raw.servicePrincipal, 'servicePrincipal');
        servicePrincipal = {
            ...toServicePrincipal(sp),
            appRoleAssignments: normalise_arrayOf(sp, 'appRoleAssignments', 'servicePrincipal').map((a, i) => toAppRoleAssignment(a, `appRoleAssignments[${i}]`, names)),
            directoryRoles: normalise_arrayOf(sp, 'memberOf', 'servicePrincipal').flatMap((m, i) => toDirectoryRole(m, `memberOf[${i}]`) ?? []),
        };
    }
    return { ...application, servicePrincipal };
}

;// CONCATENATED MODULE: ./src/graph/batch.ts
// What both Graph readers share: one $batch with its item retries (under an optional throttle),
// nextLink paging, and the wording of a request that could not be read.



/** Most pages followed through @odata.nextLink for one collection. */
const FOLLOW_PAGES_MAX = 500;
class ItemsPending extends Error {
    count;
    retryAfterMs;
    constructor(count, retryAfterMs, lastFailure) {
        super(`${count} request${count === 1 ? '' : 's'} of the batch still failing: ${lastFailure}`);
        this.count = count;
        this.retryAfterMs = retryAfterMs;
    }
}
/**
 * One $batch, re-sending only the items Graph answered 429/5xx, and the whole batch when the answer
 * is malformed (it only reads, so sending it again is safe), within the retry budget. Never rejects:
 * an item that could not be read carries its failure.
 */
async function executeBatch(client, items, { retry, throttle } = {}) {
    const results = new Map();
    let pending = items;
    try {
        await (0,http_retry/* withRetry */.bD)(async () => {
            await throttle?.acquire();
            let signal = 'failed';
            let retryAfterMs;
            try {
                const responses = await client.postBatch(pending);
                signal = 'ok';
                const byId = new Map(responses.map((r) => [r.id.toLowerCase(), r]));
                const still = [];
                let lastFailure = '';
                for (const item of pending) {
                    const response = byId.get(item.id.toLowerCase());
                    if (!response) {
                        results.set(item.id, { failure: 'the $batch response has no answer for this request' });
                        continue;
                    }
                    const usage = Number(response.headers['x-ms-throttle-limit-percentage']);
                    if (signal === 'ok' && Number.isFinite(usage) && usage >= 0.8)
                        signal = 'hot';
                    if (http_retry/* RETRYABLE_STATUSES */.U3.has(response.status)) {
                        const error = graphHttpError(response.status, response.headers, response.body);
                        if (response.status === 429) {
                            signal = 'throttled';
                            throttle?.onThrottled();
                        }
                        if (error.retryAfterMs !== undefined)
                            retryAfterMs = Math.max(retryAfterMs ?? 0, error.retryAfterMs);
                        lastFailure = error.message;
                        still.push(item);
                    }
                    else
                        results.set(item.id, response);
                }
                pending = still;
                if (still.length > 0)
                    throw new ItemsPending(still.length, retryAfterMs, lastFailure);
            }
            finally {
                throttle?.release(signal, retryAfterMs);
            }
        }, {
            ...outerRetry(retry),
            // Transport failures of the POST were already retried by the client's middleware; a garbled
            // answer was not.
            isRetryable: (e) => e instanceof ItemsPending
                ? e.retryAfterMs === undefined
                    ? true
                    : { retryAfterMs: e.retryAfterMs }
                : e instanceof client_GraphMalformedError,
        });
    }
    catch (error) {
        const malformed = error instanceof http_retry/* RetryExhaustedError */.aB ? error.lastError : error;
        const reason = malformed instanceof client_GraphMalformedError
            ? `Graph sent a malformed $batch response: ${malformed.message}`
            : (0,http_retry/* errorMessage */.gJ)(error);
        for (const item of pending)
            results.set(item.id, { failure: reason });
    }
    return results;
}
/** Retries around client calls: each attempt may itself retry inside the client, so it gets the whole budget. */
function outerRetry(retry) {
    const deadlineMs = retry?.deadlineMs ?? http_retry/* RETRY_DEFAULTS */.sV.deadlineMs;
    return { ...retry, attemptTimeoutMs: deadlineMs, deadlineMs };
}
/** Follows @odata.nextLink (absolute, used as-is) until Graph stops sending one. */
async function followPages(client, firstLink) {
    const values = [];
    const visited = new Set();
    let link = firstLink;
    while (link !== undefined) {
        if (visited.has(link) || visited.size >= FOLLOW_PAGES_MAX)
            throw new client_GraphMalformedError(`paging did not end (${visited.size} pages, link repeated or too many)`);
        visited.add(link);
        const page = normalise_asObject(await client.getJson(link), 'page');
        values.push(...normalise_arrayOf(page, 'value', 'page'));
        const next = page['@odata.nextLink'];
        link = typeof next === 'string' ? next : undefined;
    }
    return values;
}
const PERMISSION_HINT = 'the signed-in app needs the Microsoft Graph application permission Application.Read.All (with admin consent)';
/** Why `what` could not be read from its item result, naming the missing permission on 401/403. */
function itemFailure(what, result) {
    if ('failure' in result)
        return `could not read ${what}: ${result.failure}`;
    const error = graphHttpError(result.status, result.headers, result.body);
    if (result.status === 403 || result.status === 401)
        return `Graph denied reading ${what} (${error.message}): ${PERMISSION_HINT}`;
    return `could not read ${what}: Graph answered ${error.message}`;
}

;// CONCATENATED MODULE: ./src/graph/reader.ts




const MICROSOFT_GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
const reader_GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BATCH_LIMIT = 20;
const ITEMS_PER_APP = 4;
/** The requests for one app, relative to the version root (never /beta/… inside a batch). */
function appRequests(appId, index) {
    const key = `appId='${appId}'`;
    return [
        {
            id: `${index}-app`,
            method: 'GET',
            url: `/applications(${key})?$select=id,appId,displayName,createdDateTime,passwordCredentials,keyCredentials&$expand=federatedIdentityCredentials`,
        },
        {
            id: `${index}-sp`,
            method: 'GET',
            url: `/servicePrincipals(${key})?$select=id,appId,displayName,accountEnabled,passwordCredentials,keyCredentials`,
        },
        { id: `${index}-roles`, method: 'GET', url: `/servicePrincipals(${key})/appRoleAssignments` },
        { id: `${index}-memberOf`, method: 'GET', url: `/servicePrincipals(${key})/memberOf` },
    ];
}
const GRAPH_ROLES_REQUEST = {
    id: 'graph-approles',
    method: 'GET',
    url: `/servicePrincipals(appId='${MICROSOFT_GRAPH_APP_ID}')?$select=id,appId,appRoles`,
};
/** Yields results in completion order with at most `limit` tasks running. */
async function* completionOrder(tasks, limit) {
    const running = new Map();
    let next = 0;
    const launch = () => {
        const index = next++;
        const task = tasks[index];
        if (task)
            running.set(index, task().then((value) => ({ index, value })));
    };
    while (next < tasks.length && running.size < limit)
        launch();
    while (running.size > 0) {
        const { index, value } = await Promise.race(running.values());
        running.delete(index);
        if (next < tasks.length)
            launch();
        yield value;
    }
}
/** Reads and normalises the apps; each is yielded as an inventory or as not evaluated, in completion order. */
async function* readApps(client, appIds, options = {}) {
    const { onApp, ...rest } = options;
    let names = NO_PERMISSION_NAMES;
    const raw = readRawApps(client, appIds, {
        ...rest,
        onGraphServicePrincipal: (servicePrincipal) => (names = permissionNamesOf(servicePrincipal)),
    });
    for await (const outcome of raw) {
        const result = 'raw' in outcome ? normalised(outcome.raw, names) : outcome;
        onApp?.(result);
        yield result;
    }
}
function normalised(raw, names) {
    try {
        return { app: normaliseApp(raw, names) };
    }
    catch (error) {
        // Already validated when read; kept so a reader change can never turn into a thrown scan.
        const appId = typeof raw.application.appId === 'string' ? raw.application.appId : '';
        return { notEvaluated: { appId, reason: `Graph returned malformed data: ${(0,http_retry/* errorMessage */.gJ)(error)}` } };
    }
}
/**
 * Reads the apps as Graph returns them, each collection complete and validated by the same normalisation
 * readApps applies (so a raw app always normalises). `export` writes these; readApps normalises them.
 */
async function* readRawApps(client, appIds, options = {}) {
    const concurrency = options.concurrency ?? 4;
    if (!Number.isInteger(concurrency) || concurrency < 1)
        throw new Error(`concurrency must be a positive integer, got ${concurrency}`);
    const emit = (outcome) => {
        options.onApp?.(outcome);
        return outcome;
    };
    const seen = new Set();
    const valid = [];
    for (const raw of appIds) {
        const appId = raw.trim();
        if (seen.has(appId.toLowerCase()))
            continue;
        seen.add(appId.toLowerCase());
        if (reader_GUID.test(appId))
            valid.push(appId);
        else
            yield emit({
                notEvaluated: { appId: raw, reason: `'${raw}' is not an application (client) ID: expected a GUID` },
            });
    }
    if (valid.length === 0)
        return;
    // Pack whole apps into batches; the first batch also carries the permission-name lookup.
    const chunks = [];
    let current = { apps: [], items: [GRAPH_ROLES_REQUEST] };
    valid.forEach((appId, index) => {
        if (current.items.length + ITEMS_PER_APP > BATCH_LIMIT) {
            chunks.push(current);
            current = { apps: [], items: [] };
        }
        current.apps.push({ appId, index });
        current.items.push(...appRequests(appId, index));
    });
    chunks.push(current);
    // No app is yielded before the lookup is answered, so readApps can name every app's permissions.
    let lookupAnswered;
    const lookup = new Promise((resolve) => (lookupAnswered = resolve));
    const tasks = chunks.map((chunk, chunkIndex) => async () => {
        const results = await executeBatch(client, chunk.items, { retry: options.retry });
        if (chunkIndex === 0) {
            options.onGraphServicePrincipal?.(graphServicePrincipalFrom(results.get(GRAPH_ROLES_REQUEST.id)));
            lookupAnswered();
        }
        await lookup;
        return Promise.all(chunk.apps.map(({ appId, index }) => gatherApp(client, appId, index, results)));
    });
    for await (const outcomes of completionOrder(tasks, concurrency)) {
        for (const outcome of outcomes)
            yield emit(outcome);
    }
}
function graphServicePrincipalFrom(result) {
    if (!result || 'failure' in result || result.status !== 200)
        return null;
    try {
        return normalise_asObject(result.body, 'Microsoft Graph servicePrincipal');
    }
    catch {
        return null;
    }
}
async function gatherApp(client, appId, index, results) {
    const notEvaluated = (reason) => ({ notEvaluated: { appId, reason } });
    const get = (suffix) => results.get(`${index}-${suffix}`) ?? { failure: 'the request was not sent' };
    try {
        const appResult = get('app');
        if (!('failure' in appResult) && appResult.status === 404)
            return notEvaluated('application not found in tenant');
        if ('failure' in appResult || appResult.status !== 200)
            return notEvaluated(itemFailure('the application', appResult));
        const body = normalise_asObject(appResult.body, 'application');
        const application = toApplication(body);
        if (application.appId.toLowerCase() !== appId.toLowerCase())
            return notEvaluated(`Graph returned application ${application.appId} when asked for ${appId}`);
        const { 'federatedIdentityCredentials@odata.nextLink': _nextLink, ...applicationJson } = body;
        const federatedIdentityCredentials = [...normalise_arrayOf(body, 'federatedIdentityCredentials', 'application')];
        if (application.federatedCredentialsNextLink)
            federatedIdentityCredentials.push(...(await followPages(client, application.federatedCredentialsNextLink)));
        const spResult = get('sp');
        let servicePrincipal = null;
        if ('failure' in spResult || spResult.status !== 404) {
            if ('failure' in spResult || spResult.status !== 200)
                return notEvaluated(itemFailure('the service principal', spResult));
            const spJson = normalise_asObject(spResult.body, 'servicePrincipal');
            toServicePrincipal(spJson);
            const assignments = await collection(client, get('roles'), 'the service principal appRoleAssignments');
            if (typeof assignments === 'string')
                return notEvaluated(assignments);
            const memberOf = await collection(client, get('memberOf'), 'the service principal memberOf (directory roles)');
            if (typeof memberOf === 'string')
                return notEvaluated(memberOf);
            servicePrincipal = { ...spJson, appRoleAssignments: assignments, memberOf };
        }
        const raw = {
            application: { ...applicationJson, federatedIdentityCredentials },
            servicePrincipal,
        };
        // Everything the engine will read is validated here, so what is yielded always normalises.
        normaliseApp(raw, NO_PERMISSION_NAMES);
        return { raw };
    }
    catch (error) {
        if (error instanceof client_GraphMalformedError)
            return notEvaluated(`Graph returned malformed data: ${error.message}`);
        return notEvaluated(`could not read the app: ${(0,http_retry/* errorMessage */.gJ)(error)}`);
    }
}
/** A collection item's values, with every further page; a string explains why it could not be read. */
async function collection(client, result, what) {
    // The service principal was just read; a 404 here means it has nothing to list.
    if (!('failure' in result) && result.status === 404)
        return [];
    if ('failure' in result || result.status !== 200)
        return itemFailure(what, result);
    const body = normalise_asObject(result.body, what);
    const values = [...normalise_arrayOf(body, 'value', what)];
    const nextLink = body['@odata.nextLink'];
    if (typeof nextLink === 'string')
        values.push(...(await followPages(client, nextLink)));
    return values;
}
const odataString = (value) => `'${value.replaceAll("'", "''")}'`;
/** Streams every application (id, appId, displayName), page by page. */
async function* listApplications(client, options = {}) {
    const pageSize = options.pageSize ?? 999;
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 999)
        throw new Error(`pageSize must be an integer from 1 to 999, got ${pageSize}`);
    const clauses = [];
    if (options.filter?.displayNamePrefix)
        clauses.push(`startswith(displayName,${odataString(options.filter.displayNamePrefix)})`);
    if (options.filter?.tag)
        clauses.push(`tags/any(t:t eq ${odataString(options.filter.tag)})`);
    let query = `$select=id,appId,displayName&$top=${pageSize}`;
    // Lambda filters on tags are advanced queries: they need ConsistencyLevel and $count, on every page.
    const headers = {};
    if (clauses.length > 0) {
        query += `&$filter=${encodeURIComponent(clauses.join(' and '))}&$count=true`;
        headers.ConsistencyLevel = 'eventual';
    }
    let link = `/applications?${query}`;
    const visited = new Set();
    while (link !== undefined) {
        if (visited.has(link) || visited.size >= 10_000)
            throw new GraphMalformedError('application paging did not end');
        visited.add(link);
        const page = asObject(await client.getJson(link, headers), 'applications page');
        for (const [i, raw] of arrayOf(page, 'value', 'applications page').entries()) {
            const o = asObject(raw, `applications[${i}]`);
            const { id, appId, displayName } = o;
            if (typeof id !== 'string' || typeof appId !== 'string')
                throw new GraphMalformedError(`applications[${i}] lacks id or appId`);
            yield { appId, objectId: id, displayName: typeof displayName === 'string' ? displayName : '' };
        }
        const next = page['@odata.nextLink'];
        link = typeof next === 'string' ? next : undefined;
    }
}

;// CONCATENATED MODULE: ./src/action/inventory.ts
// The Entra → Graph half of a run: exchange the OIDC token, read the apps. Loaded with a dynamic
// import once the OIDC request is on its way, so the Azure SDK and MSAL (most of the bundle) load
// while the network answers instead of before the first request.






async function readInventory(inputs, identity, getAssertion) {
    const cloud = (0,clouds/* resolveCloud */.au)({
        cloud: inputs.cloud,
        ...(inputs.authorityHost ? { authorityHost: inputs.authorityHost } : {}),
        ...(inputs.graphEndpoint ? { graphEndpoint: inputs.graphEndpoint } : {}),
    });
    const credential = createEntraCredential({ ...identity, authorityHost: cloud.authorityHost, getAssertion });
    try {
        await acquireGraphToken(credential, cloud.graphEndpoint);
    }
    catch (error) {
        // Without a Graph token no app can be read: each is reported as not evaluated, with why.
        const reason = (0,http_retry/* errorMessage */.gJ)(error);
        core/* error */.z3(reason, { title: 'Entra sign-in failed' });
        return inputs.apps.map((appId) => ({ notEvaluated: { appId, reason } }));
    }
    const client = createGraphClient({
        graphEndpoint: cloud.graphEndpoint,
        getAccessToken: async () => (await acquireGraphToken(credential, cloud.graphEndpoint)).token,
    });
    const items = [];
    for await (const item of readApps(client, inputs.apps))
        items.push(item);
    return items;
}


/***/ })

};
