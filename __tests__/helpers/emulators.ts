// Jest helpers for the emulators: start them, trust their CA inside the Jest process (the
// Azure SDK, @actions/http-client and fetch all use Node's default CA list), close after.
import { createHash } from 'node:crypto';
import { trustInProcess } from '../../emulator/core/tls.js';
import { afterAll, afterEach, beforeAll } from '@jest/globals';
import type { Emulators, StartOptions } from '../../emulator/index.js';
import {
  MICROSOFT_GRAPH_APP_ID,
  type GraphApplication,
  type GraphFederatedIdentityCredential,
  type GraphServicePrincipal,
  type TenantFixture,
} from '../../emulator/tenant.js';

/** Adds a PEM to this process's default trust store (Node 24); once per PEM. */
export const trustCa = trustInProcess;

/** Starts the emulators and trusts their CA in this process. */
export async function startTrusted(options: StartOptions): Promise<Emulators> {
  // Imported on use, so tests that only need trustCa or the fixtures do not load every emulator.
  const { startEmulators } = await import('../../emulator/index.js');
  const emulators = await startEmulators(options);
  trustCa(emulators.tls.ca);
  return emulators;
}

/** Runs `body` against fresh emulators and closes them afterwards, whatever happens. */
export async function withEmulators<T>(options: StartOptions, body: (emulators: Emulators) => Promise<T>): Promise<T> {
  const emulators = await startTrusted(options);
  try {
    return await body(emulators);
  } finally {
    await emulators.close();
  }
}

/**
 * One set of emulators for a describe block: started before all tests, closed after; faults
 * and the request log are cleared after each test. Returns an accessor.
 */
export function useEmulators(options: StartOptions | (() => StartOptions)): () => Emulators {
  let emulators: Emulators | undefined;
  beforeAll(async () => {
    emulators = await startTrusted(typeof options === 'function' ? options() : options);
  });
  afterEach(() => {
    emulators?.faults.clear();
    emulators?.log.clear();
  });
  afterAll(async () => {
    await emulators?.close();
  });
  return () => {
    if (!emulators) throw new Error('The emulators are not started yet (use the accessor inside a test)');
    return emulators;
  };
}

// ---------------------------------------------------------------------------------------------
// A small federation tenant in Graph's shapes, for tests that need apps that can (or cannot) sign in.

export const TENANT_ID = '72f988bf-86f1-41af-91ab-2d7cd011db47';
export const TENANT_DOMAIN = 'contoso.onmicrosoft.com';
export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
export const EXCHANGE_AUDIENCE = 'api://AzureADTokenExchange';

/** Microsoft Graph's real application-permission ids. */
export const GRAPH_ROLES = {
  'Application.Read.All': '9a5d68dd-52b0-4cc2-bd40-abcf44ac3a30',
  'AuditLog.Read.All': 'b0afded3-3588-46d8-8b3d-9842eff778da',
} as const;

export const APPS = {
  deploy: {
    appId: '3f1c6c1e-8d2b-4b0e-9a51-0d6f2b7c9e01',
    objectId: 'b7e2a1d4-5c3f-4e8a-9b6d-1a2c3e4f5a61',
    spId: 'c4d5e6f7-1a2b-4c3d-8e9f-0a1b2c3d4e71',
  },
  disabled: {
    appId: '5a7b9c1d-2e3f-4a5b-8c6d-7e8f9a0b1c02',
    objectId: 'd1e2f3a4-b5c6-4d7e-8f9a-0b1c2d3e4f62',
    spId: 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a72',
  },
  noServicePrincipal: {
    appId: '6b8c0d2e-3f4a-4b5c-9d7e-8f9a0b1c2d03',
    objectId: 'f1a2b3c4-d5e6-4f7a-8b9c-0d1e2f3a4b63',
    spId: '',
  },
} as const;

const GRAPH_SP_ID = '0e6d5c4b-3a29-4817-9605-f4e3d2c1b0a9';

