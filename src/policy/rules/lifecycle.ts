// Usage and lifecycle (issue 14): unused identities and credentials, Entra's own recommendations, owners, and the
// tenant's app management policy. The data is read once per run (src/signals/lifecycle-read.ts); a rule whose
// signal is not available says nothing here, and report.signals says what was not checked and why.
import type { AppInventory } from '../../inventory/model.js';
import type { DirectoryOwner, Recommendation } from '../../signals/lifecycle.js';
import { timestampMs } from '../../signals/lifecycle.js';
import { stateOf, type TenantSignals } from '../../signals/model.js';
import { isoDay, plural, wholeDays } from '../dates.js';
import type { EvaluationContext, RuleDefinition, RuleHit } from '../types.js';
import { appLabel, credentialLabel, credentialTarget, credentialsOf, deleteCommand, quote } from './text.js';
import { graphOf } from '../remediation.js';

const available = (signals: TenantSignals | undefined, id: Parameters<typeof stateOf>[1]) =>
  stateOf(signals, id)?.status === 'available';

function sinceText(lastMs: number | null, now: number): string {
  return lastMs === null
    ? 'no sign-in is recorded for it'
    : `its last sign-in was on ${isoDay(lastMs)} (${plural(wholeDays(lastMs, now), 'day')} ago)`;
}

// ---------------------------------------------------------------------------------------------
// service-principal-unused

export const servicePrincipalUnused: RuleDefinition = {
  id: 'service-principal-unused',
  defaultSeverity: 'warning',
  title: 'The deploy identity has not signed in for `unused-days` (default 90).',
  rationale:
    'An identity nobody signs in as is standing access nobody needs: its credentials and federated trusts can still be used, by whoever finds them first. Entra\'s usage report (`reports/servicePrincipalSignInActivities`, Microsoft Graph beta, `AuditLog.Read.All`, Entra ID P1 or P2, global cloud only) says when each service principal last signed in; an app younger than `unused-days` is not judged. The report may count partial sign-ins as activity (Graph reference), so the rule errs towards "used".',
  example:
    'The service principal of app "legacy-deploy" (…) has not signed in for 90 days: its last sign-in was on 2026-06-01 (187 days ago).',
  fix: 'Confirm nothing deploys with it any more, then delete the app registration (`az ad app delete --id <appId>`), or at least its credentials and federated credentials.',
  check(app: AppInventory, context: EvaluationContext): RuleHit[] {
    const activity = context.signals?.lifecycle?.servicePrincipalActivity;
    const sp = app.servicePrincipal;
    if (!activity || !sp || !available(context.signals, 'service-principal-sign-in-activity')) return [];
    const now = context.now.getTime();
    const days = context.settings.unusedDays ?? 90;
    const created = timestampMs(app.createdDateTime);
    if (created === null || wholeDays(created, now) < days) return [];
    const last = timestampMs(activity.get(app.appId.toLowerCase())?.lastSignInDateTime ?? null);
    if (last !== null && wholeDays(last, now) < days) return [];
    return [
      {
        target: { kind: 'servicePrincipal', id: sp.objectId, name: sp.displayName ?? app.displayName },
        message: `The service principal of ${appLabel(app)} has not signed in for ${plural(days, 'day')}: ${sinceText(last, now)}, in Entra's usage report. Its credentials and federated trusts still admit sign-ins.`,
        remediation: `Confirm nothing deploys with it (Entra admin center → Enterprise applications → ${sp.objectId} → Sign-in logs), then delete the app registration (\`az ad app delete --id ${app.appId}\`) or at least its credentials and federated credentials.`,
      },
    ];
  },
};

// ---------------------------------------------------------------------------------------------
// credential-unused

