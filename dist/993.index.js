export const id = 993;
export const ids = [993];
export const modules = {

/***/ 5993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  actionLiveReads: () => (/* binding */ actionLiveReads)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 16 modules
var core = __webpack_require__(8179);
// EXTERNAL MODULE: ./src/arm/raw.ts + 2 modules
var raw = __webpack_require__(8318);
// EXTERNAL MODULE: ./src/auth/clouds.ts
var clouds = __webpack_require__(6910);
// EXTERNAL MODULE: ./node_modules/@azure/identity/dist/esm/index.js + 289 modules
var esm = __webpack_require__(8256);
// EXTERNAL MODULE: ./src/http/retry.ts
var http_retry = __webpack_require__(8902);
// EXTERNAL MODULE: ./src/auth/mask.ts
var auth_mask = __webpack_require__(8080);
// EXTERNAL MODULE: ./src/auth/oidc.ts
var oidc = __webpack_require__(161);
// EXTERNAL MODULE: ./src/strings.ts
var strings = __webpack_require__(9337);
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
    const mask = options.mask ?? auth_mask/* maskSecret */.$;
    const getAssertion = async () => {
        const token = await options.getAssertion();
        mask(token);
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
        kind: 'assertion',
        tenantId,
        clientId,
        authorityHost,
        tokenCredential,
        presented: () => presented,
        lastTransportFailure: () => transportFailure,
        mask,
    };
}
/** Any other TokenCredential (the CLI's standard chain), explained and masked the same way. */
function chainCredential(options) {
    return {
        kind: 'chain',
        tenantId: options.tenantId,
        clientId: '',
        authorityHost: options.authorityHost,
        tokenCredential: options.tokenCredential,
        presented: () => undefined,
        lastTransportFailure: () => undefined,
        mask: options.mask ?? maskSecret,
    };
}
/** An access token for Microsoft Graph (`<graphEndpoint>/.default`), masked before anything is logged. */
async function acquireGraphToken(credential, graphEndpoint) {
    const endpoint = validateHttpsEndpoint(graphEndpoint, 'graph-endpoint');
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
    credential.mask(token.token);
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
const prefix = (c) => c.kind === 'chain'
    ? `Could not sign in to tenant ${c.tenantId}: `
    : `Failed to exchange the GitHub OIDC token for an Entra token (tenant ${c.tenantId}, client ${c.clientId}): `;
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
    const raw = (0,auth_mask/* redactTokens */.O)((0,http_retry/* errorMessage */.gJ)(error));
    const aadsts = /AADSTS\d+:[^\r\n]*/.exec(raw)?.[0] ?? raw.split(/\r?\n/)[0] ?? raw;
    // Cut with indexOf, not /\s*Trace ID:.*$/i: that regex is quadratic on a long run of spaces.
    return (0,strings/* cutAtLabel */.m0)((0,strings/* cutAtLabel */.m0)((0,strings/* cutAtLabel */.m0)(aadsts, 'Trace ID:'), 'Correlation ID:'), 'Timestamp:').trim();
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
    if (credential.kind === 'chain') {
        // Which credential of the chain failed, and how, is in the SDK's own text; the advice is how to sign in.
        return new EntraExchangeError(code, `Could not sign in to tenant ${credential.tenantId} at ${credential.authorityHost} for ${scope}: ${describeChainError(error)}. ${CHAIN_SIGN_IN_HELP}`);
    }
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
const CHAIN_SIGN_IN_HELP = 'The CLI signs in through DefaultAzureCredential: set AZURE_CLIENT_ID and AZURE_FEDERATED_TOKEN_FILE (workload identity), ' +
    'AZURE_CLIENT_ID with AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH (service principal), run on a managed identity, ' +
    'or run `az login`. See docs/cli.md#authentication.';
/** The SDK's error text, without anything token-shaped or trace ids, on one line of bounded length. */
function describeChainError(error) {
    const text = (0,auth_mask/* redactTokens */.O)((0,http_retry/* errorMessage */.gJ)(error))
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !/^(Trace|Correlation) ID:|^Timestamp:/i.test(line))
        .join(' ')
        .replace(/\s+/g, ' ');
    return text.length > 1500 ? `${text.slice(0, 1497)}...` : text.replace(/\.$/, '');
}

;// CONCATENATED MODULE: ./src/arm/token.ts



async function acquireArmToken(credential, armEndpoint) {
    const scope = `${(0,clouds/* validateHttpsEndpoint */.fj)(armEndpoint, 'arm-endpoint')}/.default`;
    let token;
    try {
        token = await credential.tokenCredential.getToken(scope);
    }
    catch (error) {
        throw explainEntraError(error, { credential, scope });
    }
    if (!token?.token)
        throw new EntraExchangeError(null, `Entra returned no access token for scope ${scope}`);
    (0,auth_mask/* maskSecret */.$)(token.token);
    return token;
}

// EXTERNAL MODULE: ./src/auth/redact.ts
var redact = __webpack_require__(5353);
;// CONCATENATED MODULE: ./src/auth/sign-in.ts



const REFRESH_MARGIN_MS = 5 * 60_000;
/**
 * Graph access through `credential`. Some credentials of the CLI's chain (Azure CLI, PowerShell) start a
 * process per call and cache nothing, so the token is cached here for all of them.
 */
