// Inputs are read once, validated, and frozen, before anything touches the network.
import { CLOUD_NAMES, type CloudName } from '../auth/clouds.js';
import {
  InputError,
  parseBoolean,
  parseEnum,
  parseGuid,
  parseGuidList,
  parseHttpsUrl,
  parseTenant,
  quote,
} from './validate.js';

import { FAIL_ON, type FailOn } from '../engine/verdict.js';
export { FAIL_ON, type FailOn } from '../engine/verdict.js';
export { CLOUD_NAMES, type CloudName } from '../auth/clouds.js';

export const DEFAULT_AUDIENCE = 'api://AzureADTokenExchange';

export interface ActionInputs {
  /** null only when no OIDC token can exist (fork or Dependabot pull request) and none was given. */
  tenantId: string | null;
  clientId: string | null;
  /** App registrations to audit; defaults to the client id. */
  apps: readonly string[];
  /** Explicit policy path, or null for the default lookup. */
  policy: string | null;
  failOn: FailOn;
  workflows: string;
  githubToken: string;
  comment: boolean;
  sarifFile: string | null;
  reportFile: string;
  audience: string;
  cloud: CloudName;
  authorityHost: string | null;
  graphEndpoint: string | null;
  /** Azure Resource Manager endpoint (managed identities' federated credentials); the cloud's when null. */
  armEndpoint: string | null;
  /**
   * A snapshot file (written by `export`), relative to the workspace: the apps are judged from it, with no
   * sign-in and no Graph read. `apps` then defaults to every app of the snapshot (empty list).
   */
  snapshot: string | null;
}

type Reader = (name: string) => string;

/**
 * The runner's INPUT_* variables, read exactly as @actions/core's getInput names them. Not through
 * @actions/core itself: the entry point validates inputs before it loads the rest of the action.
 */
export function inputReader(env: NodeJS.ProcessEnv = process.env): Reader {
  return (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
}

/**
 * Read and validate every input. `env` supplies the AZURE_* fallbacks and RUNNER_TEMP.
 * Throws InputError with one message per problem found, all at once.
 */
export function getInputs(
  env: NodeJS.ProcessEnv = process.env,
  read: Reader = inputReader(env),
): Readonly<ActionInputs> {
  const problems: string[] = [];
  const attempt = <T>(fn: () => T, fallback: T): T => {
    try {
      return fn();
    } catch (err) {
      if (err instanceof InputError) {
        problems.push(err.message);
        return fallback;
      }
      throw err;
    }
  };
  const text = (name: string) => read(name).trim();

  const tenantRaw = text('tenant-id') || (env.AZURE_TENANT_ID ?? '').trim();
  const clientRaw = text('client-id') || (env.AZURE_CLIENT_ID ?? '').trim();
  const tenantId = tenantRaw ? attempt(() => parseTenant('tenant-id', tenantRaw), null) : null;
  const clientId = clientRaw ? attempt(() => parseGuid('client-id', clientRaw), null) : null;
  const appsRaw = text('apps');
  const snapshot = text('snapshot') || null;
  const defaultApps = clientId && !snapshot ? [clientId] : [];
  const apps = appsRaw ? attempt(() => parseGuidList('apps', appsRaw), []) : defaultApps;

  const authorityRaw = text('authority-host');
  const graphRaw = text('graph-endpoint');
  const armRaw = text('arm-endpoint');
  const runnerTemp = env.RUNNER_TEMP ?? '';
  const reportFile =
    text('report-file') ||
    (runnerTemp ? `${runnerTemp}/entra-federation-guard/report.json` : 'entra-federation-guard-report.json');
  const audience = text('audience') || DEFAULT_AUDIENCE;
  if (/\s/.test(audience)) problems.push(`audience must not contain white space; got ${quote(audience)}.`);

  const inputs: ActionInputs = {
    tenantId,
    clientId,
    apps,
    policy: text('policy') || null,
    failOn: attempt(() => parseEnum('fail-on', text('fail-on') || 'error', FAIL_ON), 'error'),
    workflows: text('workflows') || '.github/workflows',
    githubToken: read('github-token'),
    comment: attempt(() => parseBoolean('comment', text('comment')), false),
    sarifFile: text('sarif-file') || null,
    reportFile,
    audience,
    cloud: attempt(() => parseEnum('cloud', text('cloud') || 'AzureCloud', CLOUD_NAMES), 'AzureCloud'),
    authorityHost: authorityRaw ? attempt(() => parseHttpsUrl('authority-host', authorityRaw), null) : null,
    graphEndpoint: graphRaw ? attempt(() => parseHttpsUrl('graph-endpoint', graphRaw), null) : null,
    armEndpoint: armRaw ? attempt(() => parseHttpsUrl('arm-endpoint', armRaw), null) : null,
    snapshot,
  };
  if (problems.length > 0) throw new InputError(problems.join('\n'));
  return Object.freeze({ ...inputs, apps: Object.freeze([...inputs.apps]) });
}

/** Signing in needs both ids; checked only where a token can exist, so forks can still analyse workflows. */
export function requireIdentity(inputs: Readonly<ActionInputs>): { tenantId: string; clientId: string } {
  const missing: string[] = [];
  if (!inputs.tenantId) missing.push('tenant-id (or the AZURE_TENANT_ID environment variable)');
  if (!inputs.clientId) missing.push('client-id (or the AZURE_CLIENT_ID environment variable)');
  if (missing.length > 0 || !inputs.tenantId || !inputs.clientId) {
    throw new InputError(
      `Missing ${missing.join(' and ')}: set them to the directory (tenant) ID and the application (client) ID of the app registration this workflow signs in as.`,
    );
  }
  return { tenantId: inputs.tenantId, clientId: inputs.clientId };
}
