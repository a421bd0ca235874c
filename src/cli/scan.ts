// `scan`: policy → (workflows) → apps, live through Graph or offline from a snapshot → one report.
import { resolve } from 'node:path';
import { CLOUDS } from '../auth/clouds.js';
import { parseTenant } from '../config/validate.js';
import { check } from '../engine/check.js';
import { snapshotInventorySource } from '../engine/inventory.js';
import type { InventorySource, RepositorySource, TenantRead } from '../engine/sources.js';
import { readSnapshotFile, SnapshotError } from '../snapshot/index.js';
import { normaliseSignals } from '../signals/normalise.js';
import { enumValue, flag, parseCommandLine, stringValue, validated, type Values } from './args.js';
import { IncompleteError, UsageError } from './errors.js';
import { HELP } from './help.js';
import { writeResult, type CliDeps, type CliIo } from './io.js';
import { connect, parseLiveTarget, liveInventory, managedIdentityReader } from './live.js';
import { OUTPUT_OPTIONS, REPOSITORY_OPTIONS, SELECTION_OPTIONS, TENANT_OPTIONS } from './options.js';
import { loadPolicy } from './policy.js';
import { createProgress, SILENT } from './progress.js';
import { FAIL_ON, REPORT_FORMATS, exitCodeOf, outcomeLine, renderReport, useColor } from './report.js';
import {
  analyseRepository,
  githubFromEnvironment,
  parseRepositoryOptions,
  repositoryFacts,
  type RepositoryAnalysis,
} from './repository.js';
import { formatShard, inShard, parseSelection, type Selection } from './selection.js';
import { readRunSignals } from './signals.js';
import type { LifecycleRun } from '../signals/lifecycle-run.js';
import type { InventoryItem } from '../audit.js';

const OPTIONS = {
  ...SELECTION_OPTIONS,
  ...TENANT_OPTIONS,
  ...REPOSITORY_OPTIONS,
  ...OUTPUT_OPTIONS,
  policy: { type: 'string' },
  format: { type: 'string', short: 'f' },
  'fail-on': { type: 'string' },
  snapshot: { type: 'string' },
} as const;

const NETWORK_FLAGS = ['cloud', 'authority-host', 'graph-endpoint', 'arm-endpoint'] as const;

