// Pure: which app a job signs in as, as far as the workflow files tell.
import type { ClientIdRef, SignIn, WorkflowAnalysis, WorkflowJob } from './model.js';

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
export const TOKEN_EXCHANGE_AUDIENCE = 'api://AzureADTokenExchange';

export type Attribution = 'yes' | 'no' | 'unknown';

/** The federated sign-ins of a job (an unread reusable workflow counts as one, through its client id). */
export function federatedSignIns(job: WorkflowJob): SignIn[] {
  if (job.signIns) return job.signIns.filter((s) => s.federated);
  if (!job.signsIn) return [];
  const signIn: SignIn = { method: job.signInMethod ?? 'unknown', line: job.line, federated: true };
  if (job.clientId) signIn.clientId = job.clientId;
  return [signIn];
}

/**
 * Does this sign-in use the app? A literal GUID decides; otherwise the same reference as the one the action
 * itself was given (e.g. both `vars.AZURE_CLIENT_ID`) counts as the same app.
 */
export function signsInAs(clientId: ClientIdRef | undefined, appId: string, actionClientId?: ClientIdRef): Attribution {
  if (!clientId) return 'unknown';
  const resolved = clientId.resolved ?? (clientId.source === 'literal' ? clientId.value : undefined);
  if (resolved !== undefined) return resolved.toLowerCase() === appId.toLowerCase() ? 'yes' : 'no';
  if (actionClientId && actionClientId.source === clientId.source && actionClientId.value === clientId.value) {
    const actionResolved = actionClientId.resolved;
    if (actionResolved === undefined) return 'yes';
    return actionResolved.toLowerCase() === appId.toLowerCase() ? 'yes' : 'no';
  }
  return 'unknown';
}

/** How a job relates to an app: 'yes' when any of its federated sign-ins is the app. */
export function jobSignsInAs(job: WorkflowJob, appId: string, actionClientId?: ClientIdRef): Attribution {
  let result: Attribution = 'no';
  for (const signIn of federatedSignIns(job)) {
    const verdict = signsInAs(signIn.clientId, appId, actionClientId);
    if (verdict === 'yes') return 'yes';
    if (verdict === 'unknown') result = 'unknown';
  }
  return result;
}

export function issuerOf(analysis: WorkflowAnalysis): string {
  return analysis.repository.oidcIssuer ?? GITHUB_ISSUER;
}
