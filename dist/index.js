import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6376:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ prepare)
});

// EXTERNAL MODULE: ./src/config/inputs.ts + 1 modules
var config_inputs = __nccwpck_require__(7652);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/policy/compile.ts + 3 modules
var compile = __nccwpck_require__(3064);
// EXTERNAL MODULE: ./src/policy/errors.ts
var errors = __nccwpck_require__(4795);
// EXTERNAL MODULE: ./src/fs/workspace.ts
var workspace = __nccwpck_require__(7806);
;// CONCATENATED MODULE: ./src/policy/file.ts
// The I/O adapter of the policy engine: reads the policy file and hands the text to the compiler.




const DEFAULT_POLICY_PATH = '.github/entra-federation-guard.yml';
/** A policy is a short YAML file; anything larger is not one (and is not read into memory). */
const MAX_POLICY_BYTES = 1024 * 1024;
/**
 * Compiles the policy at `path` (relative to `cwd`), or the default path when `path` is undefined or
 * empty; with no file at the default path, the built-in default policy applies. An explicitly named
 * file that does not exist is an error: silently falling back would hide a typo in the workflow.
 */
async function readPolicy(path, cwd, options = {}) {
    const explicit = path !== undefined && path.trim() !== '';
    const absolute = (0,external_node_path_.resolve)(cwd, explicit ? path.trim() : DEFAULT_POLICY_PATH);
    const shown = displayPath(absolute, cwd);
    const within = options.within === undefined ? cwd : options.within;
    let text;
    try {
        text = await (0,workspace/* readContainedFile */.aM)(absolute, {
            what: 'the policy file',
            shown,
            maxBytes: MAX_POLICY_BYTES,
            ...(within === null ? {} : { within }),
        });
    }
    catch (error) {
        if (!(error instanceof workspace/* UnsafePathError */.k0))
            throw error;
        if (!explicit && error.code === 'ENOENT')
            return compile/* DEFAULT_POLICY */.zj;
        const why = error.code === 'ENOENT'
            ? 'the file does not exist'
            : error.code === 'EISDIR'
                ? 'it is a directory'
                : error.message.replace(/^[^:]*: /, '');
        throw new errors/* PolicyError */.p(shown, 1, 1, `cannot read the policy file: ${why}; expected a readable YAML file (or no \`policy\` input to use ${DEFAULT_POLICY_PATH} or the built-in default)`);
    }
    return (0,compile/* compilePolicy */.C_)(text, shown);
}
/** Paths inside the workspace are shown relative to it, as GitHub annotations expect. */
function displayPath(absolute, cwd) {
    const rel = (0,external_node_path_.relative)(cwd, absolute);
    return rel !== '' && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? rel.split('\\').join('/') : absolute;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/action/runner-context.ts
// What the action knows about the run it is in, read once from the runner's environment
// and event payload (never from inputs).

function readRunnerContext(env = process.env) {
    const [owner, name] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const event = readEvent(env.GITHUB_EVENT_PATH);
    const pr = event.pull_request;
    const base = env.GITHUB_REPOSITORY ?? event.repository?.full_name ?? '';
    const headRepo = pr?.head?.repo;
    // A deleted fork has head.repo null: still a fork, never trusted with a token.
    const fromFork = pr ? headRepo === null || headRepo?.fork === true || (headRepo?.full_name ?? base) !== base : false;
    const workflowRef = env.GITHUB_WORKFLOW_REF ?? '';
    const workflowFile = /^[^/]+\/[^/]+\/(.+?)@/.exec(workflowRef)?.[1] ?? null;
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    return {
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        temp: env.RUNNER_TEMP ?? null,
        payload: event,
        repository: owner && name ? { owner, name } : null,
        eventName: env.GITHUB_EVENT_NAME ?? '',
        ref: env.GITHUB_REF ?? '',
        actor: env.GITHUB_ACTOR ?? '',
        job: env.GITHUB_JOB ?? '',
        workflowFile,
        pullRequest: pr && typeof pr.number === 'number' ? { number: pr.number, fromFork } : null,
        runUrl: env.GITHUB_RUN_ID && base ? `${server}/${base}/actions/runs/${env.GITHUB_RUN_ID}` : null,
        apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    };
}
function readEvent(path) {
    if (!path)
        return {};
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch {
        return {};
    }
}

;// CONCATENATED MODULE: ./src/action/prepare.ts
// What a run needs before any network call: validated inputs, the runner's context and the
// compiled policy. A mistake in any of them fails here, before the OIDC token is requested.



async function prepare(env = process.env) {
    const inputs = (0,config_inputs/* getInputs */.GP)(env);
    const runner = readRunnerContext(env);
    const policy = await readPolicy(inputs.policy ?? undefined, runner.workspace);
    return { inputs, runner, policy };
}


/***/ }),

/***/ 6910:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ resolveCloud),
/* harmony export */   fj: () => (/* binding */ validateHttpsEndpoint),
/* harmony export */   tX: () => (/* binding */ isKnownAuthorityHost),
/* harmony export */   vD: () => (/* binding */ CLOUD_NAMES)
/* harmony export */ });
/* unused harmony exports CLOUDS, parseCloudName */
// National clouds: where to sign in and where Graph lives. Overrides are validated (https only)
// because MSAL and the Graph client both refuse, or silently misbehave with, anything else.
const CLOUDS = {
    AzureCloud: { authorityHost: 'https://login.microsoftonline.com', graphEndpoint: 'https://graph.microsoft.com' },
    AzureUSGovernment: { authorityHost: 'https://login.microsoftonline.us', graphEndpoint: 'https://graph.microsoft.us' },
    AzureChinaCloud: {
        authorityHost: 'https://login.chinacloudapi.cn',
        graphEndpoint: 'https://microsoftgraph.chinacloudapi.cn',
    },
};
const CLOUD_NAMES = Object.keys(CLOUDS);
const KNOWN_AUTHORITY_HOSTS = new Set(Object.values(CLOUDS).map((c) => new URL(c.authorityHost).host));
function isKnownAuthorityHost(authorityHost) {
    return KNOWN_AUTHORITY_HOSTS.has(new URL(authorityHost).host.toLowerCase());
}
function parseCloudName(value) {
    const match = Object.keys(CLOUDS).find((name) => name.toLowerCase() === value.trim().toLowerCase());
    if (!match)
        throw new Error(`Invalid cloud '${value}': expected one of ${Object.keys(CLOUDS).join(', ')}`);
    return match;
}
/** An https origin (optionally with a path), without query, fragment, credentials or trailing slash. */
function validateHttpsEndpoint(value, inputName) {
    let url;
    try {
        url = new URL(value.trim());
    }
    catch {
        throw new Error(`Invalid ${inputName} '${value}': expected an absolute https URL such as https://login.microsoftonline.com`);
    }
    if (url.protocol !== 'https:')
        throw new Error(`Invalid ${inputName} '${value}': only https URLs are allowed`);
    if (url.username || url.password)
        throw new Error(`Invalid ${inputName} '${value}': credentials in the URL are not allowed`);
    if (url.search || url.hash)
        throw new Error(`Invalid ${inputName} '${value}': a query string or fragment is not allowed`);
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
function resolveCloud(options = {}) {
    const name = options.cloud ? parseCloudName(options.cloud) : 'AzureCloud';
    const base = CLOUDS[name];
    const authorityHost = options.authorityHost
        ? validateHttpsEndpoint(options.authorityHost, 'authority-host')
        : base.authorityHost;
    const graphEndpoint = options.graphEndpoint
        ? validateHttpsEndpoint(options.graphEndpoint, 'graph-endpoint')
        : base.graphEndpoint;
    const custom = authorityHost !== base.authorityHost || graphEndpoint !== base.graphEndpoint;
    return {
        cloud: custom ? 'custom' : name,
        authorityHost,
        graphEndpoint,
        knownAuthority: isKnownAuthorityHost(authorityHost),
    };
}


/***/ }),

/***/ 1063:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ withEarlyToken),
/* harmony export */   T: () => (/* binding */ requestOidcTokenEarly)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
// Asks for the job's GitHub OIDC token the moment the process starts, before the rest of the
// action is loaded: loading @actions/core, the Azure SDK and MSAL costs more than the request
// itself, so the two overlap instead of adding up (bench: cold start, single-app check).
// Deliberately small and dependency-free: nothing here may log, and any failure (or a proxy,
// which only @actions/http-client honours) leaves the token to the normal, retried path
// (`core.getIDToken`), which also explains what went wrong.


const SEND_WAIT_MS = 1_000;
const RESPONSE_TIMEOUT_MS = 10_000;
const MAX_BODY_BYTES = 64 * 1024;
function requestOidcTokenEarly(env, audience) {
    const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!requestUrl || !bearer)
        return null;
    if (env.https_proxy || env.HTTPS_PROXY || env.http_proxy || env.HTTP_PROXY)
        return null;
    let url;
    try {
        url = new URL(`${requestUrl}&audience=${encodeURIComponent(audience)}`);
    }
    catch {
        return null;
    }
    const client = url.protocol === 'https:' ? (node_https__WEBPACK_IMPORTED_MODULE_1___default()) : url.protocol === 'http:' ? (node_http__WEBPACK_IMPORTED_MODULE_0___default()) : null;
    if (!client)
        return null;
    let markSent = () => undefined;
    const sent = new Promise((resolve) => {
        markSent = resolve;
        setTimeout(resolve, SEND_WAIT_MS).unref();
    });
    const token = new Promise((resolve) => {
        const request = client.request(url, { headers: { authorization: `Bearer ${bearer}`, accept: 'application/json' }, timeout: RESPONSE_TIMEOUT_MS }, (response) => {
            const chunks = [];
            let size = 0;
            response.on('data', (chunk) => {
                size += chunk.length;
                if (size > MAX_BODY_BYTES)
                    request.destroy();
                else
                    chunks.push(chunk);
            });
            response.on('end', () => resolve(response.statusCode === 200 ? tokenOf(Buffer.concat(chunks)) : null));
            response.on('error', () => resolve(null));
        });
        request.on('finish', () => markSent());
        request.on('timeout', () => request.destroy());
        request.on('error', () => {
            markSent();
            resolve(null);
        });
        request.on('close', () => resolve(null)); // no-op when already resolved
        request.end();
    });
    return { audience, sent, token };
}
function tokenOf(body) {
    try {
        const value = JSON.parse(body.toString('utf8')).value;
        return typeof value === 'string' && value !== '' ? value : null;
    }
    catch {
        return null;
    }
}
/** A fetcher for the token source: the early token once (when it matches), then `fallback`. */
function withEarlyToken(early, fallback) {
    let pending = early;
    return async (audience) => {
        const first = pending;
        pending = null;
        if (first && first.audience === audience) {
            const token = await first.token;
            if (token)
                return token;
        }
        return fallback(audience);
    };
}


/***/ }),

/***/ 7652:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  GP: () => (/* binding */ getInputs),
  sK: () => (/* binding */ requireIdentity)
});

// UNUSED EXPORTS: CLOUD_NAMES, DEFAULT_AUDIENCE, FAIL_ON, inputReader

// EXTERNAL MODULE: ./src/auth/clouds.ts
var clouds = __nccwpck_require__(6910);
;// CONCATENATED MODULE: ./src/config/validate.ts
// Named parsers for user input. Each error quotes the bad value and states the rule,
// so a user can fix their workflow without reading our source.
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// A verified domain such as contoso.onmicrosoft.com or contoso.com.
const DOMAIN = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
class InputError extends Error {
    name = 'InputError';
}
/** Quote a user value for an error message without echoing anything huge or multi-line. */
function quote(value) {
    const flat = value.replace(/[\r\n\t]/g, ' ');
    return JSON.stringify(flat.length > 80 ? `${flat.slice(0, 77)}...` : flat);
}
function isGuid(value) {
    return GUID.test(value);
}
function parseGuid(name, value) {
    if (!isGuid(value)) {
        throw new InputError(`${name} must be a GUID such as 00000000-0000-0000-0000-000000000000; got ${quote(value)}.`);
    }
    return value.toLowerCase();
}
function parseTenant(name, value) {
    if (isGuid(value))
        return value.toLowerCase();
    if (DOMAIN.test(value))
        return value.toLowerCase();
    throw new InputError(`${name} must be the directory (tenant) ID, a GUID, or a verified domain such as contoso.onmicrosoft.com; got ${quote(value)}.`);
}
/** Comma- or newline-separated list; blanks and surrounding spaces ignored. */
function parseList(value) {
    return value
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
}
function parseGuidList(name, value) {
    const items = parseList(value);
    const bad = items.filter((s) => !isGuid(s));
    if (bad.length > 0) {
        throw new InputError(`${name} must list application (client) IDs as GUIDs, separated by commas or new lines; not GUIDs: ${bad.map(quote).join(', ')}.`);
    }
    return [...new Set(items.map((s) => s.toLowerCase()))];
}
function parseEnum(name, value, allowed) {
    const hit = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
    if (hit === undefined) {
        throw new InputError(`${name} must be one of ${allowed.join(', ')}; got ${quote(value)}.`);
    }
    return hit;
}
function parseBoolean(name, value) {
    const v = value.trim().toLowerCase();
    if (['true', 'yes', '1', 'on'].includes(v))
        return true;
    if (['false', 'no', '0', 'off', ''].includes(v))
        return false;
    throw new InputError(`${name} must be true or false; got ${quote(value)}.`);
}
/** An https URL without query or fragment, returned without a trailing slash. */
function parseHttpsUrl(name, value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new InputError(`${name} must be an absolute https URL such as https://login.microsoftonline.com; got ${quote(value)}.`);
    }
    if (url.protocol !== 'https:') {
        throw new InputError(`${name} must use https (Entra and Graph refuse plain http); got ${quote(value)}.`);
    }
    if (url.search || url.hash || url.username || url.password) {
        throw new InputError(`${name} must not carry a query, fragment or credentials; got ${quote(url.origin + url.pathname)}.`);
    }
    return url.href.replace(/\/+$/, '');
}

;// CONCATENATED MODULE: ./src/config/inputs.ts
// Inputs are read once, validated, and frozen, before anything touches the network.


const FAIL_ON = ['error', 'warning', 'never'];

const DEFAULT_AUDIENCE = 'api://AzureADTokenExchange';
/**
 * The runner's INPUT_* variables, read exactly as @actions/core's getInput names them. Not through
 * @actions/core itself: the entry point validates inputs before it loads the rest of the action.
 */
function inputReader(env = process.env) {
    return (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
}
/**
 * Read and validate every input. `env` supplies the AZURE_* fallbacks and RUNNER_TEMP.
 * Throws InputError with one message per problem found, all at once.
 */
function getInputs(env = process.env, read = inputReader(env)) {
    const problems = [];
    const attempt = (fn, fallback) => {
        try {
            return fn();
        }
        catch (err) {
            if (err instanceof InputError) {
                problems.push(err.message);
                return fallback;
            }
            throw err;
        }
    };
    const text = (name) => read(name).trim();
    const tenantRaw = text('tenant-id') || (env.AZURE_TENANT_ID ?? '').trim();
    const clientRaw = text('client-id') || (env.AZURE_CLIENT_ID ?? '').trim();
    const tenantId = tenantRaw ? attempt(() => parseTenant('tenant-id', tenantRaw), null) : null;
    const clientId = clientRaw ? attempt(() => parseGuid('client-id', clientRaw), null) : null;
    const appsRaw = text('apps');
    const apps = appsRaw ? attempt(() => parseGuidList('apps', appsRaw), []) : clientId ? [clientId] : [];
    const authorityRaw = text('authority-host');
    const graphRaw = text('graph-endpoint');
    const runnerTemp = env.RUNNER_TEMP ?? '';
    const reportFile = text('report-file') ||
        (runnerTemp ? `${runnerTemp}/entra-federation-guard/report.json` : 'entra-federation-guard-report.json');
    const audience = text('audience') || DEFAULT_AUDIENCE;
    if (/\s/.test(audience))
        problems.push(`audience must not contain white space; got ${quote(audience)}.`);
    const inputs = {
        tenantId,
        clientId,
        apps,
        policy: text('policy') || null,
        failOn: attempt(() => parseEnum('fail-on', text('fail-on') || 'error', FAIL_ON), 'error'),
        workflows: text('workflows') || '.github/workflows',
        githubToken: read('github-token'),
        comment: attempt(() => parseBoolean('comment', text('comment')), false),
        sarifFile: text('sarif-file') || null,
        reportFile,
        audience,
        cloud: attempt(() => parseEnum('cloud', text('cloud') || 'AzureCloud', clouds/* CLOUD_NAMES */.vD), 'AzureCloud'),
        authorityHost: authorityRaw ? attempt(() => parseHttpsUrl('authority-host', authorityRaw), null) : null,
        graphEndpoint: graphRaw ? attempt(() => parseHttpsUrl('graph-endpoint', graphRaw), null) : null,
    };
    if (problems.length > 0)
        throw new InputError(problems.join('\n'));
    return Object.freeze({ ...inputs, apps: Object.freeze([...inputs.apps]) });
}
/** Signing in needs both ids; checked only where a token can exist, so forks can still analyse workflows. */
function requireIdentity(inputs) {
    const missing = [];
    if (!inputs.tenantId)
        missing.push('tenant-id (or the AZURE_TENANT_ID environment variable)');
    if (!inputs.clientId)
        missing.push('client-id (or the AZURE_CLIENT_ID environment variable)');
    if (missing.length > 0 || !inputs.tenantId || !inputs.clientId) {
        throw new InputError(`Missing ${missing.join(' and ')}: set them to the directory (tenant) ID and the application (client) ID of the app registration this workflow signs in as.`);
    }
    return { tenantId: inputs.tenantId, clientId: inputs.clientId };
}


/***/ }),

/***/ 7806:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   TI: () => (/* binding */ writeContainedFile),
/* harmony export */   aM: () => (/* binding */ readContainedFile),
/* harmony export */   k0: () => (/* binding */ UnsafePathError),
/* harmony export */   sK: () => (/* binding */ listContainedFolder)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
// Every file the product opens goes through here. The checkout is written by whoever opened the pull request,
// so a path in it may be a symlink to /proc/self/environ, ~/.ssh or a file outside the workspace: reads resolve
// the real path and stay inside the folder they were given, take regular files only and read at most a cap;
// writes never follow a symlink and never leave the folders they were given (the workspace, the runner's temp).




/** A path the product refuses to read or write; the message says which path, why, and what to do. */
class UnsafePathError extends Error {
    code;
    constructor(message, code) {
        super(message);
        this.code = code;
        this.name = 'UnsafePathError';
    }
}
/** Pseudo file systems whose files report size 0 yet hold secrets (/proc/self/environ) or never end. */
const PSEUDO_ROOTS = ['/proc', '/sys', '/dev'];
function isInside(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, path);
    return rel === '' || (!rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(rel));
}
function isPseudo(path) {
    return PSEUDO_ROOTS.some((root) => path === root || path.startsWith(root + node_path__WEBPACK_IMPORTED_MODULE_2__.sep));
}
async function realRoot(root) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root));
    }
    catch {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root);
    }
}
/**
 * Reads a regular file of at most `maxBytes` whose real path lies inside `within`. The size is checked on the
 * open descriptor and the read stops at the cap, so a file that grows or lies about its size cannot get past it.
 */
async function readContainedFile(path, options) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path);
    const shown = options.shown ?? absolute;
    let real;
    try {
        real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(absolute);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            throw new UnsafePathError(`Cannot read ${options.what} ${shown}: the file does not exist.`, 'ENOENT');
        throw new UnsafePathError(`Cannot read ${options.what} ${shown}: ${ioReason(error)}.`, 'IO');
    }
    if (options.within !== undefined) {
        const root = await realRoot(options.within);
        if (!isInside(root, real))
            throw new UnsafePathError(`Refused to read ${options.what} ${shown}: it resolves (through a symlink or '..') to a path outside ${root}. ` +
                'Only files inside the workspace are read; replace the symlink with the file itself.', 'OUTSIDE');
    }
    if (isPseudo(real))
        throw new UnsafePathError(`Refused to read ${options.what} ${shown}: it resolves to ${real}, a system pseudo-file.`, 'NOT_REGULAR');
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(real, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    }
    catch (error) {
        throw new UnsafePathError(`Cannot read ${options.what} ${shown}: ${ioReason(error)}.`, 'IO');
    }
    try {
        const info = await handle.stat();
        if (info.isDirectory())
            throw new UnsafePathError(`Cannot read ${options.what} ${shown}: it is a directory.`, 'EISDIR');
        if (!info.isFile())
            throw new UnsafePathError(`Refused to read ${options.what} ${shown}: it is not a regular file (a device, pipe or socket).`, 'NOT_REGULAR');
        if (info.size > options.maxBytes)
            throw tooLarge(options, shown);
        const buffer = Buffer.alloc(Math.min(info.size, options.maxBytes) + 1);
        let filled = 0;
        while (filled < buffer.length) {
            const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
            if (bytesRead === 0)
                break;
            filled += bytesRead;
        }
        if (filled > options.maxBytes)
            throw tooLarge(options, shown);
        return buffer.subarray(0, filled).toString('utf8');
    }
    finally {
        await handle.close();
    }
}
function tooLarge(options, shown) {
    return new UnsafePathError(`Refused to read ${options.what} ${shown}: it is larger than ${options.maxBytes} bytes.`, 'TOO_LARGE');
}
/**
 * The entries of a folder that must itself resolve inside `within`. Entries are listed, not followed: each is
 * read with readContainedFile, which refuses the ones that point outside.
 */
async function listContainedFolder(folder, within, what) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(folder);
    let real;
    try {
        real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(absolute);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return null;
        throw new UnsafePathError(`Could not list ${what} ${absolute}: ${ioReason(error)}.`, 'IO');
    }
    const root = await realRoot(within);
    if (!isInside(root, real))
        throw new UnsafePathError(`Refused to list ${what} ${absolute}: it resolves to ${real}, outside ${root}.`, 'OUTSIDE');
    let names;
    try {
        names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(real);
    }
    catch (error) {
        throw new UnsafePathError(`Could not list ${what} ${absolute}: ${ioReason(error)}.`, 'IO');
    }
    return names.sort().map((name) => ({ name, path: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(absolute, name) }));
}
/**
 * Writes `text` to `path`, creating its folder. Refuses when the file is a symlink (O_NOFOLLOW, and an lstat
 * check for systems without it), when it is not a regular file, and when its real folder is outside `within`.
 */
async function writeContainedFile(path, text, options) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path);
    const roots = await Promise.all((options.within ?? []).map(realRoot));
    if (options.within !== undefined &&
        !roots.some((root) => isInside(root, absolute)) &&
        !looselyInside(options.within, absolute))
        throw new UnsafePathError(`Refused to write ${options.what} ${absolute}: it is outside ${roots.join(' and ')}.`, 'OUTSIDE');
    const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(absolute);
    // mkdir follows symlinked folders: the deepest folder that exists must really be inside, and the ones
    // created below it are new, so none of them is a symlink.
    const existingFolder = await deepestExisting(folder);
    const realExisting = await realRoot(existingFolder);
    if (options.within !== undefined && !roots.some((root) => isInside(root, realExisting)))
        throw new UnsafePathError(`Refused to write ${options.what} ${absolute}: its folder resolves (through a symlink) to ${realExisting}, outside ${roots.join(' and ')}.`, 'OUTSIDE');
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(folder, { recursive: true });
    }
    catch (error) {
        throw new UnsafePathError(`Could not create the folder of ${options.what} ${absolute}: ${ioReason(error)}.`, 'IO');
    }
    const realFolder = await realRoot(folder);
    if (options.within !== undefined && !roots.some((root) => isInside(root, realFolder)))
        throw new UnsafePathError(`Refused to write ${options.what} ${absolute}: its folder resolves (through a symlink) to ${realFolder}, outside ${roots.join(' and ')}.`, 'OUTSIDE');
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(realFolder, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(folder, absolute));
    const existing = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(target).catch(() => null);
    if (existing?.isSymbolicLink())
        throw new UnsafePathError(`Refused to write ${options.what} ${absolute}: it is a symlink, and writing would change the file it points to. Delete the symlink or choose another path.`, 'SYMLINK');
    if (existing && !existing.isFile())
        throw new UnsafePathError(`Refused to write ${options.what} ${absolute}: it exists and is not a regular file.`, 'NOT_REGULAR');
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(target, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_TRUNC | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK, 0o644);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ELOOP')
            throw new UnsafePathError(`Refused to write ${options.what} ${absolute}: it is a symlink.`, 'SYMLINK');
        throw new UnsafePathError(`Could not write ${options.what} ${absolute}: ${ioReason(error)}.`, 'IO');
    }
    try {
        const info = await handle.stat();
        if (!info.isFile())
            throw new UnsafePathError(`Refused to write ${options.what} ${absolute}: it is not a regular file.`, 'NOT_REGULAR');
        await handle.writeFile(text, 'utf8');
    }
    finally {
        await handle.close();
    }
}
async function deepestExisting(folder) {
    let current = folder;
    for (;;) {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(current).catch(() => null);
        if (info)
            return current;
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(current);
        if (parent === current)
            return current;
        current = parent;
    }
}
/** The unresolved path is inside a root as written (the root itself may be a symlink, e.g. /tmp on macOS). */
function looselyInside(roots, absolute) {
    return roots.some((root) => isInside((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root), absolute));
}
function ioReason(error) {
    const e = error;
    switch (e.code) {
        case 'EACCES':
        case 'EPERM':
            return 'permission denied';
        case 'ELOOP':
            return 'too many levels of symlinks';
        case 'ENOTDIR':
            return 'a part of the path is not a folder';
        case 'EISDIR':
            return 'it is a directory';
        default:
            return e.code ?? 'input/output error';
    }
}


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _action_prepare_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6376);
/* harmony import */ var _auth_early_oidc_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1063);
// The action's entry point. Inputs and the policy are checked first (light modules, no network),
// then the OIDC request goes out and the rest of the action loads while GitHub answers; loading
// is synchronous, so it waits until the request has left. run() owns all error handling.


const prepared = await (0,_action_prepare_js__WEBPACK_IMPORTED_MODULE_0__/* .prepare */ .i)(process.env).catch((error) => ({ error }));
const earlyToken = 'error' in prepared ? null : (0,_auth_early_oidc_js__WEBPACK_IMPORTED_MODULE_1__/* .requestOidcTokenEarly */ .T)(process.env, prepared.inputs.audience);
await earlyToken?.sent;
const { run } = await Promise.all(/* import() */[__nccwpck_require__.e(177), __nccwpck_require__.e(653)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8653));
await run(prepared, earlyToken);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 9547:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ charsEqualIgnoringCase),
/* harmony export */   d: () => (/* binding */ equalsIgnoringCase)
/* harmony export */ });
// Case-insensitive comparison the way Entra's "ordinal ignore case" check behaves: character by
// character with simple case mapping, so lengths never change ('ß' does not equal 'SS').
function charsEqualIgnoringCase(a, b) {
    if (a === b)
        return true;
    const lowerA = a.toLowerCase();
    const lowerB = b.toLowerCase();
    if (lowerA.length === a.length && lowerB.length === b.length && lowerA === lowerB)
        return true;
    const upperA = a.toUpperCase();
    const upperB = b.toUpperCase();
    return upperA.length === a.length && upperB.length === b.length && upperA === upperB;
}
function equalsIgnoringCase(a, b) {
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++) {
        if (!charsEqualIgnoringCase(a.charAt(i), b.charAt(i)))
            return false;
    }
    return true;
}


/***/ }),

/***/ 6047:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ur: () => (/* binding */ BINDING_CLAIMS),
  Dj: () => (/* binding */ REPOSITORY_ID_PLACEHOLDER),
  qK: () => (/* binding */ compliantExpression),
  uN: () => (/* binding */ compliantRewrite),
  O4: () => (/* binding */ evaluateExpression),
  IO: () => (/* binding */ githubBindingProblem),
  eu: () => (/* reexport */ globMatch),
  YK: () => (/* binding */ parseExpression),
  W9: () => (/* binding */ printExpression)
});

