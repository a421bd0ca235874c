export const id = 823;
export const ids = [823];
export const modules = {

/***/ 8080:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ maskSecret),
/* harmony export */   O: () => (/* binding */ redactTokens)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
// Masking and redaction: every value that could echo a credential is registered with the runner
// before anything is logged, and error text is scrubbed of anything shaped like a JWT.

const masked = new Set();
/** Registers a secret with the runner's log masker once per value. */
function maskSecret(value) {
    if (value.length === 0 || masked.has(value))
        return;
    masked.add(value);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value);
}
const JWT_SHAPE = /eyJ[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*/g;
/** Replaces anything shaped like a JWT (header.payload.signature) in untrusted text. */
function redactTokens(text) {
    return text.replace(JWT_SHAPE, '[redacted token]');
}


/***/ }),

/***/ 161:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fv: () => (/* binding */ decodeStringClaims),
/* harmony export */   Zs: () => (/* binding */ describeClaims),
/* harmony export */   i2: () => (/* binding */ formatPresented),
/* harmony export */   kb: () => (/* binding */ createOidcTokenSource),
/* harmony export */   x0: () => (/* binding */ checkOidcAvailability),
/* harmony export */   zD: () => (/* binding */ subjectFormatFromToken)
/* harmony export */ });
/* unused harmony export getOidcToken */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var _http_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8902);
/* harmony import */ var _matching_subject_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4807);
/* harmony import */ var _mask_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8080);
// The job's GitHub OIDC token: whether one can be had, fetching it (masked, retried, cached),
// and the non-secret claims that explain a mismatch.




const PERMISSION_SNIPPET = 'permissions:\n  id-token: write\n  contents: read';
const FORK_EXPLANATION = 'No GitHub OIDC token is available: this run is a pull request from a fork, and GitHub never grants ' +
    '`id-token: write` to fork pull requests. Only the workflows are analysed; the app registrations are ' +
    'checked when the change runs on a branch of this repository (push, or pull_request_target with care).';
const DEPENDABOT_EXPLANATION = 'No GitHub OIDC token is available: this run was triggered by Dependabot, which GitHub treats like a fork ' +
    '(no `id-token: write`). Only the workflows are analysed; the app registrations are checked on other runs.';
const MISCONFIGURED_EXPLANATION = 'No GitHub OIDC token is available: ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set, ' +
    'which means the job lacks the `id-token: write` permission. Grant it at the job level (or for the whole ' +
    `workflow) with:\n\n${PERMISSION_SNIPPET}\n\nWhen a \`permissions:\` block is present, every permission not listed ` +
    'is none, so keep `contents: read`. Pull requests from forks and Dependabot runs never get an OIDC token; ' +
    'there the action analyses workflows only.';
/** Classifies a missing token: fork and Dependabot runs are expected, anything else is a misconfiguration. */
function checkOidcAvailability(env, github) {
    if (env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)
        return { available: true };
    if (github.actor === 'dependabot[bot]')
        return { available: false, reason: 'dependabot', explanation: DEPENDABOT_EXPLANATION };
    const pr = github.payload?.pull_request;
    if (pr) {
        const head = pr.head?.repo;
        const base = pr.base?.repo;
        const fromFork = head?.fork === true ||
            head === null ||
            (head?.full_name !== undefined && base?.full_name !== undefined && head.full_name !== base.full_name);
        if (fromFork)
            return { available: false, reason: 'fork', explanation: FORK_EXPLANATION };
    }
    return { available: false, reason: 'misconfigured', explanation: MISCONFIGURED_EXPLANATION };
}
const SAFE_CLAIMS = [
    'iss',
    'sub',
    'aud',
    'job_workflow_ref',
    'ref',
    'environment',
    'repository',
    'repository_id',
    'repository_owner_id',
    'event_name',
    'runner_environment',
];
function decodePayload(token) {
    const parts = token.split('.');
    if (parts.length !== 3 || !parts[1])
        throw new Error('The OIDC token is not a JWT (expected header.payload.signature)');
    let payload;
    try {
        payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    }
    catch {
        throw new Error('The OIDC token payload is not valid base64url JSON');
    }
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload))
        throw new Error('The OIDC token payload is not a JSON object');
    return payload;
}
/** Decodes the token and keeps only the non-secret claims (aud arrays are joined with a comma). */
function describeClaims(token) {
    const payload = decodePayload(token);
    const claims = {};
    for (const key of SAFE_CLAIMS) {
        const value = payload[key];
        if (typeof value === 'string')
            claims[key] = value;
        else if (typeof value === 'number')
            claims[key] = String(value);
        else if (key === 'aud' && Array.isArray(value))
            claims.aud = value.filter((v) => typeof v === 'string').join(',');
    }
    return claims;
}
/** Every string-valued claim (for recovering a custom subject template); never the signature. */
function decodeStringClaims(token) {
    const out = {};
    for (const [key, value] of Object.entries(decodePayload(token))) {
        if (typeof value === 'string')
            out[key] = value;
        else if (typeof value === 'number' && key !== 'exp' && key !== 'iat' && key !== 'nbf')
            out[key] = String(value);
    }
    return out;
}
/** One line for the log: `iss=… sub=… aud=…` (quoted, since subjects contain spaces rarely but colons always). */
function formatPresented(claims) {
    const base = `iss='${claims.iss ?? '?'}' sub='${claims.sub ?? '?'}' aud='${claims.aud ?? '?'}'`;
    return claims.job_workflow_ref ? `${base} job_workflow_ref='${claims.job_workflow_ref}'` : base;
}
/** The `exp` claim in epoch milliseconds, when present. */
function expiresAtMs(token) {
    const exp = decodePayload(token).exp;
    return typeof exp === 'number' && Number.isFinite(exp) ? exp * 1000 : undefined;
}
/** The runner's "Failed to get ID Token … Error Code : 503" tells us whether to try again. */
function isRetryableOidcError(error) {
    const base = (0,_http_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultIsRetryable */ .Wu)(error);
    if (base !== false)
        return base;
    const message = (0,_http_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error);
    const status = /Error Code\s*:\s*(\d{3})/.exec(message)?.[1];
    if (status)
        return (0,_http_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultIsRetryable */ .Wu)(new _http_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpError */ .j$({ status: Number(status), message }));
    return (0,_http_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .isNetworkError */ .TX)(error);
}
function createOidcTokenSource(options) {
    const audience = options.audience.trim();
    if (!audience)
        throw new Error('The OIDC audience must not be empty (default: api://AzureADTokenExchange)');
    const margin = options.refreshMarginMs ?? 60_000;
    const now = options.now ?? Date.now;
    const fetchToken = options.fetchToken ?? ((aud) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getIDToken */ .V9(aud));
    let cached;
    let inflight;
    async function fetchFresh() {
        let token;
        try {
            token = await (0,_http_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .withRetry */ .bD)(() => fetchToken(audience), { ...options.retry, isRetryable: isRetryableOidcError });
        }
        catch (error) {
            throw new Error(`Failed to get the GitHub OIDC token for audience '${audience}': ${(0,_mask_js__WEBPACK_IMPORTED_MODULE_3__/* .redactTokens */ .O)((0,_http_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error))}`, {
                cause: error,
            });
        }
        (0,_mask_js__WEBPACK_IMPORTED_MODULE_3__/* .maskSecret */ .$)(token);
        const exp = expiresAtMs(token);
        // Without exp, cache for a minute: long enough for one exchange, short enough to stay valid.
        cached = { token, refreshAt: exp === undefined ? now() + 60_000 : exp - margin };
        return token;
    }
    return {
        audience,
        async get() {
            if (cached && now() < cached.refreshAt)
                return cached.token;
            inflight ??= fetchFresh().finally(() => {
                inflight = undefined;
            });
            return inflight;
        },
    };
}
const sources = new Map();
/** The job's OIDC token for `audience`, cached per audience for the life of the process. */
function getOidcToken(audience, retry) {
    let source = sources.get(audience);
    if (!source) {
        source = createOidcTokenSource({ audience, ...(retry ? { retry } : {}) });
        sources.set(audience, source);
    }
    return source.get();
}
// ---------------------------------------------------------------------------------------------
// Learning the repository's subject format from a real token.
/**
 * What GitHub's `sub` reveals about the repository's subject format: the default form
 * (`repo:O/R:<context>`), the immutable form (`repo:O@OID/R@RID:<context>`), or a custom
 * include_claim_keys template, whose keys are recovered by walking the claims. The forms are
 * built with the matching library, so the token and the predictions follow one set of rules.
 */
function subjectFormatFromToken(claims) {
    const sub = claims.sub;
    const repository = claims.repository;
    if (!sub || !repository)
        return { kind: 'default', source: 'assumed' };
    const subjectClaims = {
        ...claims,
        repository,
        repository_owner: claims.repository_owner ?? repository.split('/')[0] ?? '',
        event_name: claims.event_name ?? '',
        ref: claims.ref ?? '',
    };
    const produces = (format) => {
        try {
            return (0,_matching_subject_js__WEBPACK_IMPORTED_MODULE_2__/* .formatSubject */ .QK)(subjectClaims, format) === sub;
        }
        catch {
            return false; // e.g. the immutable form without the ids
        }
    };
    if (produces({ kind: 'default', source: 'token' }))
        return { kind: 'default', source: 'token' };
    if (produces({ kind: 'immutable', source: 'token' }))
        return { kind: 'immutable', source: 'token' };
    const context = claims.ref || claims.environment ? (0,_matching_subject_js__WEBPACK_IMPORTED_MODULE_2__/* .formatContext */ .J_)((0,_matching_subject_js__WEBPACK_IMPORTED_MODULE_2__/* .contextOf */ .Vm)(subjectClaims)) : undefined;
    const parsed = parseCustomSubject(sub, claims, context, immutableRepository(claims));
    if (parsed)
        return { kind: 'custom', claimKeys: parsed.keys, immutable: parsed.immutable, source: 'token' };
    return { kind: 'custom', source: 'token' };
}
function immutableRepository(claims) {
    const [owner, name] = (claims.repository ?? '').split('/');
    if (!owner || !name || !claims.repository_owner_id || !claims.repository_id)
        return undefined;
    return `${owner}@${claims.repository_owner_id}/${name}@${claims.repository_id}`;
}
const encodeValue = (value) => value.replaceAll(':', '%3A');
function parseCustomSubject(sub, claims, context, immutableRepo) {
    const keys = [];
    let immutable = false;
    let rest = sub;
    while (rest.length > 0) {
        const candidates = [];
        if (context !== undefined)
            candidates.push({ key: 'context', text: context });
        if (claims.repository)
            candidates.push({ key: 'repo', text: `repo:${claims.repository}` });
        if (immutableRepo)
            candidates.push({ key: 'repo', text: `repo:${immutableRepo}`, immutable: true });
        for (const [key, value] of Object.entries(claims)) {
            if (value !== undefined && key !== 'sub' && /^[A-Za-z0-9_]+$/.test(key))
                candidates.push({ key, text: `${key}:${encodeValue(value)}` });
        }
        const hit = candidates.find((c) => rest === c.text || rest.startsWith(`${c.text}:`));
        if (!hit)
            return undefined;
        keys.push(hit.key);
        if (hit.immutable)
            immutable = true;
        rest = rest.slice(Math.min(rest.length, hit.text.length + 1));
    }
    return { keys, immutable };
}


/***/ }),

/***/ 8902:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TX: () => (/* binding */ isNetworkError),
/* harmony export */   U3: () => (/* binding */ RETRYABLE_STATUSES),
/* harmony export */   Wu: () => (/* binding */ defaultIsRetryable),
/* harmony export */   aB: () => (/* binding */ RetryExhaustedError),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   j$: () => (/* binding */ HttpError),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   sV: () => (/* binding */ RETRY_DEFAULTS)
/* harmony export */ });
/* unused harmony exports AttemptTimeoutError, formatSeconds */
// Retry with full-jitter exponential backoff, Retry-After, a per-attempt timeout and a total
// budget. Only failures that can succeed later are retried (429, 5xx, network, timeouts).
const RETRY_DEFAULTS = {
    maxAttempts: 5,
    baseDelayMs: 500,
    maxDelayMs: 30_000,
    deadlineMs: 120_000,
    attemptTimeoutMs: 30_000,
};
/** An HTTP failure with what a retry decision and an error message need (never a body with secrets). */
class HttpError extends Error {
    status;
    code;
    retryAfterMs;
    requestId;
    constructor(init) {
        super(init.message);
        this.name = 'HttpError';
        this.status = init.status;
        this.code = init.code;
        this.retryAfterMs = init.retryAfterMs;
        this.requestId = init.requestId;
    }
}
class AttemptTimeoutError extends Error {
    timeoutMs;
    constructor(timeoutMs) {
        super(`no answer within ${formatSeconds(timeoutMs)}`);
        this.timeoutMs = timeoutMs;
        this.name = 'AttemptTimeoutError';
    }
}
class RetryExhaustedError extends Error {
    attempts;
    elapsedMs;
    lastError;
    constructor(attempts, elapsedMs, lastError, note = '') {
        super(`gave up after ${attempts} attempt${attempts === 1 ? '' : 's'} over ${formatSeconds(elapsedMs)}${note}: ${errorMessage(lastError)}`, {
            cause: lastError,
        });
        this.attempts = attempts;
        this.elapsedMs = elapsedMs;
        this.lastError = lastError;
        this.name = 'RetryExhaustedError';
    }
}
const RETRYABLE_STATUSES = new Set([429, 500, 502, 503, 504]);
const NETWORK_CODES = new Set([
    'ECONNRESET',
    'ETIMEDOUT',
    'ECONNREFUSED',
    'EPIPE',
    'EAI_AGAIN',
    'ENETUNREACH',
    'EHOSTUNREACH',
]);
const NETWORK_MESSAGES = [/socket hang up/i, /^terminated$/i, /other side closed/i, /^fetch failed$/i];
/** Whether an error (or one of its causes) is a transient network failure. */
function isNetworkError(error) {
    let current = error;
    // Duck-typed: errors from Node's own fetch may come from another realm (instanceof fails).
    for (let depth = 0; depth < 6 && typeof current === 'object' && current !== null; depth += 1) {
        const code = current.code;
        if (typeof code === 'string' && (NETWORK_CODES.has(code) || code.startsWith('UND_ERR_')))
            return true;
        const message = current.message;
        if (typeof message === 'string' && NETWORK_MESSAGES.some((re) => re.test(message)))
            return true;
        current = current.cause;
    }
    return false;
}
/** 429/5xx (with their Retry-After), network errors and attempt timeouts; never other 4xx. */
function defaultIsRetryable(error) {
    if (error instanceof HttpError) {
        if (!RETRYABLE_STATUSES.has(error.status))
            return false;
        return error.retryAfterMs === undefined ? true : { retryAfterMs: error.retryAfterMs };
    }
    if (error instanceof AttemptTimeoutError)
        return true;
    return isNetworkError(error);
}
/** Retry-After is either delay-seconds or an HTTP date; anything else is ignored. */
function parseRetryAfter(value, now = Date.now()) {
    if (value === null || value === undefined)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed) * 1000;
    if (!/[a-z]/i.test(trimmed))
        return undefined;
    const date = Date.parse(trimmed);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - now);
}
async function withRetry(operation, options = {}) {
    const maxAttempts = positive(options.maxAttempts, RETRY_DEFAULTS.maxAttempts, 'maxAttempts');
    const baseDelayMs = positive(options.baseDelayMs, RETRY_DEFAULTS.baseDelayMs, 'baseDelayMs');
    const maxDelayMs = positive(options.maxDelayMs, RETRY_DEFAULTS.maxDelayMs, 'maxDelayMs');
    const deadlineMs = positive(options.deadlineMs, RETRY_DEFAULTS.deadlineMs, 'deadlineMs');
    const attemptTimeoutMs = positive(options.attemptTimeoutMs, RETRY_DEFAULTS.attemptTimeoutMs, 'attemptTimeoutMs');
    const isRetryable = options.isRetryable ?? defaultIsRetryable;
    const sleep = options.sleep ?? realSleep;
    const random = options.random ?? Math.random;
    const now = options.now ?? Date.now;
    const started = now();
    for (let attempt = 1;; attempt += 1) {
        const remaining = deadlineMs - (now() - started);
        try {
            return await runAttempt(operation, attempt, Math.max(1, Math.min(attemptTimeoutMs, remaining)));
        }
        catch (error) {
            const verdict = isRetryable(error);
            if (verdict === false)
                throw error;
            const elapsed = now() - started;
            if (attempt >= maxAttempts)
                throw new RetryExhaustedError(attempt, elapsed, error);
            const backoff = Math.floor(random() * Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1)));
            const retryAfterMs = typeof verdict === 'object' ? verdict.retryAfterMs : undefined;
            const delayMs = retryAfterMs ?? backoff;
            if (elapsed + delayMs >= deadlineMs) {
                const note = retryAfterMs !== undefined
                    ? ` (the server asked to wait ${formatSeconds(retryAfterMs)}, beyond the ${formatSeconds(deadlineMs)} budget)`
                    : ` (the ${formatSeconds(deadlineMs)} budget is spent)`;
                throw new RetryExhaustedError(attempt, elapsed, error, note);
            }
            options.onRetry?.({ attempt, delayMs, error });
            await sleep(delayMs);
        }
    }
}
async function runAttempt(operation, attempt, timeoutMs) {
    const controller = new AbortController();
    let timer;
    const timedOut = new Promise((_, reject) => {
        timer = setTimeout(() => {
            const error = new AttemptTimeoutError(timeoutMs);
            controller.abort(error);
            reject(error);
        }, timeoutMs);
    });
    try {
        return await Promise.race([operation(attempt, controller.signal), timedOut]);
    }
    catch (error) {
        // An operation that reacts to our abort rejects with its own AbortError; report the timeout.
        if (controller.signal.aborted)
            throw controller.signal.reason;
        throw error;
    }
    finally {
        clearTimeout(timer);
    }
}
function positive(value, fallback, name) {
    if (value === undefined)
        return fallback;
    if (!Number.isFinite(value) || value <= 0)
        throw new Error(`Retry option ${name} must be a positive number, got ${value}`);
    return value;
}
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function formatSeconds(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    const seconds = ms / 1000;
    return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)}s`;
}
/** The message, plus the low-level cause of a bare "fetch failed" (e.g. UND_ERR_SOCKET: other side closed). */
function errorMessage(error) {
    if (typeof error !== 'object' || error === null)
        return String(error);
    const message = typeof error.message === 'string'
        ? error.message
        : String(error);
    const cause = error.cause;
    if (typeof cause === 'object' && cause !== null && /^fetch failed$|^terminated$/.test(message)) {
        const code = cause.code;
        const causeMessage = cause.message;
        return `${message} (${typeof code === 'string' ? `${code}: ` : ''}${typeof causeMessage === 'string' ? causeMessage : 'network error'})`;
    }
    return message;
}


/***/ }),

/***/ 1823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: failureOf

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./src/auth/mask.ts
var mask = __webpack_require__(8080);
// EXTERNAL MODULE: ./src/policy/compile.ts + 2 modules
var compile = __webpack_require__(5091);
// EXTERNAL MODULE: ./src/policy/errors.ts
var errors = __webpack_require__(4795);
// EXTERNAL MODULE: ./src/policy/dates.ts
var dates = __webpack_require__(6931);
;// CONCATENATED MODULE: ./src/policy/order.ts
const RANK = { error: 0, warning: 1, notice: 2 };
// Code-unit comparison, not localeCompare: the order must not depend on the machine's locale.
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** Severity (errors first), then app, rule, target kind, name and id, then message. */
function compareFindings(a, b) {
    return (RANK[a.severity] - RANK[b.severity] ||
        cmp(a.appId.toLowerCase(), b.appId.toLowerCase()) ||
        cmp(a.rule, b.rule) ||
        cmp(a.target.kind, b.target.kind) ||
        cmp(a.target.name, b.target.name) ||
        cmp(a.target.id, b.target.id) ||
        cmp(a.location?.file ?? '', b.location?.file ?? '') ||
        (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
        cmp(a.message, b.message));
}
function order_sortFindings(findings) {
    return findings.sort(compareFindings);
}

;// CONCATENATED MODULE: ./src/policy/exceptions.ts


const EXCEPTION_EXPIRED_RULE = 'policy-exception-expired';
function isExceptionActive(exception, now) {
    return !(0,dates/* isPastEndOfDay */.pL)(exception.expires, now);
}
/** Whether the exception is written for this finding (ignoring its expiry). */
function exceptionCovers(exception, finding, app) {
    if (exception.rule !== finding.rule)
        return false;
    const appMatches = exception.app.toLowerCase() === app.appId.toLowerCase() || exception.app === app.displayName;
    if (!appMatches)
        return false;
    if (exception.credential === undefined)
        return true;
    return (exception.credential === finding.target.name ||
        exception.credential.toLowerCase() === finding.target.id.toLowerCase());
}
/** Splits findings into those reported and those an unexpired exception suppresses. */
function applyExceptions(findings, app, exceptions, now) {
    const active = exceptions.filter((e) => isExceptionActive(e, now));
    const kept = [];
    const suppressed = [];
    for (const finding of findings) {
        const exception = active.find((e) => exceptionCovers(e, finding, app));
        if (exception)
            suppressed.push({ ...finding, exception: { reason: exception.reason, expires: exception.expires } });
        else
            kept.push(finding);
    }
    return { findings: kept, suppressed };
}
/** Findings about the policy itself: every exception that has lapsed, located at its line in the policy file. */
function policyFindings(policy, now) {
    const setting = policy.severities.get(EXCEPTION_EXPIRED_RULE) ?? 'warning';
    if (setting === 'off')
        return [];
    const findings = policy.exceptions
        .filter((e) => !isExceptionActive(e, now))
        .map((e) => {
        const scope = e.credential === undefined ? '' : ` and credential "${e.credential}"`;
        return {
            rule: EXCEPTION_EXPIRED_RULE,
            severity: setting,
            appId: e.app,
            target: { kind: 'application', id: e.app, name: e.app },
            message: `The policy exception for ${e.rule} on app "${e.app}"${scope} expired on ${e.expires} (reason: "${e.reason}"); the findings it suppressed are reported again.`,
            remediation: `Fix what the exception covered and delete it from ${e.location.file} (line ${e.location.line}), or set a new \`expires\` date if more time has been agreed.`,
            location: { file: e.location.file, line: e.location.line },
        };
    });
    return order_sortFindings(findings);
}

