export const id = 596;
export const ids = [596];
export const modules = {

/***/ 5596:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 16 modules
var core = __webpack_require__(8179);
// EXTERNAL MODULE: ./src/auth/mask.ts
var mask = __webpack_require__(8080);
// EXTERNAL MODULE: ./src/auth/redact.ts
var redact = __webpack_require__(5353);
// EXTERNAL MODULE: ./src/engine/verdict.ts + 1 modules
var verdict = __webpack_require__(3306);
// EXTERNAL MODULE: ./src/auth/clouds.ts
var clouds = __webpack_require__(6910);
// EXTERNAL MODULE: ./src/auth/early-oidc.ts
var early_oidc = __webpack_require__(1063);
// EXTERNAL MODULE: ./src/auth/oidc.ts
var oidc = __webpack_require__(161);
// EXTERNAL MODULE: ./src/config/inputs.ts + 1 modules
var config_inputs = __webpack_require__(7652);
// EXTERNAL MODULE: ./src/policy/rules/workflow.ts
var workflow = __webpack_require__(8317);
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
/**
 * Whether the exception is written for this finding (ignoring its expiry). Ids only: the app by appId or object
 * id, the credential by its id; never a display name, which whoever can edit the app controls.
 */
function exceptionCovers(exception, finding, app) {
    if (exception.rule !== finding.rule)
        return false;
    const wanted = exception.app.toLowerCase();
    if (wanted !== app.appId.toLowerCase() && wanted !== app.objectId.toLowerCase())
        return false;
    if (exception.credential === undefined)
        return true;
    return exception.credential.toLowerCase() === finding.target.id.toLowerCase();
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

// EXTERNAL MODULE: ./src/policy/rules/index.ts + 7 modules
var rules = __webpack_require__(9655);
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

// EXTERNAL MODULE: ./src/signals/catalogue.ts + 1 modules
var catalogue = __webpack_require__(3303);
;// CONCATENATED MODULE: ./src/policy/signal-findings.ts
// Tenant-level findings about the signals themselves: with `fail-on-unavailable-signals: true`, each signal an
// enabled rule needs that is unlicensed, forbidden or failed becomes a `signal-unavailable` finding. Pure.

const SIGNAL_UNAVAILABLE_RULE = 'signal-unavailable';
const UNAVAILABLE = new Set(['unlicensed', 'forbidden', 'error']);
function signalFindings(policy, states, tenant = '') {
    if (policy.settings.failOnUnavailableSignals !== true)
        return [];
    const setting = policy.severities.get(SIGNAL_UNAVAILABLE_RULE) ?? 'error';
    if (setting === 'off')
        return [];
    const enabled = (rule) => (policy.severities.get(rule) ?? 'warning') !== 'off';
    return states
        .filter((s) => UNAVAILABLE.has(s.status))
        .flatMap((s) => {
        const spec = catalogue/* SIGNAL_SPECS */.wW.find((x) => x.id === s.signal);
        const rules = (spec?.rules ?? []).filter(enabled);
        if (rules.length === 0)
            return [];
        return [
            {
                rule: SIGNAL_UNAVAILABLE_RULE,
                severity: setting,
                appId: '',
                target: { kind: 'tenant', id: tenant, name: s.signal },
                message: `Signal ${s.signal} is ${s.status}, so ${rules.join(', ')} was not checked: ${s.reason}`,
                remediation: `${s.reason} Or set fail-on-unavailable-signals: false in the policy to only note it.`,
            },
        ];
    });
}

// EXTERNAL MODULE: ./src/signals/lifecycle.ts
var lifecycle = __webpack_require__(9441);
// EXTERNAL MODULE: ./src/signals/model.ts
var model = __webpack_require__(7528);
;// CONCATENATED MODULE: ./src/policy/lifecycle-findings.ts



const APP_MANAGEMENT_POLICY_RULE = 'app-management-policy-weak';
const enabled = (r) => r.state.toLowerCase() === 'enabled';
/** The date a restriction starts at, when it spares apps created before it. */
function cutOff(r) {
    return (0,lifecycle/* timestampMs */.R5)(r.restrictForAppsCreatedAfterDateTime);
}
/** The policy's enforced password restrictions that spare older apps, with their cut-off. */
function partialRestrictions(policy) {
    return policy.passwordRestrictions.filter(enabled).flatMap((restriction) => {
        const from = cutOff(restriction);
        return from === null ? [] : [{ restriction, from }];
    });
}
/** Counts the run's apps that a date-limited restriction leaves out (created before its cut-off). */
class SparedApps {
    cutOffs;
    counts;
    constructor(signals) {
        const policy = signals?.lifecycle?.appManagementPolicy;
        this.cutOffs = policy ? partialRestrictions(policy).map((p) => p.from) : [];
        this.counts = this.cutOffs.map(() => 0);
    }
    add(app) {
        if (this.cutOffs.length === 0)
            return;
        // Graph treats an object without createdDateTime as created on 2019-01-01 (appManagementPolicy reference).
        const created = (0,lifecycle/* timestampMs */.R5)(app.createdDateTime) ?? Date.UTC(2019, 0, 1);
        this.cutOffs.forEach((from, i) => {
            if (created < from)
                this.counts[i] = (this.counts[i] ?? 0) + 1;
        });
    }
    /** Apps of the run created before the cut-off. */
    count(from) {
        const i = this.cutOffs.indexOf(from);
        return i === -1 ? 0 : (this.counts[i] ?? 0);
    }
}
/** Why the policy is weak, as clauses; empty when it is not. */
function policyWeaknesses(policy, maxDays, spared) {
    if (!policy.isEnabled)
        return [
            'is disabled (isEnabled false, the default), so nothing stops a new client secret or a secret of any lifetime',
        ];
    const out = [];
    const password = policy.passwordRestrictions.filter(enabled);
    const addition = password.find((r) => r.restrictionType === 'passwordAddition');
    const lifetime = password.find((r) => r.restrictionType === 'passwordLifetime');
    // New secrets are acceptable only when blocked, or bounded by a lifetime within max-secret-lifetime-days.
    if (!addition) {
        if (!lifetime)
            out.push('neither blocks new client secrets (no enabled passwordAddition restriction) nor limits their lifetime (no enabled passwordLifetime restriction)');
        else {
            const days = (0,lifecycle/* durationDays */.Gr)(lifetime.maxLifetime);
            if (days === null)
                out.push(`sets a secret lifetime limit the guard cannot read (maxLifetime ${JSON.stringify(lifetime.maxLifetime ?? null)})`);
            else {
                // "Less than": P181D allows secrets of up to 180 days.
                const allowed = Math.ceil(days) - 1;
                if (allowed > maxDays)
                    out.push(`lets new client secrets be added with lifetimes up to ${(0,dates/* plural */.LS)(allowed, 'day')} (${lifetime.maxLifetime}), above max-secret-lifetime-days ${maxDays} (configure P${maxDays + 1}D: the limit is "less than")`);
            }
        }
    }
    for (const { restriction, from } of partialRestrictions(policy)) {
        if (restriction !== addition && restriction !== lifetime)
            continue;
        // Only a gap that leaves out an app of this run counts (a cut-off before every app spares none).
        const older = spared.count(from);
        if (older > 0)
            out.push(`applies its ${restriction.restrictionType} restriction only to apps created after ${(0,dates/* isoDay */.kh)(from)} (restrictForAppsCreatedAfterDateTime), leaving older apps out: ${(0,dates/* plural */.LS)(older, 'app')} of this run`);
    }
    return out;
}
function lifecycleTenantFindings(policy, signals, spared, tenant = '') {
    const amp = signals?.lifecycle?.appManagementPolicy;
    if (!amp || (0,model/* stateOf */.L)(signals, 'app-management-policy')?.status !== 'available')
        return [];
    const severity = policy.severities.get(APP_MANAGEMENT_POLICY_RULE) ?? 'warning';
    if (severity === 'off')
        return [];
    const weaknesses = policyWeaknesses(amp, policy.settings.maxSecretLifetimeDays, spared);
    if (weaknesses.length === 0)
        return [];
    return [
        {
            rule: APP_MANAGEMENT_POLICY_RULE,
            severity,
            appId: '',
            target: { kind: 'tenant', id: tenant, name: 'defaultAppManagementPolicy' },
            message: `The tenant's default app management policy ${weaknesses.join('; it ')}.`,
            remediation: `Enable the default app management policy (Entra admin center → Enterprise applications → Application policies, or PATCH https://graph.microsoft.com/v1.0/policies/defaultAppManagementPolicy) with an enabled passwordAddition restriction, or at least a passwordLifetime with maxLifetime P${policy.settings.maxSecretLifetimeDays + 1}D, and no restrictForAppsCreatedAfterDateTime that leaves existing apps out. It blocks new secrets only; delete existing ones separately.`,
        },
    ];
}

// EXTERNAL MODULE: ./src/policy/rules/lifecycle.ts
var rules_lifecycle = __webpack_require__(2762);
// EXTERNAL MODULE: ./src/policy/rules/snapshot.ts
var snapshot = __webpack_require__(4912);
// EXTERNAL MODULE: ./src/policy/settings.ts
var settings = __webpack_require__(3693);
;// CONCATENATED MODULE: ./src/policy/index.ts
// The pure policy engine. File reading lives in ./file.ts, the only module here that does I/O.













// EXTERNAL MODULE: ./src/policy/rules/workflow-unreadable.ts
var workflow_unreadable = __webpack_require__(1201);
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
/** The name an app is shown under: a managed identity or an agent blueprint says so, an app registration is its name. */
function appName(app) {
    if (app.kind === 'managedIdentity')
        return `Managed identity ${app.displayName || app.appId}`;
    if (app.kind === 'agentIdentityBlueprint')
        return `Agent identity blueprint ${app.displayName || app.appId}`;
    return app.displayName;
}
/**
 * Findings grouped by app, in the report's app order; findings for apps the report does not list (or with no
 * app at all, e.g. a workflow job whose client id is unknown) come last, so nothing is silently dropped.
 */
function groupByApp(report, findings) {
    const groups = new Map();
    for (const app of report.apps) {
        groups.set(app.appId, { appId: app.appId, displayName: appName(app), findings: [] });
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
    'tenant',
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
    if (input.signals !== undefined)
        report.signals = mergeSignals(input.signals);
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
    // Shards of one snapshot keep it; shards of different snapshots (or live and snapshot) do not claim one.
    const snapshots = new Set(reports.map((r) => JSON.stringify(r.scope?.snapshot ?? null)));
    if (first.scope?.snapshot !== undefined && snapshots.size === 1)
        scope.snapshot = first.scope.snapshot;
    return buildReport({
        tool,
        apps: reports.flatMap((r) => r.apps),
        findings: dedupeExact(reports.flatMap((r) => r.findings)),
        suppressed: dedupeExact(reports.flatMap((r) => r.suppressed)),
        notEvaluated: reports.flatMap((r) => r.notEvaluated),
        notices: reports.flatMap((r) => r.notices),
        signals: reports.some((r) => r.signals !== undefined) ? reports.flatMap((r) => r.signals ?? []) : undefined,
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
/** One entry per signal, in the order given; of two for the same signal (shards), the unavailable one wins. */
function mergeSignals(entries) {
    const bySignal = new Map();
    entries.forEach((e, i) => {
        const signal = requireNonEmpty(e?.signal, `signals[${i}].signal`);
        if (!model/* SIGNAL_STATUSES */.C.includes(e.status))
            throw new TypeError(`Invalid report input: signals[${i}].status is ${describe(e.status)}; expected one of ${model/* SIGNAL_STATUSES */.C.join(', ')}.`);
        const entry = { signal: e.signal, status: e.status, reason: requireString(e.reason, `signals[${i}].reason`) };
        const known = bySignal.get(signal);
        if (!known || (known.status === 'available' && entry.status !== 'available'))
            bySignal.set(signal, entry);
    });
    return [...bySignal.values()];
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
const IDENTITY_KINDS = ['application', 'agentIdentityBlueprint', 'managedIdentity'];
function validateApp(app, path) {
    const kind = app?.kind ?? 'application';
    if (!IDENTITY_KINDS.includes(kind))
        throw new Error(`${path}.kind must be one of ${IDENTITY_KINDS.join(', ')}, got ${JSON.stringify(kind)}`);
    return {
        appId: requireNonEmpty(app?.appId, `${path}.appId`),
        objectId: requireString(app?.objectId, `${path}.objectId`),
        displayName: requireString(app?.displayName, `${path}.displayName`),
        kind,
        ...(app?.resourceId !== undefined ? { resourceId: requireNonEmpty(app.resourceId, `${path}.resourceId`) } : {}),
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
    if (scope.snapshot !== undefined)
        out.snapshot = {
            exportedAt: requireString(scope.snapshot.exportedAt, 'scope.snapshot.exportedAt'),
            tenant: requireString(scope.snapshot.tenant, 'scope.snapshot.tenant'),
        };
    return out;
}

// EXTERNAL MODULE: ./src/signals/coverage.ts
var coverage = __webpack_require__(3551);
;// CONCATENATED MODULE: ./src/signals/notes.ts


const COVERAGE_NOTES_MAX = 20;
const quote = (s) => JSON.stringify(s.length > 120 ? `${s.slice(0, 119)}…` : s);
/** "Conditional access on app "x" (id): "P" (enabled; …): Blocks …", or null when no enforced policy covers it. */
function coverageNote(app, signals) {
    const sp = app.servicePrincipal;
    if (!signals || !sp || (0,model/* stateOf */.L)(signals, 'conditional-access-policies')?.status !== 'available')
        return null;
    const enforced = (0,coverage/* coverageFor */.K5)(signals, app.appId, sp.objectId).filter((c) => c.coverage === 'covers' && c.enforced);
    if (enforced.length === 0)
        return null;
    return `Conditional access covering app ${quote(app.displayName)} (${app.appId}): ${enforced
        .map((c) => `${(0,coverage/* describePolicy */.wy)(c.policy, quote)}: ${c.prediction}`)
        .join(' ')}`;
}
/** Collects coverage notes: the COVERAGE_NOTES_MAX first in a fixed order (blocking first, then by text), whatever
 * order the apps were read in, then a count of the rest. */
class CoverageNotes {
    notes = [];
    more = 0;
    add(app, signals) {
        const note = coverageNote(app, signals);
        if (note === null)
            return;
        this.notes.push({ text: note, blocks: /AADSTS53003/.test(note) });
        this.notes.sort((a, b) => Number(b.blocks) - Number(a.blocks) || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
        if (this.notes.length > COVERAGE_NOTES_MAX) {
            this.notes.pop();
            this.more += 1;
        }
    }
    lines() {
        const out = this.notes.map((n) => n.text);
        if (this.more > 0)
            out.push(`Conditional access also covers ${this.more} more app(s), not listed here.`);
        return out;
    }
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
    const coverage = new CoverageNotes(); // [signals] conditional access notes (issue 13)
    const spared = new SparedApps(options.context.signals); // [lifecycle] app management policy cut-off (issue 14)
    const assume = options.context.workflows ? options.assumeUnattributed : undefined;
    const held = [];
    const evaluate = (app, context) => {
        const result = evaluateApp(app, options.policy, context);
        // [lifecycle] An Entra recommendation our own finding already states is merged into it, and fic-unused
        // carries the sign-in logs' "last used" evidence (issue 14).
        const signals = context.signals;
        findings.push(...(0,rules_lifecycle/* mergeRecommendations */.f1)((0,rules_lifecycle/* withSignInEvidence */.O9)(result.findings, signals, options.policy.settings.unusedDays), signals));
        suppressed.push(...result.suppressed);
    };
    for await (const item of inventory) {
        const appId = 'app' in item ? item.app.appId : item.notEvaluated.appId;
        // Every app is counted exactly once, whatever a reader yields twice.
        if (seen.has(appId.toLowerCase()))
            continue;
        seen.add(appId.toLowerCase());
        if ('app' in item) {
            const { app } = item;
            apps.push({
                appId: app.appId,
                objectId: app.objectId,
                displayName: app.displayName,
                kind: app.kind ?? 'application',
                ...(app.resourceId !== undefined ? { resourceId: app.resourceId } : {}),
            });
            coverage.add(app, options.context.signals); // [signals]
            spared.add(app); // [lifecycle]
            const workflows = options.context.workflows;
            if (assume === 'named' || (assume === 'trusts-repository' && workflows && (0,workflow/* trustsRepository */.Mq)(app, workflows)))
                held.push(app);
            else
                evaluate(app, options.context);
        }
        else {
            notEvaluated.push(item.notEvaluated);
        }
        options.onProgress?.({ apps: apps.length, notEvaluated: notEvaluated.length, findings: findings.length });
    }
    if (assume && held.length > 0) {
        const context = { ...options.context, assumedApps: held, assumedBecause: assume };
        for (const app of held)
            evaluate(app, context);
    }
    findings.push(...policyFindings(options.policy, options.context.now));
    findings.push(...(0,snapshot/* snapshotFindings */.N9)(options.policy, options.context));
    findings.push(...(0,workflow_unreadable/* workflowUnreadableFindings */.$j)(options.policy, options.context.workflows));
    // [signals] fail-on-unavailable-signals, and every signal's status in report.signals (issue 13).
    const signals = options.context.signals;
    if (signals)
        findings.push(...signalFindings(options.policy, signals.states, options.scope?.tenant));
    // [lifecycle] app-management-policy-weak, once per run (issue 14).
    findings.push(...lifecycleTenantFindings(options.policy, signals, spared, options.scope?.tenant));
    return buildReport({
        tool: { name: TOOL_NAME, version: TOOL_VERSION },
        apps,
        findings,
        suppressed,
        notEvaluated,
        notices: [
            ...((typeof options.notices === 'function' ? options.notices() : options.notices) ?? []),
            ...coverage.lines(),
        ],
        signals: signals?.states,
        scope: { ...options.scope, policyDigest: options.policy.digest },
    });
}

;// CONCATENATED MODULE: ./src/engine/notices.ts
// Typed notices: what a run wants its reader to know that is not a finding (an app source that
// could not be read in full, a check that was skipped and why). Each shell renders them its own
// way: the report's notices (text), and in the action an annotation when one is attached.
/** Where sources report notices while a check runs; read in the order they were added. */
class Notices {
    list = [];
    keys = new Set();
    add(code, message, annotation) {
        // The same notice from two sources (or two pages of one) is shown once.
        const key = `${code}\u0000${message}`;
        if (this.keys.has(key))
            return;
        this.keys.add(key);
        this.list.push({ code, message, ...(annotation ? { annotation } : {}) });
    }
    all() {
        return this.list;
    }
    /** The report's notices: the messages, in order. */
    texts() {
        return this.list.map((n) => n.message);
    }
}

;// CONCATENATED MODULE: ./src/engine/check.ts
// The one check pipeline, shared by the action and the CLI:
//
//   sources (injected) ──► inventory read ahead ─┐
//                      ──► repository read      ├─► audit (pure: policy × apps) ──► Report
//                      ──► tenant reads (once)  ┘
//
// The inventory starts streaming at once (bounded read-ahead), so the Entra → Graph chain and the
// repository/GitHub reads overlap instead of adding up; tenant-level reads run beside them, once.


async function check(input) {
    const notices = input.notices ?? new Notices();
    const inventory = readAhead(input.inventory.read(notices), input.readAhead ?? 2_000);
    try {
        const [repository, tenant] = await Promise.all([
            input.repository ? input.repository.read(notices) : Promise.resolve({}),
            Promise.all((input.tenantReads ?? []).map((read) => read.read(notices))),
        ]);
        const context = {
            now: input.now,
            ...(input.graphEndpoint ? { graphEndpoint: input.graphEndpoint } : {}),
            ...withoutUndefined(repository),
            ...input.inventory.context,
            ...Object.assign({}, ...tenant.map((t) => withoutUndefined(t))),
        };
        const report = await audit(inventory.items, {
            policy: input.policy,
            context,
            // Read when the report is built, after the inventory: sources add notices while they read.
            notices: () => notices.texts(),
            scope: { ...input.inventory.scope, ...input.scope },
            ...(input.onProgress ? { onProgress: input.onProgress } : {}),
            ...(input.assumeUnattributed ? { assumeUnattributed: input.assumeUnattributed } : {}),
        });
        return { report, notices: notices.all(), repository };
    }
    finally {
        await inventory.stop();
    }
}
function withoutUndefined(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
/**
 * Starts consuming `source` now, keeping up to `max` items until someone iterates: the inventory's
 * network chain runs while the rest of the context is gathered, with memory bounded for a tenant scan.
 * A source that throws rethrows where the items are iterated.
 */
function readAhead(source, max) {
    if (!(Symbol.asyncIterator in source))
        return { items: toAsync(source), stop: async () => undefined };
    const iterator = source[Symbol.asyncIterator]();
    const buffer = [];
    let done = false;
    let failure = null;
    const signals = { wake: null, room: null };
    let stopped = false;
    const pump = (async () => {
        try {
            while (!stopped) {
                if (buffer.length >= max) {
                    await new Promise((resolve) => (signals.room = resolve));
                    continue;
                }
                const next = await iterator.next();
                if (next.done)
                    break;
                buffer.push(next.value);
                signals.wake?.();
            }
        }
        catch (error) {
            failure = { error };
        }
        finally {
            done = true;
            signals.wake?.();
        }
    })();
    async function* items() {
        for (;;) {
            const item = buffer.shift();
            if (item !== undefined) {
                signals.room?.();
                signals.room = null;
                yield item;
                continue;
            }
            if (done)
                break;
            await new Promise((resolve) => (signals.wake = resolve));
            signals.wake = null;
        }
        if (failure)
            throw failure.error;
    }
    return {
        items: items(),
        async stop() {
            if (done)
                return;
            stopped = true;
            signals.room?.();
            await iterator.return?.();
            await pump.catch(() => undefined);
        },
    };
}
async function* toAsync(items) {
    yield* items;
}

// EXTERNAL MODULE: ./src/engine/inventory.ts + 3 modules
var engine_inventory = __webpack_require__(9849);
;// CONCATENATED MODULE: ./src/engine/sources.ts
/** An inventory source with no apps (no token can exist in this run, or nothing was asked for). */
function emptyInventory(scope = {}) {
    return { kind: 'none', scope, read: () => [] };
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
    // References are broken before escaping: the entities escaping adds (`&#39;`) contain `#` and digits.
    return neutraliseReferences(singleLine(text, maxLength))
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}
/** Text placed inside an HTML comment: it can neither close the comment nor open another. */
function escapeHtmlComment(text, maxLength = 200) {
    return singleLine(text, maxLength)
        .replace(/[<>]/g, '')
        .replace(/-(?=-)/g, '- ');
}
/** Invisible, and it separates the characters GitHub's linkers look for. */
const ZERO_WIDTH_SPACE = '\u200B';
/**
 * `@user` and `@org/team` notify people on GitHub even when the text around them is escaped, because the
 * mention filter runs on rendered text. A zero-width space after `@` keeps the text readable but inert.
 */
function neutraliseMentions(text) {
    return text.replace(/@(?=[A-Za-z0-9])/g, `@${ZERO_WIDTH_SPACE}`);
}
/**
 * Untrusted prose can neither mention, reference nor link. GitHub links `@user` (and e-mail addresses,
 * `owner/repo@sha`), `#12`, `owner/repo#12` and `GH-12` after rendering, and the GFM autolink extension links
 * `scheme://…` and `www.…` while rendering (https://github.github.com/gfm/#autolinks-extension-). A zero-width
 * space after `@`, `#`, `GH-`, the scheme's `:` and `www` keeps the text readable and inert. Linear regexes only.
 */
function neutraliseReferences(text) {
    return neutraliseMentions(text)
        .replace(/#(?=[0-9])/g, `#${ZERO_WIDTH_SPACE}`)
        .replace(/\b(GH-)(?=[0-9])/gi, `$1${ZERO_WIDTH_SPACE}`)
        .replace(/:(?=\/\/)/g, `:${ZERO_WIDTH_SPACE}`)
        .replace(/\b(www)(?=\.)/gi, `$1${ZERO_WIDTH_SPACE}`);
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
    const lines = neutraliseReferences(sanitizeText(text, maxLength).replace(/\t/g, ' ')).split(LINE_BREAKS);
    const escaped = lines.map((line) => neutraliseBlockStart(line
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(MARKDOWN_INLINE, (c) => `\\${c}`)));
    return escaped.join(newlines === 'br' ? '<br>' : ' ');
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
function escape_escapeTerminal(text, maxLength = 2000) {
    return sanitizeText(text, maxLength).replace(/\t/g, ' ').replace(LINE_BREAKS, ' ');
}

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

;// CONCATENATED MODULE: ./src/report/signals.ts
// The one line every human-readable report carries about Entra's signals: which checks did not run, why,
// and the exact fix (the permission or the licence). Absent when every signal was read or none was asked for.



const LINE_MAX = 3000;
/** The one thing to do for a signal: the permission to grant, the licence it needs, or nothing. */
function fixOf(state) {
    const spec = catalogue/* SIGNAL_SPECS */.wW.find((s) => s.id === state.signal);
    switch (state.status) {
        case 'forbidden':
            // Conditional access read, but the licence lookup was not permitted: the SKU permission is what is missing.
            return state.signal === 'conditional-access-policies' && /licences could not be read/.test(state.reason)
                ? 'LicenseAssignment.Read.All'
                : (spec?.permissions[0] ?? 'the permission');
        case 'unlicensed':
            // Says what the licence would add, so the line is a decision, not just a gap.
            return spec?.licence
                ? `${catalogue/* LICENCE_NAMES */.fc[spec.licence]}${spec.licenceAdds ? `, which would add ${spec.licenceAdds}` : ''}`
                : 'a licence';
        default:
            return '';
    }
}
const VERB = {
    forbidden: 'forbidden: grant',
    unlicensed: 'unlicensed: needs',
    unsupportedCloud: 'not offered in this cloud',
    error: 'read failed, see report.signals',
    available: '',
};
/** "Entra signals not checked: service-principal-at-risk (forbidden: grant A, B), …", or null when none is missing. */
function signalsSentence(report) {
    const missing = (report.signals ?? []).filter((s) => s.status !== 'available');
    if (missing.length === 0)
        return null;
    const byRule = new Map();
    for (const state of missing) {
        const spec = catalogue/* SIGNAL_SPECS */.wW.find((s) => s.id === state.signal);
        const rules = spec && spec.rules.length > 0 ? spec.rules : [`the licence lookup (${state.signal})`];
        for (const rule of rules) {
            const statuses = byRule.get(rule) ?? new Map();
            const fixes = statuses.get(state.status) ?? [];
            const fix = fixOf(state);
            if (fix !== '' && !fixes.includes(fix))
                fixes.push(fix);
            statuses.set(state.status, fixes);
            byRule.set(rule, statuses);
        }
    }
    const parts = [...byRule].map(([rule, statuses]) => `${rule} (${[...statuses].map(([status, fixes]) => [VERB[status], fixes.join(', ')].filter(Boolean).join(' ')).join('; ')})`);
    return `Entra signals not checked: ${parts.join(', ')}. Details and exact fixes: report.signals and docs/troubleshooting.md#signals.`;
}
/** For the job summary, `--format markdown` and the PR comment. */
function signalsMarkdown(report) {
    const sentence = signalsSentence(report);
    return sentence === null ? [] : [layout_text(`${escapeMarkdown(sentence, { maxLength: LINE_MAX, newlines: 'space' })}\n\n`)];
}
/** For the terminal. */
function signalsText(report) {
    const sentence = signalsSentence(report);
    return sentence === null ? [] : [escapeTerminal(sentence, LINE_MAX), ''];
}
/** Whether the run should raise a notice annotation: not when the guard was given no signal permission at all. */
function signalsNeedAttention(report) {
    // Signals the minimum permission already reads (owners, agent identities) say nothing about opting in.
    const optIn = (report.signals ?? []).filter((s) => !catalogue/* SIGNAL_SPECS */.wW.find((spec) => spec.id === s.signal)?.permissions.includes(MINIMUM_PERMISSION));
    return optIn.some((s) => s.status !== 'available') && !optIn.every((s) => s.status === 'forbidden');
}
/** What the guard always holds (README, quick start). */
const MINIMUM_PERMISSION = 'Application.Read.All';

// EXTERNAL MODULE: ./src/signals/normalise.ts
var normalise = __webpack_require__(1619);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/workflows/yaml-tree.ts
// A small positioned tree built from the `yaml` AST: every node keeps its 1-based line, so findings can point
// at the exact line of a job, its `environment:` or a step. Workflow files are untrusted and GitHub Actions
// accepts anchors and aliases, so their number is not limited; what is limited is the size of the tree once
// every alias is expanded (nodes and scalar characters), which stops alias bombs at a bounded cost. Every step
// is linear in that size: duplicate keys are found with a hash map here (yaml's own uniqueKeys check compares
// every pair of keys, quadratic in the size of a map).

/** Nodes of the tree once aliases are expanded; the largest real workflows have a few thousand. */
const MAX_NODES = 200_000;
/** Characters of all scalars once aliases are expanded (a 1 MiB file expands to at most this). */
const MAX_EXPANDED_CHARS = 16 * 1024 * 1024;
const MAX_ALIAS_DEPTH = 20;
class TooLarge extends Error {
    line;
    constructor(message, line = 1) {
        super(message);
        this.line = line;
    }
}
/** Parses one YAML document into a positioned tree; never throws. */
function parseYamlTree(text) {
    const lineCounter = new dist/* LineCounter */.HN();
    let doc;
    try {
        doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
    }
    catch (error) {
        return { ok: false, line: 1, message: `YAML could not be parsed: ${messageOf(error)}` };
    }
    const first = doc.errors[0];
    if (first) {
        const line = first.linePos?.[0]?.line ?? lineCounter.linePos(first.pos[0]).line;
        return { ok: false, line, message: `invalid YAML: ${firstLine(first.message)}` };
    }
    const builder = new TreeBuilder(doc, lineCounter);
    try {
        return { ok: true, root: builder.build(doc.contents, 0) };
    }
    catch (error) {
        if (error instanceof TooLarge)
            return { ok: false, line: error.line, message: error.message };
        return { ok: false, line: 1, message: `YAML could not be read: ${firstLine(messageOf(error))}` };
    }
}
class TreeBuilder {
    lines;
    nodes = 0;
    chars = 0;
    /** Each alias → the node it names, found in one pass (yaml's Alias.resolve walks the document per alias). */
    targets = new Map();
    constructor(doc, lines) {
        this.lines = lines;
        // An alias names the last node before it with that anchor: visit in document order, remembering anchors.
        const anchors = new Map();
        (0,dist/* visit */.YR)(doc, {
            Node: (_key, node) => {
                if ((0,dist/* isAlias */.Vj)(node)) {
                    const target = anchors.get(node.source);
                    if (target)
                        this.targets.set(node, target);
                }
                else if (node.anchor)
                    anchors.set(node.anchor, node);
            },
        });
    }
    build(node, aliasDepth) {
        this.nodes += 1;
        if (this.nodes > MAX_NODES)
            throw new TooLarge(`YAML refused: more than ${MAX_NODES} nodes once anchors and aliases are expanded`);
        if (node === null || node === undefined)
            return { kind: 'scalar', line: 1, value: null };
        const line = this.lineOf(node);
        if ((0,dist/* isAlias */.Vj)(node)) {
            if (aliasDepth > MAX_ALIAS_DEPTH)
                throw new TooLarge('YAML refused: aliases nested too deeply', line);
            const target = this.targets.get(node);
            return { ...this.build(target, aliasDepth + 1), line };
        }
        if ((0,dist/* isMap */.jh)(node)) {
            const entries = [];
            // Where each key sits in `entries`, and which keys were written explicitly (not merged in).
            const index = new Map();
            const explicit = new Set();
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
                            if (index.has(entry.key))
                                continue;
                            index.set(entry.key, entries.length);
                            entries.push(entry);
                        }
                    }
                    continue;
                }
                if (explicit.has(key))
                    throw new TooLarge('invalid YAML: Map keys must be unique', keyLine);
                explicit.add(key);
                const value = this.build(pair.value, aliasDepth);
                const entry = { key, keyLine, value: pair.value === null ? { ...value, line: keyLine } : value };
                // An explicit key overrides a merged one in place.
                const existing = index.get(key);
                if (existing === undefined) {
                    index.set(key, entries.length);
                    entries.push(entry);
                }
                else
                    entries[existing] = entry;
            }
            return { kind: 'map', line, entries };
        }
        if ((0,dist/* isSeq */.oP)(node)) {
            return { kind: 'seq', line, items: node.items.map((item) => this.build(item, aliasDepth)) };
        }
        if ((0,dist/* isScalar */.jn)(node)) {
            const value = node.value;
            const text = value === null || value === undefined ? null : String(value);
            this.chars += text?.length ?? 0;
            if (this.chars > MAX_EXPANDED_CHARS)
                throw new TooLarge(`YAML refused: more than ${MAX_EXPANDED_CHARS} characters once anchors and aliases are expanded`);
            return { kind: 'scalar', line, value: text };
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
        return { ok: false, problem: { file, line: tree.line, message: tree.message, unreadable: true } };
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
    const withNode = yaml_tree_valueOf(node, 'with');
    if (withNode?.kind === 'map')
        job.withLines = Object.fromEntries(withNode.entries.map((e) => [e.key, e.keyLine]));
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
// GitHub docs, "Events that trigger workflows" (content/actions/reference/workflows-and-actions/
// events-that-trigger-workflows.md), the GITHUB_REF of each event.
/** Events that run on the default branch's latest commit. */
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
        // On github.com, GHEC and GHES 3.20+ the run is on the default branch whatever the pull request's base
        // (its `branches:` filter only selects which pull requests start it); the subject context is pull_request.
        return [onDefault('pull_request_target runs on the default branch')];
    }
    if (event === 'workflow_dispatch') {
        return [
            onDefault('workflow_dispatch runs on the default branch unless another branch or a tag is chosen'),
            glob(event, 'refs/heads/*', 'workflow_dispatch can be run on any branch'),
            glob(event, 'refs/tags/*', 'workflow_dispatch can be run on any tag'),
        ];
    }
    if (event === 'create') {
        return [
            glob(event, 'refs/heads/*', 'create runs on the branch that was created'),
            glob(event, 'refs/tags/*', 'create runs on the tag that was created'),
        ];
    }
    if (event === 'registry_package') {
        return [
            glob(event, 'refs/heads/*', "registry_package runs on the package's branch"),
            glob(event, 'refs/tags/*', "registry_package runs on the package's tag"),
        ];
    }
    if (event === 'release')
        return [glob(event, 'refs/tags/*', 'release runs on the tag of the release')];
    if (event === 'merge_group') {
        return [glob(event, 'refs/heads/gh-readonly-queue/*', 'merge queue branches are named after each pull request')];
    }
    if (event === 'deployment' || event === 'deployment_status') {
        return [
            glob(event, 'refs/heads/*', `${event} runs on the branch being deployed`),
            glob(event, 'refs/tags/*', `${event} runs on the tag being deployed`),
        ];
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
            const called = calledFromHere(request);
            if (called) {
                out.push(...called);
                continue;
            }
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
/** Runs of a caller this repository could have, to tell whether the caller's ref or event shows in the subject. */
const CALLER_PROBES = [
    { ref: 'refs/heads/probe-caller-a', event: 'push' },
    { ref: 'refs/tags/probe-caller-b', event: 'workflow_dispatch' },
];
/**
 * A workflow only other workflows call, whose callers are not in the repository: judged as called from this
 * repository. With a literal environment (and a subject format that shows the environment rather than the
 * caller's ref), the subject is known whatever the caller's trigger.
 */
function calledFromHere(request) {
    const env = request.environment;
    if (env.kind !== 'names')
        return undefined;
    const out = [];
    for (const name of env.names) {
        const probes = CALLER_PROBES.map((p) => render(request, p.ref, p.event, name));
        const first = probes[0];
        if (!first?.ok || !probes.every((p) => p.ok && p.value === first.value))
            return undefined;
        out.push({
            subject: first.value,
            kind: 'exact',
            trigger: 'workflow_call',
            reason: 'its callers are not in this repository: judged as called from this repository, where the environment decides the subject',
        });
    }
    return out;
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
    if (request.fixedJobWorkflowRef !== undefined)
        return request.fixedJobWorkflowRef;
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
/**
 * The inside of a text that is one whole `${{ … }}` expression, trimmed; undefined otherwise. Written without a
 * regular expression: `^\$\{\{\s*([\s\S]*?)\s*\}\}$` backtracks cubically on `${{` and a long run of spaces,
 * and workflow files come from whoever opened the pull request.
 */
function wholeExpressionInner(text) {
    if (!text.startsWith('${{') || !text.endsWith('}}') || text.length < 5)
        return undefined;
    return text.slice(3, -2).trim();
}
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
    const inner = wholeExpressionInner(value);
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
    const inner = wholeExpressionInner(text.trim());
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
    const clientSecret = step.with['client-secret'] ?? step.with['client_secret'];
    if (clientSecret !== undefined && clientSecret.trim() !== '') {
        const signIn = { method: `${method} (client-secret)`, line: step.line, federated: false };
        if (clientIdText !== undefined && clientIdText.trim() !== '')
            signIn.clientId = classifyClientId(followReference(clientIdText, scope, step));
        return signIn;
    }
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
        let federated = true;
        if (/\baz\s+login\b/.test(line) && /\s--federated-token\b/.test(line)) {
            method = 'az login --federated-token';
            clientIdText = optionValue(line, ['--username', '-u']);
        }
        else if (/\baz\s+login\b/.test(line) && AZ_SECRET_OPTION.test(line)) {
            // A service principal with a password or certificate: a stored secret, no federated credential.
            const certificate = /\s--certificate\b/.test(line) || /\.pem\b/.test(optionValue(line, PASSWORD_OPTIONS) ?? '');
            method = `az login --service-principal (${certificate ? 'certificate' : 'client secret'})`;
            clientIdText = optionValue(line, ['--username', '-u']);
            federated = false;
        }
        else if (/\bConnect-AzAccount\b/i.test(line) && /\s-FederatedToken\b/i.test(line)) {
            method = 'Connect-AzAccount -FederatedToken';
            clientIdText = optionValue(line, ['-ApplicationId'], true);
        }
        else if (/\bConnect-AzAccount\b/i.test(line) &&
            /\s-ServicePrincipal\b/i.test(line) &&
            /\s-(?:Credential|CertificateThumbprint|CertificatePath)\b/i.test(line)) {
            const certificate = /\s-Certificate(?:Thumbprint|Path)\b/i.test(line);
            method = `Connect-AzAccount -ServicePrincipal (${certificate ? 'certificate' : 'credential'})`;
            clientIdText = optionValue(line, ['-ApplicationId'], true);
            federated = false;
        }
        else if (/\bazd\s+auth\s+login\b/.test(line) && /--federated-credential-provider[\s=]+["']?github\b/.test(line)) {
            method = 'azd auth login --federated-credential-provider github';
            clientIdText = optionValue(line, ['--client-id']) ?? envOf(scope, step)['AZURE_CLIENT_ID'];
        }
        if (!method)
            continue;
        const signIn = { method, line: step.line, federated };
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
const PASSWORD_OPTIONS = ['--password', '-p', '--client-secret'];
/** `az login --service-principal` with a password, client secret or certificate (not --federated-token). */
const AZ_SECRET_OPTION = /\s(?:--password|-p|--client-secret|--certificate)(?:[\s=]|$)/;
const TERRAFORM_COMMAND = /\bterraform\s+(?:-\S+\s+)*(?:init|plan|apply|destroy|import|refresh|output|state)\b/;
/** Environment variables through which Terraform or the Azure SDKs sign in with a stored secret or certificate. */
const SECRET_VARIABLES = [
    'ARM_CLIENT_SECRET',
    'ARM_CLIENT_CERTIFICATE_PATH',
    'ARM_CLIENT_CERTIFICATE',
    'AZURE_CLIENT_SECRET',
    'AZURE_CLIENT_CERTIFICATE_PATH',
];
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
    const set = (env, k) => env[k] !== undefined && env[k]?.trim() !== '' && env[k]?.trim().toLowerCase() !== 'false';
    for (const { env, line, runsTerraform } of candidates) {
        const clientIdText = env['ARM_CLIENT_ID'] ?? env['AZURE_CLIENT_ID'];
        if (clientIdText === undefined || clientIdText.trim() === '')
            continue;
        const useOidc = (env['ARM_USE_OIDC'] ?? '').trim().toLowerCase() === 'true';
        const clientId = classifyClientId(followReference(clientIdText, scope));
        if (useOidc)
            return { method: 'Terraform (ARM_USE_OIDC)', line, clientId, federated: true };
        const secretVariable = SECRET_VARIABLES.find((k) => set(env, k));
        if (secretVariable)
            return { method: `${secretVariable} (client secret or certificate)`, line, clientId, federated: false };
        const otherCredential = ['ARM_USE_MSI', 'ARM_USE_CLI'].some((k) => set(env, k));
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

// EXTERNAL MODULE: ./src/strings.ts
var strings = __webpack_require__(9337);
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
            problems.push({
                file: path,
                line: 1,
                message: `skipped: larger than ${MAX_WORKFLOW_BYTES} bytes`,
                unreadable: true,
            });
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
            this.recordRemoteCall(scope, root, frames);
    }
    /**
     * A job that calls a workflow in another repository: the token still carries this repository, the caller's
     * ref and event (GitHub's reusable-workflow docs), and job_workflow_ref names the callee. The callee's own
     * environments cannot be read from here.
     */
    recordRemoteCall(scope, root, frames) {
        const { job, workflow } = scope;
        const uses = job.uses ?? '';
        const entry = {
            file: workflow.file,
            job: jobName(frames, job.id),
            line: job.line,
            signsIn: true,
            signInMethod: `reusable workflow ${uses} (in another repository)`,
            idTokenWrite: true,
            triggers: root.triggers.map((t) => t.event),
            subjects: predictSubjects({
                repository: this.repository,
                triggers: root.triggers,
                environment: { kind: 'none' },
                jobWorkflowPath: uses,
                workflowPath: root.workflow.file,
                fixedJobWorkflowRef: remoteJobWorkflowRef(uses),
                ...(root.workflow.name !== undefined ? { workflowName: root.workflow.name } : {}),
            }),
            assumption: `calls ${uses}, which is in another repository: judged by this caller's context (repository, ref and event), with job_workflow_ref naming the called workflow; a job there that names an environment presents that environment instead`,
        };
        entry.jobWorkflowRef = remoteJobWorkflowRef(uses);
        entry.remoteWorkflow = uses;
        const text = callClientIdText(job);
        if (text !== undefined)
            entry.clientId = classifyClientId(followReference(text, scope));
        if (frames.length > 0)
            entry.callers = [...frames];
        this.jobs.push(entry);
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
        const text = callClientIdText(job);
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
        // A job that signs in only with a stored secret or certificate presents no subject to Entra.
        const secretOnly = signIns.length > 0 && federated.length === 0;
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
        const fix = environmentFixOf(scope);
        if (fix)
            entry.environmentFix = fix;
        if (!secretOnly) {
            entry.subjects = predictSubjects({
                repository: this.repository,
                triggers: root.triggers,
                environment,
                jobWorkflowPath: workflow.file,
                workflowPath: root.workflow.file,
                ...(root.workflow.name !== undefined ? { workflowName: root.workflow.name } : {}),
            });
        }
        if (frames.length === 0 && root.triggers.every((t) => t.event === 'workflow_call')) {
            entry.assumption =
                'this workflow only runs when another workflow calls it, and no caller is in the repository: judged as called from this repository';
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
/** The client id a reusable-workflow call passes, through `with:` or `secrets:`. */
function callClientIdText(job) {
    const fromWith = Object.entries(job.with).find(([k]) => /client[-_]?id/i.test(k))?.[1];
    const fromSecrets = job.secrets === 'inherit' ? undefined : Object.entries(job.secrets).find(([k]) => /client[-_]?id/i.test(k))?.[1];
    return fromWith ?? fromSecrets;
}
/** `owner/repo/.github/workflows/x.yml@ref` → the job_workflow_ref GitHub writes for it. */
function remoteJobWorkflowRef(uses) {
    const at = uses.lastIndexOf('@');
    if (at < 0)
        return uses;
    const path = uses.slice(0, at);
    const ref = uses.slice(at + 1);
    if (/^[0-9a-f]{40}$/i.test(ref) || ref.startsWith('refs/'))
        return `${path}@${ref}`;
    // A version-like ref is almost always a tag; anything else is taken as a branch.
    return `${path}@${/^v?\d/.test(ref) ? 'refs/tags' : 'refs/heads'}/${ref}`;
}
/** Where the job's environment is set: its own `environment:` line, or the caller's `with:` entry passing it. */
function environmentFixOf(scope) {
    const environment = scope.job.environment;
    if (!environment)
        return undefined;
    let fix = {
        file: scope.workflow.file,
        line: environment.line,
        what: 'environment',
    };
    let text = environment.text;
    let current = scope;
    for (let depth = 0; depth < MAX_CALL_DEPTH; depth += 1) {
        const input = /^\$\{\{\s*inputs\.([A-Za-z0-9_-]+)\s*\}\}$/.exec(text.trim())?.[1];
        const caller = current.caller;
        if (input === undefined || !caller)
            break;
        const passed = caller.with[input];
        if (passed === undefined)
            break;
        const callerJob = caller.scope.job;
        fix = {
            file: caller.scope.workflow.file,
            line: callerJob.withLines?.[input] ?? callerJob.line,
            what: 'caller-with',
        };
        text = passed;
        current = caller.scope;
    }
    return fix;
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
    return normalisePath((0,strings/* beforeFirst */.WE)(uses, '@'));
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
// EXTERNAL MODULE: ./src/fs/workspace.ts
var workspace = __webpack_require__(7806);
;// CONCATENATED MODULE: ./src/workflows/read.ts
// I/O adapter: the workflow files of a checked-out repository. Everything else is pure.




const DEFAULT_WORKFLOWS_FOLDER = '.github/workflows';
/**
 * Reads every `.yml`/`.yaml` file directly in `folder` (relative to `repositoryRoot`); GitHub does not
 * look in sub-folders. Files that cannot be read (over 1 MiB, symlinks out of the checkout, devices) become
 * problems marked unreadable. A missing folder yields no files.
 */
async function readWorkflowFiles(repositoryRoot, folder = DEFAULT_WORKFLOWS_FOLDER) {
    const root = (0,external_node_path_.resolve)(repositoryRoot);
    const directory = (0,external_node_path_.resolve)(root, folder);
    if (directory !== root && !directory.startsWith(root + external_node_path_.sep)) {
        throw new Error(`The workflows folder '${folder}' is outside the repository ${root}`);
    }
    // The folder itself must really be inside the checkout; each file is then read only when it resolves inside.
    const entries = await (0,workspace/* listContainedFolder */.sK)(directory, root, 'the workflows folder');
    if (entries === null)
        return { files: [], problems: [] };
    const files = [];
    const problems = [];
    for (const entry of entries.filter((e) => /\.ya?ml$/i.test(e.name))) {
        const path = (0,external_node_path_.relative)(root, entry.path).split(external_node_path_.sep).join(external_node_path_.posix.sep);
        const info = await (0,promises_.lstat)(entry.path).catch(() => null);
        // A sub-folder named x.yml is not a workflow; GitHub does not look into sub-folders.
        if (info?.isDirectory())
            continue;
        try {
            files.push({
                path,
                text: await (0,workspace/* readContainedFile */.aM)(entry.path, {
                    within: root,
                    maxBytes: MAX_WORKFLOW_BYTES,
                    what: 'the workflow',
                    shown: path,
                }),
            });
        }
        catch (error) {
            if (!(error instanceof workspace/* UnsafePathError */.k0))
                throw error;
            // Unreadable is not harmless: a pull request could hide a signing-in job this way, so it is a problem
            // that the workflow-unreadable rule turns into an error on the file.
            const message = error.code === 'TOO_LARGE'
                ? `skipped: larger than ${MAX_WORKFLOW_BYTES} bytes`
                : `not read: ${error.message.replace(/^[^:]*: /, '')}`;
            problems.push({ file: path, line: 1, message, unreadable: true });
        }
    }
    return { files, problems };
}

;// CONCATENATED MODULE: ./src/action/client-ids.ts
async function resolveClientIds(analysis, options) {
    const resolved = await resolveVariables(analysis, options.gh, options.runner.repository ?? null, options.notices);
    const jobs = resolved.jobs;
    const actionClientId = ownClientIdRef(jobs, options);
    for (const job of jobs) {
        for (const signIn of job.signIns ?? []) {
            const ref = signIn.clientId;
            if (!signIn.federated || !ref || ref.resolved || ref.source === 'literal')
                continue;
            if (actionClientId && actionClientId.source === ref.source && actionClientId.value === ref.value)
                continue;
            options.notices.push(`${job.file}:${signIn.line}: job '${job.job}' signs in with client id from ${ref.value}, which cannot be read here; ` +
                "unless the policy file's client-ids maps it, it is judged against the audited apps together (attribution assumed).");
        }
    }
    return { ...resolved, ...(actionClientId ? { actionClientId } : {}) };
}
/** `vars.NAME` client ids read through the GitHub API (the action and the CLI). */
async function resolveVariables(analysis, gh, repository, notices) {
    const variables = await readVariables(analysis, gh, repository, notices);
    const resolve = (ref) => {
        if (!ref || ref.source !== 'vars')
            return ref;
        const value = variables.get(variableName(ref.value));
        return value ? { ...ref, resolved: value.toLowerCase(), resolvedBy: 'github-api' } : ref;
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
    return { ...analysis, jobs };
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
async function readVariables(analysis, gh, repository, notices) {
    const names = new Set();
    for (const job of analysis.jobs) {
        for (const ref of [job.clientId, ...(job.signIns ?? []).map((s) => s.clientId)]) {
            if (ref?.source === 'vars')
                names.add(variableName(ref.value));
        }
    }
    const values = new Map();
    if (names.size === 0 || !repository)
        return values;
    if (!gh) {
        notices.push(`Client ids from variables (${[...names].join(', ')}) were not read: no GitHub token.`);
        return values;
    }
    const { owner, name } = repository;
    await Promise.all([...names].map(async (variable) => {
        const result = await gh.readVariable(owner, name, variable);
        if (result.available)
            values.set(variable, result.value.trim());
        else
            notices.push(`The repository variable ${variable} could not be read (${result.reason}).`);
    }));
    return values;
}

;// CONCATENATED MODULE: ./src/action/repository.ts
// The action's repository source: the subject format from the job's own OIDC token (or the GitHub
// API), the environments' protection rules, and the workflows of the checkout.





function actionRepository(options) {
    return {
        async read(notices) {
            const { inputs, runner, gh, firstToken } = options;
            let tokenFormat = null;
            let claims = {};
            if (firstToken) {
                const token = await firstToken;
                claims = (0,oidc/* decodeStringClaims */.Fv)(token);
                core/* info */.pq(`Presenting the GitHub OIDC token: ${(0,oidc/* formatPresented */.i2)((0,oidc/* describeClaims */.Zs)(token))}`);
                tokenFormat = (0,oidc/* subjectFormatFromToken */.zD)(claims);
            }
            const repository = await learnRepository(runner, gh, tokenFormat, claims, notices);
            const environments = await learnEnvironments(repository, gh, notices);
            const workflows = await analyse(inputs, runner, repository, gh, notices);
            return {
                repository,
                ...(environments ? { environments } : {}),
                ...(workflows ? { workflows } : {}),
            };
        },
    };
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
    if (gh) {
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
    }
    if (facts.subjectFormat.source === 'assumed') {
        notices.add('subject-format-assumed', "The repository's OIDC subject format could not be learned (no OIDC token, and the GitHub API did not answer); " +
            "predictions assume GitHub's default form repo:OWNER/REPO:<context>.");
    }
    return facts;
}
async function learnEnvironments(repository, gh, notices) {
    const result = gh ? await gh.readEnvironments(repository.owner, repository.name) : null;
    if (result?.available)
        return result.value;
    notices.add('environments-unknown', `Environment protection rules are unknown (${result ? result.reason : 'no github-token'}), so ` +
        'fic-unprotected-environment was not evaluated. Give the token `actions: read` to check them.');
    return undefined;
}
async function analyse(inputs, runner, repository, gh, notices) {
    const { files, problems } = await readWorkflowFiles(runner.workspace, inputs.workflows);
    if (files.length === 0 && problems.length === 0) {
        // Most often a missing actions/checkout: judging trusts against no workflows would call them all unused.
        notices.add('workflows-missing', `No workflow files were found in ${inputs.workflows}; the workflow-aware checks were skipped. ` +
            'Run actions/checkout before this action, or set the workflows input.');
        return undefined;
    }
    const analysis = analyseWorkflows(files, repository);
    // Files that could not be read are problems of the analysis too (workflow-unreadable reports them).
    analysis.problems.unshift(...problems);
    for (const problem of analysis.problems) {
        // An unreadable file is a workflow-unreadable finding (an error on the file), not a notice.
        if (problem.unreadable)
            continue;
        // Finding-free, but shown where the author looks: on the file and line GitHub could not use.
        notices.add('workflow-not-analysed', `${problem.file}:${problem.line}: ${problem.message}`, {
            title: 'Workflow not analysed',
            file: problem.file,
            line: problem.line,
            text: problem.message,
        });
    }
    const clientIdNotices = [];
    const resolved = await resolveClientIds(analysis, {
        runner,
        gh,
        clientId: inputs.clientId,
        notices: clientIdNotices,
    });
    for (const message of clientIdNotices)
        notices.add('client-id', message);
    return resolved;
}

;// CONCATENATED MODULE: ./src/action/check.ts
// The action's shell around the one check pipeline (engine/check.ts): it chooses the sources —
// the job's OIDC token, the live Graph inventory (or a snapshot file), the checkout and the GitHub
// API — and hands them in. Failures become "not evaluated", never a silent pass.












async function runCheck(input) {
    const { inputs, runner, policy, snapshot } = input;
    const env = input.env ?? process.env;
    const notices = new Notices();
    // A snapshot run signs in to nothing: no OIDC token, no Entra, no Graph.
    let token = null;
    let identity = null;
    if (!snapshot) {
        const availability = (0,oidc/* checkOidcAvailability */.x0)(env, {
            eventName: runner.eventName,
            actor: runner.actor,
            payload: runner.payload,
        });
        if (!availability.available && availability.reason === 'misconfigured')
            throw new Error(availability.explanation);
        if (availability.available) {
            identity = (0,config_inputs/* requireIdentity */.sK)(inputs);
            token = (0,oidc/* createOidcTokenSource */.kb)({
                audience: inputs.audience,
                fetchToken: (0,early_oidc/* withEarlyToken */.P)(input.earlyToken ?? null, (audience) => core/* getIDToken */.V9(audience)),
            });
        }
        else {
            notices.add('apps-not-read', availability.explanation);
            core/* notice */.lm(availability.explanation, { title: 'Entra Federation Guard: apps not read' });
        }
    }
    // The job's own token is the most faithful witness of the subject format; ask for it first, and load
    // the Azure SDK and Octokit (most of the bundle) while GitHub answers.
    const firstToken = token?.get() ?? null;
    firstToken?.catch(() => undefined); // awaited by the repository source
    const [inventoryModule, githubModule] = await Promise.all([
        identity ? Promise.all(/* import() */[__webpack_require__.e(256), __webpack_require__.e(993)]).then(__webpack_require__.bind(__webpack_require__, 5993)) : null,
        inputs.githubToken ? Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 6584)) : null,
    ]);
    const gh = githubModule?.createGitHubClient({ token: inputs.githubToken, baseUrl: runner.apiUrl }) ?? null;
    let inventory;
    const tenantReads = [...(input.tenantReads ?? [])];
    if (snapshot) {
        inventory = (0,engine_inventory/* snapshotInventorySource */.Q)(snapshot, inputs.apps.length > 0 ? { appIds: inputs.apps } : {});
        notices.add('snapshot', `The apps were judged from the snapshot exported ${snapshot.exportedAt} of tenant ${snapshot.tenant}, not the live tenant.`);
        // The signals as they were at export time, when the snapshot carries them.
        const recorded = snapshot.signals;
        if (recorded)
            tenantReads.push({ name: 'signals', read: async () => ({ signals: (0,normalise/* normaliseSignals */.qH)(recorded) }) });
    }
    else if (identity && token && inventoryModule) {
        const live = inventoryModule.actionLiveReads(inputs, identity, token);
        inventory = live.inventory;
        tenantReads.push(...live.tenantReads);
    }
    else {
        inventory = emptyInventory(inputs.tenantId ? { tenant: inputs.tenantId } : {});
    }
    const { report, notices: all } = await check({
        policy,
        inventory,
        repository: runner.repository ? actionRepository({ inputs, runner, gh, firstToken }) : null,
        now: new Date(),
        notices,
        tenantReads,
        // Remediation commands name the Graph of the cloud the tenant lives in (not a graph-endpoint override).
        graphEndpoint: clouds/* CLOUDS */.JJ[inputs.cloud].graphEndpoint,
        // The apps input (or the action's own client id) names the apps an unreadable client id is judged against.
        assumeUnattributed: 'named',
    });
    annotate(all);
    // A signal that was not read is never a silent pass: the summary line always says so, and a notice
    // annotation too once the guard was given any signal permission (a guard with none has not opted in).
    const notChecked = signalsSentence(report);
    if (notChecked && signalsNeedAttention(report))
        core/* notice */.lm(notChecked, { title: 'Entra Federation Guard: signals not checked' });
    return { report, github: gh };
}
/** Notices that have a place (a workflow file and line) are shown there too, finding-free. */
function annotate(notices) {
    for (const notice of notices) {
        if (!notice.annotation)
            continue;
        const { title, file, line, text } = notice.annotation;
        core/* notice */.lm(text ?? notice.message, { title, ...(file ? { file } : {}), ...(line ? { startLine: line } : {}) });
    }
}

// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
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
;// CONCATENATED MODULE: ./src/report/prose.ts
// A finding's message and fix as Markdown a person can read and copy from: the rules write commands and names
// of settings between backticks, and an HTTP request for Microsoft Graph after the prose. Commands become
// fenced code blocks (copied byte for byte, with GitHub's copy button), other code stays inline, and the prose
// around them is escaped as untrusted text: nothing in it can link, mention, reference or open HTML.

/** A code segment that starts with one of these is a command to run, shown as a block. */
const COMMAND = /^(?:az|terraform|gh|npx|curl|Connect-MgGraph|Remove-Mg\w+|New-Mg\w+|Update-Mg\w+)\s/;
/** A Graph request written after the prose ("…through Microsoft Graph:\nPOST https://…"). */
const HTTP_REQUEST = /\n(?=(?:GET|POST|PATCH|PUT|DELETE) https:\/\/\S+\n)/;
/**
 * Splits rule text into prose, inline code and blocks. Backticks pair left to right; an unpaired last backtick
 * stays prose. Text from Graph or a workflow that contains a backtick can shift the pairing, but whatever lands
 * in code is shown literally, and whatever lands in prose is escaped: it can mislead the layout, not inject.
 */
function segments(text, maxLength, options) {
    const clean = sanitizeText(text, maxLength);
    const split = options.blocks ? clean.split(HTTP_REQUEST) : [clean];
    const head = split[0] ?? '';
    const request = split.length > 1 ? split.slice(1).join('\n') : undefined;
    const parts = head.split('`');
    if (parts.length % 2 === 0) {
        const last = parts.pop() ?? '';
        parts[parts.length - 1] += `\`${last}`;
    }
    const out = [];
    parts.forEach((part, i) => {
        if (i % 2 === 0) {
            if (part !== '')
                out.push({ kind: 'prose', text: part });
            return;
        }
        const code = singleLine(part, maxLength);
        if (options.blocks && COMMAND.test(code))
            out.push({ kind: 'block', block: { language: 'sh', code } });
        else if (code.trim() !== '')
            out.push({ kind: 'code', text: code });
    });
    if (request !== undefined)
        out.push({ kind: 'block', block: { language: 'http', code: request.trim() } });
    return out;
}
/** The commands and requests a text holds, exactly as the Markdown shows them in code blocks. */
function codeBlocksOf(text, maxLength) {
    return segments(text, maxLength, { blocks: true }).flatMap((s) => (s.kind === 'block' ? [s.block] : []));
}
/** Inline code that no content can close: the fence is longer than any run of backticks inside. */
function inlineCode(code) {
    const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = code.startsWith('`') || code.endsWith('`') || /^ .* $/.test(code) ? ' ' : '';
    return `${fence}${pad}${code}${pad}${fence}`;
}
function fencedBlock(block) {
    const longest = Math.max(0, ...(block.code.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}${block.language}\n${block.code}\n${fence}\n`;
}
/**
 * Markdown paragraphs for a message or fix: prose escaped, inline code kept, each command in its own fenced
 * block. `label` (our own Markdown, e.g. `**Fix:**`) starts the first paragraph.
 */
function proseMarkdown(text, options) {
    const paragraphs = [];
    let current = options.label === undefined ? '' : `${options.label} `;
    let afterBlock = false;
    for (const segment of segments(text, options.maxLength, { blocks: options.blocks })) {
        if (segment.kind === 'block') {
            // "instead (`az …`), then" reads "instead:" ⏎ block ⏎ "then": the parentheses held the command.
            current = current.replace(/\s*\(\s*$/, ':').trim();
            if (current !== '')
                paragraphs.push(current);
            paragraphs.push(fencedBlock(segment.block).trimEnd());
            current = '';
            afterBlock = true;
            continue;
        }
        let piece = segment.kind === 'code' ? inlineCode(segment.text) : segment.text;
        if (afterBlock && segment.kind === 'prose') {
            piece = piece.replace(/^\s*\)?[\s.,;:—-]*/, '');
            piece = piece.charAt(0).toUpperCase() + piece.slice(1);
        }
        afterBlock = false;
        current += segment.kind === 'code' ? piece : escapeMarkdown(piece, { maxLength: options.maxLength });
    }
    if (current.trim() !== '')
        paragraphs.push(current.trim());
    return paragraphs.join('\n\n');
}

;// CONCATENATED MODULE: ./src/report/sections.ts





/** Tables longer than this are collapsed into a `<details>` block. */
const COLLAPSE_AFTER_ROWS = 20;
const NAME_MAX = 200;
const sections_MESSAGE_MAX = 1000;
const FIX_MAX = 4000;
const REASON_MAX = 500;
/**
 * What the headline calls the result: a run that could not read every app is incomplete, never "pass" (the
 * report's `verdict` field keeps following the counts).
 */
function headlineVerdict(report) {
    if (report.notEvaluated.length === 0)
        return report.verdict;
    return report.verdict === 'fail' ? 'fail, incomplete' : 'incomplete';
}
function verdictLine(report) {
    return `**${PRODUCT_NAME}: ${headlineVerdict(report)}** — ${countsSentence(report.summary)}\n\n`;
}
const DAY_MS = 86_400_000;
/** The snapshot a run judged, when it judged one: `report.scope.snapshot` (snapshot mode). */
function snapshotOf(report) {
    const snapshot = report.scope?.snapshot;
    if (typeof snapshot?.exportedAt !== 'string' || typeof snapshot.tenant !== 'string')
        return undefined;
    return { exportedAt: snapshot.exportedAt, tenant: snapshot.tenant };
}
/** "Judged against a snapshot of tenant X exported 2026-12-01 06:00 UTC, 4 days ago": said before anything else. */
function snapshotLine(report, now) {
    const snapshot = snapshotOf(report);
    if (snapshot === undefined)
        return '';
    const exported = new Date(snapshot.exportedAt);
    const tenant = markdownCode(snapshot.tenant, 100) || 'unknown';
    if (Number.isNaN(exported.getTime())) {
        return `Judged against a snapshot of tenant ${tenant} with an unreadable export time; nothing was read live.\n\n`;
    }
    const when = `${exported.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
    const days = Math.floor((now.getTime() - exported.getTime()) / DAY_MS);
    const age = days < 0 ? 'in the future' : days === 0 ? 'less than a day ago' : `${plural(days, 'day')} ago`;
    return `Judged against a snapshot of tenant ${tenant} exported ${when} (${age}); nothing was read live.\n\n`;
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
function table(headers, rows, countRows = true) {
    return [
        layout_open(row(headers) + row(headers.map(() => '---')), '\n'),
        ...rows.map((cells) => layout_text(row(cells), countRows ? 1 : undefined)),
        CLOSE,
    ];
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
    const names = new Map(report.apps.map((a) => [a.appId, appName(a)]));
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
const TARGET_WORDS = {
    application: 'app registration',
    servicePrincipal: 'service principal',
    secret: 'secret',
    certificate: 'certificate',
    federatedCredential: 'federated credential',
    workflowJob: 'job',
    tenant: 'tenant',
};
/**
 * One finding: a compact line (severity, rule, target, location) that opens onto the message and the fix, with
 * every command in a code block. The line is raw HTML (`<summary>`), so its text is HTML-escaped.
 */
function findingDetails(f) {
    const severity = f.severity === 'error' ? '<b>error</b>' : f.severity;
    const where = f.location === undefined ? '' : ` · <code>${escapeHtml(`${f.location.file}:${f.location.line}`, 300)}</code>`;
    const line = `${severity} · <code>${escapeHtml(f.rule, 100)}</code> · ${TARGET_WORDS[f.target.kind]} ` +
        `<i>${escapeHtml(f.target.name, NAME_MAX)}</i>${where}`;
    const message = proseMarkdown(f.message, { maxLength: sections_MESSAGE_MAX, blocks: false });
    const fix = proseMarkdown(f.remediation, { maxLength: FIX_MAX, blocks: true, label: '**Fix:**' });
    return `<details><summary>${line}</summary>\n\n${message}\n\n${fix}\n\n</details>\n\n`;
}
/** One heading per app with findings, then one compact, expandable line per finding. */
function findingsByAppSection(report, level = '###') {
    const pieces = [];
    for (const group of groupByApp(report, report.findings)) {
        if (group.findings.length === 0)
            continue;
        pieces.push(layout_text(`${level} ${appLabel(group.displayName, group.appId)} — ${severityBreakdown(group.findings)}\n\n`), ...group.findings.map((f) => layout_text(findingDetails(f), 1)));
    }
    return pieces;
}
/** Findings per rule and severity, most severe first: the totals match the lines listed below it. */
function ruleCountsSection(report) {
    if (report.findings.length === 0)
        return [];
    const counts = new Map();
    for (const f of report.findings) {
        const key = `${f.severity}\u0000${f.rule}`;
        const entry = counts.get(key) ?? { rule: f.rule, severity: f.severity, count: 0 };
        entry.count += 1;
        counts.set(key, entry);
    }
    const rows = [...counts.values()]
        .sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0))
        .map((e) => [markdownCode(e.rule, 100), severityCell(e.severity), String(e.count)]);
    return table(['Rule', 'Severity', 'Findings'], rows, false);
}
function cleanAppsSection(report) {
    const withFindings = new Set(report.findings.map((f) => f.appId));
    const unread = new Set(report.notEvaluated.map((n) => n.appId));
    const clean = report.apps.filter((a) => !withFindings.has(a.appId) && !unread.has(a.appId));
    if (clean.length === 0)
        return [];
    const items = clean.map((a) => layout_text(`- ${appLabel(appName(a), a.appId)}\n`));
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
    const names = new Map(report.apps.map((a) => [a.appId, appName(a)]));
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
/** The run's own notes (a skipped file, a fork without a token): not findings, so not in the counts. */
function noticesSection(report) {
    if (report.notices.length === 0)
        return [];
    return [
        layout_text(`### Notes from the run (${report.notices.length})\n\n`),
        ...report.notices.map((n) => layout_text(`- ${escapeMarkdown(n, { maxLength: sections_MESSAGE_MAX })}\n`)),
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
        ...used.map((r) => layout_text(`- ${markdownCode(r.id, 100)} (${r.defaultSeverity}): ${proseMarkdown(r.title, { maxLength: 500, blocks: false })}\n`)),
        CLOSE,
    ];
}
/** The full report, as in the job summary and `--format markdown`. */
function reportPieces(report, rules, now = new Date()) {
    return [
        layout_text(verdictLine(report) + snapshotLine(report, now)),
        ...signalsMarkdown(report), // [signals] what was not checked, and the fix (issue 13)
        ...ruleCountsSection(report),
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
    const content = layout(commentPieces(report, options.now ?? new Date()), {
        maxBytes: CONTENT_MAX_BYTES,
        note: truncationNote,
    });
    // The digest covers the content only, so a new run with the same findings does not rewrite the comment.
    const digest = (0,external_node_crypto_.createHash)('sha256').update(content).digest('hex');
    const link = options.runUrl === undefined ? '' : `\n[View the workflow run](<${validRunUrl(options.runUrl)}>)\n`;
    return `${COMMENT_MARKER}\n<!-- entra-federation-guard:digest=${digest} -->\n${content}${link}`;
}
function commentPieces(report, now) {
    const allClear = report.findings.length === 0 && report.notEvaluated.length === 0;
    const heading = layout_text(`### ${PRODUCT_NAME}\n\n`);
    if (allClear) {
        return [
            heading,
            layout_text(`**${PRODUCT_NAME}: ${report.verdict}** — all clear: no findings across ${plural(report.summary.appsEvaluated, 'app')}.\n\n` +
                snapshotLine(report, now)),
            ...signalsMarkdown(report), // [signals] issue 13
            ...suppressedNote(report),
            ...noticesSection(report),
        ];
    }
    return [
        heading,
        layout_text(verdictLine(report) + snapshotLine(report, now)),
        ...signalsMarkdown(report), // [signals] issue 13
        ...ruleCountsSection(report),
        ...notEvaluatedSection(report),
        ...findingsByAppSection(report, '####'),
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
        apps: report.apps.map((a) => ({
            appId: a.appId,
            objectId: a.objectId,
            displayName: a.displayName,
            kind: a.kind,
            ...(a.resourceId !== undefined ? { resourceId: a.resourceId } : {}),
        })),
        findings: report.findings.map(finding),
        notEvaluated: report.notEvaluated.map((n) => ({ appId: n.appId, reason: n.reason })),
        suppressed: report.suppressed.map(suppressed),
        notices: [...report.notices],
    };
    // [signals] each of Entra's signals with its status (issues 13, 14); absent when the run read none.
    if (report.signals !== undefined)
        out.signals = report.signals.map((s) => ({ signal: s.signal, status: s.status, reason: s.reason }));
    if (report.scope !== undefined) {
        const scope = {};
        if (report.scope.tenant !== undefined)
            scope.tenant = report.scope.tenant;
        if (report.scope.policyDigest !== undefined)
            scope.policyDigest = report.scope.policyDigest;
        if (report.scope.shard !== undefined)
            scope.shard = report.scope.shard;
        if (report.scope.snapshot !== undefined)
            scope.snapshot = { exportedAt: report.scope.snapshot.exportedAt, tenant: report.scope.snapshot.tenant };
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
    const names = new Map(report.apps.map((a) => [a.appId, appName(a)]));
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
    return layout(reportPieces(report, options.rules, options.now), { maxBytes, note: truncationNote });
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
/**
 * The sticky comment's API. `author` is the login the token writes as: only that account's comments are listed,
 * so no other account's comment can be found as ours, edited, or taken for an up-to-date result.
 */
function commentApiFor(gh, owner, repo, author) {
    return {
        async *list(issueNumber) {
            for (const c of unwrap(await gh.listIssueComments(owner, repo, issueNumber))) {
                if (c.author !== author)
                    continue;
                yield { id: c.id, body: c.body, user: { login: c.author, type: c.authorType ?? 'User' } };
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














async function publish(checked, inputs, runner, policy, gh) {
    // Every output below is rendered from this copy: no credential the run holds, in any field, reaches one, and it
    // is removed before Markdown escaping could hide it from a later pass (or from the runner's own masking).
    const report = (0,redact/* redactDeep */.KL)(checked);
    const reportFile = external_node_path_default().resolve(runner.workspace, inputs.reportFile);
    await writeText(runner, reportFile, renderJson(report), 'report-file');
    if (inputs.sarifFile) {
        const sarif = renderSarif(report, { rules: rules/* RULES */.y, toolVersion: TOOL_VERSION, informationUri: TOOL_URI });
        await writeText(runner, external_node_path_default().resolve(runner.workspace, inputs.sarifFile), `${JSON.stringify(sarif, null, 2)}\n`, 'sarif-file');
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
    const author = await commentAuthor(gh);
    const result = await upsertStickyComment(commentApiFor(gh, owner, name, author), {
        owner,
        repo: name,
        issueNumber: runner.pullRequest.number,
        body: renderComment(report, runner.runUrl ? { runUrl: runner.runUrl } : {}),
        botLogin: author,
    });
    if (result.action === 'skipped')
        core/* notice */.lm(`No pull request comment was posted: ${result.reason}`);
    else
        core/* info */.pq(`Pull request comment ${result.action}.`);
}
/**
 * The account our comments are written as. Only its comments are ours: another bot's comment that starts with our
 * marker (a forged "all clear", or renovate[bot] quoting us) is never edited and never a reason not to post. When
 * GitHub cannot say, the workflow token's github-actions[bot] is assumed; a GitHub App token's comments are then
 * not recognised and a new one is posted, which is safe.
 */
async function commentAuthor(gh) {
    const identity = await gh.whoAmI();
    if (identity.available)
        return identity.value.login;
    core/* info */.pq(`${identity.reason} Assuming the workflow token (${client.GITHUB_ACTIONS_BOT_LOGIN}) for the sticky comment.`);
    return client.GITHUB_ACTIONS_BOT_LOGIN;
}
/**
 * The checkout is the pull request's: report-file or a folder on its way may be a symlink it committed. Files are
 * written only inside the workspace or the runner's temp folder, and never through a symlink.
 */
async function writeText(runner, file, text, input) {
    const within = runner.temp ? [runner.workspace, runner.temp] : [runner.workspace];
    await (0,workspace/* writeContainedFile */.TI)(file, text, { within, what: `the ${input} input's file` });
}
function relativeTo(root, file) {
    const rel = external_node_path_default().relative(root, external_node_path_default().resolve(root, file));
    return rel.startsWith('..') ? file : rel.split((external_node_path_default()).sep).join('/');
}

;// CONCATENATED MODULE: ./src/action/run.ts
// The action's orchestration once it is loaded: check (engine) → publish → verdict. Every failure
// ends in one core.setFailed with context, never a token.






async function runAction(prepared, earlyToken = null, env = process.env) {
    // Every credential the runner holds is redacted by value from every output, from the first line on.
    (0,redact/* registerEnvironmentSecrets */.QQ)(env);
    try {
        if ('error' in prepared)
            throw prepared.error;
        const { inputs, runner, policy, snapshot } = prepared;
        const { report, github } = await runCheck({ inputs, runner, policy, snapshot, earlyToken, env });
        await publish(report, inputs, runner, policy, github);
        // Redacted before the reasons are cut short: a cut token would no longer match its value.
        const failure = (0,verdict/* failureLine */.Pu)((0,redact/* redactDeep */.KL)(report), inputs.failOn, 'the job summary');
        if (failure)
            core/* setFailed */.C1((0,mask/* redactTokens */.O)(failure));
    }
    catch (error) {
        core/* setFailed */.C1(`Entra Federation Guard: ${(0,mask/* redactTokens */.O)(error instanceof Error ? error.message : String(error))}`);
    }
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
/* unused harmony exports runnerTokenFetcher, getOidcToken */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8179);
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
        (options.mask ?? _mask_js__WEBPACK_IMPORTED_MODULE_3__/* .maskSecret */ .$)(token);
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
/**
 * Fetches the job's OIDC token from the runner's request URL with plain `fetch`, for the CLI inside a job
 * (not through @actions/core, whose masking writes to stdout, which carries the CLI's report). Wrapped in
 * createOidcTokenSource like the action's, so both retry and cache the same way.
 */
function runnerTokenFetcher(requestUrl, bearer, fetchImpl = fetch) {
    return async (audience) => {
        const response = await fetchImpl(`${requestUrl}&audience=${encodeURIComponent(audience)}`, {
            headers: { authorization: `Bearer ${bearer}`, accept: 'application/json' },
            signal: AbortSignal.timeout(30_000),
        });
        if (!response.ok) {
            throw new HttpError({
                status: response.status,
                message: `the GitHub OIDC token request failed with HTTP ${response.status}; the job needs permissions: id-token: write`,
            });
        }
        const body = (await response.json());
        if (typeof body.value !== 'string' || body.value === '')
            throw new Error('GitHub returned no OIDC token');
        return body.value;
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

/***/ 9849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c: () => (/* binding */ graphInventorySource),
  Q: () => (/* binding */ snapshotInventorySource)
});

// EXTERNAL MODULE: ./src/graph/identity-reads.ts
var identity_reads = __webpack_require__(3240);
// EXTERNAL MODULE: ./src/graph/reader.ts
var graph_reader = __webpack_require__(3425);
// EXTERNAL MODULE: ./src/http/retry.ts
var http_retry = __webpack_require__(8902);
// EXTERNAL MODULE: ./src/http/timings.ts
var timings = __webpack_require__(663);
// EXTERNAL MODULE: ./src/graph/batch.ts
var batch = __webpack_require__(5624);
// EXTERNAL MODULE: ./src/graph/client.ts
var graph_client = __webpack_require__(2561);
// EXTERNAL MODULE: ./src/graph/fields.ts
var fields = __webpack_require__(9311);
// EXTERNAL MODULE: ./src/graph/normalise.ts + 1 modules
var normalise = __webpack_require__(239);
// EXTERNAL MODULE: ./src/arm/raw.ts + 2 modules
var raw = __webpack_require__(8318);
// EXTERNAL MODULE: ./src/arm/resource-id.ts
var resource_id = __webpack_require__(6320);
;// CONCATENATED MODULE: ./src/arm/scan.ts
// The tenant scan's managed identities: the service principals of type ManagedIdentity, listed page by
// page; for each user-assigned one in scope, its appRoleAssignments and memberOf (Graph, in $batch) and
// its federated credentials (ARM, through the reader's bounded concurrency). Yielded into the same
// stream as the applications, as raw entries or as not evaluated.






const SP_FIELDS = `id,appId,displayName,accountEnabled,passwordCredentials,keyCredentials,tags,${raw/* MANAGED_IDENTITY_SP_FIELDS */.Pu}`;
const PAGE_SIZE = 100;
const PAGES_MAX = 100_000;
/** Two requests per identity, twenty per $batch. */
const IDENTITIES_PER_BATCH = 10;
/** Every user-assigned managed identity in scope, as raw entries or as not evaluated. Throws when the listing fails. */
async function* scanManagedIdentities(client, options) {
    const include = options.include ?? (() => true);
    const prefix = options.filter?.displayNamePrefix?.toLowerCase();
    const tag = options.filter?.tag?.toLowerCase();
    const seen = new Set();
    const filter = encodeURIComponent("servicePrincipalType eq 'ManagedIdentity'");
    let link = `/servicePrincipals?$filter=${filter}&$select=${SP_FIELDS}&$top=${PAGE_SIZE}`;
    const visited = new Set();
    while (link !== undefined) {
        if (visited.has(link))
            throw new graph_client/* GraphMalformedError */.wU('Graph sent a nextLink it had already sent (paging loop)');
        if (visited.size >= PAGES_MAX)
            throw new graph_client/* GraphMalformedError */.wU(`paging did not end after ${PAGES_MAX} pages`);
        visited.add(link);
        const url = link;
        const page = await (0,http_retry/* withRetry */.bD)(async () => (0,normalise/* asObject */.eB)(await client.getJson(url), 'servicePrincipals page'), {
            ...(0,batch/* outerRetry */.ej)(options.retry),
            isRetryable: (e) => e instanceof graph_client/* GraphMalformedError */.wU,
        });
        const values = (0,normalise/* arrayOf */.jk)(page, 'value', 'servicePrincipals page').map((v, i) => (0,normalise/* asObject */.eB)(v, `servicePrincipals[${i}]`));
        const scoped = values.filter((sp) => {
            if (typeof sp.appId !== 'string' || typeof sp.id !== 'string')
                return false;
            if ((0,resource_id/* managedIdentityOf */.tA)(sp)?.kind !== 'user-assigned')
                return false;
            const name = typeof sp.displayName === 'string' ? sp.displayName.toLowerCase() : '';
            if (prefix !== undefined && !name.startsWith(prefix))
                return false;
            const tags = Array.isArray(sp.tags) ? sp.tags.map((t) => String(t).toLowerCase()) : [];
            if (tag !== undefined && !tags.includes(tag))
                return false;
            const key = sp.appId.toLowerCase();
            if (seen.has(key))
                return false;
            seen.add(key);
            return include(sp.appId);
        });
        options.onPage?.({ listed: values.length, inScope: scoped.length });
        for (let i = 0; i < scoped.length; i += IDENTITIES_PER_BATCH)
            yield* await readIdentities(client, scoped.slice(i, i + IDENTITIES_PER_BATCH), options);
        const next = page['@odata.nextLink'];
        if (next !== undefined && next !== null && typeof next !== 'string')
            throw new graph_client/* GraphMalformedError */.wU('servicePrincipals page has a nextLink that is not a string');
        link = typeof next === 'string' ? next : undefined;
    }
}
async function readIdentities(client, identities, options) {
    const items = identities.flatMap((sp, i) => [
        { id: `${i}-roles`, method: 'GET', url: `/servicePrincipals/${String(sp.id)}/appRoleAssignments` },
        { id: `${i}-memberOf`, method: 'GET', url: `/servicePrincipals/${String(sp.id)}/memberOf` },
    ]);
    const results = await (0,batch/* executeBatch */.M3)(client, items, options.batch);
    return Promise.all(identities.map(async (sp, i) => {
        const appId = String(sp.appId);
        const notEvaluated = (reason) => ({ notEvaluated: { appId, reason } });
        try {
            const assignments = await related(client, results.get(`${i}-roles`), 'the service principal appRoleAssignments');
            if (typeof assignments === 'string')
                return notEvaluated(assignments);
            const memberOf = await related(client, results.get(`${i}-memberOf`), 'the service principal memberOf (directory roles)');
            if (typeof memberOf === 'string')
                return notEvaluated(memberOf);
            const { tags: _tags, ...json } = sp;
            const outcome = await (0,raw/* assembleManagedIdentity */.iq)({ ...json, appRoleAssignments: assignments, memberOf }, options.readCredentials);
            if (outcome === null)
                return notEvaluated('the service principal is not a managed identity');
            return 'raw' in outcome ? outcome : notEvaluated(`managed identity: ${outcome.failure}`);
        }
        catch (error) {
            if (error instanceof graph_client/* GraphMalformedError */.wU)
                return notEvaluated(`Graph returned malformed data: ${error.message}`);
            throw error;
        }
    }));
}
async function related(client, result, what) {
    const answer = result ?? { failure: 'the request was not sent' };
    if ('failure' in answer || answer.status !== 200)
        return (0,batch/* itemFailure */.g1)(what, answer);
    const body = (0,normalise/* asObject */.eB)(answer.body, what);
    const values = [...(0,normalise/* arrayOf */.jk)(body, 'value', what)];
    const next = body['@odata.nextLink'];
    if (typeof next === 'string')
        values.push(...(await (0,batch/* followPages */.kv)(client, next)));
    return values;
}

;// CONCATENATED MODULE: ./src/graph/tenant-scan.ts
// Tenant-wide reading for `scan --all`, streamed: applications are listed 100 per page (the most
// Graph serves with $expand, emulator/facts/graph.md#query-options) with their federated credentials expanded, and each page's
// service principals are read while the next page is listed — 15 appIds per `$filter=appId in (…)`,
// once expanding appRoleAssignments and once memberOf (Graph expands one relationship per request),
// all of a page's reads in one $batch. Batches in flight adapt to throttling (AIMD: halve on a 429,
// hold above 80 % of the limit, grow by about one per round otherwise). Memory holds a few pages,
// never the tenant. An app that cannot be read completely is yielded as not evaluated.









/** Most applications per page when $expand is used (emulator/facts/graph.md#query-options). */
const APPLICATION_PAGE_SIZE = 100;
/** Most values Graph accepts in one `in (…)` clause. */
const IN_FILTER_MAX = 15;
/** Graph returns at most this many items of an expanded directory relationship, without a nextLink. */
const EXPANDED_ITEMS_MAX = 20;
const BATCH_LIMIT = 20;
/** Most pages of the application listing. */
const LISTING_PAGES_MAX = 100_000;
const SP_NAVIGATIONS = ['appRoleAssignments', 'memberOf'];
/** The listing itself failed: apps already read were yielded, the rest of the tenant was not listed. */
class TenantListingError extends Error {
    listed;
    constructor(listed, cause) {
        super(`Listing the tenant's applications stopped after ${listed} application${listed === 1 ? '' : 's'}: ${(0,http_retry/* errorMessage */.gJ)(cause)}. The scan is incomplete.`, { cause });
        this.listed = listed;
        this.name = 'TenantListingError';
    }
}
/** Every application of the tenant (or of one shard), normalised once, exactly as readApps does. */
async function* scanTenant(client, options = {}) {
    for await (const outcome of tenant_scan_scanTenantRaw(client, options))
        yield 'app' in outcome ? { app: outcome.app } : outcome;
}
/** Every application as Graph returned it (for `export --all`), each collection complete and validated. */
async function* tenant_scan_scanTenantRaw(client, options = {}) {
    const ceiling = options.concurrency ?? 8;
    if (!Number.isInteger(ceiling) || ceiling < 1)
        throw new Error(`concurrency must be a positive integer, got ${ceiling}`);
    const inShard = options.include ?? (() => true);
    const tag = options.filter?.tag?.toLowerCase();
    const progress = {
        listed: 0,
        inScope: 0,
        evaluated: 0,
        notEvaluated: 0,
        requests: 0,
        throttled: 0,
        concurrency: 0,
    };
    const sleep = options.retry?.sleep ?? timings/* sleep */.yy;
    const limit = new AdaptiveLimit(ceiling, sleep);
    const counted = {
        endpoint: client.endpoint,
        version: client.version,
        getJson: (pathOrUrl, headers) => {
            progress.requests += 1;
            return client.getJson(pathOrUrl, headers);
        },
        postBatch: (requests) => {
            progress.requests += 1;
            return client.postBatch(requests);
        },
    };
    const report = () => options.onProgress?.({ ...progress, throttled: limit.throttled, concurrency: limit.ceiling });
    const lookup = counted
        .getJson(`/servicePrincipals(appId='${graph_reader/* MICROSOFT_GRAPH_APP_ID */.iC}')?$select=id,appId,appRoles`)
        .then((body) => (0,normalise/* asObject */.eB)(body, 'Microsoft Graph servicePrincipal'), () => null);
    let lookupDelivered = false;
    const reader = {
        client: counted,
        batch: { retry: options.retry, throttle: limit },
        names: lookup.then(normalise/* permissionNamesOf */.HY),
        identityReads: options.identityReads ?? [],
        ...(options.notices ? { notices: options.notices } : {}),
    };
    const inFlight = [];
    const maxPagesInFlight = ceiling + 2;
    // appIds only (about 40 bytes each): what keeps every app counted once, not the tenant itself.
    const seen = new Set();
    let listingError;
    async function* drain(keep) {
        while (inFlight.length > keep) {
            const outcomes = await inFlight.shift();
            if (!lookupDelivered) {
                options.onGraphServicePrincipal?.(await lookup);
                lookupDelivered = true;
            }
            for (const outcome of outcomes) {
                if ('raw' in outcome)
                    progress.evaluated += 1;
                else
                    progress.notEvaluated += 1;
                yield outcome;
            }
            report();
        }
    }
    try {
        for await (const page of listApplicationPages(counted, options.filter, tag !== undefined, options.retry)) {
            progress.listed += page.length;
            const scoped = page.filter((entry) => {
                if (tag !== undefined && !tagsOf(entry.json).includes(tag))
                    return false;
                if (entry.appId === null)
                    return true;
                // An app Graph lists twice (paging that shifts under concurrent changes) is read once.
                const key = entry.appId.toLowerCase();
                if (seen.has(key))
                    return false;
                seen.add(key);
                return inShard(entry.appId);
            });
            if (tag !== undefined)
                for (const entry of scoped)
                    delete entry.json.tags;
            progress.inScope += scoped.length;
            if (scoped.length > 0)
                inFlight.push(readPage(reader, scoped));
            report();
            yield* drain(maxPagesInFlight - 1);
        }
    }
    catch (error) {
        listingError = error;
    }
    yield* drain(0);
    if (!lookupDelivered)
        options.onGraphServicePrincipal?.(await lookup);
    lookupDelivered = true;
    // [managed identities] After the applications, into the same stream: src/arm/scan.ts.
    if (options.managedIdentities && listingError === undefined) {
        try {
            const identities = scanManagedIdentities(counted, {
                readCredentials: options.managedIdentities,
                include: inShard,
                ...(options.filter ? { filter: options.filter } : {}),
                batch: reader.batch,
                ...(options.retry ? { retry: options.retry } : {}),
                onPage: (page) => {
                    progress.listed += page.listed;
                    progress.inScope += page.inScope;
                    report();
                },
            });
            for await (const gathered of identities) {
                // The same identity reads (directory roles) and the one normalisation as every listed app.
                const [enriched] = await (0,identity_reads/* applyIdentityReads */.y)(reader.identityReads, [gathered], {
                    client: reader.client,
                    batch: reader.batch,
                    ...(reader.notices ? { notices: reader.notices } : {}),
                });
                const done = enriched ?? gathered;
                const outcome = 'raw' in done ? (0,graph_reader/* finishApp */.HB)(done.raw, await reader.names) : { notEvaluated: done.notEvaluated };
                if ('raw' in outcome)
                    progress.evaluated += 1;
                else
                    progress.notEvaluated += 1;
                yield outcome;
                report();
            }
        }
        catch (error) {
            listingError = error;
        }
    }
    if (listingError !== undefined)
        throw new TenantListingError(progress.listed, listingError);
}
// --- Shards and filters --------------------------------------------------------------------
function tagsOf(json) {
    const tags = json.tags;
    return Array.isArray(tags) ? tags.filter((t) => typeof t === 'string').map((t) => t.toLowerCase()) : [];
}
const odataString = (value) => `'${value.replaceAll("'", "''")}'`;
async function* listApplicationPages(client, filter, withTags, retry) {
    // No $select: see fields.ts (keyCredentials in $select is limited to 150 requests a minute per tenant).
    let query = `$expand=federatedIdentityCredentials&$top=${APPLICATION_PAGE_SIZE}`;
    if (filter?.displayNamePrefix)
        query += `&$filter=${encodeURIComponent(`startswith(displayName,${odataString(filter.displayNamePrefix)})`)}`;
    let link = `/applications?${query}`;
    const visited = new Set();
    while (link !== undefined) {
        // Compared absolute, so a nextLink back to the first page is caught too.
        const absolute = link.startsWith('/') ? `${client.endpoint}/${client.version}${link}` : link;
        if (visited.has(absolute))
            throw new graph_client/* GraphMalformedError */.wU('Graph sent a nextLink it had already sent (paging loop)');
        if (visited.size >= LISTING_PAGES_MAX)
            throw new graph_client/* GraphMalformedError */.wU(`paging did not end after ${LISTING_PAGES_MAX} pages`);
        visited.add(absolute);
        const url = link;
        // A garbled or cut page is read again: a GET is safe to repeat, and one bad answer must not end the scan.
        const page = await (0,http_retry/* withRetry */.bD)(async () => (0,normalise/* asObject */.eB)(await client.getJson(url), 'applications page'), {
            ...(0,batch/* outerRetry */.ej)(retry),
            isRetryable: (e) => e instanceof graph_client/* GraphMalformedError */.wU,
        });
        const values = (0,normalise/* arrayOf */.jk)(page, 'value', 'applications page');
        const next = page['@odata.nextLink'];
        if (next !== undefined && next !== null && typeof next !== 'string')
            throw new graph_client/* GraphMalformedError */.wU('applications page has a nextLink that is not a string');
        yield values.map((value, i) => {
            const received = (0,normalise/* asObject */.eB)(value, `applications[${i}]`);
            const json = (0,fields/* keepFields */.jb)(received, fields/* APPLICATION_FIELDS */.$c, [
                ...(withTags ? ['tags'] : []),
                'federatedIdentityCredentials',
                'federatedIdentityCredentials@odata.nextLink',
            ]);
            return { json, appId: typeof json.appId === 'string' && json.appId.length > 0 ? json.appId : null };
        });
        link = typeof next === 'string' ? next : undefined;
    }
}
/** Reads the page's service principals, assembles each app, runs the identity reads, normalises once; never rejects. */
async function readPage(reader, apps) {
    const outcomes = new Array(apps.length);
    const candidates = [];
    apps.forEach((entry, position) => {
        if (entry.appId === null) {
            const id = typeof entry.json.id === 'string' ? entry.json.id : 'unknown';
            outcomes[position] = {
                notEvaluated: {
                    appId: `(object ${id})`,
                    reason: 'Graph returned malformed data: application.appId is missing',
                },
            };
        }
        else
            candidates.push({ position, appId: entry.appId, json: entry.json });
    });
    const groups = [];
    for (let i = 0; i < candidates.length; i += IN_FILTER_MAX)
        groups.push(candidates.slice(i, i + IN_FILTER_MAX).map((c) => c.appId));
    const items = groups.flatMap((appIds, g) => SP_NAVIGATIONS.map((navigation) => servicePrincipalQuery(`${g}-${navigation}`, appIds, navigation)));
    const results = new Map();
    for (let i = 0; i < items.length; i += BATCH_LIMIT)
        for (const [id, result] of await (0,batch/* executeBatch */.M3)(reader.client, items.slice(i, i + BATCH_LIMIT), reader.batch))
            results.set(id, result);
    await Promise.all(groups.map(async (appIds, g) => {
        const members = candidates.filter((c) => appIds.includes(c.appId));
        const found = await servicePrincipalsOf(reader.client, g, results);
        for (const member of members) {
            outcomes[member.position] =
                typeof found === 'string'
                    ? { notEvaluated: { appId: member.appId, reason: found } }
                    : await assemble(reader.client, member.appId, member.json, found);
        }
    }));
    const gathered = outcomes.filter((o) => o !== undefined);
    const enriched = await (0,identity_reads/* applyIdentityReads */.y)(reader.identityReads, gathered, {
        client: reader.client,
        batch: reader.batch,
        ...(reader.notices ? { notices: reader.notices } : {}),
    });
    const names = await reader.names;
    return enriched.map((outcome) => ('raw' in outcome ? (0,graph_reader/* finishApp */.HB)(outcome.raw, names) : outcome));
}
function servicePrincipalQuery(id, appIds, navigation) {
    const filter = encodeURIComponent(`appId in (${appIds.map(odataString).join(',')})`);
    return {
        id,
        method: 'GET',
        url: `/servicePrincipals?$filter=${filter}&$expand=${navigation}`,
    };
}
/** The group's service principals by lower-case appId, with both relationships complete; a string says why not. */
async function servicePrincipalsOf(client, group, results) {
    const byAppId = new Map();
    for (const navigation of SP_NAVIGATIONS) {
        const what = `the service principals (${navigation === 'memberOf' ? 'memberOf, directory roles' : navigation})`;
        const result = results.get(`${group}-${navigation}`) ?? { failure: 'the request was not sent' };
        if ('failure' in result || result.status !== 200)
            return (0,batch/* itemFailure */.g1)(what, result);
        try {
            const body = (0,normalise/* asObject */.eB)(result.body, what);
            const values = [...(0,normalise/* arrayOf */.jk)(body, 'value', what)];
            const next = body['@odata.nextLink'];
            if (typeof next === 'string')
                values.push(...(await (0,batch/* followPages */.kv)(client, next)));
            for (const [i, value] of values.entries()) {
                const received = (0,normalise/* asObject */.eB)(value, `servicePrincipals[${i}]`);
                const sp = (0,fields/* keepFields */.jb)(received, fields/* SERVICE_PRINCIPAL_FIELDS */.PW, [navigation, `${navigation}@odata.nextLink`]);
                const { appId, objectId } = (0,normalise/* toServicePrincipal */.b0)(sp);
                const { [`${navigation}@odata.nextLink`]: more, ...json } = sp;
                // An expanded relationship Graph left out is an incomplete answer, not an empty one.
                if (!Array.isArray(sp[navigation]))
                    return `Graph answered without the expanded ${navigation} of service principal ${appId} (an incomplete answer)`;
                let related = (0,normalise/* arrayOf */.jk)(sp, navigation, 'servicePrincipal');
                // An expanded relationship is cut at 20 items: read the whole collection when it may be longer.
                if (typeof more === 'string' || related.length >= EXPANDED_ITEMS_MAX)
                    related = await (0,batch/* followPages */.kv)(client, `/servicePrincipals/${objectId}/${navigation}`);
                const key = appId.toLowerCase();
                const merged = { ...byAppId.get(key), ...json, [navigation]: related };
                byAppId.set(key, merged);
            }
        }
        catch (error) {
            if (error instanceof graph_client/* GraphMalformedError */.wU)
                return `Graph returned malformed data: ${error.message}`;
            return `could not read ${what}: ${(0,http_retry/* errorMessage */.gJ)(error)}`;
        }
    }
    for (const [appId, sp] of byAppId)
        if (!Array.isArray(sp.appRoleAssignments) || !Array.isArray(sp.memberOf))
            return `Graph answered inconsistently for service principal of ${appId} (present in one read, absent in the other)`;
    return byAppId;
}
async function assemble(client, appId, listed, servicePrincipals) {
    const notEvaluated = (reason) => ({ notEvaluated: { appId, reason } });
    try {
        if (!Array.isArray(listed.federatedIdentityCredentials))
            return notEvaluated('Graph answered without the expanded federatedIdentityCredentials of the application (an incomplete answer)');
        const application = (0,normalise/* toApplication */._h)(listed);
        const { 'federatedIdentityCredentials@odata.nextLink': _more, ...applicationJson } = listed;
        const federatedIdentityCredentials = [...(0,normalise/* arrayOf */.jk)(listed, 'federatedIdentityCredentials', 'application')];
        if (application.federatedCredentialsNextLink)
            federatedIdentityCredentials.push(...(await (0,batch/* followPages */.kv)(client, application.federatedCredentialsNextLink)));
        // Normalised (and so validated) once every read of the app is in: finishApp.
        const raw = {
            application: { ...applicationJson, federatedIdentityCredentials },
            servicePrincipal: servicePrincipals.get(appId.toLowerCase()) ?? null,
        };
        return { raw };
    }
    catch (error) {
        if (error instanceof graph_client/* GraphMalformedError */.wU)
            return notEvaluated(`Graph returned malformed data: ${error.message}`);
        return notEvaluated(`could not read the app: ${(0,http_retry/* errorMessage */.gJ)(error)}`);
    }
}
/**
 * How many batches may be in flight: additive increase (about one more per round of answers),
 * multiplicative decrease (halve on a 429, and hold back everyone until its Retry-After).
 */
class AdaptiveLimit {
    max;
    sleep;
    now;
    window;
    active = 0;
    pausedUntil = 0;
    throttledItems = 0;
    waiters = [];
    constructor(max, sleep, now = Date.now) {
        this.max = max;
        this.sleep = sleep;
        this.now = now;
        this.window = Math.min(max, 4);
    }
    get ceiling() {
        return Math.floor(this.window);
    }
    /** Batch items Graph answered 429 so far. */
    get throttled() {
        return this.throttledItems;
    }
    onThrottled() {
        this.throttledItems += 1;
    }
    async acquire() {
        while (this.active >= this.ceiling)
            await new Promise((resolve) => this.waiters.push(resolve));
        this.active += 1;
        const wait = this.pausedUntil - this.now();
        if (wait > 0)
            await this.sleep(wait);
    }
    release(signal, retryAfterMs) {
        this.active -= 1;
        if (signal === 'throttled') {
            this.window = Math.max(1, this.window / 2);
            if (retryAfterMs !== undefined)
                this.pausedUntil = Math.max(this.pausedUntil, this.now() + retryAfterMs);
        }
        else if (signal === 'ok') {
            this.window = Math.min(this.max, this.window + 1 / this.window);
        }
        // Woken waiters re-check the window, so waking one too many is harmless.
        for (let free = this.ceiling - this.active; free > 0 && this.waiters.length > 0; free -= 1)
            this.waiters.shift()?.();
    }
}

;// CONCATENATED MODULE: ./src/graph/inventory.ts



/** The selected apps, each normalised once, as inventories or as not evaluated (with why). */
function readGraphInventory(client, selection, options = {}) {
    const common = commonOptions(options);
    if (selection.kind === 'ids')
        return (0,graph_reader/* readApps */.JM)(client, selection.appIds, common);
    return scanTenant(client, {
        ...common,
        ...(selection.filter ? { filter: selection.filter } : {}),
        ...(selection.include ? { include: selection.include } : {}),
        ...(selection.onProgress ? { onProgress: selection.onProgress } : {}),
    });
}
/** The selected apps as Graph returned them (for `export`), each complete and validated. */
function readGraphRaw(client, selection, options = {}) {
    const common = {
        ...commonOptions(options),
        ...(options.onGraphServicePrincipal ? { onGraphServicePrincipal: options.onGraphServicePrincipal } : {}),
    };
    if (selection.kind === 'ids')
        return readRawApps(client, selection.appIds, common);
    return scanTenantRaw(client, {
        ...common,
        ...(selection.filter ? { filter: selection.filter } : {}),
        ...(selection.include ? { include: selection.include } : {}),
        ...(selection.onProgress ? { onProgress: selection.onProgress } : {}),
    });
}
function commonOptions(options) {
    return {
        ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
        ...(options.retry ? { retry: options.retry } : {}),
        ...(options.notices ? { notices: options.notices } : {}),
        ...(options.managedIdentities ? { managedIdentities: options.managedIdentities } : {}),
        // One instance per read: it remembers, for this run only, whether Graph denied the role-management API.
        identityReads: options.identityReads ?? [(0,identity_reads/* directoryRoleAssignments */.U)()],
    };
}

// EXTERNAL MODULE: ./src/snapshot/read.ts + 1 modules
var read = __webpack_require__(431);
;// CONCATENATED MODULE: ./src/engine/inventory.ts



function graphInventorySource(options) {
    const { tenant, client, selection, shard, ...rest } = options;
    return {
        kind: 'graph',
        scope: { tenant, ...(shard ? { shard } : {}) },
        read: (notices) => readLive(client, selection, { ...rest, notices }),
    };
}
async function* readLive(client, selection, options) {
    let connected;
    try {
        connected = await client();
    }
    catch (error) {
        if (selection.kind !== 'ids')
            throw error;
        // Without a Graph token no app can be read: each is reported as not evaluated, with why.
        const reason = (0,http_retry/* errorMessage */.gJ)(error);
        for (const appId of selection.appIds)
            yield { notEvaluated: { appId, reason } };
        return;
    }
    yield* readGraphInventory(connected, selection, options);
}
/** The apps of a snapshot: no sign-in and no network; the report says which snapshot it judged. */
function snapshotInventorySource(snapshot, selection = {}) {
    const described = { exportedAt: snapshot.exportedAt, tenant: snapshot.tenant };
    const { shard, ...chosen } = selection;
    return {
        kind: 'snapshot',
        scope: { tenant: snapshot.tenant, snapshot: described, ...(shard ? { shard } : {}) },
        context: { snapshot: described },
        read: () => (0,read/* snapshotInventory */.TS)(snapshot, chosen),
    };
}


/***/ }),

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GITHUB_ACTIONS_BOT_LOGIN: () => (/* binding */ GITHUB_ACTIONS_BOT_LOGIN),
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient),
/* harmony export */   toEnvironmentProtection: () => (/* binding */ toEnvironmentProtection)
/* harmony export */ });
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


/***/ }),

/***/ 3303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fc: () => (/* binding */ LICENCE_NAMES),
  wW: () => (/* binding */ SIGNAL_SPECS),
  Gf: () => (/* binding */ signalSpec)
});

;// CONCATENATED MODULE: ./src/signals/lifecycle-catalogue.ts
const ALL_CLOUDS = ['AzureCloud', 'AzureUSGovernment', 'AzureChinaCloud'];
/** The sign-in activity reports are served by the global cloud only (Graph beta reference, national clouds). */
const GLOBAL_ONLY = ['AzureCloud'];
const LIFECYCLE_SIGNAL_SPECS = [
    {
        id: 'service-principal-sign-in-activity',
        title: "the deploy identities' last sign-ins (beta reports/servicePrincipalSignInActivities)",
        endpoint: 'beta/reports/servicePrincipalSignInActivities',
        permissions: ['AuditLog.Read.All', 'Directory.Read.All'],
        licence: 'entraIdPremium',
        clouds: GLOBAL_ONLY,
        rules: ['service-principal-unused'],
        licenceAdds: 'when each deploy identity last signed in, so an unused one can be removed',
    },
    {
        id: 'app-credential-sign-in-activity',
        title: "the secrets' and certificates' last sign-ins (beta reports/appCredentialSignInActivities)",
        endpoint: 'beta/reports/appCredentialSignInActivities',
        permissions: ['AuditLog.Read.All', 'Directory.Read.All'],
        licence: 'entraIdPremium',
        clouds: GLOBAL_ONLY,
        rules: ['credential-unused'],
        licenceAdds: 'when each secret and certificate was last used, so an unused one can be deleted',
    },
    {
        id: 'directory-recommendations',
        title: "Entra's recommendations about the apps (beta directory/recommendations)",
        endpoint: 'beta/directory/recommendations',
        permissions: ['DirectoryRecommendations.Read.All', 'DirectoryRecommendations.ReadWrite.All'],
        licence: 'workloadIdPremium',
        clouds: ALL_CLOUDS,
        rules: ['entra-recommendation'],
        licenceAdds: "Entra's workload identity recommendations (unused credentials, stale apps, expiring credentials) with their action steps",
    },
    {
        id: 'app-management-policy',
        title: "the tenant's default app management policy (policies/defaultAppManagementPolicy)",
        endpoint: 'v1.0/policies/defaultAppManagementPolicy',
        permissions: [
            'Policy.Read.All',
            'Policy.Read.ApplicationConfiguration',
            'Policy.ReadWrite.ApplicationConfiguration',
        ],
        licence: null,
        clouds: ALL_CLOUDS,
        rules: ['app-management-policy-weak'],
    },
    {
        id: 'owners',
        title: 'the owners of the deploy identities and the sponsors of agent identity blueprints (applications/{id}/owners, servicePrincipals/{id}/owners, applications/{id}/microsoft.graph.agentIdentityBlueprint/sponsors)',
        endpoint: 'v1.0/applications/{id}/owners',
        permissions: ['Application.Read.All', 'Directory.Read.All', 'Application.ReadWrite.All'],
        licence: null,
        clouds: ALL_CLOUDS,
        rules: ['privileged-app-owner', 'app-without-owner', 'agent-without-sponsor'],
    },
    {
        id: 'service-principal-sign-ins',
        title: "the service principal sign-in logs, for the federated credentials' last use (beta auditLogs/signIns)",
        endpoint: 'beta/auditLogs/signIns',
        permissions: ['AuditLog.Read.All', 'Directory.Read.All'],
        licence: 'entraIdPremium',
        clouds: ALL_CLOUDS,
        // Evidence only: fic-unused is judged from the workflows either way.
        rules: [],
        licenceAdds: 'when each federated credential was last used (within the 30 days the logs keep), as evidence in fic-unused',
    },
    {
        id: 'agent-identities',
        title: 'the agent identities and their sponsors (servicePrincipals/microsoft.graph.agentIdentity)',
        endpoint: 'v1.0/servicePrincipals/microsoft.graph.agentIdentity',
        permissions: ['AgentIdentity.Read.All', 'Application.Read.All', 'Directory.Read.All'],
        licence: null,
        clouds: ALL_CLOUDS,
        rules: ['agent-without-sponsor'],
    },
];

;// CONCATENATED MODULE: ./src/signals/catalogue.ts

const LICENCE_NAMES = {
    workloadIdPremium: 'Microsoft Entra Workload ID Premium',
    workloadIdConditionalAccess: 'Microsoft Entra Workload ID (P1 or Premium)',
    entraIdPremium: 'Microsoft Entra ID P1 or P2',
};
const catalogue_ALL_CLOUDS = ['AzureCloud', 'AzureUSGovernment', 'AzureChinaCloud'];
/** ID Protection for workload identities is not offered by 21Vianet (Graph reference, national cloud table). */
const NO_CHINA = ['AzureCloud', 'AzureUSGovernment'];
const SIGNAL_SPECS = [
    {
        id: 'subscribed-skus',
        title: "the tenant's licences (subscribedSkus)",
        endpoint: 'v1.0/subscribedSkus',
        permissions: ['LicenseAssignment.Read.All', 'Organization.Read.All', 'Directory.Read.All'],
        licence: null,
        clouds: catalogue_ALL_CLOUDS,
        rules: [],
    },
    {
        id: 'risky-service-principals',
        title: 'the risk of the deploy identities (ID Protection riskyServicePrincipals)',
        endpoint: 'v1.0/identityProtection/riskyServicePrincipals',
        permissions: ['IdentityRiskyServicePrincipal.Read.All', 'IdentityRiskyServicePrincipal.ReadWrite.All'],
        licence: 'workloadIdPremium',
        clouds: NO_CHINA,
        rules: ['service-principal-at-risk'],
        licenceAdds: 'the risk level and details of a compromised deploy identity, so the deployment is blocked on it',
    },
    {
        id: 'service-principal-risk-detections',
        title: 'the risk detections of the deploy identities (servicePrincipalRiskDetections)',
        endpoint: 'v1.0/identityProtection/servicePrincipalRiskDetections',
        permissions: ['IdentityRiskEvent.Read.All'],
        licence: 'workloadIdPremium',
        clouds: NO_CHINA,
        rules: ['service-principal-at-risk'],
        licenceAdds: 'which detection flagged a deploy identity and which credential (keyId) was involved',
    },
    {
        id: 'conditional-access-policies',
        title: 'the conditional access policies (identity/conditionalAccess/policies)',
        endpoint: 'v1.0/identity/conditionalAccess/policies',
        permissions: ['Policy.Read.All'],
        licence: 'workloadIdConditionalAccess',
        clouds: catalogue_ALL_CLOUDS,
        rules: ['conditional-access-missing'],
        licenceAdds: 'conditional access for workload identities: blocking a deploy identity outside trusted locations or when it is at risk',
    },
    ...LIFECYCLE_SIGNAL_SPECS, // usage and lifecycle (issue 14)
];
function signalSpec(id) {
    const spec = SIGNAL_SPECS.find((s) => s.id === id);
    if (!spec)
        throw new Error(`unknown signal ${id}`);
    return spec;
}


/***/ }),

/***/ 1619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qH: () => (/* binding */ normaliseSignals)
/* harmony export */ });
/* unused harmony exports toRisk, toDetection, toConditionalAccessPolicy */
const RISK_LEVELS = ['low', 'medium', 'high', 'hidden', 'none', 'unknownFutureValue'];
const RISK_STATES = [
    'none',
    'confirmedSafe',
    'remediated',
    'dismissed',
    'atRisk',
    'confirmedCompromised',
    'unknownFutureValue',
];
const str = (o, key) => (typeof o[key] === 'string' ? o[key] : null);
const strings = (value) => Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
const obj = (value) => typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
function riskLevel(value) {
    return RISK_LEVELS.find((l) => l === value) ?? null;
}
function toRisk(o) {
    const id = str(o, 'id');
    const appId = str(o, 'appId');
    const state = RISK_STATES.find((s) => s === o.riskState) ?? (typeof o.riskState === 'string' ? 'unknownFutureValue' : null);
    if (!id || !appId || !state)
        return null;
    return {
        id,
        appId,
        displayName: str(o, 'displayName'),
        riskState: state,
        riskLevel: riskLevel(o.riskLevel) ?? 'unknownFutureValue',
        riskDetail: str(o, 'riskDetail'),
        riskLastUpdatedDateTime: str(o, 'riskLastUpdatedDateTime'),
    };
}
function toDetection(o) {
    const id = str(o, 'id');
    const servicePrincipalId = str(o, 'servicePrincipalId');
    if (!id || !servicePrincipalId)
        return null;
    return {
        id,
        servicePrincipalId,
        appId: str(o, 'appId'),
        riskEventType: str(o, 'riskEventType') ?? 'unknown',
        riskState: str(o, 'riskState'),
        riskLevel: riskLevel(o.riskLevel),
        activityDateTime: str(o, 'activityDateTime'),
        detectedDateTime: str(o, 'detectedDateTime'),
        keyIds: strings(o.keyIds),
    };
}
function toConditionalAccessPolicy(o) {
    const id = str(o, 'id');
    if (!id)
        return null;
    const conditions = obj(o.conditions);
    const clients = obj(conditions.clientApplications);
    const applications = obj(conditions.applications);
    const locations = obj(conditions.locations);
    const filter = obj(clients.servicePrincipalFilter);
    return {
        id,
        displayName: str(o, 'displayName') ?? id,
        state: str(o, 'state') ?? 'disabled',
        includeServicePrincipals: strings(clients.includeServicePrincipals),
        excludeServicePrincipals: strings(clients.excludeServicePrincipals),
        servicePrincipalFilter: typeof filter.rule === 'string'
            ? { mode: typeof filter.mode === 'string' ? filter.mode : 'include', rule: filter.rule }
            : null,
        includeApplications: strings(applications.includeApplications),
        servicePrincipalRiskLevels: strings(conditions.servicePrincipalRiskLevels),
        includeLocations: strings(locations.includeLocations),
        excludeLocations: strings(locations.excludeLocations),
        builtInControls: strings(obj(o.grantControls).builtInControls),
    };
}
const newestFirst = (a, b) => {
    const x = Date.parse(a.detectedDateTime ?? a.activityDateTime ?? '') || 0;
    const y = Date.parse(b.detectedDateTime ?? b.activityDateTime ?? '') || 0;
    return y - x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
};
function normaliseSignals(raw) {
    const signals = { states: raw.states.map((s) => ({ ...s })), licences: { ...raw.licences } };
    if (raw.riskyServicePrincipals) {
        const risk = new Map();
        let hidden = false;
        for (const item of raw.riskyServicePrincipals) {
            const entry = toRisk(item);
            if (!entry)
                continue;
            if (entry.riskLevel === 'hidden' || entry.riskDetail === 'hidden')
                hidden = true;
            risk.set(entry.appId.toLowerCase(), entry);
        }
        signals.risk = risk;
        if (hidden)
            signals.riskHidden = true;
    }
    if (raw.servicePrincipalRiskDetections) {
        const detections = new Map();
        for (const item of raw.servicePrincipalRiskDetections) {
            const entry = toDetection(item);
            if (!entry)
                continue;
            const key = entry.servicePrincipalId.toLowerCase();
            detections.set(key, [...(detections.get(key) ?? []), entry]);
        }
        for (const list of detections.values())
            list.sort(newestFirst);
        signals.detections = detections;
    }
    if (raw.conditionalAccessPolicies)
        signals.conditionalAccess = raw.conditionalAccessPolicies
            .map(toConditionalAccessPolicy)
            .filter((p) => p !== null);
    return signals;
}


/***/ })

};
