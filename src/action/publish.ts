// Where people look: outputs, the JSON report, SARIF, the job summary, annotations and the
// sticky PR comment, all rendered from the same report.
import path from 'node:path';
import * as core from '@actions/core';
import type { ActionInputs } from '../config/inputs.js';
import { writeContainedFile } from '../fs/workspace.js';
import { redactDeep } from '../auth/redact.js';
import { GITHUB_ACTIONS_BOT_LOGIN, type GitHubClient } from '../github/client.js';
import type { CompiledPolicy } from '../policy/index.js';
import { RULES } from '../policy/index.js';
import { emitAnnotations, planAnnotations } from '../report/annotations.js';
import { upsertStickyComment } from '../report/comment.js';
import { renderComment } from '../report/comment.js';
import { renderJson } from '../report/json.js';
import type { Report } from '../report/model.js';
import { renderSarif } from '../report/sarif.js';
import { renderSummary } from '../report/summary.js';
import { TOOL_URI, TOOL_VERSION } from '../version.js';
import { commentApiFor } from './comment-api.js';
import type { RunnerContext } from './runner-context.js';

export async function publish(
  checked: Report,
  inputs: Readonly<ActionInputs>,
  runner: RunnerContext,
  policy: CompiledPolicy,
  gh: GitHubClient | null,
): Promise<void> {
  // Every output below is rendered from this copy: no credential the run holds, in any field, reaches one, and it
  // is removed before Markdown escaping could hide it from a later pass (or from the runner's own masking).
  const report = redactDeep(checked);
  const reportFile = path.resolve(runner.workspace, inputs.reportFile);
  await writeText(runner, reportFile, renderJson(report), 'report-file');
  if (inputs.sarifFile) {
    const sarif = renderSarif(report, { rules: RULES, toolVersion: TOOL_VERSION, informationUri: TOOL_URI });
    await writeText(
      runner,
      path.resolve(runner.workspace, inputs.sarifFile),
      `${JSON.stringify(sarif, null, 2)}\n`,
      'sarif-file',
    );
  }

  core.setOutput('verdict', report.verdict);
  core.setOutput('errors', String(report.summary.errors));
  core.setOutput('warnings', String(report.summary.warnings));
  core.setOutput('report-file', reportFile);

  emitAnnotations(
    planAnnotations(report.findings, policy.source ? { policyFile: relativeTo(runner.workspace, policy.source) } : {}),
  );
  await core.summary.addRaw(renderSummary(report, { rules: RULES })).write();

  if (inputs.comment) await comment(report, runner, gh);
}

async function comment(report: Report, runner: RunnerContext, gh: GitHubClient | null): Promise<void> {
  if (!runner.pullRequest || !runner.repository) {
    core.info('comment: true has no effect outside pull_request events.');
    return;
  }
  if (!gh) {
    core.notice('comment: true needs github-token; no comment was posted.');
    return;
  }
  const { owner, name } = runner.repository;
  const author = await commentAuthor(gh);
  const result = await upsertStickyComment(commentApiFor(gh, owner, name, author), {
    owner,
    repo: name,
    issueNumber: runner.pullRequest.number,
    body: renderComment(report, runner.runUrl ? { runUrl: runner.runUrl } : {}),
    botLogin: author,
  });
  if (result.action === 'skipped') core.notice(`No pull request comment was posted: ${result.reason}`);
  else core.info(`Pull request comment ${result.action}.`);
}

/**
 * The account our comments are written as. Only its comments are ours: another bot's comment that starts with our
 * marker (a forged "all clear", or renovate[bot] quoting us) is never edited and never a reason not to post. When
 * GitHub cannot say, the workflow token's github-actions[bot] is assumed; a GitHub App token's comments are then
 * not recognised and a new one is posted, which is safe.
 */
async function commentAuthor(gh: GitHubClient): Promise<string> {
  const identity = await gh.whoAmI();
  if (identity.available) return identity.value.login;
  core.info(`${identity.reason} Assuming the workflow token (${GITHUB_ACTIONS_BOT_LOGIN}) for the sticky comment.`);
  return GITHUB_ACTIONS_BOT_LOGIN;
}

/**
 * The checkout is the pull request's: report-file or a folder on its way may be a symlink it committed. Files are
 * written only inside the workspace or the runner's temp folder, and never through a symlink.
 */
async function writeText(runner: RunnerContext, file: string, text: string, input: string): Promise<void> {
  const within = runner.temp ? [runner.workspace, runner.temp] : [runner.workspace];
  await writeContainedFile(file, text, { within, what: `the ${input} input's file` });
}

function relativeTo(root: string, file: string): string {
  const rel = path.relative(root, path.resolve(root, file));
  return rel.startsWith('..') ? file : rel.split(path.sep).join('/');
}
