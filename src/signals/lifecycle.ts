// Usage and lifecycle signals (issue 14): when the deploy identities and their credentials last signed in, Entra's
// own recommendations about them, the tenant's default app management policy, and who owns (or sponsors) them.
// Plain data and tolerant normalisation from Graph's JSON: an entry without the fields a rule needs is dropped,
// never guessed. Shapes: Microsoft Graph beta reference pages of servicePrincipalSignInActivity,
// appCredentialSignInActivity, recommendation/impactedResource, and v1.0 tenantAppManagementPolicy
// (emulator/facts/signals.md, "Usage and lifecycle").

export type LifecycleSignalId =
  | 'service-principal-sign-in-activity'
  | 'app-credential-sign-in-activity'
  | 'directory-recommendations'
  | 'app-management-policy'
  | 'owners'
  | 'agent-identities'
  | 'service-principal-sign-ins';

export const LIFECYCLE_SIGNAL_IDS: readonly LifecycleSignalId[] = [
  'service-principal-sign-in-activity',
  'app-credential-sign-in-activity',
  'directory-recommendations',
  'app-management-policy',
  'owners',
  'agent-identities',
  'service-principal-sign-ins',
];

/** The last sign-in of a service principal (reports/servicePrincipalSignInActivities). */
export interface ServicePrincipalActivity {
  appId: string;
  /** The most recent of every kind of sign-in Graph reports for it; null when it reports none. */
  lastSignInDateTime: string | null;
  /** The most recent app-only (client credentials) sign-in as a client, which is what a deployment does. */
  lastAppOnlySignInDateTime: string | null;
}

/** The last sign-in with one secret or certificate (reports/appCredentialSignInActivities). */
export interface CredentialActivity {
  keyId: string;
  appId: string | null;
  /** `application` or `servicePrincipal`. */
  credentialOrigin: string | null;
  lastSignInDateTime: string | null;
}

/** An impacted resource of a recommendation. */
export interface RecommendationImpact {
  /** The appId (or object id) Graph names; joined on both. */
  subjectId: string;
  displayName: string | null;
  status: string;
  /** `additionalDetails` as key=value pairs (e.g. ExpiringCredentialsCount=1); untrusted text. */
  details: string[];
}

/** An active recommendation of Entra (directory/recommendations) with its impacted resources. */
export interface Recommendation {
  id: string;
  recommendationType: string;
  displayName: string;
  status: string;
  priority: string | null;
  /** Entra's own action steps, in order, as text. */
  actionSteps: string[];
  impacted: RecommendationImpact[];
}

/** One restriction of the tenant's app management policy (passwordCredentials or keyCredentials). */
export interface CredentialRestriction {
  restrictionType: string;
  state: string;
  /** ISO 8601 duration as Graph stores it (e.g. P181D); null when absent. */
  maxLifetime: string | null;
  restrictForAppsCreatedAfterDateTime: string | null;
}

/** policies/defaultAppManagementPolicy, reduced to what the rule reads. */
export interface AppManagementPolicy {
  isEnabled: boolean;
  /** applicationRestrictions.passwordCredentials */
  passwordRestrictions: CredentialRestriction[];
  /** applicationRestrictions.keyCredentials */
  keyRestrictions: CredentialRestriction[];
}

export type OwnerKind = 'user' | 'servicePrincipal' | 'group' | 'other';

/** An owner (directoryObject) of an application or service principal. */
export interface DirectoryOwner {
  id: string;
  kind: OwnerKind;
  displayName: string | null;
  /** userPrincipalName of a user, appId of a service principal. */
  principalName: string | null;
}