// EXTERNAL MODULE: ./src/policy/rules/index.ts + 16 modules
var rules = __webpack_require__(441);
;// CONCATENATED MODULE: ./src/policy/evaluate.ts



/** Evaluates one app (the streaming path: apps can be evaluated as they are read). */
function evaluateApp(app, policy, input) {
    return evaluateAppWith(rules/* RULES */.y, app, policy, input);
}
/** evaluateApp over a given rule list (the catalogue in production; tests pass their own rules). */
function evaluateAppWith(rules, app, policy, input) {
    const context = { ...input, settings: policy.settings };
    const raw = [];
    for (const rule of rules) {
        const setting = policy.severities.get(rule.id) ?? rule.defaultSeverity;
        if (setting === 'off')
            continue;
        for (const hit of rule.check(app, context)) {
            const finding = {
                rule: rule.id,
                // A rule may raise (or lower) one hit's severity; only `off` in the policy silences it.
                severity: hit.severity ?? setting,
                appId: app.appId,
                target: hit.target,
                message: hit.message,
                remediation: hit.remediation,
            };
            if (hit.location)
                finding.location = hit.location;
            raw.push(finding);
        }
    }
    const { findings, suppressed } = applyExceptions(raw, app, policy.exceptions, input.now);
    return { findings: order_sortFindings(findings), suppressed: order_sortFindings(suppressed) };
}
function evaluate(apps, policy, input) {
    const findings = [];
    const suppressed = [];
    for (const app of apps) {
        const result = evaluateApp(app, policy, input);
        findings.push(...result.findings);
        suppressed.push(...result.suppressed);
    }
    return { findings: sortFindings(findings), suppressed: sortFindings(suppressed) };
}

// EXTERNAL MODULE: ./src/policy/settings.ts
var settings = __webpack_require__(3693);
;// CONCATENATED MODULE: ./src/policy/index.ts
// The pure policy engine. File reading lives in ./file.ts, the only module here that does I/O.









// EXTERNAL MODULE: ./src/policy/types.ts
var types = __webpack_require__(3943);
;// CONCATENATED MODULE: ./src/report/format.ts
const PRODUCT_NAME = 'Entra Federation Guard';
const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
function severityRank(severity) {
    return SEVERITY_RANK[severity];
}
function plural(count, singular, pluralForm = `${singular}s`) {
    return `${count} ${count === 1 ? singular : pluralForm}`;
}
/** "3 errors, 2 warnings, 1 notice across 4 apps" (plus the apps that could not be read, if any). */
function countsSentence(summary) {
    const counts = [
        plural(summary.errors, 'error'),
        plural(summary.warnings, 'warning'),
        plural(summary.notices, 'notice'),
    ].join(', ');
    const unread = summary.appsNotEvaluated > 0 ? `; ${plural(summary.appsNotEvaluated, 'app')} NOT evaluated` : '';
    return `${counts} across ${plural(summary.appsEvaluated, 'app')}${unread}`;
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Most severe first, then by rule, app, target and location: independent of input order and locale. */
function format_compareFindings(a, b) {
    return (severityRank(a.severity) - severityRank(b.severity) ||
        compareText(a.rule, b.rule) ||
        compareText(a.appId, b.appId) ||
        compareText(a.target.kind, b.target.kind) ||
        compareText(a.target.id, b.target.id) ||
        compareText(a.location?.file ?? '', b.location?.file ?? '') ||
        (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
        compareText(a.target.name, b.target.name) ||
        compareText(a.message, b.message));
}
function compareApps(a, b) {
    return compareText(a.displayName, b.displayName) || compareText(a.appId, b.appId);
}
/**
 * Findings grouped by app, in the report's app order; findings for apps the report does not list (or with no
 * app at all, e.g. a workflow job whose client id is unknown) come last, so nothing is silently dropped.
 */
function groupByApp(report, findings) {
    const groups = new Map();
    for (const app of report.apps) {
        groups.set(app.appId, { appId: app.appId, displayName: app.displayName, findings: [] });
    }
    for (const finding of findings) {
        let group = groups.get(finding.appId);
        if (group === undefined) {
            group = { appId: finding.appId, displayName: finding.appId || 'No app registration', findings: [] };
            groups.set(finding.appId, group);
        }
        group.findings.push(finding);
    }
    return [...groups.values()];
}

;// CONCATENATED MODULE: ./src/report/model.ts
function countBySeverity(findings) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const f of findings)
        counts[f.severity] += 1;
    return counts;
}
/** The verdict follows the counts: fail with any error, warn with any warning, else pass. */
function verdictOf(counts) {
    if (counts.error > 0)
        return 'fail';
    if (counts.warning > 0)
        return 'warn';
    return 'pass';
}

;// CONCATENATED MODULE: ./src/report/build.ts



const TARGET_KINDS = [
    'application',
    'servicePrincipal',
    'secret',
    'certificate',
    'federatedCredential',
    'workflowJob',
];
/**
 * Builds the version 1 report. The verdict follows the counts only (fail with any error, warn with any
 * warning, else pass): apps that could not be read are listed in `notEvaluated` and counted in
 * `summary.appsNotEvaluated`, and it is the caller's decision how they affect the job.
 */
function buildReport(input) {
    const tool = validateTool(input.tool, 'buildReport');
    const findings = input.findings.map((f, i) => validateFinding(f, `findings[${i}]`)).sort(format_compareFindings);
    const suppressed = (input.suppressed ?? [])
        .map((f, i) => validateSuppressed(f, `suppressed[${i}]`))
        .sort(format_compareFindings);
    const apps = dedupeApps(input.apps.map((a, i) => validateApp(a, `apps[${i}]`))).sort(compareApps);
    const notEvaluated = mergeNotEvaluated(input.notEvaluated ?? []);
    const notices = [...new Set((input.notices ?? []).map((n, i) => requireString(n, `notices[${i}]`)))];
    const counts = countBySeverity(findings);
    const report = {
        version: 1,
        tool,
        verdict: verdictOf(counts),
        summary: {
            errors: counts.error,
            warnings: counts.warning,
            notices: counts.notice,
            appsEvaluated: apps.length,
            appsNotEvaluated: notEvaluated.length,
        },
        apps,
        findings,
        notEvaluated,
        suppressed,
        notices,
    };
    const scope = validateScope(input.scope);
    if (scope !== undefined)
        report.scope = scope;
    return report;
}
/**
 * Merges the reports of CLI shards (each run over part of the apps) into one. Refuses reports from different
 * tool versions, tenants or policies: their findings would not be comparable.
 */