// UNUSED EXPORTS: globToRegExp

// EXTERNAL MODULE: ./src/matching/case.ts
var matching_case = __nccwpck_require__(9547);
;// CONCATENATED MODULE: ./src/matching/glob.ts
// The `matches` wildcard language of flexible federated credentials (emulator/facts/federation.md#flexible-expressions): `*` is any run of
// characters (including none and '/'), `?` exactly one character, everything else literal.

/** Anchored glob for `matches`: `*` any run of characters (including empty and '/'), `?` exactly one character; everything else literal. */
function globToRegExp(pattern, ignoreCase = false) {
    let source = '';
    for (const ch of collapseStars(pattern)) {
        if (ch === '*')
            source += '[\\s\\S]*';
        else if (ch === '?')
            source += '[\\s\\S]';
        else
            source += ch.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
    }
    // Anchored on both ends: a pattern must describe the whole claim, never a substring of it.
    return new RegExp(`^(?:${source})$`, ignoreCase ? 'i' : '');
}
/**
 * Matches `text` against a glob in O(pattern × text) time at worst, with no backtracking blow-up.
 * Evaluation uses this rather than `globToRegExp`: a regex with many stars backtracks
 * polynomially in the number of stars, which an expression read from Graph must not be able to cause.
 * Characters are UTF-16 code units, like `?` in the regex form.
 */
function globMatch(pattern, text, ignoreCase = false) {
    const same = ignoreCase ? matching_case/* charsEqualIgnoringCase */.J : (a, b) => a === b;
    let p = 0;
    let t = 0;
    let starP = -1; // position after the last '*' seen
    let starT = 0; // text position that star currently absorbs up to
    while (t < text.length) {
        const pc = pattern.charAt(p);
        if (p < pattern.length && pc === '*') {
            starP = ++p;
            starT = t;
        }
        else if (p < pattern.length && (pc === '?' || same(pc, text.charAt(t)))) {
            p++;
            t++;
        }
        else if (starP !== -1) {
            // Let the last star absorb one more character and retry from just after it.
            p = starP;
            t = ++starT;
        }
        else {
            return false;
        }
    }
    while (p < pattern.length && pattern.charAt(p) === '*')
        p++;
    return p === pattern.length;
}
function collapseStars(pattern) {
    return pattern.replace(/\*{2,}/g, '*');
}

;// CONCATENATED MODULE: ./src/matching/expression.ts
// The claims-matching expression of a flexible federated identity credential, e.g.
//   claims['sub'] matches 'repo:contoso/app:ref:refs/heads/*' and claims['repository_id'] eq '456789'
// (Entra's flexible FIC page, MicrosoftDocs/entra-docs
// docs/workload-id/workload-identities-flexible-federated-identity-credentials.md, GitHub tab; facts in
// emulator/facts/federation.md#flexible-expressions). Parsed first, then evaluated, so a malformed
// expression is reported rather than silently never matching; a well-formed expression Entra no longer
// accepts for GitHub (no repository_id/repository_owner_id binding) is told apart by `githubBindingProblem`.



/** Claims the GitHub issuer supports in an expression, with their operators (Entra's flexible FIC doc, GitHub tab). */
const CLAIM_OPERATORS = new Map([
    ['sub', ['eq', 'matches']],
    ['job_workflow_ref', ['eq', 'matches']],
    ['repository_id', ['eq']],
    ['repository_owner_id', ['eq']],
]);
const CLAIMS = [...CLAIM_OPERATORS.keys()];
const OPERATORS = ['eq', 'matches'];
/** The immutable claims a GitHub expression must bind with `eq`, one or both. */
const BINDING_CLAIMS = ['repository_id', 'repository_owner_id'];
const QUOTE = "'";
const TYPOGRAPHIC_QUOTES = /[\u2018\u2019\u201c\u201d]/;
class ExpressionSyntaxError extends Error {
    position;
    constructor(message, position) {
        super(message);
        this.position = position;
    }
}
function parseExpression(text) {
    try {
        return { ok: true, value: new Parser(text).parse() };
    }
    catch (error) {
        if (error instanceof ExpressionSyntaxError)
            return { ok: false, error: error.message, position: error.position };
        throw error;
    }
}
class Parser {
    text;
    pos = 0;
    constructor(text) {
        this.text = text;
    }
    parse() {
        if (this.text.trim() === '') {
            this.fail("the expression is empty: expected claims['sub'] eq '<value>' or claims['sub'] matches '<pattern>'");
        }
        const clauses = [];
        for (;;) {
            const start = this.pos;
            const clause = this.clause();
            if (clauses.some((c) => c.claim === clause.claim)) {
                this.fail(`claim '${clause.claim}' is tested twice; 'and' combines clauses on different claims`, start);
            }
            clauses.push(clause);
            if (this.pos === this.text.length)
                return { clauses };
            if (this.text.startsWith(' and ', this.pos)) {
                this.pos += ' and '.length;
                continue;
            }
            this.failAfterClause();
        }
    }
    failAfterClause() {
        const rest = this.text.slice(this.pos);
        const word = /^\s*(\S+)/.exec(rest)?.[1] ?? '';
        const wordAt = this.pos + rest.indexOf(word);
        if (word === 'or' || word === '||') {
            this.fail("'or' is not supported: only 'and' combines clauses (use one credential per alternative)", wordAt);
        }
        if (word === 'and')
            this.fail("expected exactly one space before and after 'and'", this.pos);
        if (word === 'AND' || word === '&&')
            this.fail(`'${word}' is not an operator: clauses are joined with lowercase 'and'`, wordAt);
        this.fail(`unexpected text after the clause: expected ' and ' or the end of the expression, found '${excerpt(rest)}'`);
    }
    clause() {
        if (/^not\b/i.test(this.rest()) || this.rest().startsWith('!')) {
            this.fail("'not' is not supported: an expression can only require claims, not exclude them");
        }
        if (/^\s/.test(this.rest()))
            this.fail("unexpected whitespace: expected claims['<claim>']");
        this.expectLiteral('claims[', "expected claims['<claim>']");
        this.expectQuote('the claim name');
        const nameStart = this.pos;
        const nameEnd = this.text.indexOf(QUOTE, nameStart);
        if (nameEnd === -1)
            this.fail("unterminated claim name: expected ' and ] after it", nameStart);
        const name = this.text.slice(nameStart, nameEnd);
        const claim = CLAIMS.find((c) => c === name);
        if (claim === undefined) {
            this.fail(`unknown claim '${name}': the GitHub issuer supports only 'sub', 'job_workflow_ref', 'repository_id' and 'repository_owner_id'`, nameStart);
        }
        this.pos = nameEnd + 1;
        this.expectLiteral(']', `expected ] to close claims['${name}'`);
        this.expectSingleSpace(`after claims['${name}']`);
        const operatorStart = this.pos;
        const operatorText = /^[^\s']*/.exec(this.rest())?.[0] ?? '';
        const operator = OPERATORS.find((o) => o === operatorText);
        if (operator === undefined) {
            this.fail(`unknown operator '${operatorText}': expected 'eq' or 'matches'`, operatorStart);
        }
        if (!(CLAIM_OPERATORS.get(claim) ?? []).includes(operator)) {
            this.fail(`claims['${claim}'] supports only 'eq' (an exact id), not '${operator}'`, operatorStart);
        }
        this.pos += operatorText.length;
        this.expectSingleSpace(`after '${operator}'`);
        return { claim, operator, value: this.comparand() };
    }
    /** A single-quoted string in which '' stands for one ' (the Entra doc: "single quotes act as escape characters"). */
    comparand() {
        const open = this.pos;
        this.expectQuote('the comparand');
        let value = '';
        let from = this.pos;
        for (;;) {
            const quote = this.text.indexOf(QUOTE, from);
            if (quote === -1)
                this.fail("unterminated comparand: expected a closing ' (write '' for a quote inside it)", open);
            value += this.text.slice(from, quote);
            if (this.text.charAt(quote + 1) === QUOTE) {
                value += QUOTE;
                from = quote + 2;
                continue;
            }
            this.pos = quote + 1;
            return value;
        }
    }
    expectQuote(what) {
        const ch = this.text.charAt(this.pos);
        if (ch === QUOTE) {
            this.pos++;
            return;
        }
        if (TYPOGRAPHIC_QUOTES.test(ch))
            this.fail(`${what} uses a typographic quote '${ch}': use a straight single quote '`);
        if (ch === '"')
            this.fail(`${what} must be in single quotes, not double quotes`);
        this.fail(`expected ' to open ${what}, found '${excerpt(this.rest())}'`);
    }
    expectLiteral(literal, message) {
        if (!this.text.startsWith(literal, this.pos))
            this.fail(`${message}, found '${excerpt(this.rest())}'`);
        this.pos += literal.length;
    }
    expectSingleSpace(where) {
        if (this.text.charAt(this.pos) !== ' ') {
            this.fail(`expected a single space ${where}, found '${excerpt(this.rest())}'`);
        }
        if (/^\s/.test(this.text.charAt(this.pos + 1)))
            this.fail(`expected a single space ${where}, found several`);
        this.pos++;
    }
    rest() {
        return this.text.slice(this.pos);
    }
    fail(message, position = this.pos) {
        throw new ExpressionSyntaxError(`${message} (at position ${position})`, position);
    }
}
function excerpt(text) {
    if (text === '')
        return 'the end of the expression';
    return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}
/** Canonical form; parse(print(e)) deep-equals e for any expression parse can return. */
function printExpression(e) {
    return e.clauses
        .map((c) => `claims['${c.claim}'] ${c.operator} '${c.value.replaceAll(QUOTE, QUOTE + QUOTE)}'`)
        .join(' and ');
}
/** True when every clause holds. An expression with no clauses never matches, and neither does a missing claim. */
function evaluateExpression(e, claims, options = {}) {
    const ignoreCase = options.ignoreCase === true;
    if (e.clauses.length === 0)
        return false;
    return e.clauses.every((clause) => {
        const actual = claims[clause.claim];
        if (typeof actual !== 'string')
            return false;
        if (clause.operator === 'matches')
            return globMatch(clause.value, actual, ignoreCase);
        return ignoreCase ? (0,matching_case/* equalsIgnoringCase */.d)(actual, clause.value) : actual === clause.value;
    });
}
/**
 * Why Entra does not accept this expression for the GitHub issuer, or null when it does: Entra requires
 * a GitHub expression to match `sub` and to bind `repository_id` and/or `repository_owner_id` with `eq`
 * (Entra's flexible FIC pages, 2026; emulator/facts/federation.md#flexible-expressions).
 */
function githubBindingProblem(e) {
    const missing = [];
    if (!e.clauses.some((c) => c.claim === 'sub'))
        missing.push("does not match claims['sub']");
    if (!e.clauses.some((c) => BINDING_CLAIMS.includes(c.claim) && c.operator === 'eq')) {
        missing.push("binds neither claims['repository_id'] nor claims['repository_owner_id'] with eq");
    }
    if (missing.length === 0)
        return null;
    return `${missing.join(' and ')}, but Entra requires every GitHub expression to match claims['sub'] and to bind repository_id and/or repository_owner_id with eq, whatever the subject format`;
}
const REPOSITORY_ID_PLACEHOLDER = '<repository-id>';
/**
 * The expression with what Entra requires added: a `repository_id` binding (the id when known, else a
 * placeholder to fill in from the token or `gh api repos/OWNER/REPO --jq .id`), and a `sub` clause when
 * `subject` (the subject the expression was meant for) is given and the expression has none.
 */
function compliantRewrite(e, ids, subject) {
    const clauses = [...e.clauses];
    if (!clauses.some((c) => c.claim === 'sub') && subject !== undefined) {
        clauses.unshift({ claim: 'sub', operator: 'eq', value: subject });
    }
    if (!clauses.some((c) => BINDING_CLAIMS.includes(c.claim) && c.operator === 'eq')) {
        const binding = ids.repositoryId !== undefined
            ? { claim: 'repository_id', operator: 'eq', value: ids.repositoryId }
            : ids.repositoryOwnerId !== undefined
                ? { claim: 'repository_owner_id', operator: 'eq', value: ids.repositoryOwnerId }
                : { claim: 'repository_id', operator: 'eq', value: REPOSITORY_ID_PLACEHOLDER };
        const afterSub = clauses.findIndex((c) => c.claim === 'sub') + 1;
        clauses.splice(afterSub, 0, binding);
    }
    return { clauses };
}
/** One compliant expression for a `sub` clause, bound to the repository: the form every remediation proposes. */
function compliantExpression(sub, ids) {
    return printExpression(compliantRewrite({ clauses: [{ claim: 'sub', ...sub }] }, ids));
}


/***/ }),

/***/ 4859:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ci: () => (/* reexport safe */ _subject_js__WEBPACK_IMPORTED_MODULE_0__.Ci),
/* harmony export */   DO: () => (/* reexport safe */ _subject_js__WEBPACK_IMPORTED_MODULE_0__.DO),
/* harmony export */   Dj: () => (/* reexport safe */ _expression_js__WEBPACK_IMPORTED_MODULE_1__.Dj),
/* harmony export */   IO: () => (/* reexport safe */ _expression_js__WEBPACK_IMPORTED_MODULE_1__.IO),
/* harmony export */   W9: () => (/* reexport safe */ _expression_js__WEBPACK_IMPORTED_MODULE_1__.W9),
/* harmony export */   YK: () => (/* reexport safe */ _expression_js__WEBPACK_IMPORTED_MODULE_1__.YK),
/* harmony export */   qK: () => (/* reexport safe */ _expression_js__WEBPACK_IMPORTED_MODULE_1__.qK),
/* harmony export */   uN: () => (/* reexport safe */ _expression_js__WEBPACK_IMPORTED_MODULE_1__.uN),
/* harmony export */   uy: () => (/* reexport safe */ _matcher_js__WEBPACK_IMPORTED_MODULE_2__.uy)
/* harmony export */ });
/* harmony import */ var _subject_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4807);
/* harmony import */ var _expression_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6047);
/* harmony import */ var _matcher_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1869);
// Entra's matching semantics and GitHub's subject rules, as one pure library.





/***/ }),

/***/ 1869:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LD: () => (/* binding */ decide),
/* harmony export */   uy: () => (/* binding */ flexibleIssuerProblem)
/* harmony export */ });
/* unused harmony exports GITHUB_ACTIONS_ISSUER, matchSubject, missingIdClaims, caseDifferences */
/* harmony import */ var _case_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9547);
/* harmony import */ var _expression_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6047);


/** The only issuer Entra supports flexible expressions with GitHub's claims for. */
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
/** The only expression language version Graph documents ("should always be 1"). */
const LANGUAGE_VERSION = 1;
/**
 * Does this token's subject (or claims, for a flexible credential) satisfy this credential?
 * A credential with both or neither of `subject` and `claimsMatchingExpression` (Graph forbids both),
 * with an unparseable expression or unknown language version, or a GitHub expression Entra does not
 * accept (no `sub` clause, or no `eq` binding of repository_id/repository_owner_id), never matches.
 */
function matchSubject(token, credential) {
    if (credential.subject !== null && credential.claimsMatchingExpression === null) {
        if (token.sub === credential.subject)
            return 'match';
        return (0,_case_js__WEBPACK_IMPORTED_MODULE_1__/* .equalsIgnoringCase */ .d)(token.sub, credential.subject) ? 'case-only' : 'no-match';
    }
    const expression = flexibleExpression(credential);
    if (expression === null)
        return 'no-match';
    const claims = stringClaims(token);
    if ((0,_expression_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateExpression */ .O4)(expression, claims))
        return 'match';
    const known = knownPart(expression, claims);
    if (known !== expression && (0,_expression_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateExpression */ .O4)(known, claims))
        return 'undecided';
    return (0,_expression_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateExpression */ .O4)(expression, claims, { ignoreCase: true }) ? 'case-only' : 'no-match';
}
/** The repository-id claims an expression compares that the token does not carry. */
function missingIdClaims(expression, token) {
    return expression.clauses
        .filter((c) => _expression_js__WEBPACK_IMPORTED_MODULE_0__/* .BINDING_CLAIMS */ .ur.includes(c.claim) && typeof token[c.claim] !== 'string')
        .map((c) => c.claim);
}
/** The expression without its clauses on repository ids the token does not carry (itself when none). */
function knownPart(expression, claims) {
    const clauses = expression.clauses.filter((c) => !_expression_js__WEBPACK_IMPORTED_MODULE_0__/* .BINDING_CLAIMS */ .ur.includes(c.claim) || claims[c.claim] !== undefined);
    return clauses.length === expression.clauses.length ? expression : { clauses };
}
/**
 * What Entra decides for a presented token against an app's credentials: first filter by exact issuer
 * (none → 700211), then by audience (the token's aud must equal the credential's audience exactly;
 * none → 700212), then by subject (exact → match; only ignoring case → 7002138; else 700213).
 * `undecided` (a predicted token without the ids a flexible credential compares) outranks the failures:
 * that credential may yet match.
 */
function decide(token, credentials) {
    const byIssuer = credentials.filter((c) => c.issuer === token.iss);
    if (byIssuer.length === 0)
        return { outcome: 'no-issuer', code: 700211 };
    // A JWT `aud` may be an array (RFC 7519 §4.1.3); the token is for us if any entry is ours.
    const audiences = typeof token.aud === 'string' ? [token.aud] : token.aud;
    const byAudience = byIssuer.filter((c) => c.audiences.some((a) => audiences.includes(a)));
    if (byAudience.length === 0)
        return { outcome: 'no-audience', code: 700212 };
    let caseOnly;
    let undecided;
    for (const credential of byAudience) {
        const verdict = matchSubject(token, credential);
        if (verdict === 'match')
            return { outcome: 'match', credential };
        if (verdict === 'case-only')
            caseOnly ??= credential;
        if (verdict === 'undecided')
            undecided ??= credential;
    }
    if (undecided !== undefined) {
        const expression = flexibleExpression(undecided);
        return {
            outcome: 'undecided',
            credential: undecided,
            missing: expression ? missingIdClaims(expression, token) : [],
        };
    }
    if (caseOnly !== undefined) {
        return {
            outcome: 'subject-case',
            code: 7002138,
            credential: caseOnly,
            differences: differencesFor(token, caseOnly),
        };
    }
    return { outcome: 'no-subject', code: 700213 };
}
/** Runs of characters, over the common length, that differ only by case. */
function caseDifferences(presented, configured) {
    const differences = [];
    const length = Math.min(presented.length, configured.length);
    let run;
    for (let i = 0; i < length; i++) {
        const p = presented.charAt(i);
        const c = configured.charAt(i);
        if (p !== c && (0,_case_js__WEBPACK_IMPORTED_MODULE_1__/* .charsEqualIgnoringCase */ .J)(p, c)) {
            if (run !== undefined && run.index + run.presented.length === i) {
                run.presented += p;
                run.configured += c;
            }
            else {
                run = { index: i, presented: p, configured: c };
                differences.push(run);
            }
        }
    }
    return differences;
}
/** For a flexible credential only `eq` on `sub` has a literal to compare with; a glob has none. */
function differencesFor(token, credential) {
    if (credential.subject !== null)
        return caseDifferences(token.sub, credential.subject);
    const subClause = flexibleExpression(credential)?.clauses.find((c) => c.claim === 'sub' && c.operator === 'eq');
    return subClause === undefined ? [] : caseDifferences(token.sub, subClause.value);
}
/**
 * Why Entra takes no flexible expression from this issuer, or null when it does: GitHub only as
 * https://token.actions.githubusercontent.com (not enterprise-slug issuers or GHES), GitLab and Terraform
 * Cloud with `sub` alone (Entra's flexible FIC page, issuer tabs).
 */
function flexibleIssuerProblem(issuer, expression) {
    if (issuer === GITHUB_ACTIONS_ISSUER)
        return null;
    const gitlab = /^https:\/\/gitlab(\.[^./]+)?\.(com|ca)$/.test(issuer) && issuer !== 'https://gitlab.ca';
    const terraform = issuer === 'https://app.terraform.io' || issuer === 'https://app.eu.terraform.io';
    if (gitlab || terraform) {
        return expression.clauses.every((c) => c.claim === 'sub')
            ? null
            : `Entra supports only claims['sub'] for ${issuer}`;
    }
    return `Entra supports flexible expressions only for the issuers it lists (for GitHub, ${GITHUB_ACTIONS_ISSUER}), not ${issuer}`;
}
/** The credential's expression when Entra can use it: parsed, version 1, a supported issuer, and for GitHub bound to a repository id. */
function flexibleExpression(credential) {
    const cme = credential.claimsMatchingExpression;
    if (credential.subject !== null || cme === null || cme.languageVersion !== LANGUAGE_VERSION)
        return null;
    const parsed = (0,_expression_js__WEBPACK_IMPORTED_MODULE_0__/* .parseExpression */ .YK)(cme.value);
    if (!parsed.ok)
        return null;
    if (flexibleIssuerProblem(credential.issuer, parsed.value) !== null)
        return null;
    if (credential.issuer === GITHUB_ACTIONS_ISSUER && (0,_expression_js__WEBPACK_IMPORTED_MODULE_0__/* .githubBindingProblem */ .IO)(parsed.value) !== null)
        return null;
    return parsed.value;
}
function stringClaims(token) {
    const claims = {};
    for (const [name, value] of Object.entries(token)) {
        if (typeof value === 'string')
            claims[name] = value;
    }
    return claims;
}


/***/ }),

/***/ 4807:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  aF: () => (/* binding */ SubjectFormatError),
  Vm: () => (/* binding */ contextOf),
  J_: () => (/* binding */ formatContext),
  QK: () => (/* binding */ formatSubject),
  Ci: () => (/* binding */ parseSubject),
  cT: () => (/* binding */ printSubject),
  DO: () => (/* reexport */ subjectDefects)
});

// UNUSED EXPORTS: GITHUB_SUBJECT_KEYS

;// CONCATENATED MODULE: ./src/matching/subject-syntax.ts
// Lexical facts about GitHub's `sub` claim shared by the formatter, the parser and the defect checker.
/** include_claim_keys entries contain only letters, digits and '_' (emulator/facts/federation.md#github-subject). */
const CLAIM_KEY = /^[A-Za-z0-9_]+$/;
/** The keys the `context` part expands to: environment:NAME, ref:REF, or the bare pull_request. */
const CONTEXT_KEYS = new Set(['environment', 'ref', 'pull_request']);

;// CONCATENATED MODULE: ./src/matching/subject-defects.ts
// What in a configured subject GitHub could never emit: the near-misses people type into the
// portal (pull-request, ref:main, env:prod, a trailing space). Assumes the issuer is GitHub Actions.

/** Claims GitHub puts in its OIDC token (emulator/facts/federation.md#github-token), plus `repo`, the key templates use for the repository. */
const GITHUB_SUBJECT_KEYS = new Set([
    'repo',
    'actor',
    'actor_id',
    'base_ref',
    'check_run_id',
    'enterprise',
    'enterprise_id',
    'environment',
    'environment_node_id',
    'event_name',
    'head_ref',
    'job_workflow_ref',
    'job_workflow_sha',
    'ref',
    'ref_protected',
    'ref_type',
    'repository',
    'repository_id',
    'repository_owner',
    'repository_owner_id',
    'repository_visibility',
    'run_attempt',
    'run_id',
    'run_number',
    'runner_environment',
    'sha',
    'workflow',
    'workflow_ref',
    'workflow_sha',
]);
/** Keys that tie a subject to a repository; a subject without any of them trusts every repository's runs. */
const REPOSITORY_KEYS = new Set([
    'repo',
    'repository',
    'repository_id',
    'repository_owner',
    'repository_owner_id',
    'job_workflow_ref',
    'workflow_ref',
]);
/** Keys people write that GitHub never uses, and what they meant. */
const KEY_ALIASES = new Map([
    ['env', 'environment:<name>'],
    ['environments', 'environment:<name>'],
    ['branch', 'ref:refs/heads/<branch>'],
    ['branches', 'ref:refs/heads/<branch>'],
    ['tag', 'ref:refs/tags/<tag>'],
    ['tags', 'ref:refs/tags/<tag>'],
    ['pr', 'pull_request'],
]);
/** Reasons GitHub could never emit this subject (empty array when it could). Used by the rule fic-malformed-subject. */
function subjectDefects(subject) {
    const text = subject.trim();
    if (text === '')
        return ['the subject is empty'];
    const defects = [];
    if (text !== subject) {
        defects.push('it has leading or trailing whitespace; Entra compares subjects exactly, so remove it');
    }
    if (/\p{Cc}/u.test(text))
        defects.push('it contains a control character such as a newline or tab');
    if (text.includes('*')) {
        defects.push("it contains '*', but a classic federated credential compares the subject literally (no wildcards); use one credential per subject or a flexible credential");
    }
    const walk = new SubjectWalk(text, defects);
    walk.run();
    // A template may legitimately leave the repository out (['repository_owner', 'actor']), but a subject
    // made only of context parts (ref:…, environment:…, pull_request) is a default subject missing its repo part.
    if (walk.onlyContext) {
        defects.push("it names no repository: GitHub's subject starts with repo:OWNER/REPO (or a custom template's repository claim)");
    }
    return defects;
}
class SubjectWalk {
    defects;
    parts;
    seen = new Set();
    namesRepository = false;
    namesOtherClaim = false;
    /** True when the subject holds nothing but context parts: no repository and no other claim. */
    get onlyContext() {
        return !this.namesRepository && !this.namesOtherClaim;
    }
    constructor(text, defects) {
        this.defects = defects;
        this.parts = text.split(':');
    }
    run() {
        let i = 0;
        const first = this.parts[0] ?? '';
        if (first.includes('/') && !/^(environment|env|ref|refs)\//i.test(first)) {
            this.defects.push(`it does not start with 'repo:'; GitHub writes the repository as repo:${first}`);
            this.checkRepo(first);
            this.namesRepository = true;
            i = 1;
        }
        while (i < this.parts.length)
            i = this.step(i);
    }
    /** Reads the claim key at index i (and its value) and returns the index of the next key. */
    step(i) {
        const key = this.parts[i] ?? '';
        const defects = this.defects;
        if (key === 'pull_request')
            return i + 1;
        if (key === '') {
            defects.push(i === this.parts.length - 1 ? "it ends with ':'" : `part ${i + 1} is empty (two ':' in a row)`);
            return i + 1;
        }
        const squashed = key.toLowerCase().replace(/[-_\s]/g, '');
        if (squashed === 'pullrequest' || squashed === 'pullrequests') {
            defects.push(`'${key}' must be written 'pull_request'`);
            return i + 1;
        }
        const slashed = /^(environment|env|ref)\/(.*)$/i.exec(key);
        if (slashed !== null) {
            const [, kind = '', rest = ''] = slashed;
            const proper = kind.toLowerCase() === 'ref' ? 'ref' : 'environment';
            defects.push(`'${key}' separates with '/'; GitHub writes '${proper}:${rest}'`);
            return i + 1;
        }
        if (/^refs\//i.test(key) || /^(heads|tags)\//i.test(key)) {
            defects.push(`'${key}' appears without the 'ref:' key before it`);
            return i + 1;
        }
        if (!CLAIM_KEY.test(key)) {
            defects.push(`'${key}' is not a claim key: keys contain only letters, digits and '_'`);
            this.namesOtherClaim = true;
            return i + 1;
        }
        let canonical = key;
        if (!GITHUB_SUBJECT_KEYS.has(key)) {
            const lower = key.toLowerCase();
            const alias = KEY_ALIASES.get(lower);
            if (GITHUB_SUBJECT_KEYS.has(lower)) {
                defects.push(`'${key}' must be written '${lower}' (claim keys are case-sensitive)`);
                canonical = lower;
            }
            else if (alias !== undefined) {
                defects.push(`'${key}' is not a GitHub claim; GitHub writes '${alias}'`);
                // The value after an alias is what the alias named (a branch, a tag), not a claim value: skip it.
                return alias === 'pull_request' || this.parts[i + 1] === undefined ? i + 1 : i + 2;
            }
            else {
                defects.push(`'${key}' is not a GitHub claim key; if it belongs to the previous value, GitHub writes ':' inside a value as %3A`);
                this.namesOtherClaim = true;
                return i + 1;
            }
        }
        const value = this.parts[i + 1];
        if (value === undefined) {
            defects.push(`'${key}' has no value after it`);
            return i + 1;
        }
        if (this.seen.has(canonical) && canonical !== 'environment' && canonical !== 'ref') {
            defects.push(`'${canonical}' appears twice; a subject template lists each claim once`);
        }
        this.seen.add(canonical);
        if (REPOSITORY_KEYS.has(canonical))
            this.namesRepository = true;
        else if (!CONTEXT_KEYS.has(canonical))
            this.namesOtherClaim = true;
        this.checkValue(canonical, value);
        return i + 2;
    }
    checkValue(key, value) {
        if (value !== value.trim())
            this.defects.push(`the value of '${key}' starts or ends with whitespace`);
        if (key === 'repo')
            this.checkRepo(value);
        else if (key === 'environment' && value === '')
            this.defects.push("the environment name after 'environment:' is empty");
        else if (key === 'ref')
            this.checkRef(value);
    }
    checkRepo(value) {
        const defects = this.defects;
        if (value === '') {
            defects.push("the repository after 'repo:' is empty");
            return;
        }
        const pieces = value.split('/');
        if (pieces.length !== 2) {
            defects.push(`the repository '${value}' must be OWNER/REPO (exactly one '/')`);
            return;
        }
        const [owner = '', name = ''] = pieces;
        if (owner === '')
            defects.push(`the repository '${value}' has an empty owner before '/'`);
        if (name === '')
            defects.push(`the repository '${value}' has an empty name after '/'`);
        if (/\s/.test(value))
            defects.push(`the repository '${value}' contains whitespace`);
        const ownerId = idOf(owner);
        const repoId = idOf(name);
        if (ownerId === 'bad' || repoId === 'bad') {
            defects.push(`the repository '${value}' has an '@' not followed by a numeric id`);
        }
        else if ((ownerId === 'none') !== (repoId === 'none')) {
            defects.push(`the repository '${value}' mixes forms: the immutable form puts @ID after both owner and repository`);
        }
    }
    checkRef(value) {
        const defects = this.defects;
        if (value === '') {
            defects.push("the ref after 'ref:' is empty");
        }
        else if (/^(heads|tags)\//.test(value)) {
            defects.push(`'ref:${value}' is missing 'refs/': GitHub writes 'ref:refs/${value}'`);
        }
        else if (!value.startsWith('refs/')) {
            defects.push(`'ref:${value}' is not a full ref: GitHub writes 'ref:refs/heads/${value}' for a branch or 'ref:refs/tags/${value}' for a tag`);
        }
        else if (!/^refs\/[^/]+\/.+$/.test(value)) {
            defects.push(`'ref:${value}' names no branch or tag after '${value.endsWith('/') ? value : `${value}/`}'`);
        }
    }
}
function idOf(piece) {
    const at = piece.indexOf('@');
    if (at === -1)
        return 'none';
    return /^\d+$/.test(piece.slice(at + 1)) ? 'ok' : 'bad';
}

