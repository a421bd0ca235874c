// workflow-unreadable: a workflow file the analysis could not read or parse. Its jobs are unknown, so a pull
// request could hide a job that signs in (say, a pull_request_target job) by making its file unreadable to the
// parser while GitHub still runs it. Like the policy rules it looks at the repository, not at an app: the
// findings come from workflowUnreadableFindings(), and check() has nothing to say about an app.
import type { CompiledPolicy } from '../compile.js';
import type { Finding, RuleDefinition } from '../types.js';
import type { WorkflowAnalysis } from '../../workflows/model.js';

export const WORKFLOW_UNREADABLE_RULE = 'workflow-unreadable';

export const workflowUnreadable: RuleDefinition = {
  id: WORKFLOW_UNREADABLE_RULE,
  defaultSeverity: 'error',
  title: 'A workflow file could not be read or parsed, so the jobs in it were not checked.',
  rationale:
    'Every job that signs in must be judged. A file that is too large, a symlink out of the checkout, or YAML the analysis refuses (invalid, or past its size limits) hides its jobs; on a pull request that is exactly how a new sign-in could slip past the check, so it fails instead of passing quietly.',
  example: '.github/workflows/deploy.yml: YAML refused: more than 200000 nodes once aliases are expanded.',
  fix: 'Make the file valid YAML within the limits (at most 1 MiB, at most 200,000 nodes once anchors and aliases are expanded) and a regular file inside the repository, not a symlink.',
  check: () => [],
};

/** One finding per unreadable workflow file, at the line the problem was found. */
export function workflowUnreadableFindings(policy: CompiledPolicy, analysis: WorkflowAnalysis | undefined): Finding[] {
  const setting = policy.severities.get(WORKFLOW_UNREADABLE_RULE) ?? workflowUnreadable.defaultSeverity;
  if (setting === 'off' || !analysis) return [];
  return analysis.problems
    .filter((p) => p.unreadable === true)
    .map((p): Finding => ({
      rule: WORKFLOW_UNREADABLE_RULE,
      severity: setting,
      appId: '',
      target: { kind: 'workflowJob', id: p.file, name: '*' },
      message: `The workflow ${p.file} was not analysed (${p.message}), so whether its jobs sign in, and with which subject, is unknown.`,
      remediation: workflowUnreadable.fix,
      location: { file: p.file, line: p.line },
    }));
}