export const credentialUnused: RuleDefinition = {
  id: 'credential-unused',
  defaultSeverity: 'warning',
  title: 'A secret or certificate has not been used to sign in for `unused-days` (default 90).',
  rationale:
    "A secret nobody uses is the easiest one to delete and the most likely to leak unnoticed. Entra's usage report (`reports/appCredentialSignInActivities`, Microsoft Graph beta, `AuditLog.Read.All`, Entra ID P1 or P2, global cloud only) says when each secret and certificate last signed in; expired credentials (see `credential-expired`) and credentials younger than `unused-days` are not judged. Federated credentials are not in that report.",
  example:
    'App "deploy-api" has client secret "ci" (key id …), not used to sign in for 90 days: no sign-in is recorded for it.',
  fix: 'Delete the credential (`az ad app credential delete --id <appId> --key-id <keyId>`); if something still needs to sign in, give it a federated credential instead.',
  check(app: AppInventory, context: EvaluationContext): RuleHit[] {
    const activity = context.signals?.lifecycle?.credentialActivity;
    if (!activity || !available(context.signals, 'app-credential-sign-in-activity')) return [];
    const now = context.now.getTime();
    const days = context.settings.unusedDays ?? 90;
    return credentialsOf(app).flatMap((c): RuleHit[] => {
      const end = timestampMs(c.credential.endDateTime);
      if (end !== null && end <= now) return [];
      const start = timestampMs(c.credential.startDateTime);
      if (start === null || wholeDays(start, now) < days) return [];
      const last = timestampMs(activity.get(c.credential.keyId.toLowerCase())?.lastSignInDateTime ?? null);
      if (last !== null && wholeDays(last, now) < days) return [];
      return [
        {
          target: credentialTarget(c),
          message: `${appLabel(app)} has ${credentialLabel(c)}, not used to sign in for ${plural(days, 'day')}: ${sinceText(last, now)}, in Entra's usage report.`,
          remediation: `Delete it: ${deleteCommand(app, c)}. If something still needs to sign in as the app, give it a federated credential instead of a secret.`,
        },
      ];
    });
  },
};

// ---------------------------------------------------------------------------------------------
// entra-recommendation

/** Recommendation types the engine reports itself, and the rule whose finding carries them. */
export const RECOMMENDATION_RULES: Readonly<Record<string, readonly string[]>> = {
  staleAppCreds: ['credential-unused'],
  staleApps: ['service-principal-unused'],
  applicationCredentialExpiry: ['credential-expiring', 'credential-expired'],
  servicePrincipalKeyExpiry: ['credential-expiring', 'credential-expired'],
  ownerlessApps: ['app-without-owner'],
  longLivedCredentials: ['secret-lifetime-too-long'],
};

const STEPS_SHOWN = 5;

/** The impacted resources of a recommendation that name this app (by appId, application or SP object id). */
function impactsOf(app: AppInventory, r: Recommendation) {
  const ids = new Set([app.appId, app.objectId, app.servicePrincipal?.objectId ?? ''].map((i) => i.toLowerCase()));
  return r.impacted.filter((i) => ids.has(i.subjectId.toLowerCase()));
}

/** "Entra's steps: 1. … 2. …" (untrusted text, quoted). */
export function recommendationSteps(r: Recommendation): string {
  if (r.actionSteps.length === 0) return 'Entra lists no action steps.';
  const shown = r.actionSteps.slice(0, STEPS_SHOWN).map((s) => quote(s.length > 300 ? `${s.slice(0, 299)}…` : s));
  return `Entra's action steps: ${shown.join(' ')}${r.actionSteps.length > STEPS_SHOWN ? ` (and ${r.actionSteps.length - STEPS_SHOWN} more)` : ''}.`;
}

