// One tenant read in its own process, so its peak RSS is its own: `scan` (the one reader, by listing), `naive`
// (listApplications + the one reader by ids) or `baseline` (modules loaded, nothing read).
// Each app is evaluated as it arrives and only counts are kept — what a streaming consumer holds;
// a full report (audit()) also keeps every finding, which grows with the findings, not the reader.
// Prints one JSON line of figures.
import { createGraphClient } from '../src/graph/client.js';
import { readGraphInventory } from '../src/graph/inventory.js';
import { listApplications } from '../src/graph/reader.js';
import type { ScanProgress } from '../src/graph/tenant-scan.js';
import type { InventoryItem } from '../src/audit.js';
import { DEFAULT_POLICY, evaluateApp } from '../src/policy/index.js';
import { readRunSignals } from '../src/cli/signals.js';
import type { Selection } from '../src/cli/selection.js';
import type { TenantSignals } from '../src/signals/model.js';

const [mode, graphUrl, token] = process.argv.slice(2);
if ((mode !== 'scan' && mode !== 'naive' && mode !== 'baseline' && mode !== 'signals') || !graphUrl || !token)
  throw new Error('usage: scan-child.ts scan|naive|baseline|signals <graph-url> <token>');

let retries = 0;
const client = createGraphClient({
  graphEndpoint: graphUrl,
  getAccessToken: async () => token,
  retry: { onRetry: () => (retries += 1) },
});
let progress: ScanProgress | undefined;
let itemRetries = 0;
const retry = { maxAttempts: 30, deadlineMs: 600_000, onRetry: () => (itemRetries += 1) };

async function* naive(): AsyncGenerator<InventoryItem> {
  const ids: string[] = [];
  for await (const app of listApplications(client)) ids.push(app.appId);
  yield* readGraphInventory(client, { kind: 'ids', appIds: ids }, { retry, concurrency: 8 });
}

const started = performance.now();
async function* nothing(): AsyncGenerator<InventoryItem> {}
let inventory: AsyncIterable<InventoryItem> =
  mode === 'scan' || mode === 'signals'
    ? readGraphInventory(client, { kind: 'listing', onProgress: (p) => (progress = p) }, { retry })
    : mode === 'naive'
      ? naive()
      : nothing();
const counts = { appsEvaluated: 0, appsNotEvaluated: 0, findings: 0 };
const context: { now: Date; signals?: TenantSignals } = { now: new Date() };
if (mode === 'signals') {
  // Issue 14: Entra's signals on, as `scan --all` reads them (report collections once, owners of privileged apps).
  const run = await readRunSignals(client, 'AzureCloud', { kind: 'all' } as Selection, DEFAULT_POLICY);
  inventory = run.wrap(inventory);
  context.signals = run.signals;
}
for await (const item of inventory) {
  if ('app' in item) {
    counts.appsEvaluated += 1;
    counts.findings += evaluateApp(item.app, DEFAULT_POLICY, context).findings.length;
  } else counts.appsNotEvaluated += 1;
}
const wallMs = performance.now() - started;
// Live heap once garbage is gone: what the reader really retained (peak RSS also counts garbage not yet collected).
(globalThis as { gc?: () => void }).gc?.();
const liveHeapMb = process.memoryUsage().heapUsed / 1048576;
process.stdout.write(
  `${JSON.stringify({
    wallMs,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    liveHeapMb,
    ...counts,
    transportRetries: retries,
    itemRetries,
    progress,
  })}\n`,
);
