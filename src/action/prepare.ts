// What a run needs before any network call: validated inputs, the runner's context, the compiled
// policy and (with the snapshot input) the snapshot. A mistake in any of them fails here, before the
// OIDC token is requested.
import path from 'node:path';
import { getInputs, type ActionInputs } from '../config/inputs.js';
import { readPolicy } from '../policy/file.js';
import type { CompiledPolicy } from '../policy/index.js';
import type { Snapshot } from '../snapshot/model.js';
import { readSnapshotFile } from '../snapshot/read.js';
import { readRunnerContext, type RunnerContext } from './runner-context.js';

export interface Prepared {
  inputs: Readonly<ActionInputs>;
  runner: RunnerContext;
  policy: CompiledPolicy;
  /** The snapshot the `snapshot` input names; null for a live run. */
  snapshot: Snapshot | null;
}

export async function prepare(env: NodeJS.ProcessEnv = process.env): Promise<Prepared> {
  const inputs = getInputs(env);
  const runner = readRunnerContext(env);
  const policy = await readPolicy(inputs.policy ?? undefined, runner.workspace);
  const snapshot = inputs.snapshot ? await readSnapshotFile(path.resolve(runner.workspace, inputs.snapshot)) : null;
  if (snapshot && inputs.tenantId && inputs.tenantId.toLowerCase() !== snapshot.tenant.toLowerCase())
    throw new Error(
      `tenant-id ${inputs.tenantId} does not match the snapshot ${inputs.snapshot}, which is of tenant ${snapshot.tenant}: drop tenant-id or use the snapshot of that tenant.`,
    );
  return { inputs, runner, policy, snapshot };
}