export interface LifecycleSignals {
  /** By appId (lower case); present when read. An app absent from a full read never signed in. */
  servicePrincipalActivity?: ReadonlyMap<string, ServicePrincipalActivity>;
  /** By credential keyId (lower case); present when read. */
  credentialActivity?: ReadonlyMap<string, CredentialActivity>;
  /** Active recommendations with at least one active impacted resource; present when read. */
  recommendations?: readonly Recommendation[];
  /** Present when read. */
  appManagementPolicy?: AppManagementPolicy;
  /** Owners by object id (lower case) of the application or service principal; present when read. */
  owners?: ReadonlyMap<string, readonly DirectoryOwner[]>;
  /**
   * Who is accountable for an application, by its object id (lower case): its `serviceManagementReference`, else
   * its `notes`; null when it records neither. Read with the owners.
   */
  accountability?: ReadonlyMap<string, string | null>;
  /** Sponsors of each agent identity blueprint, by its object id (lower case); read with the owners. */
  sponsors?: ReadonlyMap<string, readonly DirectoryOwner[]>;
  /** Federated credential use from the sign-in logs; present when read (the action, `scan --apps`). */
  federatedSignIns?: FederatedSignIns;
  /** Agent identities without a sponsor, by the appId (lower case) of their blueprint; present when read. */
  unsponsoredAgents?: ReadonlyMap<string, readonly AgentIdentity[]>;
}

/** What the service principal sign-in logs say about federated credentials, within the window they cover. */
export interface FederatedSignIns {
  /** Last sign-in per federated credential id (lower case). */
  lastUsed: ReadonlyMap<string, string>;
  /** Start of the window read (the logs' retention or the oldest sign-in read); ISO timestamp. */
  since: string;
  /** Days the window covers. */
  days: number;
  /** True when the window ends early because the read stopped at its page cap (busy identities). */
  capped: boolean;
}

/** An agent identity (Microsoft Entra Agent ID): a service principal acting for its blueprint. */
export interface AgentIdentity {
  id: string;
  displayName: string | null;
  /** The appId of its blueprint. */
  blueprintAppId: string;
}

/** Graph's answers as read (already narrowed to the run's apps), for normaliseLifecycle and snapshots. */
export interface RawLifecycle {
  servicePrincipalSignInActivities?: Record<string, unknown>[];
  appCredentialSignInActivities?: Record<string, unknown>[];
  recommendations?: Record<string, unknown>[];
  defaultAppManagementPolicy?: Record<string, unknown>;
  /** Owners (directoryObject JSON) by object id of the application or service principal. */
  owners?: Record<string, Record<string, unknown>[]>;
  /** Last use per federated credential id, from the sign-in logs, and the window read. */
  federatedSignIns?: { lastUsed: Record<string, string>; since: string; days: number; capped: boolean };
  /** agentIdentity JSON with their `sponsors` expanded (only those without one are kept). */
  agentIdentities?: Record<string, unknown>[];
}

type Json = Record<string, unknown>;
const str = (o: Json, key: string): string | null =>
  typeof o[key] === 'string' && o[key] !== '' ? (o[key] as string) : null;
const obj = (value: unknown): Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
const list = (value: unknown): Json[] =>
  Array.isArray(value) ? value.filter((v): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)) : [];

/**
 * Graph's timestamps as milliseconds; tolerant of the documented examples' offsets without a leading zero
 * ("2021-03-01T00:00:00-8:00").
 */
export function timestampMs(text: string | null): number | null {
  if (text === null) return null;
  const fixed = text.replace(/([+-])(\d):(\d{2})$/, '$10$2:$3');
  const ms = Date.parse(fixed);
  return Number.isNaN(ms) ? null : ms;
}

function latest(values: (string | null)[]): string | null {
  let best: { text: string; ms: number } | null = null;
  for (const text of values) {
    const ms = timestampMs(text);
    if (text !== null && ms !== null && (best === null || ms > best.ms)) best = { text, ms };
  }
  return best === null ? null : new Date(best.ms).toISOString();
}

/** Every timestamp a signInActivity carries (last, non-interactive, successful). */
function activityTimes(value: unknown): (string | null)[] {
  const a = obj(value);
  return [
    str(a, 'lastSignInDateTime'),
    str(a, 'lastNonInteractiveSignInDateTime'),
    str(a, 'lastSuccessfulSignInDateTime'),
  ];
}

