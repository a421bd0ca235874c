// The tenant-level finding of issue 14: `app-management-policy-weak`, once per run, from the tenant's default app
// management policy. "Less than" semantics of maxLifetime (CISA SCuBA baseline MS.AAD.5.6v1: a limit of 180 days is
// configured as P181D), so the longest lifetime the policy allows is maxLifetime minus one day. Pure.
import type { AppInventory } from '../inventory/model.js';
import {
  durationDays,
  timestampMs,
  type AppManagementPolicy,
  type CredentialRestriction,
} from '../signals/lifecycle.js';
import { stateOf, type TenantSignals } from '../signals/model.js';
import type { CompiledPolicy } from './compile.js';
import { isoDay, plural } from './dates.js';
import type { Finding } from './types.js';

export const APP_MANAGEMENT_POLICY_RULE = 'app-management-policy-weak';

const enabled = (r: CredentialRestriction) => r.state.toLowerCase() === 'enabled';

/** The date a restriction starts at, when it spares apps created before it. */
function cutOff(r: CredentialRestriction): number | null {
  return timestampMs(r.restrictForAppsCreatedAfterDateTime);
}

/** The policy's enforced password restrictions that spare older apps, with their cut-off. */
function partialRestrictions(policy: AppManagementPolicy): { restriction: CredentialRestriction; from: number }[] {
  return policy.passwordRestrictions.filter(enabled).flatMap((restriction) => {
    const from = cutOff(restriction);
    return from === null ? [] : [{ restriction, from }];
  });
}

/** Counts the run's apps that a date-limited restriction leaves out (created before its cut-off). */
export class SparedApps {
  private readonly cutOffs: number[];
  private readonly counts: number[];

  constructor(signals: TenantSignals | undefined) {
    const policy = signals?.lifecycle?.appManagementPolicy;
    this.cutOffs = policy ? partialRestrictions(policy).map((p) => p.from) : [];
    this.counts = this.cutOffs.map(() => 0);
  }

  add(app: AppInventory): void {
    if (this.cutOffs.length === 0) return;
    // Graph treats an object without createdDateTime as created on 2019-01-01 (appManagementPolicy reference).
    const created = timestampMs(app.createdDateTime) ?? Date.UTC(2019, 0, 1);
    this.cutOffs.forEach((from, i) => {
      if (created < from) this.counts[i] = (this.counts[i] ?? 0) + 1;
    });
  }

  /** Apps of the run created before the cut-off. */
  count(from: number): number {
    const i = this.cutOffs.indexOf(from);
    return i === -1 ? 0 : (this.counts[i] ?? 0);
  }
}

/** Why the policy is weak, as clauses; empty when it is not. */
export function policyWeaknesses(policy: AppManagementPolicy, maxDays: number, spared: SparedApps): string[] {
  if (!policy.isEnabled)
    return [
      'is disabled (isEnabled false, the default), so nothing stops a new client secret or a secret of any lifetime',
    ];
  const out: string[] = [];
  const password = policy.passwordRestrictions.filter(enabled);
  const addition = password.find((r) => r.restrictionType === 'passwordAddition');
  const lifetime = password.find((r) => r.restrictionType === 'passwordLifetime');
  // New secrets are acceptable only when blocked, or bounded by a lifetime within max-secret-lifetime-days.
  if (!addition) {
    if (!lifetime)
      out.push(
        'neither blocks new client secrets (no enabled passwordAddition restriction) nor limits their lifetime (no enabled passwordLifetime restriction)',
      );
    else {
      const days = durationDays(lifetime.maxLifetime);
      if (days === null)
        out.push(
          `sets a secret lifetime limit the guard cannot read (maxLifetime ${JSON.stringify(lifetime.maxLifetime ?? null)})`,
        );
      else {
        // "Less than": P181D allows secrets of up to 180 days.
        const allowed = Math.ceil(days) - 1;
        if (allowed > maxDays)
          out.push(
            `lets new client secrets be added with lifetimes up to ${plural(allowed, 'day')} (${lifetime.maxLifetime}), above max-secret-lifetime-days ${maxDays} (configure P${maxDays + 1}D: the limit is "less than")`,
          );
      }
    }
  }
  for (const { restriction, from } of partialRestrictions(policy)) {
    if (restriction !== addition && restriction !== lifetime) continue;
    // Only a gap that leaves out an app of this run counts (a cut-off before every app spares none).
    const older = spared.count(from);
    if (older > 0)
      out.push(
        `applies its ${restriction.restrictionType} restriction only to apps created after ${isoDay(from)} (restrictForAppsCreatedAfterDateTime), leaving older apps out: ${plural(older, 'app')} of this run`,
      );
  }
  return out;
}

export function lifecycleTenantFindings(
  policy: CompiledPolicy,
  signals: TenantSignals | undefined,
  spared: SparedApps,
  tenant = '',
): Finding[] {
  const amp = signals?.lifecycle?.appManagementPolicy;
  if (!amp || stateOf(signals, 'app-management-policy')?.status !== 'available') return [];
  const severity = policy.severities.get(APP_MANAGEMENT_POLICY_RULE) ?? 'warning';
  if (severity === 'off') return [];
  const weaknesses = policyWeaknesses(amp, policy.settings.maxSecretLifetimeDays, spared);
  if (weaknesses.length === 0) return [];
  return [
    {
      rule: APP_MANAGEMENT_POLICY_RULE,
      severity,
      appId: '',
      target: { kind: 'tenant', id: tenant, name: 'defaultAppManagementPolicy' },
      message: `The tenant's default app management policy ${weaknesses.join('; it ')}.`,
      remediation: `Enable the default app management policy (Entra admin center → Enterprise applications → Application policies, or PATCH https://graph.microsoft.com/v1.0/policies/defaultAppManagementPolicy) with an enabled passwordAddition restriction, or at least a passwordLifetime with maxLifetime P${policy.settings.maxSecretLifetimeDays + 1}D, and no restrictForAppsCreatedAfterDateTime that leaves existing apps out. It blocks new secrets only; delete existing ones separately.`,
    },
  ];
}