function graphAccess(credential, graphEndpoint, now = Date.now) {
    const endpoint = (0,clouds/* validateHttpsEndpoint */.fj)(graphEndpoint, 'graph-endpoint');
    const scope = `${endpoint}/.default`;
    let current = null;
    let pending = null;
    const fetchToken = async () => {
        let token;
        try {
            token = await credential.tokenCredential.getToken(scope);
        }
        catch (error) {
            throw explainEntraError(error, { credential, scope });
        }
        if (!token?.token)
            throw new EntraExchangeError(null, `Could not sign in to tenant ${credential.tenantId}: Entra returned no access token for scope ${scope}`);
        credential.mask(token.token);
        // Redacted by value from every output of the run, whichever shell (the CLI has no runner to mask it).
        (0,redact/* registerSecret */.cl)(token.token);
        return token;
    };
    return {
        tenantId: credential.tenantId,
        graphEndpoint: endpoint,
        async getAccessToken() {
            if (current && current.expiresOnTimestamp - now() > REFRESH_MARGIN_MS)
                return current.token;
            pending ??= fetchToken()
                .then((token) => (current = token))
                .finally(() => (pending = null));
            return (await pending).token;
        },
    };
}

// EXTERNAL MODULE: ./src/engine/inventory.ts + 3 modules
var engine_inventory = __webpack_require__(9849);
// EXTERNAL MODULE: ./src/graph/client.ts
var graph_client = __webpack_require__(2561);
// EXTERNAL MODULE: ./src/signals/normalise.ts
var normalise = __webpack_require__(1619);
// EXTERNAL MODULE: ./src/graph/batch.ts
var batch = __webpack_require__(5624);
// EXTERNAL MODULE: ./src/signals/catalogue.ts + 1 modules
var catalogue = __webpack_require__(3303);
;// CONCATENATED MODULE: ./src/signals/classify.ts

const NON_PREMIUM_CODE = 'Authentication_RequestFromNonPremiumTenantOrB2CTenant';
function grantFix(spec) {
    const [least, ...higher] = spec.permissions;
    return `grant the guard's app the Microsoft Graph application permission ${least}${higher.length > 0 ? ` (or ${higher.join(', ')})` : ''} with admin consent`;
}
function licenceFix(spec) {
    if (!spec.licence)
        return '';
    return `a ${catalogue/* LICENCE_NAMES */.fc[spec.licence]} licence in the tenant (one licence covers every workload identity) would add ${spec.licenceAdds ?? 'this check'}`;
}
function licenceOf(spec, licences) {
    return spec.licence ? (licences[spec.licence] ?? 'unknown') : 'licensed';
}
/** The state a signal has before any call: unsupportedCloud or forbidden, or null when it should be read. */
function precheck(id, input) {
    const spec = (0,catalogue/* signalSpec */.Gf)(id);
    if (!spec.clouds.includes(input.cloud))
        return {
            signal: id,
            status: 'unsupportedCloud',
            reason: `Not read: Microsoft Graph in ${input.cloud} does not serve ${spec.title}; nothing to fix, the check does not exist there.`,
        };
    if (input.roles !== null &&
        !spec.permissions.some((p) => input.roles?.some((r) => r.toLowerCase() === p.toLowerCase())))
        return {
            signal: id,
            status: 'forbidden',
            reason: `Not read: the guard's token does not carry ${spec.permissions.join(' or ')}; to check ${spec.title}, ${grantFix(spec)}.`,
        };
    return null;
}
/** The state of a signal Graph answered. */
function classifyAnswer(id, input, answer) {
    const spec = (0,catalogue/* signalSpec */.Gf)(id);
    const licence = licenceOf(spec, input.licences);
    const state = (status, reason) => ({ signal: id, status, reason });
    if (answer.kind === 'ok') {
        if (answer.hidden)
            return state('unlicensed', `Read with limited details: Graph returned the risk level and detail as "hidden", as it does for a tenant without ${catalogue/* LICENCE_NAMES */.fc.workloadIdPremium}; the risk state is still checked, and ${licenceFix(spec)}.`);
        return state('available', `Read ${spec.title}.`);
    }
    if (answer.kind === 'failure')
        return state('error', `Could not read ${spec.title}: ${answer.message}.`);
    const { status, code, message } = answer;
    if (status === 403 && code === NON_PREMIUM_CODE)
        return state('unlicensed', `Not read: Graph answered ${message}: the tenant has no licence for it; ${licenceFix(spec)}.`);
    if (status === 400 && /Resource not found for the segment/i.test(message))
        return state('unsupportedCloud', `Not read: this cloud's Microsoft Graph does not serve ${spec.title} (${message}); nothing to fix here.`);
    if (status === 401 || status === 403) {
        if (spec.licence && licence === 'unlicensed')
            return state('unlicensed', `Not read: Graph answered ${message}, and the tenant's licences include no ${catalogue/* LICENCE_NAMES */.fc[spec.licence]}; ${licenceFix(spec)}.`);
        if (input.roles !== null) {
            // The token carries the permission, so the denial is about something else.
            if (spec.licence && licence === 'unknown')
                return state('unlicensed', `Not read: Graph answered ${message} although the guard's token carries the permission, which is how Graph answers a tenant without ${catalogue/* LICENCE_NAMES */.fc[spec.licence]} (the licences themselves could not be read); ${licenceFix(spec)}.`);
            return state('error', `Not read: Graph answered ${message} although the guard's token carries the permission${spec.licence ? ' and the tenant is licensed' : ''}; check for a conditional access policy or a tenant restriction blocking the guard.`);
        }
        return state('forbidden', `Not read: Graph answered ${message}; to check ${spec.title}, ${grantFix(spec)}.`);
    }
    return state('error', `Could not read ${spec.title}: Graph answered ${message}.`);
}
/** A read that succeeded but whose signal depends on a licence the tenant lacks or that could not be read. */
function licenceGate(id, input, read) {
    const spec = (0,catalogue/* signalSpec */.Gf)(id);
    if (read.status !== 'available' || !spec.licence)
        return read;
    const licence = licenceOf(spec, input.licences);
    if (licence === 'unlicensed')
        return {
            signal: id,
            status: 'unlicensed',
            reason: `Read, but the tenant has no ${catalogue/* LICENCE_NAMES */.fc[spec.licence]} licence, so ${spec.rules.join(', ')} was not checked; ${licenceFix(spec)}.`,
        };
    if (licence === 'unknown')
        return {
            signal: id,
            status: 'forbidden',
            reason: `Read, but the tenant's licences could not be read, so ${spec.rules.join(', ')} was not checked; ${grantFix((0,catalogue/* signalSpec */.Gf)('subscribed-skus'))}.`,
        };
    return read;
}

