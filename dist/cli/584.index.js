export const id = 584;
export const ids = [584];
export const modules = {

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* unused harmony exports GITHUB_ACTIONS_BOT_LOGIN, toEnvironmentProtection */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);
/* harmony import */ var _auth_mask_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8080);
/* harmony import */ var _http_retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8902);
// GitHub REST reads (and the sticky comment's writes) through @actions/github's Octokit. Each call
// returns a typed result: when the token lacks a permission or a resource is missing, the caller
// gets `available: false` with the reason, so it can report "unknown, because …" instead of failing.



/** The workflow GITHUB_TOKEN writes as this bot account. */
const GITHUB_ACTIONS_BOT_LOGIN = 'github-actions[bot]';
/** Newer REST version: the OIDC customization answer adds use_immutable_subject. */
const IMMUTABLE_API_VERSION = '2026-03-10';
const NAME = /^[A-Za-z0-9_.-]+$/;
/** `repo:OWNER@OWNER_ID/REPO@REPO_ID`, the immutable subject prefix. */
const IMMUTABLE_PREFIX = /^repo:[A-Za-z0-9_.-]+@\d+\/[A-Za-z0-9_.-]+@\d+$/;
const MAX_PAGES = 100;
/** Octokit's RequestError → HttpError; a 403 that is a rate limit keeps its Retry-After. */
function toHttpError(error) {
    const status = error.status;
    if (typeof status !== 'number')
        return error;
    const headers = (error.response?.headers ?? {});
    const header = (name) => (typeof headers[name] === 'string' ? headers[name] : undefined);
    const rateLimited = status === 403 && (header('retry-after') !== undefined || header('x-ratelimit-remaining') === '0');
    const retryAfterMs = (0,_http_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRetryAfter */ .mu)(header('retry-after'));
    const requestId = header('x-github-request-id');
    return new _http_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpError */ .j$({
        status,
        message: `HTTP ${status}: ${(0,_auth_mask_js__WEBPACK_IMPORTED_MODULE_1__/* .redactTokens */ .O)((0,_http_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)).slice(0, 300)}`,
        ...(rateLimited ? { code: 'rate_limited' } : {}),
        ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
        ...(requestId ? { requestId } : {}),
    });
}
function isRetryableRead(error) {
    if (error instanceof _http_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpError */ .j$ && error.code === 'rate_limited')
        return error.retryAfterMs === undefined ? true : { retryAfterMs: error.retryAfterMs };
    return (0,_http_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .defaultIsRetryable */ .Wu)(error);
}
/** A POST may have been applied when the connection dropped: retry only answers that say it was not. */
function isRetryableCreate(error) {
    if (error instanceof _http_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpError */ .j$ &&
        (error.status === 429 || error.code === 'rate_limited' || [502, 503, 504].includes(error.status)))
        return error.retryAfterMs === undefined ? true : { retryAfterMs: error.retryAfterMs };
    return false;
}
function statusOf(error) {
    const base = error instanceof _http_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .RetryExhaustedError */ .aB ? error.lastError : error;
    return base instanceof _http_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpError */ .j$ ? base.status : null;
}
function validateName(value, what) {
    if (!NAME.test(value))
        throw new Error(`Invalid ${what} '${value}': expected letters, digits, '.', '-' or '_'`);
    return value;
}
function createGitHubClient(options) {
    if (!options.token)
        throw new Error('A GitHub token is required (the github-token input, default ${{ github.token }})');
    if (options.mask !== false)
        (0,_auth_mask_js__WEBPACK_IMPORTED_MODULE_1__/* .maskSecret */ .$)(options.token);
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(options.token, options.baseUrl ? { baseUrl: options.baseUrl.replace(/\/+$/, '') } : {});
    async function call(what, permission, send, isRetryable = isRetryableRead) {
        try {
            const value = await (0,_http_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetry */ .bD)((_attempt, signal) => send(signal).catch((error) => {
                throw toHttpError(error);
            }), { ...options.retry, isRetryable });
            return { available: true, value };
        }
        catch (error) {
            const status = statusOf(error);
            const message = (0,_auth_mask_js__WEBPACK_IMPORTED_MODULE_1__/* .redactTokens */ .O)((0,_http_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error));
            let reason;
            if (status === 401 || status === 403)
                reason = `${what} is unavailable: GitHub answered ${message}. ${permission}`;
            else if (status === 404)
                reason = `${what} was not found or is not visible to the token (${message}). ${permission}`;
            else
                reason = `${what} is unavailable: ${message}`;
            return { available: false, reason, status };
        }
    }
    async function get(route, params, signal, headers = {}) {
        const response = await octokit.request(route, { ...params, headers, request: { signal } });
        const data = response.data;
        if (typeof data !== 'object' || data === null || Array.isArray(data))
            throw new Error(`GitHub answered ${route} with an unexpected body`);
        return data;
    }
    async function getArray(route, params, signal) {
        const response = await octokit.request(route, { ...params, request: { signal } });
        if (!Array.isArray(response.data))
            throw new Error(`GitHub answered ${route} with an unexpected body`);
        return response.data;
    }
    async function readCustomization(owner, repo, signal) {
        const route = 'GET /repos/{owner}/{repo}/actions/oidc/customization/sub';
        try {
            return await get(route, { owner, repo }, signal, { 'X-GitHub-Api-Version': IMMUTABLE_API_VERSION });
        }
        catch (error) {
            // Servers that do not know the newer API version refuse it with 400; ask again without it.
            if (error.status !== 400)
                throw error;
            return get(route, { owner, repo }, signal);
        }
    }
    const toComment = (raw) => {
        const o = (raw ?? {});
        if (typeof o.id !== 'number')
            throw new Error('GitHub returned a comment without an id');
        const user = o.user;
        return {
            id: o.id,
            body: typeof o.body === 'string' ? o.body : '',
            author: typeof user?.login === 'string' ? user.login : null,
            authorType: typeof user?.type === 'string' ? user.type : null,
            url: typeof o.html_url === 'string' ? o.html_url : null,
        };
    };
    return {
        async whoAmI() {
            return call('The identity of the github-token', 'The token needs no extra permission for this.', async (signal) => {
                // octokit.graphql maps a GitHub Enterprise Server base URL (…/api/v3) to its endpoint (…/api/graphql).
                const data = await octokit.graphql('query { viewer { login } }', {
                    request: { signal },
                });
                const login = data?.viewer?.login;
                if (typeof login !== 'string' || login === '')
                    throw new Error('GitHub answered the viewer query without a login');
                return { login };
            });
        },
        async readSubjectCustomization(owner, repo) {
            validateName(owner, 'owner');
            validateName(repo, 'repository');
            const permission = "The token needs read access to the repository's Actions settings.";
            const repoResult = await call('The OIDC subject customization', permission, (signal) => readCustomization(owner, repo, signal));
            if (!repoResult.available)
                return repoResult;
            const data = repoResult.value;
            // sub_claim_prefix is what GitHub writes; it has been seen immutable beside use_immutable_subject: false.
            const prefix = typeof data.sub_claim_prefix === 'string' ? data.sub_claim_prefix : undefined;
            const immutable = prefix !== undefined ? IMMUTABLE_PREFIX.test(prefix.trim()) : data.use_immutable_subject === true;
            const keys = Array.isArray(data.include_claim_keys)
                ? data.include_claim_keys.filter((k) => typeof k === 'string')
                : [];
            if (data.use_default !== false)
                return { available: true, value: { kind: immutable ? 'immutable' : 'default', source: 'api' } };
            if (keys.length > 0)
                return { available: true, value: { kind: 'custom', claimKeys: keys, immutable, source: 'api' } };
            // Opted out without keys: the organisation's template applies (or the default when it has none).
            const orgResult = await call(`The organisation ${owner}'s OIDC subject template`, 'Reading it needs organisation administration (read) access; the repository uses it because it opts out of the default without its own keys.', (signal) => get('GET /orgs/{org}/actions/oidc/customization/sub', { org: owner }, signal));
            if (!orgResult.available)
                return orgResult;
            const orgKeys = Array.isArray(orgResult.value.include_claim_keys)
                ? orgResult.value.include_claim_keys.filter((k) => typeof k === 'string')
                : [];
            if (orgKeys.length === 0)
                return { available: true, value: { kind: immutable ? 'immutable' : 'default', source: 'api' } };
            return { available: true, value: { kind: 'custom', claimKeys: orgKeys, immutable, source: 'api' } };
        },
        async readRepository(owner, repo) {
            validateName(owner, 'owner');
            validateName(repo, 'repository');
            return call('The repository', 'The token needs contents: read (or metadata: read).', async (signal) => {
                const data = await get('GET /repos/{owner}/{repo}', { owner, repo }, signal);
                const ownerObject = (data.owner ?? {});
                if (typeof data.id !== 'number' ||
                    typeof ownerObject.id !== 'number' ||
                    typeof data.name !== 'string' ||
                    typeof ownerObject.login !== 'string')
                    throw new Error('GitHub answered the repository request without ids');
                return {
                    owner: ownerObject.login,
                    name: data.name,
                    ownerId: String(ownerObject.id),
                    repoId: String(data.id),
                    defaultBranch: typeof data.default_branch === 'string' ? data.default_branch : 'main',
                };
            });
        },
        async readEnvironments(owner, repo) {
            validateName(owner, 'owner');
            validateName(repo, 'repository');
            const environments = new Map();
            for (let page = 1; page <= MAX_PAGES; page += 1) {
                const result = await call('The repository environments', 'The token needs actions: read.', (signal) => get('GET /repos/{owner}/{repo}/environments', { owner, repo, per_page: 100, page }, signal));
                if (!result.available)
                    return result;
                const list = Array.isArray(result.value.environments) ? result.value.environments : [];
                for (const raw of list) {
                    const protection = toEnvironmentProtection(raw);
                    if (protection)
                        environments.set(protection.name, protection);
                }
                const total = typeof result.value.total_count === 'number' ? result.value.total_count : 0;
                if (list.length < 100 || environments.size >= total)
                    break;
            }
            return { available: true, value: environments };
        },
        async readVariable(owner, repo, name) {
            validateName(owner, 'owner');
            validateName(repo, 'repository');
            if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
                throw new Error(`Invalid variable name '${name}'`);
            return call(`The repository variable ${name}`, 'Reading variables needs the Variables (read) permission, which the workflow GITHUB_TOKEN does not have: pass a token that has it, or give the client id as an input.', async (signal) => {
                const data = await get('GET /repos/{owner}/{repo}/actions/variables/{name}', { owner, repo, name }, signal);
                if (typeof data.value !== 'string')
                    throw new Error(`GitHub answered variable ${name} without a value`);
                return data.value;
            });
        },
        async listIssueComments(owner, repo, issueNumber) {
            validateName(owner, 'owner');
            validateName(repo, 'repository');
            const comments = [];
            for (let page = 1; page <= MAX_PAGES; page += 1) {
                const result = await call('The pull request comments', 'The token needs pull-requests: read.', (signal) => getArray('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number: issueNumber, per_page: 100, page }, signal));
                if (!result.available)
                    return result;
                comments.push(...result.value.map(toComment));
                if (result.value.length < 100)
                    break;
            }
            return { available: true, value: comments };
        },
        async createIssueComment(owner, repo, issueNumber, body) {
            validateName(owner, 'owner');
            validateName(repo, 'repository');
            return call('Commenting on the pull request', 'The token needs pull-requests: write (or issues: write).', async (signal) => toComment((await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
                owner,
                repo,
                issue_number: issueNumber,
                body,
                request: { signal },
            })).data), isRetryableCreate);
        },
        async updateIssueComment(owner, repo, commentId, body) {
            validateName(owner, 'owner');
            validateName(repo, 'repository');
            return call('Updating the pull request comment', 'The token needs pull-requests: write (or issues: write).', async (signal) => toComment((await octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
                owner,
                repo,
                comment_id: commentId,
                body,
                request: { signal },
            })).data));
        },
    };
}
/** required_reviewers, branch policy (rule or deployment_branch_policy) and wait_timer minutes. */
function toEnvironmentProtection(raw) {
    const o = (raw ?? {});
    if (typeof o.name !== 'string')
        return null;
    const rules = Array.isArray(o.protection_rules) ? o.protection_rules : [];
    const reviewers = rules.some((r) => r?.type === 'required_reviewers' && (!Array.isArray(r.reviewers) || r.reviewers.length > 0));
    const timer = rules.find((r) => r?.type === 'wait_timer' && typeof r.wait_timer === 'number');
    const policy = o.deployment_branch_policy;
    const branchPolicy = rules.some((r) => r?.type === 'branch_policy') ||
        (policy !== null &&
            policy !== undefined &&
            (policy.protected_branches === true || policy.custom_branch_policies === true));
    return {
        name: o.name,
        requiredReviewers: reviewers,
        branchPolicy,
        waitTimer: timer ? timer.wait_timer : 0,
    };
}


/***/ })

};
