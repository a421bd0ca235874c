// What a run needs before any network call: validated inputs, the runner's context and the
// compiled policy. A mistake in any of them fails here, before the OIDC token is requested.
import { getInputs, type ActionInputs } from '../config/inputs.js';
import { readPolicy } from '../policy/file.js';
import type { CompiledPolicy } from '../policy/index.js';
import { readRunnerContext, type RunnerContext } from './runner-context.js';

export interface Prepared {
  inputs: Readonly<ActionInputs>;
  runner: RunnerContext;
  policy: CompiledPolicy;
}

export async function prepare(env: NodeJS.ProcessEnv = process.env): Promise<Prepared> {
  const inputs = getInputs(env);
  const runner = readRunnerContext(env);
  const policy = await readPolicy(inputs.policy ?? undefined, runner.workspace);
  return { inputs, runner, policy };
}
