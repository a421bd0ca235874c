// The Graph emulator through the real @microsoft/microsoft-graph-client over HTTPS: errors,
// query options, secret handling, v1.0 vs beta, paging and the service-principal reads.
import { describe, expect, it } from '@jest/globals';
import { PageIterator, type PageCollection } from '@microsoft/microsoft-graph-client';
import { app, fic, loadTenant, syntheticTenant, tenant } from '../../emulator/fixtures.js';
import { useGraph } from './graph-harness.js';

const NOW = new Date('2026-06-01T12:00:00Z');
const demo = loadTenant('demo', { now: NOW });
// The demo tenant plus 250 synthetic apps, for paging.
const graph = useGraph(() => ({
  ...demo,
  applications: [...demo.applications, ...syntheticTenant(250, { seed: 7, now: NOW }).applications],
}));

const GUARD = '0b8e4f6a-3c21-4d7e-8f90-a1b2c3d4e5f6';
const LEGACY = '3e9a1b7c-6d24-4c8e-a5f1-b2c3d4e5f6a7';
const SHARED_CI = '9f4b2c8d-1e35-4a7b-8c6d-e7f8a9b0c1d2';
const OPS = '5c7e3d9f-4a16-4b8c-9d2e-f3a4b5c6d7e8';
const GRAPH_APP = '00000003-0000-0000-c000-000000000000';
const TOTAL_APPS = demo.applications.length + 250;

const reader = () => graph().client('reader-token');

async function rejection(p: Promise<unknown>): Promise<{ statusCode: number; code: string; message: string }> {
  try {
    await p;
  } catch (err) {
    return err as { statusCode: number; code: string; message: string };
  }
  throw new Error('expected the request to fail');
}

