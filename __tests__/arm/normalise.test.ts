// Managed identities, pure parts: the resource id in alternativeNames, ARM credentials → the engine's
// credentials, the raw entry a reader yields, and snapshots of both versions.
import { describe, expect, it } from '@jest/globals';
import { toArmFederatedCredential } from '../../src/arm/identity.js';
import { assembleManagedIdentity } from '../../src/arm/raw.js';
import { managedIdentityOf, parseIdentityResourceId } from '../../src/arm/resource-id.js';
import { explainArmFailure } from '../../src/arm/credentials.js';
import { GraphMalformedError } from '../../src/graph/client.js';
import { NO_PERMISSION_NAMES, normaliseApp } from '../../src/graph/normalise.js';
import { HttpError } from '../../src/http/retry.js';
import { buildSnapshot, parseSnapshot, renderSnapshot, snapshotInventory } from '../../src/snapshot/index.js';

const ID =
  '/subscriptions/6f1d2c3b-4a59-4e8d-9c7b-1a2b3c4d5e6f/resourcegroups/rg-payments/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-payments-infra';
const SP = {
  id: '8b4d6f1a-3c25-4e79-a0b1-c2d3e4f5a6b0',
  appId: '2a6c8e0f-4b13-4d57-9e8a-c1d2e3f4a5b9',
  displayName: 'id-payments-infra',
  accountEnabled: true,
  servicePrincipalType: 'ManagedIdentity',
  alternativeNames: ['isExplicit=True', ID],
  passwordCredentials: [],
  keyCredentials: [],
  appRoleAssignments: [],
  memberOf: [],
};
const ARM_FIC = {
  id: `${ID}/federatedIdentityCredentials/main`,
  name: 'main',
  type: 'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials',
  properties: {
    issuer: 'https://token.actions.githubusercontent.com',
    subject: 'repo:contoso/payments-api:ref:refs/heads/Main',
    audiences: ['api://AzureADTokenExchange'],
  },
  systemData: { createdBy: 'someone@contoso.com' },
};

describe('resource ids', () => {
  it.each([
    [
      ID,
      {
        subscriptionId: '6f1d2c3b-4a59-4e8d-9c7b-1a2b3c4d5e6f',
        resourceGroup: 'rg-payments',
        name: 'id-payments-infra',
      },
    ],
    [
      `${ID.toUpperCase()}/`,
      {
        subscriptionId: '6F1D2C3B-4A59-4E8D-9C7B-1A2B3C4D5E6F',
        resourceGroup: 'RG-PAYMENTS',
        name: 'ID-PAYMENTS-INFRA',
      },
    ],
  ])('parses %s', (id, parts) => expect(parseIdentityResourceId(id)).toMatchObject(parts));

  it.each([
    '/subscriptions/x/resourceGroups/y/providers/Microsoft.Web/sites/z',
    `${ID}/federatedIdentityCredentials/main`,
    'subscriptions/x/resourceGroups/y/providers/Microsoft.ManagedIdentity/userAssignedIdentities/z',
    `/subscriptions/x/resourceGroups/${'a'.repeat(2000)}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/z`,
  ])('refuses %s', (id) => expect(parseIdentityResourceId(id)).toBeNull());

  it('tells user-assigned, system-assigned and other service principals apart', () => {
    expect(managedIdentityOf(SP)).toMatchObject({ kind: 'user-assigned', resourceId: { name: 'id-payments-infra' } });
    expect(
      managedIdentityOf({
        ...SP,
        alternativeNames: ['isExplicit=False', '/subscriptions/x/resourcegroups/y/providers/Microsoft.Web/sites/z'],
      }),
    ).toEqual({ kind: 'system-assigned' });
    expect(managedIdentityOf({ ...SP, servicePrincipalType: 'Application' })).toBeNull();
  });
});

describe('ARM credentials', () => {
  it('become the engine credentials by name only, with no expression', () => {
    expect(toArmFederatedCredential(ARM_FIC, 'x')).toEqual({
      id: ARM_FIC.id,
      name: 'main',
      issuer: 'https://token.actions.githubusercontent.com',
      subject: 'repo:contoso/payments-api:ref:refs/heads/Main',
      audiences: ['api://AzureADTokenExchange'],
      description: null,
      claimsMatchingExpression: null,
    });
  });

  it.each([
    [{ ...ARM_FIC, properties: null }, 'x.properties is not an object'],
    [
      { ...ARM_FIC, properties: { ...ARM_FIC.properties, audiences: 'api://AzureADTokenExchange' } },
      'x.properties.audiences is not an array',
    ],
    [{ ...ARM_FIC, name: 7 }, 'x.name is not a string'],
    [{ ...ARM_FIC, properties: { subject: 's' } }, 'x.properties.issuer is missing, expected a string'],
  ])('are malformed when %j', (raw, message) => {
    expect(() => toArmFederatedCredential(raw, 'x')).toThrow(new GraphMalformedError(message));
  });
});

