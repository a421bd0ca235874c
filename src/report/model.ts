import type { Finding, Severity } from '../policy/types.js';
import type { NotEvaluated } from '../inventory/model.js';
import type { SignalState } from '../signals/model.js';

export type Verdict = 'pass' | 'warn' | 'fail';

export interface SuppressedFinding extends Finding {
  exception: { reason: string; expires: string };
}

/** The JSON report, version 1. Field names are part of the public contract. */
export interface Report {
  version: 1;
  tool: { name: string; version: string };
  verdict: Verdict;
  summary: {
    errors: number;
    warnings: number;
    notices: number;
    appsEvaluated: number;
    appsNotEvaluated: number;
  };
  apps: { appId: string; objectId: string; displayName: string; kind?: 'agentIdentityBlueprint' }[];
  findings: Finding[];
  notEvaluated: NotEvaluated[];
  /** Findings an unexpired policy exception suppressed; not counted. */
  suppressed: SuppressedFinding[];
  /** Informational messages (e.g. no OIDC token on a fork PR, malformed workflow files). */
  notices: string[];
  /**
   * Entra's own signals (risk, conditional access, licences): each one's status (available, unlicensed,
   * forbidden, unsupportedCloud, error) and why. Absent when the run read no signal (offline, no token).
   */
  signals?: SignalState[];
  /** Where the run came from, used to refuse merging unlike shard reports. */
  scope?: { tenant?: string; policyDigest?: string; shard?: string };
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/** The verdict follows the counts: fail with any error, warn with any warning, else pass. */
export function verdictOf(counts: Record<Severity, number>): Verdict {
  if (counts.error > 0) return 'fail';
  if (counts.warning > 0) return 'warn';
  return 'pass';
}