;// CONCATENATED MODULE: ./src/signals/licences.ts
/** Workload ID P1 ("Workload ID" lead SKU): conditional access for workload identities only. */
const WORKLOAD_ID_P1_PLAN = '84c289f0-efcb-486f-8581-07f44fc9efad';
/** Workload ID Premium (P2): conditional access, ID Protection for workload identities and the rest. */
const WORKLOAD_ID_P2_PLAN = '7dc0e92d-bf15-401d-907e-0884efe7c760';
/** Entra ID P1 (AAD_PREMIUM) and P2 (AAD_PREMIUM_P2): sign-in logs and usage reports (issue 14). */
const ENTRA_ID_PREMIUM_PLANS = [
    '41781fb2-bc02-4b7c-bd55-b576c07bb09d',
    'eec0eb4f-6444-4f95-aba0-50c24d67f998',
];
const ACTIVE_SKU = new Set(['enabled', 'warning']);
const UNKNOWN_LICENCES = Object.freeze({
    workloadIdPremium: 'unknown',
    workloadIdConditionalAccess: 'unknown',
    entraIdPremium: 'unknown',
});
/** The licences a subscribedSkus collection grants; tolerant of missing fields. */
function licencesFromSkus(skus) {
    const plans = new Set();
    for (const sku of skus) {
        if (typeof sku !== 'object' || sku === null)
            continue;
        const { capabilityStatus, servicePlans } = sku;
        if (typeof capabilityStatus === 'string' && !ACTIVE_SKU.has(capabilityStatus.toLowerCase()))
            continue;
        if (!Array.isArray(servicePlans))
            continue;
        for (const plan of servicePlans) {
            if (typeof plan !== 'object' || plan === null)
                continue;
            const { servicePlanId, provisioningStatus } = plan;
            if (typeof servicePlanId !== 'string')
                continue;
            if (typeof provisioningStatus === 'string' && provisioningStatus.toLowerCase() === 'disabled')
                continue;
            plans.add(servicePlanId.toLowerCase());
        }
    }
    const premium = plans.has(WORKLOAD_ID_P2_PLAN);
    return {
        workloadIdPremium: premium ? 'licensed' : 'unlicensed',
        workloadIdConditionalAccess: premium || plans.has(WORKLOAD_ID_P1_PLAN) ? 'licensed' : 'unlicensed',
        entraIdPremium: ENTRA_ID_PREMIUM_PLANS.some((p) => plans.has(p)) ? 'licensed' : 'unlicensed',
    };
}

;// CONCATENATED MODULE: ./src/signals/read.ts





