// The snapshot a pull-request check needs, and nothing more: a public repository's artifacts can be downloaded by
// anyone, so `export --for-pull-requests OWNER/REPO` keeps only the apps that trust that repository, with their
// federated credentials and their service principal's kind. No secret or certificate metadata (not even key ids
// or end dates), no permissions, no directory roles, no other app of the tenant.
import type { GraphJson, Snapshot } from './model.js';

const APPLICATION_FIELDS = ['id', 'appId', 'displayName', 'signInAudience'];
const CREDENTIAL_FIELDS = ['id', 'name', 'issuer', 'subject', 'audiences', 'claimsMatchingExpression'];
const SERVICE_PRINCIPAL_FIELDS = [
  'id',
  'appId',
  'displayName',
  'servicePrincipalType',
  'accountEnabled',
  'alternativeNames',
];

export interface PullRequestScope {
  owner: string;
  name: string;
}

function pick(source: GraphJson, fields: readonly string[]): GraphJson {
  const out: GraphJson = {};
  for (const field of fields) if (field in source) out[field] = source[field];
  return out;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Does this credential trust the repository? Its subject names it (default or immutable form, any context), or
 * its flexible expression mentions the owner: such an expression may admit the repository through a wildcard,
 * and keeping a credential too many is safe where leaving one out would report a job as unmatched.
 */
export function trustsRepository(credential: GraphJson, scope: PullRequestScope): boolean {
  const owner = escape(scope.owner.toLowerCase());
  const name = escape(scope.name.toLowerCase());
  const subject = typeof credential.subject === 'string' ? credential.subject.toLowerCase() : '';
  if (new RegExp(`^repo:${owner}(?:@\\d+)?/${name}(?:@\\d+)?:`).test(subject)) return true;
  const expression = credential.claimsMatchingExpression as { value?: unknown } | null | undefined;
  const value = typeof expression?.value === 'string' ? expression.value.toLowerCase() : '';
  return value !== '' && (value.includes(`repo:${scope.owner.toLowerCase()}`) || /repo:\*|'\*'/.test(value));
}

export function forPullRequests(
  snapshot: Snapshot,
  scope: PullRequestScope,
): Snapshot & {
  forPullRequests: { repository: string; contains: string };
} {
  const applications: GraphJson[] = [];
  const kept = new Set<string>();
  for (const application of snapshot.applications) {
    const credentials = Array.isArray(application.federatedIdentityCredentials)
      ? (application.federatedIdentityCredentials as unknown[]).filter(
          (c): c is GraphJson => typeof c === 'object' && c !== null && !Array.isArray(c),
        )
      : [];
    if (!credentials.some((c) => trustsRepository(c, scope))) continue;
    kept.add(String(application.appId).toLowerCase());
    applications.push({
      ...pick(application, APPLICATION_FIELDS),
      passwordCredentials: [],
      keyCredentials: [],
      federatedIdentityCredentials: credentials.map((c) => pick(c, CREDENTIAL_FIELDS)),
    });
  }
  // Managed identities likewise: their ARM credentials keep only id, name, type and the trust itself.
  const managedIdentities: GraphJson[] = [];
  for (const identity of snapshot.managedIdentities) {
    const credentials = Array.isArray(identity.federatedIdentityCredentials)
      ? (identity.federatedIdentityCredentials as unknown[]).filter(isObject)
      : [];
    if (!credentials.some((c) => trustsRepository(isObject(c.properties) ? c.properties : {}, scope))) continue;
    kept.add(String(identity.appId).toLowerCase());
    managedIdentities.push({ ...pick(identity, ['appId', 'resourceId']), federatedIdentityCredentials: credentials });
  }
  const servicePrincipals = snapshot.servicePrincipals
    .filter((sp) => kept.has(String(sp.appId).toLowerCase()))
    .map((sp) => ({
      ...pick(sp, SERVICE_PRINCIPAL_FIELDS),
      passwordCredentials: [],
      keyCredentials: [],
      appRoleAssignments: [],
      memberOf: [],
    }));
  // Entra's risk and conditional access data are not needed to judge workflows: they stay out of the artifact.
  const { signals: _signals, ...rest } = snapshot;
  return {
    ...rest,
    forPullRequests: {
      repository: `${scope.owner}/${scope.name}`,
      contains:
        'Only the apps that trust this repository: their federated credentials and service principal kind. No secrets, certificates or permissions.',
    },
    applications,
    servicePrincipals,
    graphAppRoles: [],
    graphServicePrincipalId: null,
    managedIdentities,
    notEvaluated: snapshot.notEvaluated,
  };
}

function isObject(value: unknown): value is GraphJson {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
