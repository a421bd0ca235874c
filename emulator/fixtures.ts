// Typed builders for test tenants, the loader for the JSON scenarios in emulator/tenants/, and a
// generator of large synthetic tenants for benchmarks.
//
// Relative dates: JSON cannot say "20 days from now", so scenario files write date strings as
// markers — "@now", "@now+20d", "@now-400d", "@now+6h", "@now-30m" (units d, h, m, s) — and
// loadScenario / loadTenant rewrite every marker into an ISO 8601 date relative to `now`.
// A string that starts with "@now" but is not a valid marker is an error, never left as is.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { GitHubFixture } from './github-api.js';
import { seededRandom } from './graph/batch.js';
import {
  type GraphApplication,
  type GraphAppRole,
  type GraphAppRoleAssignment,
  type GraphDirectoryRole,
  type GraphFederatedIdentityCredential,
  type GraphKeyCredential,
  type GraphPasswordCredential,
  type GraphServicePrincipal,
  MICROSOFT_GRAPH_APP_ID,
  type TenantFixture,
} from './tenant.js';

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
export const TOKEN_EXCHANGE_AUDIENCE = 'api://AzureADTokenExchange';
/** The tenant id of Microsoft's own first-party apps (appOwnerOrganizationId of the Graph SP). */
export const MICROSOFT_SERVICES_TENANT_ID = 'f8cdef31-a31e-4b4a-93e4-5f571e91255a';

/**
 * Microsoft Graph application permissions (appRole ids on the Microsoft Graph service principal).
 * Checked against public copies of the Graph SP's appRoles (docs search). Note that
 * Application.ReadWrite.All is 1bfefb4e-e0b5-418b-a88f-73c46d2cc8e9.
 */
export const GRAPH_APP_ROLES = {
  'Application.Read.All': '9a5d68dd-52b0-4cc2-bd40-abcf44ac3a30',
  'Application.ReadWrite.All': '1bfefb4e-e0b5-418b-a88f-73c46d2cc8e9',
  'Application.ReadWrite.OwnedBy': '18a4783c-866b-4cc7-a460-3d5e5662c884',
  'AppRoleAssignment.ReadWrite.All': '06b708a9-e830-4db3-a914-8e69da51d44f',
  'Directory.Read.All': '7ab1d382-f21e-4acd-a863-ba3e13f7da61',
  'Directory.ReadWrite.All': '19dbc75e-c2e2-444c-a770-ec69d8559fc7',
  'RoleManagement.Read.Directory': '483bed4a-2ad3-4361-a73b-c83ccdbdc53c',
  'RoleManagement.ReadWrite.Directory': '9e3f62cf-ca93-4989-b6ce-bf83c28f9fe8',
  'User.Read.All': 'df021288-bdef-4463-88db-98f22de89214',
  'Group.Read.All': '5b567255-7703-4780-807c-7be8301ae99b',
} as const;

/**
 * The read-only permissions of Entra's signals (emulator/facts/signals.md#permissions). Kept apart from the demo
 * tenant's set above; LicenseAssignment.Read.All is left out because its app role id was not found in a public
 * source (Organization.Read.All also reads subscribedSkus).
 */
export const SIGNAL_GRAPH_APP_ROLES = {
  'IdentityRiskyServicePrincipal.Read.All': '607c7344-0eed-41e5-823a-9695ebe1b7b0',
  'IdentityRiskEvent.Read.All': '6e472fd1-ad78-48da-a0f0-97ab2c6b769e',
  'Policy.Read.All': '246dd0d5-5bd0-4def-940b-0421030a5b68',
  'Organization.Read.All': '498476ce-e0fe-48b0-b801-37ba7e2685c6',
  // [U] the id of LicenseAssignment.Read.All was not found in a public copy of the Graph appRoles; made up here.
  'LicenseAssignment.Read.All': stableGuid('graph-app-role:LicenseAssignment.Read.All'),
  // Usage and lifecycle (emulator/facts/signals.md#usage-and-lifecycle).
  'AuditLog.Read.All': 'b0afded3-3588-46d8-8b3d-9842eff778da',
  // [U] the id of DirectoryRecommendations.Read.All was not found in a public copy of the Graph appRoles; made up here.
  'DirectoryRecommendations.Read.All': stableGuid('graph-app-role:DirectoryRecommendations.Read.All'),
} as const;