describe('assembleManagedIdentity', () => {
  const reader = async () => ({ credentials: [ARM_FIC] });

  it('yields a raw entry that normalises to a managed identity', async () => {
    const outcome = await assembleManagedIdentity(SP, reader);
    if (!outcome || !('raw' in outcome)) throw new Error(`expected a raw entry, got ${JSON.stringify(outcome)}`);
    const inventory = normaliseApp(outcome.raw, NO_PERMISSION_NAMES);
    expect(inventory).toMatchObject({
      kind: 'managedIdentity',
      appId: SP.appId,
      objectId: SP.id,
      resourceId: ID,
      passwordCredentials: [],
      keyCredentials: [],
      federatedCredentials: [{ name: 'main' }],
      servicePrincipal: { objectId: SP.id },
    });
  });

  it('is null for another service principal, and a failure without ARM or for a system-assigned identity', async () => {
    expect(await assembleManagedIdentity({ ...SP, servicePrincipalType: 'Application' }, reader)).toBeNull();
    expect(await assembleManagedIdentity(SP, undefined)).toEqual({
      failure: `a managed identity (${ID}), but Azure Resource Manager is not configured`,
    });
    expect(await assembleManagedIdentity({ ...SP, alternativeNames: ['isExplicit=False'] }, reader)).toMatchObject({
      failure: expect.stringContaining('a system-assigned managed identity'),
    });
    expect(await assembleManagedIdentity(SP, async () => ({ credentials: [{ name: 'x' }] }))).toMatchObject({
      failure: expect.stringContaining('malformed data'),
    });
  });
});

describe('explainArmFailure', () => {
  const identity = parseIdentityResourceId(ID);
  if (!identity) throw new Error('id');
  it.each([
    [
      new HttpError({ status: 403, code: 'AuthorizationFailed', message: 'HTTP 403' }),
      /built-in Reader role.*federatedIdentityCredentials\/read/,
    ],
    [
      new HttpError({ status: 401, code: 'InvalidAuthenticationTokenAudience', message: 'HTTP 401' }),
      /must be issued for https:\/\/arm\.example\/\.default/,
    ],
    [new HttpError({ status: 404, code: 'ResourceNotFound', message: 'HTTP 404' }), /deleted or moved/],
    [new Error('socket hang up'), /could not read the federated credentials .*socket hang up/],
  ])('explains %s', (error, pattern) =>
    expect(explainArmFailure(error, identity, 'https://arm.example')).toMatch(pattern),
  );
});

describe('snapshots', () => {
  const snapshot = () =>
    buildSnapshot({
      tenant: 'contoso.onmicrosoft.com',
      exportedAt: new Date('2026-12-01T00:00:00Z'),
      apps: [
        {
          application: null,
          servicePrincipal: SP,
          managedIdentity: { resourceId: ID, federatedIdentityCredentials: [ARM_FIC] },
        },
      ],
      notEvaluated: [],
      graphServicePrincipal: null,
    });

  it('version 2 carries managed identities, their credentials reduced to the trust fields', () => {
    const text = renderSnapshot(snapshot());
    expect(text).not.toContain('someone@contoso.com');
    const parsed = parseSnapshot(text, 's.json');
    expect(parsed.version).toBe(2);
    expect(snapshotInventory(parsed)).toEqual([
      { app: expect.objectContaining({ kind: 'managedIdentity', appId: SP.appId, resourceId: ID }) },
    ]);
  });

  it('version 1 still loads (no managed identities), and may not claim any', () => {
    const { managedIdentities: _none, ...rest } = JSON.parse(renderSnapshot(snapshot())) as Record<string, unknown>;
    const v1 = JSON.stringify({ ...rest, version: 1 });
    expect(parseSnapshot(v1, 'old.json')).toMatchObject({ version: 1, managedIdentities: [] });
    expect(snapshotInventory(parseSnapshot(v1, 'old.json'))).toEqual([]);
    expect(() => parseSnapshot(JSON.stringify({ ...rest, version: 1, managedIdentities: [] }), 'old.json')).toThrow(
      '"managedIdentities" needs version 2',
    );
  });
});