/** Most at-risk service principals whose detections are read in one run. */
const DETECTION_READS_MAX = 50;
const AT_RISK = new Set(['atrisk', 'confirmedcompromised']);
/** A filter that matches no detection: its answer classifies the signal without reading anyone's data. */
const NO_SERVICE_PRINCIPAL = '00000000-0000-0000-0000-000000000000';
/** One v1.0 collection, every page, its answer reduced for classification (for the signals of issue 14 too). */
async function readCollection(client, path) {
    try {
        const first = (await client.getJson(`${client.endpoint}/v1.0${path}`));
        if (typeof first !== 'object' || first === null || !Array.isArray(first.value))
            return { answer: { kind: 'failure', message: 'Graph answered without a "value" array' }, values: [] };
        const values = [...first.value];
        if (typeof first['@odata.nextLink'] === 'string')
            values.push(...(await (0,batch/* followPages */.kv)(client, first['@odata.nextLink'])));
        return {
            answer: { kind: 'ok' },
            values: values.filter((v) => typeof v === 'object' && v !== null && !Array.isArray(v)),
        };
    }
    catch (error) {
        if (error instanceof http_retry/* HttpError */.j$)
            return {
                answer: {
                    kind: 'http',
                    status: error.status,
                    ...(error.code ? { code: error.code } : {}),
                    message: error.message,
                },
                values: [],
            };
        return { answer: { kind: 'failure', message: (0,http_retry/* errorMessage */.gJ)(error) }, values: [] };
    }
}
const odata = (value) => `'${value.replaceAll("'", "''")}'`;
async function readSignals(client, options) {
    const states = new Map();
    let licences = UNKNOWN_LICENCES;
    const input = () => ({ cloud: options.cloud, roles: options.roles, licences });
    // Licences first: they label the other signals' denials.
    const skuState = precheck('subscribed-skus', input());
    if (skuState)
        states.set('subscribed-skus', skuState);
    else {
        const skus = await readCollection(client, '/subscribedSkus');
        states.set('subscribed-skus', classifyAnswer('subscribed-skus', input(), skus.answer));
        if (skus.answer.kind === 'ok')
            licences = licencesFromSkus(skus.values);
    }
    const raw = { states: [], licences };
    const wanted = options.appIds ? new Set(options.appIds.map((a) => a.toLowerCase())) : null;
    const risk = async () => {
        const pre = precheck('risky-service-principals', input());
        let kept = [];
        if (pre)
            states.set(pre.signal, pre);
        else {
            const read = await readCollection(client, '/identityProtection/riskyServicePrincipals');
            kept = read.values.filter((v) => {
                const appId = typeof v.appId === 'string' ? v.appId.toLowerCase() : '';
                return wanted ? wanted.has(appId) : AT_RISK.has(String(v.riskState).toLowerCase());
            });
            const hidden = kept.some((v) => v.riskLevel === 'hidden' || v.riskDetail === 'hidden');
            const answer = read.answer.kind === 'ok' ? { kind: 'ok', hidden } : read.answer;
            states.set('risky-service-principals', classifyAnswer('risky-service-principals', input(), answer));
            if (read.answer.kind === 'ok')
                raw.riskyServicePrincipals = kept;
        }
        // Detections of the identities at risk; with none, one query that matches nothing still classifies the signal.
        const detectionsPre = precheck('service-principal-risk-detections', input());
        if (detectionsPre)
            return void states.set(detectionsPre.signal, detectionsPre);
        const atRisk = kept
            .filter((v) => AT_RISK.has(String(v.riskState).toLowerCase()) && typeof v.id === 'string')
            .map((v) => v.id);
        const ids = atRisk.length > 0 ? atRisk.slice(0, DETECTION_READS_MAX) : [NO_SERVICE_PRINCIPAL];
        const detections = [];
        let detectionAnswer = { kind: 'ok' };
        for (const id of ids) {
            const read = await readCollection(client, `/identityProtection/servicePrincipalRiskDetections?$filter=${encodeURIComponent(`servicePrincipalId eq ${odata(id)}`)}`);
            if (read.answer.kind !== 'ok') {
                detectionAnswer = read.answer;
                break;
            }
            detections.push(...read.values);
        }
        if (detectionAnswer.kind === 'ok')
            detectionAnswer = {
                kind: 'ok',
                hidden: detections.some((d) => d.riskLevel === 'hidden' || d.riskDetail === 'hidden'),
            };
        const detectionState = classifyAnswer('service-principal-risk-detections', input(), detectionAnswer);
        if (detectionAnswer.kind === 'ok' && atRisk.length > DETECTION_READS_MAX)
            detectionState.reason += ` Only the first ${DETECTION_READS_MAX} of ${atRisk.length} identities at risk were read.`;
        states.set('service-principal-risk-detections', detectionState);
        if (detectionAnswer.kind === 'ok')
            raw.servicePrincipalRiskDetections = detections;
    };
    const conditionalAccess = async () => {
        const pre = precheck('conditional-access-policies', input());
        if (pre)
            return void states.set(pre.signal, pre);
        const read = await readCollection(client, '/identity/conditionalAccess/policies');
        states.set('conditional-access-policies', licenceGate('conditional-access-policies', input(), classifyAnswer('conditional-access-policies', input(), read.answer)));
        if (read.answer.kind === 'ok')
            raw.conditionalAccessPolicies = read.values;
    };
    await Promise.all([risk(), conditionalAccess()]);
    raw.states = [
        'subscribed-skus',
        'risky-service-principals',
        'service-principal-risk-detections',
        'conditional-access-policies',
    ].map((id) => states.get(id) ?? {
        signal: id,
        status: 'error',
        reason: `Not read: ${(0,catalogue/* signalSpec */.Gf)(id).title} was never requested.`,
    });
    return raw;
}

// EXTERNAL MODULE: ./src/signals/lifecycle.ts
var signals_lifecycle = __webpack_require__(9441);
;// CONCATENATED MODULE: ./src/signals/lifecycle-read.ts