export function toServicePrincipalActivity(o: Json): ServicePrincipalActivity | null {
  const appId = str(o, 'appId');
  if (!appId) return null;
  const appOnly = activityTimes(o.applicationAuthenticationClientSignInActivity);
  return {
    appId,
    lastAppOnlySignInDateTime: latest(appOnly),
    lastSignInDateTime: latest([
      ...activityTimes(o.lastSignInActivity),
      ...appOnly,
      ...activityTimes(o.applicationAuthenticationResourceSignInActivity),
      ...activityTimes(o.delegatedClientSignInActivity),
      ...activityTimes(o.delegatedResourceSignInActivity),
    ]),
  };
}

export function toCredentialActivity(o: Json): CredentialActivity | null {
  const keyId = str(o, 'keyId');
  if (!keyId) return null;
  return {
    keyId,
    appId: str(o, 'appId'),
    credentialOrigin: str(o, 'credentialOrigin'),
    lastSignInDateTime: latest(activityTimes(o.signInActivity)),
  };
}

const ACTIVE = 'active';

export function toRecommendation(o: Json): Recommendation | null {
  const id = str(o, 'id');
  const type = str(o, 'recommendationType');
  if (!id || !type) return null;
  const steps = list(o.actionSteps)
    .map((s) => ({ n: typeof s.stepNumber === 'number' ? s.stepNumber : 0, s }))
    .sort((a, b) => a.n - b.n)
    .map(({ s }) => {
      const text = str(s, 'text') ?? '';
      const url = str(obj(s.actionUrl), 'url');
      return url && /^https:\/\//i.test(url) ? `${text.trim()} (${url})` : text.trim();
    })
    .filter((t) => t !== '');
  const impacted = list(o.impactedResources).flatMap((r): RecommendationImpact[] => {
    const subjectId = str(r, 'subjectId') ?? str(r, 'id');
    if (!subjectId) return [];
    return [
      {
        subjectId,
        displayName: str(r, 'displayName'),
        status: str(r, 'status') ?? ACTIVE,
        details: list(r.additionalDetails)
          .map((d) => `${str(d, 'key') ?? ''}=${str(d, 'value') ?? ''}`)
          .filter((d) => d !== '='),
      },
    ];
  });
  return {
    id,
    recommendationType: type,
    displayName: str(o, 'displayName') ?? type,
    status: str(o, 'status') ?? ACTIVE,
    priority: str(o, 'priority'),
    actionSteps: steps,
    impacted,
  };
}

function toRestriction(o: Json): CredentialRestriction | null {
  const restrictionType = str(o, 'restrictionType');
  if (!restrictionType) return null;
  return {
    restrictionType,
    state: str(o, 'state') ?? 'enabled',
    maxLifetime: str(o, 'maxLifetime'),
    restrictForAppsCreatedAfterDateTime: str(o, 'restrictForAppsCreatedAfterDateTime'),
  };
}

export function toAppManagementPolicy(o: Json): AppManagementPolicy {
  const app = obj(o.applicationRestrictions);
  const restrictions = (value: unknown) =>
    list(value)
      .map(toRestriction)
      .filter((r): r is CredentialRestriction => r !== null);
  return {
    isEnabled: o.isEnabled === true,
    passwordRestrictions: restrictions(app.passwordCredentials),
    keyRestrictions: restrictions(app.keyCredentials),
  };
}

const OWNER_TYPES: Record<string, OwnerKind> = {
  '#microsoft.graph.user': 'user',
  '#microsoft.graph.serviceprincipal': 'servicePrincipal',
  '#microsoft.graph.group': 'group',
};

