// The pure step of the check pipeline (engine/check.ts): inventory in (streamed), findings and a
// report out. No I/O of its own: readers and reporters sit at the edges.
import type { AppInventory, NotEvaluated } from './inventory/model.js';
import { trustsRepository } from './policy/rules/workflow.js';
import type { CompiledPolicy } from './policy/index.js';
import {
  evaluateApp,
  lifecycleTenantFindings,
  mergeRecommendations,
  withSignInEvidence,
  policyFindings,
  signalFindings,
  snapshotFindings,
  SparedApps,
} from './policy/index.js';
import type { EvaluationContext, Finding } from './policy/types.js';
import { workflowUnreadableFindings } from './policy/rules/workflow-unreadable.js';
import { buildReport } from './report/build.js';
import type { Report, SuppressedFinding } from './report/model.js';
import { CoverageNotes } from './signals/notes.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';

export type InventoryItem = { app: AppInventory } | { notEvaluated: NotEvaluated };

export interface AuditOptions {
  policy: CompiledPolicy;
  context: Omit<EvaluationContext, 'settings'>;
  /**
   * Informational lines for the report (fork PR, malformed workflow files, unknowns); a function is called
   * once every app is read, for sources that add notices while they read.
   */
  notices?: readonly string[] | (() => readonly string[]);
  scope?: Report['scope'];
  /** Called after each app, for progress displays. */
  onProgress?: (progress: { apps: number; notEvaluated: number; findings: number }) => void;
  /**
   * Which apps a workflow job whose client id cannot be read is judged against, together: every app read
   * (the user named them), or those whose credentials trust the analysed repository. Those apps are
   * evaluated after the others, once all of them are known. Absent: such jobs are not attributed.
   */
  assumeUnattributed?: 'named' | 'trusts-repository';
}

export async function audit(
  inventory: AsyncIterable<InventoryItem> | Iterable<InventoryItem>,
  options: AuditOptions,
): Promise<Report> {
  const apps: Report['apps'] = [];
  const findings: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  const notEvaluated: NotEvaluated[] = [];
  const seen = new Set<string>();
  const coverage = new CoverageNotes(); // [signals] conditional access notes (issue 13)
  const spared = new SparedApps(options.context.signals); // [lifecycle] app management policy cut-off (issue 14)

  const assume = options.context.workflows ? options.assumeUnattributed : undefined;
  const held: AppInventory[] = [];
  const evaluate = (app: AppInventory, context: AuditOptions['context']) => {
    const result = evaluateApp(app, options.policy, context);
    // [lifecycle] An Entra recommendation our own finding already states is merged into it, and fic-unused
    // carries the sign-in logs' "last used" evidence (issue 14).
    const signals = context.signals;
    findings.push(
      ...mergeRecommendations(
        withSignInEvidence(result.findings, signals, options.policy.settings.unusedDays),
        signals,
      ),
    );
    suppressed.push(...result.suppressed);
  };
  for await (const item of inventory) {
    const appId = 'app' in item ? item.app.appId : item.notEvaluated.appId;
    // Every app is counted exactly once, whatever a reader yields twice.
    if (seen.has(appId.toLowerCase())) continue;
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
      if (assume === 'named' || (assume === 'trusts-repository' && workflows && trustsRepository(app, workflows)))
        held.push(app);
      else evaluate(app, options.context);
    } else {
      notEvaluated.push(item.notEvaluated);
    }
    options.onProgress?.({ apps: apps.length, notEvaluated: notEvaluated.length, findings: findings.length });
  }
  if (assume && held.length > 0) {
    const context = { ...options.context, assumedApps: held, assumedBecause: assume };
    for (const app of held) evaluate(app, context);
  }
  findings.push(...policyFindings(options.policy, options.context.now));
  findings.push(...snapshotFindings(options.policy, options.context));
  findings.push(...workflowUnreadableFindings(options.policy, options.context.workflows));
  // [signals] fail-on-unavailable-signals, and every signal's status in report.signals (issue 13).
  const signals = options.context.signals;
  if (signals) findings.push(...signalFindings(options.policy, signals.states, options.scope?.tenant));
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
