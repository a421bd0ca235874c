// The one line every human-readable report carries about Entra's signals: which checks did not run, why,
// and the exact fix (the permission or the licence). Absent when every signal was read or none was asked for.
import { LICENCE_NAMES, SIGNAL_SPECS } from '../signals/catalogue.js';
import type { SignalState } from '../signals/model.js';
import { escapeMarkdown, escapeTerminal } from './escape.js';
import { text, type Piece } from './layout.js';
import type { Report } from './model.js';

const LINE_MAX = 3000;

/** The one thing to do for a signal: the permission to grant, the licence it needs, or nothing. */
function fixOf(state: SignalState): string {
  const spec = SIGNAL_SPECS.find((s) => s.id === state.signal);
  switch (state.status) {
    case 'forbidden':
      // Conditional access read, but the licence lookup was not permitted: the SKU permission is what is missing.
      return state.signal === 'conditional-access-policies' && /licences could not be read/.test(state.reason)
        ? 'LicenseAssignment.Read.All'
        : (spec?.permissions[0] ?? 'the permission');
    case 'unlicensed':
      // Says what the licence would add, so the line is a decision, not just a gap.
      return spec?.licence
        ? `${LICENCE_NAMES[spec.licence]}${spec.licenceAdds ? `, which would add ${spec.licenceAdds}` : ''}`
        : 'a licence';
    default:
      return '';
  }
}

const VERB: Record<SignalState['status'], string> = {
  forbidden: 'forbidden: grant',
  unlicensed: 'unlicensed: needs',
  unsupportedCloud: 'not offered in this cloud',
  error: 'read failed, see report.signals',
  available: '',
};

/** "Entra signals not checked: service-principal-at-risk (forbidden: grant A, B), …", or null when none is missing. */
export function signalsSentence(report: Pick<Report, 'signals'>): string | null {
  const missing = (report.signals ?? []).filter((s) => s.status !== 'available');
  if (missing.length === 0) return null;
  const byRule = new Map<string, Map<SignalState['status'], string[]>>();
  for (const state of missing) {
    const spec = SIGNAL_SPECS.find((s) => s.id === state.signal);
    const rules = spec && spec.rules.length > 0 ? spec.rules : [`the licence lookup (${state.signal})`];
    for (const rule of rules) {
      const statuses = byRule.get(rule) ?? new Map<SignalState['status'], string[]>();
      const fixes = statuses.get(state.status) ?? [];
      const fix = fixOf(state);
      if (fix !== '' && !fixes.includes(fix)) fixes.push(fix);
      statuses.set(state.status, fixes);
      byRule.set(rule, statuses);
    }
  }
  const parts = [...byRule].map(
    ([rule, statuses]) =>
      `${rule} (${[...statuses].map(([status, fixes]) => [VERB[status], fixes.join(', ')].filter(Boolean).join(' ')).join('; ')})`,
  );
  return `Entra signals not checked: ${parts.join(', ')}. Details and exact fixes: report.signals and docs/troubleshooting.md#signals.`;
}

/** For the job summary, `--format markdown` and the PR comment. */
export function signalsMarkdown(report: Pick<Report, 'signals'>): Piece[] {
  const sentence = signalsSentence(report);
  return sentence === null ? [] : [text(`${escapeMarkdown(sentence, { maxLength: LINE_MAX, newlines: 'space' })}\n\n`)];
}

/** For the terminal. */
export function signalsText(report: Pick<Report, 'signals'>): string[] {
  const sentence = signalsSentence(report);
  return sentence === null ? [] : [escapeTerminal(sentence, LINE_MAX), ''];
}

/** Whether the run should raise a notice annotation: not when the guard was given no signal permission at all. */
export function signalsNeedAttention(report: Pick<Report, 'signals'>): boolean {
  // Signals the minimum permission already reads (owners, agent identities) say nothing about opting in.
  const optIn = (report.signals ?? []).filter(
    (s) => !SIGNAL_SPECS.find((spec) => spec.id === s.signal)?.permissions.includes(MINIMUM_PERMISSION),
  );
  return optIn.some((s) => s.status !== 'available') && !optIn.every((s) => s.status === 'forbidden');
}

/** What the guard always holds (README, quick start). */
const MINIMUM_PERMISSION = 'Application.Read.All';
