// Where people look: outputs, the JSON report, SARIF, the job summary, annotations and the
// sticky PR comment, all rendered from the same report.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import type { ActionInputs } from '../config/inputs.js';
import type { GitHubClient } from '../github/client.js';
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
  report: Report,
  inputs: Readonly<ActionInputs>,
  runner: RunnerContext,
  policy: CompiledPolicy,
  gh: GitHubClient | null,
): Promise<void> {
  const reportFile = path.resolve(runner.workspace, inputs.reportFile);
  await writeText(reportFile, renderJson(report));
  if (inputs.sarifFile) {
    const sarif = renderSarif(report, { rules: RULES, toolVersion: TOOL_VERSION, informationUri: TOOL_URI });
    await writeText(path.resolve(runner.workspace, inputs.sarifFile), `${JSON.stringify(sarif, null, 2)}\n`);
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
  const result = await upsertStickyComment(commentApiFor(gh, owner, name), {
    owner,
    repo: name,
    issueNumber: runner.pullRequest.number,
    body: renderComment(report, runner.runUrl ? { runUrl: runner.runUrl } : {}),
  });
  if (result.action === 'skipped') core.notice(`No pull request comment was posted: ${result.reason}`);
  else core.info(`Pull request comment ${result.action}.`);
}

async function writeText(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text, 'utf8');
}

function relativeTo(root: string, file: string): string {
  const rel = path.relative(root, path.resolve(root, file));
  return rel.startsWith('..') ? file : rel.split(path.sep).join('/');
}
