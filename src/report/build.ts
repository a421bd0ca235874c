// Assembles the Report every reporter renders: counts from the findings, the verdict from the counts, and an
// order that does not depend on the order in which Graph answered.
import type { IdentityKind, NotEvaluated } from '../inventory/model.js';
import { SIGNAL_STATUSES, type SignalState } from '../signals/model.js';
import { SEVERITIES, type Finding, type TargetKind } from '../policy/types.js';
import { compareApps, compareFindings } from './format.js';
import { countBySeverity, verdictOf, type Report, type ReportApp, type SuppressedFinding } from './model.js';

export const TARGET_KINDS: readonly TargetKind[] = [
  'application',
  'servicePrincipal',
  'secret',
  'certificate',
  'federatedCredential',
  'workflowJob',
  'tenant',
];

export interface AppRef {
  appId: string;
  objectId: string;
  displayName: string;
  /** Absent: an application (reports and inventories from before managed identities). */
  kind?: IdentityKind;
  resourceId?: string;
}

export interface BuildReportInput {
  tool: { name: string; version: string };
  /** The apps that were read (extra fields, e.g. a whole AppInventory, are ignored). */
  apps: readonly AppRef[];
  findings: readonly Finding[];
  suppressed?: readonly SuppressedFinding[];
  notEvaluated?: readonly NotEvaluated[];
  notices?: readonly string[];
  /** Entra's signals of the run (src/signals/); omitted from the report when undefined. */
  signals?: readonly SignalState[] | undefined;
  scope?: Report['scope'];
}

/**
 * Builds the version 1 report. The verdict follows the counts only (fail with any error, warn with any
 * warning, else pass): apps that could not be read are listed in `notEvaluated` and counted in
 * `summary.appsNotEvaluated`, and it is the caller's decision how they affect the job.
 */
