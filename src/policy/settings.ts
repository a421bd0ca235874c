// The policy settings: their file names, defaults and meaning. The compiler, the JSON schema
// and docs/policy.md all follow this table.
import type { PolicySettings } from './types.js';

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
export const TOKEN_EXCHANGE_AUDIENCE = 'api://AzureADTokenExchange';
/** Entra's hard limit of federated identity credentials per application. */
export const ENTRA_FEDERATED_CREDENTIAL_LIMIT = 20;

/** Microsoft Graph application permissions that let an app grant itself (or anyone) more privilege. */
export const DEFAULT_PRIVILEGED_GRAPH_PERMISSIONS: readonly string[] = [
  'RoleManagement.ReadWrite.Directory',
  '9e3f62cf-ca93-4989-b6ce-bf83c28f9fe8',
  'AppRoleAssignment.ReadWrite.All',
  '06b708a9-e830-4db3-a914-8e69da51d44f',
  'Application.ReadWrite.All',
  '1bfefb4e-e0b5-418b-a88f-73c46d2cc8e9',
  'Directory.ReadWrite.All',
  '19dbc75e-c2e2-444c-a770-ec69d8559fc7',
];

/** Entra directory roles (display names and role template ids) that control the tenant or its apps. */
export const DEFAULT_PRIVILEGED_DIRECTORY_ROLES: readonly string[] = [
  'Global Administrator',
  '62e90394-69f5-4237-9190-012177145e10',
  'Privileged Role Administrator',
  'e8611ab8-c189-46e8-94e1-60213ab1f814',
  'Application Administrator',
  '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3',
  'Cloud Application Administrator',
  '158c047a-c907-4556-b7ef-446551a6b5f7',
];

export const DEFAULT_SETTINGS: Readonly<PolicySettings> = Object.freeze({
  allowedIssuers: [GITHUB_ISSUER],
  allowedOwners: [],
  maxSecretLifetimeDays: 180,
  expiryWarningDays: 30,
  snapshotMaxAgeDays: 7,
  maxFederatedCredentials: 18,
  privilegedGraphPermissions: [...DEFAULT_PRIVILEGED_GRAPH_PERMISSIONS],
  privilegedDirectoryRoles: [...DEFAULT_PRIVILEGED_DIRECTORY_ROLES],
  failOnUnavailableSignals: false,
  unusedDays: 90,
});

export type SettingKind = 'issuers' | 'owners' | 'names' | 'days' | 'credentialCount' | 'boolean';

export interface SettingSpec {
  /** The key in the policy file. */
  key: string;
  field: keyof PolicySettings;
  kind: SettingKind;
  description: string;
}

export const SETTING_SPECS: readonly SettingSpec[] = [
  {
    key: 'allowed-issuers',
    field: 'allowedIssuers',
    kind: 'issuers',
    description: 'OIDC issuers a federated credential may trust (exact, case-sensitive https URLs).',
  },
  {
    key: 'allowed-owners',
    field: 'allowedOwners',
    kind: 'owners',
    description: 'GitHub owners (organisations or users) a federated credential may name; empty allows any owner.',
  },
  {
    key: 'max-secret-lifetime-days',
    field: 'maxSecretLifetimeDays',
    kind: 'days',
    description: 'Longest validity, start to end, a client secret may have.',
  },
  {
    key: 'expiry-warning-days',
    field: 'expiryWarningDays',
    kind: 'days',
    description: 'How many days before a secret or certificate ends it is reported as expiring.',
  },
  {
    key: 'snapshot-max-age-days',
    field: 'snapshotMaxAgeDays',
    kind: 'days',
    description: 'Age of a snapshot (days since it was exported) past which snapshot-stale reports it.',
  },
  {
    key: 'max-federated-credentials',
    field: 'maxFederatedCredentials',
    kind: 'credentialCount',
    description: `Number of federated credentials on one app at which to warn (Entra allows ${ENTRA_FEDERATED_CREDENTIAL_LIMIT}).`,
  },
  {
    key: 'privileged-graph-permissions',
    field: 'privilegedGraphPermissions',
    kind: 'names',
    description:
      'Microsoft Graph application permissions (names and/or app role ids) that count as privileged; replaces the defaults.',
  },
  {
    key: 'privileged-directory-roles',
    field: 'privilegedDirectoryRoles',
    kind: 'names',
    description:
      'Entra directory roles (display names and/or role template ids) that count as privileged; replaces the defaults.',
  },
  {
    key: 'fail-on-unavailable-signals',
    field: 'failOnUnavailableSignals',
    kind: 'boolean',
    description:
      'Fail the run (rule signal-unavailable) when a signal an enabled rule needs could not be read (unlicensed, forbidden or error) instead of only noting it.',
  },
  {
    key: 'unused-days',
    field: 'unusedDays',
    kind: 'days',
    description:
      'Days without a sign-in after which a deploy identity (service-principal-unused) or a secret or certificate (credential-unused) counts as unused.',
  },
];

/** GitHub user and organisation names: alphanumerics and single inner hyphens, at most 39 characters. */
export const GITHUB_OWNER_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
