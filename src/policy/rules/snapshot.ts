// snapshot-stale: in snapshot mode the check judges what the tenant looked like when the snapshot was exported.
// A credential added or deleted since then is invisible, so an old snapshot is reported. It is a fact about the
// run, not about one app: check() has nothing to say about an app, and snapshotFindings() gives the one finding.
import type { CompiledPolicy } from '../compile.js';
import type { EvaluationContext, Finding, RuleDefinition } from '../types.js';

export const SNAPSHOT_STALE_RULE = 'snapshot-stale';
const DAY_MS = 86_400_000;
const DEFAULT_MAX_AGE_DAYS = 7;

export const snapshotStale: RuleDefinition = {
  id: SNAPSHOT_STALE_RULE,
  defaultSeverity: 'warning',
  title: 'The snapshot the check judged is older than `snapshot-max-age-days` (default 7).',
  rationale:
    'In snapshot mode (pull requests) the guard signs in to nothing and judges the workflows against the tenant as an earlier export saw it. Federated credentials added, changed or deleted since then are invisible, so an old snapshot can pass a pull request that breaks a deployment, or flag one that is fine.',
  example:
    'The snapshot of tenant 72f988bf-86f1-41af-91ab-2d7cd011db47 was exported on 2026-11-20 (15 days ago); the policy allows 7 days.',
  fix: 'Run the export job again (it runs on a schedule and on changes to the workflows), or let the pull-request job download the latest artifact; raise `settings.snapshot-max-age-days` only if the tenant changes rarely.',
  check: () => [],
};

export const snapshotRules: readonly RuleDefinition[] = [snapshotStale];

/** The snapshot-stale finding of a run, or none (live mode, a fresh snapshot, or the rule switched off). */
export function snapshotFindings(
  policy: Pick<CompiledPolicy, 'severities' | 'settings'>,
  context: Pick<EvaluationContext, 'now' | 'snapshot'>,
): Finding[] {
  const { snapshot, now } = context;
  if (snapshot === undefined) return [];
  const setting = policy.severities.get(SNAPSHOT_STALE_RULE) ?? snapshotStale.defaultSeverity;
  if (setting === 'off') return [];
  const max = policy.settings.snapshotMaxAgeDays ?? DEFAULT_MAX_AGE_DAYS;
  const exported = new Date(snapshot.exportedAt);
  const target = { kind: 'application' as const, id: snapshot.tenant, name: `snapshot of tenant ${snapshot.tenant}` };
  const fix =
    'Run the export job again and let this job use its newest artifact; if the tenant rarely changes, raise settings.snapshot-max-age-days in the policy file.';
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
  if (days <= max) return [];
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