export async function scanCommand(argv: readonly string[], io: CliIo, deps: CliDeps): Promise<number> {
  const { values } = parseCommandLine('scan', argv, OPTIONS);
  if (flag(values, 'help')) {
    io.stdout.write(`${HELP.scan}\n`);
    return 0;
  }
  const format = enumValue('format', stringValue(values, 'format') ?? 'text', REPORT_FORMATS);
  const failOn = enumValue('fail-on', stringValue(values, 'fail-on') ?? 'error', FAIL_ON);
  const output = stringValue(values, 'output');
  const selection = parseSelection(values);
  const snapshotPath = stringValue(values, 'snapshot');
  const target = snapshotPath === undefined ? parseLiveTarget(values, io.env) : null;
  if (snapshotPath !== undefined) checkOfflineFlags(values, selection);
  const repoOptions = parseRepositoryOptions(values, io.cwd, false);

  // Everything that can be wrong with the inputs is found before any network call.
  const { policy, file: policyFile } = await loadPolicy(stringValue(values, 'policy'), io.cwd, repoOptions?.dir);
  const github = repoOptions ? await githubFromEnvironment(io.env) : null;
  const factNotices: string[] = [];
  const repository = repoOptions ? await repositoryFacts(repoOptions, deps.git, github, factNotices) : null;
  const analysed = repoOptions && repository ? await analyseRepository(repoOptions.dir, repository, github) : null;
  const snapshot = snapshotPath === undefined ? null : await readSnapshot(resolve(io.cwd, snapshotPath));
  if (snapshot) checkSnapshotTenant(values, snapshot.tenant);

  const progress = flag(values, 'quiet') ? SILENT : createProgress(io.stderr, { label: 'scan' });
  const shard = selection.shard ? formatShard(selection.shard) : undefined;
  let inventory: InventorySource;
  const tenantReads: TenantRead[] = [];
  if (snapshot) {
    // [signals] The signals as they were at export time (older snapshots carry none), judged as live.
    const recorded = snapshot.signals;
    if (recorded) tenantReads.push({ name: 'signals', read: async () => ({ signals: normaliseSignals(recorded) }) });
    inventory = snapshotInventorySource(snapshot, {
      ...(selection.kind === 'apps' ? { appIds: selection.appIds } : {}),
      include: (appId) => inShard(appId, selection.shard),
      ...(shard ? { shard } : {}),
    });
  } else {
    const live = target as NonNullable<typeof target>;
    // Signing in fails fast, before anything is listed.
    let roles: string[] | null = null;
    const client = await connect(live, deps.createCredential, (r) => (roles = r));
    // [signals][lifecycle] Entra's signals, read once per run (issues 13, 14); owners are read as the apps pass.
    const run = readRunSignals(client, live.cloud ?? 'AzureCloud', selection, policy, roles);
    tenantReads.push({ name: 'signals', read: async () => ({ signals: (await run).signals }) });
    // [managed identities] their federated credentials come from ARM
    const managedIdentities = managedIdentityReader(live, deps.createCredential);
    inventory = {
      kind: 'graph',
      scope: { tenant: live.tenant, ...(shard ? { shard } : {}) },
      read: (notices) => withOwners(run, liveInventory(client, selection, progress, notices, managedIdentities)),
    };
  }

  const { report } = await check({
    policy,
    inventory,
    repository: analysed ? localRepository(analysed, factNotices) : null,
    tenantReads,
    // Remediation commands name the Graph of the cloud the tenant lives in (the global cloud for a snapshot).
    ...(target ? { graphEndpoint: CLOUDS[target.cloud ?? 'AzureCloud'].graphEndpoint } : {}),
    now: io.now(),
    onProgress: ({ apps, notEvaluated, findings }) => progress.update({ apps, notEvaluated, findings }),
    // --apps names the apps an unreadable client id is judged against; --all, those that trust the repository.
    assumeUnattributed: selection.kind === 'apps' ? 'named' : 'trusts-repository',
  });
  progress.done();

  await writeResult(
    io,
    output,
    renderReport(report, format, {
      color: useColor(io, output),
      ...(repoOptions ? { repoRoot: repoOptions.dir } : {}),
      ...(policyFile ? { policyFile } : {}),
    }),
  );
  const outcome = outcomeLine(report, failOn);
  if (outcome && !flag(values, 'quiet')) io.stderr.write(`scan: ${outcome}\n`);
  return exitCodeOf(report, failOn);
}

function checkOfflineFlags(values: Values, selection: Selection): void {
  for (const name of NETWORK_FLAGS)
    if (values[name] !== undefined)
      throw new UsageError(`--${name} does not apply with --snapshot, which evaluates the file offline.`);
  if (selection.kind === 'all' && selection.filter)
    throw new UsageError(
      '--filter does not apply with --snapshot: export with --filter, or scan the snapshot with --apps.',
    );
}

async function readSnapshot(path: string) {
  try {
    return await readSnapshotFile(path);
  } catch (error) {
    if (error instanceof SnapshotError) throw new IncompleteError(error.message);
    throw error;
  }
}

function checkSnapshotTenant(values: Values, snapshotTenant: string): void {
  const flagged = stringValue(values, 'tenant');
  if (flagged === undefined) return;
  const tenant = validated(() => parseTenant('--tenant', flagged.trim()));
  if (tenant !== snapshotTenant.toLowerCase())
    throw new UsageError(`--tenant ${tenant} does not match the snapshot, which is of tenant ${snapshotTenant}.`);
}

/** The CLI's repository source: the local checkout, analysed before any network call. */
function localRepository(analysed: RepositoryAnalysis, factNotices: readonly string[]): RepositorySource {
  return {
    read: async (notices) => {
      for (const message of [...factNotices, ...analysed.notices]) notices.add('info', message);
      notices.add(
        'environments-unknown',
        'Environment protection rules are not read by the CLI, so fic-unprotected-environment was not evaluated.',
      );
      return { workflows: analysed.analysis, repository: analysed.analysis.repository };
    },
  };
}

/** The apps as they stream, each with its owners read (in batches) once the run's signals are in. */
async function* withOwners(
  run: Promise<LifecycleRun>,
  items: AsyncIterable<InventoryItem>,
): AsyncGenerator<InventoryItem> {
  yield* (await run).wrap(items);
}
