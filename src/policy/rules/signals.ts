// Entra's own signals about the deploy identity: ID Protection's risk and conditional access coverage.
// The data is read once per run (src/signals/); a rule whose signal is not available says nothing here,
// and report.signals says what was not checked and why.
import type { AppInventory } from '../../inventory/model.js';
import { coverageFor, describePolicy } from '../../signals/coverage.js';
import { stateOf, type RiskDetection } from '../../signals/model.js';
import type { EvaluationContext, RuleDefinition, RuleHit } from '../types.js';
import { appLabel, quote } from './text.js';

const AT_RISK = new Set(['atRisk', 'confirmedCompromised']);
const DETECTIONS_SHOWN = 3;

/** "client secret "ci" (keyId …)", or the bare keyId when the credential is no longer on the app. */
function credentialName(app: AppInventory, keyId: string): string {
  const same = (k: { keyId: string }) => k.keyId.toLowerCase() === keyId.toLowerCase();
  const sp = app.servicePrincipal;
  const secret = app.passwordCredentials.find(same) ?? sp?.passwordCredentials.find(same);
  if (secret) return `client secret ${quote(secret.displayName ?? '(unnamed)')} (keyId ${keyId})`;
  const cert = app.keyCredentials.find(same) ?? sp?.keyCredentials.find(same);
  if (cert) return `certificate ${quote(cert.displayName ?? '(unnamed)')} (keyId ${keyId})`;
  return `credential keyId ${keyId} (no longer on the app)`;
}

function describeDetection(app: AppInventory, d: RiskDetection): string {
  const when = (d.detectedDateTime ?? d.activityDateTime ?? '').slice(0, 10);
  const level = d.riskLevel && d.riskLevel !== 'none' ? `, ${d.riskLevel}` : '';
  const creds = d.keyIds.length > 0 ? ` involving ${d.keyIds.map((k) => credentialName(app, k)).join(', ')}` : '';
  return `${quote(d.riskEventType)}${level}${when ? ` on ${when}` : ''}${creds}`;
}

export const servicePrincipalAtRisk: RuleDefinition = {
  id: 'service-principal-at-risk',
  defaultSeverity: 'error',
  title: 'Microsoft Entra ID Protection reports the deploy identity as at risk or confirmed compromised.',
  rationale:
    'ID Protection for workload identities flags service principals whose credentials leaked, that sign in from suspicious places or behave anomalously. A deployment that signs in as a flagged identity hands production to whoever holds its credentials: the guard blocks the deployment until the risk is confirmed and remediated, or dismissed. It needs the Graph permission `IdentityRiskyServicePrincipal.Read.All` (and `IdentityRiskEvent.Read.All` for the detections); without Workload ID Premium Graph hides the risk level and details, which the finding says.',
  example:
    'The service principal of app "deploy-api" is at risk in Microsoft Entra ID Protection (risk level high, updated 2026-11-30); latest detections: "leakedCredentials", high on 2026-11-30 involving client secret "ci" (keyId 9d9fea30-d8e3-481b-b57c-0ef569a989e5).',
  fix: 'Investigate in the Entra admin center (ID Protection → Risky workload identities): confirm the compromise or dismiss the risk; remove or rotate the credential the detection names (prefer a federated credential); review the service principal sign-in logs and audit logs since the first detection.',
  check(app: AppInventory, context: EvaluationContext): RuleHit[] {
    const signals = context.signals;
    const sp = app.servicePrincipal;
    if (!signals?.risk || !sp) return [];
    const risk = signals.risk.get(app.appId.toLowerCase());
    if (!risk || !AT_RISK.has(risk.riskState)) return [];
    const compromised = risk.riskState === 'confirmedCompromised';
    const hidden = risk.riskLevel === 'hidden';
    const level = hidden
      ? 'risk level hidden: the tenant has no Workload ID Premium licence, so Graph does not say how high'
      : `risk level ${risk.riskLevel}`;
    const updated = risk.riskLastUpdatedDateTime ? `, updated ${risk.riskLastUpdatedDateTime.slice(0, 10)}` : '';
    const detections =
      signals.detections?.get(sp.objectId.toLowerCase()) ?? signals.detections?.get(risk.id.toLowerCase());
    const detectionState = stateOf(signals, 'service-principal-risk-detections');
    let latest = '';
    if (detections && detections.length > 0)
      latest = `; latest detection${detections.length > 1 ? 's' : ''}: ${detections
        .slice(0, DETECTIONS_SHOWN)
        .map((d) => describeDetection(app, d))
        .join(
          '; ',
        )}${detections.length > DETECTIONS_SHOWN ? ` (and ${detections.length - DETECTIONS_SHOWN} more)` : ''}`;
    else if (detectionState && detectionState.status !== 'available' && detectionState.status !== 'unlicensed')
      latest = `; its detections could not be read (${detectionState.status})`;
    const keyIds = [...new Set((detections ?? []).flatMap((d) => d.keyIds))];
    const rotate =
      keyIds.length > 0
        ? `remove or rotate ${keyIds.map((k) => credentialName(app, k)).join(', ')} (prefer a federated credential)`
        : "rotate the identity's secrets and certificates (prefer federated credentials)";
    return [
      {
        target: { kind: 'servicePrincipal', id: sp.objectId, name: sp.displayName ?? app.displayName },
        message: `The service principal of ${appLabel(app)} is ${compromised ? 'confirmed compromised' : 'at risk'} in Microsoft Entra ID Protection (${level}${updated})${latest}. The deployment must not sign in as it until this is resolved.`,
        remediation: `In the Entra admin center (ID Protection → Risky workload identities, object id ${sp.objectId}) ${compromised ? 'keep it confirmed compromised until remediated' : 'confirm the compromise or, if it is a false positive, dismiss the risk'}; ${rotate}; then review its sign-ins (Sign-in logs → Service principal sign-ins) and the audit log since the first detection.`,
      },
    ];
  },
};