function mergeReports(reports) {
    const first = reports[0];
    if (first === undefined)
        throw new Error('mergeReports: no reports to merge; pass at least one report.');
    reports.forEach((r, i) => {
        if (r?.version !== 1) {
            throw new Error(`mergeReports: report #${i + 1} has version ${JSON.stringify(r?.version)}; only version 1 is supported.`);
        }
        for (const list of ['apps', 'findings', 'suppressed', 'notEvaluated', 'notices']) {
            if (!Array.isArray(r[list])) {
                throw new TypeError(`mergeReports: report #${i + 1} is not a version 1 report: "${list}" must be an array.`);
            }
        }
    });
    const tool = validateTool(first.tool, 'mergeReports: report #1');
    for (const [i, r] of reports.entries()) {
        const label = `report #${i + 1}`;
        const other = validateTool(r.tool, `mergeReports: ${label}`);
        if (other.name !== tool.name || other.version !== tool.version) {
            throw new Error(`mergeReports: refusing to merge reports from different tool versions: report #1 is ${tool.name} ${tool.version}, ${label} is ${other.name} ${other.version}. Re-run all shards with the same version.`);
        }
        for (const key of ['tenant', 'policyDigest']) {
            const expected = first.scope?.[key];
            const actual = r.scope?.[key];
            if (expected !== actual) {
                const what = key === 'tenant' ? 'tenants' : 'policies (policyDigest)';
                throw new Error(`mergeReports: refusing to merge reports from different ${what}: report #1 has ${scoped(key, expected)}, ${label} has ${scoped(key, actual)}.`);
            }
        }
    }
    const scope = {};
    if (first.scope?.tenant !== undefined)
        scope.tenant = first.scope.tenant;
    if (first.scope?.policyDigest !== undefined)
        scope.policyDigest = first.scope.policyDigest;
    return buildReport({
        tool,
        apps: reports.flatMap((r) => r.apps),
        findings: dedupeExact(reports.flatMap((r) => r.findings)),
        suppressed: dedupeExact(reports.flatMap((r) => r.suppressed)),
        notEvaluated: reports.flatMap((r) => r.notEvaluated),
        notices: reports.flatMap((r) => r.notices),
        scope: Object.keys(scope).length > 0 ? scope : undefined,
    });
}
function scoped(key, value) {
    return value === undefined ? `no ${key}` : `${key} ${JSON.stringify(value)}`;
}
/** Shards may overlap (the same app in two shards): identical findings are kept once. */
function dedupeExact(findings) {
    const seen = new Set();
    return findings.filter((f) => {
        const key = JSON.stringify([
            f.rule,
            f.severity,
            f.appId,
            f.target.kind,
            f.target.id,
            f.target.name,
            f.message,
            f.remediation,
            f.location?.file ?? null,
            f.location?.line ?? null,
        ]);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
function dedupeApps(apps) {
    const byId = new Map();
    for (const app of apps)
        if (!byId.has(app.appId))
            byId.set(app.appId, app);
    return [...byId.values()];
}
/** One entry per app; two reasons for the same app are both kept. */
function mergeNotEvaluated(entries) {
    const byId = new Map();
    entries.forEach((e, i) => {
        const appId = requireString(e?.appId, `notEvaluated[${i}].appId`);
        const reason = requireString(e?.reason, `notEvaluated[${i}].reason`);
        const reasons = byId.get(appId) ?? [];
        if (!reasons.includes(reason))
            reasons.push(reason);
        byId.set(appId, reasons);
    });
    return [...byId.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([appId, reasons]) => ({ appId, reason: reasons.join('; ') }));
}
function requireString(value, path) {
    if (typeof value !== 'string') {
        throw new TypeError(`Invalid report input: ${path} must be a string, got ${describe(value)}.`);
    }
    return value;
}
function requireNonEmpty(value, path) {
    const text = requireString(value, path);
    if (text.trim() === '')
        throw new TypeError(`Invalid report input: ${path} must not be empty.`);
    return text;
}
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    return typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : typeof value;
}
function validateTool(tool, context) {
    const t = (tool ?? {});
    return {
        name: requireNonEmpty(t.name, `${context} tool.name`),
        version: requireNonEmpty(t.version, `${context} tool.version`),
    };
}
function validateApp(app, path) {
    return {
        appId: requireNonEmpty(app?.appId, `${path}.appId`),
        objectId: requireString(app?.objectId, `${path}.objectId`),
        displayName: requireString(app?.displayName, `${path}.displayName`),
    };
}
/** Copies only the fields of the contract, so nothing else (and no secret material) can ride along. */
function validateFinding(f, path) {
    if (f === null || typeof f !== 'object')
        throw new TypeError(`Invalid report input: ${path} must be an object.`);
    const rule = requireNonEmpty(f.rule, `${path}.rule`);
    if (!types/* SEVERITIES */.o.includes(f.severity)) {
        throw new TypeError(`Invalid report input: ${path} (rule ${rule}) has severity ${describe(f.severity)}; expected one of ${types/* SEVERITIES */.o.join(', ')}.`);
    }
    const target = f.target;
    if (target === null || typeof target !== 'object') {
        throw new TypeError(`Invalid report input: ${path}.target (rule ${rule}) must be an object.`);
    }
    if (!TARGET_KINDS.includes(target.kind)) {
        throw new TypeError(`Invalid report input: ${path}.target.kind (rule ${rule}) is ${describe(target.kind)}; expected one of ${TARGET_KINDS.join(', ')}.`);
    }
    const finding = {
        rule,
        severity: f.severity,
        appId: requireString(f.appId, `${path}.appId`),
        target: {
            kind: target.kind,
            id: requireString(target.id, `${path}.target.id`),
            name: requireString(target.name, `${path}.target.name`),
        },
        message: requireString(f.message, `${path}.message`),
        remediation: requireString(f.remediation, `${path}.remediation`),
    };
    if (f.location !== undefined) {
        const line = f.location?.line;
        if (!Number.isInteger(line) || line < 1) {
            throw new TypeError(`Invalid report input: ${path}.location.line must be an integer of at least 1, got ${describe(line)}.`);
        }
        finding.location = { file: requireNonEmpty(f.location.file, `${path}.location.file`), line: line };
    }
    return finding;
}
function validateSuppressed(f, path) {
    const finding = validateFinding(f, path);
    return {
        ...finding,
        exception: {
            reason: requireString(f.exception?.reason, `${path}.exception.reason`),
            expires: requireString(f.exception?.expires, `${path}.exception.expires`),
        },
    };
}
function validateScope(scope) {
    if (scope === undefined)
        return undefined;
    const out = {};
    for (const key of ['tenant', 'policyDigest', 'shard']) {
        if (scope[key] !== undefined)
            out[key] = requireString(scope[key], `scope.${key}`);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/version.ts
// Kept in step with package.json by a test; a constant so the bundle needs no JSON import.
const TOOL_NAME = 'entra-federation-guard';
const TOOL_VERSION = '0.1.0';
const TOOL_URI = 'https://github.com/entra-federation-guard/entra-federation-guard';

;// CONCATENATED MODULE: ./src/audit.ts



async function audit(inventory, options) {
    const apps = [];
    const findings = [];
    const suppressed = [];
    const notEvaluated = [];
    const seen = new Set();
    for await (const item of inventory) {
        const appId = 'app' in item ? item.app.appId : item.notEvaluated.appId;
        // Every app is counted exactly once, whatever a reader yields twice.
        if (seen.has(appId.toLowerCase()))
            continue;
        seen.add(appId.toLowerCase());
        if ('app' in item) {
            const { app } = item;
            apps.push({ appId: app.appId, objectId: app.objectId, displayName: app.displayName });
            const result = evaluateApp(app, options.policy, options.context);
            findings.push(...result.findings);
            suppressed.push(...result.suppressed);
        }
        else {
            notEvaluated.push(item.notEvaluated);
        }
        options.onProgress?.({ apps: apps.length, notEvaluated: notEvaluated.length, findings: findings.length });
    }
    findings.push(...policyFindings(options.policy, options.context.now));
    return buildReport({
        tool: { name: TOOL_NAME, version: TOOL_VERSION },
        apps,
        findings,
        suppressed,
        notEvaluated,
        notices: [...(options.notices ?? [])],
        scope: { ...options.scope, policyDigest: options.policy.digest },
    });
}

// EXTERNAL MODULE: ./src/auth/early-oidc.ts
var early_oidc = __webpack_require__(1063);
// EXTERNAL MODULE: ./src/auth/oidc.ts
var oidc = __webpack_require__(161);
// EXTERNAL MODULE: ./src/config/inputs.ts + 1 modules
var config_inputs = __webpack_require__(7652);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/workflows/yaml-tree.ts
// A small positioned tree built from the `yaml` AST: every node keeps its 1-based line, so findings can point
// at the exact line of a job, its `environment:` or a step. Workflow files are untrusted: alias bombs are
// refused by yaml's own maxAliasCount check and by a cap on the number of nodes built here.

const MAX_ALIAS_COUNT = 100;
const MAX_NODES = 200_000;
class TooLarge extends Error {
}
/** Parses one YAML document into a positioned tree; never throws. */
function parseYamlTree(text) {
    const lineCounter = new dist/* LineCounter */.HN();
    let doc;
    try {
        doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    }
    catch (error) {
        return { ok: false, line: 1, message: `YAML could not be parsed: ${messageOf(error)}` };
    }
    const first = doc.errors[0];
    if (first) {
        const line = first.linePos?.[0]?.line ?? lineCounter.linePos(first.pos[0]).line;
        return { ok: false, line, message: `invalid YAML: ${firstLine(first.message)}` };
    }
    try {
        // yaml enforces maxAliasCount only while converting to JavaScript: run it once as the bomb check.
        doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (error) {
        return { ok: false, line: 1, message: `YAML refused: ${firstLine(messageOf(error))}` };
    }
    const builder = new TreeBuilder(doc, lineCounter);
    try {
        return { ok: true, root: builder.build(doc.contents, 0) };
    }
    catch (error) {
        if (error instanceof TooLarge)
            return { ok: false, line: 1, message: error.message };
        return { ok: false, line: 1, message: `YAML could not be read: ${firstLine(messageOf(error))}` };
    }
}
class TreeBuilder {
    doc;
    lines;
    nodes = 0;
    constructor(doc, lines) {
        this.doc = doc;
        this.lines = lines;
    }
    build(node, aliasDepth) {
        this.nodes += 1;
        if (this.nodes > MAX_NODES)
            throw new TooLarge(`YAML refused: more than ${MAX_NODES} nodes`);
        if (node === null || node === undefined)
            return { kind: 'scalar', line: 1, value: null };
        const line = this.lineOf(node);
        if ((0,dist/* isAlias */.Vj)(node)) {
            if (aliasDepth > 20)
                throw new TooLarge('YAML refused: aliases nested too deeply');
            const target = node.resolve(this.doc);
            return { ...this.build(target, aliasDepth + 1), line };
        }
        if ((0,dist/* isMap */.jh)(node)) {
            const entries = [];
            for (const pair of node.items) {
                if (!(0,dist/* isPair */.tO)(pair))
                    continue;
                const keyNode = pair.key;
                const key = (0,dist/* isScalar */.jn)(keyNode) ? String(keyNode.value ?? '') : '';
                const keyLine = keyNode ? this.lineOf(keyNode) : line;
                if (key === '<<') {
                    // Merge keys: copy the merged map's entries (explicit keys win, as in YAML 1.1 merge semantics).
                    const merged = this.build(pair.value, aliasDepth + 1);
                    const sources = merged.kind === 'seq' ? merged.items : [merged];
                    for (const source of sources) {
                        if (source.kind !== 'map')
                            continue;
                        for (const entry of source.entries) {
                            if (!entries.some((e) => e.key === entry.key))
                                entries.push(entry);
                        }
                    }
                    continue;
                }
                const value = this.build(pair.value, aliasDepth);
                const existing = entries.findIndex((e) => e.key === key);
                if (existing >= 0)
                    entries.splice(existing, 1);
                entries.push({ key, keyLine, value: pair.value === null ? { ...value, line: keyLine } : value });
            }
            return { kind: 'map', line, entries };
        }
        if ((0,dist/* isSeq */.oP)(node)) {
            return { kind: 'seq', line, items: node.items.map((item) => this.build(item, aliasDepth)) };
        }
        if ((0,dist/* isScalar */.jn)(node)) {
            const value = node.value;
            return { kind: 'scalar', line, value: value === null || value === undefined ? null : String(value) };
        }
        return { kind: 'scalar', line, value: null };
    }
    lineOf(node) {
        const offset = node.range?.[0];
        return offset === undefined ? 1 : this.lines.linePos(offset).line;
    }
}
/** The entry of a map by key, if the node is a map. */
function entryOf(node, key) {
    if (node?.kind !== 'map')
        return undefined;
    return node.entries.find((e) => e.key === key);
}
function yaml_tree_valueOf(node, key) {
    return entryOf(node, key)?.value;
}
/** A scalar's text; undefined for maps, sequences and empty values. */
function textOf(node) {
    return node?.kind === 'scalar' && node.value !== null ? node.value : undefined;
}
/** A scalar or a list of scalars as a list of strings (GitHub accepts both for filters and `needs`). */
function stringList(node) {
    if (!node)
        return undefined;
    if (node.kind === 'scalar')
        return node.value === null ? [] : [node.value];
    if (node.kind === 'seq')
        return node.items.flatMap((i) => (i.kind === 'scalar' && i.value !== null ? [i.value] : []));
    return undefined;
}
/** A map of scalars (env:, with:, secrets:) as string pairs; nested values are skipped. */
function stringMap(node) {
    // No prototype: keys come from untrusted files (`__proto__` must stay an ordinary key).
    const out = Object.create(null);
    if (node?.kind !== 'map')
        return out;
    for (const entry of node.entries) {
        if (entry.value.kind === 'scalar')
            out[entry.key] = entry.value.value ?? '';
    }
    return out;
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}
function firstLine(message) {
    return message.split('\n')[0] ?? message;
}

;// CONCATENATED MODULE: ./src/workflows/parse.ts

/** Parses a workflow file; malformed files become a problem, never an exception. */
function parseWorkflow(file, text) {
    const tree = parseYamlTree(text);
    if (!tree.ok)
        return { ok: false, problem: { file, line: tree.line, message: tree.message } };
    const root = tree.root;
    if (root.kind !== 'map') {
        const what = root.kind === 'seq' ? 'a list' : root.value === null ? 'empty' : 'a single value';
        return {
            ok: false,
            problem: { file, line: root.line, message: `not a workflow: the document is ${what}, not a mapping` },
        };
    }
    const onEntry = entryOf(root, 'on');
    if (!onEntry)
        return { ok: false, problem: { file, line: 1, message: 'not a workflow: no `on:` triggers' } };
    const jobsNode = yaml_tree_valueOf(root, 'jobs');
    if (jobsNode?.kind !== 'map') {
        const line = entryOf(root, 'jobs')?.keyLine ?? 1;
        return { ok: false, problem: { file, line, message: 'not a workflow: `jobs:` is missing or not a mapping' } };
    }
    return {
        ok: true,
        workflow: {
            file,
            name: textOf(yaml_tree_valueOf(root, 'name')),
            triggers: parseTriggers(onEntry.value),
            permissions: parsePermissions(yaml_tree_valueOf(root, 'permissions')),
            env: stringMap(yaml_tree_valueOf(root, 'env')),
            callInputs: parseInputs(yaml_tree_valueOf(yaml_tree_valueOf(onEntry.value, 'workflow_call'), 'inputs')),
            dispatchInputs: parseInputs(yaml_tree_valueOf(yaml_tree_valueOf(onEntry.value, 'workflow_dispatch'), 'inputs')),
            jobs: jobsNode.entries.map((e) => parseJob(e.key, e.keyLine, e.value)),
        },
    };
}
function parseTriggers(node) {
    if (node.kind === 'scalar')
        return node.value ? [{ event: node.value, line: node.line }] : [];
    if (node.kind === 'seq') {
        return node.items.flatMap((item) => {
            if (item.kind === 'scalar' && item.value)
                return [{ event: item.value, line: item.line }];
            // A list item written as a one-key map (`- push: {branches: [main]}`) is accepted by GitHub too.
            if (item.kind === 'map')
                return item.entries.map((e) => triggerOf(e.key, e.keyLine, e.value));
            return [];
        });
    }
    return node.entries.map((e) => triggerOf(e.key, e.keyLine, e.value));
}
function triggerOf(event, line, config) {
    const trigger = { event, line };
    const branches = stringList(yaml_tree_valueOf(config, 'branches'));
    const branchesIgnore = stringList(yaml_tree_valueOf(config, 'branches-ignore'));
    const tags = stringList(yaml_tree_valueOf(config, 'tags'));
    const tagsIgnore = stringList(yaml_tree_valueOf(config, 'tags-ignore'));
    if (branches)
        trigger.branches = branches;
    if (branchesIgnore)
        trigger.branchesIgnore = branchesIgnore;
    if (tags)
        trigger.tags = tags;
    if (tagsIgnore)
        trigger.tagsIgnore = tagsIgnore;
    return trigger;
}
function parsePermissions(node) {
    if (!node)
        return undefined;
    if (node.kind === 'scalar')
        return { kind: 'all', level: node.value ?? '' };
    if (node.kind === 'map')
        return { kind: 'map', scopes: stringMap(node) };
    return { kind: 'map', scopes: {} };
}
function parseInputs(node) {
    const inputs = Object.create(null);
    if (node?.kind !== 'map')
        return inputs;
    for (const entry of node.entries) {
        const spec = {};
        const type = textOf(yaml_tree_valueOf(entry.value, 'type'));
        const options = stringList(yaml_tree_valueOf(entry.value, 'options'));
        const fallback = textOf(yaml_tree_valueOf(entry.value, 'default'));
        if (type !== undefined)
            spec.type = type;
        if (options)
            spec.options = options;
        if (fallback !== undefined)
            spec.default = fallback;
        inputs[entry.key] = spec;
    }
    return inputs;
}
function parseJob(id, line, node) {
    const job = {
        id,
        line,
        env: stringMap(yaml_tree_valueOf(node, 'env')),
        with: stringMap(yaml_tree_valueOf(node, 'with')),
        secrets: textOf(yaml_tree_valueOf(node, 'secrets')) === 'inherit' ? 'inherit' : stringMap(yaml_tree_valueOf(node, 'secrets')),
        steps: [],
    };
    const name = textOf(yaml_tree_valueOf(node, 'name'));
    if (name !== undefined)
        job.name = name;
    const uses = textOf(yaml_tree_valueOf(node, 'uses'));
    if (uses !== undefined)
        job.uses = uses.trim();
    const permissions = parsePermissions(yaml_tree_valueOf(node, 'permissions'));
    if (permissions)
        job.permissions = permissions;
    const environment = parseEnvironment(entryOf(node, 'environment'));
    if (environment)
        job.environment = environment;
    const matrix = parseMatrix(yaml_tree_valueOf(yaml_tree_valueOf(node, 'strategy'), 'matrix'));
    if (matrix)
        job.matrix = matrix;
    const steps = yaml_tree_valueOf(node, 'steps');
    if (steps?.kind === 'seq')
        job.steps = steps.items.flatMap((s) => (s.kind === 'map' ? [parseStep(s)] : []));
    return job;
}
function parseEnvironment(entry) {
    if (!entry)
        return undefined;
    const text = entry.value.kind === 'map' ? textOf(yaml_tree_valueOf(entry.value, 'name')) : textOf(entry.value);
    if (text === undefined || text.trim() === '')
        return undefined;
    return { text: text.trim(), line: entry.keyLine };
}
function parseMatrix(node) {
    if (!node)
        return undefined;
    const matrix = {
        line: node.line,
        axes: Object.create(null),
        include: [],
        dynamic: false,
    };
    if (node.kind !== 'map') {
        matrix.dynamic = true;
        return matrix;
    }
    for (const entry of node.entries) {
        if (entry.key === 'include') {
            if (entry.value.kind === 'seq') {
                matrix.include = entry.value.items.flatMap((i) => (i.kind === 'map' ? [stringMap(i)] : []));
            }
            else
                matrix.dynamic = true;
            continue;
        }
        if (entry.key === 'exclude')
            continue;
        const values = entry.value.kind === 'seq' ? scalarItems(entry.value.items) : undefined;
        if (values)
            matrix.axes[entry.key] = values;
        else
            matrix.dynamic = true;
    }
    return matrix;
}
function scalarItems(items) {
    const out = [];
    for (const item of items) {
        if (item.kind !== 'scalar')
            return undefined;
        out.push(item.value ?? '');
    }
    return out;
}
function parseStep(node) {
    const step = {
        line: node.line,
        with: stringMap(yaml_tree_valueOf(node, 'with')),
        env: stringMap(yaml_tree_valueOf(node, 'env')),
    };
    const name = textOf(yaml_tree_valueOf(node, 'name'));
    const uses = textOf(yaml_tree_valueOf(node, 'uses'));
    const run = textOf(yaml_tree_valueOf(node, 'run'));
    if (name !== undefined)
        step.name = name;
    if (uses !== undefined)
        step.uses = uses.trim();
    if (run !== undefined)
        step.run = run;
    return step;
}

// EXTERNAL MODULE: ./src/matching/subject.ts + 2 modules
var subject = __webpack_require__(4807);
;// CONCATENATED MODULE: ./src/workflows/triggers.ts
const GLOB = /[*?+[\]!]/;
/** Events that run on the default branch's latest commit (GitHub docs, "Events that trigger workflows"). */
const DEFAULT_BRANCH_EVENTS = new Set([
    'schedule',
    'repository_dispatch',
    'workflow_run',
    'issues',
    'issue_comment',
    'label',
    'milestone',
    'discussion',
    'discussion_comment',
    'project',
    'project_card',
    'project_column',
    'page_build',
    'public',
    'watch',
    'fork',
    'gollum',
    'member',
    'branch_protection_rule',
    'check_run',
    'check_suite',
    'status',
    'registry_package',
    'create',
    'delete',
]);
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_review', 'pull_request_review_comment']);
function refVariants(trigger, defaultBranch, defaultAssumed) {
    const event = trigger.event;
    const onDefault = (reason) => ({
        event,
        ref: `refs/heads/${defaultBranch}`,
        kind: 'exact',
        reason: defaultAssumed ? `${reason}; default branch assumed to be ${defaultBranch}` : reason,
    });
    if (event === 'push')
        return pushVariants(trigger, onDefault);
    if (PULL_REQUEST_EVENTS.has(event)) {
        return [
            {
                event,
                ref: 'refs/pull/*/merge',
                kind: 'pattern',
                reason: 'the ref names the pull request number',
                exampleRefs: ['refs/pull/1/merge', 'refs/pull/2/merge'],
            },
        ];
    }
    if (event === 'pull_request_target') {
        if (trigger.branches && trigger.branches.length > 0) {
            return filterVariants(event, 'refs/heads/', trigger.branches);
        }
        return [
            onDefault('pull_request_target runs on the base branch of the pull request'),
            glob(event, 'refs/heads/*', 'pull requests into any other branch'),
        ];
    }
    if (event === 'workflow_dispatch') {
        return [
            onDefault('workflow_dispatch runs on the default branch unless another branch is chosen'),
            glob(event, 'refs/heads/*', 'workflow_dispatch can be run on any branch'),
        ];
    }
    if (event === 'release')
        return [glob(event, 'refs/tags/*', 'release runs on the tag of the release')];
    if (event === 'merge_group') {
        return [glob(event, 'refs/heads/gh-readonly-queue/*', 'merge queue branches are named after each pull request')];
    }
    if (event === 'deployment' || event === 'deployment_status') {
        return [glob(event, 'refs/heads/*', `${event} runs on the ref being deployed`)];
    }
    if (event === 'workflow_call')
        return [];
    if (DEFAULT_BRANCH_EVENTS.has(event))
        return [onDefault(`${event} runs on the default branch`)];
    return [onDefault(`${event} is assumed to run on the default branch`)];
}
function pushVariants(trigger, onDefault) {
    const hasBranchFilter = trigger.branches !== undefined || trigger.branchesIgnore !== undefined;
    const hasTagFilter = trigger.tags !== undefined || trigger.tagsIgnore !== undefined;
    if (!hasBranchFilter && !hasTagFilter) {
        return [
            onDefault('push to the default branch'),
            glob('push', 'refs/heads/*', 'push runs for any branch (no branches filter)'),
            glob('push', 'refs/tags/*', 'push runs for any tag (no tags filter)'),
        ];
    }
    const variants = [];
    if (trigger.branches)
        variants.push(...filterVariants('push', 'refs/heads/', trigger.branches));
    else if (trigger.branchesIgnore) {
        variants.push(glob('push', 'refs/heads/*', `push to any branch except ${trigger.branchesIgnore.join(', ')}`));
    }
    if (trigger.tags)
        variants.push(...filterVariants('push', 'refs/tags/', trigger.tags));
    else if (trigger.tagsIgnore) {
        variants.push(glob('push', 'refs/tags/*', `push of any tag except ${trigger.tagsIgnore.join(', ')}`));
    }
    return variants;
}
function filterVariants(event, prefix, filters) {
    const what = prefix === 'refs/tags/' ? 'tags' : 'branches';
    const variants = [];
    for (const raw of filters) {
        const filter = raw.trim();
        // Negated entries only narrow what the positive ones select.
        if (filter === '' || filter.startsWith('!'))
            continue;
        if (GLOB.test(filter))
            variants.push(glob(event, prefix + filter, `${event} for ${what} matching ${filter}`));
        else
            variants.push({ event, ref: prefix + filter, kind: 'exact' });
    }
    return variants;
}
function glob(event, ref, reason) {
    return { event, ref, kind: 'pattern', reason, exampleRefs: exampleRefs(ref) };
}
/** Two different concrete refs a glob matches (GitHub filter syntax: *, **, ?, +, [..]). */
function exampleRefs(pattern) {
    return [instantiate(pattern, 'example', 'example/nested'), instantiate(pattern, 'other', 'other')];
}
function instantiate(pattern, single, deep) {
    return pattern
        .split('**')
        .map((part) => part.replace(/\*/g, single))
        .join(deep)
        .replace(/\?/g, 'x')
        .replace(/\[([^\]]*)\]/g, (_, set) => (set.replace(/^!/, '')[0] ?? 'x').replace('-', 'x'))
        .replace(/\+/g, '');
}

;// CONCATENATED MODULE: ./src/workflows/predict.ts
// Pure: the `sub` GitHub will mint for a job, per trigger, exactly as `formatSubject` builds it.


/** Claims that change from run to run: a custom template that includes one cannot be predicted. */
const PER_RUN_CLAIMS = new Set([
    'actor',
    'actor_id',
    'run_id',
    'run_number',
    'run_attempt',
    'sha',
    'head_ref',
    'job_workflow_sha',
    'workflow_sha',
    'check_run_id',
    'environment_node_id',
]);
const ENV_PROBES = ['probe-environment-a', 'probe-environment-b'];
function predictSubjects(request) {
    const { repository } = request;
    const defaultBranch = repository.defaultBranch ?? 'main';
    const assumed = repository.defaultBranch === undefined;
    const perRun = (repository.subjectFormat.claimKeys ?? []).filter((k) => PER_RUN_CLAIMS.has(k));
    const out = [];
    for (const trigger of request.triggers) {
        if (trigger.event === 'workflow_call') {
            out.push({
                subject: `<subject of the calling job>`,
                kind: 'unresolved',
                trigger: trigger.event,
                reason: "this workflow only runs when another workflow calls it (possibly from another repository); the token carries the caller's repository, ref and event",
            });
            continue;
        }
        for (const variant of refVariants(trigger, defaultBranch, assumed)) {
            for (const subject of subjectsFor(request, variant, perRun))
                out.push(subject);
        }
    }
    return dedupe(out);
}
function subjectsFor(request, variant, perRun) {
    const env = request.environment;
    if (perRun.length > 0) {
        const placeholders = Object.fromEntries(perRun.map((k) => [k, `<${k}>`]));
        const subject = render(request, variant.ref, variant.event, env.kind === 'names' ? env.names[0] : undefined, placeholders);
        return [
            unresolved(variant, subject.ok ? subject.value : `${variant.event} on ${variant.ref}`, `the subject template includes ${perRun.map((k) => `'${k}'`).join(', ')}, which changes from run to run`, jobWorkflowRef(request, variant.ref)),
        ];
    }
    if (env.kind === 'unresolved') {
        // The environment only matters when the format puts it in the subject.
        const probes = ENV_PROBES.map((name) => render(request, variant.ref, variant.event, name));
        const independent = probes.every((p) => p.ok) && probes[0]?.value === probes[1]?.value;
        if (!independent) {
            const shown = render(request, variant.ref, variant.event, `<${env.expression}>`);
            return [
                unresolved(variant, shown.ok ? shown.value : env.expression, env.reason, jobWorkflowRef(request, variant.ref)),
            ];
        }
        return [forEnvironment(request, variant, undefined)];
    }
    const names = env.kind === 'names' ? env.names : [undefined];
    return names.map((name) => forEnvironment(request, variant, name));
}
function forEnvironment(request, variant, environment) {
    const main = render(request, variant.ref, variant.event, environment);
    const ref = jobWorkflowRef(request, variant.ref);
    if (!main.ok)
        return unresolved(variant, `${variant.event} on ${variant.ref}`, main.error, ref);
    // A reason about the ref only helps when the ref shows in the subject.
    const refShows = main.value.includes(variant.ref.replaceAll(':', '%3A'));
    if (variant.kind === 'exact') {
        const exact = { subject: main.value, kind: 'exact', trigger: variant.event, jobWorkflowRef: ref };
        return withReason(exact, refShows ? variant.reason : undefined);
    }
    const examples = (variant.exampleRefs ?? []).map((exampleRef) => {
        const rendered = render(request, exampleRef, variant.event, environment);
        return { subject: rendered.ok ? rendered.value : '', jobWorkflowRef: jobWorkflowRef(request, exampleRef) };
    });
    const subjectIndependent = examples.every((e) => e.subject === main.value);
    if (subjectIndependent) {
        // e.g. pull_request (`:pull_request`) or any ref when an environment is named: one literal subject.
        return { subject: main.value, kind: 'exact', trigger: variant.event, jobWorkflowRef: ref };
    }
    const predicted = {
        subject: main.value,
        kind: 'pattern',
        trigger: variant.event,
        jobWorkflowRef: ref,
        examples,
    };
    return withReason(predicted, `${variant.reason ?? 'the ref varies'}; only a flexible credential can match every run`);
}
function render(request, ref, event, environment, extra = {}) {
    try {
        const claims = { ...claimsFor(request, ref, event, environment), ...extra };
        return { ok: true, value: (0,subject/* formatSubject */.QK)(claims, request.repository.subjectFormat) };
    }
    catch (error) {
        if (error instanceof subject/* SubjectFormatError */.aF)
            return { ok: false, error: error.message };
        throw error;
    }
}
/** The claims GitHub puts in the token that are the same for every run with this ref and event. */
function claimsFor(request, ref, event, environment) {
    const { repository } = request;
    const full = `${repository.owner}/${repository.name}`;
    const claims = {
        repository: full,
        repository_owner: repository.owner,
        event_name: event,
        ref,
        ref_type: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
        workflow: request.workflowName ?? request.workflowPath,
        workflow_ref: `${full}/${request.workflowPath}@${ref}`,
        job_workflow_ref: jobWorkflowRef(request, ref),
    };
    if (repository.repoId !== undefined)
        claims.repository_id = repository.repoId;
    if (repository.ownerId !== undefined)
        claims.repository_owner_id = repository.ownerId;
    if (repository.visibility !== undefined)
        claims.repository_visibility = repository.visibility;
    if (environment !== undefined)
        claims.environment = environment;
    if (event === 'push' || event === 'workflow_dispatch' || event === 'schedule')
        claims.base_ref = '';
    return claims;
}
function jobWorkflowRef(request, ref) {
    return `${request.repository.owner}/${request.repository.name}/${request.jobWorkflowPath}@${ref}`;
}
function unresolved(variant, subject, reason, ref) {
    return { subject, kind: 'unresolved', trigger: variant.event, reason, jobWorkflowRef: ref };
}
function withReason(subject, reason) {
    if (reason !== undefined)
        subject.reason = reason;
    return subject;
}
/** One entry per distinct subject; the triggers that produce it are joined. */
function dedupe(subjects) {
    const byKey = new Map();
    for (const s of subjects) {
        const key = `${s.kind}\u0000${s.subject}`;
        const existing = byKey.get(key);
        if (!existing) {
            byKey.set(key, { ...s });
            continue;
        }
        const triggers = existing.trigger.split(', ');
        if (!triggers.includes(s.trigger))
            existing.trigger = [...triggers, s.trigger].join(', ');
    }
    return [...byKey.values()];
}

;// CONCATENATED MODULE: ./src/workflows/scope.ts
const MAX_CANDIDATES = 64;
const MAX_DEPTH = 12;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const WHOLE_EXPRESSION = /^\$\{\{\s*([\s\S]*?)\s*\}\}$/;
/** The environment variables visible to a step: workflow, then job, then step (later wins). */
function envOf(scope, step) {
    return Object.assign(Object.create(null), scope.workflow.env, scope.job.env, step?.env);
}
/**
 * Follows a value that is a single reference (`${{ env.X }}`, `${{ inputs.x }}`, `${{ secrets.X }}`, `$X`)
 * through env blocks and calling workflows until it is a literal or a reference that only the run can
 * resolve. Returns the text in the outermost workflow's terms.
 */
function followReference(text, scope, step, depth = 0) {
    const trimmed = unquote(text.trim());
    if (depth > MAX_DEPTH)
        return trimmed;
    const shellVariable = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|(?:env:|Env:|ENV:)?([A-Za-z_][A-Za-z0-9_]*))$/.exec(trimmed);
    if (shellVariable) {
        const name = shellVariable[1] ?? shellVariable[2] ?? '';
        const value = envOf(scope, step)[name];
        return value === undefined ? trimmed : followReference(value, scope, step, depth + 1);
    }
    const path = referencePath(trimmed);
    if (!path)
        return trimmed;
    if (path.root === 'env') {
        const value = envOf(scope, step)[path.name];
        return value === undefined ? trimmed : followReference(value, scope, step, depth + 1);
    }
    if (path.root === 'inputs') {
        const caller = scope.caller;
        const passed = caller?.with[path.name];
        if (caller && passed !== undefined)
            return followReference(passed, caller.scope, undefined, depth + 1);
        const fallback = scope.workflow.callInputs[path.name]?.default;
        if (caller && fallback !== undefined)
            return fallback;
        return trimmed;
    }
    if (path.root === 'secrets' && scope.caller) {
        const { secrets, scope: outer } = scope.caller;
        if (secrets === 'inherit')
            return followReference(trimmed, outer, undefined, depth + 1);
        const passed = secrets[path.name];
        return passed === undefined ? trimmed : followReference(passed, outer, undefined, depth + 1);
    }
    return trimmed;
}
/** Classifies a client id as written (after following references) into where its value comes from. */
function classifyClientId(text) {
    const value = text.trim();
    if (GUID.test(value))
        return { source: 'literal', value, resolved: value.toLowerCase() };
    const path = referencePath(value);
    if (path?.root === 'vars')
        return { source: 'vars', value: `vars.${path.name}` };
    if (path?.root === 'secrets')
        return { source: 'secrets', value: `secrets.${path.name}` };
    if (path?.root === 'inputs')
        return { source: 'input', value: `inputs.${path.name}` };
    const inner = WHOLE_EXPRESSION.exec(value)?.[1];
    return { source: 'expression', value: inner ?? value };
}
/** Every value a text with embedded expressions can take, or why that cannot be known before the run. */
function candidatesOf(text, scope, depth = 0) {
    if (depth > MAX_DEPTH)
        return { ok: false, reason: `\`${text}\` refers to itself through too many levels` };
    let results = [''];
    let rest = text;
    while (rest.length > 0) {
        const start = rest.indexOf('${{');
        if (start < 0) {
            results = results.map((r) => r + rest);
            break;
        }
        const end = rest.indexOf('}}', start + 3);
        if (end < 0)
            return { ok: false, reason: `\`${text}\` has an unterminated expression` };
        const literal = rest.slice(0, start);
        const expression = rest.slice(start + 3, end).trim();
        const values = expressionCandidates(expression, scope, depth);
        if (!values.ok)
            return values;
        const next = [];
        for (const prefix of results)
            for (const value of values.values)
                next.push(prefix + literal + value);
        if (next.length > MAX_CANDIDATES) {
            return { ok: false, reason: `\`${text}\` can take more than ${MAX_CANDIDATES} values` };
        }
        results = next;
        rest = rest.slice(end + 2);
    }
    return { ok: true, values: [...new Set(results)] };
}
function expressionCandidates(expression, scope, depth) {
    const alternatives = splitTopLevel(expression, '||');
    if (alternatives.length > 1) {
        const values = [];
        for (const alternative of alternatives) {
            const result = expressionCandidates(alternative, scope, depth + 1);
            if (!result.ok)
                return result;
            values.push(...result.values.filter((v) => v !== ''));
        }
        return { ok: true, values: [...new Set(values)] };
    }
    const literal = /^'((?:[^']|'')*)'$/.exec(expression);
    if (literal)
        return { ok: true, values: [(literal[1] ?? '').replace(/''/g, "'")] };
    const path = referencePath(`\${{ ${expression} }}`);
    if (!path)
        return { ok: false, reason: `\`\${{ ${expression} }}\` is only known when the workflow runs` };
    switch (path.root) {
        case 'inputs':
            return inputCandidates(path.name, scope, depth);
        case 'matrix':
            return matrixCandidates(path.name, scope);
        case 'env': {
            const value = envOf(scope)[path.name];
            if (value === undefined)
                return { ok: false, reason: `env.${path.name} is not set in the workflow` };
            return candidatesOf(value, scope, depth + 1);
        }
        case 'vars':
            return { ok: false, reason: `vars.${path.name} is a repository variable, not visible in the workflow file` };
        case 'secrets':
            return { ok: false, reason: `secrets.${path.name} is a secret` };
    }
}
function inputCandidates(name, scope, depth) {
    const caller = scope.caller;
    if (caller) {
        const passed = caller.with[name];
        if (passed !== undefined)
            return candidatesOf(passed, caller.scope, depth + 1);
        const fallback = scope.workflow.callInputs[name]?.default;
        if (fallback !== undefined)
            return { ok: true, values: [fallback] };
        return { ok: false, reason: `input ${name} is not passed by the calling job ${caller.scope.job.id}` };
    }
    const dispatch = scope.workflow.dispatchInputs[name];
    if (dispatch) {
        if (dispatch.type === 'choice' && dispatch.options && dispatch.options.length > 0) {
            return { ok: true, values: dispatch.options };
        }
        if (dispatch.type === 'boolean')
            return { ok: true, values: ['true', 'false'] };
        if (dispatch.type === 'environment') {
            return {
                ok: false,
                reason: `input ${name} (type environment) lets whoever runs the workflow pick any environment`,
            };
        }
        return { ok: false, reason: `input ${name} is free text chosen by whoever runs the workflow` };
    }
    if (scope.workflow.callInputs[name]) {
        return { ok: false, reason: `input ${name} is given by a calling workflow that was not analysed` };
    }
    return { ok: false, reason: `input ${name} is not declared by the workflow` };
}
function matrixCandidates(name, scope) {
    const matrix = scope.job.matrix;
    if (!matrix)
        return { ok: false, reason: `job ${scope.job.id} has no matrix, so matrix.${name} is empty` };
    const values = [...(matrix.axes[name] ?? [])];
    for (const entry of matrix.include) {
        const value = entry[name];
        if (value !== undefined)
            values.push(value);
    }
    if (values.length === 0 || (matrix.dynamic && !(name in matrix.axes))) {
        return { ok: false, reason: `matrix.${name} is computed when the workflow runs` };
    }
    return { ok: true, values: [...new Set(values)] };
}
/** `${{ inputs.x }}`, `${{ github.event.inputs.x }}`, `${{ inputs['x'] }}`, `${{ secrets.X }}` … → root and name. */
function referencePath(text) {
    const inner = WHOLE_EXPRESSION.exec(text.trim())?.[1];
    if (inner === undefined)
        return undefined;
    const match = /^(github\.event\.inputs|inputs|matrix|env|vars|secrets)(?:\.([A-Za-z0-9_-]+)|\[\s*'([^']+)'\s*\])$/.exec(inner);
    if (!match)
        return undefined;
    const root = (match[1] === 'github.event.inputs' ? 'inputs' : match[1]);
    return { root, name: match[2] ?? match[3] ?? '' };
}
function splitTopLevel(expression, operator) {
    const parts = [];
    let depth = 0;
    let quoted = false;
    let current = '';
    for (let i = 0; i < expression.length; i += 1) {
        const ch = expression[i] ?? '';
        if (ch === "'")
            quoted = !quoted;
        if (!quoted && ch === '(')
            depth += 1;
        if (!quoted && ch === ')')
            depth -= 1;
        if (!quoted && depth === 0 && expression.startsWith(operator, i)) {
            parts.push(current.trim());
            current = '';
            i += operator.length - 1;
            continue;
        }
        current += ch;
    }
    parts.push(current.trim());
    return parts;
}
function unquote(text) {
    if (text.length >= 2 && (text[0] === '"' || text[0] === "'") && text[text.length - 1] === text[0]) {
        return text.slice(1, -1);
    }
    return text;
}

