// The engine's one pipeline, shared by the action and the CLI: inventory in (streamed),
// findings and a report out. No I/O of its own: readers and reporters sit at the edges.
import type { AppInventory, NotEvaluated } from './inventory/model.js';
import type { CompiledPolicy } from './policy/index.js';
import {
  evaluateApp,
  lifecycleTenantFindings,
  mergeRecommendations,
  withSignInEvidence,
  policyFindings,
  signalFindings,
  SparedApps,
} from './policy/index.js';
import type { EvaluationContext, Finding } from './policy/types.js';
import { buildReport } from './report/build.js';
import type { Report, SuppressedFinding } from './report/model.js';
import { CoverageNotes } from './signals/notes.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';

export type InventoryItem = { app: AppInventory } | { notEvaluated: NotEvaluated };

export interface AuditOptions {
  policy: CompiledPolicy;
  context: Omit<EvaluationContext, 'settings'>;
  /** Informational lines for the report (fork PR, malformed workflow files, unknowns). */
  notices?: readonly string[];
  scope?: Report['scope'];
  /** Called after each app, for progress displays. */
  onProgress?: (progress: { apps: number; notEvaluated: number; findings: number }) => void;
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
        ...(app.kind === 'agentIdentityBlueprint' ? { kind: app.kind } : {}), // [lifecycle] issue 14
      });
      const result = evaluateApp(app, options.policy, options.context);
      // [lifecycle] an Entra recommendation our own finding already states is merged into it (issue 14).
      // [lifecycle] and fic-unused carries the sign-in logs' "last used" evidence.
      const signals = options.context.signals;
      findings.push(
        ...mergeRecommendations(
          withSignInEvidence(result.findings, signals, options.policy.settings.unusedDays),
          signals,
        ),
      );
      suppressed.push(...result.suppressed);
      coverage.add(app, options.context.signals); // [signals]
      spared.add(app); // [lifecycle]
    } else {
      notEvaluated.push(item.notEvaluated);
    }
    options.onProgress?.({ apps: apps.length, notEvaluated: notEvaluated.length, findings: findings.length });
  }
  findings.push(...policyFindings(options.policy, options.context.now));
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
    notices: [...(options.notices ?? []), ...coverage.lines()],
    signals: signals?.states,
    scope: { ...options.scope, policyDigest: options.policy.digest },
  });
}
