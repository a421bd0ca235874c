// Snapshots: secret material is dropped by an allow-list, the envelope is validated with clear errors, and the
// inventory of a snapshot follows the selection exactly as a live read would.
import { describe, expect, it } from '@jest/globals';
import type { RawApp } from '../../src/graph/normalise.js';
import {
  SnapshotError,
  buildSnapshot,
  parseSnapshot,
  renderSnapshot,
  snapshotInventory,
  type Snapshot,
} from '../../src/snapshot/index.js';
import { forPullRequests, trustsRepository } from '../../src/snapshot/pull-requests.js';

const GRAPH_SP = '5b1f2f0e-7c43-4f4e-9d2a-0c8e1b6a3d21';
const READ_ALL = '9a5d68dd-52b0-4cc2-bd40-abcf44ac3a30';
const APP = '3e9a1b7c-6d24-4c8e-a5f1-b2c3d4e5f6a7';
const OTHER = '0b8e4f6a-3c21-4d7e-8f90-a1b2c3d4e5f6';

/** What the live reader assembles from Graph beta (including what Graph should never have sent). */
function rawApp(appId = APP): RawApp {
  return {
    application: {
      '@odata.context': 'https://graph.microsoft.com/beta/$metadata#applications/$entity',
      id: `c5f3e9d4-7a06-4d3b-9e8c-${appId.slice(-12)}`,
      appId,
      displayName: 'legacy-billing-sync',
      createdDateTime: '2022-11-24T00:00:00Z',
      passwordCredentials: [
        {
          customKeyIdentifier: null,
          displayName: 'billing-sync-2022',
          endDateTime: '2027-11-23T00:00:00Z',
          hint: 'Q~z',
          keyId: '1a2b3c4d-5e6f-4a70-8b91-c2d3e4f5a6b1',
          secretText: 'Q~zSecretTextGraphNeverReturns',
          startDateTime: '2025-11-24T00:00:00Z',
          futureSecretField: 'Q~zSomethingNew',
        },
      ],
      keyCredentials: [
        {
          customKeyIdentifier: 'Q0UxM0Y4QjJB',
          displayName: 'CN=billing-sync.contoso.com',
          endDateTime: '2027-06-11T00:00:00Z',
          key: 'MIIBCgKCAQEAu3Y5w1dP0m2cVJ8r',
          keyId: '2b3c4d5e-6f70-4a81-9c2d-e3f4a5b6c7d1',
          startDateTime: '2026-06-11T00:00:00Z',
          type: 'AsymmetricX509Cert',
          usage: 'Verify',
        },
      ],
      federatedIdentityCredentials: [
        {
          '@odata.id': 'https://graph.microsoft.com/v2/fic',
          id: 'e1a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a51',
          name: 'main',
          issuer: 'https://token.actions.githubusercontent.com',
          subject: 'repo:contoso/payments-api:ref:refs/heads/main',
          description: null,
          audiences: ['api://AzureADTokenExchange'],
        },
      ],
    },
    servicePrincipal: {
      id: '8e4c5b3d-0f76-4c7b-8a5d-3f1b4e9d6a54',
      appId,
      displayName: 'legacy-billing-sync',
      accountEnabled: true,
      passwordCredentials: [{ keyId: '3c4d5e6f-7081-4b92-ad3e-f4a5b6c7d8e1', hint: 'kP2', endDateTime: null }],
      keyCredentials: [],
      appRoleAssignments: [
        { id: 'x', appRoleId: READ_ALL, resourceId: GRAPH_SP, resourceDisplayName: 'Microsoft Graph' },
      ],
      memberOf: [
        {
          '@odata.type': '#microsoft.graph.directoryRole',
          id: 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e03',
          roleTemplateId: '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3',
        },
      ],
    },
  };
}

function snapshot(apps: RawApp[] = [rawApp()], notEvaluated: Snapshot['notEvaluated'] = []): Snapshot {
  return buildSnapshot({
    tenant: 'contoso.onmicrosoft.com',
    exportedAt: new Date('2026-03-01T12:00:00Z'),
    apps,
    notEvaluated,
    graphServicePrincipal: {
      '@odata.context': 'x',
      id: GRAPH_SP,
      appId: '00000003-0000-0000-c000-000000000000',
      appRoles: [{ id: READ_ALL, value: 'Application.Read.All', isEnabled: true }],
    },
  });
}