/** Every application permission the builders know. */
export const ALL_GRAPH_APP_ROLES = { ...GRAPH_APP_ROLES, ...SIGNAL_GRAPH_APP_ROLES } as const;

export type GraphPermission = keyof typeof ALL_GRAPH_APP_ROLES;

const GRAPH_ROLE_NAMES: Record<GraphPermission, string> = {
  'Application.Read.All': 'Read all applications',
  'Application.ReadWrite.All': 'Read and write all applications',
  'Application.ReadWrite.OwnedBy': 'Manage apps that this app creates or owns',
  'AppRoleAssignment.ReadWrite.All': 'Manage app permission grants and app role assignments',
  'Directory.Read.All': 'Read directory data',
  'Directory.ReadWrite.All': 'Read and write directory data',
  'RoleManagement.Read.Directory': 'Read all directory RBAC settings',
  'RoleManagement.ReadWrite.Directory': 'Read and write all directory RBAC settings',
  'User.Read.All': "Read all users' full profiles",
  'Group.Read.All': 'Read all groups',
  'IdentityRiskyServicePrincipal.Read.All': 'Read all identity risky service principal information',
  'IdentityRiskEvent.Read.All': 'Read all identity risk event information',
  'Policy.Read.All': "Read your organization's policies",
  'Organization.Read.All': 'Read organization information',
  'LicenseAssignment.Read.All': 'Read all license assignments',
  'AuditLog.Read.All': 'Read all audit log data',
  'DirectoryRecommendations.Read.All': 'Read all Azure AD recommendations',
};

/** Built-in Entra directory role template ids. */
export const DIRECTORY_ROLE_TEMPLATES = {
  'Global Administrator': '62e90394-69f5-4237-9190-012177145e10',
  'Privileged Role Administrator': 'e8611ab8-c189-46e8-94e1-60213ab1f814',
  'Application Administrator': '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3',
  'Cloud Application Administrator': '158c047a-c907-4556-b7ef-446551a6b5f7',
} as const;

export type DirectoryRoleName = keyof typeof DIRECTORY_ROLE_TEMPLATES;

