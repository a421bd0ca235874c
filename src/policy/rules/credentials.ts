// Credential hygiene: secrets and certificates, where federation should be used instead.
import type { AppInventory } from '../../inventory/model.js';
import type { EvaluationContext, RuleDefinition, RuleHit } from '../types.js';
import { isoDay, parseTimestamp, plural, wholeDays } from '../dates.js';
import {
  appLabel,
  credentialLabel,
  credentialTarget,
  credentialsOf,
  deleteCommand,
  type AppCredential,
} from './text.js';

const FEDERATE =
  'Sign in with a federated credential instead (`az ad app federated-credential create --id <appId> --parameters credential.json`)';

function hitsFor(
  app: AppInventory,
  select: (c: AppCredential) => boolean,
  make: (c: AppCredential) => Omit<RuleHit, 'target'>,
): RuleHit[] {
  return credentialsOf(app)
    .filter(select)
    .map((c) => ({ target: credentialTarget(c), ...make(c) }));
}

function endsText(c: AppCredential): string {
  const end = parseTimestamp(c.credential.endDateTime);
  return end === null ? 'with no end date' : `valid until ${isoDay(end)}`;
}

export const clientSecretPresent: RuleDefinition = {
  id: 'client-secret-present',
  defaultSeverity: 'warning',
  title: 'The app registration has a client secret.',
  rationale:
    'A client secret is a password: whoever holds a copy can sign in as the app from anywhere until it expires, and copies leak through logs, CI variables and laptops. A federated credential admits only tokens from one named workload.',
  example: 'App "deploy-api" has client secret "ci-legacy" valid until 2027-03-01.',
  fix: 'Add a federated credential for the workflow that uses the secret, switch the workflow to OIDC (`azure/login` with `client-id`, `tenant-id` and `subscription-id` but no `client-secret`), then delete the secret with `az ad app credential delete --id <appId> --key-id <keyId>`.',
  check(app) {
    return hitsFor(
      app,
      (c) => c.holder === 'application' && c.kind === 'secret',
      (c) => ({
        message: `${appLabel(app)} has ${credentialLabel(c)}, ${endsText(c)}: anyone holding a copy can sign in as the app from anywhere.`,
        remediation: `${FEDERATE}, then delete the secret: ${deleteCommand(app, c)}.`,
      }),
    );
  },
};

export const servicePrincipalSecretPresent: RuleDefinition = {
  id: 'service-principal-secret-present',
  defaultSeverity: 'warning',
  title: "The app's service principal itself has a client secret.",
  rationale:
    "Secrets added to the service principal (for example by `az ad sp create-for-rbac` or `az ad sp credential reset`) sign in exactly like the app's own secrets, but the portal's app registration blade does not show them, so they are easily forgotten.",
  example: 'App "deploy-api" has client secret "rbac" (key id …) on the service principal, valid until 2026-12-01.',
  fix: 'Move the workload to a federated credential on the app registration, then delete the secret with `az ad sp credential delete --id <appId> --key-id <keyId>`.',
  check(app) {
    return hitsFor(
      app,
      (c) => c.holder === 'servicePrincipal' && c.kind === 'secret',
      (c) => ({
        message: `${appLabel(app)} has ${credentialLabel(c)}, ${endsText(c)}: it signs in as the app but is not shown on the app registration blade.`,
        remediation: `${FEDERATE}, then delete the secret: ${deleteCommand(app, c)}.`,
      }),
    );
  },
};

export const credentialExpired: RuleDefinition = {
  id: 'credential-expired',
  defaultSeverity: 'warning',
  title: 'A secret or certificate of the app or its service principal has expired.',
  rationale:
    'An expired credential no longer signs in, but it stays listed: it clutters reviews, hides which credentials are really in use, and tempts someone to "renew" it instead of federating.',
  example: 'App "deploy-api" has client secret "ci" (key id …), which expired on 2025-06-30 (45 days ago).',
  fix: 'Delete it: `az ad app credential delete --id <appId> --key-id <keyId>` (add `--cert` for a certificate; use `az ad sp credential delete` for one on the service principal).',
  check(app, context) {
    const now = context.now.getTime();
    return hitsFor(
      app,
      (c) => {
        const end = parseTimestamp(c.credential.endDateTime);
        return end !== null && end <= now;
      },
      (c) => {
        const end = parseTimestamp(c.credential.endDateTime) as number;
        return {
          message: `${appLabel(app)} has ${credentialLabel(c)}, which expired on ${isoDay(end)} (${plural(wholeDays(end, now), 'day')} ago) and no longer admits sign-ins.`,
          remediation: `Delete the expired credential: ${deleteCommand(app, c)}.`,
        };
      },
    );
  },
};