;// CONCATENATED MODULE: ./src/matching/subject.ts


/** Thrown when the claims cannot produce a subject in the requested format. */
class SubjectFormatError extends Error {
    name = 'SubjectFormatError';
}
const ENCODED_COLON = '%3A';
/**
 * Events whose token carries the bare `pull_request` context.
 *
 * `pull_request_target` is included although its `ref` claim is the base branch
 * (refs/heads/<base>, chainguard-dev/terraform-infra-common#746/#838, github/docs#16875):
 * GitHub's docs put `pull_request` in `sub` "when the workflow is triggered by a pull request
 * event", and the octo-sts maintainers changed a pull_request_target workflow's trust policy to
 * `repo:<org>/<repo>:pull_request` to let it federate (octo-sts/action#18). Third-party evidence
 * only; no first-party statement names pull_request_target explicitly.
 */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
/** GitHub's context precedence: environment > pull_request > ref (emulator/facts/federation.md#context-precedence). */
function contextOf(claims) {
    if (claims.environment !== undefined && claims.environment !== '') {
        return { kind: 'environment', name: claims.environment };
    }
    if (PULL_REQUEST_EVENTS.has(claims.event_name))
        return { kind: 'pull_request' };
    return { kind: 'ref', ref: claims.ref };
}
function formatContext(ctx) {
    switch (ctx.kind) {
        case 'environment':
            return `environment:${encodeValue(ctx.name)}`;
        case 'pull_request':
            return 'pull_request';
        case 'ref':
            return `ref:${encodeValue(ctx.ref)}`;
    }
}
function formatSubject(claims, format) {
    switch (format.kind) {
        case 'default':
            return `repo:${repoPart(claims, false)}:${formatContext(contextOf(claims))}`;
        case 'immutable':
            return `repo:${repoPart(claims, true)}:${formatContext(contextOf(claims))}`;
        case 'custom':
            return formatCustom(claims, format);
    }
}
function formatCustom(claims, format) {
    const keys = format.claimKeys ?? [];
    if (keys.length === 0) {
        throw new SubjectFormatError('a custom subject format needs at least one claim key (include_claim_keys is empty)');
    }
    return keys
        .map((key) => {
        if (!CLAIM_KEY.test(key)) {
            throw new SubjectFormatError(`claim key '${key}' is invalid: keys contain only letters, digits and '_'`);
        }
        if (key === 'repo')
            return `repo:${repoPart(claims, format.immutable === true)}`;
        if (key === 'context')
            return formatContext(contextOf(claims));
        const value = claims[key];
        if (key === 'environment' && (value === undefined || value === '')) {
            throw new SubjectFormatError("the subject template includes 'environment', so GitHub requires the job to use an environment");
        }
        if (value === undefined) {
            throw new SubjectFormatError(`the subject template includes '${key}', but that claim's value is not known`);
        }
        return `${key}:${encodeValue(value)}`;
    })
        .join(':');
}
function repoPart(claims, immutable) {
    const [owner, name, ...rest] = claims.repository.split('/');
    if (owner === undefined || owner === '' || name === undefined || name === '' || rest.length > 0) {
        throw new SubjectFormatError(`repository '${claims.repository}' must be OWNER/NAME`);
    }
    if (!immutable)
        return `${owner}/${name}`;
    const ownerId = claims.repository_owner_id;
    const repoId = claims.repository_id;
    if (ownerId === undefined || ownerId === '' || repoId === undefined || repoId === '') {
        throw new SubjectFormatError(`the immutable subject of ${claims.repository} needs repository_owner_id and repository_id, which are not known`);
    }
    return `${owner}@${ownerId}/${name}@${repoId}`;
}
/** GitHub writes a ':' inside a claim value as %3A (github/docs content/actions/reference/security/oidc.md). */
function encodeValue(value) {
    return value.replaceAll(':', ENCODED_COLON);
}
function decodeValue(value) {
    return value.replaceAll(ENCODED_COLON, ':');
}
// ---------------------------------------------------------------------------------------------
// Parsing and printing
const REPO_VALUE = /^([^/@]+)(?:@(\d+))?\/([^/@]+)(?:@(\d+))?$/;
function parseSubject(subject) {
    if (subject === '')
        return { ok: false, error: 'the subject is empty' };
    const parts = subject.split(':');
    const claims = [];
    let i = 0;
    while (i < parts.length) {
        const key = parts[i] ?? '';
        if (!CLAIM_KEY.test(key)) {
            return {
                ok: false,
                error: `part ${i + 1} ('${key}') is not a claim key: keys contain only letters, digits and '_'`,
            };
        }
        if (key === 'pull_request') {
            claims.push({ key, value: '' });
            i += 1;
            continue;
        }
        const value = parts[i + 1];
        if (value === undefined)
            return { ok: false, error: `claim key '${key}' at the end has no value after it` };
        claims.push({ key, value: decodeValue(value) });
        i += 2;
    }
    return { ok: true, value: describe(claims) };
}
function describe(claims) {
    const parsed = { form: 'custom', claims };
    const repoClaim = claims.find((c) => c.key === 'repo');
    const repoMatch = repoClaim === undefined ? null : REPO_VALUE.exec(repoClaim.value);
    if (repoMatch !== null) {
        const [, owner = '', ownerId, name = '', repoId] = repoMatch;
        parsed.repository = { owner, name };
        if (ownerId !== undefined)
            parsed.repository.ownerId = ownerId;
        if (repoId !== undefined)
            parsed.repository.repoId = repoId;
    }
    const contextClaim = claims.find((c) => CONTEXT_KEYS.has(c.key));
    if (contextClaim !== undefined)
        parsed.context = toContext(contextClaim);
    const [first, second] = claims;
    if (claims.length === 2 && first?.key === 'repo' && second !== undefined && CONTEXT_KEYS.has(second.key)) {
        const ids = [parsed.repository?.ownerId, parsed.repository?.repoId];
        if (parsed.repository !== undefined && ids.every((id) => id === undefined))
            parsed.form = 'default';
        if (parsed.repository !== undefined && ids.every((id) => id !== undefined))
            parsed.form = 'immutable';
    }
    return parsed;
}
function toContext(claim) {
    if (claim.key === 'environment')
        return { kind: 'environment', name: claim.value };
    if (claim.key === 'ref')
        return { kind: 'ref', ref: claim.value };
    return { kind: 'pull_request' };
}
/** Prints `parsed.claims` in order; `form`, `repository` and `context` are derived from them and not consulted. */
function printSubject(parsed) {
    return parsed.claims
        .map((c) => (c.key === 'pull_request' && c.value === '' ? 'pull_request' : `${c.key}:${encodeValue(c.value)}`))
        .join(':');
}


/***/ }),

/***/ 3064:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  zj: () => (/* binding */ DEFAULT_POLICY),
  C_: () => (/* binding */ compilePolicy)
});

// UNUSED EXPORTS: buildPolicy

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/fs/quote.ts
// Pure: how a value read from an untrusted file may appear in a message.
/**
 * A value read from an untrusted file, fit to quote in an error message: at most `max` characters, control and
 * format characters escaped, and marked when cut. Never the whole value: a file may hold secrets.
 */
function quotePrefix(value, max = 64) {
    const chars = Array.from(value);
    const head = chars.slice(0, max).join('');
    const escaped = JSON.stringify(head)
        .slice(1, -1)
        .replace(/[\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return chars.length > max ? `"${escaped}…" (${chars.length} characters)` : `"${escaped}"`;
}
/** A plain, short value (letters, digits, `._:@/-`) as it is; anything else through quotePrefix. */
function shortValue(value, max = 64) {
    return value.length <= max && /^[\w.:@/-]*$/.test(value) ? value : quotePrefix(value, max);
}

// EXTERNAL MODULE: ./src/policy/errors.ts
var errors = __nccwpck_require__(4795);
// EXTERNAL MODULE: ./src/policy/dates.ts
var dates = __nccwpck_require__(6931);
;// CONCATENATED MODULE: ./src/policy/suggest.ts
// "Did you mean" suggestions for misspelt keys and rule ids.
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i += 1) {
        const current = [i];
        for (let j = 1; j <= b.length; j += 1) {
            const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
        }
        previous = current;
    }
    return previous[b.length] ?? 0;
}
/**
 * Candidates close to `input`: within an edit distance of a third of the input's length,
 * or containing it (or contained in it), closest first, at most `limit`.
 */
function closeMatches(input, candidates, limit = 3) {
    const needle = input.toLowerCase();
    const budget = Math.max(2, Math.floor(needle.length / 3));
    return candidates
        .map((candidate) => {
        const hay = candidate.toLowerCase();
        const distance = editDistance(needle, hay);
        const related = needle.length >= 4 && (hay.includes(needle) || needle.includes(hay));
        return { candidate, distance, close: distance <= budget || related };
    })
        .filter((c) => c.close)
        .sort((x, y) => x.distance - y.distance || (x.candidate < y.candidate ? -1 : 1))
        .slice(0, limit)
        .map((c) => c.candidate);
}
/** ` (did you mean `a` or `b`?)`, or an empty string when nothing is close. */
function didYouMean(input, candidates) {
    const matches = closeMatches(input, candidates).map((m) => `\`${m}\``);
    if (matches.length === 0)
        return '';
    const last = matches.pop();
    return ` (did you mean ${matches.length > 0 ? `${matches.join(', ')} or ${last}` : last}?)`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/policy/digest.ts

/** JSON with object keys sorted at every level, so equal content always serialises the same way. */
function canonicalJson(value) {
    if (value === null || typeof value !== 'object')
        return JSON.stringify(value) ?? 'null';
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    const entries = Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
function digestOf(value) {
    return (0,external_node_crypto_.createHash)('sha256').update(canonicalJson(value)).digest('hex');
}

// EXTERNAL MODULE: ./src/policy/settings.ts
var policy_settings = __nccwpck_require__(3693);
// EXTERNAL MODULE: ./src/policy/rules/index.ts + 7 modules
var rules = __nccwpck_require__(9655);
// EXTERNAL MODULE: ./src/policy/types.ts
var types = __nccwpck_require__(3943);
// EXTERNAL MODULE: ./src/workflows/attribution.ts
var attribution = __nccwpck_require__(4775);
;// CONCATENATED MODULE: ./src/policy/compile.ts
// Compiles the text of a policy file into a CompiledPolicy, or throws a PolicyError that points at
// the offending node. Pure: no file system, no network; runs before any network call.










const TOP_LEVEL_KEYS = ['version', 'rules', 'settings', 'exceptions', 'client-ids'];
/** A secret or variable name as GitHub allows it: letters, digits and `_`, not starting with a digit. */
const CLIENT_ID_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EXCEPTION_KEYS = ['rule', 'app', 'credential', 'expires', 'reason'];
const RULE_SETTINGS = [...types/* SEVERITIES */.o, 'off'];
/** Walks the YAML document, turning every mistake into a located PolicyError. */
class PolicyReader {
    file;
    doc;
    lines;
    constructor(file, doc, lines) {
        this.file = file;
        this.doc = doc;
        this.lines = lines;
    }
    fail(node, detail, offset) {
        const at = offset ?? node?.range?.[0] ?? 0;
        const { line, col } = this.lines.linePos(at);
        throw new errors/* PolicyError */.p(this.file, line, col, detail);
    }
    lineOf(node) {
        return this.lines.linePos(node.range?.[0] ?? 0).line;
    }
    /** Follows an alias to its anchored node. */
    resolve(node) {
        if ((0,dist/* isAlias */.Vj)(node)) {
            const target = node.resolve(this.doc);
            if (!target)
                this.fail(node, `alias \`*${node.source}\` names no anchor; expected an anchor defined earlier`);
            return target;
        }
        return node ?? null;
    }
    /** The pairs of a mapping node, with each key as a plain string. */
    entries(node, what) {
        if (!(0,dist/* isMap */.jh)(node))
            this.fail(node, `${what} is ${describe(node)}; expected a mapping of keys to values`);
        return node.items.map((pair) => {
            const keyNode = this.resolve(pair.key);
            if (!(0,dist/* isScalar */.jn)(keyNode) || typeof keyNode.value !== 'string') {
                this.fail(keyNode ?? node, `a key in ${what} is ${describe(keyNode)}; expected a plain string key`);
            }
            return { key: keyNode.value, keyNode, value: this.resolve(pair.value) };
        });
    }
    unknownKey(keyNode, key, where, allowed) {
        this.fail(keyNode, `unknown key \`${clipKey(key)}\` in ${where}${didYouMean(key, allowed)}; expected one of ${allowed.map((k) => `\`${k}\``).join(', ')}`);
    }
    string(node, what, parent) {
        if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string') {
            this.fail(node ?? parent, `${what} is ${describe(node)}; expected a string`);
        }
        if (node.value.trim() === '')
            this.fail(node, `${what} is empty; expected a non-empty string`);
        return node.value;
    }
    stringList(node, what, parent) {
        if (!(0,dist/* isSeq */.oP)(node))
            this.fail(node ?? parent, `${what} is ${describe(node)}; expected a list of strings`);
        return node.items.map((item, index) => {
            const resolved = this.resolve(item);
            return { value: this.string(resolved, `${what}[${index}]`, node), node: resolved };
        });
    }
    positiveInteger(node, what, parent, max) {
        if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'number' || !Number.isInteger(node.value)) {
            this.fail(node ?? parent, `${what} is ${describe(node)}; expected a positive whole number`);
        }
        const value = node.value;
        if (value <= 0)
            this.fail(node, `${what} is ${value}; expected a positive whole number`);
        if (max !== undefined && value > max)
            this.fail(node, `${what} is ${value}; expected a whole number from 1 to ${max}`);
        return value;
    }
}
/** A key or rule id from the file, quoted in full only when it is short and plain (the file may hold secrets). */
function clipKey(key) {
    return /^[\w.-]{0,60}$/.test(key) ? key : quotePrefix(key);
}
function describe(node) {
    if (node === null || node === undefined)
        return 'empty';
    if ((0,dist/* isMap */.jh)(node))
        return 'a mapping';
    if ((0,dist/* isSeq */.oP)(node))
        return 'a list';
    if ((0,dist/* isScalar */.jn)(node)) {
        const v = node.value;
        if (v === null)
            return 'null';
        if (typeof v === 'string')
            return `the string ${quotePrefix(v)}`;
        if (typeof v === 'number')
            return `the number ${v}`;
        if (typeof v === 'boolean')
            return `the boolean ${v}`;
        return `a ${typeof v}`;
    }
    return 'an unsupported YAML value';
}
/** Close matches when there are some; otherwise the whole catalogue, which is short enough to read. */
function unknownRuleHint(id, ids) {
    const suggestion = didYouMean(id, ids);
    return suggestion !== ''
        ? `${suggestion}; expected a rule id from docs/rules.md`
        : `; expected one of ${ids.join(', ')}`;
}
function readRules(reader, node) {
    const ids = rules/* RULES */.y.map((r) => r.id);
    const overrides = new Map();
    for (const { key, keyNode, value } of reader.entries(node, '`rules`')) {
        if (!ids.includes(key)) {
            reader.fail(keyNode, `unknown rule \`${clipKey(key)}\`${unknownRuleHint(key, ids)}`);
        }
        if (!(0,dist/* isScalar */.jn)(value) || typeof value.value !== 'string' || !RULE_SETTINGS.includes(value.value)) {
            reader.fail(value ?? keyNode, `rule \`${key}\` is set to ${describe(value)}; expected one of ${RULE_SETTINGS.join(', ')}`);
        }
        overrides.set(key, value.value);
    }
    return overrides;
}
function readSetting(reader, spec, value, keyNode) {
    const what = `settings.${spec.key}`;
    switch (spec.kind) {
        case 'days':
            return reader.positiveInteger(value, what, keyNode);
        case 'credentialCount':
            return reader.positiveInteger(value, what, keyNode, 20);
        case 'boolean':
            if (!(0,dist/* isScalar */.jn)(value) || typeof value.value !== 'boolean')
                reader.fail(value ?? keyNode, `${what} is ${describe(value)}; expected true or false`);
            return value.value;
        case 'names':
            return reader.stringList(value, what, keyNode).map((item) => item.value.trim());
        case 'owners':
            return reader.stringList(value, what, keyNode).map(({ value: owner, node }) => {
                if (!policy_settings/* GITHUB_OWNER_PATTERN */.hD.test(owner)) {
                    reader.fail(node, `${what} has ${quotePrefix(owner)}; expected a GitHub user or organisation name (letters, digits and inner hyphens)`);
                }
                return owner;
            });
        case 'issuers':
            return reader.stringList(value, what, keyNode).map(({ value: issuer, node }) => {
                // Entra compares issuers exactly: an allowed issuer with stray spaces would never match anything.
                if (issuer !== issuer.trim() || !isHttpsUrl(issuer)) {
                    reader.fail(node, `${what} has ${quotePrefix(issuer)}; expected an https URL without spaces, such as https://token.actions.githubusercontent.com`);
                }
                return issuer;
            });
    }
}
function isHttpsUrl(text) {
    try {
        const url = new URL(text);
        return url.protocol === 'https:' && url.hostname !== '' && !/\s/.test(text);
    }
    catch {
        return false;
    }
}
function readSettings(reader, node) {
    const settings = structuredClone({ ...policy_settings/* DEFAULT_SETTINGS */.a$ });
    const keys = policy_settings/* SETTING_SPECS */.y_.map((s) => s.key);
    for (const { key, keyNode, value } of reader.entries(node, '`settings`')) {
        const spec = policy_settings/* SETTING_SPECS */.y_.find((s) => s.key === key);
        if (!spec)
            reader.unknownKey(keyNode, key, '`settings`', keys);
        settings[spec.field] = readSetting(reader, spec, value, keyNode);
    }
    return settings;
}
function readExceptions(reader, node, file) {
    if (!(0,dist/* isSeq */.oP)(node))
        reader.fail(node, `\`exceptions\` is ${describe(node)}; expected a list of exceptions`);
    const ids = rules/* RULES */.y.map((r) => r.id);
    return node.items.map((item, index) => {
        const entry = reader.resolve(item);
        const where = `exceptions[${index}]`;
        if (!entry)
            reader.fail(node, `${where} is empty; expected a mapping with rule, app, expires and reason`);
        const fields = new Map();
        for (const { key, keyNode, value } of reader.entries(entry, where)) {
            if (!EXCEPTION_KEYS.includes(key))
                reader.unknownKey(keyNode, key, where, EXCEPTION_KEYS);
            fields.set(key, { keyNode, value });
        }
        for (const required of ['rule', 'app', 'expires', 'reason']) {
            if (!fields.has(required))
                reader.fail(entry, `${where} has no \`${required}\`; expected rule, app, expires and reason`);
        }
        const field = (key) => fields.get(key);
        const rule = reader.string(field('rule').value, `${where}.rule`, field('rule').keyNode);
        if (!ids.includes(rule)) {
            reader.fail(field('rule').value, `${where}.rule names unknown rule \`${clipKey(rule)}\`${unknownRuleHint(rule, ids)}`);
        }
        const expiresNode = field('expires').value;
        const expires = reader.string(expiresNode, `${where}.expires`, field('expires').keyNode);
        if ((0,dates/* parseCalendarDate */.g6)(expires) === null) {
            reader.fail(expiresNode, `${where}.expires is ${quotePrefix(expires)}; expected a real calendar date written YYYY-MM-DD`);
        }
        const compiled = {
            rule,
            app: exceptionApp(reader, field('app').value, `${where}.app`, field('app').keyNode),
            expires,
            reason: reader.string(field('reason').value, `${where}.reason`, field('reason').keyNode).trim(),
            location: { file, line: reader.lineOf(entry) },
        };
        if (fields.has('credential')) {
            compiled.credential = exceptionCredential(reader, field('credential').value, `${where}.credential`, field('credential').keyNode);
        }
        return compiled;
    });
}
/**
 * `client-ids:` maps the secret or variable a workflow reads its client id from to the app:
 * `NAME: APPID` for a repository or organisation secret, `NAME@ENVIRONMENT: APPID` for an environment secret.
 */
function readClientIds(reader, node) {
    const map = {};
    for (const { key, keyNode, value } of reader.entries(node, '`client-ids`')) {
        const at = key.indexOf('@');
        const name = at < 0 ? key : key.slice(0, at);
        const environment = at < 0 ? undefined : key.slice(at + 1);
        if (!CLIENT_ID_NAME.test(name))
            reader.fail(keyNode, `\`client-ids\` key ${JSON.stringify(key)} does not start with a secret or variable name; expected NAME or NAME@ENVIRONMENT, e.g. AZURE_CLIENT_ID or AZURE_CLIENT_ID@production (letters, digits and _, not starting with a digit)`);
        // eslint-disable-next-line no-control-regex
        if (environment !== undefined && (environment.trim() === '' || /[\u0000-\u001f]/.test(environment)))
            reader.fail(keyNode, `\`client-ids\` key ${JSON.stringify(key)} names no environment after @; expected NAME@ENVIRONMENT`);
        const what = `\`client-ids.${key}\``;
        const text = reader.string(value, what, keyNode).trim();
        if (!GUID.test(text))
            reader.fail(value, `${what} is ${JSON.stringify(text)}; expected the app's client id, a GUID such as 11111111-2222-3333-4444-555555555555`);
        const normalised = (0,attribution/* clientIdKey */.ck)(name, environment);
        if (normalised in map)
            reader.fail(keyNode, `\`client-ids\` names ${JSON.stringify(key)} twice (secret names and environments ignore case); expected each once`);
        map[normalised] = text.toLowerCase();
    }
    return map;
}
/** A workflow job target as findings name it: `.github/workflows/deploy.yml#deploy`. */
const JOB_TARGET = /^[^#\s]+\.ya?ml#[^#\s]+$/;
/**
 * Exceptions name apps by id: a display name is set by anyone who may edit the app, so excepting one would let
 * any app renamed to it have its findings suppressed.
 */
function exceptionApp(reader, node, what, keyNode) {
    const value = reader.string(node, what, keyNode).trim();
    if (!GUID.test(value))
        reader.fail(node ?? keyNode, `${what} is ${quotePrefix(value)}; exceptions match apps by id only, since anyone who can edit an app can rename it: write the app's appId (Application (client) ID) or object id, for example from \`az ad app list --display-name "<name>" --query "[].appId"\``);
    return value;
}
/** Credentials likewise: the key id of a secret or certificate, the id of a federated credential. */
function exceptionCredential(reader, node, what, keyNode) {
    const value = reader.string(node, what, keyNode).trim();
    if (!GUID.test(value) && !JOB_TARGET.test(value))
        reader.fail(node ?? keyNode, `${what} is ${quotePrefix(value)}; exceptions match credentials by id only, not by display name: write the secret's or certificate's keyId or the federated credential's id (the target id of the finding in the JSON report), or a workflow job as path#job`);
    return value;
}
/** The meaning of a policy, without its provenance, for the digest. */
function canonicalContent(severities, settings, exceptions) {
    return {
        severities: Object.fromEntries([...severities].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
        settings,
        exceptions: exceptions.map(({ rule, app, credential, expires, reason }) => ({
            rule,
            app,
            credential: credential ?? null,
            expires,
            reason,
        })),
    };
}
/** Assembles a compiled policy from its parts; the default policy and compiled files share it. */
function buildPolicy(source, overrides, settings, exceptions) {
    const severities = new Map(rules/* RULES */.y.map((rule) => [rule.id, overrides.get(rule.id) ?? rule.defaultSeverity]));
    return Object.freeze({
        source,
        digest: digestOf(canonicalContent(severities, settings, exceptions)),
        severities,
        settings: Object.freeze(settings),
        exceptions: Object.freeze([...exceptions]),
    });
}
const DEFAULT_POLICY = buildPolicy(null, new Map(), structuredClone({ ...policy_settings/* DEFAULT_SETTINGS */.a$ }), []);
/** Compiles a policy file's text; `file` is used in error messages and exception locations. */
function compilePolicy(text, file) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const reader = new PolicyReader(file, doc, lines);
    const syntaxError = doc.errors[0];
    if (syntaxError) {
        const detail = syntaxError.code === 'DUPLICATE_KEY' ? 'duplicate key' : `YAML syntax error: ${syntaxError.message}`;
        reader.fail(null, `${detail}; expected well-formed YAML with each key once`, syntaxError.pos[0]);
    }
    const root = reader.resolve(doc.contents);
    if (!root)
        reader.fail(null, 'the policy file is empty; expected a mapping that starts with `version: 1`');
    const top = new Map();
    for (const { key, keyNode, value } of reader.entries(root, 'the policy file')) {
        if (!TOP_LEVEL_KEYS.includes(key))
            reader.unknownKey(keyNode, key, 'the policy file', TOP_LEVEL_KEYS);
        top.set(key, { keyNode, value });
    }
    const version = top.get('version');
    if (!version)
        reader.fail(root, 'the policy file has no `version`; expected `version: 1`');
    if (!(0,dist/* isScalar */.jn)(version.value) || version.value.value !== 1) {
        reader.fail(version.value ?? version.keyNode, `\`version\` is ${describe(version.value)}; expected 1`);
    }
    const section = (key) => {
        const entry = top.get(key);
        if (!entry)
            return null;
        // `rules:` with nothing under it is an easy slip; say so rather than silently ignoring it.
        if (entry.value === null || ((0,dist/* isScalar */.jn)(entry.value) && entry.value.value === null)) {
            reader.fail(entry.keyNode, `\`${key}\` is empty; expected ${key === 'exceptions' ? 'a list' : 'a mapping'} or no \`${key}\` key at all`);
        }
        return entry.value;
    };
    const rulesNode = section('rules');
    const settingsNode = section('settings');
    const exceptionsNode = section('exceptions');
    const clientIdsNode = section('client-ids');
    const overrides = rulesNode ? readRules(reader, rulesNode) : new Map();
    const settings = settingsNode ? readSettings(reader, settingsNode) : structuredClone({ ...policy_settings/* DEFAULT_SETTINGS */.a$ });
    const exceptions = exceptionsNode ? readExceptions(reader, exceptionsNode, file) : [];
    if (clientIdsNode)
        settings.clientIds = readClientIds(reader, clientIdsNode);
    return buildPolicy(file, overrides, settings, exceptions);
}


/***/ }),