export const entraRecommendation: RuleDefinition = {
  id: 'entra-recommendation',
  defaultSeverity: 'warning',
  title: 'Microsoft Entra has an active recommendation about the app.',
  rationale:
    "Entra's recommendations (`directory/recommendations`, Microsoft Graph beta, `DirectoryRecommendations.Read.All`) flag unused credentials (`staleAppCreds`), unused apps (`staleApps`), expiring credentials (`applicationCredentialExpiry`, `servicePrincipalKeyExpiry`) and more; the workload identity ones need Workload ID Premium. The guard ties them to the repository that deploys with the app, with Entra's own action steps. When one of the guard's own findings on the app says the same thing, the recommendation is added to that finding instead of being repeated.",
  example:
    'Microsoft Entra recommends "Remove unused credentials from applications" (staleAppCreds, priority medium) for app "deploy-api" (…). Entra\'s action steps: "1. For application resources, navigate to the app registration section in your tenant." …',
  fix: "Follow Entra's action steps, then mark the recommendation completed (Entra admin center → Recommendations) or let Entra close it on its next run (every 24–48 hours).",
  check(app: AppInventory, context: EvaluationContext): RuleHit[] {
    const recommendations = context.signals?.lifecycle?.recommendations;
    const state = stateOf(context.signals, 'directory-recommendations')?.status;
    if (!recommendations || (state !== 'available' && state !== 'unlicensed')) return [];
    return recommendations.flatMap((r): RuleHit[] => {
      const impacts = impactsOf(app, r);
      if (impacts.length === 0) return [];
      const details = [...new Set(impacts.flatMap((i) => i.details))].slice(0, 5);
      return [
        {
          target: { kind: 'application', id: r.id, name: r.displayName },
          message: `Microsoft Entra recommends ${quote(r.displayName)} (${quote(r.recommendationType)}${r.priority ? `, priority ${quote(r.priority)}` : ''}) for ${appLabel(app)}${details.length > 0 ? ` (${details.map(quote).join(', ')})` : ''}.`,
          remediation: `${recommendationSteps(r)} Then mark it completed in the Entra admin center (Recommendations) or let Entra close it on its next run.`,
        },
      ];
    });
  },
};

interface MergeableFinding {
  rule: string;
  appId: string;
  target: { id: string };
  message: string;
}

/**
 * A recommendation the engine already reports itself is merged into that finding rather than repeated: the
 * first finding of the matching rule on the same app gets one sentence naming it, and the entra-recommendation
 * finding is dropped. Returns the findings to keep. Pure.
 */
export function mergeRecommendations<T extends MergeableFinding>(
  findings: readonly T[],
  signals: TenantSignals | undefined,
): T[] {
  const recommendations = signals?.lifecycle?.recommendations;
  if (!recommendations || !findings.some((f) => f.rule === 'entra-recommendation')) return [...findings];
  const byId = new Map(recommendations.map((r) => [r.id, r]));
  const kept: T[] = [];
  for (const f of findings) {
    const r = f.rule === 'entra-recommendation' ? byId.get(f.target.id) : undefined;
    const rules = r ? (RECOMMENDATION_RULES[r.recommendationType] ?? []) : [];
    const ours = findings.find((o) => o !== f && o.appId === f.appId && rules.includes(o.rule));
    if (r && ours) {
      ours.message += ` Microsoft Entra recommends the same (${quote(r.displayName)}, ${quote(r.recommendationType)}).`;
      continue;
    }
    kept.push(f);
  }
  return kept;
}

// ---------------------------------------------------------------------------------------------
// fic-unused: "last used" evidence from the sign-in logs

/**
 * Adds to each fic-unused finding what the service principal sign-in logs say about the credential: its last use
 * within the window read, or that none is recorded there, and when the window (the logs' retention) is too short
 * to tell whether it is unused. Mutates and returns the findings. Pure apart from that.
 */
export function withSignInEvidence<T extends MergeableFinding & { target: { id: string; kind: string } }>(
  findings: T[],
  signals: TenantSignals | undefined,
  unusedDays = 90,
): T[] {
  const evidence = signals?.lifecycle?.federatedSignIns;
  if (!evidence || stateOf(signals, 'service-principal-sign-ins')?.status !== 'available') return findings;
  for (const f of findings) {
    if (f.rule !== 'fic-unused' || f.target.kind !== 'federatedCredential') continue;
    const last = evidence.lastUsed.get(f.target.id.toLowerCase());
    const window = `the service principal sign-in logs read (since ${evidence.since.slice(0, 10)}, ${plural(evidence.days, 'day')}${evidence.capped ? ', cut short by the read limit' : ''})`;
    f.message += last
      ? ` Yet ${window} show a sign-in with it on ${last.slice(0, 10)}: something outside the analysed workflows uses it; find it before deleting.`
      : ` ${window.replace(/^the/, 'The')} show no sign-in with it${evidence.days < unusedDays ? `; that window is too short to judge whether it is unused (the logs keep 30 days with Entra ID P1/P2, 7 without)` : ''}.`;
  }
  return findings;
}