/** A GUID derived from a label, so builders give the same ids on every run. */
export function stableGuid(label: string): string {
  const h = createHash('sha1').update(label).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h.slice(16, 18), 16) & 0x3f) | 0x80).toString(16)}${h.slice(18, 20)}-${h.slice(20, 32)}`;
}

/** Object id of the Microsoft Graph service principal in builder-made tenants (tenant-specific in reality). */
export const GRAPH_SERVICE_PRINCIPAL_ID = stableGuid('servicePrincipal:microsoft-graph');

// --- Builders ---------------------------------------------------------------------------------

export interface FicInput {
  name: string;
  subject?: string | null;
  issuer?: string;
  audiences?: string[];
  description?: string | null;
  /** beta-only flexible credential; `subject` must then be null (emulator/facts/graph.md#entities-and-addressing). */
  claimsMatchingExpression?: { value: string; languageVersion?: number };
  id?: string;
}

export function fic(input: FicInput): GraphFederatedIdentityCredential {
  const flexible = input.claimsMatchingExpression;
  if (flexible && input.subject) throw new Error(`fic '${input.name}': a flexible credential has no subject`);
  if (!flexible && !input.subject) throw new Error(`fic '${input.name}': give a subject or a claimsMatchingExpression`);
  return {
    id: input.id ?? stableGuid(`fic:${input.name}:${input.subject ?? flexible?.value}`),
    name: input.name,
    issuer: input.issuer ?? GITHUB_ISSUER,
    subject: input.subject ?? null,
    description: input.description ?? null,
    audiences: input.audiences ?? [TOKEN_EXCHANGE_AUDIENCE],
    ...(flexible
      ? { claimsMatchingExpression: { value: flexible.value, languageVersion: flexible.languageVersion ?? 1 } }
      : {}),
  };
}

export interface SecretInput {
  displayName?: string | null;
  endDateTime: string;
  startDateTime?: string;
  /** First 3 characters of the secret, as Graph serves them. */
  hint?: string;
  keyId?: string;
}

export function secret(input: SecretInput): GraphPasswordCredential {
  return {
    customKeyIdentifier: null,
    displayName: input.displayName ?? null,
    endDateTime: input.endDateTime,
    hint: input.hint ?? 'Q~x',
    keyId: input.keyId ?? stableGuid(`secret:${input.displayName}:${input.endDateTime}`),
    secretText: null,
    startDateTime: input.startDateTime ?? null,
  };
}

export interface CertificateInput {
  displayName?: string;
  endDateTime: string;
  startDateTime?: string;
  keyId?: string;
  usage?: 'Verify' | 'Sign';
  type?: 'AsymmetricX509Cert' | 'Symmetric';
}

export function certificate(input: CertificateInput): GraphKeyCredential {
  const displayName = input.displayName ?? 'CN=deploy';
  const seed = `cert:${displayName}:${input.endDateTime}`;
  const thumbprint = createHash('sha1').update(seed).digest();
  return {
    // Graph serves the thumbprint (base64) as customKeyIdentifier by default (emulator/facts/graph.md#keycredentials-select).
    customKeyIdentifier: thumbprint.toString('base64'),
    displayName,
    endDateTime: input.endDateTime,
    // Stand-in DER bytes: only served when keyCredentials is $selected on a single GET.
    key: Buffer.concat([Buffer.from([0x30, 0x82, 0x01, 0x0a]), createHash('sha256').update(seed).digest()]).toString(
      'base64',
    ),
    keyId: input.keyId ?? stableGuid(seed),
    startDateTime: input.startDateTime ?? null,
    type: input.type ?? 'AsymmetricX509Cert',
    usage: input.usage ?? 'Verify',
  };
}

export interface AppInput {
  displayName: string;
  appId?: string;
  id?: string;
  createdDateTime?: string;
  tags?: string[];
  signInAudience?: string;
  passwordCredentials?: GraphPasswordCredential[];
  keyCredentials?: GraphKeyCredential[];
  federatedIdentityCredentials?: GraphFederatedIdentityCredential[];
}

export function app(input: AppInput): GraphApplication {
  if (input.federatedIdentityCredentials && input.federatedIdentityCredentials.length > 20) {
    throw new Error(`app '${input.displayName}': Entra allows at most 20 federated credentials per application`);
  }
  return {
    id: input.id ?? stableGuid(`application:${input.displayName}`),
    appId: input.appId ?? stableGuid(`appId:${input.displayName}`),
    displayName: input.displayName,
    createdDateTime: input.createdDateTime ?? '2024-01-15T09:30:00Z',
    signInAudience: input.signInAudience ?? 'AzureADMyOrg',
    tags: input.tags ?? [],
    passwordCredentials: input.passwordCredentials ?? [],
    keyCredentials: input.keyCredentials ?? [],
    federatedIdentityCredentials: input.federatedIdentityCredentials ?? [],
  };
}

export function directoryRole(name: DirectoryRoleName): GraphDirectoryRole {
  const roleTemplateId = DIRECTORY_ROLE_TEMPLATES[name];
  return {
    '@odata.type': '#microsoft.graph.directoryRole',
    // An activated role's object id differs from its template id.
    id: stableGuid(`directoryRole:${roleTemplateId}`),
    displayName: name,
    roleTemplateId,
  };
}

export function microsoftGraphServicePrincipal(id = GRAPH_SERVICE_PRINCIPAL_ID): GraphServicePrincipal {
  const appRoles: GraphAppRole[] = Object.entries(ALL_GRAPH_APP_ROLES).map(([value, roleId]) => ({
    id: roleId,
    value,
    displayName: GRAPH_ROLE_NAMES[value as GraphPermission],
    allowedMemberTypes: ['Application'],
    isEnabled: true,
  }));
  return {
    id,
    appId: MICROSOFT_GRAPH_APP_ID,
    displayName: 'Microsoft Graph',
    appDisplayName: 'Microsoft Graph',
    servicePrincipalType: 'Application',
    accountEnabled: true,
    appOwnerOrganizationId: MICROSOFT_SERVICES_TENANT_ID,
    passwordCredentials: [],
    keyCredentials: [],
    appRoles,
  };
}

export interface ServicePrincipalInput {
  app: { appId: string; displayName: string };
  id?: string;
  accountEnabled?: boolean;
  passwordCredentials?: GraphPasswordCredential[];
  keyCredentials?: GraphKeyCredential[];
  graphPermissions?: GraphPermission[];
  directoryRoles?: DirectoryRoleName[];
  /** Object id of the tenant's Microsoft Graph service principal. */
  graphServicePrincipalId?: string;
  appOwnerOrganizationId?: string;
}

export function servicePrincipal(input: ServicePrincipalInput): GraphServicePrincipal {
  const id = input.id ?? stableGuid(`servicePrincipal:${input.app.appId}`);
  const graphId = input.graphServicePrincipalId ?? GRAPH_SERVICE_PRINCIPAL_ID;
  const appRoleAssignments: GraphAppRoleAssignment[] = (input.graphPermissions ?? []).map((p) => ({
    id: stableGuid(`appRoleAssignment:${id}:${p}`),
    appRoleId: ALL_GRAPH_APP_ROLES[p],
    createdDateTime: '2024-02-01T10:00:00Z',
    principalDisplayName: input.app.displayName,
    principalId: id,
    principalType: 'ServicePrincipal',
    resourceDisplayName: 'Microsoft Graph',
    resourceId: graphId,
  }));
  return {
    id,
    appId: input.app.appId,
    displayName: input.app.displayName,
    appDisplayName: input.app.displayName,
    servicePrincipalType: 'Application',
    accountEnabled: input.accountEnabled ?? true,
    ...(input.appOwnerOrganizationId ? { appOwnerOrganizationId: input.appOwnerOrganizationId } : {}),
    passwordCredentials: input.passwordCredentials ?? [],
    keyCredentials: input.keyCredentials ?? [],
    appRoleAssignments,
    memberOf: (input.directoryRoles ?? []).map(directoryRole),
  };
}

export interface TenantInput {
  tenantId?: string;
  domain?: string;
  applications?: GraphApplication[];
  servicePrincipals?: GraphServicePrincipal[];
  /** Adds the Microsoft Graph service principal (needed to resolve appRoleIds); default true. */
  withMicrosoftGraph?: boolean;
}

export function tenant(input: TenantInput = {}): TenantFixture {
  const sps = [...(input.servicePrincipals ?? [])];
  if ((input.withMicrosoftGraph ?? true) && !sps.some((s) => s.appId === MICROSOFT_GRAPH_APP_ID)) {
    sps.unshift(microsoftGraphServicePrincipal());
  }
  return {
    tenantId: input.tenantId ?? stableGuid('tenant:contoso'),
    ...(input.domain !== undefined ? { domain: input.domain } : {}),
    applications: input.applications ?? [],
    servicePrincipals: sps,
  };
}

// --- Synthetic tenants for benchmarks -----------------------------------------------------------

export interface SyntheticOptions {
  ficsPerApp?: number;
  seed?: number;
  now?: Date;
  tenantId?: string;
}

function randomGuid(rand: () => number): string {
  let hex = '';
  for (let i = 0; i < 4; i += 1)
    hex += Math.floor(rand() * 0x100000000)
      .toString(16)
      .padStart(8, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * A large tenant made cheaply (no hashing per object): `count` apps named app-00001…, each with
 * `ficsPerApp` GitHub federated credentials, a service principal, and a realistic spread of
 * secrets (every 5th app; every 15th one expired) and certificates (every 9th). Same seed, same tenant.
 */
export function syntheticTenant(count: number, options: SyntheticOptions = {}): TenantFixture {
  if (!Number.isInteger(count) || count < 0)
    throw new Error(`syntheticTenant: count must be a non-negative integer, got ${count}`);
  const ficsPerApp = options.ficsPerApp ?? 2;
  if (!Number.isInteger(ficsPerApp) || ficsPerApp < 0 || ficsPerApp > 20) {
    throw new Error(`syntheticTenant: ficsPerApp must be an integer 0–20 (Entra's limit), got ${ficsPerApp}`);
  }
  const rand = seededRandom(options.seed ?? 1);
  const now = (options.now ?? new Date()).getTime();
  const day = 86_400_000;
  const iso = (offsetDays: number) => new Date(now + offsetDays * day).toISOString();
  const width = String(count).length;
  const applications: GraphApplication[] = new Array(count);
  const servicePrincipals: GraphServicePrincipal[] = [microsoftGraphServicePrincipal()];
  for (let i = 0; i < count; i += 1) {
    const n = String(i + 1).padStart(width, '0');
    const appId = randomGuid(rand);
    const repo = `repo:org-${i % 97}/service-${n}`;
    const fics: GraphFederatedIdentityCredential[] = [];
    for (let f = 0; f < ficsPerApp; f += 1) {
      const subject = f === 0 ? `${repo}:ref:refs/heads/main` : `${repo}:environment:env-${f}`;
      fics.push({
        id: randomGuid(rand),
        name: `gh-${f}`,
        issuer: GITHUB_ISSUER,
        subject,
        description: null,
        audiences: [TOKEN_EXCHANGE_AUDIENCE],
      });
    }
    const passwordCredentials: GraphPasswordCredential[] =
      i % 5 === 0
        ? [
            {
              customKeyIdentifier: null,
              displayName: 'ci',
              endDateTime: iso(i % 15 === 0 ? -10 : 180),
              hint: 'abc',
              keyId: randomGuid(rand),
              secretText: null,
              startDateTime: iso(-200),
            },
          ]
        : [];
    const keyCredentials: GraphKeyCredential[] =
      i % 9 === 0
        ? [
            {
              customKeyIdentifier: null,
              displayName: `CN=service-${n}`,
              endDateTime: iso(365),
              key: null,
              keyId: randomGuid(rand),
              startDateTime: iso(-30),
              type: 'AsymmetricX509Cert',
              usage: 'Verify',
            },
          ]
        : [];
    const displayName = `app-${n}`;
    applications[i] = {
      id: randomGuid(rand),
      appId,
      displayName,
      createdDateTime: iso(-400 + (i % 300)),
      signInAudience: 'AzureADMyOrg',
      tags: [],
      passwordCredentials,
      keyCredentials,
      federatedIdentityCredentials: fics,
    };
    servicePrincipals.push({
      id: randomGuid(rand),
      appId,
      displayName,
      servicePrincipalType: 'Application',
      accountEnabled: true,
      passwordCredentials: [],
      keyCredentials: [],
      appRoleAssignments: [],
      memberOf: [],
    });
  }
  return { tenantId: options.tenantId ?? stableGuid('tenant:synthetic'), applications, servicePrincipals };
}

