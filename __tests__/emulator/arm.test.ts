// The ARM emulator through the real SDK: @azure/identity gets a token for ARM's audience from the Entra
// emulator, and the product's ARM client reads a managed identity's federated credentials with it. The
// emulator checks the token's audience, the caller's role at the identity's scopes, api-version, and pages.
import { describe, expect, it } from '@jest/globals';
import { ClientAssertionCredential } from '@azure/identity';
import { userAssignedIdentity, type ArmRoleAssignment } from '../../emulator/arm.js';
import { createArmClient } from '../../src/arm/client.js';
import { readIdentityCredentials } from '../../src/arm/credentials.js';
import { parseIdentityResourceId } from '../../src/arm/resource-id.js';
import { HttpError } from '../../src/http/retry.js';
import { APPS, EXCHANGE_AUDIENCE, TENANT_ID, federationTenant, useEmulators } from '../helpers/emulators.js';

const SUB = '0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const { identity, servicePrincipal } = userAssignedIdentity({
  name: 'id-deploy',
  subscriptionId: SUB,
  resourceGroup: 'rg-deploy',
  clientId: '1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a',
  principalId: '2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a6b',
  tenantId: TENANT_ID,
  credentials: Array.from({ length: 5 }, (_, i) => ({
    name: `env-${i}`,
    subject: `repo:octo-org/octo-repo:environment:e${i}`,
  })),
});
const READER: ArmRoleAssignment = {
  principalId: APPS.deploy.spId,
  roleDefinitionName: 'Reader',
  scope: `/subscriptions/${SUB}/resourceGroups/rg-deploy`,
};

const emulators = useEmulators(() => {
  const tenant = federationTenant();
  tenant.servicePrincipals.push(servicePrincipal);
  tenant.arm = { userAssignedIdentities: [identity], roleAssignments: [READER], pageSize: 2 };
  return { tenant };
});

function credential(): ClientAssertionCredential {
  return new ClientAssertionCredential(
    TENANT_ID,
    APPS.deploy.appId,
    async () => emulators().oidc.mintToken({ audience: EXCHANGE_AUDIENCE }),
    { authorityHost: emulators().entra.url, disableInstanceDiscovery: true },
  );
}

const token = async (scope: string) => (await credential().getToken(scope)).token;
const listPath = `${identity.id}/federatedIdentityCredentials?api-version=2023-01-31`;

async function get(
  path: string,
  authorization?: string,
): Promise<{ status: number; body: { error?: { code?: string } } }> {
  const response = await fetch(`${emulators().arm.url}${path}`, {
    headers: authorization ? { authorization } : {},
  });
  return { status: response.status, body: (await response.json()) as { error?: { code?: string } } };
}

describe('ARM emulator', () => {
  it('serves every credential of the identity over pages to a token for its audience', async () => {
    const arm = emulators().arm.url;
    const client = createArmClient({ armEndpoint: arm, getAccessToken: () => token(`${arm}/.default`) });
    const parsed = parseIdentityResourceId(identity.id);
    if (!parsed) throw new Error('resource id');
    const result = await readIdentityCredentials(client, parsed);
    expect('credentials' in result && result.credentials.map((c) => c.name)).toEqual([
      'env-0',
      'env-1',
      'env-2',
      'env-3',
      'env-4',
    ]);
    expect(
      emulators()
        .log.of('arm')
        .map((e) => e.status),
    ).toEqual([200, 200, 200]);
  });

  it('also accepts a token for https://management.azure.com, the real audience', async () => {
    expect((await get(listPath, `Bearer ${await token('https://management.azure.com/.default')}`)).status).toBe(200);
  });

  it('rejects a Graph token (wrong audience), a missing token and a missing api-version', async () => {
    const graphToken = await token('https://graph.microsoft.com/.default');
    const armToken = await token(`${emulators().arm.url}/.default`);
    expect(await get(listPath, `Bearer ${graphToken}`)).toMatchObject({
      status: 401,
      body: { error: { code: 'InvalidAuthenticationTokenAudience' } },
    });
    expect(await get(listPath)).toMatchObject({ status: 401, body: { error: { code: 'AuthenticationFailed' } } });
    expect(await get(`${identity.id}/federatedIdentityCredentials`, `Bearer ${armToken}`)).toMatchObject({
      status: 400,
      body: { error: { code: 'MissingApiVersionParameter' } },
    });
    expect(
      await get(`${identity.id}/federatedIdentityCredentials?api-version=2015-08-31-preview`, `Bearer ${armToken}`),
    ).toMatchObject({ status: 400, body: { error: { code: 'InvalidApiVersionParameter' } } });
  });

  it('answers 403 AuthorizationFailed without a reading role at the identity, its group or subscription', async () => {
    const arm = emulators().tenant.fixture.arm;
    if (!arm) throw new Error('ARM fixture');
    const armToken = await token(`${emulators().arm.url}/.default`);
    const cases: [ArmRoleAssignment[], number][] = [
      [[], 403],
      [[{ ...READER, scope: `/subscriptions/${SUB}/resourceGroups/rg-deploy-other` }], 403],
      [[{ ...READER, roleDefinitionName: 'Storage Blob Data Reader' }], 403],
      [[{ ...READER, scope: `/subscriptions/${SUB}` }], 200],
      [[{ ...READER, scope: identity.id.toLowerCase() }], 200],
      [
        [
          {
            ...READER,
            roleDefinitionName: 'fic-reader',
            actions: ['Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials/read'],
          },
        ],
        200,
      ],
    ];
    try {
      for (const [roles, status] of cases) {
        arm.roleAssignments = roles;
        const answer = await get(listPath, `Bearer ${armToken}`);
        expect([roles.map((r) => `${r.roleDefinitionName}@${r.scope}`), answer.status]).toEqual([
          roles.map((r) => `${r.roleDefinitionName}@${r.scope}`),
          status,
        ]);
        if (status === 403) expect(answer.body.error?.code).toBe('AuthorizationFailed');
      }
    } finally {
      arm.roleAssignments = [READER];
    }
  });

  it('answers 404 ResourceNotFound for an identity that does not exist, once the caller may read there', async () => {
    const armToken = await token(`${emulators().arm.url}/.default`);
    const missing = `/subscriptions/${SUB}/resourceGroups/rg-deploy/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-gone`;
    expect(
      await get(`${missing}/federatedIdentityCredentials?api-version=2023-01-31`, `Bearer ${armToken}`),
    ).toMatchObject({
      status: 404,
      body: { error: { code: 'ResourceNotFound' } },
    });
  });

  it('lets the product client see ARM errors as HttpError with the ARM code', async () => {
    const arm = emulators().arm.url;
    const client = createArmClient({
      armEndpoint: arm,
      getAccessToken: () => token('https://graph.microsoft.com/.default'),
    });
    const error = await client.getJson(listPath).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 401, code: 'InvalidAuthenticationTokenAudience' });
  });
});
