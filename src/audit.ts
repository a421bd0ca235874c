// The pure step of the check pipeline (engine/check.ts): inventory in (streamed), findings and a
// report out. No I/O of its own: readers and reporters sit at the edges.
import type { AppInventory, NotEvaluated } from './inventory/model.js';
import type { CompiledPolicy } from './policy/index.js';
import { evaluateApp, policyFindings } from './policy/index.js';
import type { EvaluationContext, Finding } from './policy/types.js';
import { buildReport } from './report/build.js';
import type { Report, SuppressedFinding } from './report/model.js';
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

  for await (const item of inventory) {
    const appId = 'app' in item ? item.app.appId : item.notEvaluated.appId;
    // Every app is counted exactly once, whatever a reader yields twice.
    if (seen.has(appId.toLowerCase())) continue;
    seen.add(appId.toLowerCase());
    if ('app' in item) {
      const { app } = item;
      apps.push({ appId: app.appId, objectId: app.objectId, displayName: app.displayName });
      const result = evaluateApp(app, options.policy, options.context);
      findings.push(...result.findings);
      suppressed.push(...result.suppressed);
    } else {
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
    notices: [...((typeof options.notices === 'function' ? options.notices() : options.notices) ?? [])],
    scope: { ...options.scope, policyDigest: options.policy.digest },
  });
}