export function toOwner(o: Json): DirectoryOwner | null {
  const id = str(o, 'id');
  if (!id) return null;
  const kind = OWNER_TYPES[(str(o, '@odata.type') ?? '').toLowerCase()] ?? 'other';
  return {
    id,
    kind,
    displayName: str(o, 'displayName'),
    principalName: kind === 'user' ? str(o, 'userPrincipalName') : kind === 'servicePrincipal' ? str(o, 'appId') : null,
  };
}

export function normaliseLifecycle(raw: RawLifecycle): LifecycleSignals {
  const out: LifecycleSignals = {};
  if (raw.servicePrincipalSignInActivities) {
    const map = new Map<string, ServicePrincipalActivity>();
    for (const item of raw.servicePrincipalSignInActivities) {
      const entry = toServicePrincipalActivity(item);
      if (entry) map.set(entry.appId.toLowerCase(), entry);
    }
    out.servicePrincipalActivity = map;
  }
  if (raw.appCredentialSignInActivities) {
    const map = new Map<string, CredentialActivity>();
    for (const item of raw.appCredentialSignInActivities) {
      const entry = toCredentialActivity(item);
      if (!entry) continue;
      const key = entry.keyId.toLowerCase();
      const known = map.get(key);
      // One keyId can appear once per origin (app, service principal): keep its latest use.
      if (!known || (timestampMs(entry.lastSignInDateTime) ?? 0) > (timestampMs(known.lastSignInDateTime) ?? 0))
        map.set(key, entry);
    }
    out.credentialActivity = map;
  }
  if (raw.recommendations)
    out.recommendations = raw.recommendations
      .map(toRecommendation)
      .filter((r): r is Recommendation => r !== null && r.status === ACTIVE)
      .map((r) => ({ ...r, impacted: r.impacted.filter((i) => i.status === ACTIVE) }))
      .filter((r) => r.impacted.length > 0);
  if (raw.defaultAppManagementPolicy) out.appManagementPolicy = toAppManagementPolicy(raw.defaultAppManagementPolicy);
  if (raw.federatedSignIns)
    out.federatedSignIns = {
      lastUsed: new Map(Object.entries(raw.federatedSignIns.lastUsed).map(([k, v]) => [k.toLowerCase(), v])),
      since: raw.federatedSignIns.since,
      days: raw.federatedSignIns.days,
      capped: raw.federatedSignIns.capped,
    };
  if (raw.agentIdentities) {
    const map = new Map<string, AgentIdentity[]>();
    for (const o of raw.agentIdentities) {
      const id = str(o, 'id');
      const blueprintAppId = str(o, 'agentIdentityBlueprintId');
      if (!id || !blueprintAppId || list(o.sponsors).length > 0) continue;
      const key = blueprintAppId.toLowerCase();
      map.set(key, [...(map.get(key) ?? []), { id, displayName: str(o, 'displayName'), blueprintAppId }]);
    }
    out.unsponsoredAgents = map;
  }
  if (raw.owners) {
    const map = new Map<string, DirectoryOwner[]>();
    for (const [id, owners] of Object.entries(raw.owners))
      map.set(
        id.toLowerCase(),
        owners.map(toOwner).filter((o): o is DirectoryOwner => o !== null),
      );
    out.owners = map;
  }
  return out;
}

/** Days of an ISO 8601 duration made of days (and optionally weeks, hours); null when it has months or years. */
export function durationDays(text: string | null): number | null {
  if (text === null) return null;
  const m = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(text.trim());
  if (!m || text.trim().toUpperCase() === 'P' || /T$/i.test(text.trim())) return null;
  const [weeks, days, hours, minutes, seconds] = [m[1], m[2], m[3], m[4], m[5]].map((v) => Number(v ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
  ];
  return weeks * 7 + days + (hours + minutes / 60 + seconds / 3600) / 24;
}

/** "… (request-id 6048fcc4-…)" → "…": Graph's request ids differ on every call, so reports leave them out. */
export function withoutRequestIds(text: string): string {
  return text.replace(/ \(request-id [0-9a-f-]{1,64}\)/gi, '');
}
