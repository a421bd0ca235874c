// Graph as it really behaves, against the emulator over HTTPS with the real client: the 150-a-minute limit on
// keyCredentials in $select (and certificate dates read without it), the 15-value `in`, limited-information
// directory roles, roles at administrative-unit scope, and incomplete answers. Facts: emulator/facts/graph.md.
import { describe, expect, it } from '@jest/globals';
import { Notices } from '../../src/engine/notices.js';
import { createGraphClient } from '../../src/graph/client.js';
import { readGraphInventory, type AppSelection } from '../../src/graph/inventory.js';
import type { InventoryItem } from '../../src/audit.js';
import { app, certificate, servicePrincipal, tenant, DIRECTORY_ROLE_TEMPLATES } from '../../emulator/fixtures.js';
import { useGraph } from '../emulator/graph-harness.js';

const FAST = { sleep: async () => undefined, random: () => 0 };
const certified = app({
  displayName: 'certified',
  keyCredentials: [certificate({ displayName: 'CN=deploy', endDateTime: '2027-03-01T00:00:00Z' })],
});
const admin = app({ displayName: 'tenant-admin' });
const unitAdmin = app({ displayName: 'unit-admin' });
const plain = app({ displayName: 'plain' });
const UNIT = '/administrativeUnits/7a1b2c3d-0000-4000-8000-000000000001';

const fixture = () =>
  tenant({
    applications: [certified, admin, unitAdmin, plain],
    servicePrincipals: [
      servicePrincipal({ app: certified }),
      servicePrincipal({ app: admin, directoryRoles: ['Global Administrator'] }),
      {
        ...servicePrincipal({ app: unitAdmin }),
        scopedRoleAssignments: [
          {
            roleTemplateId: DIRECTORY_ROLE_TEMPLATES['Application Administrator'],
            displayName: 'Application Administrator',
            directoryScopeId: UNIT,
          },
        ],
      },
      servicePrincipal({ app: plain }),
    ],
  });

async function read(url: string, token: string, selection: AppSelection, notices = new Notices()) {
  const client = createGraphClient({ graphEndpoint: url, getAccessToken: async () => token, retry: FAST });
  const items: InventoryItem[] = [];
  for await (const item of readGraphInventory(client, selection, { notices, retry: FAST })) items.push(item);
  return { items, notices };
}

const byId = (items: InventoryItem[]) =>
  new Map(items.map((i) => ['app' in i ? i.app.appId : i.notEvaluated.appId, i] as const));

describe('keyCredentials: certificate dates without the throttled $select', () => {
  let clock = 0;
  const graph = useGraph(fixture, { now: () => clock });

  it('the emulator refuses the 151st keyCredentials $select of a minute per tenant, and serves again a minute later', async () => {
    const path = `/v1.0/applications(appId='${certified.appId}')?$select=id,keyCredentials`;
    for (let i = 0; i < 150; i += 1) expect((await graph().fetch(path, { token: 'reader-token' })).status).toBe(200);
    const refused = await graph().fetch(path, { token: 'reader-token' });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // Reads that do not name keyCredentials are not counted.
    expect(
      (await graph().fetch(`/v1.0/applications(appId='${certified.appId}')`, { token: 'reader-token' })).status,
    ).toBe(200);
    clock += 60_000;
    expect((await graph().fetch(path, { token: 'reader-token' })).status).toBe(200);
  });

  it.each([
    ['by id', { kind: 'ids', appIds: [certified.appId] }],
    ['by listing', { kind: 'listing' }],
  ] as const)('%s: reads the certificate dates with no keyCredentials in any $select', async (_label, selection) => {
    graph().log.clear();
    const { items } = await read(graph().url, 'role-reader-token', selection);
    const found = byId(items).get(certified.appId);
    expect(found && 'app' in found ? found.app.keyCredentials : null).toEqual([
      expect.objectContaining({
        displayName: 'CN=deploy',
        endDateTime: '2027-03-01T00:00:00Z',
        type: 'AsymmetricX509Cert',
      }),
    ]);
    const urls = [...graph().log.of('graph'), ...graph().log.of('graph-batch-item')].map((e) =>
      decodeURIComponent(e.path),
    );
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((u) => /\$select=[^&]*keyCredentials/i.test(u))).toEqual([]);
  });
});

