// Builders for the usage and lifecycle part of a tenant fixture, in Graph's own shapes (emulator/facts/signals.md,
// "Usage and lifecycle"): sign-in activity report entries, recommendations with impacted resources, the default
// app management policy, and owners.
import { stableGuid } from './fixtures.js';
import type { GraphApplication, GraphServicePrincipal } from './tenant.js';

type Json = Record<string, unknown>;

/** A servicePrincipalSignInActivity whose last sign-ins (all kinds) are at `last` (null: none reported). */
export function servicePrincipalSignInActivity(app: { appId: string }, last: string | null): Json {
  const activity = (at: string | null) =>
    at === null ? null : { lastSignInDateTime: at, lastSignInRequestId: stableGuid(`signin:${app.appId}:${at}`) };
  return {
    id: Buffer.from(app.appId).toString('base64'),
    appId: app.appId,
    lastSignInActivity: activity(last),
    applicationAuthenticationClientSignInActivity: activity(last),
    applicationAuthenticationResourceSignInActivity: null,
    delegatedClientSignInActivity: null,
    delegatedResourceSignInActivity: null,
  };
}

/** An appCredentialSignInActivity of one credential of an app registration (or its service principal). */
export function credentialSignInActivity(
  app: GraphApplication,
  credential: { keyId: string; endDateTime: string | null },
  last: string | null,
  options: {
    keyType?: 'clientSecret' | 'certificate';
    origin?: 'application' | 'servicePrincipal';
    sp?: GraphServicePrincipal;
  } = {},
): Json {
  const origin = options.origin ?? 'application';
  return {
    id: Buffer.from(`${app.appId}|${credential.keyId}|${origin}`).toString('base64'),
    appId: app.appId,
    appObjectId: app.id,
    servicePrincipalObjectId: options.sp?.id ?? null,
    createdDateTime: '2024-01-15T09:30:00Z',
    expirationDateTime: credential.endDateTime,
    keyId: credential.keyId,
    keyType: options.keyType ?? 'clientSecret',
    keyUsage: 'verify',
    credentialOrigin: origin,
    resourceId: null,
    signInActivity:
      last === null ? null : { lastSignInDateTime: last, lastSignInRequestId: stableGuid(`cred:${credential.keyId}`) },
  };
}

/** A recommendation (documented staleAppCreds example shape) naming the given apps as impacted resources. */
export function recommendation(
  tenantId: string,
  type: string,
  apps: { appId: string; displayName: string }[],
  over: Json = {},
): Json {
  const titles: Record<string, string> = {
    staleAppCreds: 'Remove unused credentials from applications',
    staleApps: 'Remove unused applications',
    applicationCredentialExpiry: 'Renew expiring application credentials',
  };
  const id = `${tenantId}_${type}`;
  return {
    id,
    recommendationType: type,
    createdDateTime: '2026-09-07T21:25:36Z',
    impactStartDateTime: '2026-09-07T21:25:36Z',
    postponeUntilDateTime: null,
    lastModifiedDateTime: '2026-11-22T15:23:29Z',
    lastModifiedBy: 'System',
    displayName: titles[type] ?? type,
    featureAreas: ['applications'],
    insights: 'Your tenant has applications with credentials which have not been used in more than 30 days.',
    benefits: 'An application credential is used to get a token that grants access to a resource or another service.',
    category: 'identityBestPractice',
    status: 'active',
    priority: 'medium',
    releaseType: 'preview',
    requiredLicenses: 'microsoftEntraWorkloadId',
    impactType: 'apps',
    actionSteps: [
      { stepNumber: 1, text: '1. For application resources, navigate to the app registration section in your tenant.' },
      { stepNumber: 2, text: "2. In the 'Certificate and Secrets' blade, find the credential and remove it." },
    ],
    impactedResources: apps.map((a, i) => ({
      id: stableGuid(`impacted:${id}:${a.appId}`),
      subjectId: a.appId,
      recommendationId: id,
      resourceType: 'app',
      addedDateTime: '2026-11-19T09:40:39.0420371Z',
      postponeUntilDateTime: null,
      lastModifiedDateTime: '2026-11-20T20:43:28.9687029Z',
      lastModifiedBy: 'System',
      displayName: a.displayName,
      owner: null,
      rank: i + 1,
      portalUrl: `https://portal.azure.com/#blade/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/Credentials/appId/${a.appId}`,
      apiUrl: null,
      status: 'active',
      additionalDetails: [],
    })),
    ...over,
  };
}

/** A restriction entry of an app management policy (create example shape). */
export function restriction(
  restrictionType: string,
  over: { state?: string; maxLifetime?: string | null; restrictForAppsCreatedAfterDateTime?: string | null } = {},
): Json {
  return {
    restrictionType,
    state: over.state ?? 'enabled',
    maxLifetime: over.maxLifetime ?? null,
    restrictForAppsCreatedAfterDateTime: over.restrictForAppsCreatedAfterDateTime ?? null,
  };
}

/** The tenant's default app management policy with the given application password restrictions. */
export function tenantAppManagementPolicy(
  isEnabled: boolean,
  passwordCredentials: Json[],
  keyCredentials: Json[] = [],
): Json {
  return {
    id: '00000000-0000-0000-0000-000000000000',
    displayName: 'Default app management tenant policy',
    description:
      'Default tenant policy that enforces app management restrictions on applications and service principals.',
    isEnabled,
    applicationRestrictions: { passwordCredentials, keyCredentials },
    servicePrincipalRestrictions: { passwordCredentials: [], keyCredentials: [] },
  };
}

/** A user as a directoryObject owner. */
export function userOwner(userPrincipalName: string): Json {
  return {
    '@odata.type': '#microsoft.graph.user',
    id: stableGuid(`user:${userPrincipalName}`),
    displayName: userPrincipalName.split('@')[0] ?? userPrincipalName,
    userPrincipalName,
  };
}

/** A service principal as a directoryObject owner. */
export function servicePrincipalOwner(sp: GraphServicePrincipal): Json {
  return {
    '@odata.type': '#microsoft.graph.servicePrincipal',
    id: sp.id,
    displayName: sp.displayName,
    appId: sp.appId,
  };
}

/** A service principal sign-in with a federated credential (schema-derived shape of the beta signIn resource). */
export function federatedSignIn(
  app: { appId: string; displayName: string },
  sp: { id: string },
  ficId: string,
  at: string,
): Record<string, unknown> {
  return {
    id: stableGuid(`signin:${ficId}:${at}`),
    createdDateTime: at,
    appId: app.appId,
    appDisplayName: app.displayName,
    servicePrincipalId: sp.id,
    servicePrincipalName: app.displayName,
    signInEventTypes: ['servicePrincipal'],
    clientCredentialType: 'federatedIdentityCredential',
    federatedCredentialId: ficId,
    servicePrincipalCredentialKeyId: null,
    servicePrincipalCredentialThumbprint: null,
    resourceId: '797f4846-ba00-4fd7-ba43-dac1f8f63013',
    resourceDisplayName: 'Windows Azure Service Management API',
    ipAddress: '20.1.2.3',
    conditionalAccessStatus: 'notApplied',
    appliedConditionalAccessPolicies: [],
    status: { errorCode: 0, failureReason: null, additionalDetails: null },
  };
}
