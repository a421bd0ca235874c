// The usage and lifecycle signals (issue 14), in the shape of src/signals/catalogue.ts: what unlocks each (the
// Microsoft Graph application permissions, least privileged first; the licence; the clouds). Sources: the Graph
// API reference pages of each endpoint (permissions, national clouds), "Usage and insights" and the sign-in log
// licence requirements in the Microsoft Entra docs (emulator/facts/signals.md, "Usage and lifecycle").
import type { CloudName } from '../auth/clouds.js';
import type { SignalSpec } from './catalogue.js';

const ALL_CLOUDS: readonly CloudName[] = ['AzureCloud', 'AzureUSGovernment', 'AzureChinaCloud'];
/** The sign-in activity reports are served by the global cloud only (Graph beta reference, national clouds). */
const GLOBAL_ONLY: readonly CloudName[] = ['AzureCloud'];

export const LIFECYCLE_SIGNAL_SPECS: readonly SignalSpec[] = [
  {
    id: 'service-principal-sign-in-activity',
    title: "the deploy identities' last sign-ins (beta reports/servicePrincipalSignInActivities)",
    endpoint: 'beta/reports/servicePrincipalSignInActivities',
    permissions: ['AuditLog.Read.All', 'Directory.Read.All'],
    licence: 'entraIdPremium',
    clouds: GLOBAL_ONLY,
    rules: ['service-principal-unused'],
    licenceAdds: 'when each deploy identity last signed in, so an unused one can be removed',
  },
  {
    id: 'app-credential-sign-in-activity',
    title: "the secrets' and certificates' last sign-ins (beta reports/appCredentialSignInActivities)",
    endpoint: 'beta/reports/appCredentialSignInActivities',
    permissions: ['AuditLog.Read.All', 'Directory.Read.All'],
    licence: 'entraIdPremium',
    clouds: GLOBAL_ONLY,
    rules: ['credential-unused'],
    licenceAdds: 'when each secret and certificate was last used, so an unused one can be deleted',
  },
  {
    id: 'directory-recommendations',
    title: "Entra's recommendations about the apps (beta directory/recommendations)",
    endpoint: 'beta/directory/recommendations',
    permissions: ['DirectoryRecommendations.Read.All', 'DirectoryRecommendations.ReadWrite.All'],
    licence: 'workloadIdPremium',
    clouds: ALL_CLOUDS,
    rules: ['entra-recommendation'],
    licenceAdds:
      "Entra's workload identity recommendations (unused credentials, stale apps, expiring credentials) with their action steps",
  },
  {
    id: 'app-management-policy',
    title: "the tenant's default app management policy (policies/defaultAppManagementPolicy)",
    endpoint: 'v1.0/policies/defaultAppManagementPolicy',
    permissions: [
      'Policy.Read.All',
      'Policy.Read.ApplicationConfiguration',
      'Policy.ReadWrite.ApplicationConfiguration',
    ],
    licence: null,
    clouds: ALL_CLOUDS,
    rules: ['app-management-policy-weak'],
  },
  {
    id: 'owners',
    title:
      'the owners of the deploy identities and the sponsors of agent identity blueprints (applications/{id}/owners, servicePrincipals/{id}/owners, applications/{id}/microsoft.graph.agentIdentityBlueprint/sponsors)',
    endpoint: 'v1.0/applications/{id}/owners',
    permissions: ['Application.Read.All', 'Directory.Read.All', 'Application.ReadWrite.All'],
    licence: null,
    clouds: ALL_CLOUDS,
    rules: ['privileged-app-owner', 'app-without-owner', 'agent-without-sponsor'],
  },
  {
    id: 'service-principal-sign-ins',
    title: "the service principal sign-in logs, for the federated credentials' last use (beta auditLogs/signIns)",
    endpoint: 'beta/auditLogs/signIns',
    permissions: ['AuditLog.Read.All', 'Directory.Read.All'],
    licence: 'entraIdPremium',
    clouds: ALL_CLOUDS,
    // Evidence only: fic-unused is judged from the workflows either way.
    rules: [],
    licenceAdds:
      'when each federated credential was last used (within the 30 days the logs keep), as evidence in fic-unused',
  },
  {
    id: 'agent-identities',
    title: 'the agent identities and their sponsors (servicePrincipals/microsoft.graph.agentIdentity)',
    endpoint: 'v1.0/servicePrincipals/microsoft.graph.agentIdentity',
    permissions: ['AgentIdentity.Read.All', 'Application.Read.All', 'Directory.Read.All'],
    licence: null,
    clouds: ALL_CLOUDS,
    rules: ['agent-without-sponsor'],
  },
];