export function buildReport(input: BuildReportInput): Report {
  const tool = validateTool(input.tool, 'buildReport');
  const findings = input.findings.map((f, i) => validateFinding(f, `findings[${i}]`)).sort(compareFindings);
  const suppressed = (input.suppressed ?? [])
    .map((f, i) => validateSuppressed(f, `suppressed[${i}]`))
    .sort(compareFindings);
  const apps = dedupeApps(input.apps.map((a, i) => validateApp(a, `apps[${i}]`))).sort(compareApps);
  const notEvaluated = mergeNotEvaluated(input.notEvaluated ?? []);
  const notices = [...new Set((input.notices ?? []).map((n, i) => requireString(n, `notices[${i}]`)))];
  const counts = countBySeverity(findings);

  const report: Report = {
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
  if (input.signals !== undefined) report.signals = mergeSignals(input.signals);
  const scope = validateScope(input.scope);
  if (scope !== undefined) report.scope = scope;
  return report;
}

/**
 * Merges the reports of CLI shards (each run over part of the apps) into one. Refuses reports from different
 * tool versions, tenants or policies: their findings would not be comparable.
 */
export function mergeReports(reports: readonly Report[]): Report {
  const first = reports[0];
  if (first === undefined) throw new Error('mergeReports: no reports to merge; pass at least one report.');
  reports.forEach((r, i) => {
    if (r?.version !== 1) {
      throw new Error(
        `mergeReports: report #${i + 1} has version ${JSON.stringify(r?.version)}; only version 1 is supported.`,
      );
    }
    for (const list of ['apps', 'findings', 'suppressed', 'notEvaluated', 'notices'] as const) {
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
      throw new Error(
        `mergeReports: refusing to merge reports from different tool versions: report #1 is ${tool.name} ${tool.version}, ${label} is ${other.name} ${other.version}. Re-run all shards with the same version.`,
      );
    }
    for (const key of ['tenant', 'policyDigest'] as const) {
      const expected = first.scope?.[key];
      const actual = r.scope?.[key];
      if (expected !== actual) {
        const what = key === 'tenant' ? 'tenants' : 'policies (policyDigest)';
        throw new Error(
          `mergeReports: refusing to merge reports from different ${what}: report #1 has ${scoped(key, expected)}, ${label} has ${scoped(key, actual)}.`,
        );
      }
    }
  }

  const scope: NonNullable<Report['scope']> = {};
  if (first.scope?.tenant !== undefined) scope.tenant = first.scope.tenant;
  if (first.scope?.policyDigest !== undefined) scope.policyDigest = first.scope.policyDigest;
  // Shards of one snapshot keep it; shards of different snapshots (or live and snapshot) do not claim one.
  const snapshots = new Set(reports.map((r) => JSON.stringify(r.scope?.snapshot ?? null)));
  if (first.scope?.snapshot !== undefined && snapshots.size === 1) scope.snapshot = first.scope.snapshot;

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

function scoped(key: string, value: string | undefined): string {
  return value === undefined ? `no ${key}` : `${key} ${JSON.stringify(value)}`;
}

/** Shards may overlap (the same app in two shards): identical findings are kept once. */
function dedupeExact<F extends Finding>(findings: readonly F[]): F[] {
  const seen = new Set<string>();
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
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function dedupeApps(apps: readonly ReportApp[]): ReportApp[] {
  const byId = new Map<string, ReportApp>();
  for (const app of apps) if (!byId.has(app.appId)) byId.set(app.appId, app);
  return [...byId.values()];
}

/** One entry per app; two reasons for the same app are both kept. */
function mergeNotEvaluated(entries: readonly NotEvaluated[]): NotEvaluated[] {
  const byId = new Map<string, string[]>();
  entries.forEach((e, i) => {
    const appId = requireString(e?.appId, `notEvaluated[${i}].appId`);
    const reason = requireString(e?.reason, `notEvaluated[${i}].reason`);
    const reasons = byId.get(appId) ?? [];
    if (!reasons.includes(reason)) reasons.push(reason);
    byId.set(appId, reasons);
  });
  return [...byId.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([appId, reasons]) => ({ appId, reason: reasons.join('; ') }));
}

/** One entry per signal, in the order given; of two for the same signal (shards), the unavailable one wins. */
function mergeSignals(entries: readonly SignalState[]): SignalState[] {
  const bySignal = new Map<string, SignalState>();
  entries.forEach((e, i) => {
    const signal = requireNonEmpty(e?.signal, `signals[${i}].signal`);
    if (!SIGNAL_STATUSES.includes(e.status))
      throw new TypeError(
        `Invalid report input: signals[${i}].status is ${describe(e.status)}; expected one of ${SIGNAL_STATUSES.join(', ')}.`,
      );
    const entry = { signal: e.signal, status: e.status, reason: requireString(e.reason, `signals[${i}].reason`) };
    const known = bySignal.get(signal);
    if (!known || (known.status === 'available' && entry.status !== 'available')) bySignal.set(signal, entry);
  });
  return [...bySignal.values()];
}

function requireString(value: unknown, path: string): string {
  if (typeof value !== 'string') {
    throw new TypeError(`Invalid report input: ${path} must be a string, got ${describe(value)}.`);
  }
  return value;
}

function requireNonEmpty(value: unknown, path: string): string {
  const text = requireString(value, path);
  if (text.trim() === '') throw new TypeError(`Invalid report input: ${path} must not be empty.`);
  return text;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : typeof value;
}

function validateTool(tool: unknown, context: string): { name: string; version: string } {
  const t = (tool ?? {}) as { name?: unknown; version?: unknown };
  return {
    name: requireNonEmpty(t.name, `${context} tool.name`),
    version: requireNonEmpty(t.version, `${context} tool.version`),
  };
}

const IDENTITY_KINDS: readonly IdentityKind[] = ['application', 'agentIdentityBlueprint', 'managedIdentity'];

function validateApp(app: AppRef, path: string): ReportApp {
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
export function validateFinding(f: Finding, path: string): Finding {
  if (f === null || typeof f !== 'object') throw new TypeError(`Invalid report input: ${path} must be an object.`);
  const rule = requireNonEmpty(f.rule, `${path}.rule`);
  if (!SEVERITIES.includes(f.severity)) {
    throw new TypeError(
      `Invalid report input: ${path} (rule ${rule}) has severity ${describe(f.severity)}; expected one of ${SEVERITIES.join(', ')}.`,
    );
  }
  const target = f.target as Finding['target'] | undefined;
  if (target === null || typeof target !== 'object') {
    throw new TypeError(`Invalid report input: ${path}.target (rule ${rule}) must be an object.`);
  }
  if (!TARGET_KINDS.includes(target.kind)) {
    throw new TypeError(
      `Invalid report input: ${path}.target.kind (rule ${rule}) is ${describe(target.kind)}; expected one of ${TARGET_KINDS.join(', ')}.`,
    );
  }
  const finding: Finding = {
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
    if (!Number.isInteger(line) || (line as number) < 1) {
      throw new TypeError(
        `Invalid report input: ${path}.location.line must be an integer of at least 1, got ${describe(line)}.`,
      );
    }
    finding.location = { file: requireNonEmpty(f.location.file, `${path}.location.file`), line: line as number };
  }
  return finding;
}

function validateSuppressed(f: SuppressedFinding, path: string): SuppressedFinding {
  const finding = validateFinding(f, path);
  return {
    ...finding,
    exception: {
      reason: requireString(f.exception?.reason, `${path}.exception.reason`),
      expires: requireString(f.exception?.expires, `${path}.exception.expires`),
    },
  };
}

function validateScope(scope: Report['scope']): Report['scope'] {
  if (scope === undefined) return undefined;
  const out: NonNullable<Report['scope']> = {};
  for (const key of ['tenant', 'policyDigest', 'shard'] as const) {
    if (scope[key] !== undefined) out[key] = requireString(scope[key], `scope.${key}`);
  }
  if (scope.snapshot !== undefined)
    out.snapshot = {
      exportedAt: requireString(scope.snapshot.exportedAt, 'scope.snapshot.exportedAt'),
      tenant: requireString(scope.snapshot.tenant, 'scope.snapshot.tenant'),
    };
  return out;
}
