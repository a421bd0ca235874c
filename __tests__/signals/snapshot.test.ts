// The snapshot's optional signals: written without OData annotations, validated on load with clear errors,
// and absent from snapshots written before they existed.
import { describe, expect, test } from '@jest/globals';
import { buildSnapshot, parseSnapshot, renderSnapshot, SnapshotError } from '../../src/snapshot/index.js';
import type { RawSignals } from '../../src/signals/normalise.js';
import { CoverageNotes, COVERAGE_NOTES_MAX } from '../../src/signals/notes.js';
import { normaliseSignals } from '../../src/signals/normalise.js';
import { app, servicePrincipal } from '../policy/fixtures.js';

const SIGNALS: RawSignals = {
  states: [{ signal: 'conditional-access-policies', status: 'available', reason: 'Read.' }],
  licences: { workloadIdPremium: 'unlicensed', workloadIdConditionalAccess: 'licensed' },
  conditionalAccessPolicies: [
    { '@odata.type': '#microsoft.graph.conditionalAccessPolicy', id: 'p1', state: 'enabled' },
  ],
};
const base = (signals?: RawSignals | null) =>
  buildSnapshot({
    tenant: 'contoso',
    exportedAt: new Date('2026-12-01T00:00:00Z'),
    apps: [],
    notEvaluated: [],
    graphServicePrincipal: null,
    signals,
  });

describe('snapshot signals', () => {
  test('round trip, annotations stripped', () => {
    const text = renderSnapshot(base(SIGNALS));
    expect(text).not.toContain('@odata');
    expect(parseSnapshot(text, 's.json').signals).toEqual({
      ...SIGNALS,
      conditionalAccessPolicies: [{ id: 'p1', state: 'enabled' }],
    });
  });
  test('absent when not read; an older snapshot loads without them', () => {
    expect(base(null)).not.toHaveProperty('signals');
    expect(parseSnapshot(renderSnapshot(base()), 's.json').signals).toBeUndefined();
  });
  test.each([
    [{ states: 'x' }, '"signals.states" must be an array'],
    [{ states: [{ signal: 'a', status: 'fine', reason: 'r' }] }, 'signals.states[0].status must be one of'],
    [{ states: [], conditionalAccessPolicies: [1] }, '"signals.conditionalAccessPolicies" must be an array of objects'],
  ])('rejects malformed signals %#', (signals, message) => {
    const doc = { ...JSON.parse(renderSnapshot(base())), signals };
    expect(() => parseSnapshot(JSON.stringify(doc), 's.json')).toThrow(SnapshotError);
    expect(() => parseSnapshot(JSON.stringify(doc), 's.json')).toThrow(message);
  });
});

describe('coverage notes', () => {
  test('bounded, in a fixed order whatever the order the apps come in', () => {
    const signals = normaliseSignals({
      states: [{ signal: 'conditional-access-policies', status: 'available', reason: 'Read.' }],
      licences: { workloadIdPremium: 'licensed', workloadIdConditionalAccess: 'licensed' },
      conditionalAccessPolicies: [
        {
          id: 'p',
          displayName: 'all',
          state: 'enabled',
          conditions: {
            applications: { includeApplications: ['All'] },
            clientApplications: { includeServicePrincipals: ['ServicePrincipalsInMyTenant'] },
            servicePrincipalRiskLevels: ['high'],
          },
          grantControls: { builtInControls: ['block'] },
        },
      ],
    });
    const apps = Array.from({ length: COVERAGE_NOTES_MAX + 5 }, (_, i) => {
      const appId = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
      return app({
        appId,
        displayName: `app-${String(i).padStart(2, '0')}`,
        servicePrincipal: servicePrincipal({ appId, objectId: appId }),
      });
    });
    const collect = (list: typeof apps) => {
      const notes = new CoverageNotes();
      for (const a of list) notes.add(a, signals);
      return notes.lines();
    };
    const forward = collect(apps);
    expect(forward).toEqual(collect([...apps].reverse()));
    expect(forward).toHaveLength(COVERAGE_NOTES_MAX + 1);
    expect(forward[0]).toContain('"app-00"');
    expect(forward.at(-1)).toBe('Conditional access also covers 5 more app(s), not listed here.');
  });
});
