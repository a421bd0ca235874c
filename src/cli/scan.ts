// `scan`: policy → (workflows) → apps, live through Graph or offline from a snapshot → one report.
import { resolve } from 'node:path';
import { audit, type InventoryItem } from '../audit.js';
import { parseTenant } from '../config/validate.js';
import { readSnapshotFile, snapshotInventory, SnapshotError } from '../snapshot/index.js';
import type { Report } from '../report/model.js';
import { enumValue, flag, parseCommandLine, stringValue, validated, type Values } from './args.js';
import { IncompleteError, UsageError } from './errors.js';
import { HELP } from './help.js';
import { writeResult, type CliDeps, type CliIo } from './io.js';
import { connect, parseLiveTarget, liveInventory } from './live.js';
import { OUTPUT_OPTIONS, REPOSITORY_OPTIONS, SELECTION_OPTIONS, TENANT_OPTIONS } from './options.js';
import { loadPolicy } from './policy.js';
import { createProgress, SILENT } from './progress.js';
import { FAIL_ON, REPORT_FORMATS, exitCodeOf, outcomeLine, renderReport, useColor } from './report.js';
import { analyseRepository, parseRepositoryOptions, repositoryFacts } from './repository.js';
import { formatShard, inShard, parseSelection, type Selection } from './selection.js';
import { readRunSignals } from './signals.js';
import type { TenantSignals } from '../signals/model.js';

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

const NETWORK_FLAGS = ['cloud', 'authority-host', 'graph-endpoint'] as const;

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
  const repository = repoOptions ? await repositoryFacts(repoOptions, deps.git) : null;
  const analysed = repoOptions && repository ? await analyseRepository(repoOptions.dir, repository) : null;
  const snapshot = snapshotPath === undefined ? null : await readSnapshot(resolve(io.cwd, snapshotPath));
  if (snapshot) checkSnapshotTenant(values, snapshot.tenant);

  const progress = flag(values, 'quiet') ? SILENT : createProgress(io.stderr, { label: 'scan' });
  let inventory: AsyncIterable<InventoryItem> | InventoryItem[];
  let tenant: string;
  let signals: TenantSignals | undefined;
  if (snapshot) {
    tenant = snapshot.tenant;
    inventory = snapshotInventory(snapshot, {
      ...(selection.kind === 'apps' ? { appIds: selection.appIds } : {}),
      include: (appId) => inShard(appId, selection.shard),
    });
    progress.total(inventory.length);
  } else {
    const live = target as NonNullable<typeof target>;
    tenant = live.tenant;
    const client = await connect(live, deps.createCredential);
    inventory = liveInventory(client, selection, progress);
    // [signals][lifecycle] Entra's signals, read once per run; owners batched as the apps stream (issues 13, 14).
    const run = await readRunSignals(client, live.cloud ?? 'AzureCloud', selection, policy);
    inventory = run.wrap(inventory);
    signals = run.signals;
  }

  const notices = [...(analysed?.notices ?? [])];
  if (analysed)
    notices.push(
      'Environment protection rules are not read by the CLI, so fic-unprotected-environment was not evaluated.',
    );
  const report: Report = await audit(inventory, {
    policy,
    context: {
      now: io.now(),
      ...(analysed ? { workflows: analysed.analysis, repository: analysed.analysis.repository } : {}),
      ...(signals ? { signals } : {}), // [signals]
    },
    notices,
    scope: { tenant, ...(selection.shard ? { shard: formatShard(selection.shard) } : {}) },
    onProgress: ({ apps, notEvaluated, findings }) => progress.update({ apps, notEvaluated, findings }),
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