export const credentialExpiring: RuleDefinition = {
  id: 'credential-expiring',
  defaultSeverity: 'warning',
  title: 'A secret or certificate ends within `expiry-warning-days` (default 30).',
  rationale:
    'When a credential in use expires, the workload that signs in with it fails. Federated credentials do not expire, so an expiring secret is the moment to replace it rather than renew it.',
  example: 'App "deploy-api" has certificate "signing" (key id …), which expires on 2026-09-01 (in 12 days).',
  fix: 'Replace a secret with a federated credential, or rotate a certificate (`az ad app credential reset --id <appId> --cert @cert.pem --append`), then delete the old one.',
  check(app, context) {
    const now = context.now.getTime();
    const horizon = context.settings.expiryWarningDays;
    return hitsFor(
      app,
      (c) => {
        const end = parseTimestamp(c.credential.endDateTime);
        return end !== null && end > now && wholeDays(now, end) < horizon;
      },
      (c) => {
        const end = parseTimestamp(c.credential.endDateTime) as number;
        const left = wholeDays(now, end);
        const when = left === 0 ? 'within a day' : `in ${plural(left, 'day')}`;
        const replace =
          c.kind === 'secret'
            ? `${FEDERATE} before it ends, then delete it: ${deleteCommand(app, c)}`
            : `Rotate the certificate before it ends (\`az ad ${c.holder === 'application' ? 'app' : 'sp'} credential reset --id ${app.appId} --cert @new-cert.pem --append\`), then delete the old one: ${deleteCommand(app, c)}`;
        return {
          message: `${appLabel(app)} has ${credentialLabel(c)}, which expires on ${isoDay(end)} (${when}); whatever signs in with it will then fail.`,
          remediation: `${replace}.`,
        };
      },
    );
  },
};

export const secretLifetimeTooLong: RuleDefinition = {
  id: 'secret-lifetime-too-long',
  defaultSeverity: 'warning',
  title: 'A client secret is valid for longer than `max-secret-lifetime-days` (default 180).',
  rationale:
    'The longer a secret lives, the longer a leaked copy stays useful. Long-lived secrets are usually created once and never rotated.',
  example:
    'App "deploy-api" has client secret "ci" (key id …), valid for 730 days (2025-01-01 to 2027-01-01); the policy allows 180.',
  fix: 'Replace it with a federated credential; if a secret is unavoidable, add one with a shorter life (`az ad app credential reset --id <appId> --append --end-date <YYYY-MM-DD>`) and delete this one.',
  check(app, context) {
    const max = context.settings.maxSecretLifetimeDays;
    const lifetime = (c: AppCredential): number | null => {
      const start = parseTimestamp(c.credential.startDateTime);
      const end = parseTimestamp(c.credential.endDateTime);
      return start === null || end === null ? null : wholeDays(start, end);
    };
    return hitsFor(
      app,
      (c) => c.kind === 'secret' && (lifetime(c) ?? 0) > max,
      (c) => {
        const start = parseTimestamp(c.credential.startDateTime) as number;
        const end = parseTimestamp(c.credential.endDateTime) as number;
        return {
          message: `${appLabel(app)} has ${credentialLabel(c)}, valid for ${plural(lifetime(c) as number, 'day')} (${isoDay(start)} to ${isoDay(end)}); the policy allows at most ${plural(max, 'day')}.`,
          remediation: `${FEDERATE}; if a secret is unavoidable, create one that ends within ${plural(max, 'day')} (\`az ad ${c.holder === 'application' ? 'app' : 'sp'} credential reset --id ${app.appId} --append --end-date <YYYY-MM-DD>\`), then delete this one: ${deleteCommand(app, c)}.`,
        };
      },
    );
  },
};

export const secretAlongsideFederation: RuleDefinition = {
  id: 'secret-alongside-federation',
  defaultSeverity: 'warning',
  title: 'The app has federated credentials and still a secret or certificate.',
  rationale:
    'Federation is only as strong as the weakest way in: while a secret or certificate remains, anyone holding it can sign in as the app without going through the trusted workflow.',
  example: 'App "deploy-api" trusts 2 federated credentials but still has client secret "ci-legacy" (key id …).',
  fix: 'Once every workload signs in through federation, delete the remaining secrets and certificates with `az ad app credential delete --id <appId> --key-id <keyId>` (`--cert` for certificates).',
  check(app: AppInventory, _context: EvaluationContext) {
    const federated = app.federatedCredentials.length;
    if (federated === 0) return [];
    return hitsFor(
      app,
      // A signing key (usage Sign, e.g. for SAML tokens) cannot be used to sign in as the app.
      (c) => c.kind === 'secret' || (c.credential as { usage?: string | null }).usage !== 'Sign',
      (c) => ({
        message: `${appLabel(app)} trusts ${plural(federated, 'federated credential')} but still has ${credentialLabel(c)}, which signs in from anywhere and bypasses the federated trust.`,
        remediation: `Move any remaining user of the ${c.kind} to federation, then delete it: ${deleteCommand(app, c)}.`,
      }),
    );
  },
};

export const credentialRules: readonly RuleDefinition[] = [
  clientSecretPresent,
  servicePrincipalSecretPresent,
  credentialExpired,
  credentialExpiring,
  secretLifetimeTooLong,
  secretAlongsideFederation,
];
