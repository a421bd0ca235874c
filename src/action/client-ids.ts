// Which app each workflow job signs in as. A literal GUID says it; `vars.NAME` is read through
// the GitHub API when the token allows; anything else (secrets, expressions) is tied to the
// checked app only when it is the very reference this action's own step was given.
import type { GitHubClient } from '../github/client.js';
import type { ClientIdRef, SignIn, WorkflowAnalysis, WorkflowJob } from '../workflows/model.js';
import type { RunnerContext } from './runner-context.js';

interface Options {
  runner: RunnerContext;
  gh: GitHubClient | null;
  /** The client id the action signs in with, when known. */
  clientId: string | null;
  notices: string[];
}

export async function resolveClientIds(analysis: WorkflowAnalysis, options: Options): Promise<WorkflowAnalysis> {
  const resolved = await resolveVariables(analysis, options.gh, options.runner.repository ?? null, options.notices);
  const jobs = resolved.jobs;
  const actionClientId = ownClientIdRef(jobs, options);
  for (const job of jobs) {
    for (const signIn of job.signIns ?? []) {
      const ref = signIn.clientId;
      if (!signIn.federated || !ref || ref.resolved || ref.source === 'literal') continue;
      if (actionClientId && actionClientId.source === ref.source && actionClientId.value === ref.value) continue;
      options.notices.push(
        `${job.file}:${signIn.line}: job '${job.job}' signs in with client id from ${ref.value}, which cannot be read here; ` +
          "unless the policy file's client-ids maps it, it is judged against the audited apps together (attribution assumed).",
      );
    }
  }
  return { ...resolved, ...(actionClientId ? { actionClientId } : {}) };
}

/** `vars.NAME` client ids read through the GitHub API (the action and the CLI). */
export async function resolveVariables(
  analysis: WorkflowAnalysis,
  gh: GitHubClient | null,
  repository: { owner: string; name: string } | null,
  notices: string[],
): Promise<WorkflowAnalysis> {
  const variables = await readVariables(analysis, gh, repository, notices);
  const resolve = (ref: ClientIdRef | undefined): ClientIdRef | undefined => {
    if (!ref || ref.source !== 'vars') return ref;
    const value = variables.get(variableName(ref.value));
    return value ? { ...ref, resolved: value.toLowerCase(), resolvedBy: 'github-api' } : ref;
  };
  const jobs: WorkflowJob[] = analysis.jobs.map((job) => {
    const clientId = resolve(job.clientId);
    return {
      ...job,
      ...(clientId ? { clientId } : {}),
      ...(job.signIns
        ? {
            signIns: job.signIns.map((s): SignIn => ({
              ...s,
              ...(s.clientId ? { clientId: resolve(s.clientId) as ClientIdRef } : {}),
            })),
          }
        : {}),
    };
  });
  return { ...analysis, jobs };
}

/** The reference in this action's own step (found through GITHUB_WORKFLOW_REF and GITHUB_JOB). */
function ownClientIdRef(jobs: readonly WorkflowJob[], { runner, clientId }: Options): ClientIdRef | undefined {
  const own = jobs.find((j) => j.file === runner.workflowFile && j.job === runner.job);
  const step = own?.signIns?.find((s) => /entra-federation-guard|\(this action\)/.test(s.method) && s.clientId);
  if (!step?.clientId) return undefined;
  return clientId ? { ...step.clientId, resolved: clientId } : step.clientId;
}

function variableName(expression: string): string {
  return expression.replace(/^vars\./, '');
}

async function readVariables(
  analysis: WorkflowAnalysis,
  gh: GitHubClient | null,
  repository: { owner: string; name: string } | null,
  notices: string[],
): Promise<Map<string, string>> {
  const names = new Set<string>();
  for (const job of analysis.jobs) {
    for (const ref of [job.clientId, ...(job.signIns ?? []).map((s) => s.clientId)]) {
      if (ref?.source === 'vars') names.add(variableName(ref.value));
    }
  }
  const values = new Map<string, string>();
  if (names.size === 0 || !repository) return values;
  if (!gh) {
    notices.push(`Client ids from variables (${[...names].join(', ')}) were not read: no GitHub token.`);
    return values;
  }
  const { owner, name } = repository;
  await Promise.all(
    [...names].map(async (variable) => {
      const result = await gh.readVariable(owner, name, variable);
      if (result.available) values.set(variable, result.value.trim());
      else notices.push(`The repository variable ${variable} could not be read (${result.reason}).`);
    }),
  );
  return values;
}