/** A GUID derived from a name, so fixtures are stable from run to run. */
export function stableGuid(name: string): string {
  const h = createHash('sha1').update(name).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function fic(
  name: string,
  subject: string,
  extra: Partial<GraphFederatedIdentityCredential> = {},
): GraphFederatedIdentityCredential {
  return {
    id: stableGuid(name),
    name,
    issuer: GITHUB_ISSUER,
    subject,
    description: null,
    audiences: [EXCHANGE_AUDIENCE],
    ...extra,
  };
}

function application(
  key: keyof typeof APPS,
  displayName: string,
  fics: GraphFederatedIdentityCredential[],
): GraphApplication {
  return {
    id: APPS[key].objectId,
    appId: APPS[key].appId,
    displayName,
    createdDateTime: '2025-03-14T09:26:53Z',
    signInAudience: 'AzureADMyOrg',
    tags: [],
    passwordCredentials: [],
    keyCredentials: [],
    federatedIdentityCredentials: fics,
  };
}

function servicePrincipal(
  key: keyof typeof APPS,
  displayName: string,
  accountEnabled: boolean,
  roles: (keyof typeof GRAPH_ROLES)[],
): GraphServicePrincipal {
  return {
    id: APPS[key].spId,
    appId: APPS[key].appId,
    displayName,
    appDisplayName: displayName,
    servicePrincipalType: 'Application',
    accountEnabled,
    appOwnerOrganizationId: TENANT_ID,
    passwordCredentials: [],
    keyCredentials: [],
    appRoleAssignments: roles.map((role, i) => ({
      id: `${APPS[key].spId.slice(0, 8)}-aaaa-4bbb-8ccc-${String(i).padStart(12, '0')}`,
      appRoleId: GRAPH_ROLES[role],
      createdDateTime: '2025-03-14T09:30:00Z',
      principalDisplayName: displayName,
      principalId: APPS[key].spId,
      principalType: 'ServicePrincipal',
      resourceDisplayName: 'Microsoft Graph',
      resourceId: GRAPH_SP_ID,
    })),
  };
}

/** deploy: two FICs (main branch, production environment); disabled: SP disabled; noServicePrincipal: no SP. */
export function federationTenant(deployFics?: GraphFederatedIdentityCredential[]): TenantFixture {
  return {
    tenantId: TENANT_ID,
    domain: TENANT_DOMAIN,
    applications: [
      application(
        'deploy',
        'octo-repo deploy',
        deployFics ?? [
          fic('octo-repo-main', 'repo:octo-org/octo-repo:ref:refs/heads/main'),
          fic('octo-repo-production', 'repo:octo-org/octo-repo:environment:production'),
        ],
      ),
      application('disabled', 'retired pipeline', [fic('retired-main', 'repo:octo-org/octo-repo:ref:refs/heads/main')]),
      application('noServicePrincipal', 'orphan registration', [
        fic('orphan-main', 'repo:octo-org/octo-repo:ref:refs/heads/main'),
      ]),
    ],
    servicePrincipals: [
      servicePrincipal('deploy', 'octo-repo deploy', true, ['Application.Read.All', 'AuditLog.Read.All']),
      servicePrincipal('disabled', 'retired pipeline', false, []),
      {
        id: GRAPH_SP_ID,
        appId: MICROSOFT_GRAPH_APP_ID,
        displayName: 'Microsoft Graph',
        appDisplayName: 'Microsoft Graph',
        servicePrincipalType: 'Application',
        accountEnabled: true,
        appOwnerOrganizationId: 'f8cdef31-a31e-4b4a-93e4-5f571e91255a',
        passwordCredentials: [],
        keyCredentials: [],
        appRoles: Object.entries(GRAPH_ROLES).map(([value, id]) => ({
          id,
          value,
          displayName: value,
          allowedMemberTypes: ['Application'],
          isEnabled: true,
        })),
      },
    ],
  };
}
