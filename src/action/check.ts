// One action run, from inputs to a report: sign in (when GitHub allows a token), read the
// apps, learn the repository's subject format and environments, analyse the workflows, and
// hand everything to the pure engine. Failures become "not evaluated", never a silent pass.
import * as core from '@actions/core';
import { audit, type InventoryItem } from '../audit.js';
import { withEarlyToken, type EarlyOidcToken } from '../auth/early-oidc.js';
import {
  checkOidcAvailability,
  createOidcTokenSource,
  decodeStringClaims,
  describeClaims,
  formatPresented,
  subjectFormatFromToken,
} from '../auth/oidc.js';
import { requireIdentity, type ActionInputs } from '../config/inputs.js';
import type { GitHubClient } from '../github/client.js';
import type { CompiledPolicy } from '../policy/index.js';
import type { Report } from '../report/model.js';
import { signalsNeedAttention, signalsSentence } from '../report/signals.js';
import type { TenantSignals } from '../signals/model.js';
import { analyseWorkflows } from '../workflows/analyse.js';
import { readWorkflowFiles } from '../workflows/read.js';
import type { EnvironmentProtection, RepositoryFacts, SubjectFormat, WorkflowAnalysis } from '../workflows/model.js';
import type { RunnerContext } from './runner-context.js';
import { resolveClientIds } from './client-ids.js';

export interface CheckOutcome {
  report: Report;
  github: GitHubClient | null;
}

export async function runCheck(
  inputs: Readonly<ActionInputs>,
  runner: RunnerContext,
  policy: CompiledPolicy,
  earlyToken: EarlyOidcToken | null = null,
): Promise<CheckOutcome> {
  const notices: string[] = [];
  const availability = checkOidcAvailability(process.env, {
    eventName: runner.eventName,
    actor: runner.actor,
    payload: runner.payload,
  });
  if (!availability.available && availability.reason === 'misconfigured') throw new Error(availability.explanation);
  const identity = availability.available ? requireIdentity(inputs) : null;
  const tokenSource = availability.available
    ? createOidcTokenSource({
        audience: inputs.audience,
        fetchToken: withEarlyToken(earlyToken, (audience) => core.getIDToken(audience)),
      })
    : null;

  // The job's own token is the most faithful witness of the subject format; ask for it first, and load
  // the Azure SDK and Octokit (most of the bundle) while GitHub answers.
  const firstToken = tokenSource?.get();
  firstToken?.catch(() => undefined); // awaited below
  const [inventoryModule, githubModule] = await Promise.all([
    identity ? import('./inventory.js') : null,
    inputs.githubToken ? import('../github/client.js') : null,
  ]);
  const gh = githubModule?.createGitHubClient({ token: inputs.githubToken, baseUrl: runner.apiUrl }) ?? null;

  let tokenFormat: SubjectFormat | null = null;
  let tokenClaims: Record<string, string> = {};
  if (tokenSource && firstToken) {
    const token = await firstToken;
    tokenClaims = decodeStringClaims(token);
    core.info(`Presenting the GitHub OIDC token: ${formatPresented(describeClaims(token))}`);
    tokenFormat = subjectFormatFromToken(tokenClaims);
  }

  // The Entra → Graph chain and the GitHub reads below are independent: run them side by side, so the
  // run waits for the longer of the two chains instead of their sum (bench/: single-app check).
  const inventoryRead: Promise<{ items: InventoryItem[]; signals: TenantSignals | null }> =
    identity && tokenSource && inventoryModule
      ? inventoryModule.readInventory(inputs, identity, () => tokenSource.get())
      : Promise.resolve({ items: [], signals: null });
  inventoryRead.catch(() => undefined); // awaited below; this only keeps an early throw above from orphaning it

  const repository = runner.repository ? await learnRepository(runner, gh, tokenFormat, tokenClaims, notices) : null;
  const environments = repository ? await learnEnvironments(repository, gh, notices) : undefined;
  const analysis = repository ? await analyse(inputs, runner, repository, gh, notices) : undefined;

  const { items: inventory, signals } = await inventoryRead;
  if (!availability.available) {
    notices.push(availability.explanation);
    core.notice(availability.explanation, { title: 'Entra Federation Guard: apps not read' });
  }

  const report = await audit(inventory, {
    policy,
    context: {
      now: new Date(),
      ...(analysis ? { workflows: analysis } : {}),
      ...(repository ? { repository } : {}),
      ...(environments ? { environments } : {}),
      ...(signals ? { signals } : {}), // [signals] issue 13
    },
    notices,
    scope: inputs.tenantId ? { tenant: inputs.tenantId } : {},
    // The apps input (or the action's own client id) names the apps an unreadable client id is judged against.
    assumeUnattributed: 'named',
  });
  // [signals] A signal that was not read is never a silent pass: the summary line always says so, and a notice
  // annotation too once the guard was given any signal permission (a guard with none has not opted in).
  const notChecked = signalsSentence(report);
  if (notChecked && signalsNeedAttention(report))
    core.notice(notChecked, { title: 'Entra Federation Guard: signals not checked' });
  return { report, github: gh };
}

