// The fault matrix: every transport, protocol and permission failure Graph or Entra can throw at a
// read ends in the correct verdict or in the affected apps listed as not evaluated (so the action
// fails) — never in a silent pass — for the per-app reader and the tenant scan alike. Every app is
// counted exactly once, and no token ever reaches a report, an error or the log.
import { describe, expect, it } from '@jest/globals';
import { audit, type InventoryItem } from '../../src/audit.js';
import { readApps } from '../../src/graph/reader.js';
import { scanTenant } from '../../src/graph/tenant-scan.js';
import { DEFAULT_POLICY } from '../../src/policy/index.js';
import type { Report } from '../../src/report/model.js';
import type { Fault } from '../../emulator/core/server.js';
import { loadScenario } from '../../emulator/fixtures.js';
import { useEmulators } from '../helpers/emulators.js';
import { captureStdout } from '../http/local-services.js';
import { DEMO_APP_IDS, FAST_RETRY, signIn } from './harness.js';

const NOW = new Date('2026-09-01T12:00:00Z');
const scenario = loadScenario('demo', { now: NOW });
const TENANT = scenario.tenant.tenantId;
const DEPLOY = '7d3c9e15-2b48-4f6a-b1c2-d3e4f5a6b7c8';
const ALL = [...DEMO_APP_IDS].sort();

type Reader = 'readApps' | 'scanTenant';

interface Run {
  report: Report | undefined;
  error: unknown;
  /** Everything that could carry text out: report JSON, error message and stack, captured stdout. */
  surfaces: string;
  tokens: string[];
}

async function run(reader: Reader, emulators: ReturnType<ReturnType<typeof useEmulators>>): Promise<Run> {
  const stdout = captureStdout();
  const session = signIn(emulators, { tenantId: TENANT, retry: FAST_RETRY });
  let report: Report | undefined;
  let error: unknown;
  try {
    const inventory: AsyncIterable<InventoryItem> =
      reader === 'readApps'
        ? readApps(session.client, DEMO_APP_IDS, { retry: FAST_RETRY })
        : scanTenant(session.client, { retry: FAST_RETRY });
    report = await audit(inventory, { policy: DEFAULT_POLICY, context: { now: NOW } });
  } catch (e) {
    error = e;
  } finally {
    stdout.restore();
  }
  const logged = stdout
    .lines()
    // ::add-mask:: is how a token is handed to the runner's masker, the one place it must appear.
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  const thrown = error instanceof Error ? `${error.message}\n${error.stack ?? ''}\n${String(error.cause)}` : '';
  return { report, error, surfaces: `${JSON.stringify(report ?? null)}\n${thrown}\n${logged}`, tokens: session.tokens };
}

function evaluatedIds(report: Report): string[] {
  return report.apps.map((a) => a.appId).sort();
}

function notEvaluatedIds(report: Report): string[] {
  return report.notEvaluated.map((n) => n.appId).sort();
}

const verdicts = (findings: Report['findings']) => findings.map((f) => `${f.appId} ${f.rule} ${f.severity}`).sort();

type Outcome =
  | { kind: 'correct' }
  | { kind: 'notEvaluated'; apps: 'all' | string[] | 'some'; reason: RegExp }
  | { kind: 'listingError'; message: RegExp };

interface Case {
  name: string;
  faults: Fault[];
  readApps: Outcome;
  scanTenant: Outcome;
}

const correct: Outcome = { kind: 'correct' };
const anyGraph = (fault: Omit<Fault, 'service'>): Fault => ({ service: 'graph', ...fault });
const batchPost: Pick<Fault, 'method' | 'path'> = { method: 'POST', path: /\/\$batch/ };
const deployItem = new RegExp(`/beta/applications\\(appId='${DEPLOY}'\\)`);
const spFilterItem = /\/beta\/servicePrincipals\?\$filter=/;

