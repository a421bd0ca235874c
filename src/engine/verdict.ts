// The one verdict path both shells share: whether a report fails the run, the exit code the CLI
// returns, and the one line that says why (the action's ::error::, the CLI's stderr). A partial
// check never passes, and the line names each app that was not evaluated with its reason.
import { escapeForLine } from './text.js';
import type { Report } from '../report/model.js';

export const FAIL_ON = ['error', 'warning', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** The CLI's exit codes for a finished check (usage errors are the shell's own, exit 2). */
export const OUTCOME_EXIT = { pass: 0, policyFailure: 1, incomplete: 3 } as const;

export type Outcome =
  | { kind: 'pass'; exitCode: 0 }
  | { kind: 'policy-failure'; exitCode: 1; errors: number; warnings: number }
  | { kind: 'incomplete'; exitCode: 3; notEvaluated: Report['notEvaluated'] };

/** How many not-evaluated apps the one-line explanation names before it says "and N more". */
const NAMED_APPS_MAX = 10;
const REASON_MAX = 300;

export function outcomeOf(report: Report, failOn: FailOn): Outcome {
  const { errors, warnings, appsNotEvaluated } = report.summary;
  if (appsNotEvaluated > 0 || report.notEvaluated.length > 0)
    return { kind: 'incomplete', exitCode: 3, notEvaluated: report.notEvaluated };
  if ((failOn === 'error' && errors > 0) || (failOn === 'warning' && errors + warnings > 0))
    return { kind: 'policy-failure', exitCode: 1, errors, warnings };
  return { kind: 'pass', exitCode: 0 };
}

/** The apps not evaluated, each with its reason, on one line (untrusted text made single-line and bounded). */
export function describeNotEvaluated(notEvaluated: Report['notEvaluated']): string {
  const named = notEvaluated
    .slice(0, NAMED_APPS_MAX)
    .map((n) => `${escapeForLine(n.appId, 100)} (${escapeForLine(n.reason, REASON_MAX)})`);
  const more = notEvaluated.length - named.length;
  return `${named.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
}

/**
 * Why the run fails, in one line, or null when it passes. `where` names the place with the details
 * ("the job summary", "the report").
 */
export function failureLine(report: Report, failOn: FailOn, where: string): string | null {
  const outcome = outcomeOf(report, failOn);
  switch (outcome.kind) {
    case 'incomplete': {
      const count = outcome.notEvaluated.length || report.summary.appsNotEvaluated;
      return (
        `${count} app(s) could not be evaluated: ${describeNotEvaluated(outcome.notEvaluated)}. ` +
        `A partial check does not pass; see "Not evaluated" in ${where}.`
      );
    }
    case 'policy-failure':
      return failOn === 'warning'
        ? `${outcome.errors} error(s) and ${outcome.warnings} warning(s) found (fail-on: warning).`
        : `${outcome.errors} error(s) found (fail-on: error).`;
    case 'pass':
      return null;
  }
}
