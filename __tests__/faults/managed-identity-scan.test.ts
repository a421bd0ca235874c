// The tenant scan with managed identities, against the emulators through the real SDKs: user-assigned
// identities join the stream after the applications; one the guard may not read is not evaluated while the
// others are; a system-assigned identity is never read from ARM; ARM faults are retried.
import { describe, expect, it } from '@jest/globals';
import { userAssignedIdentity } from '../../emulator/arm.js';
import { loadScenario } from '../../emulator/fixtures.js';
import { createManagedIdentityReader } from '../../src/arm/raw.js';
import { acquireArmToken } from '../../src/arm/token.js';
import { createEntraCredential } from '../../src/auth/entra.js';
import { scanTenant } from '../../src/graph/tenant-scan.js';
import { useEmulators } from '../helpers/emulators.js';
import { DEMO_APP_IDS, FAST_RETRY, GUARD_APP_ID, collect, signIn } from './harness.js';

const DEMO_IDENTITY = '2a6c8e0f-4b13-4d57-9e8a-c1d2e3f4a5b9';
const scenario = loadScenario('demo');
const other = userAssignedIdentity({
  name: 'id-reporting',
  subscriptionId: '6f1d2c3b-4a59-4e8d-9c7b-1a2b3c4d5e6f',
  resourceGroup: 'rg-reporting', // the guard has no role here
  clientId: '4c8e0a2b-6d35-4f79-b0c1-d2e3f4a5b6c7',
  principalId: '5d9f1b3c-7e46-4a8b-81c2-e3f4a5b6c7d8',
  tenantId: scenario.tenant.tenantId,
  credentials: [{ name: 'main', subject: 'repo:contoso/reporting:ref:refs/heads/main' }],
});
const systemAssigned = {
  ...structuredClone(other.servicePrincipal),
  id: '6e0a2c4d-8f57-4b9c-92d3-f4a5b6c7d8e9',
  appId: '7f1b3d5e-9a68-4cad-a3e4-a5b6c7d8e9f0',
  displayName: 'func-payments',
  alternativeNames: [
    'isExplicit=False',
    '/subscriptions/6f1d2c3b-4a59-4e8d-9c7b-1a2b3c4d5e6f/resourcegroups/rg-payments/providers/Microsoft.Web/sites/func-payments',
  ],
};

// Instant waits, but attempts never cut short by a loaded machine.
const RETRY = { ...FAST_RETRY, attemptTimeoutMs: 30_000, deadlineMs: 60_000 };

const emulators = useEmulators(() => {
  const tenant = structuredClone(scenario.tenant);
  tenant.servicePrincipals.push(other.servicePrincipal, systemAssigned);
  tenant.arm?.userAssignedIdentities.push(other.identity);
  return { tenant, github: scenario.github };
});

function scan() {
  const e = emulators();
  const { client } = signIn(e, { tenantId: scenario.tenant.tenantId, graphRetry: RETRY });
  const credential = createEntraCredential({
    tenantId: scenario.tenant.tenantId,
    clientId: GUARD_APP_ID,
    authorityHost: e.entra.url,
    getAssertion: async () => e.oidc.mintToken({ audience: 'api://AzureADTokenExchange' }),
  });
  const managedIdentities = createManagedIdentityReader({
    armEndpoint: e.arm.url,
    getAccessToken: async () => (await acquireArmToken(credential, e.arm.url)).token,
    retry: RETRY,
    concurrency: 2,
  });
  return collect(scanTenant(client, { retry: RETRY, managedIdentities }));
}

describe('scan --all with managed identities', () => {
  it('yields the applications, then each user-assigned identity, read or not evaluated with the fix', async () => {
    const { items, error } = await scan();
    expect(error).toBeUndefined();
    const read = items.flatMap((i) => ('app' in i ? [`${i.app.kind}:${i.app.appId}`] : []));
    expect(read.sort()).toEqual(
      [...DEMO_APP_IDS.map((id) => `application:${id}`), `managedIdentity:${DEMO_IDENTITY}`].sort(),
    );
    const notEvaluated = items.flatMap((i) => ('notEvaluated' in i ? [i.notEvaluated] : []));
    expect(notEvaluated.map((n) => n.appId)).toEqual([other.servicePrincipal.appId]);
    expect(notEvaluated[0]?.reason).toContain('HTTP 403 AuthorizationFailed');
    // The system-assigned identity is not a deploy identity: never listed as an app, never read from ARM.
    expect(items.some((i) => ('app' in i ? i.app.appId : i.notEvaluated.appId) === systemAssigned.appId)).toBe(false);
    expect(
      emulators()
        .log.of('arm')
        .map((e) => e.path.includes('func-payments')),
    ).not.toContain(true);
  });

  it('retries ARM answers that fail transiently', async () => {
    emulators().faults.add({ service: 'arm', kind: 'status', status: 503, times: 2 });
    emulators().faults.add({ service: 'arm', kind: 'truncate', times: 1, after: 2 });
    const { items } = await scan();
    const identity = items.find((i) => 'app' in i && i.app.appId === DEMO_IDENTITY);
    expect(identity && 'app' in identity && identity.app.federatedCredentials.map((c) => c.subject)).toEqual([
      'repo:contoso/payments-api:ref:refs/heads/Main',
    ]);
    expect(
      emulators()
        .log.of('arm')
        .some((e) => e.status === 503),
    ).toBe(true);
  });
});