// ---------------------------------------------------------------------------------------------
// privileged-app-owner, app-without-owner

const inList = (list: readonly string[], value: string | null): boolean =>
  value !== null && list.some((entry) => entry.toLowerCase() === value.toLowerCase());

/** The privileged permissions and roles the app's service principal holds, as names. */
export function privilegesOf(app: AppInventory, context: EvaluationContext): string[] {
  const sp = app.servicePrincipal;
  if (!sp) return [];
  const { privilegedGraphPermissions: graph, privilegedDirectoryRoles: roles } = context.settings;
  return [
    ...sp.appRoleAssignments
      .filter((a) => inList(graph, a.permission) || inList(graph, a.appRoleId))
      .map((a) => `application permission ${a.permission ?? a.appRoleId}`),
    ...sp.directoryRoles
      .filter((r) => inList(roles, r.roleTemplateId) || inList(roles, r.displayName))
      .map((r) => `directory role ${quote(r.displayName ?? r.roleTemplateId ?? r.id)}`),
  ];
}

const BOTH_RULES =
  'The guard asks for both on purpose: every deploy identity needs someone accountable (app-without-owner), but an owner of a privileged app can add a credential to it and sign in as it (privileged-app-owner). To satisfy both, record the accountable team in the app\'s "Service management reference" (serviceManagementReference) or notes, and keep owner rights off privileged apps.';

function ownerLabel(o: DirectoryOwner): string {
  const kind = o.kind === 'servicePrincipal' ? 'service principal' : o.kind;
  const name = o.principalName ?? o.displayName;
  return `${kind} ${name ? `${quote(name)} (${o.id})` : o.id}`;
}

export const privilegedAppOwner: RuleDefinition = {
  id: 'privileged-app-owner',
  defaultSeverity: 'warning',
  title: 'A user or service principal owns an app that holds privileged permissions or roles.',
  rationale:
    'An owner of an app registration or service principal can add a secret or certificate to it and sign in as the app: owning a privileged deploy identity is holding its privileges, outside any role assignment review. Owners are read with `Application.Read.All` (`applications/{id}/owners`, `servicePrincipals/{id}/owners`); privileged means what `privileged-graph-permissions` and `privileged-directory-roles` say.',
  example:
    'User "dev@contoso.com" (…) owns the app registration of app "deploy-api" (…), which holds application permission Application.ReadWrite.All: the owner can add a credential and sign in as the app.',
  fix: 'Remove the owner (`az ad app owner remove --id <appId> --owner-object-id <ownerId>`) and manage the app through a role assignment that is reviewed (Application Administrator scoped to the app, or PIM); record the accountable team in `serviceManagementReference` instead.',
  check(app: AppInventory, context: EvaluationContext): RuleHit[] {
    const owners = context.signals?.lifecycle?.owners;
    if (!owners || !available(context.signals, 'owners')) return [];
    const privileges = privilegesOf(app, context);
    if (privileges.length === 0) return [];
    const sp = app.servicePrincipal;
    const held = [
      ...(owners.get(app.objectId.toLowerCase()) ?? []).map((o) => ({ o, of: 'the app registration' })),
      ...(sp ? (owners.get(sp.objectId.toLowerCase()) ?? []) : []).map((o) => ({ o, of: 'the service principal' })),
    ].filter(({ o }) => o.kind === 'user' || o.kind === 'servicePrincipal');
    return held.map(({ o, of }) => ({
      target: { kind: 'application', id: o.id, name: o.principalName ?? o.displayName ?? o.id },
      message: `${ownerLabel(o).replace(/^./, (c) => c.toUpperCase())} owns ${of} of ${appLabel(app)}, which holds ${privileges.join(', ')}: the owner can add a credential to it and sign in as the app, with those privileges. ${BOTH_RULES}`,
      remediation: `Remove the owner (\`az ad ${of === 'the app registration' ? 'app' : 'sp'} owner remove --id ${app.appId} --owner-object-id ${o.id}\`), manage the app through a reviewed role assignment instead, and record the accountable team in serviceManagementReference.`,
    }));
  },
};

