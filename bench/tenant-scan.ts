// The tenant scan against a Graph emulator with its throttling model and a simulated round trip;
// the reader runs in a child process (its peak RSS is read there), the emulator here.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { FaultPlan, RequestLog, startService } from '../emulator/core/server.js';
import { tlsMaterial } from '../emulator/core/tls.js';
import { createGraphRouter } from '../emulator/graph.js';
import { GRAPH_APP_ROLES, syntheticTenant } from '../emulator/fixtures.js';
import {
  credentialSignInActivity,
  recommendation,
  servicePrincipalSignInActivity,
  userOwner,
} from '../emulator/lifecycle-fixtures.js';
import { entraIdP2Sku, workloadIdSku } from '../emulator/signals-fixtures.js';
import { TenantState, type TenantFixture } from '../emulator/tenant.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { repoRoot } from './process-start.js';

const READER_APP_ID = '0b8e4f6a-3c21-4d7e-8f90-a1b2c3d4e5f6';
const TOKEN = 'bench-reader-token';

export interface ScanRun {
  mode: 'scan' | 'naive' | 'baseline' | 'signals';
  apps: number;
  wallMs: number;
  maxRssMb: number;
  liveHeapMb: number;
  appsEvaluated: number;
  appsNotEvaluated: number;
  /** HTTP requests the emulator received. */
  httpRequests: number;
  /** Graph operations: HTTP requests other than $batch, plus each $batch item. */
  operations: number;
  /** Answers 429 (HTTP and $batch items). */
  throttled: number;
  resourceUnits: number;
  /** Requests (HTTP or $batch items) that named keyCredentials in $select: limited to 150 a minute per tenant. */
  keyCredentialSelects: number;
}

export interface ScanSetup {
  latencyMs: number;
  ruPer10s: number;
}

export async function runScan(
  mode: 'scan' | 'naive' | 'baseline' | 'signals',
  apps: number,
  setup: ScanSetup,
): Promise<ScanRun> {
  const fixture = syntheticTenant(apps, { seed: 11, ficsPerApp: 4 });
  if (mode === 'signals') withLifecycle(fixture);
  const state = new TenantState(fixture);
  const faults = new FaultPlan();
  faults.latencyMs = setup.latencyMs;
  const log = new RequestLog();
  const tls = await tlsMaterial();
  let url = '';
  const router = createGraphRouter(state, {
    verifyBearer: (authorization) =>
      authorization === `Bearer ${TOKEN}`
        ? {
            ok: true,
            appId: READER_APP_ID,
            // The guard's documented permissions (README): apps, and directory roles through the RBAC API.
            roles:
              mode === 'signals'
                ? [...SIGNAL_ROLES, 'RoleManagement.Read.Directory']
                : ['Application.Read.All', 'RoleManagement.Read.Directory'],
            tenantId: fixture.tenantId,
          }
        : { ok: false, status: 401, code: 'InvalidAuthenticationToken', message: 'Access token validation failure.' },
    baseUrl: () => url,
    throttling: { ruPer10s: setup.ruPer10s },
    faults,
    log,
  });
  const service = await startService({ name: 'graph', router, faults, log, tls });
  url = service.url;
  const dir = mkdtempSync(path.join(tmpdir(), 'efg-bench-'));
  const ca = path.join(dir, 'ca.pem');
  writeFileSync(ca, tls.ca);
  try {
    const line = await new Promise<string>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [
          '--expose-gc',
          '--max-old-space-size=128',
          '--import',
          'tsx',
          path.join(repoRoot, 'bench/scan-child.ts'),
          mode,
          url,
          TOKEN,
        ],
        { cwd: repoRoot, env: { ...process.env, NODE_EXTRA_CA_CERTS: ca }, stdio: ['ignore', 'pipe', 'inherit'] },
      );
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.on('error', reject);
      child.on('close', (code) =>
        code === 0 ? resolve(out.trim().split('\n').at(-1) ?? '') : reject(new Error(`scan child exited ${code}`)),
      );
    });
    const result = JSON.parse(line) as Omit<ScanRun, 'mode' | 'apps' | 'httpRequests' | 'operations' | 'throttled'>;
    const http = log.of('graph');
    const items = log.of('graph-batch-item');
    const isBatch = (e: { path: string }) => e.path.includes('$batch');
    return {
      mode,
      apps,
      wallMs: result.wallMs,
      maxRssMb: result.maxRssMb,
      liveHeapMb: result.liveHeapMb,
      appsEvaluated: result.appsEvaluated,
      appsNotEvaluated: result.appsNotEvaluated,
      httpRequests: http.length,
      operations: http.filter((e) => !isBatch(e)).length + items.length,
      throttled: [...http, ...items].filter((e) => e.status === 429).length,
      resourceUnits: [...http.filter((e) => !isBatch(e)), ...items].reduce((n, e) => n + ruOf(e.path), 0),
      keyCredentialSelects: [...http.filter((e) => !isBatch(e)), ...items].filter((e) =>
        /[?&]\$select=[^&]*keyCredentials/i.test(decodeURIComponent(e.path)),
      ).length,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await service.close();
  }
}

