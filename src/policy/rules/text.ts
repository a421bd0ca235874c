// Shared wording for rule messages. Names come from Graph and are untrusted: they are quoted,
// stripped of control characters and shortened before they reach any message.
import type { AppInventory, KeyCredential, PasswordCredential } from '../../inventory/model.js';
import type { Target } from '../types.js';

const MAX_NAME = 120;

export function quote(text: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return `"${clean.length > MAX_NAME ? `${clean.slice(0, MAX_NAME - 1)}…` : clean}"`;
}

export function appLabel(app: AppInventory): string {
  return `${app.kind === 'managedIdentity' ? 'managed identity' : 'app'} ${quote(app.displayName)} (${app.appId})`;
}

/** A secret or certificate of the app registration or of its service principal. */
export interface AppCredential {
  holder: 'application' | 'servicePrincipal';
  kind: 'secret' | 'certificate';
  credential: PasswordCredential | KeyCredential;
}

export function credentialsOf(app: AppInventory): AppCredential[] {
  const list: AppCredential[] = [];
  for (const credential of app.passwordCredentials) list.push({ holder: 'application', kind: 'secret', credential });
  for (const credential of app.keyCredentials) list.push({ holder: 'application', kind: 'certificate', credential });
  const sp = app.servicePrincipal;
  if (sp) {
    for (const credential of sp.passwordCredentials)
      list.push({ holder: 'servicePrincipal', kind: 'secret', credential });
    for (const credential of sp.keyCredentials)
      list.push({ holder: 'servicePrincipal', kind: 'certificate', credential });
  }
  return list;
}

export function credentialTarget(c: AppCredential): Target {
  const { keyId, displayName } = c.credential;
  return { kind: c.kind, id: keyId, name: displayName && displayName.trim() !== '' ? displayName : keyId };
}

/** e.g. `client secret "ci" (key 0f1e…)` or `certificate "deploy" of the service principal`. */
export function credentialLabel(c: AppCredential): string {
  const { keyId, displayName } = c.credential;
  const noun = c.kind === 'secret' ? 'client secret' : 'certificate';
  const named =
    displayName && displayName.trim() !== ''
      ? `${noun} ${quote(displayName)} (key id ${keyId})`
      : `${noun} with key id ${keyId}`;
  return c.holder === 'servicePrincipal' ? `${named} on the service principal` : named;
}

/** The az command that deletes the credential. */
export function deleteCommand(app: AppInventory, c: AppCredential): string {
  const group = c.holder === 'application' ? 'app' : 'sp';
  const cert = c.kind === 'certificate' ? ' --cert' : '';
  return `\`az ad ${group} credential delete --id ${app.appId} --key-id ${c.credential.keyId}${cert}\``;
}
