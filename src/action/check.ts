// The action's shell around the one check pipeline (engine/check.ts): it chooses the sources —
// the job's OIDC token, the live Graph inventory (or a snapshot file), the checkout and the GitHub
// API — and hands them in. Failures become "not evaluated", never a silent pass.
import * as core from '@actions/core';
import { CLOUDS } from '../auth/clouds.js';
import { withEarlyToken, type EarlyOidcToken } from '../auth/early-oidc.js';
import { checkOidcAvailability, createOidcTokenSource } from '../auth/oidc.js';
import { requireIdentity, type ActionInputs } from '../config/inputs.js';
import { check } from '../engine/check.js';
import { snapshotInventorySource } from '../engine/inventory.js';
import { Notices, type Notice } from '../engine/notices.js';
import { emptyInventory, type InventorySource, type TenantRead, type TokenSource } from '../engine/sources.js';
import type { GitHubClient } from '../github/client.js';
import type { CompiledPolicy } from '../policy/index.js';
import type { Report } from '../report/model.js';
import { signalsNeedAttention, signalsSentence } from '../report/signals.js';
import { normaliseSignals } from '../signals/normalise.js';
import type { Snapshot } from '../snapshot/model.js';
import { actionRepository } from './repository.js';
import type { RunnerContext } from './runner-context.js';

export interface CheckOutcome {
  report: Report;
  github: GitHubClient | null;
}

export interface ActionCheckInput {
  inputs: Readonly<ActionInputs>;
  runner: RunnerContext;
  policy: CompiledPolicy;
  /** The snapshot file named by the `snapshot` input, already read (prepare.ts); null for a live run. */
  snapshot: Snapshot | null;
  earlyToken?: EarlyOidcToken | null;
  env?: NodeJS.ProcessEnv;
  /** Tenant-level reads done once per run before any app is judged, besides the shell's own (signals). */
  tenantReads?: readonly TenantRead[];
}

export async function runCheck(input: ActionCheckInput): Promise<CheckOutcome> {
  const { inputs, runner, policy, snapshot } = input;
  const env = input.env ?? process.env;
  const notices = new Notices();

  // A snapshot run signs in to nothing: no OIDC token, no Entra, no Graph.
  let token: TokenSource | null = null;
  let identity: { tenantId: string; clientId: string } | null = null;
  if (!snapshot) {
    const availability = checkOidcAvailability(env, {
      eventName: runner.eventName,
      actor: runner.actor,
      payload: runner.payload,
    });
    if (!availability.available && availability.reason === 'misconfigured') throw new Error(availability.explanation);
    if (availability.available) {
      identity = requireIdentity(inputs);
      token = createOidcTokenSource({
        audience: inputs.audience,
        fetchToken: withEarlyToken(input.earlyToken ?? null, (audience) => core.getIDToken(audience)),
      });
    } else {
      notices.add('apps-not-read', availability.explanation);
      core.notice(availability.explanation, { title: 'Entra Federation Guard: apps not read' });
    }
  }

  // The job's own token is the most faithful witness of the subject format; ask for it first, and load
  // the Azure SDK and Octokit (most of the bundle) while GitHub answers.
  const firstToken = token?.get() ?? null;
  firstToken?.catch(() => undefined); // awaited by the repository source
  const [inventoryModule, githubModule] = await Promise.all([
    identity ? import('./inventory.js') : null,
    inputs.githubToken ? import('../github/client.js') : null,
  ]);
  const gh = githubModule?.createGitHubClient({ token: inputs.githubToken, baseUrl: runner.apiUrl }) ?? null;

  let inventory: InventorySource;
  const tenantReads: TenantRead[] = [...(input.tenantReads ?? [])];
  if (snapshot) {
    inventory = snapshotInventorySource(snapshot, inputs.apps.length > 0 ? { appIds: inputs.apps } : {});
    notices.add(
      'snapshot',
      `The apps were judged from the snapshot exported ${snapshot.exportedAt} of tenant ${snapshot.tenant}, not the live tenant.`,
    );
    // The signals as they were at export time, when the snapshot carries them.
    const recorded = snapshot.signals;
    if (recorded) tenantReads.push({ name: 'signals', read: async () => ({ signals: normaliseSignals(recorded) }) });
  } else if (identity && token && inventoryModule) {
    const live = inventoryModule.actionLiveReads(inputs, identity, token);
    inventory = live.inventory;
    tenantReads.push(...live.tenantReads);
  } else {
    inventory = emptyInventory(inputs.tenantId ? { tenant: inputs.tenantId } : {});
  }

  const { report, notices: all } = await check({
    policy,
    inventory,
    repository: runner.repository ? actionRepository({ inputs, runner, gh, firstToken }) : null,
    now: new Date(),
    notices,
    tenantReads,
    // Remediation commands name the Graph of the cloud the tenant lives in (not a graph-endpoint override).
    graphEndpoint: CLOUDS[inputs.cloud].graphEndpoint,
    // The apps input (or the action's own client id) names the apps an unreadable client id is judged against.
    assumeUnattributed: 'named',
  });
  annotate(all);
  // A signal that was not read is never a silent pass: the summary line always says so, and a notice
  // annotation too once the guard was given any signal permission (a guard with none has not opted in).
  const notChecked = signalsSentence(report);
  if (notChecked && signalsNeedAttention(report))
    core.notice(notChecked, { title: 'Entra Federation Guard: signals not checked' });
  return { report, github: gh };
}

/** Notices that have a place (a workflow file and line) are shown there too, finding-free. */
function annotate(notices: readonly Notice[]): void {
  for (const notice of notices) {
    if (!notice.annotation) continue;
    const { title, file, line, text } = notice.annotation;
    core.notice(text ?? notice.message, { title, ...(file ? { file } : {}), ...(line ? { startLine: line } : {}) });
  }
}
