// Pure: which app a job signs in as, as far as the workflow files, the policy's client-ids map and the
// apps the user named tell.
import type { ClientIdRef, SignIn, WorkflowAnalysis, WorkflowJob } from './model.js';

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
export const TOKEN_EXCHANGE_AUDIENCE = 'api://AzureADTokenExchange';

/** yes/no: known; assumed: unreadable, judged as one of the named apps; unknown: not attributed. */
export type Attribution = 'yes' | 'no' | 'unknown' | 'assumed';

export interface AttributionOptions {
  /** The client-id reference the action itself was given (e.g. vars.AZURE_CLIENT_ID). */
  actionClientId?: ClientIdRef;
  /** The policy's client-ids: `NAME` or `NAME@ENVIRONMENT` (see clientIdKey) → app id (lower case). */
  clientIds?: Readonly<Record<string, string>>;
  /** Apps an unreadable client id is assumed to be, judged together. */
  assumedApps?: readonly string[];
}

/** The key of a client-ids entry: secret or variable names are case-insensitive, and so are environments. */
export function clientIdKey(name: string, environment?: string): string {
  return environment === undefined ? name.toUpperCase() : `${name.toUpperCase()}@${environment.toLowerCase()}`;
}

/** The app id the policy's client-ids map gives a `secrets.NAME`/`vars.NAME` reference, environment first. */
export function mappedClientId(
  clientId: ClientIdRef,
  environment: string | null | undefined,
  clientIds: Readonly<Record<string, string>> | undefined,
): string | undefined {
  if (!clientIds || (clientId.source !== 'secrets' && clientId.source !== 'vars')) return undefined;
  const name = clientId.value.replace(/^(?:secrets|vars)\./, '');
  const scoped = environment ? clientIds[clientIdKey(name, environment)] : undefined;
  return scoped ?? clientIds[clientIdKey(name)];
}

/** The federated sign-ins of a job (an unread reusable workflow counts as one, through its client id). */
export function federatedSignIns(job: WorkflowJob): SignIn[] {
  if (job.signIns) return job.signIns.filter((s) => s.federated);
  if (!job.signsIn) return [];
  const signIn: SignIn = { method: job.signInMethod ?? 'unknown', line: job.line, federated: true };
  if (job.clientId) signIn.clientId = job.clientId;
  return [signIn];
}

/** Sign-ins with a stored client secret or certificate. */
export function secretSignIns(job: WorkflowJob): SignIn[] {
  return (job.signIns ?? []).filter((s) => !s.federated);
}

/**
 * Does this sign-in use the app? A literal GUID (or a variable read through the API) decides; then the
 * policy's client-ids; then the same reference as the one the action itself was given; then, for what
 * cannot be read, the apps the user named (assumed).
 */
export function signsInAs(
  clientId: ClientIdRef | undefined,
  appId: string,
  options: AttributionOptions | ClientIdRef = {},
  environment?: string | null,
): Attribution {
  const opts: AttributionOptions = 'source' in options ? { actionClientId: options } : options;
  const app = appId.toLowerCase();
  const assumed = (): Attribution => (opts.assumedApps?.some((a) => a.toLowerCase() === app) ? 'assumed' : 'unknown');
  if (!clientId) return assumed();
  const resolved = clientId.resolved ?? (clientId.source === 'literal' ? clientId.value : undefined);
  if (resolved !== undefined) return resolved.toLowerCase() === app ? 'yes' : 'no';
  const mapped = mappedClientId(clientId, environment, opts.clientIds);
  if (mapped !== undefined) return mapped.toLowerCase() === app ? 'yes' : 'no';
  const own = opts.actionClientId;
  if (own && own.source === clientId.source && own.value === clientId.value) {
    if (own.resolved === undefined) return 'yes';
    return own.resolved.toLowerCase() === app ? 'yes' : 'no';
  }
  return assumed();
}

function combine(verdicts: Attribution[]): Attribution {
  if (verdicts.includes('yes')) return 'yes';
  if (verdicts.includes('assumed')) return 'assumed';
  if (verdicts.includes('unknown')) return 'unknown';
  return 'no';
}

/** How a job relates to an app through its federated sign-ins: 'yes' when any of them is the app. */
export function jobSignsInAs(
  job: WorkflowJob,
  appId: string,
  options: AttributionOptions | ClientIdRef = {},
): Attribution {
  const environment = job.environment?.name;
  return combine(federatedSignIns(job).map((s) => signsInAs(s.clientId, appId, options, environment)));
}

/** The same for the job's sign-ins with a stored secret or certificate. */
export function jobSignsInWithSecretAs(job: WorkflowJob, appId: string, options: AttributionOptions = {}): Attribution {
  const environment = job.environment?.name;
  return combine(secretSignIns(job).map((s) => signsInAs(s.clientId, appId, options, environment)));
}

export function issuerOf(analysis: WorkflowAnalysis): string {
  return analysis.repository.oidcIssuer ?? GITHUB_ISSUER;
}