export const appWithoutOwner: RuleDefinition = {
  id: 'app-without-owner',
  defaultSeverity: 'notice',
  title: 'Nobody is recorded as accountable for the deploy identity: no owner and no service management reference.',
  rationale:
    "A deploy identity nobody is accountable for is never reviewed, rotated or removed. An owner (read with `Application.Read.All`) or a `serviceManagementReference` (or `notes`) on the app registration both count; for privileged apps prefer the reference, since owners can add credentials (see `privileged-app-owner`). The action and `scan --apps` read every listed app's owners (three Graph requests per app, batched); `scan --all` reads them for privileged apps and agent identity blueprints only, and its `signals` entry says so.",
  example:
    'App "deploy-api" (…) has no owner and records no service management reference: nobody is accountable for it.',
  fix: 'Record the accountable team in the app\'s "Service management reference" (`az ad app update --id <appId> --set serviceManagementReference=<team or ticket>`), or, for an app without privileged permissions, add an owner.',
  check(app: AppInventory, context: EvaluationContext): RuleHit[] {
    const lifecycle = context.signals?.lifecycle;
    if (!lifecycle?.owners || !available(context.signals, 'owners')) return [];
    const appOwners = lifecycle.owners.get(app.objectId.toLowerCase());
    if (appOwners === undefined) return []; // not read (a failed read is in report.signals)
    const sp = app.servicePrincipal;
    const spOwners = sp ? (lifecycle.owners.get(sp.objectId.toLowerCase()) ?? []) : [];
    if (appOwners.length > 0 || spOwners.length > 0) return [];
    if (lifecycle.accountability?.get(app.objectId.toLowerCase())) return [];
    return [
      {
        target: { kind: 'application', id: app.objectId, name: app.displayName },
        message: `${appLabel(app)} has no owner and records no service management reference or notes: nobody is accountable for it. ${BOTH_RULES}`,
        remediation: `Record the accountable team: \`az ad app update --id ${app.appId} --set serviceManagementReference=<team or ticket>\`${privilegesOf(app, context).length > 0 ? ' (the app is privileged: do not add an owner)' : ', or add an owner (`az ad app owner add --id ' + app.appId + ' --owner-object-id <objectId>`)'}.`,
      },
    ];
  },
};

// ---------------------------------------------------------------------------------------------
// app-management-policy-weak (tenant level, once per run: see lifecycleTenantFindings)

export const appManagementPolicyWeak: RuleDefinition = {
  id: 'app-management-policy-weak',
  defaultSeverity: 'warning',
  title:
    "The tenant's default app management policy lets new client secrets be added, allows secret lifetimes above `max-secret-lifetime-days`, or spares apps created before a date.",
  rationale:
    'The default app management policy (`policies/defaultAppManagementPolicy`, `Policy.Read.All`) is the tenant-wide guard rail against new secrets: with `passwordAddition` enforced nobody can add a secret to an app registration, whatever the workflows do. Its lifetime limit is a "less than" comparison: 180 days is configured as `P181D` (CISA SCuBA baseline MS.AAD.5). A restriction with `restrictForAppsCreatedAfterDateTime` leaves every older app out. The policy never blocks existing secrets, only additions. Reported once per run, target kind `tenant`.',
  example:
    "The tenant's default app management policy does not block new client secrets (no enabled passwordAddition restriction), and allows secret lifetimes up to 730 days (P731D), above max-secret-lifetime-days 180.",
  fix: 'In the Entra admin center (Enterprise applications → Application policies) or with `PATCH /policies/defaultAppManagementPolicy`, enable the policy with a `passwordAddition` restriction (or a `passwordLifetime` of at most `max-secret-lifetime-days` + 1, e.g. `P181D`), without a `restrictForAppsCreatedAfterDateTime` that leaves existing apps out.',
  // Its findings come from lifecycleTenantFindings(): it concerns the tenant, not an app.
  check: () => [],
};

