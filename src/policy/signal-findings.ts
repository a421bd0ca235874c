// Tenant-level findings about the signals themselves: with `fail-on-unavailable-signals: true`, each signal an
// enabled rule needs that is unlicensed, forbidden or failed becomes a `signal-unavailable` finding. Pure.
import { SIGNAL_SPECS } from '../signals/catalogue.js';
import type { SignalState } from '../signals/model.js';
import type { CompiledPolicy } from './compile.js';
import type { Finding } from './types.js';

export const SIGNAL_UNAVAILABLE_RULE = 'signal-unavailable';
const UNAVAILABLE = new Set(['unlicensed', 'forbidden', 'error']);

export function signalFindings(policy: CompiledPolicy, states: readonly SignalState[], tenant = ''): Finding[] {
  if (policy.settings.failOnUnavailableSignals !== true) return [];
  const setting = policy.severities.get(SIGNAL_UNAVAILABLE_RULE) ?? 'error';
  if (setting === 'off') return [];
  const enabled = (rule: string) => (policy.severities.get(rule) ?? 'warning') !== 'off';
  return states
    .filter((s) => UNAVAILABLE.has(s.status))
    .flatMap((s): Finding[] => {
      const spec = SIGNAL_SPECS.find((x) => x.id === s.signal);
      const rules = (spec?.rules ?? []).filter(enabled);
      if (rules.length === 0) return [];
      return [
        {
          rule: SIGNAL_UNAVAILABLE_RULE,
          severity: setting,
          appId: '',
          target: { kind: 'tenant', id: tenant, name: s.signal },
          message: `Signal ${s.signal} is ${s.status}, so ${rules.join(', ')} was not checked: ${s.reason}`,
          remediation: `${s.reason} Or set fail-on-unavailable-signals: false in the policy to only note it.`,
        },
      ];
    });
}
