// `npm run bench`: the single-app check, cold start and the tenant scan, each printed with its
// ratio to the bound it is judged against (docs/performance.md records the figures and the machine).
import { cpus, freemem, totalmem } from 'node:os';
import { median, ratio } from './chain.js';
import { measureProcessStart } from './process-start.js';
import { describeRequest, runSingleApp } from './single-app.js';
import { runScan, scanBound, type ScanSetup } from './tenant-scan.js';
import { PARSERS, timeAll } from './adversarial.js';

const ms = (n: number) => `${Math.round(n)} ms`;
const mb = (n: number) => `${n.toFixed(0)} MB`;

console.log(
  `Machine: ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM ` +
    `(${(freemem() / 2 ** 30).toFixed(1)} GiB free), Node ${process.version}\n`,
);

// --- Process start ---------------------------------------------------------------------------
const start = await measureProcessStart();
console.log('Process start (median of 7)');
console.log(`  node -e ''                              ${ms(start.bareNodeMs)}`);
console.log(`  node dist/index.js to its input error   ${ms(start.bundleToInputErrorMs)}\n`);

// --- 1. Single-app check ---------------------------------------------------------------------
// The chain no run can avoid: OIDC token → token POST → one Graph $batch, three round trips. MSAL sends no
// discovery request to the public cloud (its metadata is built in); against the emulator's custom authority it
// does, so that round trip is modelled out of the measurement rather than counted in the bound.
const UNAVOIDABLE = 3;
for (const latencyMs of [50, 150]) {
  const runs = await runSingleApp(latencyMs, 3);
  const wall = median(runs.map((r) => r.wallMs));
  const last = runs.at(-1);
  if (!last) throw new Error('no run');
  // Entra's own fetches of the issuer's discovery document and keys happen inside its token POST
  // (real Entra caches them); they are not round trips of the action but do lengthen the POST.
  const own = last.chain;
  const emulatorOnly = last.entraIssuerFetches + last.discoveryRequests;
  const bound = start.bundleToInputErrorMs + UNAVOIDABLE * latencyMs;
  const modelled = wall - emulatorOnly * latencyMs;
  console.log(`1. Single-app check, ${latencyMs} ms round trip (median of ${runs.length})`);
  console.log(
    `  time to verdict             ${ms(wall)} (verdict ${last.verdict}, ${last.appsNotEvaluated} not evaluated)`,
  );
  console.log(
    `  as against the public cloud ${ms(modelled)} (less ${last.discoveryRequests} MSAL discovery and ${last.entraIssuerFetches} Entra issuer fetch(es) × ${latencyMs} ms, emulator artefacts)`,
  );
  console.log(`  bound                       ${ms(bound)} = process start + ${UNAVOIDABLE} × ${latencyMs} ms`);
  console.log(
    `  ratio                       ${ratio(modelled, bound)} (target ≤ 1.30×); unmodelled ${ratio(wall, bound)}`,
  );
  console.log(`  sequential round trips      ${own.length}: ${own.map(describeRequest).join(' → ')}`);
  console.log(`  requests                    ${last.requests} in all, ${last.graphRequests} to Graph\n`);
}

// --- 2. Cold start ---------------------------------------------------------------------------
const cold = await runSingleApp(0, 5);
const firstRequest = median(cold.map((r) => r.firstRequestMs));
console.log('2. Cold start: spawn to first outgoing request (median of 5, no added latency)');
console.log(
  `  ${ms(firstRequest)} vs node -e '' ${ms(start.bareNodeMs)}: ${ratio(firstRequest, start.bareNodeMs)} (target < 3×)\n`,
);

