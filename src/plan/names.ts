// Pure: deterministic federated-credential names and the commands that create one.
import { createHash } from 'node:crypto';
import { TOKEN_EXCHANGE_AUDIENCE } from '../workflows/attribution.js';

const MAX_NAME = 120;

/**
 * A credential name for a subject, valid for Entra (3–120 characters, letters, digits, '-' and '_', first
 * character alphanumeric): the subject without `repo:`, other characters replaced by '-'. Names already
 * in `taken` get a short hash of the subject appended, so the result is the same on every run.
 */
export function credentialName(subject: string, taken: ReadonlySet<string> = new Set()): string {
  let base = subject
    .replace(/^repo:/, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .replace(/-+$/, '');
  if (base.length < 3) base = `github-${base || 'subject'}`;
  base = base.slice(0, MAX_NAME).replace(/-+$/, '');
  if (!taken.has(base)) return base;
  const hash = createHash('sha256').update(subject).digest('hex').slice(0, 8);
  return `${base.slice(0, MAX_NAME - 9).replace(/-+$/, '')}-${hash}`;
}

export interface CredentialSpec {
  name: string;
  issuer: string;
  subject: string;
  description?: string;
}

export function credentialBody(spec: CredentialSpec): Record<string, unknown> {
  const body: Record<string, unknown> = {
    name: spec.name,
    issuer: spec.issuer,
    subject: spec.subject,
    audiences: [TOKEN_EXCHANGE_AUDIENCE],
  };
  if (spec.description !== undefined) body['description'] = spec.description;
  return body;
}

/** Wraps text in single quotes for a POSIX shell. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

export function azCreateCommand(appId: string, spec: CredentialSpec): string {
  return `az ad app federated-credential create --id ${appId} --parameters ${shellQuote(JSON.stringify(credentialBody(spec)))}`;
}

export function graphCreateRequest(objectId: string, spec: CredentialSpec, graph: string): string {
  return `POST ${graph}/v1.0/applications/${objectId}/federatedIdentityCredentials\nContent-Type: application/json\n\n${JSON.stringify(credentialBody(spec))}`;
}