describe('the 15-value in', () => {
  const graph = useGraph(fixture);

  it('refuses 16 values in one in (…) and accepts 15', async () => {
    const ids = (n: number) =>
      Array.from({ length: n }, (_, i) => `'00000000-0000-4000-8000-${String(i).padStart(12, '0')}'`);
    const query = (n: number) =>
      `/v1.0/servicePrincipals?$filter=${encodeURIComponent(`appId in (${ids(n).join(',')})`)}`;
    expect((await graph().fetch(query(15), { token: 'reader-token' })).status).toBe(200);
    const refused = await graph().fetch(query(16), { token: 'reader-token' });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('Request_UnsupportedQuery');
  });
});

describe('directory roles', () => {
  const graph = useGraph(fixture);
  const all: AppSelection = { kind: 'ids', appIds: [certified.appId, admin.appId, unitAdmin.appId, plain.appId] };

  it.each([
    ['by id', all],
    ['by listing', { kind: 'listing' } as AppSelection],
  ])(
    '%s, with RoleManagement.Read.Directory: names tenant-wide and administrative-unit roles',
    async (_label, selection) => {
      const { items, notices } = await read(graph().url, 'role-reader-token', selection);
      const found = byId(items);
      const rolesOf = (appId: string) => {
        const item = found.get(appId);
        return item && 'app' in item ? item.app.servicePrincipal?.directoryRoles : item;
      };
      expect(rolesOf(admin.appId)).toEqual([
        expect.objectContaining({
          displayName: 'Global Administrator',
          roleTemplateId: DIRECTORY_ROLE_TEMPLATES['Global Administrator'],
          directoryScopeId: '/',
        }),
      ]);
      // Not in memberOf at all: only the unified RBAC API shows it.
      expect(rolesOf(unitAdmin.appId)).toEqual([
        expect.objectContaining({ displayName: 'Application Administrator', directoryScopeId: UNIT }),
      ]);
      expect(rolesOf(plain.appId)).toEqual([]);
      expect(notices.all()).toEqual([]);
    },
  );

  it.each([
    ['by id', all],
    ['by listing', { kind: 'listing' } as AppSelection],
  ])(
    '%s, with only Application.Read.All: a role Graph will not name leaves its app not evaluated, and the run says why',
    async (_label, selection) => {
      const { items, notices } = await read(graph().url, 'reader-token', selection);
      const found = byId(items);
      expect(found.get(admin.appId)).toEqual({
        notEvaluated: {
          appId: admin.appId,
          reason: expect.stringMatching(
            /1 directory role Graph returned without a name .*RoleManagement\.Read\.Directory/,
          ),
        },
      });
      // Nothing to hide in memberOf: evaluated, and the notice says administrative-unit roles were not checked.
      expect(found.get(plain.appId)).toHaveProperty('app.servicePrincipal.directoryRoles', []);
      expect(found.get(unitAdmin.appId)).toHaveProperty('app.servicePrincipal.directoryRoles', []);
      expect(notices.all()).toEqual([
        expect.objectContaining({
          code: 'directory-roles-not-checked',
          message: expect.stringMatching(/administrative-unit scope were not checked.*RoleManagement\.Read\.Directory/),
        }),
      ]);
    },
  );
});

describe('incomplete answers are not evaluated', () => {
  const graph = useGraph(fixture);

  it('a 404 on memberOf of a service principal just read', async () => {
    graph().faults.add({
      service: 'graph',
      path: new RegExp(`/servicePrincipals\\(appId='${plain.appId}'\\)/memberOf`),
      kind: 'status',
      status: 404,
      times: 1,
    });
    const { items } = await read(graph().url, 'role-reader-token', { kind: 'ids', appIds: [plain.appId] });
    expect(items).toEqual([
      {
        notEvaluated: {
          appId: plain.appId,
          reason: expect.stringMatching(/^Graph answered 404 for .*memberOf.*incomplete answer/),
        },
      },
    ]);
    graph().faults.clear();
  });
});