export const conditionalAccessMissing: RuleDefinition = {
  id: 'conditional-access-missing',
  defaultSeverity: 'warning',
  title: 'No enabled conditional access policy covers the deploy identity (the tenant is licensed for it).',
  rationale:
    'Conditional access for workload identities can block a service principal when it signs in from outside known locations or when ID Protection rates it risky, which turns a leaked credential into a failed sign-in instead of a breach. The check runs only when the tenant holds a Workload ID licence (`GET /subscribedSkus`, permission `LicenseAssignment.Read.All`) and the guard can read the policies (`Policy.Read.All`). A policy counts when it is enabled, includes the service principal (by object id or `ServicePrincipalsInMyTenant`) without excluding it, targets all resources and blocks; a report-only policy logs but does not block, so it does not count.',
  example:
    'No enabled conditional access policy covers the service principal of app "deploy-api" (a1b2…); "Block risky workload identities" (report-only; service principal risk medium, high) would, but report-only policies do not enforce.',
  fix: 'Create (or switch on) a conditional access policy for workload identities that includes the service principal or `ServicePrincipalsInMyTenant`, targets all resources and blocks sign-ins when service principal risk is medium or high, or from outside your named locations.',
  check(app: AppInventory, context: EvaluationContext): RuleHit[] {
    const signals = context.signals;
    const sp = app.servicePrincipal;
    if (!signals?.conditionalAccess || !sp) return [];
    if (stateOf(signals, 'conditional-access-policies')?.status !== 'available') return [];
    const concerned = coverageFor(signals, app.appId, sp.objectId);
    if (concerned.some((c) => c.coverage === 'covers' && c.enforced)) return [];
    const notes: string[] = [];
    const reportOnly = concerned.filter(
      (c) => c.coverage === 'covers' && c.policy.state === 'enabledForReportingButNotEnforced',
    );
    const disabled = concerned.filter((c) => c.coverage === 'covers' && c.policy.state === 'disabled');
    const excluded = concerned.filter((c) => c.coverage === 'excluded' && c.enforced);
    const filtered = concerned.filter((c) => c.coverage === 'filter' && c.enforced);
    if (reportOnly.length > 0)
      notes.push(
        `${reportOnly.map((c) => describePolicy(c.policy, quote)).join(', ')} would, but a report-only policy logs and does not enforce`,
      );
    if (disabled.length > 0)
      notes.push(`${disabled.map((c) => describePolicy(c.policy, quote)).join(', ')} would, but is off`);
    if (excluded.length > 0)
      notes.push(
        `${excluded.map((c) => describePolicy(c.policy, quote)).join(', ')} exclude${excluded.length === 1 ? 's' : ''} it`,
      );
    if (filtered.length > 0)
      notes.push(
        `${filtered.map((c) => describePolicy(c.policy, quote)).join(', ')} select${filtered.length === 1 ? 's' : ''} service principals by a filter the guard cannot evaluate`,
      );
    return [
      {
        target: { kind: 'servicePrincipal', id: sp.objectId, name: sp.displayName ?? app.displayName },
        message: `No enabled conditional access policy covers the service principal of ${appLabel(app)} (object id ${sp.objectId})${notes.length > 0 ? `; ${notes.join('; ')}` : ''}. A leaked credential of this identity can be used from anywhere.`,
        remediation: `In the Entra admin center (Conditional Access → New policy → Workload identities) include this service principal (${sp.objectId}) or ServicePrincipalsInMyTenant, target all resources, grant Block, with the condition "service principal risk" medium and high and/or locations "Any location" except your trusted named locations${reportOnly.length > 0 ? '; or switch the report-only policy to On once its sign-in logs show no unexpected blocks' : ''}.`,
      },
    ];
  },
};

export const signalUnavailable: RuleDefinition = {
  id: 'signal-unavailable',
  defaultSeverity: 'error',
  title: 'A signal an enabled rule needs could not be read, and the policy sets `fail-on-unavailable-signals: true`.',
  rationale:
    'By default a signal that is unlicensed, forbidden or failed is listed in `report.signals` and noted in the summary, and the run does not fail on it. Teams that want the risk and conditional access checks to be mandatory set `fail-on-unavailable-signals: true`; this rule then fails the run once per such signal. A signal Microsoft does not offer in the cloud (`unsupportedCloud`) never fails it.',
  example:
    "Signal risky-service-principals is forbidden: the guard's token does not carry IdentityRiskyServicePrincipal.Read.All, so service-principal-at-risk was not checked.",
  fix: 'Apply the fix the finding names (grant the permission, or license the tenant), or set `fail-on-unavailable-signals: false`.',
  // Its findings come from signalFindings(): it concerns the tenant, not an app.
  check: () => [],
};

export const signalRules: readonly RuleDefinition[] = [
  servicePrincipalAtRisk,
  conditionalAccessMissing,
  signalUnavailable,
];
