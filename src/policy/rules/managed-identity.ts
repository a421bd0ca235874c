// Remediation for user-assigned managed identities: their federated credentials are Azure Resource Manager
// resources, changed with `az identity federated-credential …` or the ARM REST call, never through Graph.
// `az rest` given a resource id (no host) sends it to the current cloud's Resource Manager endpoint, so the
// REST form below is right in every cloud (Azure CLI `az rest --url` help).
import { parseIdentityResourceId, type IdentityResourceId } from '../../arm/resource-id.js';
import type { AppInventory, FederatedCredential } from '../../inventory/model.js';
import { azCreateCommand, credentialBody, shellQuote, type CredentialSpec } from '../../plan/names.js';

export const MANAGED_IDENTITY_API_VERSION = '2023-01-31';

/** The identity's ARM coordinates when `app` is a user-assigned managed identity; null for an app registration. */
export function managedIdentityOf(app: AppInventory): IdentityResourceId | null {
  if (app.kind !== 'managedIdentity' || app.resourceId === undefined) return null;
  return parseIdentityResourceId(app.resourceId);
}

/** "app" or "managed identity", for messages. */
export function identityNoun(app: Pick<AppInventory, 'kind'>): string {
  return app.kind === 'managedIdentity' ? 'managed identity' : 'app';
}

function identityArgs(identity: IdentityResourceId): string {
  return `--identity-name ${shellQuote(identity.name)} --resource-group ${shellQuote(identity.resourceGroup)} --subscription ${shellQuote(identity.subscriptionId)}`;
}

function credentialPath(identity: IdentityResourceId, name: string): string {
  return `${identity.id}/federatedIdentityCredentials/${encodeURIComponent(name)}?api-version=${MANAGED_IDENTITY_API_VERSION}`;
}

/** `az identity federated-credential create` for the credential `spec` describes. */
export function identityCreateCommand(identity: IdentityResourceId, spec: CredentialSpec): string {
  const body = credentialBody(spec);
  return `az identity federated-credential create --name ${shellQuote(spec.name)} ${identityArgs(identity)} --issuer ${shellQuote(spec.issuer)} --subject ${shellQuote(spec.subject)} --audiences ${shellQuote(String((body.audiences as string[])[0]))}`;
}

/** The ARM REST call that creates (or replaces) the credential, through `az rest` on the current cloud. */
export function identityCreateRequest(identity: IdentityResourceId, spec: CredentialSpec): string {
  const { issuer, subject, audiences } = credentialBody(spec);
  const body = JSON.stringify({ properties: { issuer, subject, audiences } });
  return `az rest --method PUT --url ${shellQuote(credentialPath(identity, spec.name))} --body ${shellQuote(body)}`;
}

/** Create, as a sentence: the az command, or the ARM REST call. */
export function identityCreateRemediation(identity: IdentityResourceId, spec: CredentialSpec): string {
  return `Add the credential to the managed identity: \`${identityCreateCommand(identity, spec)}\` — or through Azure Resource Manager: \`${identityCreateRequest(identity, spec)}\``;
}

export function identityDeleteCommand(identity: IdentityResourceId, fic: FederatedCredential): string {
  return `\`az identity federated-credential delete --name ${shellQuote(fic.name)} ${identityArgs(identity)} --yes\``;
}

/** Changes issuer, subject or audiences of an existing credential (ARM replaces the whole resource). */
export function identityUpdateCommand(
  identity: IdentityResourceId,
  fic: FederatedCredential,
  change: { issuer?: string; subject?: string; audiences?: string[] },
): string {
  const issuer = change.issuer ?? fic.issuer;
  const subject = change.subject ?? fic.subject ?? '';
  const audiences = change.audiences ?? fic.audiences;
  return `\`az identity federated-credential update --name ${shellQuote(fic.name)} ${identityArgs(identity)} --issuer ${shellQuote(issuer)} --subject ${shellQuote(subject)} --audiences ${audiences.map(shellQuote).join(' ')}\``;
}

export function identityListCommand(identity: IdentityResourceId): string {
  return `\`az identity federated-credential list ${identityArgs(identity)}\``;
}

/** The create command for either kind, in backticks: `az identity federated-credential create` or `az ad app …`. */
export function createCommandFor(app: AppInventory, spec: CredentialSpec): string {
  const identity = managedIdentityOf(app);
  return identity ? `\`${identityCreateCommand(identity, spec)}\`` : `\`${azCreateCommand(app.appId, spec)}\``;
}
