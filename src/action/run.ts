// The action's orchestration once it is loaded: check (engine) → publish → verdict. Every failure
// ends in one core.setFailed with context, never a token.
import * as core from '@actions/core';
import type { EarlyOidcToken } from '../auth/early-oidc.js';
import { redactTokens } from '../auth/mask.js';
import { redactDeep, registerEnvironmentSecrets } from '../auth/redact.js';
import { failureLine } from '../engine/verdict.js';
import { runCheck } from './check.js';
import type { Prepared } from './prepare.js';
import { publish } from './publish.js';

export async function runAction(
  prepared: Prepared | { error: unknown },
  earlyToken: EarlyOidcToken | null = null,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  // Every credential the runner holds is redacted by value from every output, from the first line on.
  registerEnvironmentSecrets(env);
  try {
    if ('error' in prepared) throw prepared.error;
    const { inputs, runner, policy, snapshot } = prepared;
    const { report, github } = await runCheck({ inputs, runner, policy, snapshot, earlyToken, env });
    await publish(report, inputs, runner, policy, github);
    // Redacted before the reasons are cut short: a cut token would no longer match its value.
    const failure = failureLine(redactDeep(report), inputs.failOn, 'the job summary');
    if (failure) core.setFailed(redactTokens(failure));
  } catch (error) {
    core.setFailed(`Entra Federation Guard: ${redactTokens(error instanceof Error ? error.message : String(error))}`);
  }
}