/***/ 6931:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EH: () => (/* binding */ parseTimestamp),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   g6: () => (/* binding */ parseCalendarDate),
/* harmony export */   kh: () => (/* binding */ isoDay),
/* harmony export */   n8: () => (/* binding */ wholeDays),
/* harmony export */   pL: () => (/* binding */ isPastEndOfDay)
/* harmony export */ });
/* unused harmony export DAY_MS */
// Calendar dates as the policy file writes them (YYYY-MM-DD, UTC) and the day arithmetic rules need.
const DAY_MS = 24 * 60 * 60 * 1000;
/** Milliseconds at 00:00 UTC of a real YYYY-MM-DD date, or null when malformed or not a calendar date. */
function parseCalendarDate(text) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!match)
        return null;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const ms = Date.UTC(year, month - 1, day);
    const back = new Date(ms);
    // Date.UTC rolls 2026-02-30 over to March: a real date survives the round trip unchanged.
    if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day)
        return null;
    return ms;
}
/** True once `now` is past the end (23:59:59.999 UTC) of the given YYYY-MM-DD day. */
function isPastEndOfDay(date, now) {
    const start = parseCalendarDate(date);
    if (start === null)
        return true;
    return now.getTime() >= start + DAY_MS;
}
/** Milliseconds of an ISO timestamp from Graph, or null when absent or unparseable. */
function parseTimestamp(text) {
    if (text === null || text === '')
        return null;
    const ms = Date.parse(text);
    return Number.isNaN(ms) ? null : ms;
}
/** YYYY-MM-DD of a timestamp, in UTC. */
function isoDay(ms) {
    return new Date(ms).toISOString().slice(0, 10);
}
/** Whole days from `fromMs` to `toMs`, rounded down; negative when `toMs` is earlier. */
function wholeDays(fromMs, toMs) {
    return Math.floor((toMs - fromMs) / DAY_MS);
}
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}


/***/ }),

/***/ 4795:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ PolicyError)
/* harmony export */ });
/** A policy file mistake, located at the offending YAML node (1-based line and column). */
class PolicyError extends Error {
    file;
    line;
    column;
    /** What is wrong and what was expected, without the location prefix. */
    detail;
    constructor(file, line, column, detail) {
        super(`${file}:${line}:${column}: ${detail}`);
        this.file = file;
        this.line = line;
        this.column = column;
        this.name = 'PolicyError';
        this.detail = detail;
    }
}


/***/ }),

/***/ 7589:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O6: () => (/* binding */ seq),
/* harmony export */   _f: () => (/* binding */ SEGMENT),
/* harmony export */   dj: () => (/* binding */ fromGlob),
/* harmony export */   eu: () => (/* binding */ literal),
/* harmony export */   qp: () => (/* binding */ PROBE_CHAR),
/* harmony export */   tB: () => (/* binding */ commonWitness),
/* harmony export */   x4: () => (/* binding */ ANY)
/* harmony export */ });
/* unused harmony export intersects */
// Questions about the *set* of claim values a flexible credential's `matches` patterns admit,
// answered exactly: "does any subject satisfy all these patterns at once?" is the emptiness of an
// intersection of glob languages, decided by a search over positions in every pattern.
// The wildcard language is the one of src/matching/glob.ts (`*` any run, `?` one character,
// everything else literal); a test cross-checks the two.
/** A character no policy or Graph text is expected to hold, used to probe wildcard positions. */
const PROBE_CHAR = '\uE000';
/** Tokens of a `matches` pattern. */
function fromGlob(glob) {
    // UTF-16 units, as `?` counts them in the matcher.
    return Array.from({ length: glob.length }, (_, i) => {
        const ch = glob.charAt(i);
        if (ch === '*')
            return { kind: 'star', except: '' };
        if (ch === '?')
            return { kind: 'one' };
        return { kind: 'char', char: ch };
    });
}
/** Tokens of an `eq` comparand or a literal piece of a probe. */
function literal(text) {
    return Array.from({ length: text.length }, (_, i) => ({ kind: 'char', char: text.charAt(i) }));
}
/** A run of characters within one `:`-separated part of a subject. */
const SEGMENT = { kind: 'star', except: ':' };
/** Any run of characters. */
const ANY = { kind: 'star', except: '' };
/** Concatenates literal text and tokens into one pattern. */
function seq(...pieces) {
    return pieces.flatMap((p) => (typeof p === 'string' ? literal(p) : Array.isArray(p) ? p : [p]));
}
/**
 * One string every pattern admits, or null when their languages do not intersect. Positions a
 * wildcard fills are written as PROBE_CHAR unless a literal in another pattern decides them.
 */
function commonWitness(patterns) {
    if (patterns.length === 0)
        return '';
    const start = patterns.map(() => 0);
    const key = (state) => state.join(',');
    const parent = new Map([[key(start), null]]);
    const queue = [start];
    const done = (state) => state.every((pos, i) => pos === patterns[i].length);
    const visit = (next, from, char) => {
        const k = key(next);
        if (parent.has(k))
            return;
        parent.set(k, { from: key(from), char });
        queue.push(next);
    };
    for (let head = 0; head < queue.length; head += 1) {
        const state = queue[head];
        if (done(state))
            return spell(parent, key(state));
        // A star may match nothing: step over it without reading a character.
        state.forEach((pos, i) => {
            if (patterns[i][pos]?.kind === 'star')
                visit(state.map((p, j) => (j === i ? p + 1 : p)), state, '');
        });
        // Read one character: a literal at any current position decides which; else the probe character.
        const literals = new Set();
        for (const [i, pos] of state.entries()) {
            const token = patterns[i][pos];
            if (token?.kind === 'char')
                literals.add(token.char);
        }
        if (literals.size > 1)
            continue;
        const char = literals.size === 1 ? [...literals][0] : PROBE_CHAR;
        const next = [];
        let alive = true;
        let advanced = false;
        for (const [i, pos] of state.entries()) {
            const token = patterns[i][pos];
            if (token === undefined)
                alive = false;
            else if (token.kind === 'star') {
                if (token.except.includes(char))
                    alive = false;
                next.push(pos);
            }
            else {
                advanced = true;
                next.push(pos + 1);
            }
            if (!alive)
                break;
        }
        // Reading a character while every pattern sits on a star changes nothing: not worth a state.
        if (alive && advanced)
            visit(next, state, char);
    }
    return null;
}
function spell(parent, end) {
    const chars = [];
    for (let step = parent.get(end); step; step = parent.get(step.from))
        chars.push(step.char);
    return chars.reverse().join('');
}
function intersects(patterns) {
    return commonWitness(patterns) !== null;
}


/***/ }),

/***/ 9655:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  y: () => (/* binding */ RULES)
});

// UNUSED EXPORTS: ruleById

// EXTERNAL MODULE: ./src/policy/dates.ts
var dates = __nccwpck_require__(6931);
// EXTERNAL MODULE: ./src/policy/rules/text.ts
var rules_text = __nccwpck_require__(355);
;// CONCATENATED MODULE: ./src/policy/rules/credentials.ts


const FEDERATE = 'Sign in with a federated credential instead (`az ad app federated-credential create --id <appId> --parameters credential.json`)';
function hitsFor(app, select, make) {
    return (0,rules_text/* credentialsOf */.YN)(app)
        .filter(select)
        .map((c) => ({ target: (0,rules_text/* credentialTarget */.ti)(c), ...make(c) }));
}
function endsText(c) {
    const end = (0,dates/* parseTimestamp */.EH)(c.credential.endDateTime);
    return end === null ? 'with no end date' : `valid until ${(0,dates/* isoDay */.kh)(end)}`;
}
const clientSecretPresent = {
    id: 'client-secret-present',
    defaultSeverity: 'warning',
    title: 'The app registration has a client secret.',
    rationale: 'A client secret is a password: whoever holds a copy can sign in as the app from anywhere until it expires, and copies leak through logs, CI variables and laptops. A federated credential admits only tokens from one named workload.',
    example: 'App "deploy-api" has client secret "ci-legacy" valid until 2027-03-01.',
    fix: 'Add a federated credential for the workflow that uses the secret, switch the workflow to OIDC (`azure/login` with `client-id`, `tenant-id` and `subscription-id` but no `client-secret`), then delete the secret with `az ad app credential delete --id <appId> --key-id <keyId>`.',
    check(app) {
        return hitsFor(app, (c) => c.holder === 'application' && c.kind === 'secret', (c) => ({
            message: `${(0,rules_text/* appLabel */._$)(app)} has ${(0,rules_text/* credentialLabel */.ad)(c)}, ${endsText(c)}: anyone holding a copy can sign in as the app from anywhere.`,
            remediation: `${FEDERATE}, then delete the secret: ${(0,rules_text/* deleteCommand */.x3)(app, c)}.`,
        }));
    },
};
const servicePrincipalSecretPresent = {
    id: 'service-principal-secret-present',
    defaultSeverity: 'warning',
    title: "The app's service principal itself has a client secret.",
    rationale: "Secrets added to the service principal (for example by `az ad sp create-for-rbac` or `az ad sp credential reset`) sign in exactly like the app's own secrets, but the portal's app registration blade does not show them, so they are easily forgotten.",
    example: 'App "deploy-api" has client secret "rbac" (key id …) on the service principal, valid until 2026-12-01.',
    fix: 'Move the workload to a federated credential on the app registration, then delete the secret with `az ad sp credential delete --id <appId> --key-id <keyId>`.',
    check(app) {
        return hitsFor(app, (c) => c.holder === 'servicePrincipal' && c.kind === 'secret', (c) => ({
            message: `${(0,rules_text/* appLabel */._$)(app)} has ${(0,rules_text/* credentialLabel */.ad)(c)}, ${endsText(c)}: it signs in as the app but is not shown on the app registration blade.`,
            remediation: `${FEDERATE}, then delete the secret: ${(0,rules_text/* deleteCommand */.x3)(app, c)}.`,
        }));
    },
};
const credentialExpired = {
    id: 'credential-expired',
    defaultSeverity: 'warning',
    title: 'A secret or certificate of the app or its service principal has expired.',
    rationale: 'An expired credential no longer signs in, but it stays listed: it clutters reviews, hides which credentials are really in use, and tempts someone to "renew" it instead of federating.',
    example: 'App "deploy-api" has client secret "ci" (key id …), which expired on 2025-06-30 (45 days ago).',
    fix: 'Delete it: `az ad app credential delete --id <appId> --key-id <keyId>` (add `--cert` for a certificate; use `az ad sp credential delete` for one on the service principal).',
    check(app, context) {
        const now = context.now.getTime();
        return hitsFor(app, (c) => {
            const end = (0,dates/* parseTimestamp */.EH)(c.credential.endDateTime);
            return end !== null && end <= now;
        }, (c) => {
            const end = (0,dates/* parseTimestamp */.EH)(c.credential.endDateTime);
            return {
                message: `${(0,rules_text/* appLabel */._$)(app)} has ${(0,rules_text/* credentialLabel */.ad)(c)}, which expired on ${(0,dates/* isoDay */.kh)(end)} (${(0,dates/* plural */.LS)((0,dates/* wholeDays */.n8)(end, now), 'day')} ago) and no longer admits sign-ins.`,
                remediation: `Delete the expired credential: ${(0,rules_text/* deleteCommand */.x3)(app, c)}.`,
            };
        });
    },
};
const credentialExpiring = {
    id: 'credential-expiring',
    defaultSeverity: 'warning',
    title: 'A secret or certificate ends within `expiry-warning-days` (default 30).',
    rationale: 'When a credential in use expires, the workload that signs in with it fails. Federated credentials do not expire, so an expiring secret is the moment to replace it rather than renew it.',
    example: 'App "deploy-api" has certificate "signing" (key id …), which expires on 2026-09-01 (in 12 days).',
    fix: 'Replace a secret with a federated credential, or rotate a certificate (`az ad app credential reset --id <appId> --cert @cert.pem --append`), then delete the old one.',
    check(app, context) {
        const now = context.now.getTime();
        const horizon = context.settings.expiryWarningDays;
        return hitsFor(app, (c) => {
            const end = (0,dates/* parseTimestamp */.EH)(c.credential.endDateTime);
            return end !== null && end > now && (0,dates/* wholeDays */.n8)(now, end) < horizon;
        }, (c) => {
            const end = (0,dates/* parseTimestamp */.EH)(c.credential.endDateTime);
            const left = (0,dates/* wholeDays */.n8)(now, end);
            const when = left === 0 ? 'within a day' : `in ${(0,dates/* plural */.LS)(left, 'day')}`;
            const replace = c.kind === 'secret'
                ? `${FEDERATE} before it ends, then delete it: ${(0,rules_text/* deleteCommand */.x3)(app, c)}`
                : `Rotate the certificate before it ends (\`az ad ${c.holder === 'application' ? 'app' : 'sp'} credential reset --id ${app.appId} --cert @new-cert.pem --append\`), then delete the old one: ${(0,rules_text/* deleteCommand */.x3)(app, c)}`;
            return {
                message: `${(0,rules_text/* appLabel */._$)(app)} has ${(0,rules_text/* credentialLabel */.ad)(c)}, which expires on ${(0,dates/* isoDay */.kh)(end)} (${when}); whatever signs in with it will then fail.`,
                remediation: `${replace}.`,
            };
        });
    },
};
const secretLifetimeTooLong = {
    id: 'secret-lifetime-too-long',
    defaultSeverity: 'warning',
    title: 'A client secret is valid for longer than `max-secret-lifetime-days` (default 180).',
    rationale: 'The longer a secret lives, the longer a leaked copy stays useful. Long-lived secrets are usually created once and never rotated.',
    example: 'App "deploy-api" has client secret "ci" (key id …), valid for 730 days (2025-01-01 to 2027-01-01); the policy allows 180.',
    fix: 'Replace it with a federated credential; if a secret is unavoidable, add one with a shorter life (`az ad app credential reset --id <appId> --append --end-date <YYYY-MM-DD>`) and delete this one.',
    check(app, context) {
        const max = context.settings.maxSecretLifetimeDays;
        const lifetime = (c) => {
            const start = (0,dates/* parseTimestamp */.EH)(c.credential.startDateTime);
            const end = (0,dates/* parseTimestamp */.EH)(c.credential.endDateTime);
            return start === null || end === null ? null : (0,dates/* wholeDays */.n8)(start, end);
        };
        return hitsFor(app, (c) => c.kind === 'secret' && (lifetime(c) ?? 0) > max, (c) => {
            const start = (0,dates/* parseTimestamp */.EH)(c.credential.startDateTime);
            const end = (0,dates/* parseTimestamp */.EH)(c.credential.endDateTime);
            return {
                message: `${(0,rules_text/* appLabel */._$)(app)} has ${(0,rules_text/* credentialLabel */.ad)(c)}, valid for ${(0,dates/* plural */.LS)(lifetime(c), 'day')} (${(0,dates/* isoDay */.kh)(start)} to ${(0,dates/* isoDay */.kh)(end)}); the policy allows at most ${(0,dates/* plural */.LS)(max, 'day')}.`,
                remediation: `${FEDERATE}; if a secret is unavoidable, create one that ends within ${(0,dates/* plural */.LS)(max, 'day')} (\`az ad ${c.holder === 'application' ? 'app' : 'sp'} credential reset --id ${app.appId} --append --end-date <YYYY-MM-DD>\`), then delete this one: ${(0,rules_text/* deleteCommand */.x3)(app, c)}.`,
            };
        });
    },
};
const secretAlongsideFederation = {
    id: 'secret-alongside-federation',
    defaultSeverity: 'warning',
    title: 'The app has federated credentials and still a secret or certificate.',
    rationale: 'Federation is only as strong as the weakest way in: while a secret or certificate remains, anyone holding it can sign in as the app without going through the trusted workflow.',
    example: 'App "deploy-api" trusts 2 federated credentials but still has client secret "ci-legacy" (key id …).',
    fix: 'Once every workload signs in through federation, delete the remaining secrets and certificates with `az ad app credential delete --id <appId> --key-id <keyId>` (`--cert` for certificates).',
    check(app, _context) {
        const federated = app.federatedCredentials.length;
        if (federated === 0)
            return [];
        return hitsFor(app, 
        // A signing key (usage Sign, e.g. for SAML tokens) cannot be used to sign in as the app.
        (c) => c.kind === 'secret' || c.credential.usage !== 'Sign', (c) => ({
            message: `${(0,rules_text/* appLabel */._$)(app)} trusts ${(0,dates/* plural */.LS)(federated, 'federated credential')} but still has ${(0,rules_text/* credentialLabel */.ad)(c)}, which signs in from anywhere and bypasses the federated trust.`,
            remediation: `Move any remaining user of the ${c.kind} to federation, then delete it: ${(0,rules_text/* deleteCommand */.x3)(app, c)}.`,
        }));
    },
};
const credentialRules = [
    clientSecretPresent,
    servicePrincipalSecretPresent,
    credentialExpired,
    credentialExpiring,
    secretLifetimeTooLong,
    secretAlongsideFederation,
];

// EXTERNAL MODULE: ./src/matching/index.ts
var matching = __nccwpck_require__(4859);
// EXTERNAL MODULE: ./src/policy/settings.ts
var settings = __nccwpck_require__(3693);
// EXTERNAL MODULE: ./src/policy/rules/glob-language.ts
var glob_language = __nccwpck_require__(7589);
;// CONCATENATED MODULE: ./src/policy/rules/subject-scope.ts
// What a set of `sub` patterns admits, in the terms GitHub subjects are built from: repositories,
// branches, environments, pull requests. A subject is a list of ':'-separated parts (a ':' inside
// a value is written %3A), keys and values alternating, with `pull_request` a key without value.

/** Custom templates put up to this many claims before the one probed for; more are not seen in practice. */
const MAX_LEADING_CLAIMS = 8;
/** Whether a `sub` pattern (or eq value) has the default shape, starting with the repo claim. */
function isDefaultShaped(pattern) {
    return pattern.startsWith('repo:');
}
/** Probes where the probed claim is preceded by 0..MAX complete key:value pairs and followed by anything. */
function atAnyClaimPosition(claim) {
    const probes = [];
    for (let leading = 0; leading <= MAX_LEADING_CLAIMS; leading += 1) {
        const prefix = [];
        for (let i = 0; i < leading; i += 1)
            prefix.push(glob_language/* SEGMENT */._f, ...(0,glob_language/* seq */.O6)(':'), glob_language/* SEGMENT */._f, ...(0,glob_language/* seq */.O6)(':'));
        probes.push((0,glob_language/* seq */.O6)(prefix, claim), (0,glob_language/* seq */.O6)(prefix, claim, ':', glob_language/* ANY */.x4));
    }
    return probes;
}
function witnessAgainst(patterns, probes) {
    for (const probe of probes) {
        const witness = (0,glob_language/* commonWitness */.tB)([...patterns, probe]);
        if (witness !== null)
            return witness;
    }
    return null;
}
const PROBE = { kind: 'char', char: glob_language/* PROBE_CHAR */.qp };
/** A part of a subject (no ':') that a wildcard must fill: it holds a character no literal can match. */
const WILD_PART = [glob_language/* SEGMENT */._f, PROBE, glob_language/* SEGMENT */._f];
/** An owner or repository name: no ':' and no '/'. */
const NAME = { kind: 'star', except: ':/' };
const WILD_NAME = [NAME, PROBE, NAME];
/** A value a wildcard must fill from its first character: "any", not "any starting with release-". */
const ANY_VALUE = [PROBE, glob_language/* SEGMENT */._f];
/** Default-shape probes for a context, trying wildcard-filled repository names first for a readable witness. */
function defaultShape(context) {
    return [
        (0,glob_language/* seq */.O6)('repo:', WILD_NAME, '/', WILD_NAME, ':', context),
        (0,glob_language/* seq */.O6)('repo:', NAME, '/', WILD_NAME, ':', context),
        (0,glob_language/* seq */.O6)('repo:', glob_language/* SEGMENT */._f, ':', context),
    ];
}
function probes(context, scope) {
    return scope.custom ? [...defaultShape(context), ...atAnyClaimPosition(context)] : defaultShape(context);
}
/** Probes of event_name values that only pull request runs carry. */
const PULL_REQUEST_EVENT_NAMES = [
    'pull_request',
    'pull_request_target',
    'pull_request_review',
    'pull_request_review_comment',
];
/**
 * A subject of a pull request run that all the patterns admit, or null: the pull_request context, a
 * `ref:refs/pull/…` (what runs of other pull request events carry), and in custom templates an
 * `event_name:pull_request…` or a non-empty `head_ref`/`base_ref` (set only for pull request events).
 */
function pullRequestWitness(patterns, scope) {
    if (scope.claimKeys !== undefined)
        return witnessAgainst(patterns, templatePullRequestSubjects(scope.claimKeys));
    // pull_request stands where a key would: after complete pairs, never as a value (environment:pull_request).
    const shapes = [...probes((0,glob_language/* seq */.O6)('pull_request'), scope), ...probes((0,glob_language/* seq */.O6)('ref:refs/pull/', NON_EMPTY), scope)];
    if (scope.custom) {
        for (const event of PULL_REQUEST_EVENT_NAMES)
            shapes.push(...atAnyClaimPosition((0,glob_language/* seq */.O6)(`event_name:${event}`)));
        shapes.push(...atAnyClaimPosition((0,glob_language/* seq */.O6)('head_ref:', NON_EMPTY)), ...atAnyClaimPosition((0,glob_language/* seq */.O6)('base_ref:', NON_EMPTY)));
    }
    return witnessAgainst(patterns, shapes);
}
const NON_EMPTY = [{ kind: 'one' }, glob_language/* SEGMENT */._f];
/**
 * The subjects pull request runs present under a known template, one shape per event: `context` is
 * `pull_request` (or the job's environment), `event_name` the event, `ref` `refs/pull/…` (the default
 * branch for pull_request_target), `head_ref`/`base_ref` non-empty, any other claim any value.
 */
function templatePullRequestSubjects(keys) {
    const shapes = [];
    for (const event of PULL_REQUEST_EVENT_NAMES) {
        for (const inEnvironment of [false, true]) {
            const parts = keys.map((key) => {
                if (key === 'context')
                    return inEnvironment ? (0,glob_language/* seq */.O6)('environment:', NON_EMPTY) : (0,glob_language/* seq */.O6)('pull_request');
                if (key === 'environment')
                    return (0,glob_language/* seq */.O6)('environment:', NON_EMPTY);
                if (key === 'event_name')
                    return (0,glob_language/* seq */.O6)(`event_name:${event}`);
                if (key === 'ref')
                    return event === 'pull_request_target' ? (0,glob_language/* seq */.O6)('ref:refs/heads/', NON_EMPTY) : (0,glob_language/* seq */.O6)('ref:refs/pull/', NON_EMPTY);
                if (key === 'head_ref' || key === 'base_ref')
                    return (0,glob_language/* seq */.O6)(`${key}:`, NON_EMPTY);
                return (0,glob_language/* seq */.O6)(`${key}:`, glob_language/* SEGMENT */._f);
            });
            shapes.push((0,glob_language/* seq */.O6)(...parts.flatMap((part, i) => (i === 0 ? [part] : [':', part]))));
        }
    }
    return shapes;
}
/** True when the patterns admit a wildcard-chosen repository name or owner. */
function admitsManyRepositories(patterns, scope) {
    const repo = (0,glob_language/* seq */.O6)('repo:', WILD_PART);
    const shapes = [(0,glob_language/* seq */.O6)(repo, ':', glob_language/* ANY */.x4), ...(scope.custom ? atAnyClaimPosition(repo) : [])];
    return witnessAgainst(patterns, shapes) !== null;
}
/** True when the patterns admit a branch whose name they cannot know in advance. */
function admitsAnyBranch(patterns, scope) {
    return witnessAgainst(patterns, probes((0,glob_language/* seq */.O6)('ref:refs/heads/', ANY_VALUE), scope)) !== null;
}
function admitsAnyTag(patterns, scope) {
    return witnessAgainst(patterns, probes((0,glob_language/* seq */.O6)('ref:refs/tags/', ANY_VALUE), scope)) !== null;
}
function admitsAnyEnvironment(patterns, scope) {
    return witnessAgainst(patterns, probes((0,glob_language/* seq */.O6)('environment:', ANY_VALUE), scope)) !== null;
}
/** Shows a witness to a reader: probe characters stand for "anything" there. */
function showWitness(witness) {
    return witness.replaceAll(glob_language/* PROBE_CHAR */.qp, 'x');
}
/** The repository a `sub` pattern names, read from its `repo:` claim (ids of the immutable form dropped). */
function repositoryOf(pattern) {
    const parts = pattern.split(':');
    const at = parts.findIndex((part, i) => part === 'repo' && i % 2 === 0 && i + 1 < parts.length);
    if (at === -1)
        return { owner: null, name: null };
    const value = parts[at + 1];
    const slash = value.indexOf('/');
    const strip = (text) => text.replace(/@\d+$/, '');
    if (slash === -1)
        return { owner: strip(value), name: null };
    return { owner: strip(value.slice(0, slash)), name: strip(value.slice(slash + 1)) };
}
const hasWildcard = (text) => /[*?]/.test(text);
/** Only wildcards, with at least one star: any text at all (of at least some length). */
const isAllWildcard = (text) => /^[*?]*\*[*?]*$/.test(text);
/** "any repository of owner contoso", "repositories of contoso matching 'api-*'", "repositories of any owner". */
function describeRepositories(pattern) {
    if (pattern === null)
        return 'any repository of any owner';
    const { owner, name } = repositoryOf(pattern);
    if (owner === null)
        return 'any repository of any owner';
    if (isAllWildcard(owner)) {
        if (name === null || isAllWildcard(name))
            return 'any repository of any owner';
        return hasWildcard(name)
            ? `repositories matching '${name}' of any owner`
            : `repositories named ${name} of any owner`;
    }
    if (hasWildcard(owner))
        return `repositories of any owner matching '${owner}'`;
    if (name === null || /^\*+$/.test(name))
        return `any repository of owner ${owner}`;
    if (hasWildcard(name))
        return `repositories of ${owner} matching '${name}'`;
    return `${owner}/${name}`;
}
/** "contoso/api" when the pattern names one repository, else a description of the set. */
function repositoryLabel(pattern) {
    return describeRepositories(pattern);
}

// EXTERNAL MODULE: ./src/policy/rules/workflow.ts + 1 modules
var workflow = __nccwpck_require__(6151);
// EXTERNAL MODULE: ./src/policy/rules/trust.ts
var rules_trust = __nccwpck_require__(3280);
// EXTERNAL MODULE: ./src/strings.ts
var strings = __nccwpck_require__(9337);
;// CONCATENATED MODULE: ./src/policy/rules/federation.ts




