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

const [mode, graphUrl, token] = process.argv.slice(2);
if ((mode !== 'scan' && mode !== 'naive' && mode !== 'baseline') || !graphUrl || !token)
  throw new Error('usage: scan-child.ts scan|naive|baseline <graph-url> <token>');

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
const inventory: AsyncIterable<InventoryItem> =
  mode === 'scan'
    ? readGraphInventory(client, { kind: 'listing', onProgress: (p) => (progress = p) }, { retry })
    : mode === 'naive'
      ? naive()
      : nothing();
const counts = { appsEvaluated: 0, appsNotEvaluated: 0, findings: 0 };
const context = { now: new Date() };
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
