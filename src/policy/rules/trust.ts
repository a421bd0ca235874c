// A federated credential read once for the federation rules: classic subject or flexible
// expression, parsed with the matching library, plus wording and commands shared by the rules.
import type { AppInventory, FederatedCredential } from '../../inventory/model.js';
import {
  parseExpression,
  parseSubject,
  type Clause,
  type Expression,
  type ParsedSubject,
} from '../../matching/index.js';
import type { PolicySettings, Target } from '../types.js';
import { GITHUB_ISSUER } from '../settings.js';
import { fromGlob, literal, type GlobPattern } from './glob-language.js';
import { quote } from './text.js';
import { identityDeleteCommand, identityNoun, identityUpdateCommand, managedIdentityOf } from './managed-identity.js';

export type TrustForm =
  | { kind: 'classic'; subject: string; parsed: ParsedSubject | null }
  | { kind: 'flexible'; text: string; expression: Expression }
  | { kind: 'invalid-expression'; text: string; error: string }
  | { kind: 'none' };

export function trustOf(fic: FederatedCredential): TrustForm {
  if (fic.claimsMatchingExpression !== null) {
    const text = fic.claimsMatchingExpression.value;
    const parsed = parseExpression(text);
    return parsed.ok
      ? { kind: 'flexible', text, expression: parsed.value }
      : { kind: 'invalid-expression', text, error: parsed.error };
  }
  if (fic.subject === null) return { kind: 'none' };
  const parsed = parseSubject(fic.subject);
  return { kind: 'classic', subject: fic.subject, parsed: parsed.ok ? parsed.value : null };
}

export function clauseFor(expression: Expression, claim: Clause['claim']): Clause | undefined {
  return expression.clauses.find((c) => c.claim === claim);
}

/** The `sub` clause as a glob pattern; none when the expression leaves `sub` unconstrained. */
export function subPatterns(expression: Expression): GlobPattern[] {
  const clause = clauseFor(expression, 'sub');
  if (!clause) return [];
  return [clause.operator === 'eq' ? literal(clause.value) : fromGlob(clause.value)];
}

export function showClause(clause: Clause): string {
  return `claims['${clause.claim}'] ${clause.operator} '${clause.value}'`;
}

/**
 * Whether the credential trusts GitHub Actions (github.com, an enterprise slug, GHE.com or GHES),
 * so GitHub's subject rules apply to it. Near-miss spellings count: their subjects still follow GitHub's rules.
 */
export function isGitHubIssuer(issuer: string, settings: PolicySettings): boolean {
  if (settings.allowedIssuers.includes(issuer)) return true;
  const normal = issuer.trim().toLowerCase().replace(/\/+$/, '');
  return (
    normal.replace(/^http:/, 'https:').startsWith(GITHUB_ISSUER) ||
    /^https?:\/\/token\.actions\.[a-z0-9-]+\.ghe\.com(\/|$)/.test(normal) ||
    /^https?:\/\/[^/]+\/_services\/token$/.test(normal)
  );
}

export function ficTarget(fic: FederatedCredential): Target {
  return { kind: 'federatedCredential', id: fic.id, name: fic.name };
}

export function ficLabel(app: AppInventory, fic: FederatedCredential): string {
  const flexible = fic.claimsMatchingExpression !== null ? 'flexible federated credential' : 'federated credential';
  return `${flexible} ${quote(fic.name)} of ${identityNoun(app)} ${quote(app.displayName)} (${app.appId})`;
}

/** What the credential trusts, as written in Entra. */
export function trustText(fic: FederatedCredential): string {
  if (fic.claimsMatchingExpression !== null) return `expression ${quote(fic.claimsMatchingExpression.value)}`;
  return fic.subject === null ? 'no subject' : `subject ${quote(fic.subject)}`;
}

/** Graph URL of the credential; flexible credentials exist only in the beta API (facts A4). */
export function ficUrl(app: AppInventory, fic: FederatedCredential): string {
  const version = fic.claimsMatchingExpression !== null ? 'beta' : 'v1.0';
  return `https://graph.microsoft.com/${version}/applications/${app.objectId}/federatedIdentityCredentials/${fic.id}`;
}

export function patchCommand(app: AppInventory, fic: FederatedCredential, body: string): string {
  const identity = managedIdentityOf(app);
  if (identity) return identityUpdateCommand(identity, fic, JSON.parse(body) as Record<string, never>);
  return `\`az rest --method PATCH --uri ${ficUrl(app, fic)} --body '${body}'\``;
}

export function deleteFicCommand(app: AppInventory, fic: FederatedCredential): string {
  const identity = managedIdentityOf(app);
  if (identity) return identityDeleteCommand(identity, fic);
  // The az CLI errors on reading flexible credentials (facts A5), so those go through Graph directly.
  return fic.claimsMatchingExpression !== null
    ? `\`az rest --method DELETE --uri ${ficUrl(app, fic)}\``
    : `\`az ad app federated-credential delete --id ${app.appId} --federated-credential-id ${fic.id}\``;
}