/** Custom subject shapes matter when the repository uses a custom template or the pattern is not default-shaped. */
function probeScope(subPattern, context) {
    const format = context.repository?.subjectFormat;
    const customRepository = format?.kind === 'custom';
    const scope = { custom: customRepository || subPattern === null || !isDefaultShaped(subPattern) };
    // A known template decides exactly which subjects the repository's runs present.
    if (customRepository && format.claimKeys !== undefined && format.claimKeys.length > 0)
        scope.claimKeys = format.claimKeys;
    return scope;
}




function eachCredential(app, context, check, githubOnly) {
    const hits = [];
    for (const fic of app.federatedCredentials) {
        if (githubOnly && !(0,rules_trust/* isGitHubIssuer */.xU)(fic.issuer, context.settings))
            continue;
        const hit = check(app, fic, context);
        if (hit)
            hits.push({ target: (0,rules_trust/* ficTarget */.ag)(fic), ...hit });
    }
    return hits;
}
// ---------------------------------------------------------------------------------------------
// fic-untrusted-issuer
/** Why an issuer that is not allowed looks like one that is; null when it is simply different. */
function issuerNearMiss(issuer, allowed) {
    for (const candidate of allowed) {
        const differences = [];
        let text = issuer;
        if (text.trim() !== text) {
            differences.push('leading or trailing whitespace');
            text = text.trim();
        }
        if (/^http:\/\//i.test(text) && /^https:\/\//i.test(candidate)) {
            differences.push('http:// instead of https://');
            text = `https://${text.slice('http://'.length)}`;
        }
        if (text.length > 1 && text.endsWith('/') && !candidate.endsWith('/')) {
            differences.push('a trailing slash');
            text = (0,strings/* trimEndChar */.WP)(text, '/');
        }
        if (text !== candidate && text.toLowerCase() === candidate.toLowerCase()) {
            differences.push('letter case (Entra compares issuers case-sensitively)');
            text = candidate;
        }
        if (text === candidate && differences.length > 0) {
            return {
                allowed: candidate,
                explanation: `differs from the allowed ${candidate} only by ${differences.join(' and ')}`,
                slug: false,
            };
        }
        const slug = text.startsWith(`${candidate}/`) ? text.slice(candidate.length + 1) : '';
        if (/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(slug)) {
            return {
                allowed: candidate,
                explanation: `is the enterprise-slug form of ${candidate} (enterprise "${slug}"), which GitHub only issues when the enterprise enables include_enterprise_slug`,
                slug: true,
            };
        }
    }
    return null;
}
const ficUntrustedIssuer = {
    id: 'fic-untrusted-issuer',
    defaultSeverity: 'error',
    title: 'A federated credential trusts an issuer that is not in `allowed-issuers`.',
    rationale: 'The issuer decides who may mint tokens the app accepts. An unexpected issuer is either a trust nobody reviewed or a typo (trailing slash, `http://`, wrong case, stray space) that silently never matches, because Entra compares issuers exactly.',
    example: 'Federated credential "deploy" of app "deploy-api" trusts issuer "https://token.actions.githubusercontent.com/", which differs from the allowed https://token.actions.githubusercontent.com only by a trailing slash.',
    fix: 'Correct the issuer to the exact allowed value, delete the credential, or — for a trust you intend (an enterprise-slug issuer, GHES) — add the issuer to `settings.allowed-issuers`.',
    check(app, context) {
        const allowed = context.settings.allowedIssuers;
        return eachCredential(app, context, (_app, fic) => {
            if (allowed.includes(fic.issuer))
                return null;
            const near = issuerNearMiss(fic.issuer, allowed);
            const label = (0,rules_trust/* ficLabel */.ty)(app, fic);
            if (near && !near.slug) {
                return {
                    message: `The ${label} trusts issuer ${(0,rules_text/* quote */.hD)(fic.issuer)}, which ${near.explanation}; Entra compares issuers exactly, so it never matches a token and its ${(0,rules_trust/* trustText */.OR)(fic)} is dead.`,
                    remediation: `Set the issuer to exactly ${near.allowed}: ${(0,rules_trust/* patchCommand */.qB)(app, fic, JSON.stringify({ issuer: near.allowed }))}.`,
                };
            }
            const what = near
                ? `, which ${near.explanation}`
                : `, which is not in allowed-issuers (${allowed.join(', ') || 'none'})`;
            return {
                message: `The ${label} trusts issuer ${(0,rules_text/* quote */.hD)(fic.issuer)}${what}; whoever controls that issuer can mint tokens for its ${(0,rules_trust/* trustText */.OR)(fic)}.`,
                remediation: near
                    ? `If your enterprise issues slug tokens, add ${JSON.stringify(fic.issuer.trim())} to settings.allowed-issuers in the policy file; otherwise set the issuer to ${near.allowed}: ${(0,rules_trust/* patchCommand */.qB)(app, fic, JSON.stringify({ issuer: near.allowed }))}.`
                    : `Delete the credential if nobody relies on it (${(0,rules_trust/* deleteFicCommand */.jr)(app, fic)}), or add the issuer to settings.allowed-issuers in the policy file if the trust is intended.`,
            };
        }, false);
    },
};
// ---------------------------------------------------------------------------------------------
// fic-audience
function audienceProblem(audiences) {
    if (audiences.length === 1 && audiences[0] === settings/* TOKEN_EXCHANGE_AUDIENCE */.RK)
        return null;
    const expected = `instead of exactly ${settings/* TOKEN_EXCHANGE_AUDIENCE */.RK}`;
    if (audiences.length === 0)
        return `no audience ${expected}`;
    if (audiences.length > 1)
        return `${audiences.length} audiences (${audiences.map(rules_text/* quote */.hD).join(', ')}) ${expected}; Entra requires exactly one`;
    const only = audiences[0];
    if ((0,strings/* trimEndChar */.WP)(only.trim(), '/').toLowerCase() === settings/* TOKEN_EXCHANGE_AUDIENCE */.RK.toLowerCase()) {
        return `audience ${(0,rules_text/* quote */.hD)(only)} ${expected}; Entra compares audiences exactly and case-sensitively, so tokens requested for ${settings/* TOKEN_EXCHANGE_AUDIENCE */.RK} never match this look-alike`;
    }
    return `the custom audience ${(0,rules_text/* quote */.hD)(only)} ${expected}; only workflows that request that audience explicitly can sign in, and tokens minted for another service with the same audience would be accepted too`;
}
const ficAudience = {
    id: 'fic-audience',
    defaultSeverity: 'warning',
    title: 'A federated credential\'s audiences are not exactly `["api://AzureADTokenExchange"]`.',
    rationale: '`api://AzureADTokenExchange` is the audience azure/login and the Azure SDKs request. Any other value only works if every workflow requests it explicitly, a look-alike (case, trailing slash) never matches, and a custom audience shared with another relying party lets tokens meant for it be replayed here.',
    example: 'Federated credential "deploy" of app "deploy-api" accepts audience "api://azureadtokenexchange" instead of exactly api://AzureADTokenExchange.',
    fix: 'Set the audiences to exactly `["api://AzureADTokenExchange"]` (Graph PATCH on the credential) and drop any custom `audience:` input from the workflows.',
    check(app, context) {
        return eachCredential(app, context, (_app, fic) => {
            const problem = audienceProblem(fic.audiences);
            if (problem === null)
                return null;
            return {
                message: `The ${(0,rules_trust/* ficLabel */.ty)(app, fic)} (${(0,rules_trust/* trustText */.OR)(fic)}) accepts ${problem}.`,
                remediation: `Set the audiences to exactly ${settings/* TOKEN_EXCHANGE_AUDIENCE */.RK}: ${(0,rules_trust/* patchCommand */.qB)(app, fic, JSON.stringify({ audiences: [settings/* TOKEN_EXCHANGE_AUDIENCE */.RK] }))}.`,
            };
        }, false);
    },
};
// ---------------------------------------------------------------------------------------------
// fic-pull-request
/** Events whose runs are pull request runs (GitHub's "events that trigger workflows"). */
const PULL_REQUEST_EVENTS = new Set([
    'pull_request',
    'pull_request_target',
    'pull_request_review',
    'pull_request_review_comment',
]);
/**
 * Which claim of a literal subject only pull request runs present, or null: the `pull_request` context,
 * `event_name:pull_request…`, a non-empty `head_ref`/`base_ref` (GitHub sets them only for pull request
 * events), a `ref:refs/pull/…`, or a workflow ref at `refs/pull/…`.
 */
function pullRequestClaim(parsed) {
    if (parsed === null)
        return null;
    if (parsed.context?.kind === 'pull_request')
        return 'pull_request';
    for (const { key, value } of parsed.claims) {
        if (key === 'pull_request')
            return 'pull_request';
        if (key === 'event_name' && PULL_REQUEST_EVENTS.has(value))
            return `event_name:${value}`;
        if ((key === 'head_ref' || key === 'base_ref') && value !== '')
            return `${key}:${value}`;
        if (key === 'ref' && value.startsWith('refs/pull/'))
            return `ref:${value}`;
        if ((key === 'job_workflow_ref' || key === 'workflow_ref') && value.includes('@refs/pull/'))
            return `${key}:${value}`;
    }
    return null;
}
const PULL_REQUEST_FIX = 'Trust a protected context instead: an environment with required reviewers (`repo:<owner>/<repo>:environment:<name>`) or the default branch (`repo:<owner>/<repo>:ref:refs/heads/main`), and run pull-request checks without Azure access.';
const ficPullRequest = {
    id: 'fic-pull-request',
    defaultSeverity: 'error',
    title: 'A federated credential admits tokens of `pull_request` workflow runs.',
    rationale: "Runs for pull requests execute the pull request's own code, so anyone who can open a pull request from a branch of the repository (and `pull_request_target` runs, which carry the same subject) can sign in as the app without review. GitHub withholds OIDC tokens only from fork pull requests. Custom subject templates admit them too: `event_name:pull_request…`, a non-empty `head_ref` or `base_ref`, or `ref:refs/pull/…` appear only in pull request runs.",
    example: 'Flexible federated credential "ci" of app "deploy-api" admits pull_request subjects such as repo:contoso/api:pull_request through claims[\'sub\'] matches \'repo:contoso/api:*\'.',
    fix: PULL_REQUEST_FIX,
    check(app, context) {
        // The workflow half: a pull_request_target job that can sign in, located at its line (error).
        return [...credentialHits(app, context), ...(0,workflow/* pullRequestTargetHits */.cd)(app, context)];
    },
};
function credentialHits(app, context) {
    return eachCredential(app, context, (_app, fic) => {
        const trust = (0,rules_trust/* trustOf */.An)(fic);
        const label = (0,rules_trust/* ficLabel */.ty)(app, fic);
        const remediation = `${PULL_REQUEST_FIX} Then delete this credential: ${(0,rules_trust/* deleteFicCommand */.jr)(app, fic)}.`;
        const literal = trust.kind === 'classic'
            ? trust.parsed
            : trust.kind === 'flexible' && (0,rules_trust/* clauseFor */.Vb)(trust.expression, 'sub')?.operator === 'eq'
                ? parsedEq(trust.expression)
                : null;
        const claim = pullRequestClaim(literal);
        if (trust.kind === 'classic' && claim === 'pull_request') {
            return {
                message: `The ${label} trusts ${(0,rules_trust/* trustText */.OR)(fic)}: every pull_request run of that repository, running the pull request's unreviewed code, can sign in as the app.`,
                remediation,
            };
        }
        if (claim !== null && claim !== 'pull_request') {
            return {
                message: `The ${label} trusts ${(0,rules_trust/* trustText */.OR)(fic)}, whose ${(0,rules_text/* quote */.hD)(claim)} only pull request runs present: those runs, running the pull request's unreviewed code, can sign in as the app.`,
                remediation,
            };
        }
        if (trust.kind !== 'flexible')
            return null;
        const sub = (0,rules_trust/* clauseFor */.Vb)(trust.expression, 'sub');
        const witness = pullRequestWitness((0,rules_trust/* subPatterns */.yB)(trust.expression), probeScope(sub?.value ?? null, context));
        if (witness === null)
            return null;
        const through = sub ? `through ${(0,rules_trust/* showClause */.Ht)(sub)}` : "because it does not constrain claims['sub']";
        return {
            message: `The ${label} admits pull_request subjects such as ${(0,rules_text/* quote */.hD)(showWitness(witness))} ${through}: pull request runs, running unreviewed code, can sign in as the app.`,
            remediation,
        };
    }, true);
}
/** The `sub` eq comparand of an expression, parsed as a subject. */
function parsedEq(expression) {
    const sub = (0,rules_trust/* clauseFor */.Vb)(expression, 'sub');
    if (sub?.operator !== 'eq')
        return null;
    const parsed = (0,rules_trust/* trustOf */.An)({
        id: '',
        name: '',
        issuer: '',
        audiences: [],
        description: null,
        subject: sub.value,
        claimsMatchingExpression: null,
    });
    return parsed.kind === 'classic' ? parsed.parsed : null;
}
// ---------------------------------------------------------------------------------------------
// fic-wildcard
function wildcardScope(subPattern, patterns, scope, binding = {}) {
    // An eq on repository_id admits one repository, whatever `sub` says about names.
    const manyRepositories = binding.repositoryId === undefined && (subPattern === null || admitsManyRepositories(patterns, scope));
    const anyBranch = subPattern === null || admitsAnyBranch(patterns, scope);
    const anyEnvironment = subPattern === null || admitsAnyEnvironment(patterns, scope);
    if (!manyRepositories && !anyBranch && !anyEnvironment)
        return null;
    const branches = anyBranch
        ? subPattern === null || admitsAnyTag(patterns, scope)
            ? 'any branch or tag'
            : 'any branch'
        : null;
    const contexts = [branches, anyEnvironment ? 'any environment' : null].filter((x) => x !== null);
    if (manyRepositories) {
        const described = describeRepositories(subPattern);
        const repositories = binding.repositoryOwnerId !== undefined && described.endsWith(' of any owner')
            ? `${described.slice(0, -' of any owner'.length)} of the owner with id ${binding.repositoryOwnerId}`
            : described;
        return contexts.length > 0 ? `${repositories}, with ${contexts.join(' and ')}` : repositories;
    }
    const { owner, name } = repositoryOf(subPattern ?? '');
    const named = owner !== null && name !== null && !hasWildcard(owner) && !hasWildcard(name);
    const of = named
        ? ` of ${owner}/${name}`
        : binding.repositoryId !== undefined
            ? ` of the repository with id ${binding.repositoryId}`
            : owner !== null && name !== null
                ? ` of ${owner}/${name}`
                : '';
    return `${contexts.join(' and ')}${of}`;
}
/**
 * What the other clauses of an expression widen: a `matches` on job_workflow_ref with a wildcard in the
 * workflow's owner, repository or ref lets code from repositories or branches nobody chose sign in; an
 * `eq` comparand with '*' or '?' compares them literally, which no GitHub token has.
 */
