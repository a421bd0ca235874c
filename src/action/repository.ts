// The action's repository source: the subject format from the job's own OIDC token (or the GitHub
// API), the environments' protection rules, and the workflows of the checkout.
import * as core from '@actions/core';
import { decodeStringClaims, describeClaims, formatPresented, subjectFormatFromToken } from '../auth/oidc.js';
import type { ActionInputs } from '../config/inputs.js';
import type { Notices } from '../engine/notices.js';
import type { RepositorySource, RepositoryView } from '../engine/sources.js';
import type { GitHubClient } from '../github/client.js';
import { analyseWorkflows } from '../workflows/analyse.js';
import { readWorkflowFiles } from '../workflows/read.js';
import type { EnvironmentProtection, RepositoryFacts, SubjectFormat, WorkflowAnalysis } from '../workflows/model.js';
import { resolveClientIds } from './client-ids.js';
import type { RunnerContext } from './runner-context.js';

export interface ActionRepositoryOptions {
  inputs: Readonly<ActionInputs>;
  runner: RunnerContext;
  gh: GitHubClient | null;
  /** The job's OIDC token, when one was asked for (its claims tell the subject format). */
  firstToken: Promise<string> | null;
}

export function actionRepository(options: ActionRepositoryOptions): RepositorySource {
  return {
    async read(notices: Notices): Promise<RepositoryView> {
      const { inputs, runner, gh, firstToken } = options;
      let tokenFormat: SubjectFormat | null = null;
      let claims: Record<string, string> = {};
      if (firstToken) {
        const token = await firstToken;
        claims = decodeStringClaims(token);
        core.info(`Presenting the GitHub OIDC token: ${formatPresented(describeClaims(token))}`);
        tokenFormat = subjectFormatFromToken(claims);
      }
      const repository = await learnRepository(runner, gh, tokenFormat, claims, notices);
      const environments = await learnEnvironments(repository, gh, notices);
      const workflows = await analyse(inputs, runner, repository, gh, notices);
      return {
        repository,
        ...(environments ? { environments } : {}),
        ...(workflows ? { workflows } : {}),
      };
    },
  };
}

async function learnRepository(
  runner: RunnerContext,
  gh: GitHubClient | null,
  tokenFormat: SubjectFormat | null,
  claims: Record<string, string>,
  notices: Notices,
): Promise<RepositoryFacts> {
  const { owner, name } = runner.repository as { owner: string; name: string };
  const facts: RepositoryFacts = {
    owner,
    name,
    ...(claims.repository_owner_id ? { ownerId: claims.repository_owner_id } : {}),
    ...(claims.repository_id ? { repoId: claims.repository_id } : {}),
    subjectFormat: tokenFormat && tokenFormat.source === 'token' ? tokenFormat : { kind: 'default', source: 'assumed' },
  };
  if (gh) {
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
  }
  if (facts.subjectFormat.source === 'assumed') {
    notices.add(
      'subject-format-assumed',
      "The repository's OIDC subject format could not be learned (no OIDC token, and the GitHub API did not answer); " +
        "predictions assume GitHub's default form repo:OWNER/REPO:<context>.",
    );
  }
  return facts;
}

async function learnEnvironments(
  repository: RepositoryFacts,
  gh: GitHubClient | null,
  notices: Notices,
): Promise<ReadonlyMap<string, EnvironmentProtection> | undefined> {
  const result = gh ? await gh.readEnvironments(repository.owner, repository.name) : null;
  if (result?.available) return result.value;
  notices.add(
    'environments-unknown',
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
  notices: Notices,
): Promise<WorkflowAnalysis | undefined> {
  const { files, problems } = await readWorkflowFiles(runner.workspace, inputs.workflows);
  if (files.length === 0 && problems.length === 0) {
    // Most often a missing actions/checkout: judging trusts against no workflows would call them all unused.
    notices.add(
      'workflows-missing',
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
    // Finding-free, but shown where the author looks: on the file and line GitHub could not use.
    notices.add('workflow-not-analysed', `${problem.file}:${problem.line}: ${problem.message}`, {
      title: 'Workflow not analysed',
      file: problem.file,
      line: problem.line,
      text: problem.message,
    });
  }
  const clientIdNotices: string[] = [];
  const resolved = await resolveClientIds(analysis, {
    runner,
    gh,
    clientId: inputs.clientId,
    notices: clientIdNotices,
  });
  for (const message of clientIdNotices) notices.add('client-id', message);
  return resolved;
}