// --- 3. Tenant scan --------------------------------------------------------------------------
const setup: ScanSetup = { latencyMs: 50, ruPer10s: 3500 };
console.log(
  `3. Tenant scan: ${setup.latencyMs} ms round trip, Graph throttling ${setup.ruPer10s} RU / 10 s (a small tenant's app+tenant limit) and 150 keyCredentials $select a minute per tenant, 4 federated credentials per app`,
);
const scans = [];
for (const apps of [1000, 10_000, 50_000]) scans.push(await runScan('scan', apps, setup));
const naive = await runScan('naive', 1000, setup);
const baseline = await runScan('baseline', 0, setup);
console.log('  apps     wall      bound     ratio   HTTP  Graph ops  429s  RU     key$sel  peak RSS  live heap');
for (const s of scans) {
  const { boundMs } = scanBound(s, setup);
  console.log(
    `  ${String(s.apps).padEnd(8)} ${ms(s.wallMs).padEnd(9)} ${ms(boundMs).padEnd(9)} ${ratio(s.wallMs, boundMs).padEnd(7)} ${String(s.httpRequests).padEnd(5)} ${String(s.operations).padEnd(10)} ${String(s.throttled).padEnd(5)} ${String(s.resourceUnits).padEnd(6)} ${String(s.keyCredentialSelects).padEnd(8)} ${mb(s.maxRssMb).padEnd(9)} ${s.liveHeapMb.toFixed(1)} MB` +
      (s.appsNotEvaluated > 0 ? `  (${s.appsNotEvaluated} not evaluated!)` : ''),
  );
}
console.log(`  process baseline (modules loaded, nothing read): peak RSS ${mb(baseline.maxRssMb)}`);
console.log(
  '  bound = the largest of: listing pages one after another; resource units beyond the first bucket at its refill rate;',
);
console.log(
  '  requests naming keyCredentials in $select beyond the first 150, at 150 a minute (key$sel: how many the scan sent).',
);
// Issue 14: the same 50,000-app scan with Entra's signals on (report collections once per run, owners batched).
const withSignals = await runScan('signals', 50_000, setup);
console.log(
  `  with signals at ${withSignals.apps} apps: ${ms(withSignals.wallMs)}, ${withSignals.httpRequests} HTTP, ${withSignals.operations} Graph ops, ${withSignals.throttled} × 429, ${withSignals.resourceUnits} RU, peak RSS ${mb(withSignals.maxRssMb)} (target < 250 MB), live heap ${withSignals.liveHeapMb.toFixed(1)} MB` +
    (withSignals.appsNotEvaluated > 0 ? `  (${withSignals.appsNotEvaluated} not evaluated!)` : ''),
);
const tenK = scans[1];
if (tenK) {
  const perApp = {
    http: naive.httpRequests / naive.apps,
    ops: naive.operations / naive.apps,
    ru: naive.resourceUnits / naive.apps,
  };
  const naive10k = {
    http: perApp.http * tenK.apps,
    ops: perApp.ops * tenK.apps,
    // Extrapolated: the first bucket is free, the rest comes at the refill rate (the 1k run shows it).
    wallMs: Math.max(
      naive.wallMs * (tenK.apps / naive.apps),
      ((perApp.ru * tenK.apps - setup.ruPer10s) / setup.ruPer10s) * 10_000,
    ),
  };
  console.log(
    `  naive per-app scan (listApplications + readApps), measured on ${naive.apps} apps: ${ms(naive.wallMs)}, ${naive.httpRequests} HTTP, ${naive.operations} Graph ops, ${naive.throttled} × 429, ${naive.resourceUnits} RU`,
  );
  console.log(
    `  naive at ${tenK.apps} apps (extrapolated: a full run would wait out throttling for minutes): ~${Math.round(naive10k.wallMs / 1000)} s, ~${Math.round(naive10k.http)} HTTP, ~${Math.round(naive10k.ops)} Graph ops`,
  );
  console.log(
    `  scan vs naive at ${tenK.apps}: ${(naive10k.ops / tenK.operations).toFixed(1)}× fewer Graph operations, ${(naive10k.http / tenK.httpRequests).toFixed(1)}× fewer HTTP requests (target ≥ 20×), ${(naive10k.wallMs / tenK.wallMs).toFixed(1)}× faster`,
  );
  // The baseline, one request per app read and no $batch: each of those Graph operations is its own request.
  console.log(
    `  scan vs an unbatched one-request-per-read scan at ${tenK.apps}: ~${Math.round(naive10k.ops)} HTTP requests vs ${tenK.httpRequests}: ${(naive10k.ops / tenK.httpRequests).toFixed(0)}× fewer (target ≥ 20×)`,
  );
}

// --- Adversarial input ------------------------------------------------------------------------
// Every parser of untrusted input on megabyte-sized runs that make backtracking regexes and quadratic loops blow
// up (bench/adversarial.ts); the fuzz suite holds each to a generous bound, this prints the worst case.
{
  const timings = timeAll();
  const worst = [...timings].sort((a, b) => b.ms - a.ms);
  console.log(`\nAdversarial input: ${timings.length} megabyte-sized inputs across ${PARSERS.length} parsers`);
  for (const parser of PARSERS) {
    const own = worst.find((t) => t.parser === parser.name);
    if (own) console.log(`  ${parser.name.padEnd(52)} worst ${ms(own.ms)} (${own.input}, ${own.bytes} chars)`);
  }
  const top = worst[0];
  if (top) console.log(`  worst case overall: ${ms(top.ms)}, ${top.parser} on ${top.input} (fuzz bound 30 s)`);
}