/** Up to this many apps, the report endpoints are read with `$filter=appId eq …` per app; above, once in full. */
const FILTERED_READS_MAX = 10;
/** Page size asked of the report endpoints (Graph's usual maximum). */
const REPORT_PAGE = 999;
function failureOf(error) {
    if (error instanceof http_retry/* HttpError */.j$)
        return { kind: 'http', status: error.status, ...(error.code ? { code: error.code } : {}), message: error.message };
    return { kind: 'failure', message: (0,http_retry/* errorMessage */.gJ)(error) };
}
async function lifecycle_read_readCollection(client, version, path) {
    try {
        const first = (await client.getJson(`${client.endpoint}/${version}${path}`));
        if (typeof first !== 'object' || first === null || !Array.isArray(first.value))
            return { answer: { kind: 'failure', message: 'Graph answered without a "value" array' }, values: [] };
        const values = [...first.value];
        if (typeof first['@odata.nextLink'] === 'string')
            values.push(...(await (0,batch/* followPages */.kv)(client, first['@odata.nextLink'])));
        return {
            answer: { kind: 'ok' },
            values: values.filter((v) => typeof v === 'object' && v !== null && !Array.isArray(v)),
        };
    }
    catch (error) {
        return { answer: failureOf(error), values: [] };
    }
}
/** Pages of sign-ins read per app (newest first, 1,000 each); a busier identity's window ends earlier. */
const SIGN_IN_PAGES_MAX = 5;
/** Up to `maxPages` pages of a collection, newest first as Graph serves sign-ins. */
async function readPages(client, path, maxPages) {
    try {
        const values = [];
        let link = `${client.endpoint}/beta${path}`;
        for (let page = 0; link !== undefined; page += 1) {
            if (page === maxPages)
                return { answer: { kind: 'ok' }, values, capped: true };
            const body = (await client.getJson(link));
            if (typeof body !== 'object' || body === null || !Array.isArray(body.value))
                return {
                    answer: { kind: 'failure', message: 'Graph answered without a "value" array' },
                    values,
                    capped: false,
                };
            values.push(...body.value.filter((v) => typeof v === 'object' && v !== null && !Array.isArray(v)));
            link = typeof body['@odata.nextLink'] === 'string' ? body['@odata.nextLink'] : undefined;
        }
        return { answer: { kind: 'ok' }, values, capped: false };
    }
    catch (error) {
        return { answer: failureOf(error), values: [], capped: false };
    }
}
const lifecycle_read_odata = (value) => `'${value.replaceAll("'", "''")}'`;
const appIdOf = (v) => (typeof v.appId === 'string' ? v.appId.toLowerCase() : '');
/** A report collection, filtered per app for a few apps, else read once and narrowed to the run's apps. */
async function readReport(client, path, appIds) {
    if (appIds && appIds.length <= FILTERED_READS_MAX) {
        const values = [];
        // An empty run still asks once (for an app id that matches nothing), so the signal is classified.
        for (const appId of appIds.length > 0 ? appIds : ['00000000-0000-0000-0000-000000000000']) {
            const read = await lifecycle_read_readCollection(client, 'beta', `${path}?$filter=${encodeURIComponent(`appId eq ${lifecycle_read_odata(appId)}`)}`);
            if (read.answer.kind !== 'ok')
                return read;
            values.push(...read.values);
        }
        return { answer: { kind: 'ok' }, values };
    }
    const read = await lifecycle_read_readCollection(client, 'beta', `${path}?$top=${REPORT_PAGE}`);
    if (!appIds)
        return read;
    const wanted = new Set(appIds.map((a) => a.toLowerCase()));
    return { ...read, values: read.values.filter((v) => wanted.has(appIdOf(v))) };
}
async function readLifecycle(client, options) {
    const input = { cloud: options.cloud, roles: options.roles, licences: options.licences };
    const states = new Map();
    const raw = {};
    const wanted = options.appIds ? new Set(options.appIds.map((a) => a.toLowerCase())) : null;
    const report = async (id, path, keep) => {
        const pre = precheck(id, input);
        if (pre)
            return void states.set(id, pre);
        const read = await readReport(client, path, options.appIds);
        states.set(id, classifyAnswer(id, input, read.answer));
        if (read.answer.kind === 'ok')
            keep(read.values);
    };
    const recommendations = async () => {
        const id = 'directory-recommendations';
        const pre = precheck(id, input);
        if (pre)
            return void states.set(id, pre);
        const read = await lifecycle_read_readCollection(client, 'beta', '/directory/recommendations?$expand=impactedResources');
        let state = classifyAnswer(id, input, read.answer);
        if (state.status === 'available' && options.licences.workloadIdPremium !== 'licensed')
            state = {
                signal: id,
                status: 'unlicensed',
                reason: `Read, but the tenant's licences ${options.licences.workloadIdPremium === 'unknown' ? 'could not be read, and without' : 'include no'} ${catalogue/* LICENCE_NAMES */.fc.workloadIdPremium} Entra does not produce its workload identity recommendations (unused credentials, stale apps, expiring credentials); only the others were checked. A ${catalogue/* LICENCE_NAMES */.fc.workloadIdPremium} licence would add them.`,
            };
        states.set(id, state);
        if (read.answer.kind !== 'ok')
            return;
        // Only what names the run's apps is kept (a tenant scan keeps every recommendation about an app).
        raw.recommendations = read.values.map((r) => {
            const impacted = Array.isArray(r.impactedResources) ? r.impactedResources : [];
            return {
                ...r,
                impactedResources: impacted.filter((i) => {
                    if (typeof i !== 'object' || i === null)
                        return false;
                    const subject = typeof i.subjectId === 'string' ? i.subjectId : '';
                    return wanted ? wanted.has(subject.toLowerCase()) : true;
                }),
            };
        });
    };
    const agentIdentities = async () => {
        const id = 'agent-identities';
        const pre = precheck(id, input);
        if (pre)
            return void states.set(id, pre);
        const read = await lifecycle_read_readCollection(client, 'v1.0', `/servicePrincipals/microsoft.graph.agentIdentity?$select=id,displayName,agentIdentityBlueprintId&$expand=${encodeURIComponent('sponsors($select=id)')}`);
        states.set(id, classifyAnswer(id, input, read.answer));
        if (read.answer.kind !== 'ok')
            return;
        // Only what a rule can report: agents without a sponsor, of the run's blueprints.
        raw.agentIdentities = read.values.filter((a) => {
            const blueprint = typeof a.agentIdentityBlueprintId === 'string' ? a.agentIdentityBlueprintId.toLowerCase() : '';
            const sponsors = Array.isArray(a.sponsors) ? a.sponsors : [];
            return sponsors.length === 0 && (wanted ? wanted.has(blueprint) : true);
        });
    };
    const signIns = async () => {
        const id = 'service-principal-sign-ins';
        const pre = precheck(id, input);
        if (pre)
            return void states.set(id, pre);
        // Per app and capped: a tenant scan does not read the whole tenant's sign-in logs.
        if (!options.appIds || options.appIds.length > FILTERED_READS_MAX)
            return void states.set(id, {
                signal: id,
                status: 'available',
                reason: `Not read in a run of more than ${FILTERED_READS_MAX} apps (a tenant scan): the sign-in logs are read per app; fic-unused carries no "last used" evidence here.`,
            });
        const now = options.now ?? new Date();
        const retentionDays = options.licences.entraIdPremium === 'licensed' ? 30 : 7;
        const since = new Date(now.getTime() - retentionDays * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
        const lastUsed = {};
        let oldest = now.toISOString();
        let capped = false;
        for (const appId of options.appIds) {
            const filter = `createdDateTime ge ${since} and signInEventTypes/any(t: t eq 'servicePrincipal') and appId eq ${lifecycle_read_odata(appId)}`;
            const read = await readPages(client, `/auditLogs/signIns?$filter=${encodeURIComponent(filter)}&$top=1000`, SIGN_IN_PAGES_MAX);
            if (read.answer.kind !== 'ok')
                return void states.set(id, classifyAnswer(id, input, read.answer));
            if (read.capped) {
                capped = true;
                const last = read.values.at(-1);
                if (typeof last?.createdDateTime === 'string' && last.createdDateTime > since && last.createdDateTime < oldest)
                    oldest = last.createdDateTime;
            }
            for (const s of read.values) {
                const fic = typeof s.federatedCredentialId === 'string' ? s.federatedCredentialId.toLowerCase() : '';
                const at = typeof s.createdDateTime === 'string' ? s.createdDateTime : '';
                if (fic && at && (lastUsed[fic] ?? '') < at)
                    lastUsed[fic] = at;
            }
        }
        const start = capped ? oldest : since;
        raw.federatedSignIns = {
            lastUsed,
            since: start,
            days: Math.max(0, Math.floor((now.getTime() - Date.parse(start)) / 86_400_000)),
            capped,
        };
        states.set(id, classifyAnswer(id, input, { kind: 'ok' }));
    };
    const appManagementPolicy = async () => {
        const id = 'app-management-policy';
        const pre = precheck(id, input);
        if (pre)
            return void states.set(id, pre);
        let answer;
        try {
            const body = (await client.getJson(`${client.endpoint}/v1.0/policies/defaultAppManagementPolicy`));
            if (typeof body !== 'object' || body === null || Array.isArray(body))
                answer = { kind: 'failure', message: 'Graph answered without a policy object' };
            else {
                raw.defaultAppManagementPolicy = body;
                answer = { kind: 'ok' };
            }
        }
        catch (error) {
            answer = failureOf(error);
        }
        states.set(id, classifyAnswer(id, input, answer));
    };
    await Promise.all([
        report('service-principal-sign-in-activity', '/reports/servicePrincipalSignInActivities', (v) => {
            raw.servicePrincipalSignInActivities = v;
        }),
        report('app-credential-sign-in-activity', '/reports/appCredentialSignInActivities', (v) => {
            raw.appCredentialSignInActivities = v;
        }),
        recommendations(),
        appManagementPolicy(),
        agentIdentities(),
        signIns(),
    ]);
    const ids = [
        'service-principal-sign-in-activity',
        'app-credential-sign-in-activity',
        'directory-recommendations',
        'app-management-policy',
        'agent-identities',
        'service-principal-sign-ins',
    ];
    return {
        states: ids.map((id) => states.get(id) ?? {
            signal: id,
            status: 'error',
            reason: `Not read: ${(0,catalogue/* signalSpec */.Gf)(id).title} was never requested.`,
        }),
        raw,
    };
}
/**
 * Apps whose owners are read in one $batch: three requests each (two owner lists and the app's references), four
 * for a blueprint (its sponsors), so six apps never exceed Graph's 20 requests.
 */
const OWNER_APPS_PER_BATCH = 5;
const OWNER_SELECT = '$select=id,displayName,userPrincipalName,appId';
/**
 * Reads the owners of every app as the inventory streams by, 5 apps (at most 20 requests) per $batch, into `sink`
 * (by object id of the application and of its service principal) before the apps are yielded, so the rules see
 * them. `state` is updated in place: available, or why some owners could not be read (those apps are not judged).
 */
async function* withOwners(client, items, sink, state, options) {
    const input = { cloud: options.cloud, roles: options.roles, licences: {} };
    const pre = precheck('owners', input);
    if (pre)
        Object.assign(state, pre);
    let read = 0;
    let failed = 0;
    let firstFailure = null;
    const flush = async (buffer) => {
        const requests = [];
        for (const item of buffer) {
            if (!('app' in item))
                continue;
            requests.push({
                id: `a${requests.length}`,
                method: 'GET',
                url: `/applications/${item.app.objectId}/owners?${OWNER_SELECT}`,
            });
            requests.push({
                id: `r${requests.length}`,
                method: 'GET',
                url: `/applications/${item.app.objectId}?$select=id,notes,serviceManagementReference`,
            });
            if (item.app.kind === 'agentIdentityBlueprint')
                requests.push({
                    id: `b${requests.length}`,
                    method: 'GET',
                    url: `/applications/${item.app.objectId}/microsoft.graph.agentIdentityBlueprint/sponsors?${OWNER_SELECT}`,
                });
            const sp = item.app.servicePrincipal;
            if (sp)
                requests.push({
                    id: `s${requests.length}`,
                    method: 'GET',
                    url: `/servicePrincipals/${sp.objectId}/owners?${OWNER_SELECT}`,
                });
        }
        if (requests.length === 0)
            return;
        const results = await (0,batch/* executeBatch */.M3)(client, requests);
        for (const request of requests) {
            const objectId = (/\/(?:applications|servicePrincipals)\/([^/?]+)/.exec(request.url)?.[1] ?? '').toLowerCase();
            const result = results.get(request.id);
            let answer;
            if (!result)
                answer = { kind: 'failure', message: 'no answer in the $batch response' };
            else if ('failure' in result)
                answer = { kind: 'failure', message: result.failure };
            else if (result.status >= 200 && result.status < 300 && request.id.startsWith('r')) {
                const body = (result.body ?? {});
                const text = (key) => typeof body[key] === 'string' && body[key].trim() !== '' ? body[key] : null;
                sink.accountability.set(objectId, text('serviceManagementReference') ?? text('notes'));
                continue;
            }
            else if (result.status >= 200 && result.status < 300) {
                const body = result.body;
                const value = body && Array.isArray(body.value) ? body.value : null;
                if (value) {
                    // An app with more owners than one page holds keeps the first page: enough for both rules.
                    (request.id.startsWith('b') ? sink.sponsors : sink.owners).set(objectId, value
                        .filter((v) => typeof v === 'object' && v !== null)
                        .map(signals_lifecycle/* toOwner */.FV)
                        .filter((o) => o !== null));
                    read += 1;
                    continue;
                }
                answer = { kind: 'failure', message: 'Graph answered without a "value" array' };
            }
            else {
                const error = (0,graph_client/* graphHttpError */.P6)(result.status, result.headers, result.body);
                answer = {
                    kind: 'http',
                    status: error.status,
                    ...(error.code ? { code: error.code } : {}),
                    message: error.message,
                };
            }
            failed += 1;
            firstFailure ??= classifyAnswer('owners', input, answer);
        }
        Object.assign(state, firstFailure
            ? {
                ...firstFailure,
                reason: `${(0,signals_lifecycle/* withoutRequestIds */.Yy)(firstFailure.reason)} (${failed} of ${read + failed} owner reads failed; those apps were not judged by ${(0,catalogue/* signalSpec */.Gf)('owners').rules.join(', ')}.)`,
            }
            : { status: 'available', reason: readReason(options.only?.which) });
    };
    let buffer = [];
    for await (const item of items) {
        if (pre || ('app' in item && options.only && !options.only.select(item.app))) {
            yield item;
            continue;
        }
        buffer.push(item);
        if (buffer.filter((i) => 'app' in i).length >= OWNER_APPS_PER_BATCH) {
            await flush(buffer);
            yield* buffer;
            buffer = [];
        }
    }
    if (!pre) {
        await flush(buffer);
        yield* buffer;
    }
}
function readReason(which) {
    return which === undefined
        ? 'Read the owners of the apps and their service principals.'
        : `Read the owners of ${which} only: a tenant scan does not spend three Graph requests on every app, so app-without-owner judged those apps only (scan --apps judges it for any app).`;
}
/** The owners signal's state before any read, completed in place by withOwners. */
function ownersState(which) {
    if (which !== undefined)
        return { signal: 'owners', status: 'available', reason: readReason(which) };
    return { signal: 'owners', status: 'available', reason: 'Read the owners of the apps and their service principals.' };
}

;// CONCATENATED MODULE: ./src/signals/lifecycle-run.ts


async function addLifecycleSignals(client, signals, options) {
    const read = await readLifecycle(client, {
        cloud: options.cloud,
        roles: options.roles,
        licences: signals.licences,
        ...(options.appIds ? { appIds: options.appIds } : {}),
    });
    const owners = new Map();
    const accountability = new Map();
    const sponsors = new Map();
    const owned = ownersState(options.ownersOf?.which);
    const lifecycle = { ...(0,signals_lifecycle/* normaliseLifecycle */.xl)(read.raw), owners, accountability, sponsors };
    // Graph's request ids differ on every call: kept out of the report, so shards merge into the full scan's report.
    const states = [...signals.states, ...read.states].map((s) => ({ ...s, reason: (0,signals_lifecycle/* withoutRequestIds */.Yy)(s.reason) }));
    return {
        // The owners state is completed in place by wrap(), before audit() builds the report.
        signals: { ...signals, states: [...states, owned], lifecycle },
        wrap: (items) => withOwners(client, items, { owners, accountability, sponsors }, owned, {
            cloud: options.cloud,
            roles: options.roles,
            ...(options.ownersOf ? { only: options.ownersOf } : {}),
        }),
    };
}

;// CONCATENATED MODULE: ./src/signals/token.ts
// The `roles` claim of the guard's own Graph access token: the application permissions Entra granted.
// Only that claim is read; the token itself is never logged or kept.
/**
 * The application permissions in an access token, or null when the token carries none (a delegated token,
 * whose `scp` and the user's roles decide instead) or cannot be decoded.
 */
function rolesOfAccessToken(token) {
    const payload = token.split('.')[1];
    if (payload === undefined || payload === '')
        return null;
    let claims;
    try {
        claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    }
    catch {
        return null;
    }
    if (typeof claims !== 'object' || claims === null)
        return null;
    const { roles, scp } = claims;
    if (typeof scp === 'string' && scp !== '')
        return null;
    if (!Array.isArray(roles))
        return typeof scp === 'string' ? null : [];
    return roles.filter((r) => typeof r === 'string');
}

;// CONCATENATED MODULE: ./src/action/inventory.ts
// The action's live reads: the GitHub OIDC token exchanged for a Graph token (the shared sign-in,
// auth/sign-in.ts), then the apps read by id through the one Graph reader (managed identities' federated
// credentials from Azure Resource Manager), and Entra's signals read once beside them. Loaded with a dynamic
// import once the OIDC request is on its way, so the Azure SDK and MSAL (most of the bundle) load while the
// network answers instead of before the first request.













function actionLiveReads(inputs, identity, token) {
    const cloud = (0,clouds/* resolveCloud */.au)({
        cloud: inputs.cloud,
        ...(inputs.authorityHost ? { authorityHost: inputs.authorityHost } : {}),
        ...(inputs.graphEndpoint ? { graphEndpoint: inputs.graphEndpoint } : {}),
        ...(inputs.armEndpoint ? { armEndpoint: inputs.armEndpoint } : {}),
    });
    const credential = createEntraCredential({
        ...identity,
        authorityHost: cloud.authorityHost,
        getAssertion: () => token.get(),
    });
    const access = graphAccess(credential, cloud.graphEndpoint);
    // One sign-in for the apps and the signals: started by whichever asks first.
    let connection;
    const connect = () => (connection ??= (async () => {
        let accessToken;
        try {
            accessToken = await access.getAccessToken();
        }
        catch (error) {
            core/* error */.z3((0,http_retry/* errorMessage */.gJ)(error), { title: 'Entra sign-in failed' });
            throw error;
        }
        const client = (0,graph_client/* createGraphClient */.Cw)({
            graphEndpoint: access.graphEndpoint,
            getAccessToken: () => access.getAccessToken(),
        });
        return { client, roles: rolesOfAccessToken(accessToken) };
    })());
    const graph = (0,engine_inventory/* graphInventorySource */.c)({
        tenant: identity.tenantId,
        selection: { kind: 'ids', appIds: inputs.apps },
        client: async () => (await connect()).client,
        // A client id that is a user-assigned managed identity has its credentials in ARM; the token for ARM's
        // audience is asked for only when one is met.
        managedIdentities: (0,raw/* createManagedIdentityReader */.fO)({
            armEndpoint: cloud.armEndpoint,
            getAccessToken: async () => (await acquireArmToken(credential, cloud.armEndpoint)).token,
        }),
    });
    // Entra's signals once per run: risk and conditional access (issue 13), then usage and lifecycle once the
    // licences are known (issue 14). The owners of each app are read as the apps pass (lifecycle.wrap).
    const lifecycle = connect().then(async ({ client, roles }) => {
        const scope = { cloud: inputs.cloud, roles, appIds: inputs.apps };
        return addLifecycleSignals(client, (0,normalise/* normaliseSignals */.qH)(await readSignals(client, scope)), scope);
    });
    lifecycle.catch(() => undefined); // a failed sign-in is reported by the inventory, app by app
    const signals = {
        name: 'signals',
        async read() {
            try {
                return { signals: (await lifecycle).signals };
            }
            catch {
                return {}; // the apps are reported as not evaluated, with the sign-in error
            }
        },
    };
    const inventory = {
        ...graph,
        read: (notices) => inventory_withOwners(graph.read(notices), lifecycle),
    };
    return { inventory, tenantReads: [signals] };
}
/** The apps (read beside the signals), each with its owners read before it is judged. */
async function* inventory_withOwners(items, lifecycle) {
    const read = [];
    const reading = (async () => {
        for await (const item of items)
            read.push(item);
    })();
    let run = null;
    try {
        run = await lifecycle;
    }
    catch {
        // no sign-in: the items are the apps not evaluated, with why
    }
    await reading;
    if (run)
        yield* run.wrap(read);
    else
        yield* read;
}


/***/ })

};