describe('authentication and authorization', () => {
  it('answers 401 InvalidAuthenticationToken with Graph error shape when the token is missing', async () => {
    const res = await graph().fetch('/v1.0/applications');
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer realm=""/);
    const body = (await res.json()) as { error: { code: string; message: string; innerError: Record<string, string> } };
    expect(body.error.code).toBe('InvalidAuthenticationToken');
    expect(body.error.message).toBe('Access token is empty.');
    expect(body.error.innerError.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
    expect(body.error.innerError['request-id']).toBe(res.headers.get('request-id'));
    expect(body.error.innerError['client-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('rejects an unknown token through the SDK', async () => {
    const err = await rejection(graph().client('forged-token').api('/applications').get());
    expect(err).toMatchObject({ statusCode: 401, code: 'InvalidAuthenticationToken' });
  });

  it.each([
    ['/applications'],
    [`/applications(appId='${GUARD}')/federatedIdentityCredentials`],
    [`/servicePrincipals(appId='${OPS}')/memberOf`],
    [`/servicePrincipals(appId='${OPS}')/appRoleAssignments`],
  ])('answers 403 Authorization_RequestDenied on %s without an Application/Directory read permission', async (path) => {
    const err = await rejection(graph().client('no-roles-token').api(path).get());
    expect(err).toMatchObject({
      statusCode: 403,
      code: 'Authorization_RequestDenied',
      message: 'Insufficient privileges to complete the operation.',
    });
  });

  it('accepts Directory.Read.All as a higher-privileged read permission', async () => {
    const res = await graph().client('directory-reader-token').api(`/applications(appId='${GUARD}')`).get();
    expect(res.displayName).toBe('entra-federation-guard');
  });
});

describe('addressing objects', () => {
  it.each([
    [`/applications(appId='11111111-2222-4333-8444-555555555555')`, '11111111-2222-4333-8444-555555555555'],
    ['/applications/aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee', 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee'],
    [
      `/applications(appId='${GUARD}')/federatedIdentityCredentials/00000000-0000-4000-8000-000000000000`,
      '00000000-0000-4000-8000-000000000000',
    ],
    [
      `/servicePrincipals(appId='11111111-2222-4333-8444-555555555555')/memberOf`,
      '11111111-2222-4333-8444-555555555555',
    ],
  ])('answers 404 Request_ResourceNotFound for %s', async (path, id) => {
    const err = await rejection(reader().api(path).get());
    expect(err).toMatchObject({
      statusCode: 404,
      code: 'Request_ResourceNotFound',
      message: `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
    });
  });

  it('serves the same application by object id and by the appId alternate key', async () => {
    const byKey = await reader().api(`/applications(appId='${GUARD}')`).get();
    const byId = await reader().api(`/applications/${byKey.id}`).get();
    expect(byId).toEqual(byKey);
    expect(byKey['@odata.context']).toBe(`${graph().url}/v1.0/$metadata#applications/$entity`);
  });

  it('answers 400 for an id that is not an object identifier and for an unknown segment', async () => {
    expect(await rejection(reader().api('/applications/not-a-guid').get())).toMatchObject({
      statusCode: 400,
      code: 'Request_BadRequest',
      message: "Invalid object identifier 'not-a-guid'.",
    });
    expect(await rejection(reader().api('/users').get())).toMatchObject({
      statusCode: 400,
      code: 'BadRequest',
      message: "Resource not found for the segment 'users'.",
    });
  });
});

describe('credentials are served the way Graph serves them', () => {
  it('returns secretText null and the hint for every password credential', async () => {
    const res = await reader().api(`/applications(appId='${LEGACY}')`).get();
    expect(res.passwordCredentials).toEqual([
      {
        customKeyIdentifier: null,
        displayName: 'billing-sync-2022',
        endDateTime: '2027-06-01T12:00:00Z',
        hint: 'Xq8',
        keyId: '1a2b3c4d-5e6f-4a70-8b91-c2d3e4f5a6b1',
        secretText: null,
        startDateTime: '2023-06-02T12:00:00Z',
      },
      expect.objectContaining({
        displayName: 'billing-sync-rotation',
        endDateTime: '2026-06-13T12:00:00Z',
        secretText: null,
      }),
    ]);
  });

  it.each([
    ['a single GET without $select', `/applications(appId='${LEGACY}')`, false],
    [
      'a list GET with $select=keyCredentials',
      `/applications?$filter=appId eq '${LEGACY}'&$select=keyCredentials`,
      false,
    ],
    ['a single GET with $select=keyCredentials', `/applications(appId='${LEGACY}')?$select=keyCredentials`, true],
  ])('serves keyCredentials[].key only when selected on a single object: %s', async (_name, path, served) => {
    const res = await reader().api(path).get();
    const entity = res.value ? res.value[0] : res;
    const [cert] = entity.keyCredentials as { key: string | null; type: string }[];
    expect(cert?.type).toBe('AsymmetricX509Cert');
    if (served) expect(cert?.key).toMatch(/^MIIBCgKCAQEA/);
    else expect(cert?.key).toBeNull();
  });
});

describe('$select', () => {
  it('returns only the selected properties plus id', async () => {
    const res = await reader().api(`/applications(appId='${GUARD}')`).select(['displayName', 'appId']).get();
    expect(Object.keys(res)).toEqual(['@odata.context', 'id', 'displayName', 'appId']);
    expect(res['@odata.context']).toBe(`${graph().url}/v1.0/$metadata#applications(displayName,appId)/$entity`);
  });

  it('answers 400 Request_BadRequest for an unknown property', async () => {
    const err = await rejection(reader().api('/applications').select(['displayName', 'secretValue']).get());
    expect(err).toMatchObject({
      statusCode: 400,
      code: 'Request_BadRequest',
      message:
        "Parsing OData Select and Expand failed: Could not find a property named 'secretValue' on type 'microsoft.graph.application'.",
    });
  });

  it('applies to federated credentials together with $filter=subject eq', async () => {
    const res = await reader()
      .api(`/applications(appId='${GUARD}')/federatedIdentityCredentials`)
      .filter("subject eq 'repo:contoso/payments-api:environment:production'")
      .select(['name', 'subject'])
      .get();
    expect(res.value).toEqual([
      {
        id: 'e1a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a52',
        name: 'payments-api-production',
        subject: 'repo:contoso/payments-api:environment:production',
      },
    ]);
  });
});

describe('$filter on /applications', () => {
  it.each([
    [`appId eq '${GUARD}'`, ['entra-federation-guard']],
    ["startswith(displayName,'payments')", ['payments-api-deploy']],
    ["tags/any(t:t eq 'ci')", ['entra-federation-guard', 'ci-automation-shared']],
    [`appId in ('${LEGACY}', '${OPS}')`, ['legacy-billing-sync', 'tenant-ops-automation']],
    ["startswith(displayName,'app-') and displayName eq 'app-007'", ['app-007']],
    ["displayName eq 'O''Brien''s app'", []],
  ])('%s', async (filter, names) => {
    const res = await reader().api('/applications').filter(filter).select(['displayName']).get();
    expect((res.value as { displayName: string }[]).map((a) => a.displayName)).toEqual(names);
  });

  it.each([
    ["notes eq 'x'", 400, 'Request_UnsupportedQuery'],
    ["displayName eq 'unterminated", 400, 'BadRequest'],
  ])('refuses %s', async (filter, status, code) => {
    expect(await rejection(reader().api('/applications').filter(filter).get())).toMatchObject({
      statusCode: status,
      code,
    });
  });
});

describe('v1.0 and beta', () => {
  it('hides claimsMatchingExpression in v1.0 and shows it in beta', async () => {
    const path = `/applications(appId='${SHARED_CI}')/federatedIdentityCredentials`;
    const v1 = await reader().api(path).get();
    const beta = await reader().api(path).version('beta').get();
    const flexibleV1 = (v1.value as Record<string, unknown>[]).find((f) => f.name === 'contoso-any-repo');
    const flexibleBeta = (beta.value as Record<string, unknown>[]).find((f) => f.name === 'contoso-any-repo');
    expect(flexibleV1).toEqual({
      id: 'a3c4d5e6-f708-4b92-8c1d-2e3f4a5b6c73',
      audiences: ['api://AzureADTokenExchange'],
      description: 'Flexible credential for every contoso repository',
      issuer: 'https://token.actions.githubusercontent.com',
      name: 'contoso-any-repo',
      subject: null,
    });
    expect(flexibleBeta).toEqual({
      ...flexibleV1,
      claimsMatchingExpression: {
        value: "claims['sub'] matches 'repo:contoso/*' and claims['repository_owner_id'] eq '81234567'",
        languageVersion: 1,
      },
    });
    expect(beta['@odata.context']).toBe(
      `${graph().url}/beta/$metadata#applications('d6a4f0e5-8b17-4e4c-8f9d-4a5b6c7d8e93')/federatedIdentityCredentials`,
    );
  });

  it('refuses $select=claimsMatchingExpression in v1.0, where the property does not exist', async () => {
    const path = `/applications(appId='${SHARED_CI}')/federatedIdentityCredentials`;
    expect(await rejection(reader().api(path).select(['claimsMatchingExpression']).get())).toMatchObject({
      statusCode: 400,
    });
    const beta = await reader().api(path).version('beta').select(['claimsMatchingExpression']).get();
    expect(beta.value).toHaveLength(4);
  });
});

describe('paging', () => {
  it('follows absolute nextLinks that keep the query options, with PageIterator', async () => {
    const first: PageCollection = await reader().api('/applications').select(['appId']).top(40).get();
    expect(first.value).toHaveLength(40);
    const next = new URL(first['@odata.nextLink'] as string);
    expect(next.origin).toBe(graph().url);
    expect(next.pathname).toBe('/v1.0/applications');
    expect(next.searchParams.get('$select')).toBe('appId');
    expect(next.searchParams.get('$top')).toBe('40');
    expect(next.searchParams.get('$skiptoken')).toMatch(/^[A-Za-z0-9_-]+$/);

    const seen: string[] = [];
    const iterator = new PageIterator(reader(), first, (item: { appId: string }) => {
      seen.push(item.appId);
      return true;
    });
    await iterator.iterate();
    expect(seen).toHaveLength(TOTAL_APPS);
    expect(new Set(seen).size).toBe(TOTAL_APPS);
    const pages = graph()
      .log.of('graph')
      .filter((e) => e.path.startsWith('/v1.0/applications?') && /(\$|%24)top=40/.test(e.path));
    expect(pages).toHaveLength(Math.ceil(TOTAL_APPS / 40));
  });

  it('uses a default page of 100 and caps $top at 999', async () => {
    const page = await reader().api('/applications').select(['id']).get();
    expect(page.value).toHaveLength(100);
    const all = await reader().api('/applications').select(['id']).top(999).get();
    expect(all.value).toHaveLength(TOTAL_APPS);
    expect(all['@odata.nextLink']).toBeUndefined();
  });

  it.each(['0', '1000', 'ten'])('answers 400 for $top=%s', async (top) => {
    const res = await graph().fetch(`/v1.0/applications?$top=${top}`, { token: 'reader-token' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe(
      `Invalid page size specified: '${top}'. Must be between 1 and 999 inclusive.`,
    );
  });

  it('caps a page at 100 with $expand=federatedIdentityCredentials, whatever $top says', async () => {
    const res = await reader().api('/applications').expand('federatedIdentityCredentials').top(999).get();
    expect(res.value).toHaveLength(100);
    expect(res['@odata.nextLink']).toContain('%24expand=federatedIdentityCredentials');
    expect(res.value[0].federatedIdentityCredentials.map((f: { name: string }) => f.name)).toEqual([
      'payments-api-main',
      'payments-api-production',
    ]);
    expect(res['@odata.context']).toBe(`${graph().url}/v1.0/$metadata#applications(federatedIdentityCredentials())`);
  });

  it('answers 400 when $expand names more than one relationship', async () => {
    const err = await rejection(reader().api('/servicePrincipals').expand(['appRoleAssignments', 'memberOf']).get());
    expect(err).toMatchObject({ statusCode: 400, code: 'Request_BadRequest' });
    expect(err.message).toContain('only one relationship can be expanded');
  });

  it('adds @odata.count on the first page only, and only with ConsistencyLevel: eventual', async () => {
    const first = await reader()
      .api('/applications')
      .header('ConsistencyLevel', 'eventual')
      .count(true)
      .select(['id'])
      .top(200)
      .get();
    expect(first['@odata.count']).toBe(TOTAL_APPS);
    const second = await reader().api(first['@odata.nextLink']).header('ConsistencyLevel', 'eventual').get();
    expect(second['@odata.count']).toBeUndefined();
    expect(second.value).toHaveLength(TOTAL_APPS - 200);
    const without = await rejection(reader().api('/applications').count(true).get());
    expect(without).toMatchObject({ statusCode: 400, code: 'Request_BadRequest' });
  });

  it('answers 400 for a $skiptoken that belongs to another collection', async () => {
    const first = await reader().api('/applications').top(5).get();
    const token = new URL(first['@odata.nextLink']).searchParams.get('$skiptoken') as string;
    const err = await rejection(reader().api(`/servicePrincipals?$skiptoken=${token}`).get());
    expect(err).toMatchObject({ statusCode: 400, code: 'Request_BadRequest' });
  });
});

describe('service principals', () => {
  it('serves the Microsoft Graph service principal with its appRoles', async () => {
    const sp = await reader().api(`/servicePrincipals(appId='${GRAPH_APP}')`).select(['appRoles']).get();
    const byValue = new Map((sp.appRoles as { id: string; value: string }[]).map((r) => [r.value, r.id]));
    expect(byValue.get('Application.Read.All')).toBe('9a5d68dd-52b0-4cc2-bd40-abcf44ac3a30');
    expect(byValue.get('RoleManagement.ReadWrite.Directory')).toBe('9e3f62cf-ca93-4989-b6ce-bf83c28f9fe8');
  });

  it('filters service principals by appId and serves the SP-level secret with its hint', async () => {
    const res = await reader()
      .api('/servicePrincipals')
      .filter(`appId eq '${OPS}'`)
      .select(['displayName', 'passwordCredentials'])
      .get();
    expect(res.value).toEqual([
      {
        id: 'a06e7d5f-2b98-4e9d-8c7f-5b3d6a1f8c76',
        displayName: 'tenant-ops-automation',
        passwordCredentials: [
          expect.objectContaining({
            displayName: 'sp-break-glass',
            hint: 'kP2',
            secretText: null,
            endDateTime: '2028-05-31T12:00:00Z',
          }),
        ],
      },
    ]);
  });

  it('lists app role assignments by either key form, with $select', async () => {
    const byAppId = await reader()
      .api(`/servicePrincipals(appId='${OPS}')/appRoleAssignments`)
      .select(['appRoleId', 'resourceId'])
      .get();
    const byId = await reader()
      .api('/servicePrincipals/a06e7d5f-2b98-4e9d-8c7f-5b3d6a1f8c76/appRoleAssignments')
      .select(['appRoleId', 'resourceId'])
      .get();
    expect(byId.value).toEqual(byAppId.value);
    expect((byAppId.value as { appRoleId: string }[]).map((a) => a.appRoleId)).toEqual([
      '9e3f62cf-ca93-4989-b6ce-bf83c28f9fe8',
      '06b708a9-e830-4db3-a914-8e69da51d44f',
      '7ab1d382-f21e-4acd-a863-ba3e13f7da61',
    ]);
  });

  it('returns limited information for directory roles without a role-reading permission', async () => {
    const limited = await reader().api(`/servicePrincipals(appId='${OPS}')/memberOf`).get();
    expect(limited['@odata.context']).toBe(`${graph().url}/v1.0/$metadata#directoryObjects`);
    expect(limited.value).toEqual([
      {
        '@odata.type': '#microsoft.graph.directoryRole',
        id: 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e01',
        deletedDateTime: null,
        description: null,
        displayName: null,
        roleTemplateId: null,
      },
      {
        '@odata.type': '#microsoft.graph.directoryRole',
        id: 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e02',
        deletedDateTime: null,
        description: null,
        displayName: null,
        roleTemplateId: null,
      },
    ]);
    const full = await graph()
      .client('directory-reader-token')
      .api(`/servicePrincipals(appId='${OPS}')/memberOf`)
      .select(['displayName', 'roleTemplateId'])
      .get();
    expect(full.value).toEqual([
      {
        '@odata.type': '#microsoft.graph.directoryRole',
        id: 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e01',
        displayName: 'Global Administrator',
        roleTemplateId: '62e90394-69f5-4237-9190-012177145e10',
      },
      {
        '@odata.type': '#microsoft.graph.directoryRole',
        id: 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e02',
        displayName: 'Privileged Role Administrator',
        roleTemplateId: 'e8611ab8-c189-46e8-94e1-60213ab1f814',
      },
    ]);
  });

  it('expands appRoleAssignments on a service principal', async () => {
    const sp = await reader()
      .api(`/servicePrincipals(appId='${GUARD}')`)
      .expand('appRoleAssignments($select=appRoleId)')
      .select(['appId'])
      .get();
    expect(sp.appRoleAssignments).toEqual([
      { id: '3Co8bF2NWkqnOx2fLHtOMuM5bNrJJ6xLvUBXIMYN8z0', appRoleId: '9a5d68dd-52b0-4cc2-bd40-abcf44ac3a30' },
      { id: '3Co8bF2NWkqnOx2fLHtOMrRm0dVzVqVHiJdW9tRn2Bc', appRoleId: '483bed4a-2ad3-4361-a73b-c83ccdbdc53c' },
    ]);
  });
});

describe('state changes are visible at once', () => {
  it('serves an application added to the tenant after start', async () => {
    const added = app({
      displayName: 'late-arrival',
      federatedIdentityCredentials: [fic({ name: 'late', subject: 'repo:contoso/late:ref:refs/heads/main' })],
    });
    graph().state.fixture.applications.push(added);
    const res = await reader().api(`/applications(appId='${added.appId}')/federatedIdentityCredentials`).get();
    expect(res.value.map((f: { subject: string }) => f.subject)).toEqual(['repo:contoso/late:ref:refs/heads/main']);
    graph().state.fixture.applications.pop();
    expect(tenant().applications).toEqual([]);
  });
});
