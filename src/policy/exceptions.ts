// Policy exceptions: which findings an exception covers, and when it has lapsed.
import type { AppInventory } from '../inventory/model.js';
import type { SuppressedFinding } from '../report/model.js';
import type { CompiledException, CompiledPolicy } from './compile.js';
import { isPastEndOfDay } from './dates.js';
import { sortFindings } from './order.js';
import type { Finding } from './types.js';

export const EXCEPTION_EXPIRED_RULE = 'policy-exception-expired';

export function isExceptionActive(exception: CompiledException, now: Date): boolean {
  return !isPastEndOfDay(exception.expires, now);
}

/**
 * Whether the exception is written for this finding (ignoring its expiry). Ids only: the app by appId or object
 * id, the credential by its id; never a display name, which whoever can edit the app controls.
 */
export function exceptionCovers(
  exception: CompiledException,
  finding: Finding,
  app: Pick<AppInventory, 'appId' | 'objectId'>,
): boolean {
  if (exception.rule !== finding.rule) return false;
  const wanted = exception.app.toLowerCase();
  if (wanted !== app.appId.toLowerCase() && wanted !== app.objectId.toLowerCase()) return false;
  if (exception.credential === undefined) return true;
  return exception.credential.toLowerCase() === finding.target.id.toLowerCase();
}

/** Splits findings into those reported and those an unexpired exception suppresses. */
export function applyExceptions(
  findings: readonly Finding[],
  app: Pick<AppInventory, 'appId' | 'objectId'>,
  exceptions: readonly CompiledException[],
  now: Date,
): { findings: Finding[]; suppressed: SuppressedFinding[] } {
  const active = exceptions.filter((e) => isExceptionActive(e, now));
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const finding of findings) {
    const exception = active.find((e) => exceptionCovers(e, finding, app));
    if (exception) suppressed.push({ ...finding, exception: { reason: exception.reason, expires: exception.expires } });
    else kept.push(finding);
  }
  return { findings: kept, suppressed };
}

/** Findings about the policy itself: every exception that has lapsed, located at its line in the policy file. */
export function policyFindings(policy: CompiledPolicy, now: Date): Finding[] {
  const setting = policy.severities.get(EXCEPTION_EXPIRED_RULE) ?? 'warning';
  if (setting === 'off') return [];
  const findings = policy.exceptions
    .filter((e) => !isExceptionActive(e, now))
    .map((e): Finding => {
      const scope = e.credential === undefined ? '' : ` and credential "${e.credential}"`;
      return {
        rule: EXCEPTION_EXPIRED_RULE,
        severity: setting,
        appId: e.app,
        target: { kind: 'application', id: e.app, name: e.app },
        message: `The policy exception for ${e.rule} on app "${e.app}"${scope} expired on ${e.expires} (reason: "${e.reason}"); the findings it suppressed are reported again.`,
        remediation: `Fix what the exception covered and delete it from ${e.location.file} (line ${e.location.line}), or set a new \`expires\` date if more time has been agreed.`,
        location: { file: e.location.file, line: e.location.line },
      };
    });
  return sortFindings(findings);
}