// ---------------------------------------------------------------------------------------------
// agent-without-sponsor

export const agentWithoutSponsor: RuleDefinition = {
  id: 'agent-without-sponsor',
  defaultSeverity: 'warning',
  title: 'An agent identity blueprint, or one of its agent identities, has no sponsor.',
  rationale:
    "Microsoft Entra Agent ID gives AI agents identities: a blueprint (an application that holds the credentials, federated ones included, and is checked by every credential and federated-trust rule) and the agent identities it acts for. A sponsor is the person accountable for an agent: they can disable, extend or remove it. Entra requires one at creation, but sponsors leave; an agent nobody sponsors runs unattended with the blueprint's credentials. Sponsors are read with `Application.Read.All` (`applications/{id}/microsoft.graph.agentIdentityBlueprint/sponsors`), agent identities with `AgentIdentity.Read.All` (or `Application.Read.All`).",
  example: 'Agent identity blueprint "support-agent" (…) has no sponsor: nobody is accountable for the agents it runs.',
  fix: 'Add a sponsor in the Entra admin center (Agent ID → the blueprint or agent identity → Sponsors) or with `POST /applications/{id}/microsoft.graph.agentIdentityBlueprint/sponsors/$ref`.',
  check(app: AppInventory, context: EvaluationContext): RuleHit[] {
    const lifecycle = context.signals?.lifecycle;
    if (app.kind !== 'agentIdentityBlueprint' || !lifecycle) return [];
    const hits: RuleHit[] = [];
    const sponsors = lifecycle.sponsors?.get(app.objectId.toLowerCase());
    if (available(context.signals, 'owners') && sponsors !== undefined && sponsors.length === 0)
      hits.push({
        target: { kind: 'application', id: app.objectId, name: app.displayName },
        message: `Agent identity blueprint ${quote(app.displayName)} (${app.appId}) has no sponsor: nobody is accountable for the agents it runs with its credentials.`,
        remediation: `Add a sponsor (Entra admin center → Agent ID → blueprint ${app.appId} → Sponsors, or POST ${graphOf(context)}/v1.0/applications/${app.objectId}/microsoft.graph.agentIdentityBlueprint/sponsors/$ref).`,
      });
    if (available(context.signals, 'agent-identities'))
      for (const agent of lifecycle.unsponsoredAgents?.get(app.appId.toLowerCase()) ?? [])
        hits.push({
          target: { kind: 'servicePrincipal', id: agent.id, name: agent.displayName ?? agent.id },
          message: `Agent identity ${quote(agent.displayName ?? agent.id)} (${agent.id}) of blueprint ${quote(app.displayName)} (${app.appId}) has no sponsor: nobody is accountable for what it does with the blueprint's credentials.`,
          remediation: `Add a sponsor (Entra admin center → Agent ID → agent identity ${agent.id} → Sponsors, or POST ${graphOf(context)}/v1.0/servicePrincipals/${agent.id}/microsoft.graph.agentIdentity/sponsors/$ref), or delete the agent identity if it is no longer used.`,
        });
    return hits;
  },
};

export const lifecycleRules: readonly RuleDefinition[] = [
  servicePrincipalUnused,
  credentialUnused,
  entraRecommendation,
  privilegedAppOwner,
  appWithoutOwner,
  appManagementPolicyWeak,
  agentWithoutSponsor,
];