;// CONCATENATED MODULE: ./src/workflows/signin.ts

const AZURE_LOGIN = /^azure\/login@/i;
const THIS_ACTION = /^[^/\s]+\/entra-federation-guard(?:\/[^@]*)?@/i;
const LOCAL_ROOT_ACTION = /^\.\/?$/;
const CLIENT_ID_INPUTS = ['client-id', 'client_id', 'clientId', 'clientid'];
/** Whether a permissions block grants `id-token: write`; undefined when no block is given. */
function grantsIdToken(spec) {
    if (!spec)
        return undefined;
    if (spec.kind === 'all')
        return spec.level.trim() === 'write-all';
    return (spec.scopes['id-token'] ?? '').trim() === 'write';
}
/** Every way the job in `scope` signs in to Azure, in step order. */
function detectSignIns(scope, idTokenWrite) {
    const found = [];
    for (const step of scope.job.steps) {
        const fromAction = step.uses ? actionSignIn(step, scope) : undefined;
        if (fromAction)
            found.push(fromAction);
        if (step.run)
            found.push(...commandSignIns(step, scope));
    }
    const fromEnvironment = environmentSignIn(scope, idTokenWrite);
    if (fromEnvironment)
        found.push(fromEnvironment);
    if (idTokenWrite) {
        // Other actions taking a client id (composite actions, in-house OIDC helpers) almost certainly federate.
        for (const step of scope.job.steps) {
            const generic = genericActionSignIn(step, scope);
            if (!generic)
                continue;
            const known = found.some((s) => s.clientId && generic.clientId && s.clientId.value === generic.clientId.value);
            if (!known)
                found.push(generic);
        }
    }
    return found;
}
function actionSignIn(step, scope) {
    const uses = step.uses ?? '';
    let method;
    if (AZURE_LOGIN.test(uses))
        method = 'azure/login';
    else if (THIS_ACTION.test(uses) || LOCAL_ROOT_ACTION.test(uses))
        method = uses.startsWith('.') ? `${uses} (this action)` : 'entra-federation-guard';
    else
        return undefined;
    const clientIdText = step.with['client-id'];
    const creds = step.with['creds'];
    if (clientIdText !== undefined && clientIdText.trim() !== '') {
        return {
            method,
            line: step.line,
            clientId: classifyClientId(followReference(clientIdText, scope, step)),
            federated: true,
        };
    }
    if (creds !== undefined && creds.trim() !== '') {
        const inline = /"clientId"\s*:\s*"([^"]*)"/.exec(creds);
        if (inline && !/clientSecret/.test(creds)) {
            const clientId = classifyClientId(followReference(inline[1] ?? '', scope, step));
            return { method: `${method} (creds without a secret)`, line: step.line, clientId, federated: true };
        }
        const signIn = { method: `${method} (creds: client secret)`, line: step.line, federated: false };
        if (inline)
            signIn.clientId = classifyClientId(followReference(inline[1] ?? '', scope, step));
        return signIn;
    }
    // azure/login without client-id reads AZURE_CLIENT_ID from the environment.
    const fromEnv = envOf(scope, step)['AZURE_CLIENT_ID'];
    const signIn = { method, line: step.line, federated: true };
    if (fromEnv !== undefined)
        signIn.clientId = classifyClientId(followReference(fromEnv, scope, step));
    return signIn;
}
function genericActionSignIn(step, scope) {
    const uses = step.uses;
    if (!uses || AZURE_LOGIN.test(uses) || THIS_ACTION.test(uses) || LOCAL_ROOT_ACTION.test(uses))
        return undefined;
    const input = CLIENT_ID_INPUTS.find((name) => step.with[name] !== undefined && step.with[name]?.trim() !== '');
    if (!input)
        return undefined;
    const text = step.with[input] ?? '';
    return {
        method: `${uses} (${input} input)`,
        line: step.line,
        clientId: classifyClientId(followReference(text, scope, step)),
        federated: true,
    };
}
/** Joins shell line continuations (`\`, PowerShell backtick, cmd `^`) so one command is one line. */
function logicalLines(script) {
    return script
        .replace(/[\\`^][ \t]*\r?\n/g, ' ')
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'));
}
function commandSignIns(step, scope) {
    const found = [];
    for (const line of logicalLines(step.run ?? '')) {
        let method;
        let clientIdText;
        if (/\baz\s+login\b/.test(line) && /\s--federated-token\b/.test(line)) {
            method = 'az login --federated-token';
            clientIdText = optionValue(line, ['--username', '-u']);
        }
        else if (/\bConnect-AzAccount\b/i.test(line) && /\s-FederatedToken\b/i.test(line)) {
            method = 'Connect-AzAccount -FederatedToken';
            clientIdText = optionValue(line, ['-ApplicationId'], true);
        }
        else if (/\bazd\s+auth\s+login\b/.test(line) && /--federated-credential-provider[\s=]+["']?github\b/.test(line)) {
            method = 'azd auth login --federated-credential-provider github';
            clientIdText = optionValue(line, ['--client-id']) ?? envOf(scope, step)['AZURE_CLIENT_ID'];
        }
        if (!method)
            continue;
        const signIn = { method, line: step.line, federated: true };
        if (clientIdText !== undefined)
            signIn.clientId = classifyClientId(followReference(clientIdText, scope, step));
        found.push(signIn);
    }
    return found;
}
/** The value after a command-line option (`--opt value`, `--opt=value`, quoted, or a `${{ … }}` expression). */
function optionValue(line, names, ignoreCase = false) {
    for (const name of names) {
        const escaped = name.replace(/[-]/g, '\\-');
        const pattern = new RegExp(`(?:^|\\s)${escaped}(?:=|\\s+)(\\$\\{\\{[^}]*\\}\\}|"[^"]*"|'[^']*'|\\S+)`, ignoreCase ? 'i' : '');
        const match = pattern.exec(line);
        if (match?.[1] !== undefined)
            return match[1];
    }
    return undefined;
}
const TERRAFORM_COMMAND = /\bterraform\s+(?:-\S+\s+)*(?:init|plan|apply|destroy|import|refresh|output|state)\b/;
/** Terraform's azurerm provider/backend federating through ARM_* (or AZURE_*) environment variables. */
function environmentSignIn(scope, idTokenWrite) {
    const candidates = [];
    const jobEnv = envOf(scope);
    const jobRunsTerraform = scope.job.steps.some((s) => TERRAFORM_COMMAND.test(s.run ?? ''));
    candidates.push({ env: jobEnv, line: scope.job.line, runsTerraform: jobRunsTerraform });
    for (const step of scope.job.steps) {
        if (Object.keys(step.env).length === 0)
            continue;
        candidates.push({
            env: envOf(scope, step),
            line: step.line,
            runsTerraform: TERRAFORM_COMMAND.test(step.run ?? ''),
        });
    }
    for (const { env, line, runsTerraform } of candidates) {
        const clientIdText = env['ARM_CLIENT_ID'] ?? env['AZURE_CLIENT_ID'];
        if (clientIdText === undefined || clientIdText.trim() === '')
            continue;
        const useOidc = (env['ARM_USE_OIDC'] ?? '').trim().toLowerCase() === 'true';
        const clientId = classifyClientId(followReference(clientIdText, scope));
        if (useOidc)
            return { method: 'Terraform (ARM_USE_OIDC)', line, clientId, federated: true };
        const otherCredential = ['ARM_CLIENT_SECRET', 'ARM_CLIENT_CERTIFICATE_PATH', 'ARM_USE_MSI', 'ARM_USE_CLI'].some((k) => env[k] !== undefined && env[k]?.trim() !== '' && env[k]?.trim().toLowerCase() !== 'false');
        if (env['ARM_CLIENT_ID'] !== undefined && runsTerraform && idTokenWrite && !otherCredential) {
            return {
                method: 'Terraform (ARM_CLIENT_ID with id-token: write; use_oidc in the provider)',
                line,
                clientId,
                federated: true,
            };
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/workflows/analyse.ts




const MAX_WORKFLOW_BYTES = 1024 * 1024;
/** GitHub allows up to ten levels of nested reusable workflows (top level included). */
const MAX_CALL_DEPTH = 10;
function analyseWorkflows(files, repository, options = {}) {
    const problems = [];
    const workflows = new Map();
    for (const file of [...files].sort((a, b) => compare(a.path, b.path))) {
        const path = normalisePath(file.path);
        if (Buffer.byteLength(file.text, 'utf8') > MAX_WORKFLOW_BYTES) {
            problems.push({ file: path, line: 1, message: `skipped: larger than ${MAX_WORKFLOW_BYTES} bytes` });
            continue;
        }
        const parsed = parseWorkflow(path, file.text);
        if (parsed.ok)
            workflows.set(path, parsed.workflow);
        else
            problems.push(parsed.problem);
    }
    const analyser = new Analyser(workflows, repository, problems);
    for (const workflow of workflows.values())
        analyser.analyseRoot(workflow);
    const analysis = { repository, jobs: analyser.jobs, problems };
    if (options.actionClientId)
        analysis.actionClientId = options.actionClientId;
    return analysis;
}
class Analyser {
    workflows;
    repository;
    problems;
    jobs = [];
    calledLocally = new Set();
    constructor(workflows, repository, problems) {
        this.workflows = workflows;
        this.repository = repository;
        this.problems = problems;
        // Everything reachable through local calls from a workflow with triggers of its own.
        const pending = [...workflows.values()].filter(hasOwnTriggers);
        const visited = new Set();
        while (pending.length > 0) {
            const workflow = pending.pop();
            if (visited.has(workflow.file))
                continue;
            visited.add(workflow.file);
            for (const job of workflow.jobs) {
                const target = job.uses ? localTarget(job.uses) : undefined;
                if (!target || target === workflow.file)
                    continue;
                this.calledLocally.add(target);
                const callee = workflows.get(target);
                if (callee)
                    pending.push(callee);
            }
        }
    }
    analyseRoot(workflow) {
        const own = workflow.triggers.filter((t) => t.event !== 'workflow_call');
        if (own.length > 0) {
            this.analyseJobs(workflow, { workflow, triggers: own }, undefined, []);
            return;
        }
        const call = workflow.triggers.find((t) => t.event === 'workflow_call');
        // A workflow only other workflows call: analysed through its callers when they are here; otherwise
        // (called from another repository, or from a file not given) its subjects depend on an unknown caller.
        if (call && !this.calledLocally.has(workflow.file)) {
            this.analyseJobs(workflow, { workflow, triggers: [call] }, undefined, []);
        }
    }
    analyseJobs(workflow, root, caller, frames) {
        for (const job of workflow.jobs) {
            const scope = { workflow, job };
            if (caller)
                scope.caller = { scope: caller.scope, with: caller.with, secrets: caller.secrets };
            const idTokenWrite = effectiveIdToken(workflow, job, caller?.idToken);
            if (caller && !caller.idToken && grantsIdToken(job.permissions) === true) {
                this.problems.push({
                    file: workflow.file,
                    line: job.line,
                    message: `job ${job.id} requests id-token: write, but its caller ${caller.scope.workflow.file} (job ${caller.scope.job.id}) does not grant it: GitHub refuses to start the run`,
                });
            }
            if (job.uses)
                this.analyseCall(scope, root, idTokenWrite, frames);
            else
                this.analyseSteps(scope, root, idTokenWrite, frames);
        }
    }
    analyseCall(scope, root, idTokenWrite, frames) {
        const { job, workflow } = scope;
        const uses = job.uses ?? '';
        const target = localTarget(uses);
        const frame = { file: workflow.file, job: job.id, line: job.line };
        if (target) {
            const callee = this.workflows.get(target);
            if (callee &&
                frames.length + 1 < MAX_CALL_DEPTH &&
                !frames.some((f) => f.file === target) &&
                target !== workflow.file) {
                const secrets = job.secrets;
                this.analyseJobs(callee, root, { scope, with: job.with, secrets, idToken: idTokenWrite }, [...frames, frame]);
                return;
            }
            const why = callee ? 'calls nest too deeply or call themselves' : 'the file was not found';
            this.problems.push({
                file: workflow.file,
                line: job.line,
                message: `job ${job.id} calls ${uses}, which was not analysed: ${why}`,
            });
            // Listed (it may request a token) but not counted as signing in: the repository does not hold what it runs.
            if (idTokenWrite)
                this.recordUnreadCall(scope, root, frames, `${uses} (not analysed: ${why})`, false);
            return;
        }
        if (idTokenWrite)
            this.recordUnreadCall(scope, root, frames, `${uses} (in another repository, not analysed)`, true);
    }
    /** A call whose jobs cannot be read: it may sign in, with subjects nobody can predict from here. */
    recordUnreadCall(scope, root, frames, what, signsIn) {
        const { job, workflow } = scope;
        const entry = {
            file: workflow.file,
            job: jobName(frames, job.id),
            line: job.line,
            signsIn,
            signInMethod: `reusable workflow ${what}`,
            idTokenWrite: true,
            triggers: root.triggers.map((t) => t.event),
            subjects: [
                {
                    subject: `repo:${this.repository.owner}/${this.repository.name}:<set by ${job.uses ?? 'the called workflow'}>`,
                    kind: 'unresolved',
                    trigger: root.triggers.map((t) => t.event).join(', '),
                    reason: 'the called workflow cannot be read, so its environments and sign-ins are unknown',
                },
            ],
        };
        const clientIdText = Object.entries(job.with).find(([k]) => /client[-_]?id/i.test(k))?.[1];
        const clientSecret = job.secrets === 'inherit' ? undefined : Object.entries(job.secrets).find(([k]) => /client[-_]?id/i.test(k))?.[1];
        const text = clientIdText ?? clientSecret;
        if (text !== undefined)
            entry.clientId = classifyClientId(followReference(text, scope));
        if (frames.length > 0)
            entry.callers = [...frames];
        this.jobs.push(entry);
    }
    analyseSteps(scope, root, idTokenWrite, frames) {
        const { job, workflow } = scope;
        const signIns = detectSignIns(scope, idTokenWrite);
        if (signIns.length === 0 && !idTokenWrite)
            return;
        const federated = signIns.filter((s) => s.federated);
        const primary = federated[0] ?? signIns[0];
        const environment = environmentOf(scope);
        const entry = {
            file: workflow.file,
            job: jobName(frames, job.id),
            line: job.line,
            signsIn: signIns.length > 0,
            idTokenWrite,
            triggers: root.triggers.map((t) => t.event),
            subjects: [],
        };
        if (job.environment) {
            const resolved = environment.kind === 'names' && environment.names.length === 1 ? environment.names[0] : undefined;
            entry.environment = { name: resolved ?? null, line: job.environment.line };
            if (job.environment.text.includes('${{'))
                entry.environment.expression = job.environment.text;
        }
        if (primary) {
            entry.signInMethod = primary.method;
            if (primary.clientId)
                entry.clientId = primary.clientId;
            entry.signIns = signIns;
        }
        if (federated.length > 0 || idTokenWrite) {
            entry.subjects = predictSubjects({
                repository: this.repository,
                triggers: root.triggers,
                environment,
                jobWorkflowPath: workflow.file,
                workflowPath: root.workflow.file,
                ...(root.workflow.name !== undefined ? { workflowName: root.workflow.name } : {}),
            });
        }
        if (frames.length > 0) {
            entry.callers = [...frames];
            const first = entry.subjects[0];
            if (first?.jobWorkflowRef)
                entry.jobWorkflowRef = first.jobWorkflowRef;
        }
        this.jobs.push(entry);
    }
}
function environmentOf(scope) {
    const environment = scope.job.environment;
    if (!environment)
        return { kind: 'none' };
    if (!environment.text.includes('${{'))
        return { kind: 'names', names: [environment.text] };
    const candidates = candidatesOf(environment.text, scope);
    if (!candidates.ok)
        return { kind: 'unresolved', expression: environment.text, reason: candidates.reason };
    const names = candidates.values.map((v) => v.trim()).filter((v) => v !== '');
    // An expression that can be empty means "no environment" for that run.
    if (names.length === 0)
        return { kind: 'none' };
    return { kind: 'names', names };
}
/** id-token: write for a job: its own block replaces the workflow's; a called workflow can only narrow its caller. */
function effectiveIdToken(workflow, job, ceiling) {
    const own = grantsIdToken(job.permissions) ?? grantsIdToken(workflow.permissions);
    if (ceiling === undefined)
        return own ?? false;
    return own === undefined ? ceiling : own && ceiling;
}
function hasOwnTriggers(workflow) {
    return workflow.triggers.some((t) => t.event !== 'workflow_call');
}
/** `./.github/workflows/x.yml` → `.github/workflows/x.yml`; other forms are not local. */
function localTarget(uses) {
    if (!uses.startsWith('./'))
        return undefined;
    return normalisePath(uses.replace(/@.*$/, ''));
}
function normalisePath(path) {
    return path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}
function jobName(frames, id) {
    return [...frames.map((f) => f.job), id].join('/');
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/workflows/read.ts
// I/O adapter: the workflow files of a checked-out repository. Everything else is pure.



const DEFAULT_WORKFLOWS_FOLDER = '.github/workflows';
/**
 * Reads every `.yml`/`.yaml` file directly in `folder` (relative to `repositoryRoot`); GitHub does not
 * look in sub-folders. Files over 1 MiB are skipped with a problem. A missing folder yields no files.
 */
async function readWorkflowFiles(repositoryRoot, folder = DEFAULT_WORKFLOWS_FOLDER) {
    const root = (0,external_node_path_.resolve)(repositoryRoot);
    const directory = (0,external_node_path_.resolve)(root, folder);
    if (directory !== root && !directory.startsWith(root + external_node_path_.sep)) {
        throw new Error(`The workflows folder '${folder}' is outside the repository ${root}`);
    }
    let names;
    try {
        names = await (0,promises_.readdir)(directory);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return { files: [], problems: [] };
        throw new Error(`Could not list the workflows folder ${directory}: ${error.message}`);
    }
    const files = [];
    const problems = [];
    for (const name of names.filter((n) => /\.ya?ml$/i.test(n)).sort()) {
        const absolute = (0,external_node_path_.join)(directory, name);
        const path = (0,external_node_path_.relative)(root, absolute).split(external_node_path_.sep).join(external_node_path_.posix.sep);
        const info = await (0,promises_.stat)(absolute);
        if (!info.isFile())
            continue;
        if (info.size > MAX_WORKFLOW_BYTES) {
            problems.push({ file: path, line: 1, message: `skipped: larger than ${MAX_WORKFLOW_BYTES} bytes` });
            continue;
        }
        files.push({ path, text: await (0,promises_.readFile)(absolute, 'utf8') });
    }
    return { files, problems };
}

;// CONCATENATED MODULE: ./src/action/client-ids.ts
async function resolveClientIds(analysis, options) {
    const variables = await readVariables(analysis, options);
    const resolve = (ref) => {
        if (!ref || ref.source !== 'vars')
            return ref;
        const value = variables.get(variableName(ref.value));
        return value ? { ...ref, resolved: value.toLowerCase() } : ref;
    };
    const jobs = analysis.jobs.map((job) => {
        const clientId = resolve(job.clientId);
        return {
            ...job,
            ...(clientId ? { clientId } : {}),
            ...(job.signIns
                ? {
                    signIns: job.signIns.map((s) => ({
                        ...s,
                        ...(s.clientId ? { clientId: resolve(s.clientId) } : {}),
                    })),
                }
                : {}),
        };
    });
    const actionClientId = ownClientIdRef(jobs, options);
    for (const job of jobs) {
        for (const signIn of job.signIns ?? []) {
            const ref = signIn.clientId;
            if (!signIn.federated || !ref || ref.resolved || ref.source === 'literal')
                continue;
            if (actionClientId && actionClientId.source === ref.source && actionClientId.value === ref.value)
                continue;
            options.notices.push(`${job.file}:${signIn.line}: job '${job.job}' signs in with client id from ${ref.value}, which cannot be resolved here; ` +
                'it is not matched to any audited app.');
        }
    }
    return { ...analysis, jobs, ...(actionClientId ? { actionClientId } : {}) };
}
/** The reference in this action's own step (found through GITHUB_WORKFLOW_REF and GITHUB_JOB). */
function ownClientIdRef(jobs, { runner, clientId }) {
    const own = jobs.find((j) => j.file === runner.workflowFile && j.job === runner.job);
    const step = own?.signIns?.find((s) => /entra-federation-guard|\(this action\)/.test(s.method) && s.clientId);
    if (!step?.clientId)
        return undefined;
    return clientId ? { ...step.clientId, resolved: clientId } : step.clientId;
}
function variableName(expression) {
    return expression.replace(/^vars\./, '');
}
async function readVariables(analysis, { runner, gh, notices }) {
    const names = new Set();
    for (const job of analysis.jobs) {
        for (const ref of [job.clientId, ...(job.signIns ?? []).map((s) => s.clientId)]) {
            if (ref?.source === 'vars')
                names.add(variableName(ref.value));
        }
    }
    const values = new Map();
    if (names.size === 0 || !runner.repository)
        return values;
    if (!gh) {
        notices.push(`Client ids from variables (${[...names].join(', ')}) were not read: no github-token.`);
        return values;
    }
    const { owner, name } = runner.repository;
    await Promise.all([...names].map(async (variable) => {
        const result = await gh.readVariable(owner, name, variable);
        if (result.available)
            values.set(variable, result.value.trim());
        else
            notices.push(`The repository variable ${variable} could not be read (${result.reason}).`);
    }));
    return values;
}

;// CONCATENATED MODULE: ./src/action/check.ts
// One action run, from inputs to a report: sign in (when GitHub allows a token), read the
// apps, learn the repository's subject format and environments, analyse the workflows, and
// hand everything to the pure engine. Failures become "not evaluated", never a silent pass.








async function runCheck(inputs, runner, policy, earlyToken = null) {
    const notices = [];
    const availability = (0,oidc/* checkOidcAvailability */.x0)(process.env, {
        eventName: runner.eventName,
        actor: runner.actor,
        payload: runner.payload,
    });
    if (!availability.available && availability.reason === 'misconfigured')
        throw new Error(availability.explanation);
    const identity = availability.available ? (0,config_inputs/* requireIdentity */.sK)(inputs) : null;
    const tokenSource = availability.available
        ? (0,oidc/* createOidcTokenSource */.kb)({
            audience: inputs.audience,
            fetchToken: (0,early_oidc/* withEarlyToken */.P)(earlyToken, (audience) => core/* getIDToken */.V9(audience)),
        })
        : null;
    // The job's own token is the most faithful witness of the subject format; ask for it first, and load
    // the Azure SDK and Octokit (most of the bundle) while GitHub answers.
    const firstToken = tokenSource?.get();
    firstToken?.catch(() => undefined); // awaited below
    const [inventoryModule, githubModule] = await Promise.all([
        identity ? Promise.all(/* import() */[__webpack_require__.e(978), __webpack_require__.e(527)]).then(__webpack_require__.bind(__webpack_require__, 1527)) : null,
        inputs.githubToken ? Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(584)]).then(__webpack_require__.bind(__webpack_require__, 6584)) : null,
    ]);
    const gh = githubModule?.createGitHubClient({ token: inputs.githubToken, baseUrl: runner.apiUrl }) ?? null;
    let tokenFormat = null;
    let tokenClaims = {};
    if (tokenSource && firstToken) {
        const token = await firstToken;
        tokenClaims = (0,oidc/* decodeStringClaims */.Fv)(token);
        core/* info */.pq(`Presenting the GitHub OIDC token: ${(0,oidc/* formatPresented */.i2)((0,oidc/* describeClaims */.Zs)(token))}`);
        tokenFormat = (0,oidc/* subjectFormatFromToken */.zD)(tokenClaims);
    }
    // The Entra → Graph chain and the GitHub reads below are independent: run them side by side, so the
    // run waits for the longer of the two chains instead of their sum (bench/: single-app check).
    const inventoryRead = identity && tokenSource && inventoryModule
        ? inventoryModule.readInventory(inputs, identity, () => tokenSource.get())
        : Promise.resolve([]);
    inventoryRead.catch(() => undefined); // awaited below; this only keeps an early throw above from orphaning it
    const repository = runner.repository ? await learnRepository(runner, gh, tokenFormat, tokenClaims, notices) : null;
    const environments = repository ? await learnEnvironments(repository, gh, notices) : undefined;
    const analysis = repository ? await analyse(inputs, runner, repository, gh, notices) : undefined;
    const inventory = await inventoryRead;
    if (!availability.available) {
        notices.push(availability.explanation);
        core/* notice */.lm(availability.explanation, { title: 'Entra Federation Guard: apps not read' });
    }
    const report = await audit(inventory, {
        policy,
        context: {
            now: new Date(),
            ...(analysis ? { workflows: analysis } : {}),
            ...(repository ? { repository } : {}),
            ...(environments ? { environments } : {}),
        },
        notices,
        scope: inputs.tenantId ? { tenant: inputs.tenantId } : {},
    });
    return { report, github: gh };
}
async function learnRepository(runner, gh, tokenFormat, claims, notices) {
    const { owner, name } = runner.repository;
    const facts = {
        owner,
        name,
        ...(claims.repository_owner_id ? { ownerId: claims.repository_owner_id } : {}),
        ...(claims.repository_id ? { repoId: claims.repository_id } : {}),
        subjectFormat: tokenFormat && tokenFormat.source === 'token' ? tokenFormat : { kind: 'default', source: 'assumed' },
    };
    if (!gh)
        return withAssumption(facts, notices);
    const [repo, customization] = await Promise.all([
        gh.readRepository(owner, name),
        gh.readSubjectCustomization(owner, name),
    ]);
    if (repo.available) {
        facts.ownerId ??= repo.value.ownerId;
        facts.repoId ??= repo.value.repoId;
        facts.defaultBranch = repo.value.defaultBranch;
    }
    if (facts.subjectFormat.source !== 'token' && customization.available)
        facts.subjectFormat = customization.value;
    return withAssumption(facts, notices);
}
function withAssumption(facts, notices) {
    if (facts.subjectFormat.source === 'assumed') {
        notices.push("The repository's OIDC subject format could not be learned (no OIDC token, and the GitHub API did not answer); " +
            "predictions assume GitHub's default form repo:OWNER/REPO:<context>.");
    }
    return facts;
}
async function learnEnvironments(repository, gh, notices) {
    const result = gh ? await gh.readEnvironments(repository.owner, repository.name) : null;
    if (result?.available)
        return result.value;
    notices.push(`Environment protection rules are unknown (${result ? result.reason : 'no github-token'}), so ` +
        'fic-unprotected-environment was not evaluated. Give the token `actions: read` to check them.');
    return undefined;
}
async function analyse(inputs, runner, repository, gh, notices) {
    const { files, problems } = await readWorkflowFiles(runner.workspace, inputs.workflows);
    if (files.length === 0) {
        // Most often a missing actions/checkout: judging trusts against no workflows would call them all unused.
        notices.push(`No workflow files were found in ${inputs.workflows}; the workflow-aware checks were skipped. ` +
            'Run actions/checkout before this action, or set the workflows input.');
        return undefined;
    }
    const analysis = analyseWorkflows(files, repository);
    for (const problem of [...problems, ...analysis.problems]) {
        notices.push(`${problem.file}:${problem.line}: ${problem.message}`);
        // Finding-free, but shown where the author looks: on the file and line GitHub could not use.
        core/* notice */.lm(problem.message, { title: 'Workflow not analysed', file: problem.file, startLine: problem.line });
    }
    return resolveClientIds(analysis, { runner, gh, clientId: inputs.clientId, notices });
}

;// CONCATENATED MODULE: ./src/report/escape.ts
// Escaping per output medium. Every string that reaches a reporter may come from Graph, GitHub or a
// workflow file, so each medium gets its own escaper and every escaper starts by making the text safe
// to handle at all: bounded length, well-formed UTF-16, no NUL or other control characters.
const ELLIPSIS = '…';
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// C0 controls except tab/newline/carriage return, DEL, C1 controls.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_KEEP_NEWLINES = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
// Bidirectional overrides and isolates can make text display differently from what it is.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029\u0085]/g;
/**
 * Cuts `text` to at most `maxLength` UTF-16 code units including the ellipsis, never inside a surrogate pair.
 * Strings already short enough come back unchanged.
 */
function truncate(text, maxLength, ellipsis = ELLIPSIS) {
    if (!Number.isInteger(maxLength) || maxLength < ellipsis.length + 1) {
        throw new RangeError(`truncate: maxLength must be an integer of at least ${ellipsis.length + 1}, got ${maxLength}`);
    }
    if (text.length <= maxLength)
        return text;
    let end = maxLength - ellipsis.length;
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end -= 1;
    return text.slice(0, end) + ellipsis;
}
/** Replaces lone surrogates with U+FFFD so the text encodes to valid UTF-8 and JSON. */
function toWellFormed(text) {
    return text.replace(LONE_SURROGATE, '\uFFFD');
}
/**
 * The common first step: cap the length (before any other work, so a 10 MB name costs nothing), fix lone
 * surrogates, drop NUL and other control characters. Line breaks are kept; each medium decides what they become.
 */
function sanitizeText(text, maxLength) {
    return toWellFormed(truncate(String(text), maxLength))
        .replace(CONTROL_KEEP_NEWLINES, '')
        .replace(BIDI_CONTROLS, '');
}
/** Sanitised and on one line: every line break becomes a single space. */
function singleLine(text, maxLength) {
    return sanitizeText(text, maxLength).replace(LINE_BREAKS, ' ').replace(/\t/g, ' ');
}
/** Workflow-command message data, escaped exactly as @actions/core escapes it. */
function escapeCommandData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Workflow-command property values (title, file, …), escaped exactly as @actions/core escapes them. */
function escapeCommandProperty(text) {
    return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** Text for HTML element content or attribute values (`<summary>`, `<details>`). */
function escapeHtml(text, maxLength = 1000) {
    return neutraliseMentions(singleLine(text, maxLength)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;'));
}
/** Text placed inside an HTML comment: it can neither close the comment nor open another. */
function escapeHtmlComment(text, maxLength = 200) {
    return singleLine(text, maxLength)
        .replace(/[<>]/g, '')
        .replace(/-(?=-)/g, '- ');
}
/**
 * `@user` and `@org/team` notify people on GitHub even when the text around them is escaped, because the
 * mention filter runs on rendered text. A zero-width space after `@` keeps the text readable but inert.
 */
function neutraliseMentions(text) {
    return text.replace(/@(?=[A-Za-z0-9])/g, '@\u200B');
}
// Inline Markdown syntax: code, emphasis, strikethrough, links and images, table pipes, heading closers, the
// escape itself.
const MARKDOWN_INLINE = /[\\`*_~[\]!|#]/g;
/**
 * Untrusted text as one inline Markdown fragment: safe in a table cell, a list item, a heading or a paragraph.
 * It cannot break the table (`|`), open a code span, link, image or HTML tag (`<script>`, `<!-- … -->`),
 * start a block (leading `#`, `>`, `-`, `+`, `=`, `1.`), or mention anyone.
 */
function escapeMarkdown(text, options = {}) {
    const { maxLength = 1000, newlines = 'space' } = options;
    const lines = sanitizeText(text, maxLength).replace(/\t/g, ' ').split(LINE_BREAKS);
    const escaped = lines.map((line) => neutraliseBlockStart(line
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(MARKDOWN_INLINE, (c) => `\\${c}`)));
    return neutraliseMentions(escaped.join(newlines === 'br' ? '<br>' : ' '));
}
/** A leading `#`, `-`, `+`, `=` or `1.` would start a heading, list or setext underline outside a table. */
function neutraliseBlockStart(line) {
    return line.replace(/^(\s*)([#=+-])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
}
/** Inline code for text we control (rule ids, file paths, GUIDs) that must still not escape the span. */
function markdownCode(text, maxLength = 300) {
    const clean = singleLine(text, maxLength).replace(/`/g, "'").replace(/\|/g, '\u2223');
    return clean === '' ? '' : `\`${clean}\``;
}
/**
 * Text for a terminal: one line per input line, no escape sequences of any kind, so a hostile name cannot
 * move the cursor, clear the screen, retitle the window or hide text.
 */
function escapeTerminal(text, maxLength = 2000) {
    return sanitizeText(text, maxLength).replace(/\t/g, ' ').replace(LINE_BREAKS, ' ');
}

;// CONCATENATED MODULE: ./src/report/annotations.ts
// Workflow annotations: what shows on the run page and in the PR's "Files changed" tab. GitHub keeps at most
// 10 errors, 10 warnings and 10 notices per step and silently drops the rest, so the plan caps each level
// itself and spends the last slot on a pointer to the job summary.



/** GitHub's per-step limit for each of error, warning and notice. */
const MAX_ANNOTATIONS_PER_LEVEL = 10;
const MESSAGE_MAX = 4000;
const TITLE_MAX = 200;
const LEVELS = ['error', 'warning', 'notice'];
/** Pure: which annotations to emit, most severe first, at most `maxPerLevel` per level. */
function planAnnotations(findings, options = {}) {
    const max = options.maxPerLevel ?? MAX_ANNOTATIONS_PER_LEVEL;
    if (!Number.isInteger(max) || max < 1 || max > MAX_ANNOTATIONS_PER_LEVEL) {
        throw new RangeError(`planAnnotations: maxPerLevel must be an integer from 1 to ${MAX_ANNOTATIONS_PER_LEVEL} (GitHub's per-step limit), got ${max}.`);
    }
    const sorted = [...findings].sort(format_compareFindings);
    const plan = [];
    for (const level of LEVELS) {
        const atLevel = sorted.filter((f) => f.severity === level);
        if (atLevel.length <= max) {
            plan.push(...atLevel.map((f) => toAnnotation(f, options)));
            continue;
        }
        const shown = atLevel.slice(0, max - 1);
        plan.push(...shown.map((f) => toAnnotation(f, options)));
        const rest = atLevel.length - shown.length;
        plan.push({
            level,
            title: PRODUCT_NAME,
            message: `${plural(rest, `more ${level}`)} — see the job summary for every finding.`,
        });
    }
    return plan;
}
function toAnnotation(finding, options) {
    const annotation = {
        level: finding.severity,
        title: singleLine(`${finding.rule}: ${finding.target.name}`, TITLE_MAX),
        message: sanitizeText(`${finding.message}\nFix: ${finding.remediation}`, MESSAGE_MAX),
    };
    if (finding.location !== undefined) {
        annotation.file = singleLine(finding.location.file, 1000);
        annotation.startLine = finding.location.line;
    }
    else if (options.policyFile !== undefined && options.policyFile !== '') {
        annotation.file = singleLine(options.policyFile, 1000);
        annotation.startLine = options.ruleLines?.get(finding.rule) ?? 1;
    }
    return annotation;
}
const coreSink = {
    error: (message, properties) => core/* error */.z3(message, properties),
    warning: (message, properties) => core/* warning */.$e(message, properties),
    notice: (message, properties) => core/* notice */.lm(message, properties),
};
function emitAnnotations(annotations, sink = coreSink) {
    for (const a of annotations) {
        const properties = { title: a.title };
        if (a.file !== undefined)
            properties.file = a.file;
        if (a.startLine !== undefined)
            properties.startLine = a.startLine;
        sink[a.level](a.message, properties);
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/report/layout.ts
// A document as a list of atomic pieces, laid out under an optional UTF-8 byte budget. Truncation happens
// only between pieces (never inside a table row or an HTML tag), closes whatever is still open (`</details>`,
// the blank line that ends a table) and ends with a note saying what was left out.
function layout_text(value, rows) {
    return rows === undefined ? { kind: 'text', text: value } : { kind: 'text', text: value, rows };
}
function layout_open(value, close) {
    return { kind: 'open', text: value, close };
}
const CLOSE = { kind: 'close' };
const bytes = (s) => Buffer.byteLength(s, 'utf8');
function layout(pieces, options) {
    const full = joinAll(pieces);
    const { maxBytes } = options;
    if (maxBytes === undefined || bytes(full) <= maxBytes)
        return full;
    const totalRows = pieces.reduce((n, p) => n + (p.kind === 'text' ? (p.rows ?? 0) : 0), 0);
    // The note's length depends only on the digits of its numbers; the total bounds them.
    const noteReserve = bytes(options.note(totalRows, totalRows));
    const out = [];
    const closers = [];
    let used = 0;
    let reservedClosers = 0;
    let shownRows = 0;
    for (const piece of pieces) {
        if (piece.kind === 'close') {
            const closer = closers.pop() ?? '';
            out.push(closer);
            used += bytes(closer);
            reservedClosers -= bytes(closer);
            continue;
        }
        const cost = bytes(piece.text) + (piece.kind === 'open' ? bytes(piece.close) : 0);
        if (used + cost + reservedClosers + noteReserve > maxBytes)
            break;
        out.push(piece.text);
        used += bytes(piece.text);
        if (piece.kind === 'open') {
            closers.push(piece.close);
            reservedClosers += bytes(piece.close);
        }
        else {
            shownRows += piece.rows ?? 0;
        }
    }
    while (closers.length > 0)
        out.push(closers.pop() ?? '');
    out.push(options.note(shownRows, totalRows));
    const result = out.join('');
    if (bytes(result) > maxBytes) {
        // Only reachable when the budget cannot hold even the opening pieces and the note.
        throw new RangeError(`layout: maxBytes ${maxBytes} is too small to hold the report's header and truncation note.`);
    }
    return result;
}
function joinAll(pieces) {
    const out = [];
    const closers = [];
    for (const piece of pieces) {
        if (piece.kind === 'close')
            out.push(closers.pop() ?? '');
        else {
            out.push(piece.text);
            if (piece.kind === 'open')
                closers.push(piece.close);
        }
    }
    while (closers.length > 0)
        out.push(closers.pop() ?? '');
    return out.join('');
}

;// CONCATENATED MODULE: ./src/report/sections.ts



/** Tables longer than this are collapsed into a `<details>` block. */
const COLLAPSE_AFTER_ROWS = 20;
const NAME_MAX = 200;
const sections_MESSAGE_MAX = 1000;
const REASON_MAX = 500;
function verdictLine(report) {
    return `**${PRODUCT_NAME}: ${report.verdict}** — ${countsSentence(report.summary)}\n\n`;
}
function cell(value, maxLength = sections_MESSAGE_MAX) {
    return escapeMarkdown(value, { maxLength, newlines: 'br' });
}
function severityCell(severity) {
    return severity === 'error' ? '**error**' : severity;
}
function row(cells) {
    return `| ${cells.join(' | ')} |\n`;
}
/** A table as pieces: the header opens it (closed by a blank line), each row is one atomic piece. */
function table(headers, rows) {
    return [layout_open(row(headers) + row(headers.map(() => '---')), '\n'), ...rows.map((cells) => layout_text(row(cells), 1)), CLOSE];
}
/** Wraps pieces in a collapsed `<details>` block when there are more than COLLAPSE_AFTER_ROWS rows. */
function collapsible(label, rowCount, pieces) {
    if (rowCount <= COLLAPSE_AFTER_ROWS)
        return pieces;
    return [layout_open(`<details>\n<summary>${escapeHtml(label)}</summary>\n\n`, '</details>\n\n'), ...pieces, CLOSE];
}
function appLabel(displayName, appId) {
    const id = markdownCode(appId, 100);
    if (appId === '')
        return escapeMarkdown(displayName || 'No app registration', { maxLength: NAME_MAX });
    if (displayName === appId || displayName === '')
        return id;
    return `${escapeMarkdown(displayName, { maxLength: NAME_MAX })} (${id})`;
}
function credentialCell(f) {
    const where = f.location === undefined ? '' : `<br>${markdownCode(`${f.location.file}:${f.location.line}`)}`;
    return `${cell(f.target.name, NAME_MAX)} <sub>${f.target.kind}</sub>${where}`;
}
function severityBreakdown(findings) {
    const count = (s) => findings.filter((f) => f.severity === s).length;
    return [plural(count('error'), 'error'), plural(count('warning'), 'warning'), plural(count('notice'), 'notice')].join(', ');
}
function notEvaluatedSection(report) {
    if (report.notEvaluated.length === 0)
        return [];
    const names = new Map(report.apps.map((a) => [a.appId, a.displayName]));
    const rows = report.notEvaluated.map((n) => [
        appLabel(names.get(n.appId) ?? n.appId, n.appId),
        cell(n.reason, REASON_MAX),
    ]);
    return [
        layout_text(`### Not evaluated: ${plural(report.notEvaluated.length, 'app')} could not be read\n\n` +
            '**The credentials of these apps were NOT checked. Fix the access problem and re-run; until then this result says nothing about them.**\n\n'),
        ...collapsible(`${plural(rows.length, 'app')} not evaluated`, rows.length, table(['App', 'Reason'], rows)),
    ];
}
/** One heading and table per app with findings (severity, rule, credential, message, fix). */
function findingsByAppSection(report) {
    const pieces = [];
    for (const group of groupByApp(report, report.findings)) {
        if (group.findings.length === 0)
            continue;
        const rows = group.findings.map((f) => [
            severityCell(f.severity),
            markdownCode(f.rule, 100),
            credentialCell(f),
            cell(f.message),
            cell(f.remediation),
        ]);
        pieces.push(layout_text(`### ${appLabel(group.displayName, group.appId)}\n\n`), ...collapsible(`${plural(rows.length, 'finding')}: ${severityBreakdown(group.findings)}`, rows.length, table(['Severity', 'Rule', 'Credential', 'Message', 'Fix'], rows)));
    }
    return pieces;
}
/** One table of every finding with an App column: the compact form for the PR comment. */
function findingsTableSection(report) {
    if (report.findings.length === 0)
        return [];
    const names = new Map(report.apps.map((a) => [a.appId, a.displayName]));
    const rows = report.findings.map((f) => [
        severityCell(f.severity),
        markdownCode(f.rule, 100),
        appLabel(names.get(f.appId) ?? f.appId, f.appId),
        credentialCell(f),
        cell(f.message),
        cell(f.remediation),
    ]);
    return collapsible(`${plural(rows.length, 'finding')}`, rows.length, table(['Severity', 'Rule', 'App', 'Credential', 'Message', 'Fix'], rows));
}
function cleanAppsSection(report) {
    const withFindings = new Set(report.findings.map((f) => f.appId));
    const unread = new Set(report.notEvaluated.map((n) => n.appId));
    const clean = report.apps.filter((a) => !withFindings.has(a.appId) && !unread.has(a.appId));
    if (clean.length === 0)
        return [];
    const items = clean.map((a) => layout_text(`- ${appLabel(a.displayName, a.appId)}\n`));
    return [
        layout_text(`### No findings (${plural(clean.length, 'app')})\n\n`),
        ...(clean.length > COLLAPSE_AFTER_ROWS
            ? [
                layout_open(`<details>\n<summary>${escapeHtml(plural(clean.length, 'app'))}</summary>\n\n`, '\n</details>\n\n'),
                ...items,
                CLOSE,
            ]
            : [...items, layout_text('\n')]),
    ];
}
function suppressedSection(report) {
    if (report.suppressed.length === 0)
        return [];
    const names = new Map(report.apps.map((a) => [a.appId, a.displayName]));
    const rows = report.suppressed.map((f) => [
        f.severity,
        markdownCode(f.rule, 100),
        appLabel(names.get(f.appId) ?? f.appId, f.appId),
        credentialCell(f),
        cell(f.exception.reason, REASON_MAX),
        cell(f.exception.expires, 40),
    ]);
    return [
        layout_text(`### Suppressed by policy exceptions (${report.suppressed.length})\n\n` +
            'Not counted in the verdict until the exception expires.\n\n'),
        ...collapsible(`${plural(rows.length, 'suppressed finding')}`, rows.length, table(['Severity', 'Rule', 'App', 'Credential', 'Exception reason', 'Expires'], rows)),
    ];
}
function noticesSection(report) {
    if (report.notices.length === 0)
        return [];
    return [
        layout_text(`### Notices (${report.notices.length})\n\n`),
        ...report.notices.map((n) => layout_text(`- ${cell(n, sections_MESSAGE_MAX)}\n`)),
        layout_text('\n'),
    ];
}
/** The catalogue entries of the rules that fired (our own text, escaped all the same). */
function rulesSection(report, rules) {
    if (rules === undefined)
        return [];
    const fired = new Set([...report.findings, ...report.suppressed].map((f) => f.rule));
    const used = rules.filter((r) => fired.has(r.id));
    if (used.length === 0)
        return [];
    return [
        layout_open(`<details>\n<summary>Rules (${used.length})</summary>\n\n`, '\n</details>\n\n'),
        ...used.map((r) => layout_text(`- ${markdownCode(r.id, 100)} (${r.defaultSeverity}): ${escapeMarkdown(r.title)}\n`)),
        CLOSE,
    ];
}
/** The full report, as in the job summary and `--format markdown`. */
function reportPieces(report, rules) {
    return [
        layout_text(verdictLine(report)),
        ...notEvaluatedSection(report),
        ...findingsByAppSection(report),
        ...cleanAppsSection(report),
        ...suppressedSection(report),
        ...noticesSection(report),
        ...rulesSection(report, rules),
    ];
}
function truncationNote(shownRows, totalRows) {
    return (`\n\n---\n\n**Truncated:** this summary shows ${shownRows} of ${plural(totalRows, 'row')} to stay within ` +
        "GitHub's size limit. The JSON and SARIF reports list every finding.\n");
}

;// CONCATENATED MODULE: ./src/report/comment.ts
// The sticky PR comment: one comment per pull request, found again by a hidden marker, updated in place, and
// left alone when nothing changed.




/** First line of every comment we own. Findings cannot forge it: their `<` is always escaped. */
const COMMENT_MARKER = '<!-- entra-federation-guard -->';
const DIGEST_LINE = /^<!-- entra-federation-guard:digest=([0-9a-f]{64}) -->$/m;
/** GitHub rejects comment bodies over 65,536 characters. */
const COMMENT_MAX_CHARS = 65_536;
const CONTENT_MAX_BYTES = 60_000;
function renderComment(report, options = {}) {
    const content = layout(commentPieces(report), { maxBytes: CONTENT_MAX_BYTES, note: truncationNote });
    // The digest covers the content only, so a new run with the same findings does not rewrite the comment.
    const digest = (0,external_node_crypto_.createHash)('sha256').update(content).digest('hex');
    const link = options.runUrl === undefined ? '' : `\n[View the workflow run](<${validRunUrl(options.runUrl)}>)\n`;
    return `${COMMENT_MARKER}\n<!-- entra-federation-guard:digest=${digest} -->\n${content}${link}`;
}
function commentPieces(report) {
    const allClear = report.findings.length === 0 && report.notEvaluated.length === 0;
    const heading = layout_text(`### ${PRODUCT_NAME}\n\n`);
    if (allClear) {
        return [
            heading,
            layout_text(`**${PRODUCT_NAME}: ${report.verdict}** — all clear: no findings across ${plural(report.summary.appsEvaluated, 'app')}.\n\n`),
            ...suppressedNote(report),
            ...noticesSection(report),
        ];
    }
    return [
        heading,
        layout_text(verdictLine(report)),
        ...notEvaluatedSection(report),
        ...findingsTableSection(report),
        ...suppressedNote(report),
        ...noticesSection(report),
    ];
}
function suppressedNote(report) {
    if (report.suppressed.length === 0)
        return [];
    return [
        layout_text(`${plural(report.suppressed.length, 'finding')} suppressed by policy exceptions (listed in the job summary).\n\n`),
    ];
}
function validRunUrl(runUrl) {
    let url;
    try {
        url = new URL(runUrl);
    }
    catch {
        throw new TypeError(`renderComment: runUrl must be an absolute http(s) URL, got ${JSON.stringify(runUrl.slice(0, 100))}.`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new TypeError(`renderComment: runUrl must use http or https, got ${JSON.stringify(url.protocol)}.`);
    }
    // WHATWG serialisation percent-encodes spaces, quotes and angle brackets, so it cannot leave `<…>`.
    return url.href;
}
async function upsertStickyComment(api, request) {
    const { owner, repo, issueNumber, body, botLogin } = request;
    if (!Number.isInteger(issueNumber) || issueNumber < 1) {
        throw new RangeError(`upsertStickyComment: issueNumber must be a positive integer, got ${issueNumber}.`);
    }
    if (!body.startsWith(`${COMMENT_MARKER}\n`)) {
        throw new Error('upsertStickyComment: the body must start with the comment marker; render it with renderComment().');
    }
    if (body.length > COMMENT_MAX_CHARS) {
        throw new RangeError(`upsertStickyComment: the body has ${body.length} characters; GitHub allows ${COMMENT_MAX_CHARS}.`);
    }
    const where = `pull request #${issueNumber} in ${owner}/${repo}`;
    try {
        const existing = await findOwnComment(api, issueNumber, botLogin);
        if (existing === undefined) {
            await api.create(issueNumber, body);
            return { action: 'created' };
        }
        if (existing.body === body || (digestIn(existing.body) ?? 'none') === digestIn(body)) {
            return { action: 'unchanged' };
        }
        await api.update(existing.id, body);
        return { action: 'updated' };
    }
    catch (error) {
        if (isForbidden(error)) {
            return {
                action: 'skipped',
                reason: `The token cannot comment on ${where} (403 Resource not accessible by integration): the job needs ` +
                    '`permissions: pull-requests: write`. Pull requests from forks get a read-only token, so no comment is possible there.',
            };
        }
        throw new Error(`Could not update the sticky comment on ${where}: ${comment_messageOf(error)}`, { cause: error });
    }
}
async function findOwnComment(api, issueNumber, botLogin) {
    for await (const comment of api.list(issueNumber)) {
        const author = comment.user;
        // A person can paste the marker; only a bot's comment is ours to overwrite.
        if (author?.type !== 'Bot')
            continue;
        if (botLogin !== undefined && author.login !== botLogin)
            continue;
        if (typeof comment.body === 'string' && comment.body.startsWith(`${COMMENT_MARKER}\n`))
            return comment;
    }
    return undefined;
}
function digestIn(body) {
    return typeof body === 'string' ? DIGEST_LINE.exec(body)?.[1] : undefined;
}
function isForbidden(error) {
    const e = error;
    return (e?.status === 403 ||
        (typeof e?.message === 'string' && e.message.includes('Resource not accessible by integration')));
}
function comment_messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./src/report/json.ts
function finding(f) {
    const out = {
        rule: f.rule,
        severity: f.severity,
        appId: f.appId,
        target: { kind: f.target.kind, id: f.target.id, name: f.target.name },
        message: f.message,
        remediation: f.remediation,
    };
    if (f.location !== undefined)
        out.location = { file: f.location.file, line: f.location.line };
    return out;
}
function suppressed(f) {
    return { ...finding(f), exception: { reason: f.exception.reason, expires: f.exception.expires } };
}
/** The report as a plain object in the canonical key order. */
function toJsonReport(report) {
    const out = {
        version: report.version,
        tool: { name: report.tool.name, version: report.tool.version },
        verdict: report.verdict,
        summary: {
            errors: report.summary.errors,
            warnings: report.summary.warnings,
            notices: report.summary.notices,
            appsEvaluated: report.summary.appsEvaluated,
            appsNotEvaluated: report.summary.appsNotEvaluated,
        },
        apps: report.apps.map((a) => ({ appId: a.appId, objectId: a.objectId, displayName: a.displayName })),
        findings: report.findings.map(finding),
        notEvaluated: report.notEvaluated.map((n) => ({ appId: n.appId, reason: n.reason })),
        suppressed: report.suppressed.map(suppressed),
        notices: [...report.notices],
    };
    if (report.scope !== undefined) {
        const scope = {};
        if (report.scope.tenant !== undefined)
            scope.tenant = report.scope.tenant;
        if (report.scope.policyDigest !== undefined)
            scope.policyDigest = report.scope.policyDigest;
        if (report.scope.shard !== undefined)
            scope.shard = report.scope.shard;
        out.scope = scope;
    }
    return out;
}
/** Stable key order, 2-space indent, trailing newline. */
function renderJson(report) {
    return `${JSON.stringify(toJsonReport(report), null, 2)}\n`;
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/report/sarif.ts
// SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif).
//
// Locations: code scanning needs a file location for every result. Workflow findings carry their own
// (the workflow file and line). Findings about an app registration live in Entra, not in the repository, so
// they point at the policy file when one is in use (that is where the rule is configured or excepted), and
// otherwise at the `.github/workflows` folder, whose workflows sign in as the app. The app and credential are
// named in the message and in a logical location, and the fingerprint does not depend on the file or line.




const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json';
/** The partialFingerprints key; bump the version if the fingerprint's inputs ever change. */
const FINGERPRINT_KEY = 'entraFederationGuard/v1';
const DEFAULT_APP_LOCATION = '.github/workflows';
const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
// Code scanning maps 9.0+ critical, 7.0+ high, 4.0+ medium, else low.
const SECURITY_SEVERITY = { error: '8.0', warning: '5.0' };
const TEXT_MAX = 10_000;
/** Stable identity of a finding across runs: rule, app and target only, never line numbers or wording. */
function fingerprintOf(finding) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update([finding.rule, finding.appId, finding.target.kind, finding.target.id].join('\u0000'))
        .digest('hex');
}
function renderSarif(report, options) {
    if (typeof options.toolVersion !== 'string' || options.toolVersion.trim() === '') {
        throw new TypeError('renderSarif: toolVersion must be a non-empty string.');
    }
    const informationUri = absoluteUrl(options.informationUri);
    const descriptors = ruleDescriptors(options.rules, [...report.findings, ...report.suppressed]);
    const indexOf = new Map(descriptors.map((d, i) => [d.id, i]));
    const names = new Map(report.apps.map((a) => [a.appId, a.displayName]));
    const appLocation = options.policyFile !== undefined && options.policyFile !== '' ? options.policyFile : DEFAULT_APP_LOCATION;
    const toResult = (finding, suppression) => {
        const result = {
            ruleId: finding.rule,
            ruleIndex: indexOf.get(finding.rule) ?? -1,
            level: LEVEL[finding.severity],
            message: { text: resultText(finding, names.get(finding.appId)) },
            locations: [sarif_location(finding, names.get(finding.appId), appLocation, options.repoRoot)],
            partialFingerprints: { [FINGERPRINT_KEY]: fingerprintOf(finding) },
            properties: {
                appId: finding.appId,
                targetKind: finding.target.kind,
                targetId: finding.target.id,
            },
        };
        if (suppression !== undefined) {
            result.suppressions = [
                {
                    kind: 'external',
                    state: 'accepted',
                    justification: singleLine(`${suppression.reason} (exception expires ${suppression.expires})`, 2000),
                },
            ];
        }
        return result;
    };
    const notifications = [
        ...report.notEvaluated.map((n) => ({
            level: 'error',
            message: { text: singleLine(`App ${n.appId} was not evaluated: ${n.reason}`, TEXT_MAX) },
        })),
        ...report.notices.map((n) => ({ level: 'note', message: { text: singleLine(n, TEXT_MAX) } })),
    ];
    const run = {
        tool: {
            driver: {
                name: report.tool.name,
                version: options.toolVersion,
                semanticVersion: options.toolVersion,
                informationUri,
                rules: descriptors,
            },
        },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        columnKind: 'utf16CodeUnits',
        results: [...report.findings.map((f) => toResult(f)), ...report.suppressed.map((f) => toResult(f, f.exception))],
    };
    if (options.repoRoot !== undefined) {
        run.originalUriBaseIds = { '%SRCROOT%': { uri: (0,external_node_url_.pathToFileURL)(external_node_path_default().resolve(options.repoRoot) + (external_node_path_default()).sep).href } };
    }
    return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
}
/** The catalogue in its order, plus any rule a finding names that the catalogue lacks (so ruleIndex is valid). */
function ruleDescriptors(rules, findings) {
    const known = new Set(rules.map((r) => r.id));
    const missing = [...new Set(findings.map((f) => f.rule).filter((id) => !known.has(id)))].sort();
    return [
        ...rules.map(fromCatalogue),
        ...missing.map((id) => {
            const severity = findings.find((f) => f.rule === id)?.severity ?? 'warning';
            return descriptor(id, severity, id, id, `Rule ${id}.`, `Rule ${id}.`);
        }),
    ];
}
function fromCatalogue(rule) {
    const helpText = `${rule.rationale}\n\nExample: ${rule.example}\n\nFix: ${rule.fix}`;
    const helpMarkdown = `${rule.rationale}\n\n**Example:** ${rule.example}\n\n**Fix:** ${rule.fix}`;
    return descriptor(rule.id, rule.defaultSeverity, rule.title, rule.rationale, helpText, helpMarkdown);
}
function descriptor(id, severity, short, full, helpText, helpMarkdown) {
    const properties = {
        tags: ['security', 'entra-id', 'workload-identity-federation'],
        precision: 'high',
    };
    const securitySeverity = SECURITY_SEVERITY[severity];
    if (securitySeverity !== undefined)
        properties['security-severity'] = securitySeverity;
    return {
        id,
        name: pascalCase(id),
        shortDescription: { text: short },
        fullDescription: { text: full },
        help: { text: helpText, markdown: helpMarkdown },
        defaultConfiguration: { level: LEVEL[severity] },
        properties,
    };
}
/** client-secret-present → ClientSecretPresent */
function pascalCase(id) {
    return id
        .split(/[^A-Za-z0-9]+/)
        .filter((part) => part !== '')
        .map((part) => part[0].toUpperCase() + part.slice(1))
        .join('');
}
function resultText(finding, appName) {
    const app = appName === undefined || appName === '' ? finding.appId : `${appName} (${finding.appId})`;
    const subject = finding.appId === '' ? '' : `App ${app}, ${finding.target.kind} "${finding.target.name}": `;
    return sanitizeText(`${subject}${finding.message}\nFix: ${finding.remediation}`, TEXT_MAX);
}
function sarif_location(finding, appName, appLocation, repoRoot) {
    const logicalLocations = [
        {
            name: singleLine(finding.target.name || finding.target.id, 500),
            fullyQualifiedName: singleLine([appName ?? finding.appId, finding.target.kind, finding.target.id].filter((s) => s !== '').join('/'), 1000),
            kind: 'resource',
        },
    ];
    if (finding.location !== undefined) {
        return {
            physicalLocation: {
                artifactLocation: artifactLocation(finding.location.file, repoRoot),
                region: { startLine: finding.location.line },
            },
            logicalLocations,
        };
    }
    return { physicalLocation: { artifactLocation: artifactLocation(appLocation, repoRoot) }, logicalLocations };
}
/** Repository-relative, `/`-separated, percent-encoded; an absolute path outside the checkout stays a file URL. */
function artifactLocation(file, repoRoot) {
    let relative = file.replace(/\\/g, '/');
    if (external_node_path_default().isAbsolute(file)) {
        const root = repoRoot === undefined ? undefined : external_node_path_default().resolve(repoRoot);
        const rel = root === undefined ? undefined : external_node_path_default().relative(root, file);
        if (rel === undefined || rel.startsWith('..') || external_node_path_default().isAbsolute(rel))
            return { uri: (0,external_node_url_.pathToFileURL)(file).href };
        relative = rel.split((external_node_path_default()).sep).join('/');
    }
    relative = relative.replace(/^\.\//, '');
    const uri = relative
        .split('/')
        .filter((segment) => segment !== '')
        .map((segment) => encodeURIComponent(segment))
        .join('/');
    return { uri, uriBaseId: '%SRCROOT%' };
}
function absoluteUrl(value) {
    try {
        const url = new URL(value);
        if (url.protocol === 'https:' || url.protocol === 'http:')
            return url.href;
    }
    catch {
        // reported below
    }
    throw new TypeError(`renderSarif: informationUri must be an absolute http(s) URL, got ${JSON.stringify(value)}.`);
}

;// CONCATENATED MODULE: ./src/report/summary.ts


/** GitHub rejects a step summary over 1 MiB; the default leaves room for anything else the step appends. */
const DEFAULT_SUMMARY_MAX_BYTES = 1_000_000;
const MIN_BYTES = 2048;
/** Markdown for `core.summary.addRaw(text).write()`. */
function renderSummary(report, options = {}) {
    const maxBytes = options.maxBytes ?? DEFAULT_SUMMARY_MAX_BYTES;
    if (!Number.isInteger(maxBytes) || maxBytes < MIN_BYTES) {
        throw new RangeError(`renderSummary: maxBytes must be an integer of at least ${MIN_BYTES}, got ${maxBytes}.`);
    }
    return layout(reportPieces(report, options.rules), { maxBytes, note: truncationNote });
}

;// CONCATENATED MODULE: ./src/action/comment-api.ts
class GitHubCallError extends Error {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
function unwrap(result) {
    if (!result.available)
        throw new GitHubCallError(result.reason, result.status);
    return result.value;
}
function commentApiFor(gh, owner, repo) {
    return {
        async *list(issueNumber) {
            for (const c of unwrap(await gh.listIssueComments(owner, repo, issueNumber))) {
                yield { id: c.id, body: c.body, user: c.author ? { login: c.author, type: c.authorType ?? 'User' } : null };
            }
        },
        async create(issueNumber, body) {
            return unwrap(await gh.createIssueComment(owner, repo, issueNumber, body));
        },
        async update(commentId, body) {
            return unwrap(await gh.updateIssueComment(owner, repo, commentId, body));
        },
    };
}

;// CONCATENATED MODULE: ./src/action/publish.ts
// Where people look: outputs, the JSON report, SARIF, the job summary, annotations and the
// sticky PR comment, all rendered from the same report.












async function publish(report, inputs, runner, policy, gh) {
    const reportFile = external_node_path_default().resolve(runner.workspace, inputs.reportFile);
    await writeText(reportFile, renderJson(report));
    if (inputs.sarifFile) {
        const sarif = renderSarif(report, { rules: rules/* RULES */.y, toolVersion: TOOL_VERSION, informationUri: TOOL_URI });
        await writeText(external_node_path_default().resolve(runner.workspace, inputs.sarifFile), `${JSON.stringify(sarif, null, 2)}\n`);
    }
    core/* setOutput */.uH('verdict', report.verdict);
    core/* setOutput */.uH('errors', String(report.summary.errors));
    core/* setOutput */.uH('warnings', String(report.summary.warnings));
    core/* setOutput */.uH('report-file', reportFile);
    emitAnnotations(planAnnotations(report.findings, policy.source ? { policyFile: relativeTo(runner.workspace, policy.source) } : {}));
    await core/* summary */.z.addRaw(renderSummary(report, { rules: rules/* RULES */.y })).write();
    if (inputs.comment)
        await comment(report, runner, gh);
}
async function comment(report, runner, gh) {
    if (!runner.pullRequest || !runner.repository) {
        core/* info */.pq('comment: true has no effect outside pull_request events.');
        return;
    }
    if (!gh) {
        core/* notice */.lm('comment: true needs github-token; no comment was posted.');
        return;
    }
    const { owner, name } = runner.repository;
    const result = await upsertStickyComment(commentApiFor(gh, owner, name), {
        owner,
        repo: name,
        issueNumber: runner.pullRequest.number,
        body: renderComment(report, runner.runUrl ? { runUrl: runner.runUrl } : {}),
    });
    if (result.action === 'skipped')
        core/* notice */.lm(`No pull request comment was posted: ${result.reason}`);
    else
        core/* info */.pq(`Pull request comment ${result.action}.`);
}
async function writeText(file, text) {
    await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
    await (0,promises_.writeFile)(file, text, 'utf8');
}
function relativeTo(root, file) {
    const rel = external_node_path_default().relative(root, external_node_path_default().resolve(root, file));
    return rel.startsWith('..') ? file : rel.split((external_node_path_default()).sep).join('/');
}

;// CONCATENATED MODULE: ./src/main.ts
// The action's orchestrator: prepared inputs and policy (see index.ts) → check → publish →
// verdict. Every failure ends in one core.setFailed with context, never a token.




async function run(prepared, earlyToken = null) {
    try {
        if ('error' in prepared)
            throw prepared.error;
        const { inputs, runner, policy } = prepared;
        const { report, github } = await runCheck(inputs, runner, policy, earlyToken);
        await publish(report, inputs, runner, policy, github);
        const failure = failureOf(report, inputs.failOn);
        if (failure)
            core/* setFailed */.C1(failure);
    }
    catch (error) {
        core/* setFailed */.C1(`Entra Federation Guard: ${(0,mask/* redactTokens */.O)(error instanceof Error ? error.message : String(error))}`);
    }
}
/** Why the job fails, or null: the verdict reached fail-on, or some app could not be checked. */
function failureOf(report, failOn) {
    const { errors, warnings, appsNotEvaluated } = report.summary;
    if (appsNotEvaluated > 0) {
        return `${appsNotEvaluated} app(s) could not be evaluated; see "Not evaluated" in the job summary. A partial check does not pass.`;
    }
    if (failOn === 'error' && errors > 0)
        return `${errors} error(s) found (fail-on: error).`;
    if (failOn === 'warning' && errors + warnings > 0)
        return `${errors} error(s) and ${warnings} warning(s) found (fail-on: warning).`;
    return null;
}


/***/ })

};
