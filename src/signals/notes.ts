// Report notes about conditional access: the policies that cover each deploy identity and whether they
// would block its sign-in (AADSTS53003). Pure; bounded so a tenant scan does not list every app.
import type { AppInventory } from '../inventory/model.js';
import { coverageFor, describePolicy } from './coverage.js';
import { stateOf, type TenantSignals } from './model.js';

export const COVERAGE_NOTES_MAX = 20;

const quote = (s: string) => JSON.stringify(s.length > 120 ? `${s.slice(0, 119)}…` : s);

/** "Conditional access on app "x" (id): "P" (enabled; …): Blocks …", or null when no enforced policy covers it. */
export function coverageNote(app: AppInventory, signals: TenantSignals | undefined): string | null {
  const sp = app.servicePrincipal;
  if (!signals || !sp || stateOf(signals, 'conditional-access-policies')?.status !== 'available') return null;
  const enforced = coverageFor(signals, app.appId, sp.objectId).filter((c) => c.coverage === 'covers' && c.enforced);
  if (enforced.length === 0) return null;
  return `Conditional access covering app ${quote(app.displayName)} (${app.appId}): ${enforced
    .map((c) => `${describePolicy(c.policy, quote)}: ${c.prediction}`)
    .join(' ')}`;
}

/** Collects coverage notes: the COVERAGE_NOTES_MAX first in a fixed order (blocking first, then by text), whatever
 * order the apps were read in, then a count of the rest. */
export class CoverageNotes {
  private readonly notes: { text: string; blocks: boolean }[] = [];
  private more = 0;

  add(app: AppInventory, signals: TenantSignals | undefined): void {
    const note = coverageNote(app, signals);
    if (note === null) return;
    this.notes.push({ text: note, blocks: /AADSTS53003/.test(note) });
    this.notes.sort((a, b) => Number(b.blocks) - Number(a.blocks) || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
    if (this.notes.length > COVERAGE_NOTES_MAX) {
      this.notes.pop();
      this.more += 1;
    }
  }

  lines(): string[] {
    const out = this.notes.map((n) => n.text);
    if (this.more > 0) out.push(`Conditional access also covers ${this.more} more app(s), not listed here.`);
    return out;
  }
}
