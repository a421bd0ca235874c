// Wording and ordering shared by every reporter, so the summary, comment, text and SARIF say the same thing.
import type { Finding, Severity } from '../policy/types.js';
import type { Report } from './model.js';

export const PRODUCT_NAME = 'Entra Federation Guard';

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

export function severityRank(severity: Severity): number {
  return SEVERITY_RANK[severity];
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** "3 errors, 2 warnings, 1 notice across 4 apps" (plus the apps that could not be read, if any). */
export function countsSentence(summary: Report['summary']): string {
  const counts = [
    plural(summary.errors, 'error'),
    plural(summary.warnings, 'warning'),
    plural(summary.notices, 'notice'),
  ].join(', ');
  const unread = summary.appsNotEvaluated > 0 ? `; ${plural(summary.appsNotEvaluated, 'app')} NOT evaluated` : '';
  return `${counts} across ${plural(summary.appsEvaluated, 'app')}${unread}`;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Most severe first, then by rule, app, target and location: independent of input order and locale. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank(a.severity) - severityRank(b.severity) ||
    compareText(a.rule, b.rule) ||
    compareText(a.appId, b.appId) ||
    compareText(a.target.kind, b.target.kind) ||
    compareText(a.target.id, b.target.id) ||
    compareText(a.location?.file ?? '', b.location?.file ?? '') ||
    (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
    compareText(a.target.name, b.target.name) ||
    compareText(a.message, b.message)
  );
}

export function compareApps(
  a: { displayName: string; appId: string },
  b: { displayName: string; appId: string },
): number {
  return compareText(a.displayName, b.displayName) || compareText(a.appId, b.appId);
}

/** The name an app is shown under: a managed identity or an agent blueprint says so, an app registration is its name. */
export function appName(app: { displayName: string; appId: string; kind?: string }): string {
  if (app.kind === 'managedIdentity') return `Managed identity ${app.displayName || app.appId}`;
  if (app.kind === 'agentIdentityBlueprint') return `Agent identity blueprint ${app.displayName || app.appId}`;
  return app.displayName;
}

export interface AppGroup<F extends Finding> {
  appId: string;
  /** The app's display name, or the app id when the report does not list the app. */
  displayName: string;
  findings: F[];
}

/**
 * Findings grouped by app, in the report's app order; findings for apps the report does not list (or with no
 * app at all, e.g. a workflow job whose client id is unknown) come last, so nothing is silently dropped.
 */
export function groupByApp<F extends Finding>(report: Pick<Report, 'apps'>, findings: readonly F[]): AppGroup<F>[] {
  const groups = new Map<string, AppGroup<F>>();
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