describe('buildSnapshot', () => {
  it('keeps only the allowed fields of credentials: no hint, secretText, key or unknown field', () => {
    const text = renderSnapshot(snapshot());
    for (const secret of ['Q~z', 'kP2', 'MIIBCgKCAQEAu3Y5w1dP0m2cVJ8r', 'SecretText', 'SomethingNew'])
      expect(text).not.toContain(secret);
    const doc = JSON.parse(text) as Snapshot;
    expect(doc.applications[0]?.passwordCredentials).toEqual([
      {
        customKeyIdentifier: null,
        displayName: 'billing-sync-2022',
        endDateTime: '2027-11-23T00:00:00Z',
        keyId: '1a2b3c4d-5e6f-4a70-8b91-c2d3e4f5a6b1',
        startDateTime: '2025-11-24T00:00:00Z',
      },
    ]);
    expect(doc.applications[0]?.keyCredentials).toEqual([
      {
        customKeyIdentifier: 'Q0UxM0Y4QjJB',
        displayName: 'CN=billing-sync.contoso.com',
        endDateTime: '2027-06-11T00:00:00Z',
        keyId: '2b3c4d5e-6f70-4a81-9c2d-e3f4a5b6c7d1',
        startDateTime: '2026-06-11T00:00:00Z',
        type: 'AsymmetricX509Cert',
        usage: 'Verify',
      },
    ]);
    expect(doc.servicePrincipals[0]?.passwordCredentials).toEqual([
      { endDateTime: null, keyId: '3c4d5e6f-7081-4b92-ad3e-f4a5b6c7d8e1' },
    ]);
  });

  it('drops OData control annotations but keeps @odata.type, which tells directory roles from groups', () => {
    const doc = snapshot();
    expect(doc.applications[0]).not.toHaveProperty(['@odata.context']);
    expect(doc.applications[0]?.federatedIdentityCredentials).toEqual([
      expect.not.objectContaining({ '@odata.id': expect.anything() }),
    ]);
    expect((doc.servicePrincipals[0]?.memberOf as object[])[0]).toHaveProperty(
      ['@odata.type'],
      '#microsoft.graph.directoryRole',
    );
    expect(doc.graphServicePrincipalId).toBe(GRAPH_SP);
    expect(doc.graphAppRoles).toEqual([{ id: READ_ALL, value: 'Application.Read.All', isEnabled: true }]);
  });

  it('orders applications by appId, so two exports of one tenant are byte-identical', () => {
    expect(renderSnapshot(snapshot([rawApp(APP), rawApp(OTHER)]))).toBe(
      renderSnapshot(snapshot([rawApp(OTHER), rawApp(APP)])),
    );
    expect(snapshot([rawApp(APP), rawApp(OTHER)]).applications.map((a) => a.appId)).toEqual([OTHER, APP]);
  });
});

describe('snapshotInventory', () => {
  it('normalises like the live reader, naming permissions through the Graph app roles', () => {
    const [item] = snapshotInventory(parseSnapshot(renderSnapshot(snapshot()), 'snap.json'));
    expect(item && 'app' in item ? item.app.servicePrincipal?.appRoleAssignments : null).toEqual([
      {
        id: 'x',
        appRoleId: READ_ALL,
        resourceId: GRAPH_SP,
        resourceDisplayName: 'Microsoft Graph',
        permission: 'Application.Read.All',
      },
    ]);
    expect(item && 'app' in item ? item.app.passwordCredentials : null).toEqual([
      {
        keyId: '1a2b3c4d-5e6f-4a70-8b91-c2d3e4f5a6b1',
        displayName: 'billing-sync-2022',
        startDateTime: '2025-11-24T00:00:00Z',
        endDateTime: '2027-11-23T00:00:00Z',
      },
    ]);
  });

  it('follows the selection: listed apps, shards, apps the export could not read, apps it never saw', () => {
    const missing = '11111111-2222-4333-8444-555555555555';
    const unread = { appId: '22222222-2222-4333-8444-555555555555', reason: 'Graph denied reading the application' };
    const doc = snapshot([rawApp(APP), rawApp(OTHER)], [unread]);
    const ids = (items: ReturnType<typeof snapshotInventory>) =>
      items.map((i) => ('app' in i ? i.app.appId : `not evaluated ${i.notEvaluated.appId}: ${i.notEvaluated.reason}`));

    expect(ids(snapshotInventory(doc))).toEqual([OTHER, APP, `not evaluated ${unread.appId}: ${unread.reason}`]);
    expect(ids(snapshotInventory(doc, { appIds: [APP.toUpperCase(), missing] }))).toEqual([
      APP,
      `not evaluated ${missing}: not in the snapshot (exported 2026-03-01T12:00:00.000Z)`,
    ]);
    expect(ids(snapshotInventory(doc, { include: (id) => id !== OTHER }))).toEqual([
      APP,
      `not evaluated ${unread.appId}: ${unread.reason}`,
    ]);
  });

  it('reports an app whose JSON was edited into nonsense as not evaluated, not as clean', () => {
    const doc = snapshot();
    (doc.applications[0] as Record<string, unknown>).passwordCredentials = 'none';
    expect(snapshotInventory(doc)).toEqual([
      {
        notEvaluated: {
          appId: APP,
          reason:
            "the snapshot's data for this app is malformed: application.passwordCredentials is a string, expected an array",
        },
      },
    ]);
  });
});