// --- Scenario files -------------------------------------------------------------------------------

export interface Scenario {
  tenant: TenantFixture;
  github: GitHubFixture;
}

const MARKER = /^@now(?:([+-])(\d+)([dhms]))?$/;
const UNIT_MS: Record<string, number> = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000 };

/** Rewrites every "@now±N<unit>" string in `doc` into an ISO date relative to `now`. */
export function resolveRelativeDates<T>(doc: T, now: Date): T {
  const walk = (v: unknown, path: string): unknown => {
    if (typeof v === 'string') {
      if (!v.startsWith('@now')) return v;
      const m = MARKER.exec(v);
      if (!m)
        throw new Error(`${path}: '${v}' is not a date marker; use @now, @now+20d, @now-6h, @now+30m or @now-10s`);
      const offset = m[1] ? (m[1] === '-' ? -1 : 1) * Number(m[2]) * (UNIT_MS[m[3] as string] as number) : 0;
      return new Date(now.getTime() + offset).toISOString().replace(/\.\d{3}Z$/, 'Z');
    }
    if (Array.isArray(v)) return v.map((x, i) => walk(x, `${path}[${i}]`));
    if (typeof v === 'object' && v !== null) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, `${path}.${k}`)]));
    }
    return v;
  };
  return walk(doc, '$') as T;
}

/** Loads emulator/tenants/<name>.json ({ tenant, github }) with its date markers resolved against `now`. */
export function loadScenario(name: string, options: { now?: Date } = {}): Scenario {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name))
    throw new Error(`scenario name '${name}' must be lowercase letters, digits and dashes`);
  const file = new URL(`./tenants/${name}.json`, import.meta.url);
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`no scenario '${name}': expected ${file.pathname}`);
  }
  const doc = JSON.parse(raw) as Partial<Scenario>;
  if (!doc.tenant || !doc.github) throw new Error(`scenario '${name}' must have "tenant" and "github" objects`);
  return resolveRelativeDates({ tenant: doc.tenant, github: doc.github }, options.now ?? new Date());
}

export function loadTenant(name: string, options: { now?: Date } = {}): TenantFixture {
  return loadScenario(name, options).tenant;
}