function otherClauseScopes(expression) {
    const scopes = [];
    for (const clause of expression.clauses) {
        if (clause.claim === 'sub')
            continue;
        if (clause.operator === 'eq') {
            if (hasWildcard(clause.value)) {
                scopes.push(`${(0,rules_trust/* showClause */.Ht)(clause)} compares '*' and '?' literally (eq has no wildcards), so no GitHub token matches it`);
            }
            continue;
        }
        if (clause.claim !== 'job_workflow_ref')
            continue;
        const at = clause.value.lastIndexOf('@');
        const path = at === -1 ? clause.value : clause.value.slice(0, at);
        const ref = at === -1 ? '*' : clause.value.slice(at + 1);
        const [owner = '', repository = ''] = path.split('/');
        const widened = [];
        if (hasWildcard(owner))
            widened.push('of any owner');
        else if (hasWildcard(repository))
            widened.push(`of any repository of ${owner}`);
        // A wildcard right after refs/heads/ or refs/tags/ (or in place of the ref) admits refs anyone with write access creates.
        if (/^(?:refs\/(?:heads\/|tags\/)?)?[*?]/.test(ref))
            widened.push('at any ref');
        if (widened.length > 0)
            scopes.push(`reusable workflows ${widened.join(' and ')} through ${(0,rules_trust/* showClause */.Ht)(clause)}`);
    }
    return scopes;
}
const ficWildcard = {
    id: 'fic-wildcard',
    defaultSeverity: 'warning',
    title: 'A flexible federated credential admits more than one repository, any branch or any environment, or wildcard workflows.',
    rationale: "A flexible credential's `matches` wildcards widen the trust far beyond the one workflow that needs it: every new repository, branch or environment that matches can sign in as the app, and branches and unprotected environments can be created by anyone with write access. A wildcard in `job_workflow_ref`'s owner, repository or ref lets workflow code nobody reviewed sign in. An `eq` on `repository_id` pins the credential to one repository whatever `sub` says.",
    example: 'Flexible federated credential "shared" of app "deploy-api" admits any repository of owner contoso, with any branch and any environment: claims[\'sub\'] matches \'repo:contoso/*\'.',
    fix: "Narrow the expression to one repository and the protected context that deploys, bound to the repository's id, e.g. `claims['sub'] eq 'repo:contoso/api:environment:production' and claims['repository_id'] eq '<repository-id>'`, or replace it with one classic credential per subject.",
    check(app, context) {
        return eachCredential(app, context, (_app, fic) => {
            const trust = (0,rules_trust/* trustOf */.An)(fic);
            if (trust.kind !== 'flexible')
                return null;
            const sub = (0,rules_trust/* clauseFor */.Vb)(trust.expression, 'sub');
            const scope = wildcardScope(sub?.value ?? null, (0,rules_trust/* subPatterns */.yB)(trust.expression), probeScope(sub?.value ?? null, context), (0,rules_trust/* bindingOf */.hJ)(trust.expression));
            const others = otherClauseScopes(trust.expression);
            if (scope === null && others.length === 0)
                return null;
            const how = sub ? (0,rules_trust/* showClause */.Ht)(sub) : "an expression that does not constrain claims['sub']";
            const parts = [...(scope === null ? [] : [`${scope}: ${how}`]), ...others];
            const ids = (0,rules_trust/* idsFor */.Go)(sub?.value ?? null, context);
            const narrow = (0,matching/* compliantExpression */.qK)({ operator: 'eq', value: sub ? narrowedSubject(sub.value) : 'repo:<owner>/<repo>:environment:production' }, ids);
            return {
                message: `The ${(0,rules_trust/* ficLabel */.ty)(app, fic)} admits ${parts.join('; ')}.`,
                remediation: `Narrow the expression to one repository and the protected branch or environment that needs Azure access, bound to the repository's id, e.g. ${narrow}${ids.repositoryId === undefined ? ` (replace ${matching/* REPOSITORY_ID_PLACEHOLDER */.Dj} with the repository's id: \`gh api repos/<owner>/<repo> --jq .id\`)` : ''}: ${(0,rules_trust/* expressionPatch */.b6)(app, fic, narrow)}.`,
            };
        }, true);
    },
};
/** A narrowing of a `sub` pattern to one example subject: its repository, with a protected environment. */
function narrowedSubject(pattern) {
    const { owner, name } = repositoryOf(pattern);
    const o = owner === null || hasWildcard(owner) ? '<owner>' : owner;
    const n = name === null || hasWildcard(name) ? '<repo>' : name;
    return `repo:${o}/${n}:environment:production`;
}
// ---------------------------------------------------------------------------------------------
// fic-foreign-owner
const lower = (s) => s.toLowerCase();
/** Claims whose value names a GitHub owner: the repository's (in any form) and a workflow's. */
const OWNER_KEYS = new Set([
    'repo',
    'repository',
    'repository_owner',
    'job_workflow_ref',
    'workflow_ref',
]);
/** Claims that tie a run to a repository or owner, by name or by id. */
const TIE_KEYS = new Set([...OWNER_KEYS, 'repository_id', 'repository_owner_id']);
/** The owner a claim value names: the part before '/', without an immutable `@id`. */
function ownerIn(key, value) {
    const owner = key === 'repository_owner' ? value : (value.split('/')[0] ?? '');
    return owner.replace(/@\d+$/, '');
}
/** Owners a literal subject names, in any claim and any position. */
function ownersNamed(parsed) {
    return parsed.claims
        .filter((c) => OWNER_KEYS.has(c.key))
        .map((c) => ownerIn(c.key, c.value))
        .filter((o) => o !== '');
}
/** A literal subject that names no repository or owner admits runs of every owner's repositories. */
function untiedProblem(parsed, binding = {}) {
    if (parsed.claims.some((c) => TIE_KEYS.has(c.key)))
        return null;
    const actors = parsed.claims.filter((c) => c.key === 'actor').map((c) => c.value);
    const only = actors.length > 0 ? ` (only the actor ${actors.join(', ')})` : '';
    const ids = [
        binding.repositoryId === undefined ? null : `repository_id ${binding.repositoryId}`,
        binding.repositoryOwnerId === undefined ? null : `repository_owner_id ${binding.repositoryOwnerId}`,
    ].filter((x) => x !== null);
    if (ids.length > 0) {
        // The id binding ties it to one repository or owner, but which one cannot be read from the ids alone.
        return `names no repository or owner by name${only}, and its binding to ${ids.join(' and ')} is not the analysed repository's, so whether that owner is allowed cannot be checked`;
    }
    const own = actors.length > 0 ? `, ${actors.join(', ')}'s own included,` : '';
    return `names no repository or owner${only}, so runs in any owner's repositories${own} are admitted`;
}
/** Owners a `matches` pattern names in its owner-naming claims, as written (may hold wildcards). */
function ownersInPattern(pattern) {
    const parts = pattern.split(':');
    const owners = [];
    parts.forEach((part, i) => {
        const value = parts[i + 1];
        if (OWNER_KEYS.has(part) && value !== undefined)
            owners.push(ownerIn(part, value));
    });
    return owners;
}
/** Whether the expression's id binding pins it to the analysed repository (or its owner), whose owner is allowed. */
function pinnedToAllowed(binding, context, isAllowed) {
    const repository = context.repository;
    if (!repository || !isAllowed(repository.owner))
        return false;
    return ((binding.repositoryId !== undefined && binding.repositoryId === repository.repoId) ||
        (binding.repositoryOwnerId !== undefined && binding.repositoryOwnerId === repository.ownerId));
}
function foreignOwnerProblems(fic, allowed, context) {
    const isAllowed = (owner) => allowed.map(lower).includes(lower(owner));
    const foreignIn = (owners) => [...new Set(owners.filter((o) => !isAllowed(o)))].map((o) => `names owner ${o}`);
    const trust = (0,rules_trust/* trustOf */.An)(fic);
    const binding = trust.kind === 'flexible' ? (0,rules_trust/* bindingOf */.hJ)(trust.expression) : {};
    const literalProblems = (parsed) => {
        const untied = untiedProblem(parsed, binding);
        return [...foreignIn(ownersNamed(parsed)), ...(untied === null ? [] : [untied])];
    };
    if (trust.kind === 'classic')
        return trust.parsed ? literalProblems(trust.parsed) : [];
    if (trust.kind !== 'flexible')
        return [];
    const problems = [];
    const pinned = pinnedToAllowed(binding, context, isAllowed);
    const sub = (0,rules_trust/* clauseFor */.Vb)(trust.expression, 'sub');
    if (!sub) {
        if (!pinned)
            problems.push("does not constrain claims['sub'], so runs in any owner's repository are admitted");
    }
    else if (sub.operator === 'eq') {
        const parsed = parsedEq(trust.expression);
        if (parsed)
            problems.push(...literalProblems(parsed).filter((p) => !pinned || p.startsWith('names owner')));
    }
    else {
        const owners = ownersInPattern(sub.value);
        if (owners.length === 0 && !pinned) {
            if (hasWildcard(sub.value))
                problems.push(`admits repositories of any owner through ${(0,rules_trust/* showClause */.Ht)(sub)}`);
            else {
                // A pattern without wildcards is a literal subject: judge it as one (e.g. only an actor named).
                const parsed = (0,matching/* parseSubject */.Ci)(sub.value);
                const untied = parsed.ok ? untiedProblem(parsed.value, binding) : null;
                if (untied !== null)
                    problems.push(untied);
            }
        }
        for (const owner of owners) {
            if (isAllWildcard(owner) || owner === '') {
                if (!pinned)
                    problems.push(`admits repositories of any owner through ${(0,rules_trust/* showClause */.Ht)(sub)}`);
            }
            else if (hasWildcard(owner)) {
                if (!pinned)
                    problems.push(`admits repositories of any owner matching '${owner}' through ${(0,rules_trust/* showClause */.Ht)(sub)}`);
            }
            else if (!isAllowed(owner)) {
                problems.push(`names owner ${owner}`);
            }
        }
    }
    const workflow = (0,rules_trust/* clauseFor */.Vb)(trust.expression, 'job_workflow_ref');
    if (workflow) {
        const owner = workflow.value.split('/')[0] ?? '';
        if (hasWildcard(owner))
            problems.push(`admits reusable workflows of any owner through ${(0,rules_trust/* showClause */.Ht)(workflow)}`);
        else if (owner !== '' && !isAllowed(owner))
            problems.push(`trusts a workflow of owner ${owner}`);
    }
    return [...new Set(problems)];
}
const ficForeignOwner = {
    id: 'fic-foreign-owner',
    defaultSeverity: 'error',
    title: 'A federated credential names (or admits) a GitHub owner outside `allowed-owners`.',
    rationale: "A credential that trusts another organisation's repository or workflow lets that organisation's members sign in as the app. It is usually a copy-paste slip or a personal fork, and it is invisible unless someone reads every subject. Every claim that names an owner counts, in any position of a custom template (`repo`, `repository_owner`, `job_workflow_ref`), and a subject that names none (only `actor:…`) admits every owner's repositories. Only checked when `allowed-owners` is set.",
    example: 'Federated credential "deploy" of app "deploy-api" (subject "repo:contoso-old/api:environment:prod") names owner contoso-old, which is not in allowed-owners (contoso).',
    fix: 'Point the credential at a repository of an allowed owner, or delete it; if the owner is legitimately yours, add it to `settings.allowed-owners`.',
    check(app, context) {
        const allowed = context.settings.allowedOwners;
        if (allowed.length === 0)
            return [];
        return eachCredential(app, context, (_app, fic) => {
            const problems = foreignOwnerProblems(fic, allowed, context);
            if (problems.length === 0)
                return null;
            return {
                message: `The ${(0,rules_trust/* ficLabel */.ty)(app, fic)} (${(0,rules_trust/* trustText */.OR)(fic)}) ${problems.join('; ')}, outside allowed-owners (${allowed.join(', ')}).`,
                remediation: `Change the credential to a repository of ${allowed.join(' or ')}, or delete it (${(0,rules_trust/* deleteFicCommand */.jr)(app, fic)}); if the owner is yours, add it to settings.allowed-owners in the policy file.`,
            };
        }, true);
    },
};
// ---------------------------------------------------------------------------------------------
// fic-malformed-subject
function malformation(fic) {
    const trust = (0,rules_trust/* trustOf */.An)(fic);
    switch (trust.kind) {
        case 'none':
            return ['it has neither a subject nor a claims-matching expression'];
        case 'invalid-expression':
            return [`its claims-matching expression does not parse: ${trust.error}`];
        case 'classic':
            return (0,matching/* subjectDefects */.DO)(trust.subject);
        case 'flexible': {
            const defects = [];
            const version = fic.claimsMatchingExpression?.languageVersion;
            if (version !== 1)
                defects.push(`its expression declares languageVersion ${version}, but Entra only knows version 1`);
            const issuer = (0,matching/* flexibleIssuerProblem */.uy)(fic.issuer, trust.expression);
            if (issuer !== null)
                defects.push(`its issuer takes no flexible expression: ${issuer}`);
            const binding = (0,rules_trust/* bindingProblem */.BC)(fic, trust.expression);
            if (binding !== null)
                defects.push(`its expression ${binding}`);
            const sub = (0,rules_trust/* clauseFor */.Vb)(trust.expression, 'sub');
            if (sub?.operator === 'eq')
                defects.push(...(0,matching/* subjectDefects */.DO)(sub.value).map((d) => `claims['sub'] eq: ${d}`));
            return defects;
        }
    }
}
/** For an expression Entra refuses only for want of the GitHub binding: the compliant rewrite, applied by PATCH. */
function bindingRemediation(app, fic, context) {
    const trust = (0,rules_trust/* trustOf */.An)(fic);
    if (trust.kind !== 'flexible' || (0,rules_trust/* bindingProblem */.BC)(fic, trust.expression) === null)
        return null;
    const sub = (0,rules_trust/* clauseFor */.Vb)(trust.expression, 'sub');
    const rewrite = (0,rules_trust/* compliantText */.n5)(sub
        ? trust.expression
        : {
            clauses: [
                { claim: 'sub', operator: 'eq', value: 'repo:<owner>/<repo>:environment:<name>' },
                ...trust.expression.clauses,
            ],
        }, context);
    const placeholder = rewrite.includes(matching/* REPOSITORY_ID_PLACEHOLDER */.Dj)
        ? ` (replace ${matching/* REPOSITORY_ID_PLACEHOLDER */.Dj} with the repository's id: \`gh api repos/<owner>/<repo> --jq .id\`, or the repository_id claim of one of its tokens)`
        : '';
    return `Bind the expression to the repository's id as Entra requires: ${(0,rules_text/* quote */.hD)(rewrite)}${placeholder}; ${(0,rules_trust/* expressionPatch */.b6)(app, fic, rewrite)}.`;
}
const ficMalformedSubject = {
    id: 'fic-malformed-subject',
    defaultSeverity: 'error',
    title: 'A GitHub federated credential has a subject (or expression) GitHub can never emit or Entra does not accept.',
    rationale: "Entra accepts any subject text when the credential is saved and only fails at sign-in. A subject with a typo (`environment/prod`, `refs/heads/main` without `ref:`, a wildcard in a classic credential, stray spaces) never matches, so the workflow that should use it fails — and people \"fix\" that by going back to secrets. A flexible expression for GitHub must match `claims['sub']` and bind `claims['repository_id']` and/or `claims['repository_owner_id']` with `eq`; Entra does not accept one that does not.",
    example: 'Federated credential "deploy" of app "deploy-api" has subject "repo:contoso/api:ref:main", which GitHub never emits: \'ref:main\' is not a full ref.',
    fix: "Rewrite the subject in the form GitHub emits, e.g. `repo:<owner>/<repo>:ref:refs/heads/<branch>`, `repo:<owner>/<repo>:environment:<name>` or `repo:<owner>/<repo>:pull_request`; bind a flexible expression to the repository, e.g. `claims['sub'] matches 'repo:<owner>/<repo>:ref:refs/heads/*' and claims['repository_id'] eq '<repository-id>'`.",
    check(app, context) {
        return eachCredential(app, context, (_app, fic) => {
            const defects = malformation(fic);
            if (defects.length === 0)
                return null;
            const remediation = fic.claimsMatchingExpression !== null
                ? (bindingRemediation(app, fic, context) ??
                    `Fix the expression (grammar: claims['sub'] eq|matches '<value>' and claims['repository_id'] eq '<repository-id>' [and claims['repository_owner_id'] eq '<owner-id>'] [and claims['job_workflow_ref'] eq|matches '<value>']) through \`az rest --method PATCH --uri https://graph.microsoft.com/beta/applications/${app.objectId}/federatedIdentityCredentials/${fic.id} --body @expression.json\`.`)
                : `Rewrite the subject as GitHub emits it (repo:<owner>/<repo>:ref:refs/heads/<branch>, repo:<owner>/<repo>:environment:<name> or repo:<owner>/<repo>:pull_request): ${(0,rules_trust/* patchCommand */.qB)(app, fic, '{"subject":"repo:<owner>/<repo>:environment:<name>"}')}.`;
            return {
                message: `The ${(0,rules_trust/* ficLabel */.ty)(app, fic)} (${(0,rules_trust/* trustText */.OR)(fic)}) can never match a GitHub token: ${defects.join('; ')}.`,
                remediation,
            };
        }, true);
    },
};
// ---------------------------------------------------------------------------------------------
// fic-near-limit
const ficNearLimit = {
    id: 'fic-near-limit',
    defaultSeverity: 'warning',
    title: `An app has at least \`max-federated-credentials\` (default 18) of Entra's ${settings/* ENTRA_FEDERATED_CREDENTIAL_LIMIT */.QZ} federated credentials.`,
    rationale: `Entra refuses a ${settings/* ENTRA_FEDERATED_CREDENTIAL_LIMIT */.QZ + 1}st federated credential on an app. The next repository or environment to onboard then fails, and the quick way out is usually a secret or an over-broad wildcard.`,
    example: `App "deploy-api" has 19 of Entra's ${settings/* ENTRA_FEDERATED_CREDENTIAL_LIMIT */.QZ} federated credentials.`,
    fix: 'Delete credentials no workflow uses (see `fic-unused`), split unrelated workloads into separate apps, or replace many per-branch credentials with one environment per deployment target.',
    check(app, context) {
        const count = app.federatedCredentials.length;
        const threshold = context.settings.maxFederatedCredentials;
        if (count < threshold)
            return [];
        return [
            {
                target: { kind: 'application', id: app.objectId, name: app.displayName },
                message: `${(0,rules_text/* appLabel */._$)(app)} has ${count} of Entra's ${settings/* ENTRA_FEDERATED_CREDENTIAL_LIMIT */.QZ} federated credentials (warning from ${threshold}); ${count >= settings/* ENTRA_FEDERATED_CREDENTIAL_LIMIT */.QZ ? 'no further one can be added' : `only ${settings/* ENTRA_FEDERATED_CREDENTIAL_LIMIT */.QZ - count} more can be added`}.`,
                remediation: `Delete the credentials no workflow uses (\`az ad app federated-credential list --id ${app.appId}\` to review, \`az ad app federated-credential delete --id ${app.appId} --federated-credential-id <id>\` to remove), or move unrelated workloads to their own app registration.`,
            },
        ];
    },
};
const federationRules = [
    ficUntrustedIssuer,
    ficAudience,
    ficPullRequest,
    ficWildcard,
    ficForeignOwner,
    ficMalformedSubject,
    ficNearLimit,
];

// EXTERNAL MODULE: ./src/workflows/attribution.ts
var attribution = __nccwpck_require__(4775);
;// CONCATENATED MODULE: ./src/policy/rules/workflow-secret.ts



function reference(signIn) {
    return signIn.clientId ? ` with client id ${signIn.clientId.value}` : '';
}
/** Jobs that sign in as this app with a secret; one only assumed to be the app is reported with the first assumed app. */
function secretJobs(app, context) {
    const analysis = context.workflows;
    if (!analysis)
        return [];
    const options = (0,workflow/* attributionOptions */.iO)(context);
    const first = context.assumedApps?.[0]?.appId.toLowerCase();
    return analysis.jobs.flatMap((job) => {
        if ((0,attribution/* secretSignIns */._S)(job).length === 0)
            return [];
        const verdict = (0,attribution/* jobSignsInWithSecretAs */.N8)(job, app.appId, options);
        if (verdict === 'yes')
            return [{ job, assumed: false }];
        if (verdict === 'assumed' && first === app.appId.toLowerCase())
            return [{ job, assumed: true }];
        return [];
    });
}
const workflowSecretSignIn = {
    id: 'workflow-secret-sign-in',
    defaultSeverity: 'warning',
    title: 'A workflow job signs in to Azure with a client secret or certificate instead of a federated credential.',
    rationale: 'A secret kept in GitHub (azure/login `creds:` or `client-secret`, `az login --service-principal` with a password or certificate, `ARM_CLIENT_SECRET`, `AZURE_CLIENT_SECRET`, `Connect-AzAccount -ServicePrincipal -Credential`) works from anywhere, for anyone who can read it, until it expires. A federated credential trusts only the runs GitHub vouches for, and there is nothing to leak or rotate. Such a job presents no OIDC subject, so no federated credential is judged for it.',
    example: 'Job "deploy" of .github/workflows/deploy.yml runs azure/login with creds: ${{ secrets.AZURE_CREDENTIALS }}, a JSON holding clientSecret.',
    fix: 'Switch the job to OpenID Connect: grant `permissions: id-token: write`, pass `client-id`, `tenant-id` and `subscription-id` to azure/login (or set `ARM_USE_OIDC: true` for Terraform), add a federated credential for the subject the job presents (`plan` prints it), then delete the secret from the app and from GitHub.',
    check(app, context) {
        const hits = [];
        for (const { job, assumed } of secretJobs(app, context)) {
            for (const signIn of (0,attribution/* secretSignIns */._S)(job)) {
                const as = assumed
                    ? `and its client id cannot be read here, so it is assumed to be app ${(0,rules_text/* quote */.hD)(app.displayName)} (${app.appId}) or another of the apps judged`
                    : `as app ${(0,rules_text/* quote */.hD)(app.displayName)} (${app.appId})`;
                hits.push({
                    target: (0,workflow/* jobTarget */.H1)(job),
                    location: { file: job.file, line: signIn.line },
                    message: `The ${(0,workflow/* jobLabel */.OP)(job)} signs in to Azure through ${signIn.method}${reference(signIn)}, ${as}: a stored secret or certificate, not a federated credential.`,
                    remediation: `Use OpenID Connect instead: give the job \`permissions: id-token: write\`, sign in with azure/login and \`client-id\` (no \`creds\`/secret), add a federated credential for the subject the job presents, then remove the secret from the app (\`az ad app credential list --id ${app.appId}\`) and from GitHub.`,
                });
            }
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/policy/rules/privilege.ts

const inList = (list, value) => value !== null && list.some((entry) => entry.toLowerCase() === value.toLowerCase());
/** What the default privileged permissions allow, so the message says why it matters. */
const GRAPH_CONSEQUENCES = new Map([
    ['RoleManagement.ReadWrite.Directory', 'lets it assign itself any directory role, Global Administrator included'],
    ['AppRoleAssignment.ReadWrite.All', 'lets it grant itself any application permission, and so any other privilege'],
    ['Application.ReadWrite.All', 'lets it add credentials to any app registration and sign in as that app'],
    ['Directory.ReadWrite.All', 'lets it change users, groups and other directory objects across the tenant'],
]);
const privilegedGraphPermission = {
    id: 'privileged-graph-permission',
    defaultSeverity: 'warning',
    title: 'The service principal holds a privileged Microsoft Graph application permission.',
    rationale: 'Permissions such as `RoleManagement.ReadWrite.Directory`, `AppRoleAssignment.ReadWrite.All`, `Application.ReadWrite.All` and `Directory.ReadWrite.All` let the app raise its own privilege up to Global Administrator. Whoever can sign in as the app (any workflow its federated credentials admit) inherits that.',
    example: 'The service principal of app "deploy-api" holds Microsoft Graph application permission Application.ReadWrite.All (1bfefb4e-e0b5-418b-a88f-73c46d2cc8e9).',
    fix: 'Remove the app role assignment and grant the narrowest permission that works (e.g. `Application.ReadWrite.OwnedBy` instead of `Application.ReadWrite.All`).',
    check(app, context) {
        const sp = app.servicePrincipal;
        if (!sp)
            return [];
        const privileged = context.settings.privilegedGraphPermissions;
        return sp.appRoleAssignments
            .filter((a) => inList(privileged, a.permission) || inList(privileged, a.appRoleId))
            .map((a) => {
            const name = a.permission ?? a.appRoleId;
            const resource = a.resourceDisplayName ?? 'resource';
            const why = GRAPH_CONSEQUENCES.get(a.permission ?? '') ?? 'which the policy counts as privileged';
            return {
                target: { kind: 'servicePrincipal', id: a.id, name },
                message: `The service principal of ${(0,rules_text/* appLabel */._$)(app)} holds ${(0,rules_text/* quote */.hD)(resource)} application permission ${name}${a.permission ? ` (${a.appRoleId})` : ''}, which ${why.replace(/^which /, '')}; every workflow that can sign in as the app gets it too.`,
                remediation: `Remove the assignment (\`az rest --method DELETE --uri https://graph.microsoft.com/v1.0/servicePrincipals/${sp.objectId}/appRoleAssignments/${a.id}\`) and grant the narrowest permission that works instead.`,
            };
        });
    },
};
const privilegedDirectoryRole = {
    id: 'privileged-directory-role',
    defaultSeverity: 'warning',
    title: 'The service principal is a member of a privileged Entra directory role.',
    rationale: 'Roles such as Global Administrator, Privileged Role Administrator, Application Administrator and Cloud Application Administrator control the tenant or every app in it (including adding credentials to other apps). A CI identity rarely needs them, and any workflow that can sign in as the app holds them.',
    example: 'The service principal of app "deploy-api" is a member of directory role "Application Administrator" (9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3).',
    fix: 'Remove the service principal from the role (Entra admin center → Roles and administrators, or a Graph DELETE on the role membership) and grant a narrower role scoped to the resources it manages.',
    check(app, context) {
        const sp = app.servicePrincipal;
        if (!sp)
            return [];
        const privileged = context.settings.privilegedDirectoryRoles;
        return sp.directoryRoles
            .filter((r) => inList(privileged, r.roleTemplateId) || inList(privileged, r.displayName))
            .map((r) => {
            const name = r.displayName ?? r.roleTemplateId ?? r.id;
            return {
                target: { kind: 'servicePrincipal', id: r.id, name },
                message: `The service principal of ${(0,rules_text/* appLabel */._$)(app)} is a member of directory role ${(0,rules_text/* quote */.hD)(name)}${r.roleTemplateId && r.displayName ? ` (${r.roleTemplateId})` : ''}; every workflow that can sign in as the app holds that role.`,
                remediation: `Remove the membership (\`az rest --method DELETE --uri "https://graph.microsoft.com/v1.0/directoryRoles/${r.id}/members/${sp.objectId}/\\$ref"\`) and assign a narrower role, scoped to the resources the workload manages.`,
            };
        });
    },
};
const privilegeRules = [privilegedGraphPermission, privilegedDirectoryRole];

;// CONCATENATED MODULE: ./src/policy/rules/policy.ts
const policyExceptionExpired = {
    id: 'policy-exception-expired',
    defaultSeverity: 'warning',
    title: 'A policy exception has passed its `expires` date and no longer suppresses anything.',
    rationale: 'Exceptions are meant to be temporary. Once one lapses, the findings it covered are reported again; this finding points at the exception so it is either renewed on purpose or deleted.',
    example: 'policy exception for client-secret-present on app 11111111-2222-3333-4444-555555555555 expired on 2026-01-31 (reason: "Migration tracked in JIRA-123").',
    fix: 'Fix what the exception covered and delete it from the policy file, or, if more time is agreed, set a new `expires` date.',
    check: () => [],
};
const policyRules = [policyExceptionExpired];

// EXTERNAL MODULE: ./src/policy/rules/snapshot.ts
var snapshot = __nccwpck_require__(4912);
// EXTERNAL MODULE: ./src/policy/rules/workflow-unreadable.ts
var workflow_unreadable = __nccwpck_require__(1201);
// EXTERNAL MODULE: ./src/signals/coverage.ts
var coverage = __nccwpck_require__(3551);
// EXTERNAL MODULE: ./src/signals/model.ts
var model = __nccwpck_require__(7528);
;// CONCATENATED MODULE: ./src/policy/rules/signals.ts



const AT_RISK = new Set(['atRisk', 'confirmedCompromised']);
const DETECTIONS_SHOWN = 3;
/** "client secret "ci" (keyId …)", or the bare keyId when the credential is no longer on the app. */
function credentialName(app, keyId) {
    const same = (k) => k.keyId.toLowerCase() === keyId.toLowerCase();
    const sp = app.servicePrincipal;
    const secret = app.passwordCredentials.find(same) ?? sp?.passwordCredentials.find(same);
    if (secret)
        return `client secret ${(0,rules_text/* quote */.hD)(secret.displayName ?? '(unnamed)')} (keyId ${keyId})`;
    const cert = app.keyCredentials.find(same) ?? sp?.keyCredentials.find(same);
    if (cert)
        return `certificate ${(0,rules_text/* quote */.hD)(cert.displayName ?? '(unnamed)')} (keyId ${keyId})`;
    return `credential keyId ${keyId} (no longer on the app)`;
}
function describeDetection(app, d) {
    const when = (d.detectedDateTime ?? d.activityDateTime ?? '').slice(0, 10);
    const level = d.riskLevel && d.riskLevel !== 'none' ? `, ${d.riskLevel}` : '';
    const creds = d.keyIds.length > 0 ? ` involving ${d.keyIds.map((k) => credentialName(app, k)).join(', ')}` : '';
    return `${(0,rules_text/* quote */.hD)(d.riskEventType)}${level}${when ? ` on ${when}` : ''}${creds}`;
}
const servicePrincipalAtRisk = {
    id: 'service-principal-at-risk',
    defaultSeverity: 'error',
    title: 'Microsoft Entra ID Protection reports the deploy identity as at risk or confirmed compromised.',
    rationale: 'ID Protection for workload identities flags service principals whose credentials leaked, that sign in from suspicious places or behave anomalously. A deployment that signs in as a flagged identity hands production to whoever holds its credentials: the guard blocks the deployment until the risk is confirmed and remediated, or dismissed. It needs the Graph permission `IdentityRiskyServicePrincipal.Read.All` (and `IdentityRiskEvent.Read.All` for the detections); without Workload ID Premium Graph hides the risk level and details, which the finding says.',
    example: 'The service principal of app "deploy-api" is at risk in Microsoft Entra ID Protection (risk level high, updated 2026-11-30); latest detections: "leakedCredentials", high on 2026-11-30 involving client secret "ci" (keyId 9d9fea30-d8e3-481b-b57c-0ef569a989e5).',
    fix: 'Investigate in the Entra admin center (ID Protection → Risky workload identities): confirm the compromise or dismiss the risk; remove or rotate the credential the detection names (prefer a federated credential); review the service principal sign-in logs and audit logs since the first detection.',
    check(app, context) {
        const signals = context.signals;
        const sp = app.servicePrincipal;
        if (!signals?.risk || !sp)
            return [];
        const risk = signals.risk.get(app.appId.toLowerCase());
        if (!risk || !AT_RISK.has(risk.riskState))
            return [];
        const compromised = risk.riskState === 'confirmedCompromised';
        const hidden = risk.riskLevel === 'hidden';
        const level = hidden
            ? 'risk level hidden: the tenant has no Workload ID Premium licence, so Graph does not say how high'
            : `risk level ${risk.riskLevel}`;
        const updated = risk.riskLastUpdatedDateTime ? `, updated ${risk.riskLastUpdatedDateTime.slice(0, 10)}` : '';
        const detections = signals.detections?.get(sp.objectId.toLowerCase()) ?? signals.detections?.get(risk.id.toLowerCase());
        const detectionState = (0,model/* stateOf */.L)(signals, 'service-principal-risk-detections');
        let latest = '';
        if (detections && detections.length > 0)
            latest = `; latest detection${detections.length > 1 ? 's' : ''}: ${detections
                .slice(0, DETECTIONS_SHOWN)
                .map((d) => describeDetection(app, d))
                .join('; ')}${detections.length > DETECTIONS_SHOWN ? ` (and ${detections.length - DETECTIONS_SHOWN} more)` : ''}`;
        else if (detectionState && detectionState.status !== 'available' && detectionState.status !== 'unlicensed')
            latest = `; its detections could not be read (${detectionState.status})`;
        const keyIds = [...new Set((detections ?? []).flatMap((d) => d.keyIds))];
        const rotate = keyIds.length > 0
            ? `remove or rotate ${keyIds.map((k) => credentialName(app, k)).join(', ')} (prefer a federated credential)`
            : "rotate the identity's secrets and certificates (prefer federated credentials)";
        return [
            {
                target: { kind: 'servicePrincipal', id: sp.objectId, name: sp.displayName ?? app.displayName },
                message: `The service principal of ${(0,rules_text/* appLabel */._$)(app)} is ${compromised ? 'confirmed compromised' : 'at risk'} in Microsoft Entra ID Protection (${level}${updated})${latest}. The deployment must not sign in as it until this is resolved.`,
                remediation: `In the Entra admin center (ID Protection → Risky workload identities, object id ${sp.objectId}) ${compromised ? 'keep it confirmed compromised until remediated' : 'confirm the compromise or, if it is a false positive, dismiss the risk'}; ${rotate}; then review its sign-ins (Sign-in logs → Service principal sign-ins) and the audit log since the first detection.`,
            },
        ];
    },
};
const conditionalAccessMissing = {
    id: 'conditional-access-missing',
    defaultSeverity: 'warning',
    title: 'No enabled conditional access policy covers the deploy identity (the tenant is licensed for it).',
    rationale: 'Conditional access for workload identities can block a service principal when it signs in from outside known locations or when ID Protection rates it risky, which turns a leaked credential into a failed sign-in instead of a breach. The check runs only when the tenant holds a Workload ID licence (`GET /subscribedSkus`, permission `LicenseAssignment.Read.All`) and the guard can read the policies (`Policy.Read.All`). A policy counts when it is enabled, includes the service principal (by object id or `ServicePrincipalsInMyTenant`) without excluding it, targets all resources and blocks; a report-only policy logs but does not block, so it does not count.',
    example: 'No enabled conditional access policy covers the service principal of app "deploy-api" (a1b2…); "Block risky workload identities" (report-only; service principal risk medium, high) would, but report-only policies do not enforce.',
    fix: 'Create (or switch on) a conditional access policy for workload identities that includes the service principal or `ServicePrincipalsInMyTenant`, targets all resources and blocks sign-ins when service principal risk is medium or high, or from outside your named locations.',
    check(app, context) {
        const signals = context.signals;
        const sp = app.servicePrincipal;
        if (!signals?.conditionalAccess || !sp)
            return [];
        if ((0,model/* stateOf */.L)(signals, 'conditional-access-policies')?.status !== 'available')
            return [];
        const concerned = (0,coverage/* coverageFor */.K5)(signals, app.appId, sp.objectId);
        if (concerned.some((c) => c.coverage === 'covers' && c.enforced))
            return [];
        const notes = [];
        const reportOnly = concerned.filter((c) => c.coverage === 'covers' && c.policy.state === 'enabledForReportingButNotEnforced');
        const disabled = concerned.filter((c) => c.coverage === 'covers' && c.policy.state === 'disabled');
        const excluded = concerned.filter((c) => c.coverage === 'excluded' && c.enforced);
        const filtered = concerned.filter((c) => c.coverage === 'filter' && c.enforced);
        if (reportOnly.length > 0)
            notes.push(`${reportOnly.map((c) => (0,coverage/* describePolicy */.wy)(c.policy, rules_text/* quote */.hD)).join(', ')} would, but a report-only policy logs and does not enforce`);
        if (disabled.length > 0)
            notes.push(`${disabled.map((c) => (0,coverage/* describePolicy */.wy)(c.policy, rules_text/* quote */.hD)).join(', ')} would, but is off`);
        if (excluded.length > 0)
            notes.push(`${excluded.map((c) => (0,coverage/* describePolicy */.wy)(c.policy, rules_text/* quote */.hD)).join(', ')} exclude${excluded.length === 1 ? 's' : ''} it`);
        if (filtered.length > 0)
            notes.push(`${filtered.map((c) => (0,coverage/* describePolicy */.wy)(c.policy, rules_text/* quote */.hD)).join(', ')} select${filtered.length === 1 ? 's' : ''} service principals by a filter the guard cannot evaluate`);
        return [
            {
                target: { kind: 'servicePrincipal', id: sp.objectId, name: sp.displayName ?? app.displayName },
                message: `No enabled conditional access policy covers the service principal of ${(0,rules_text/* appLabel */._$)(app)} (object id ${sp.objectId})${notes.length > 0 ? `; ${notes.join('; ')}` : ''}. A leaked credential of this identity can be used from anywhere.`,
                remediation: `In the Entra admin center (Conditional Access → New policy → Workload identities) include this service principal (${sp.objectId}) or ServicePrincipalsInMyTenant, target all resources, grant Block, with the condition "service principal risk" medium and high and/or locations "Any location" except your trusted named locations${reportOnly.length > 0 ? '; or switch the report-only policy to On once its sign-in logs show no unexpected blocks' : ''}.`,
            },
        ];
    },
};
const signalUnavailable = {
    id: 'signal-unavailable',
    defaultSeverity: 'error',
    title: 'A signal an enabled rule needs could not be read, and the policy sets `fail-on-unavailable-signals: true`.',
    rationale: 'By default a signal that is unlicensed, forbidden or failed is listed in `report.signals` and noted in the summary, and the run does not fail on it. Teams that want the risk and conditional access checks to be mandatory set `fail-on-unavailable-signals: true`; this rule then fails the run once per such signal. A signal Microsoft does not offer in the cloud (`unsupportedCloud`) never fails it.',
    example: "Signal risky-service-principals is forbidden: the guard's token does not carry IdentityRiskyServicePrincipal.Read.All, so service-principal-at-risk was not checked.",
    fix: 'Apply the fix the finding names (grant the permission, or license the tenant), or set `fail-on-unavailable-signals: false`.',
    // Its findings come from signalFindings(): it concerns the tenant, not an app.
    check: () => [],
};
const signalRules = [
    servicePrincipalAtRisk,
    conditionalAccessMissing,
    signalUnavailable,
];

;// CONCATENATED MODULE: ./src/policy/rules/index.ts









const RULES = Object.freeze([
    ...credentialRules,
    ...federationRules,
    ...workflow/* workflowRules */.ll,
    workflowSecretSignIn,
    workflow_unreadable/* workflowUnreadable */.JD,
    ...privilegeRules,
    ...signalRules,
    ...policyRules,
    ...snapshot/* snapshotRules */.sH,
]);
const BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));
if (BY_ID.size !== RULES.length)
    throw new Error('rule ids must be unique');
function ruleById(id) {
    return BY_ID.get(id);
}


/***/ }),

/***/ 4912:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N9: () => (/* binding */ snapshotFindings),
/* harmony export */   sH: () => (/* binding */ snapshotRules)
/* harmony export */ });
/* unused harmony exports SNAPSHOT_STALE_RULE, snapshotStale */
const SNAPSHOT_STALE_RULE = 'snapshot-stale';
const DAY_MS = 86_400_000;
const DEFAULT_MAX_AGE_DAYS = 7;
const snapshotStale = {
    id: SNAPSHOT_STALE_RULE,
    defaultSeverity: 'warning',
    title: 'The snapshot the check judged is older than `snapshot-max-age-days` (default 7).',
    rationale: 'In snapshot mode (pull requests) the guard signs in to nothing and judges the workflows against the tenant as an earlier export saw it. Federated credentials added, changed or deleted since then are invisible, so an old snapshot can pass a pull request that breaks a deployment, or flag one that is fine.',
    example: 'The snapshot of tenant 72f988bf-86f1-41af-91ab-2d7cd011db47 was exported on 2026-11-20 (15 days ago); the policy allows 7 days.',
    fix: 'Run the export job again (it runs on a schedule and on changes to the workflows), or let the pull-request job download the latest artifact; raise `settings.snapshot-max-age-days` only if the tenant changes rarely.',
    check: () => [],
};
const snapshotRules = [snapshotStale];
/** The snapshot-stale finding of a run, or none (live mode, a fresh snapshot, or the rule switched off). */
function snapshotFindings(policy, context) {
    const { snapshot, now } = context;
    if (snapshot === undefined)
        return [];
    const setting = policy.severities.get(SNAPSHOT_STALE_RULE) ?? snapshotStale.defaultSeverity;
    if (setting === 'off')
        return [];
    const max = policy.settings.snapshotMaxAgeDays ?? DEFAULT_MAX_AGE_DAYS;
    const exported = new Date(snapshot.exportedAt);
    const target = { kind: 'application', id: snapshot.tenant, name: `snapshot of tenant ${snapshot.tenant}` };
    const fix = 'Run the export job again and let this job use its newest artifact; if the tenant rarely changes, raise settings.snapshot-max-age-days in the policy file.';
    if (Number.isNaN(exported.getTime())) {
        return [
            {
                rule: SNAPSHOT_STALE_RULE,
                severity: setting,
                appId: '',
                target,
                message: `The snapshot of tenant ${snapshot.tenant} has no valid export time (${JSON.stringify(snapshot.exportedAt.slice(0, 40))}), so its age is unknown.`,
                remediation: fix,
            },
        ];
    }
    const days = Math.floor((now.getTime() - exported.getTime()) / DAY_MS);
    if (days <= max)
        return [];
    return [
        {
            rule: SNAPSHOT_STALE_RULE,
            severity: setting,
            appId: '',
            target,
            message: `The snapshot of tenant ${snapshot.tenant} was exported on ${exported.toISOString().slice(0, 10)} (${days} days ago); the policy allows ${max} days. Changes to federated credentials since then are not seen.`,
            remediation: fix,
        },
    ];
}


