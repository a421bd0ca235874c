// The single-app check as a runner runs it: dist/index.js against the emulators with a simulated
// round trip, timed to its verdict, its requests read back from the emulators' log.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { loadScenario } from '../emulator/fixtures.js';
import { startEmulators } from '../emulator/index.js';
import type { LoggedRequest } from '../emulator/core/server.js';
import { removeRunFolders, runAction } from '../__tests__/helpers/run-action.js';
import { sequentialChain } from './chain.js';
import { repoRoot } from './process-start.js';

const GUARD = '0b8e4f6a-3c21-4d7e-8f90-a1b2c3d4e5f6';
const DEPLOY = '7d3c9e15-2b48-4f6a-b1c2-d3e4f5a6b7c8';

export interface SingleAppRun {
  latencyMs: number;
  wallMs: number;
  /** From spawn to the first request any emulator received. */
  firstRequestMs: number;
  requests: number;
  graphRequests: number;
  chain: LoggedRequest[];
  /** MSAL's discovery GETs (emulator-only: the public cloud's metadata is built into MSAL). */
  discoveryRequests: number;
  /** Entra's own fetches of the issuer's discovery document and keys, made inside its token POST. */
  entraIssuerFetches: number;
  verdict: string;
  appsNotEvaluated: number;
}

function demoWorkflows(): Record<string, string> {
  const dir = path.join(repoRoot, 'emulator/demo/workflows');
  return Object.fromEntries(
    readdirSync(dir).map((f) => [`.github/workflows/${f}`, readFileSync(path.join(dir, f), 'utf8')]),
  );
}

export async function runSingleApp(latencyMs: number, runs: number): Promise<SingleAppRun[]> {
  const scenario = loadScenario('demo');
  const emulators = await startEmulators({ tenant: scenario.tenant, github: scenario.github, latencyMs });
  const results: SingleAppRun[] = [];
  try {
    const token = Object.keys(scenario.github.tokens)[0] ?? '';
    for (let i = 0; i < runs; i += 1) {
      emulators.log.clear();
      const spawnedAt = Date.now();
      const started = performance.now();
      const run = await runAction({
        inputs: {
          'tenant-id': scenario.tenant.tenantId,
          'client-id': GUARD,
          apps: DEPLOY,
          'authority-host': emulators.entra.url,
          'graph-endpoint': emulators.graph.url,
          'github-token': token,
        },
        env: emulators.runnerEnv(),
        workspaceFiles: demoWorkflows(),
      });
      const wallMs = performance.now() - started;
      if (!run.report) throw new Error(`the action wrote no report (exit ${run.code}): ${run.stderr}${run.stdout}`);
      // $batch items are logged separately; they are not round trips of their own.
      const isEntraFetch = (e: LoggedRequest) => e.service === 'github-oidc' && e.path.startsWith('/.well-known/');
      const requests = emulators.log.entries.filter((e) => e.service !== 'graph-batch-item' && !isEntraFetch(e));
      results.push({
        latencyMs,
        wallMs,
        firstRequestMs: Math.min(...requests.map((r) => r.startedAt)) - spawnedAt,
        requests: requests.length,
        graphRequests: requests.filter((r) => r.service === 'graph').length,
        chain: sequentialChain(requests),
        entraIssuerFetches: emulators.log.entries.filter(isEntraFetch).length,
        // MSAL's instance metadata GET, sent only for an authority it does not know (the emulator's): against the
        // public cloud MSAL has it built in (docs/performance.md), so it is modelled, not counted.
        discoveryRequests: requests.filter(
          (e) => e.service === 'entra' && e.method === 'GET' && e.path.includes('openid-configuration'),
        ).length,
        verdict: run.report.verdict,
        appsNotEvaluated: run.report.summary.appsNotEvaluated,
      });
    }
  } finally {
    removeRunFolders();
    await emulators.close();
  }
  return results;
}

export const describeRequest = (r: LoggedRequest) => `${r.service} ${r.method} ${r.path.split('?')[0]}`;