const CASES: Case[] = [
  {
    name: '429 with Retry-After, twice',
    faults: [anyGraph({ kind: 'status', status: 429, retryAfter: 1, times: 2 })],
    readApps: correct,
    scanTenant: correct,
  },
  {
    name: '429 without Retry-After, twice',
    faults: [anyGraph({ kind: 'status', status: 429, times: 2 })],
    readApps: correct,
    scanTenant: correct,
  },
  {
    name: '503, twice',
    faults: [anyGraph({ kind: 'status', status: 503, times: 2 })],
    readApps: correct,
    scanTenant: correct,
  },
  {
    name: '504, twice',
    faults: [anyGraph({ kind: 'status', status: 504, times: 2 })],
    readApps: correct,
    scanTenant: correct,
  },
  {
    name: 'a connection reset, twice',
    faults: [anyGraph({ kind: 'reset', times: 2 })],
    readApps: correct,
    scanTenant: correct,
  },
  {
    name: 'a hanging response (attempt timeout)',
    faults: [anyGraph({ kind: 'hang', ...batchPost, times: 1 })],
    readApps: correct,
    scanTenant: correct,
  },
  {
    name: 'a malformed $batch body, once',
    faults: [anyGraph({ kind: 'malformed', ...batchPost, times: 1 })],
    // A garbled answer is read again: the batch only reads, so sending it twice is safe.
    readApps: correct,
    scanTenant: correct,
  },
  {
    name: 'a truncated applications page, once',
    faults: [anyGraph({ kind: 'truncate', method: 'GET', path: /\/beta\/applications\?/, times: 1 })],
    readApps: correct,
    scanTenant: correct,
  },
  {
    name: 'a truncated $batch body, always',
    faults: [anyGraph({ kind: 'truncate', ...batchPost })],
    readApps: { kind: 'notEvaluated', apps: 'all', reason: /malformed \$batch response.*not valid JSON/ },
    scanTenant: { kind: 'notEvaluated', apps: 'all', reason: /malformed \$batch response.*not valid JSON/ },
  },
  {
    name: 'a failed item inside the $batch, always',
    faults: [
      anyGraph({ kind: 'status', status: 500, path: deployItem }),
      anyGraph({ kind: 'status', status: 500, path: spFilterItem }),
    ],
    readApps: { kind: 'notEvaluated', apps: [DEPLOY], reason: /^could not read the application: .*HTTP 500/ },
    scanTenant: { kind: 'notEvaluated', apps: 'all', reason: /^could not read the service principals.*HTTP 500/ },
  },
  {
    name: 'a throttled item inside the $batch, then served',
    faults: [
      anyGraph({ kind: 'status', status: 429, retryAfter: 2, path: deployItem, times: 2 }),
      anyGraph({ kind: 'status', status: 429, retryAfter: 2, path: spFilterItem, times: 2 }),
    ],
    readApps: correct,
    scanTenant: correct,
  },
  {
    name: 'a 403 on one app',
    faults: [
      anyGraph({ kind: 'status', status: 403, path: deployItem }),
      anyGraph({ kind: 'status', status: 403, path: spFilterItem }),
    ],
    readApps: {
      kind: 'notEvaluated',
      apps: [DEPLOY],
      reason: /^Graph denied reading the application .*Application\.Read\.All/,
    },
    scanTenant: {
      kind: 'notEvaluated',
      apps: 'all',
      reason: /^Graph denied reading the service principals.*Application\.Read\.All/,
    },
  },
  {
    name: 'a 401 mid-scan (the second request on)',
    faults: [anyGraph({ kind: 'status', status: 401, ...batchPost, after: 1 })],
    readApps: { kind: 'notEvaluated', apps: 'some', reason: /HTTP 401/ },
    scanTenant: correct,
  },
  {
    name: 'a 401 on every $batch',
    faults: [anyGraph({ kind: 'status', status: 401, ...batchPost })],
    readApps: { kind: 'notEvaluated', apps: 'all', reason: /HTTP 401/ },
    scanTenant: { kind: 'notEvaluated', apps: 'all', reason: /HTTP 401/ },
  },
  {
    name: 'a 401 on the application list',
    faults: [anyGraph({ kind: 'status', status: 401, method: 'GET', path: /\/beta\/applications\?/ })],
    readApps: correct,
    scanTenant: {
      kind: 'listingError',
      message: /^Listing the tenant's applications stopped after 0 applications: HTTP 401/,
    },
  },
  {
    name: 'Entra unavailable',
    faults: [{ service: 'entra', kind: 'status', status: 503 }],
    readApps: { kind: 'notEvaluated', apps: 'all', reason: /503|temporarily unavailable/i },
    scanTenant: { kind: 'listingError', message: /stopped after 0 applications.*(503|temporarily unavailable)/i },
  },
];

describe('Graph and Entra faults', () => {
  const emulators = useEmulators({ tenant: scenario.tenant, github: scenario.github });
  const baseline: Partial<Record<Reader, Report>> = {};

  it.each(['readApps', 'scanTenant'] as const)(
    '%s without faults: the baseline every case compares with',
    async (reader) => {
      const result = await run(reader, emulators());
      expect(result.error).toBeUndefined();
      expect(evaluatedIds(result.report as Report)).toEqual(ALL);
      baseline[reader] = result.report;
    },
  );

  describe.each(CASES)('$name', ({ faults, ...expected }) => {
    it.each(['readApps', 'scanTenant'] as const)('%s', async (reader) => {
      for (const fault of faults) emulators().faults.add(fault);
      const result = await run(reader, emulators());
      const outcome = expected[reader];
      const want = baseline[reader] as Report;

      if (outcome.kind === 'listingError') {
        expect(result.report).toBeUndefined();
        expect((result.error as Error).message).toMatch(outcome.message);
      } else {
        expect(result.error).toBeUndefined();
        const report = result.report as Report;
        // Reconciliation: every app counted exactly once.
        expect([...evaluatedIds(report), ...notEvaluatedIds(report)].sort()).toEqual(ALL);
        expect(report.summary.appsEvaluated + report.summary.appsNotEvaluated).toBe(ALL.length);
        if (outcome.kind === 'correct') {
          expect(report.notEvaluated).toEqual([]);
          expect(report.findings).toEqual(want.findings);
          expect(report.verdict).toBe(want.verdict);
        } else {
          expect(report.summary.appsNotEvaluated).toBeGreaterThan(0);
          if (outcome.apps === 'all') expect(notEvaluatedIds(report)).toEqual(ALL);
          else if (outcome.apps !== 'some') expect(notEvaluatedIds(report)).toEqual(outcome.apps);
          for (const n of report.notEvaluated) expect(n.reason).toMatch(outcome.reason);
          // The apps that were read get the verdicts they get without the fault. (A lost permission-name
          // lookup may name a permission by its id instead: the same rule still fires.)
          const read = new Set(evaluatedIds(report));
          expect(verdicts(report.findings)).toEqual(verdicts(want.findings.filter((f) => read.has(f.appId))));
        }
      }
      // Token canary: the OIDC token and the access token appear nowhere.
      expect(result.tokens.length).toBeGreaterThan(0);
      for (const token of result.tokens) {
        expect(result.surfaces).not.toContain(token);
        expect(result.surfaces).not.toContain(token.split('.')[2]);
      }
    });
  });
});