/***/ }),

/***/ 355:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   YN: () => (/* binding */ credentialsOf),
/* harmony export */   _$: () => (/* binding */ appLabel),
/* harmony export */   ad: () => (/* binding */ credentialLabel),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   ti: () => (/* binding */ credentialTarget),
/* harmony export */   x3: () => (/* binding */ deleteCommand)
/* harmony export */ });
const MAX_NAME = 120;
function quote(text) {
    // eslint-disable-next-line no-control-regex
    const clean = text.replace(/[\u0000-\u001f\u007f]/g, ' ');
    return `"${clean.length > MAX_NAME ? `${clean.slice(0, MAX_NAME - 1)}…` : clean}"`;
}
function appLabel(app) {
    return `app ${quote(app.displayName)} (${app.appId})`;
}
function credentialsOf(app) {
    const list = [];
    for (const credential of app.passwordCredentials)
        list.push({ holder: 'application', kind: 'secret', credential });
    for (const credential of app.keyCredentials)
        list.push({ holder: 'application', kind: 'certificate', credential });
    const sp = app.servicePrincipal;
    if (sp) {
        for (const credential of sp.passwordCredentials)
            list.push({ holder: 'servicePrincipal', kind: 'secret', credential });
        for (const credential of sp.keyCredentials)
            list.push({ holder: 'servicePrincipal', kind: 'certificate', credential });
    }
    return list;
}
function credentialTarget(c) {
    const { keyId, displayName } = c.credential;
    return { kind: c.kind, id: keyId, name: displayName && displayName.trim() !== '' ? displayName : keyId };
}
/** e.g. `client secret "ci" (key 0f1e…)` or `certificate "deploy" of the service principal`. */
function credentialLabel(c) {
    const { keyId, displayName } = c.credential;
    const noun = c.kind === 'secret' ? 'client secret' : 'certificate';
    const named = displayName && displayName.trim() !== ''
        ? `${noun} ${quote(displayName)} (key id ${keyId})`
        : `${noun} with key id ${keyId}`;
    return c.holder === 'servicePrincipal' ? `${named} on the service principal` : named;
}
/** The az command that deletes the credential. */
function deleteCommand(app, c) {
    const group = c.holder === 'application' ? 'app' : 'sp';
    const cert = c.kind === 'certificate' ? ' --cert' : '';
    return `\`az ad ${group} credential delete --id ${app.appId} --key-id ${c.credential.keyId}${cert}\``;
}


/***/ }),

/***/ 3280:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   An: () => (/* binding */ trustOf),
/* harmony export */   BC: () => (/* binding */ bindingProblem),
/* harmony export */   Go: () => (/* binding */ idsFor),
/* harmony export */   Ht: () => (/* binding */ showClause),
/* harmony export */   OR: () => (/* binding */ trustText),
/* harmony export */   Vb: () => (/* binding */ clauseFor),
/* harmony export */   ag: () => (/* binding */ ficTarget),
/* harmony export */   b6: () => (/* binding */ expressionPatch),
/* harmony export */   hJ: () => (/* binding */ bindingOf),
/* harmony export */   jr: () => (/* binding */ deleteFicCommand),
/* harmony export */   n5: () => (/* binding */ compliantText),
/* harmony export */   qB: () => (/* binding */ patchCommand),
/* harmony export */   ty: () => (/* binding */ ficLabel),
/* harmony export */   xU: () => (/* binding */ isGitHubIssuer),
/* harmony export */   yB: () => (/* binding */ subPatterns)
/* harmony export */ });
/* unused harmony export ficUrl */
/* harmony import */ var _matching_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4859);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3693);
/* harmony import */ var _glob_language_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7589);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(355);
/* harmony import */ var _strings_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9337);





function trustOf(fic) {
    if (fic.claimsMatchingExpression !== null) {
        const text = fic.claimsMatchingExpression.value;
        const parsed = (0,_matching_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseExpression */ .YK)(text);
        return parsed.ok
            ? { kind: 'flexible', text, expression: parsed.value }
            : { kind: 'invalid-expression', text, error: parsed.error };
    }
    if (fic.subject === null)
        return { kind: 'none' };
    const parsed = (0,_matching_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSubject */ .Ci)(fic.subject);
    return { kind: 'classic', subject: fic.subject, parsed: parsed.ok ? parsed.value : null };
}
function clauseFor(expression, claim) {
    return expression.clauses.find((c) => c.claim === claim);
}
/** The `sub` clause as a glob pattern; none when the expression leaves `sub` unconstrained. */
function subPatterns(expression) {
    const clause = clauseFor(expression, 'sub');
    if (!clause)
        return [];
    return [clause.operator === 'eq' ? (0,_glob_language_js__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .eu)(clause.value) : (0,_glob_language_js__WEBPACK_IMPORTED_MODULE_2__/* .fromGlob */ .dj)(clause.value)];
}
/** The repository ids an expression binds with `eq` (what pins it to one repository or owner whatever `sub` says). */
function bindingOf(expression) {
    const ids = {};
    for (const c of expression.clauses) {
        if (c.operator !== 'eq')
            continue;
        if (c.claim === 'repository_id')
            ids.repositoryId = c.value;
        if (c.claim === 'repository_owner_id')
            ids.repositoryOwnerId = c.value;
    }
    return ids;
}
/** Why Entra does not accept this flexible credential for GitHub (no repository id bound, no sub), or null. */
function bindingProblem(fic, expression) {
    return fic.issuer === _settings_js__WEBPACK_IMPORTED_MODULE_1__/* .GITHUB_ISSUER */ .oX ? (0,_matching_index_js__WEBPACK_IMPORTED_MODULE_0__/* .githubBindingProblem */ .IO)(expression) : null;
}
const IMMUTABLE_REPO = /(?:^|:)repo:([^:/@*?]+)@(\d+)\/([^:/@*?]+)@(\d+)(?::|$)/;
/**
 * The ids a rewrite of an expression about `subValue` should bind: read from an immutable `repo:` part
 * of the subject, else the analysed repository's when the subject names it, else none (a placeholder).
 */
function idsFor(subValue, context) {
    const immutable = subValue === null ? null : IMMUTABLE_REPO.exec(subValue);
    if (immutable)
        return { repositoryId: immutable[4], repositoryOwnerId: immutable[2] };
    const repository = context.repository;
    if (!repository || subValue === null)
        return {};
    const named = `repo:${repository.owner}/${repository.name}:`.toLowerCase();
    if (!`${subValue}:`.toLowerCase().includes(named))
        return {};
    const ids = {};
    if (repository.repoId !== undefined)
        ids.repositoryId = repository.repoId;
    if (repository.ownerId !== undefined)
        ids.repositoryOwnerId = repository.ownerId;
    return ids;
}
/** The expression as Entra accepts it for GitHub: the one every remediation proposes. */
function compliantText(expression, context) {
    const sub = expression.clauses.find((c) => c.claim === 'sub');
    return (0,_matching_index_js__WEBPACK_IMPORTED_MODULE_0__/* .printExpression */ .W9)((0,_matching_index_js__WEBPACK_IMPORTED_MODULE_0__/* .compliantRewrite */ .uN)(expression, idsFor(sub?.value ?? null, context)));
}
/** A Graph beta PATCH body setting the expression (flexible credentials exist only in beta). */
function expressionPatch(app, fic, expression) {
    const body = JSON.stringify({ claimsMatchingExpression: { value: expression, languageVersion: 1 } });
    return `write ${body} to expression.json and apply it with \`az rest --method PATCH --uri ${ficUrl(app, fic)} --body @expression.json\``;
}
function showClause(clause) {
    return `claims['${clause.claim}'] ${clause.operator} '${clause.value}'`;
}
/**
 * Whether the credential trusts GitHub Actions (github.com, an enterprise slug, GHE.com or GHES),
 * so GitHub's subject rules apply to it. Near-miss spellings count: their subjects still follow GitHub's rules.
 */
function isGitHubIssuer(issuer, settings) {
    if (settings.allowedIssuers.includes(issuer))
        return true;
    const normal = (0,_strings_js__WEBPACK_IMPORTED_MODULE_3__/* .trimEndChar */ .WP)(issuer.trim().toLowerCase(), '/');
    return (normal.replace(/^http:/, 'https:').startsWith(_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .GITHUB_ISSUER */ .oX) ||
        /^https?:\/\/token\.actions\.[a-z0-9-]+\.ghe\.com(\/|$)/.test(normal) ||
        /^https?:\/\/[^/]+\/_services\/token$/.test(normal));
}
function ficTarget(fic) {
    return { kind: 'federatedCredential', id: fic.id, name: fic.name };
}
function ficLabel(app, fic) {
    const flexible = fic.claimsMatchingExpression !== null ? 'flexible federated credential' : 'federated credential';
    return `${flexible} ${(0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(fic.name)} of app ${(0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(app.displayName)} (${app.appId})`;
}
/** What the credential trusts, as written in Entra. */
function trustText(fic) {
    if (fic.claimsMatchingExpression !== null)
        return `expression ${(0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(fic.claimsMatchingExpression.value)}`;
    return fic.subject === null ? 'no subject' : `subject ${(0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(fic.subject)}`;
}
/** Graph URL of the credential; flexible credentials exist only in Graph's beta API (claimsMatchingExpression). */
function ficUrl(app, fic) {
    const version = fic.claimsMatchingExpression !== null ? 'beta' : 'v1.0';
    return `https://graph.microsoft.com/${version}/applications/${app.objectId}/federatedIdentityCredentials/${fic.id}`;
}
function patchCommand(app, fic, body) {
    return `\`az rest --method PATCH --uri ${ficUrl(app, fic)} --body '${body}'\``;
}
function deleteFicCommand(app, fic) {
    // The az CLI errors on reading flexible credentials (Entra's flexible FIC page), so those go through Graph directly.
    return fic.claimsMatchingExpression !== null
        ? `\`az rest --method DELETE --uri ${ficUrl(app, fic)}\``
        : `\`az ad app federated-credential delete --id ${app.appId} --federated-credential-id ${fic.id}\``;
}


/***/ }),

/***/ 1201:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $j: () => (/* binding */ workflowUnreadableFindings),
/* harmony export */   JD: () => (/* binding */ workflowUnreadable)
/* harmony export */ });
/* unused harmony export WORKFLOW_UNREADABLE_RULE */
const WORKFLOW_UNREADABLE_RULE = 'workflow-unreadable';
const workflowUnreadable = {
    id: WORKFLOW_UNREADABLE_RULE,
    defaultSeverity: 'error',
    title: 'A workflow file could not be read or parsed, so the jobs in it were not checked.',
    rationale: 'Every job that signs in must be judged. A file that is too large, a symlink out of the checkout, or YAML the analysis refuses (invalid, or past its size limits) hides its jobs; on a pull request that is exactly how a new sign-in could slip past the check, so it fails instead of passing quietly.',
    example: '.github/workflows/deploy.yml: YAML refused: more than 200000 nodes once aliases are expanded.',
    fix: 'Make the file valid YAML within the limits (at most 1 MiB, at most 200,000 nodes once anchors and aliases are expanded) and a regular file inside the repository, not a symlink.',
    check: () => [],
};
/** One finding per unreadable workflow file, at the line the problem was found. */
function workflowUnreadableFindings(policy, analysis) {
    const setting = policy.severities.get(WORKFLOW_UNREADABLE_RULE) ?? workflowUnreadable.defaultSeverity;
    if (setting === 'off' || !analysis)
        return [];
    return analysis.problems
        .filter((p) => p.unreadable === true)
        .map((p) => ({
        rule: WORKFLOW_UNREADABLE_RULE,
        severity: setting,
        appId: '',
        target: { kind: 'workflowJob', id: p.file, name: '*' },
        message: `The workflow ${p.file} was not analysed (${p.message}), so whether its jobs sign in, and with which subject, is unknown.`,
        remediation: workflowUnreadable.fix,
        location: { file: p.file, line: p.line },
    }));
}


/***/ }),

/***/ 6151:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  iO: () => (/* binding */ attributionOptions),
  OP: () => (/* binding */ jobLabel),
  H1: () => (/* binding */ jobTarget),
  cd: () => (/* binding */ pullRequestTargetHits),
  Mq: () => (/* binding */ trustsRepository),
  ll: () => (/* binding */ workflowRules)
});

// UNUSED EXPORTS: ficCaseMismatch, ficMissing, ficMutableSubject, ficUnprotectedEnvironment, ficUnused

// EXTERNAL MODULE: ./src/matching/matcher.ts
var matcher = __nccwpck_require__(1869);
// EXTERNAL MODULE: ./src/matching/expression.ts + 1 modules
var expression = __nccwpck_require__(6047);
// EXTERNAL MODULE: ./src/matching/subject.ts + 2 modules
var matching_subject = __nccwpck_require__(4807);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./src/workflows/attribution.ts
var attribution = __nccwpck_require__(4775);
;// CONCATENATED MODULE: ./src/plan/names.ts
// Pure: deterministic federated-credential names and the commands that create one.


const MAX_NAME = 120;
/**
 * A credential name for a subject, valid for Entra (3–120 characters, letters, digits, '-' and '_', first
 * character alphanumeric): the subject without `repo:`, other characters replaced by '-'. Names already
 * in `taken` get a short hash of the subject appended, so the result is the same on every run.
 */
function credentialName(subject, taken = new Set()) {
    let base = subject
        .replace(/^repo:/, '')
        .replace(/[^A-Za-z0-9_-]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^[^A-Za-z0-9]+/, '')
        .replace(/-+$/, '');
    if (base.length < 3)
        base = `github-${base || 'subject'}`;
    base = base.slice(0, MAX_NAME).replace(/-+$/, '');
    if (!taken.has(base))
        return base;
    const hash = (0,external_node_crypto_.createHash)('sha256').update(subject).digest('hex').slice(0, 8);
    return `${base.slice(0, MAX_NAME - 9).replace(/-+$/, '')}-${hash}`;
}
function credentialBody(spec) {
    const body = {
        name: spec.name,
        issuer: spec.issuer,
        subject: spec.subject,
        audiences: [attribution/* TOKEN_EXCHANGE_AUDIENCE */.RK],
    };
    if (spec.description !== undefined)
        body['description'] = spec.description;
    return body;
}
/** Wraps text in single quotes for a POSIX shell. */
function shellQuote(text) {
    return `'${text.replace(/'/g, `'\\''`)}'`;
}
function azCreateCommand(appId, spec) {
    return `az ad app federated-credential create --id ${appId} --parameters ${shellQuote(JSON.stringify(credentialBody(spec)))}`;
}
function graphCreateRequest(objectId, spec) {
    return `POST https://graph.microsoft.com/v1.0/applications/${objectId}/federatedIdentityCredentials\nContent-Type: application/json\n\n${JSON.stringify(credentialBody(spec))}`;
}

// EXTERNAL MODULE: ./src/policy/rules/trust.ts
var trust = __nccwpck_require__(3280);
// EXTERNAL MODULE: ./src/policy/rules/text.ts
var rules_text = __nccwpck_require__(355);
// EXTERNAL MODULE: ./src/strings.ts
var strings = __nccwpck_require__(9337);
;// CONCATENATED MODULE: ./src/policy/rules/workflow.ts








/** A called job is told apart by its outermost caller's file: two workflows calling one file stay two jobs. */
function jobTarget(job) {
    const caller = job.callers?.[0];
    const id = caller ? `${job.file}#${job.job}@${caller.file}` : `${job.file}#${job.job}`;
    return { kind: 'workflowJob', id, name: job.job };
}
function jobLabel(job) {
    const caller = job.callers?.[job.callers.length - 1];
    const calledBy = caller ? `, called by job ${(0,rules_text/* quote */.hD)(caller.job)} of ${caller.file}:${caller.line}` : '';
    return `job ${(0,rules_text/* quote */.hD)(job.job)} (${job.file}:${job.line}${calledBy})`;
}
/** The line a person changes: the environment (or the caller's `with:` passing it) when it decides the subject. */
function subjectLocation(job, subject) {
    const parsed = (0,matching_subject/* parseSubject */.Ci)(subject.subject);
    const byEnvironment = parsed.ok && parsed.value.context?.kind === 'environment';
    if (byEnvironment && job.environmentFix)
        return { file: job.environmentFix.file, line: job.environmentFix.line };
    return { file: job.file, line: byEnvironment && job.environment ? job.environment.line : job.line };
}
/** Says which line the finding points at, when it is not the job's own. */
function fixNote(job, subject) {
    const location = subjectLocation(job, subject);
    if (location.file === job.file && location.line === job.line)
        return '';
    const what = job.environmentFix?.what === 'caller-with' && location.file === job.environmentFix.file
        ? "the caller's `with:` that passes the environment"
        : 'the `environment:` that decides the subject';
    return ` The finding points at ${location.file}:${location.line}, ${what}.`;
}
function attributionOptions(context) {
    const analysis = context.workflows;
    const options = {};
    if (analysis?.actionClientId)
        options.actionClientId = analysis.actionClientId;
    if (context.settings.clientIds)
        options.clientIds = context.settings.clientIds;
    if (context.assumedApps)
        options.assumedApps = context.assumedApps.map((a) => a.appId);
    return options;
}
/**
 * Jobs of the analysis that sign in as this app (see attribution.ts). A job only assumed to sign in as one of
 * several apps is judged once, with the first of them.
 */
function attributedJobs(app, context, everyAssumedApp = false) {
    const analysis = context.workflows;
    if (!analysis)
        return [];
    const options = attributionOptions(context);
    const first = context.assumedApps?.[0]?.appId.toLowerCase();
    const out = [];
    for (const job of analysis.jobs) {
        const verdict = (0,attribution/* jobSignsInAs */.fl)(job, app.appId, options);
        if (verdict === 'yes')
            out.push({ job, assumed: false });
        else if (verdict === 'assumed' && (everyAssumedApp || first === app.appId.toLowerCase()))
            out.push({ job, assumed: true });
    }
    return out;
}
function jobsOf(app, context) {
    return attributedJobs(app, context)
        .filter((a) => !a.assumed)
        .map((a) => a.job);
}
/** The credentials a job is judged against: the app's, or every assumed app's together. */
function credentialsFor(app, context, assumed) {
    if (!assumed)
        return app.federatedCredentials;
    return (context.assumedApps ?? [app]).flatMap((a) => a.federatedCredentials);
}
/** "app X (id)" or, for an assumed attribution, which apps and why. */
function signsInPhrase(app, context, job, assumed) {
    if (!assumed)
        return `signs in as app ${(0,rules_text/* quote */.hD)(app.displayName)} (${app.appId})`;
    const ref = (0,attribution/* federatedSignIns */.M6)(job).find((s) => s.clientId)?.clientId?.value;
    const apps = (context.assumedApps ?? [app]).map((a) => `${(0,rules_text/* quote */.hD)(a.displayName)} (${a.appId})`).join(', ');
    const why = context.assumedBecause === 'trusts-repository'
        ? 'the apps whose credentials trust this repository'
        : 'the apps named';
    return `signs in with a client id that cannot be read here${ref ? ` (${ref})` : ''}, so the attribution was assumed: it is judged against ${why}, ${apps}, together (map it under client-ids in the policy file to be exact);`;
}
function tokenFor(analysis, subject, jobWorkflowRef) {
    const token = { iss: (0,attribution/* issuerOf */.xD)(analysis), sub: subject, aud: attribution/* TOKEN_EXCHANGE_AUDIENCE */.RK };
    if (jobWorkflowRef !== undefined)
        token.job_workflow_ref = jobWorkflowRef;
    // Flexible credentials compare the repository's ids; unknown ids leave their decision open ('undecided').
    if (analysis.repository.repoId !== undefined)
        token.repository_id = analysis.repository.repoId;
    if (analysis.repository.ownerId !== undefined)
        token.repository_owner_id = analysis.repository.ownerId;
    return token;
}
/** The ids a proposed flexible expression binds (a placeholder stands for an unknown one). */
function repositoryIds(repository) {
    const ids = {};
    if (repository.repoId !== undefined)
        ids.repositoryId = repository.repoId;
    if (repository.ownerId !== undefined)
        ids.repositoryOwnerId = repository.ownerId;
    return ids;
}
function analysisOf(context) {
    return context.workflows;
}
function describeDifferences(differences) {
    return differences
        .map((d) => `position ${d.index + 1}: the token has ${(0,rules_text/* quote */.hD)(d.presented)}, the credential has ${(0,rules_text/* quote */.hD)(d.configured)}`)
        .join('; ');
}
/** What was assumed to judge the job at all (its caller, or which app it signs in as). */
function assumptionNote(job) {
    return job.assumption ? ` (Assumed: ${job.assumption}.)` : '';
}
// ---------------------------------------------------------------------------------------------
// fic-missing
const ficMissing = {
    id: 'fic-missing',
    defaultSeverity: 'error',
    title: 'A workflow job signs in as the app, but no federated credential matches the subject it presents.',
    rationale: 'Entra compares issuer, subject and audience exactly. A job whose subject no credential matches fails at sign-in with AADSTS700213 (or 700211/700212 when no credential has the issuer or audience), usually on the first deployment after a workflow change.',
    example: 'Job "deploy" of .github/workflows/deploy.yml uses environment "production", so it presents repo:contoso/api:environment:production, but the app only trusts repo:contoso/api:ref:refs/heads/main.',
    fix: 'Add a federated credential for the exact subject the job presents (the finding gives the az command and the Graph request), or change the workflow to present a subject that is already trusted.',
    check(app, context) {
        const analysis = analysisOf(context);
        if (!analysis)
            return [];
        const hits = [];
        const issuer = (0,attribution/* issuerOf */.xD)(analysis);
        const taken = new Set(app.federatedCredentials.map((c) => c.name));
        for (const { job, assumed } of attributedJobs(app, context)) {
            const credentials = credentialsFor(app, context, assumed);
            const uncoveredPatterns = [];
            for (const subject of job.subjects) {
                if (subject.kind === 'exact') {
                    const decision = (0,matcher/* decide */.LD)(tokenFor(analysis, subject.subject, subject.jobWorkflowRef), credentials);
                    if (decision.outcome === 'match' || decision.outcome === 'subject-case')
                        continue;
                    if (decision.outcome === 'undecided') {
                        hits.push(undecidedHit(app, job, subject, decision.credential, decision.missing));
                        continue;
                    }
                    const name = credentialName(subject.subject, taken);
                    taken.add(name);
                    const spec = { name, issuer, subject: subject.subject, description: `${job.file} job ${job.job}` };
                    const why = decision.outcome === 'no-issuer'
                        ? `no federated credential has the issuer ${issuer} (AADSTS700211)`
                        : decision.outcome === 'no-audience'
                            ? `no federated credential with that issuer has the audience ${attribution/* TOKEN_EXCHANGE_AUDIENCE */.RK} (AADSTS700212)`
                            : 'no federated credential has that subject (AADSTS700213)';
                    hits.push({
                        target: jobTarget(job),
                        location: subjectLocation(job, subject),
                        // The called workflow's jobs may name an environment, which would change the subject: not certain.
                        ...(job.remoteWorkflow !== undefined ? { severity: 'warning' } : {}),
                        message: `The ${jobLabel(job)} ${signsInPhrase(app, context, job, assumed)} and presents ${(0,rules_text/* quote */.hD)(subject.subject)} on ${subject.trigger}, but ${why}.${fixNote(job, subject)}${assumptionNote(job)}`,
                        remediation: `Add the credential: \`${azCreateCommand(app.appId, spec)}\` — or through Microsoft Graph:\n${graphCreateRequest(app.objectId, spec)}`,
                    });
                }
                else if (subject.kind === 'pattern') {
                    const coverage = flexibleCoverage(analysis, subject, credentials);
                    if (coverage === 'none')
                        uncoveredPatterns.push(subject);
                    else if (coverage !== 'covered') {
                        hits.push(undecidedHit(app, job, subject, coverage.credential, coverage.missing));
                    }
                }
            }
            if (uncoveredPatterns.length > 0) {
                const list = uncoveredPatterns.map((s) => `${(0,rules_text/* quote */.hD)(s.subject)} (${s.reason ?? s.trigger})`).join(', ');
                hits.push({
                    target: jobTarget(job),
                    location: { file: job.file, line: job.line },
                    severity: 'warning',
                    message: `The ${jobLabel(job)} ${signsInPhrase(app, context, job, assumed)} and can also present subjects matching ${list}; only a flexible federated credential can serve a subject that varies from run to run, and none of the app's does.`,
                    remediation: `Either restrict the trigger to fixed branches, tags or an environment (so the job presents one exact subject), or add a flexible federated credential (Graph beta \`claimsMatchingExpression\`, bound to the repository's id as Entra requires, e.g. \`${(0,expression/* compliantExpression */.qK)({ operator: 'matches', value: uncoveredPatterns[0]?.subject ?? 'repo:<owner>/<repo>:ref:refs/heads/release/*' }, repositoryIds(analysis.repository))}\`) covering exactly these runs.`,
                });
            }
        }
        return hits;
    },
};
/** A flexible credential that matches all but the repository ids, which are not known: said, never guessed. */
function undecidedHit(app, job, subject, fic, missing) {
    return {
        target: jobTarget(job),
        location: subjectLocation(job, subject),
        severity: 'notice',
        message: `Cannot decide whether the ${jobLabel(job)} can sign in as app ${(0,rules_text/* quote */.hD)(app.displayName)} (${app.appId}) with ${(0,rules_text/* quote */.hD)(subject.subject)}: the ${(0,trust/* ficLabel */.ty)(app, fic)} also compares ${missing.join(' and ')}, which are not known for this repository.`,
        remediation: 'Run with a GitHub token that can read the repository (its ids come from GET /repos/{owner}/{repo}), or compare the ids in the credential with `gh api repos/<owner>/<repo> --jq "{repository_id: .id, repository_owner_id: .owner.id}"`.',
    };
}
/**
 * A pattern is served only when one flexible credential accepts every example run; when one would but
 * compares repository ids that are not known, the answer is that credential and the missing ids.
 */