const SIGNAL_ROLES = [
  'Application.Read.All',
  'LicenseAssignment.Read.All',
  'AuditLog.Read.All',
  'DirectoryRecommendations.Read.All',
  'Policy.Read.All',
  'IdentityRiskyServicePrincipal.Read.All',
  'IdentityRiskEvent.Read.All',
];

/**
 * Issue 14's signals for the synthetic tenant: Entra ID P2 and Workload ID Premium, a sign-in activity entry per
 * app (every third one stale), one per secret, a recommendation naming every 50th app, the default policy, and
 * every 1,000th app privileged and owned by a user.
 */
function withLifecycle(fixture: TenantFixture): void {
  const now = Date.now();
  const at = (days: number) => new Date(now - days * 86_400_000).toISOString();
  fixture.signals = { subscribedSkus: [entraIdP2Sku(), workloadIdSku('P2')] };
  const owner = userOwner('owner@contoso.com');
  const owners: Record<string, Record<string, unknown>[]> = {};
  fixture.applications.forEach((app, i) => {
    if (i % 1000 !== 0) return;
    owners[app.id] = [owner];
    const sp = fixture.servicePrincipals.find((s) => s.appId === app.appId);
    const graphSp = fixture.servicePrincipals[0];
    if (sp && graphSp)
      sp.appRoleAssignments = [
        {
          id: `bb000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
          appRoleId: GRAPH_APP_ROLES['Application.ReadWrite.All'],
          principalId: sp.id,
          resourceId: graphSp.id,
          resourceDisplayName: 'Microsoft Graph',
        },
      ];
  });
  fixture.lifecycle = {
    servicePrincipalSignInActivities: fixture.applications.map((app, i) =>
      servicePrincipalSignInActivity(app, at(i % 3 === 0 ? 200 : 2)),
    ),
    appCredentialSignInActivities: fixture.applications.flatMap((app) =>
      app.passwordCredentials.map((c) => credentialSignInActivity(app, c, null)),
    ),
    recommendations: [
      recommendation(
        fixture.tenantId,
        'staleApps',
        fixture.applications.filter((_, i) => i % 50 === 0),
      ),
    ],
    owners,
  };
}

/** The emulator's documented cost model (emulator/graph/throttle.ts), recomputed from the logged path. */
function ruOf(pathAndQuery: string): number {
  const [p = '', q = ''] = pathAndQuery.split('?');
  const params = new URLSearchParams(q);
  let cost = /^\/(v1\.0|beta)\/applications/.test(p) ? 2 : 1;
  if (params.has('$select')) cost -= 1;
  if (params.has('$expand')) cost += 1;
  const top = Number(params.get('$top'));
  if (params.has('$top') && top < 20) cost -= 1;
  return Math.max(1, cost);
}

/**
 * What no reader can beat: application pages come one after another (each nextLink is known only
 * with its page), so pages × round trip; the resource units beyond the bucket's first fill, at its
 * refill rate; and the requests naming keyCredentials in $select beyond the first 150, at 150 a minute
 * per tenant (emulator/facts/graph.md#keycredentials-select). The largest of the three.
 */
export function scanBound(
  run: ScanRun,
  setup: ScanSetup,
): { boundMs: number; pagesMs: number; throttleMs: number; keyCredentialsMs: number } {
  const pages = Math.max(1, Math.ceil(run.apps / 100));
  const pagesMs = (pages + 2) * setup.latencyMs; // + the last page's service-principal and role-assignment batches
  const throttleMs = Math.max(0, (run.resourceUnits - setup.ruPer10s) / (setup.ruPer10s / 10_000));
  const keyCredentialsMs = Math.max(0, ((run.keyCredentialSelects - 150) / 150) * 60_000);
  return { boundMs: Math.max(pagesMs, throttleMs, keyCredentialsMs), pagesMs, throttleMs, keyCredentialsMs };
}
