// `export`: the selected apps, read exactly as scan reads them, written as a snapshot without secrets.
import { Notices } from '../engine/notices.js';
import type { RawApp } from '../graph/normalise.js';
import type { NotEvaluated } from '../inventory/model.js';
import { buildSnapshot, renderSnapshot, type GraphJson } from '../snapshot/index.js';
import { forPullRequests } from '../snapshot/pull-requests.js';
import { parseGitHubRepo } from './repository.js';
import { readSignals } from '../signals/read.js';
import { flag, parseCommandLine, stringValue } from './args.js';
import { EXIT } from './errors.js';
import { HELP } from './help.js';
import { writeResult, type CliDeps, type CliIo } from './io.js';
import { connect, parseLiveTarget, liveRawInventory, managedIdentityReader } from './live.js';
import { OUTPUT_OPTIONS, SELECTION_OPTIONS, TENANT_OPTIONS } from './options.js';
import { createProgress, SILENT } from './progress.js';
import { parseSelection } from './selection.js';

const OPTIONS = {
  ...SELECTION_OPTIONS,
  ...TENANT_OPTIONS,
  ...OUTPUT_OPTIONS,
  'for-pull-requests': { type: 'string' },
} as const;

export async function exportCommand(argv: readonly string[], io: CliIo, deps: CliDeps): Promise<number> {
  const { values } = parseCommandLine('export', argv, OPTIONS);
  if (flag(values, 'help')) {
    io.stdout.write(`${HELP.export}\n`);
    return 0;
  }
  const selection = parseSelection(values);
  const target = parseLiveTarget(values, io.env);
  const output = stringValue(values, 'output');
  const quiet = flag(values, 'quiet');
  const pullRequestsText = stringValue(values, 'for-pull-requests');
  const pullRequests =
    pullRequestsText === undefined ? undefined : parseGitHubRepo('--for-pull-requests', pullRequestsText);

  const progress = quiet ? SILENT : createProgress(io.stderr, { label: 'export' });
  let roles: string[] | null = null;
  const client = await connect(target, deps.createCredential, (r) => (roles = r));
  // [signals] The snapshot records each signal's status (and data) at export time (issue 13).
  const signals = await readSignals(client, {
    cloud: target.cloud ?? 'AzureCloud',
    roles,
    ...(selection.kind === 'apps' ? { appIds: selection.appIds } : {}),
  });
  const apps: RawApp[] = [];
  const notEvaluated: NotEvaluated[] = [];
  let graphServicePrincipal: GraphJson | null = null;
  const notices = new Notices();
  const outcomes = liveRawInventory(
    client,
    selection,
    progress,
    (servicePrincipal) => {
      graphServicePrincipal = servicePrincipal;
    },
    notices,
    // [managed identities] their federated credentials come from ARM
    managedIdentityReader(target, deps.createCredential),
  );
  for await (const outcome of outcomes) {
    if ('raw' in outcome) apps.push(outcome.raw);
    else notEvaluated.push(outcome.notEvaluated);
    progress.update({ apps: apps.length, notEvaluated: notEvaluated.length });
  }
  progress.done();
  // What the reader could not check for every app (e.g. directory roles) is said where the person looks.
  if (!quiet) for (const notice of notices.all()) io.stderr.write(`export: ${notice.message}\n`);

  const snapshot = buildSnapshot({
    tenant: target.tenant,
    exportedAt: io.now(),
    apps,
    notEvaluated,
    graphServicePrincipal,
    signals,
  });
  await writeResult(
    io,
    output,
    renderSnapshot(pullRequests === undefined ? snapshot : forPullRequests(snapshot, pullRequests)),
  );
  if (notEvaluated.length === 0) return EXIT.pass;
  if (!quiet)
    io.stderr.write(
      `export: ${notEvaluated.length} app(s) could not be read; the snapshot lists them under "notEvaluated" (exit 3).\n`,
    );
  return EXIT.incomplete;
}