async function learnRepository(
  runner: RunnerContext,
  gh: GitHubClient | null,
  tokenFormat: SubjectFormat | null,
  claims: Record<string, string>,
  notices: string[],
): Promise<RepositoryFacts> {
  const { owner, name } = runner.repository as { owner: string; name: string };
  const facts: RepositoryFacts = {
    owner,
    name,
    ...(claims.repository_owner_id ? { ownerId: claims.repository_owner_id } : {}),
    ...(claims.repository_id ? { repoId: claims.repository_id } : {}),
    subjectFormat: tokenFormat && tokenFormat.source === 'token' ? tokenFormat : { kind: 'default', source: 'assumed' },
  };
  if (!gh) return withAssumption(facts, notices);
  const [repo, customization] = await Promise.all([
    gh.readRepository(owner, name),
    gh.readSubjectCustomization(owner, name),
  ]);
  if (repo.available) {
    facts.ownerId ??= repo.value.ownerId;
    facts.repoId ??= repo.value.repoId;
    facts.defaultBranch = repo.value.defaultBranch;
  }
  if (facts.subjectFormat.source !== 'token' && customization.available) facts.subjectFormat = customization.value;
  return withAssumption(facts, notices);
}

function withAssumption(facts: RepositoryFacts, notices: string[]): RepositoryFacts {
  if (facts.subjectFormat.source === 'assumed') {
    notices.push(
      "The repository's OIDC subject format could not be learned (no OIDC token, and the GitHub API did not answer); " +
        "predictions assume GitHub's default form repo:OWNER/REPO:<context>.",
    );
  }
  return facts;
}

async function learnEnvironments(
  repository: RepositoryFacts,
  gh: GitHubClient | null,
  notices: string[],
): Promise<ReadonlyMap<string, EnvironmentProtection> | undefined> {
  const result = gh ? await gh.readEnvironments(repository.owner, repository.name) : null;
  if (result?.available) return result.value;
  notices.push(
    `Environment protection rules are unknown (${result ? result.reason : 'no github-token'}), so ` +
      'fic-unprotected-environment was not evaluated. Give the token `actions: read` to check them.',
  );
  return undefined;
}

async function analyse(
  inputs: Readonly<ActionInputs>,
  runner: RunnerContext,
  repository: RepositoryFacts,
  gh: GitHubClient | null,
  notices: string[],
): Promise<WorkflowAnalysis | undefined> {
  const { files, problems } = await readWorkflowFiles(runner.workspace, inputs.workflows);
  if (files.length === 0 && problems.length === 0) {
    // Most often a missing actions/checkout: judging trusts against no workflows would call them all unused.
    notices.push(
      `No workflow files were found in ${inputs.workflows}; the workflow-aware checks were skipped. ` +
        'Run actions/checkout before this action, or set the workflows input.',
    );
    return undefined;
  }
  const analysis = analyseWorkflows(files, repository);
  // Files that could not be read are problems of the analysis too (workflow-unreadable reports them).
  analysis.problems.unshift(...problems);
  for (const problem of analysis.problems) {
    // An unreadable file is a workflow-unreadable finding (an error on the file), not a notice.
    if (problem.unreadable) continue;
    notices.push(`${problem.file}:${problem.line}: ${problem.message}`);
    // Finding-free, but shown where the author looks: on the file and line GitHub could not use.
    core.notice(problem.message, { title: 'Workflow not analysed', file: problem.file, startLine: problem.line });
  }
  return resolveClientIds(analysis, { runner, gh, clientId: inputs.clientId, notices });
}