function flexibleCoverage(analysis, subject, credentials) {
    const flexible = credentials.filter((c) => c.claimsMatchingExpression !== null);
    const examples = subject.examples ?? [];
    if (examples.length === 0)
        return 'none';
    let open;
    for (const credential of flexible) {
        const decisions = examples.map((e) => (0,matcher/* decide */.LD)(tokenFor(analysis, e.subject, e.jobWorkflowRef), [credential]));
        if (decisions.every((d) => d.outcome === 'match'))
            return 'covered';
        const undecided = decisions.find((d) => d.outcome === 'undecided');
        if (open === undefined &&
            undecided?.outcome === 'undecided' &&
            decisions.every((d) => d.outcome === 'match' || d.outcome === 'undecided')) {
            open = { credential, missing: undecided.missing };
        }
    }
    return open ?? 'none';
}
// ---------------------------------------------------------------------------------------------
// fic-case-mismatch
const ficCaseMismatch = {
    id: 'fic-case-mismatch',
    defaultSeverity: 'error',
    title: 'A federated credential matches a job only when letter case is ignored.',
    rationale: 'Since 2024 Entra matches federated credentials case-sensitively. GitHub writes owner, repository and environment names as they are spelled in GitHub; a credential typed with different case fails with AADSTS7002138.',
    example: 'The credential trusts repo:Contoso/API:environment:Production; the job presents repo:contoso/api:environment:Production.',
    fix: 'Recreate the credential with the subject exactly as the job presents it (names are immutable, so delete and add).',
    check(app, context) {
        const analysis = analysisOf(context);
        if (!analysis)
            return [];
        const hits = [];
        for (const { job, assumed } of attributedJobs(app, context, true)) {
            for (const subject of job.subjects) {
                if (subject.kind !== 'exact')
                    continue;
                const credentials = credentialsFor(app, context, assumed);
                const decision = (0,matcher/* decide */.LD)(tokenFor(analysis, subject.subject, subject.jobWorkflowRef), credentials);
                if (decision.outcome !== 'subject-case')
                    continue;
                const fic = decision.credential;
                // Judged together, a case-only match is reported with the app that holds the credential.
                if (!app.federatedCredentials.includes(fic))
                    continue;
                if (analysis.repository.nameCaseUnverified && onlyInRepositoryName(analysis.repository, decision.differences)) {
                    hits.push({
                        target: (0,trust/* ficTarget */.ag)(fic),
                        location: subjectLocation(job, subject),
                        severity: 'notice',
                        message: `The ${(0,trust/* ficLabel */.ty)(app, fic)} differs from the subject predicted for the ${jobLabel(job)} only in the letter case of the repository name (${describeDifferences(decision.differences)}), and that case was read from a git remote, not from GitHub: it is unverified. GitHub puts its canonical names in the subject; if the credential spells them as GitHub does, it matches.`,
                        remediation: `Confirm GitHub's spelling of the repository (set GITHUB_TOKEN so the CLI asks the GitHub API, or pass --github-repo OWNER/REPO exactly as GitHub spells it) and run again.`,
                    });
                    continue;
                }
                hits.push({
                    target: (0,trust/* ficTarget */.ag)(fic),
                    location: subjectLocation(job, subject),
                    message: `The ${(0,trust/* ficLabel */.ty)(app, fic)} matches the ${jobLabel(job)} only when case is ignored, so Entra rejects it (AADSTS7002138). The job presents ${(0,rules_text/* quote */.hD)(subject.subject)}; ${describeDifferences(decision.differences)}.${assumptionNote(job)}`,
                    remediation: fic.claimsMatchingExpression === null
                        ? `Set the subject to ${(0,rules_text/* quote */.hD)(subject.subject)}: \`az ad app federated-credential update --id ${app.appId} --federated-credential-id ${fic.id} --parameters '${JSON.stringify({ subject: subject.subject }).replace(/'/g, `'\\''`)}'\`.`
                        : `Correct the letter case in the credential's expression to match ${(0,rules_text/* quote */.hD)(subject.subject)}.`,
                });
            }
        }
        return hits;
    },
};
/** Whether every case difference lies in `repo:OWNER/REPO`, the part a git remote may spell otherwise. */
function onlyInRepositoryName(repository, differences) {
    const end = `repo:${repository.owner}/${repository.name}`.length;
    return differences.length > 0 && differences.every((d) => d.index < end);
}
function namesRepository(parsed, repository) {
    const repo = parsed.repository;
    if (!repo)
        return false;
    if (repo.ownerId !== undefined && repo.repoId !== undefined && repository.ownerId && repository.repoId) {
        return repo.ownerId === repository.ownerId && repo.repoId === repository.repoId;
    }
    return (repo.owner.toLowerCase() === repository.owner.toLowerCase() &&
        repo.name.toLowerCase() === repository.name.toLowerCase());
}
/** Classic credentials with this repository's issuer whose subject names this repository. */
function repositoryCredentials(app, analysis) {
    const issuer = (0,attribution/* issuerOf */.xD)(analysis);
    const out = [];
    for (const fic of app.federatedCredentials) {
        if (fic.subject === null || fic.claimsMatchingExpression !== null || fic.issuer !== issuer)
            continue;
        const parsed = (0,matching_subject/* parseSubject */.Ci)(fic.subject);
        if (!parsed.ok || !namesRepository(parsed.value, analysis.repository))
            continue;
        out.push({ fic, subject: fic.subject, parsed: parsed.value });
    }
    return out;
}
/** Whether the app has a credential naming the analysed repository (a scan attributes unreadable client ids to it). */
function trustsRepository(app, analysis) {
    return repositoryCredentials(app, analysis).length > 0;
}
/** Whether any analysed job can present `subject`: patterns as written, unknown parts (`<…>`) as wildcards. */
function canPresent(analysis, subject) {
    return analysis.jobs.some((job) => job.subjects.some((s) => {
        // Case-only matches are fic-case-mismatch's to report, not this rule's.
        if (s.kind === 'exact')
            return s.subject.toLowerCase() === subject.toLowerCase();
        return (0,expression/* globMatch */.eu)((0,strings/* replaceAngleGroups */.mx)(s.subject, '*'), subject, true);
    }));
}
// ---------------------------------------------------------------------------------------------
// fic-unused
const ficUnused = {
    id: 'fic-unused',
    defaultSeverity: 'warning',
    title: "A federated credential trusts this repository, but no job in the repository's workflows can present its subject.",
    rationale: 'A credential nobody uses is standing access: if a workflow, branch or environment with that name appears later (or is renamed back), it can sign in as the app without anyone deciding so.',
    example: 'The app trusts repo:contoso/api:environment:staging, but no workflow uses an environment named staging any more.',
    fix: 'Delete the credential, or fix the workflow that was meant to use it.',
    check(app, context) {
        const analysis = analysisOf(context);
        if (!analysis)
            return [];
        const hits = [];
        for (const { fic, subject } of repositoryCredentials(app, analysis)) {
            if (canPresent(analysis, subject))
                continue;
            hits.push({
                target: (0,trust/* ficTarget */.ag)(fic),
                message: `The ${(0,trust/* ficLabel */.ty)(app, fic)} trusts ${(0,rules_text/* quote */.hD)(subject)}, but no job in the analysed workflows of ${analysis.repository.owner}/${analysis.repository.name} presents that subject.`,
                remediation: `If nothing else uses it, delete it: ${(0,trust/* deleteFicCommand */.jr)(app, fic)}.`,
            });
        }
        return hits;
    },
};
// ---------------------------------------------------------------------------------------------
// fic-mutable-subject
function immutableFormat(repository) {
    const format = repository.subjectFormat;
    return format.kind === 'immutable' || (format.kind === 'custom' && format.immutable === true);
}
const ficMutableSubject = {
    id: 'fic-mutable-subject',
    defaultSeverity: 'notice',
    title: 'A federated credential names the repository by name while GitHub issues immutable (id-based) subjects for it.',
    rationale: 'A name-based subject (repo:owner/name:…) follows the name: after a rename or transfer, whoever takes the old name inherits the trust. Repositories created or renamed since July 2026 (or opted in) get subjects with numeric ids, which cannot be taken over.',
    example: 'The credential trusts repo:contoso/api:ref:refs/heads/main; GitHub now presents repo:contoso@1234/api@5678:ref:refs/heads/main.',
    fix: 'Replace the credential with one for the immutable subject the finding gives.',
    check(app, context) {
        const analysis = analysisOf(context);
        if (!analysis)
            return [];
        const { repository } = analysis;
        if (!repository.ownerId || !repository.repoId || !immutableFormat(repository))
            return [];
        const hits = [];
        for (const { fic, parsed } of repositoryCredentials(app, analysis)) {
            if (parsed.repository?.ownerId !== undefined)
                continue;
            const claims = parsed.claims.map((c) => c.key === 'repo'
                ? { key: 'repo', value: `${repository.owner}@${repository.ownerId}/${repository.name}@${repository.repoId}` }
                : c);
            const immutable = (0,matching_subject/* printSubject */.cT)({ ...parsed, claims });
            hits.push({
                target: (0,trust/* ficTarget */.ag)(fic),
                message: `The ${(0,trust/* ficLabel */.ty)(app, fic)} uses the name-based subject ${(0,rules_text/* quote */.hD)(fic.subject ?? '')}, but ${repository.owner}/${repository.name} has immutable subjects: GitHub presents ${(0,rules_text/* quote */.hD)(immutable)}.`,
                remediation: `Add a credential for ${(0,rules_text/* quote */.hD)(immutable)} (\`${azCreateCommand(app.appId, { name: credentialName(immutable, new Set(app.federatedCredentials.map((c) => c.name))), issuer: fic.issuer, subject: immutable })}\`), then delete this one: ${(0,trust/* deleteFicCommand */.jr)(app, fic)}.`,
            });
        }
        return hits;
    },
};
// ---------------------------------------------------------------------------------------------
// fic-unprotected-environment
const ficUnprotectedEnvironment = {
    id: 'fic-unprotected-environment',
    defaultSeverity: 'warning',
    title: 'A federated credential trusts a GitHub environment that has neither required reviewers nor a deployment branch policy.',
    rationale: 'An environment subject is only as strong as the environment: without reviewers or a branch policy, any branch of the repository can run a job in that environment (GitHub even creates a missing environment, unprotected, on first use) and sign in as the app.',
    example: 'The app trusts repo:contoso/api:environment:production, and the production environment has no protection rules.',
    fix: 'Add required reviewers or restrict the environment to protected branches (Settings → Environments), or trust a protected branch instead.',
    check(app, context) {
        const analysis = analysisOf(context);
        const environments = context.environments;
        if (!analysis || !environments)
            return [];
        const hits = [];
        for (const { fic, subject, parsed } of repositoryCredentials(app, analysis)) {
            if (parsed.context?.kind !== 'environment')
                continue;
            const name = parsed.context.name;
            const protection = environments.get(name) ?? [...environments.values()].find((e) => e.name.toLowerCase() === name.toLowerCase());
            if (protection && (protection.requiredReviewers || protection.branchPolicy))
                continue;
            const state = protection
                ? `has no required reviewers and no deployment branch policy`
                : 'does not exist, so GitHub creates it without protection the first time a job uses it';
            hits.push({
                target: (0,trust/* ficTarget */.ag)(fic),
                message: `The ${(0,trust/* ficLabel */.ty)(app, fic)} trusts ${(0,rules_text/* quote */.hD)(subject)}, and environment ${(0,rules_text/* quote */.hD)(name)} of ${analysis.repository.owner}/${analysis.repository.name} ${state}: any branch can sign in as the app through it.`,
                remediation: `Protect environment ${(0,rules_text/* quote */.hD)(name)}: add required reviewers or a deployment branch policy limited to protected branches (https://github.com/${analysis.repository.owner}/${analysis.repository.name}/settings/environments).`,
            });
        }
        return hits;
    },
};
// ---------------------------------------------------------------------------------------------
// fic-pull-request (workflow half): called by the fic-pull-request rule in federation.ts.
/**
 * Jobs triggered by `pull_request_target` that request `id-token: write` and sign in as the app. Such a run
 * has the base repository's permissions while being started by anyone who opens a pull request, so these
 * hits are errors with the workflow location.
 */
function pullRequestTargetHits(app, context) {
    const analysis = analysisOf(context);
    if (!analysis)
        return [];
    return jobsOf(app, context)
        .filter((job) => job.idTokenWrite && job.triggers.includes('pull_request_target'))
        .map((job) => ({
        target: jobTarget(job),
        location: { file: job.file, line: job.line },
        severity: 'error',
        message: `The ${jobLabel(job)} runs on pull_request_target with id-token: write and signs in as app ${(0,rules_text/* quote */.hD)(app.displayName)} (${app.appId}): anyone who opens a pull request, from a fork too, starts a run that can obtain the app's Azure access.`,
        remediation: 'Run the Azure step from a workflow that pull requests cannot start (push to a protected branch, or an environment with required reviewers), or drop id-token: write from this job and trigger it with pull_request (fork runs then get no token).',
    }));
}
const workflowRules = [
    ficMissing,
    ficCaseMismatch,
    ficUnused,
    ficMutableSubject,
    ficUnprotectedEnvironment,
];


/***/ }),

/***/ 3693:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   QZ: () => (/* binding */ ENTRA_FEDERATED_CREDENTIAL_LIMIT),
/* harmony export */   RK: () => (/* binding */ TOKEN_EXCHANGE_AUDIENCE),
/* harmony export */   a$: () => (/* binding */ DEFAULT_SETTINGS),
/* harmony export */   hD: () => (/* binding */ GITHUB_OWNER_PATTERN),
/* harmony export */   oX: () => (/* binding */ GITHUB_ISSUER),
/* harmony export */   y_: () => (/* binding */ SETTING_SPECS)
/* harmony export */ });
/* unused harmony exports DEFAULT_PRIVILEGED_GRAPH_PERMISSIONS, DEFAULT_PRIVILEGED_DIRECTORY_ROLES */
const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
const TOKEN_EXCHANGE_AUDIENCE = 'api://AzureADTokenExchange';
/** Entra's hard limit of federated identity credentials per application. */
const ENTRA_FEDERATED_CREDENTIAL_LIMIT = 20;
/** Microsoft Graph application permissions that let an app grant itself (or anyone) more privilege. */
const DEFAULT_PRIVILEGED_GRAPH_PERMISSIONS = [
    'RoleManagement.ReadWrite.Directory',
    '9e3f62cf-ca93-4989-b6ce-bf83c28f9fe8',
    'AppRoleAssignment.ReadWrite.All',
    '06b708a9-e830-4db3-a914-8e69da51d44f',
    'Application.ReadWrite.All',
    '1bfefb4e-e0b5-418b-a88f-73c46d2cc8e9',
    'Directory.ReadWrite.All',
    '19dbc75e-c2e2-444c-a770-ec69d8559fc7',
];
/** Entra directory roles (display names and role template ids) that control the tenant or its apps. */
const DEFAULT_PRIVILEGED_DIRECTORY_ROLES = [
    'Global Administrator',
    '62e90394-69f5-4237-9190-012177145e10',
    'Privileged Role Administrator',
    'e8611ab8-c189-46e8-94e1-60213ab1f814',
    'Application Administrator',
    '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3',
    'Cloud Application Administrator',
    '158c047a-c907-4556-b7ef-446551a6b5f7',
];
const DEFAULT_SETTINGS = Object.freeze({
    allowedIssuers: [GITHUB_ISSUER],
    allowedOwners: [],
    maxSecretLifetimeDays: 180,
    expiryWarningDays: 30,
    snapshotMaxAgeDays: 7,
    maxFederatedCredentials: 18,
    privilegedGraphPermissions: [...DEFAULT_PRIVILEGED_GRAPH_PERMISSIONS],
    privilegedDirectoryRoles: [...DEFAULT_PRIVILEGED_DIRECTORY_ROLES],
    failOnUnavailableSignals: false,
});
const SETTING_SPECS = [
    {
        key: 'allowed-issuers',
        field: 'allowedIssuers',
        kind: 'issuers',
        description: 'OIDC issuers a federated credential may trust (exact, case-sensitive https URLs).',
    },
    {
        key: 'allowed-owners',
        field: 'allowedOwners',
        kind: 'owners',
        description: 'GitHub owners (organisations or users) a federated credential may name; empty allows any owner.',
    },
    {
        key: 'max-secret-lifetime-days',
        field: 'maxSecretLifetimeDays',
        kind: 'days',
        description: 'Longest validity, start to end, a client secret may have.',
    },
    {
        key: 'expiry-warning-days',
        field: 'expiryWarningDays',
        kind: 'days',
        description: 'How many days before a secret or certificate ends it is reported as expiring.',
    },
    {
        key: 'snapshot-max-age-days',
        field: 'snapshotMaxAgeDays',
        kind: 'days',
        description: 'Age of a snapshot (days since it was exported) past which snapshot-stale reports it.',
    },
    {
        key: 'max-federated-credentials',
        field: 'maxFederatedCredentials',
        kind: 'credentialCount',
        description: `Number of federated credentials on one app at which to warn (Entra allows ${ENTRA_FEDERATED_CREDENTIAL_LIMIT}).`,
    },
    {
        key: 'privileged-graph-permissions',
        field: 'privilegedGraphPermissions',
        kind: 'names',
        description: 'Microsoft Graph application permissions (names and/or app role ids) that count as privileged; replaces the defaults.',
    },
    {
        key: 'privileged-directory-roles',
        field: 'privilegedDirectoryRoles',
        kind: 'names',
        description: 'Entra directory roles (display names and/or role template ids) that count as privileged; replaces the defaults.',
    },
    {
        key: 'fail-on-unavailable-signals',
        field: 'failOnUnavailableSignals',
        kind: 'boolean',
        description: 'Fail the run (rule signal-unavailable) when a signal an enabled rule needs could not be read (unlicensed, forbidden or error) instead of only noting it.',
    },
];
/** GitHub user and organisation names: alphanumerics and single inner hyphens, at most 39 characters. */
const GITHUB_OWNER_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;


/***/ }),

/***/ 3943:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ SEVERITIES)
/* harmony export */ });
const SEVERITIES = ['error', 'warning', 'notice'];


/***/ }),

/***/ 3551:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K5: () => (/* binding */ coverageFor),
/* harmony export */   wy: () => (/* binding */ describePolicy)
/* harmony export */ });
/* unused harmony export ALL_SERVICE_PRINCIPALS */
const ALL_SERVICE_PRINCIPALS = 'ServicePrincipalsInMyTenant';
const AT_RISK = new Set(['atRisk', 'confirmedCompromised']);
const has = (list, value) => list.some((v) => v.toLowerCase() === value.toLowerCase());
function coverageOf(policy, objectId) {
    if (!has(policy.builtInControls, 'block'))
        return null;
    if (!has(policy.includeApplications, 'All'))
        return null;
    const byFilter = policy.servicePrincipalFilter !== null;
    const included = has(policy.includeServicePrincipals, objectId) || has(policy.includeServicePrincipals, ALL_SERVICE_PRINCIPALS);
    if (!included)
        return byFilter && policy.servicePrincipalFilter?.mode !== 'exclude' ? 'filter' : null;
    if (has(policy.excludeServicePrincipals, objectId))
        return 'excluded';
    if (byFilter && policy.servicePrincipalFilter?.mode === 'exclude')
        return 'filter';
    return 'covers';
}
function predict(policy, risk) {
    const levels = policy.servicePrincipalRiskLevels.filter((l) => l !== 'none');
    const locations = policy.includeLocations.length > 0;
    let riskMatches = null;
    let riskText = '';
    if (levels.length > 0) {
        const current = risk && AT_RISK.has(risk.riskState) ? risk.riskLevel : 'none';
        riskMatches = has(levels, current);
        riskText =
            current === 'hidden'
                ? `its risk level is hidden (no Workload ID Premium), so whether its risk (${levels.join(', ')}) blocks it is unknown`
                : riskMatches
                    ? `its current service principal risk (${current}) is one the policy blocks`
                    : `it would block only once the service principal's risk reaches ${levels.join(' or ')} (now ${current})`;
        if (current === 'hidden')
            riskMatches = null;
    }
    const where = locations
        ? `sign-ins from ${policy.includeLocations.join(', ')}${policy.excludeLocations.length > 0 ? ` except ${policy.excludeLocations.join(', ')}` : ''}`
        : '';
    if (riskMatches === false)
        return { text: `Does not block now: ${riskText}.`, blocksNow: false };
    if (locations && policy.excludeLocations.length > 0) {
        return {
            text: `Blocks ${where}${riskText ? ` when ${riskText}` : ''}: a runner outside the excluded locations (GitHub-hosted runners use shared Azure addresses) fails to sign in with AADSTS53003.`,
            blocksNow: null,
        };
    }
    if (riskMatches === null && riskText)
        return { text: `May block: ${riskText}.`, blocksNow: null };
    return {
        text: `Blocks every sign-in of this identity${riskText ? ` (${riskText})` : locations ? ` (${where})` : ' (no risk or location condition)'}: the deployment fails with AADSTS53003.`,
        blocksNow: true,
    };
}
/** The policies that concern the deploy identity (service principal object id), most relevant first. */
function coverageFor(signals, appId, objectId) {
    const risk = signals.risk?.get(appId.toLowerCase());
    const out = [];
    for (const policy of signals.conditionalAccess ?? []) {
        const coverage = coverageOf(policy, objectId);
        if (coverage === null)
            continue;
        const enforced = policy.state === 'enabled';
        const { text, blocksNow } = enforced && coverage === 'covers' ? predict(policy, risk) : { text: '', blocksNow: false };
        out.push({ policy, coverage, enforced, prediction: text, blocksNow });
    }
    const rank = (c) => c.coverage === 'covers' ? (c.enforced ? 0 : 1) : c.coverage === 'filter' ? 2 : 3;
    return out.sort((a, b) => rank(a) - rank(b) || a.policy.displayName.localeCompare(b.policy.displayName));
}
/** "'Name' (enabled; risk medium, high; locations All except AllTrusted)". Names are untrusted: callers quote. */
function describePolicy(policy, quote) {
    const parts = [policy.state === 'enabledForReportingButNotEnforced' ? 'report-only' : policy.state];
    if (policy.servicePrincipalRiskLevels.length > 0)
        parts.push(`service principal risk ${policy.servicePrincipalRiskLevels.join(', ')}`);
    if (policy.includeLocations.length > 0)
        parts.push(`locations ${policy.includeLocations.join(', ')}${policy.excludeLocations.length > 0 ? ` except ${policy.excludeLocations.join(', ')}` : ''}`);
    return `${quote(policy.displayName)} (${parts.join('; ')})`;
}


/***/ }),

/***/ 7528:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ SIGNAL_STATUSES),
/* harmony export */   L: () => (/* binding */ stateOf)
/* harmony export */ });
// Entra's own signals about the deploy identities (risk, conditional access, and later usage,
// recommendations, owners…): each is read once per run and classified before any rule looks at it.
// Plain data only: the pure engine consumes TenantSignals, the report lists every SignalState.
const SIGNAL_STATUSES = [
    'available',
    'unlicensed',
    'forbidden',
    'unsupportedCloud',
    'error',
];
function stateOf(signals, id) {
    return signals?.states.find((s) => s.signal === id);
}


/***/ }),

/***/ 9337:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   WE: () => (/* binding */ beforeFirst),
/* harmony export */   WP: () => (/* binding */ trimEndChar),
/* harmony export */   m0: () => (/* binding */ cutAtLabel),
/* harmony export */   mx: () => (/* binding */ replaceAngleGroups)
/* harmony export */ });
// Pure string helpers for untrusted text, written as loops where the obvious regular expression backtracks:
// `/\/+$/` or `/-+$/` is quadratic on a long run that does not reach the end, `/<[^>]*>/g` on a long run of '<'.
/** `text` without the run of `char` (one UTF-16 unit) at its end; linear. */
function trimEndChar(text, char) {
    let end = text.length;
    while (end > 0 && text[end - 1] === char)
        end -= 1;
    return text.slice(0, end);
}
/** `text` up to (not including) the first occurrence of `marker`; the whole text without one. */
function beforeFirst(text, marker) {
    const at = text.indexOf(marker);
    return at === -1 ? text : text.slice(0, at);
}
/** Replaces every `<…>` (no `>` inside) with `replacement`, as `/<[^>]*>/g` would, in linear time. */
function replaceAngleGroups(text, replacement) {
    let out = '';
    let i = 0;
    while (i < text.length) {
        const open = text.indexOf('<', i);
        if (open === -1)
            break;
        const close = text.indexOf('>', open + 1);
        // No '>' after this '<': none after any later '<' either, so nothing more is replaced.
        if (close === -1)
            break;
        // The group starts at the last '<' before the '>' (`[^>]*` may contain '<', but the leftmost '<' wins).
        out += text.slice(i, open) + replacement;
        i = close + 1;
    }
    return out + text.slice(i);
}
/**
 * Cuts `text` at the first case-insensitive `label` (with the white space before it), as
 * `text.replace(/\s*label.*$/i, '')` does for a single-line text, in linear time.
 */
function cutAtLabel(text, label) {
    const at = text.toLowerCase().indexOf(label.toLowerCase());
    return at === -1 ? text : text.slice(0, at).trimEnd();
}


/***/ }),

/***/ 4775:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M6: () => (/* binding */ federatedSignIns),
/* harmony export */   N8: () => (/* binding */ jobSignsInWithSecretAs),
/* harmony export */   RK: () => (/* binding */ TOKEN_EXCHANGE_AUDIENCE),
/* harmony export */   _S: () => (/* binding */ secretSignIns),
/* harmony export */   ck: () => (/* binding */ clientIdKey),
/* harmony export */   fl: () => (/* binding */ jobSignsInAs),
/* harmony export */   xD: () => (/* binding */ issuerOf)
/* harmony export */ });
/* unused harmony exports GITHUB_ISSUER, mappedClientId, signsInAs */
const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
const TOKEN_EXCHANGE_AUDIENCE = 'api://AzureADTokenExchange';
/** The key of a client-ids entry: secret or variable names are case-insensitive, and so are environments. */
function clientIdKey(name, environment) {
    return environment === undefined ? name.toUpperCase() : `${name.toUpperCase()}@${environment.toLowerCase()}`;
}
/** The app id the policy's client-ids map gives a `secrets.NAME`/`vars.NAME` reference, environment first. */
function mappedClientId(clientId, environment, clientIds) {
    if (!clientIds || (clientId.source !== 'secrets' && clientId.source !== 'vars'))
        return undefined;
    const name = clientId.value.replace(/^(?:secrets|vars)\./, '');
    const scoped = environment ? clientIds[clientIdKey(name, environment)] : undefined;
    return scoped ?? clientIds[clientIdKey(name)];
}
/** The federated sign-ins of a job (an unread reusable workflow counts as one, through its client id). */
function federatedSignIns(job) {
    if (job.signIns)
        return job.signIns.filter((s) => s.federated);
    if (!job.signsIn)
        return [];
    const signIn = { method: job.signInMethod ?? 'unknown', line: job.line, federated: true };
    if (job.clientId)
        signIn.clientId = job.clientId;
    return [signIn];
}
/** Sign-ins with a stored client secret or certificate. */
function secretSignIns(job) {
    return (job.signIns ?? []).filter((s) => !s.federated);
}
/**
 * Does this sign-in use the app? A literal GUID (or a variable read through the API) decides; then the
 * policy's client-ids; then the same reference as the one the action itself was given; then, for what
 * cannot be read, the apps the user named (assumed).
 */
function signsInAs(clientId, appId, options = {}, environment) {
    const opts = 'source' in options ? { actionClientId: options } : options;
    const app = appId.toLowerCase();
    const assumed = () => (opts.assumedApps?.some((a) => a.toLowerCase() === app) ? 'assumed' : 'unknown');
    if (!clientId)
        return assumed();
    const resolved = clientId.resolved ?? (clientId.source === 'literal' ? clientId.value : undefined);
    if (resolved !== undefined)
        return resolved.toLowerCase() === app ? 'yes' : 'no';
    const mapped = mappedClientId(clientId, environment, opts.clientIds);
    if (mapped !== undefined)
        return mapped.toLowerCase() === app ? 'yes' : 'no';
    const own = opts.actionClientId;
    if (own && own.source === clientId.source && own.value === clientId.value) {
        if (own.resolved === undefined)
            return 'yes';
        return own.resolved.toLowerCase() === app ? 'yes' : 'no';
    }
    return assumed();
}
function combine(verdicts) {
    if (verdicts.includes('yes'))
        return 'yes';
    if (verdicts.includes('assumed'))
        return 'assumed';
    if (verdicts.includes('unknown'))
        return 'unknown';
    return 'no';
}
/** How a job relates to an app through its federated sign-ins: 'yes' when any of them is the app. */
function jobSignsInAs(job, appId, options = {}) {
    const environment = job.environment?.name;
    return combine(federatedSignIns(job).map((s) => signsInAs(s.clientId, appId, options, environment)));
}
/** The same for the job's sign-ins with a stored secret or certificate. */
function jobSignsInWithSecretAs(job, appId, options = {}) {
    const environment = job.environment?.name;
    return combine(secretSignIns(job).map((s) => signsInAs(s.clientId, appId, options, environment)));
}
function issuerOf(analysis) {
    return analysis.repository.oidcIssuer ?? GITHUB_ISSUER;
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
exports.YR = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
