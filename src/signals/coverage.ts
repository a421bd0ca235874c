// Which conditional access policies cover a deploy identity, and whether they would block its sign-in.
// Pure. Entra's rules for workload identities (learn.microsoft.com/entra/identity/conditional-access/
// workload-identity): a policy includes service principals by object id or `ServicePrincipalsInMyTenant`,
// minus exclusions; it must target all resources; block is its only grant control; only state `enabled`
// is enforced (`enabledForReportingButNotEnforced` only logs). A blocked sign-in fails with AADSTS53003.
import type { ConditionalAccessPolicy, ServicePrincipalRisk, TenantSignals } from './model.js';

export const ALL_SERVICE_PRINCIPALS = 'ServicePrincipalsInMyTenant';
const AT_RISK = new Set(['atRisk', 'confirmedCompromised']);

export type Coverage =
  /** Included (by id or tenant-wide), not excluded, all resources, block. */
  | 'covers'
  /** Would cover, but excludes this service principal. */
  | 'excluded'
  /** Includes or excludes through a servicePrincipalFilter the guard cannot evaluate. */
  | 'filter';

export interface PolicyCoverage {
  policy: ConditionalAccessPolicy;
  coverage: Coverage;
  enforced: boolean;
  /** One sentence: whether the policy would block this identity's next sign-in, when it is enforced. */
  prediction: string;
  /** True when the policy blocks this identity's sign-in now, whatever the runner; null when it depends on the runner. */
  blocksNow: boolean | null;
}

const has = (list: readonly string[], value: string) => list.some((v) => v.toLowerCase() === value.toLowerCase());

function coverageOf(policy: ConditionalAccessPolicy, objectId: string): Coverage | null {
  if (!has(policy.builtInControls, 'block')) return null;
  if (!has(policy.includeApplications, 'All')) return null;
  const byFilter = policy.servicePrincipalFilter !== null;
  const included =
    has(policy.includeServicePrincipals, objectId) || has(policy.includeServicePrincipals, ALL_SERVICE_PRINCIPALS);
  if (!included) return byFilter && policy.servicePrincipalFilter?.mode !== 'exclude' ? 'filter' : null;
  if (has(policy.excludeServicePrincipals, objectId)) return 'excluded';
  if (byFilter && policy.servicePrincipalFilter?.mode === 'exclude') return 'filter';
  return 'covers';
}

function predict(
  policy: ConditionalAccessPolicy,
  risk: ServicePrincipalRisk | undefined,
): { text: string; blocksNow: boolean | null } {
  const levels = policy.servicePrincipalRiskLevels.filter((l) => l !== 'none');
  const locations = policy.includeLocations.length > 0;
  let riskMatches: boolean | null = null;
  let riskText = '';
  if (levels.length > 0) {
    const current = risk && AT_RISK.has(risk.riskState) ? risk.riskLevel : 'none';
    riskMatches = has(levels, current);
    riskText =
      current === 'hidden'
        ? `its risk level is hidden (no Workload ID Premium), so whether its risk (${levels.join(', ')}) blocks it is unknown`
        : riskMatches
          ? `its current service principal risk (${current}) is one the policy blocks`
          : `it would block only once the service principal's risk reaches ${levels.join(' or ')} (now ${current})`;
    if (current === 'hidden') riskMatches = null;
  }
  const where = locations
    ? `sign-ins from ${policy.includeLocations.join(', ')}${policy.excludeLocations.length > 0 ? ` except ${policy.excludeLocations.join(', ')}` : ''}`
    : '';
  if (riskMatches === false) return { text: `Does not block now: ${riskText}.`, blocksNow: false };
  if (locations && policy.excludeLocations.length > 0) {
    return {
      text: `Blocks ${where}${riskText ? ` when ${riskText}` : ''}: a runner outside the excluded locations (GitHub-hosted runners use shared Azure addresses) fails to sign in with AADSTS53003.`,
      blocksNow: null,
    };
  }
  if (riskMatches === null && riskText) return { text: `May block: ${riskText}.`, blocksNow: null };
  return {
    text: `Blocks every sign-in of this identity${riskText ? ` (${riskText})` : locations ? ` (${where})` : ' (no risk or location condition)'}: the deployment fails with AADSTS53003.`,
    blocksNow: true,
  };
}

/** The policies that concern the deploy identity (service principal object id), most relevant first. */
export function coverageFor(signals: TenantSignals, appId: string, objectId: string): PolicyCoverage[] {
  const risk = signals.risk?.get(appId.toLowerCase());
  const out: PolicyCoverage[] = [];
  for (const policy of signals.conditionalAccess ?? []) {
    const coverage = coverageOf(policy, objectId);
    if (coverage === null) continue;
    const enforced = policy.state === 'enabled';
    const { text, blocksNow } =
      enforced && coverage === 'covers' ? predict(policy, risk) : { text: '', blocksNow: false };
    out.push({ policy, coverage, enforced, prediction: text, blocksNow });
  }
  const rank = (c: PolicyCoverage) =>
    c.coverage === 'covers' ? (c.enforced ? 0 : 1) : c.coverage === 'filter' ? 2 : 3;
  return out.sort((a, b) => rank(a) - rank(b) || a.policy.displayName.localeCompare(b.policy.displayName));
}

/** "'Name' (enabled; risk medium, high; locations All except AllTrusted)". Names are untrusted: callers quote. */
export function describePolicy(policy: ConditionalAccessPolicy, quote: (s: string) => string): string {
  const parts = [policy.state === 'enabledForReportingButNotEnforced' ? 'report-only' : policy.state];
  if (policy.servicePrincipalRiskLevels.length > 0)
    parts.push(`service principal risk ${policy.servicePrincipalRiskLevels.join(', ')}`);
  if (policy.includeLocations.length > 0)
    parts.push(
      `locations ${policy.includeLocations.join(', ')}${policy.excludeLocations.length > 0 ? ` except ${policy.excludeLocations.join(', ')}` : ''}`,
    );
  return `${quote(policy.displayName)} (${parts.join('; ')})`;
}