describe('parseSnapshot', () => {
  const valid = () => JSON.parse(renderSnapshot(snapshot())) as Record<string, unknown>;

  it.each([
    ['not json', '{', /^The snapshot s\.json is not valid JSON \(/],
    ['a list', '[]', /^The snapshot s\.json is not a valid snapshot: expected a JSON object\.$/],
    [
      'another version',
      JSON.stringify({ ...valid(), version: 3 }),
      /^The snapshot s\.json has version 3; this version of the tool reads versions 1 and 2\. Export it again\.$/,
    ],
    ['no tenant', JSON.stringify({ ...valid(), tenant: '' }), /"tenant" must be a non-empty string\.$/],
    ['a bad date', JSON.stringify({ ...valid(), exportedAt: 'yesterday' }), /"exportedAt" must be an ISO 8601 date\.$/],
    ['no applications', JSON.stringify({ ...valid(), applications: {} }), /"applications" must be an array\.$/],
    [
      'an app twice',
      JSON.stringify({ ...valid(), applications: [{ appId: APP }, { appId: APP.toUpperCase() }] }),
      new RegExp(`applications lists appId ${APP.toUpperCase()} twice\\.$`),
    ],
    [
      'an app without appId',
      JSON.stringify({ ...valid(), applications: [{}] }),
      /applications\[0\]\.appId must be a string\.$/,
    ],
  ])('refuses %s', (_name, text, message) => {
    expect(() => parseSnapshot(text, 's.json')).toThrow(SnapshotError);
    expect(() => parseSnapshot(text, 's.json')).toThrow(message);
  });
});

describe('forPullRequests', () => {
  const other = (): RawApp => {
    const raw = rawApp(OTHER);
    if (raw.application === null) throw new Error('an app registration');
    const fics = raw.application['federatedIdentityCredentials'] as Record<string, unknown>[];
    raw.application['federatedIdentityCredentials'] = fics.map((f) => ({
      ...f,
      subject: 'repo:contoso/website:ref:refs/heads/main',
    }));
    return raw;
  };
  const pr = forPullRequests(snapshot([rawApp(), other()]), { owner: 'Contoso', name: 'Payments-API' });

  it('keeps only the apps that trust the repository, with their credentials and service principal kind', () => {
    expect(pr.applications.map((a) => a.appId)).toEqual([APP]);
    expect(pr.applications[0]).toEqual({
      id: `c5f3e9d4-7a06-4d3b-9e8c-${APP.slice(-12)}`,
      appId: APP,
      displayName: 'legacy-billing-sync',
      passwordCredentials: [],
      keyCredentials: [],
      federatedIdentityCredentials: [
        {
          id: 'e1a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a51',
          name: 'main',
          issuer: 'https://token.actions.githubusercontent.com',
          subject: 'repo:contoso/payments-api:ref:refs/heads/main',
          audiences: ['api://AzureADTokenExchange'],
        },
      ],
    });
    expect(pr.servicePrincipals).toEqual([
      {
        id: '8e4c5b3d-0f76-4c7b-8a5d-3f1b4e9d6a54',
        appId: APP,
        displayName: 'legacy-billing-sync',
        accountEnabled: true,
        passwordCredentials: [],
        keyCredentials: [],
        appRoleAssignments: [],
        memberOf: [],
      },
    ]);
    expect(pr.forPullRequests.repository).toBe('Contoso/Payments-API');
  });

  it('holds no secret or certificate metadata and no permissions', () => {
    const text = renderSnapshot(pr);
    for (const leak of [
      'billing-sync-2022',
      '1a2b3c4d-5e6f-4a70-8b91-c2d3e4f5a6b1',
      'CN=billing-sync',
      READ_ALL,
      GRAPH_SP,
      'roleTemplateId',
      'contoso/website',
    ])
      expect(text).not.toContain(leak);
    expect(pr.graphAppRoles).toEqual([]);
  });

  it('is a snapshot scan reads, judging the same federated credentials', () => {
    const [item] = snapshotInventory(parseSnapshot(renderSnapshot(pr), 'pr.json'));
    expect(item && 'app' in item ? item.app.federatedCredentials.map((f) => f.subject) : null).toEqual([
      'repo:contoso/payments-api:ref:refs/heads/main',
    ]);
  });

  it.each([
    [{ subject: 'repo:contoso@81234567/payments-api@734129856:environment:prod' }, true],
    [{ subject: 'repo:contoso/payments-api-old:ref:refs/heads/main' }, false],
    [{ subject: 'repo:contoso/website:pull_request' }, false],
    [{ claimsMatchingExpression: { value: "claims['sub'] matches 'repo:contoso/*'", languageVersion: 1 } }, true],
    [{ claimsMatchingExpression: { value: "claims['sub'] matches 'repo:fabrikam/*'", languageVersion: 1 } }, false],
  ])('trustsRepository(%j) → %s', (credential, expected) => {
    expect(trustsRepository(credential, { owner: 'contoso', name: 'payments-api' })).toBe(expected);
  });
});
