// The JSON report, version 1 (schema/report.schema.json). Keys are written in a fixed order and only the
// fields of the contract are written, so two runs over the same findings produce byte-identical files.
import type { Finding } from '../policy/types.js';
import type { Report, SuppressedFinding } from './model.js';

function finding(f: Finding): Record<string, unknown> {
  const out: Record<string, unknown> = {
    rule: f.rule,
    severity: f.severity,
    appId: f.appId,
    target: { kind: f.target.kind, id: f.target.id, name: f.target.name },
    message: f.message,
    remediation: f.remediation,
  };
  if (f.location !== undefined) out.location = { file: f.location.file, line: f.location.line };
  return out;
}

function suppressed(f: SuppressedFinding): Record<string, unknown> {
  return { ...finding(f), exception: { reason: f.exception.reason, expires: f.exception.expires } };
}

/** The report as a plain object in the canonical key order. */
export function toJsonReport(report: Report): Record<string, unknown> {
  const out: Record<string, unknown> = {
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
    const scope: Record<string, unknown> = {};
    if (report.scope.tenant !== undefined) scope.tenant = report.scope.tenant;
    if (report.scope.policyDigest !== undefined) scope.policyDigest = report.scope.policyDigest;
    if (report.scope.shard !== undefined) scope.shard = report.scope.shard;
    if (report.scope.snapshot !== undefined)
      scope.snapshot = { exportedAt: report.scope.snapshot.exportedAt, tenant: report.scope.snapshot.tenant };
    out.scope = scope;
  }
  return out;
}

/** Stable key order, 2-space indent, trailing newline. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(toJsonReport(report), null, 2)}\n`;
}
