// The action's orchestrator: prepared inputs and policy (see index.ts) → check → publish →
// verdict. Every failure ends in one core.setFailed with context, never a token.
import * as core from '@actions/core';
import type { EarlyOidcToken } from './auth/early-oidc.js';
import { redactTokens } from './auth/mask.js';
import { registerEnvironmentSecrets } from './auth/redact.js';
import type { FailOn } from './config/inputs.js';
import { prepare, type Prepared } from './action/prepare.js';
import type { Report } from './report/model.js';
import { runCheck } from './action/check.js';
import { publish } from './action/publish.js';

/**
 * Runs the action. index.ts passes what it prepared while the OIDC request was out; called with no argument
 * (as `@github/local-action` calls it), run() reads and checks the inputs and the policy itself.
 */
export async function run(
  preparedAhead?: Prepared | { error: unknown },
  earlyToken: EarlyOidcToken | null = null,
): Promise<void> {
  registerEnvironmentSecrets(process.env);
  try {
    const prepared = preparedAhead ?? (await prepare(process.env));
    if ('error' in prepared) throw prepared.error;
    const { inputs, runner, policy } = prepared;
    const { report, github } = await runCheck(inputs, runner, policy, earlyToken);
    await publish(report, inputs, runner, policy, github);
    const failure = failureOf(report, inputs.failOn);
    if (failure) core.setFailed(failure);
  } catch (error) {
    core.setFailed(`Entra Federation Guard: ${redactTokens(error instanceof Error ? error.message : String(error))}`);
  }
}

/** Why the job fails, or null: the verdict reached fail-on, or some app could not be checked. */
export function failureOf(report: Report, failOn: FailOn): string | null {
  const { errors, warnings, appsNotEvaluated } = report.summary;
  if (appsNotEvaluated > 0) {
    return `${appsNotEvaluated} app(s) could not be evaluated; see "Not evaluated" in the job summary. A partial check does not pass.`;
  }
  if (failOn === 'error' && errors > 0) return `${errors} error(s) found (fail-on: error).`;
  if (failOn === 'warning' && errors + warnings > 0)
    return `${errors} error(s) and ${warnings} warning(s) found (fail-on: warning).`;
  return null;
}
