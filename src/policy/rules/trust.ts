// A federated credential read once for the federation rules: classic subject or flexible
// expression, parsed with the matching library, plus wording and commands shared by the rules.
import type { AppInventory, FederatedCredential } from '../../inventory/model.js';
import {
  compliantRewrite,
  githubBindingProblem,
  parseExpression,
  parseSubject,
  printExpression,
  type Clause,
  type Expression,
  type ParsedSubject,
  type RepositoryIds,
} from '../../matching/index.js';
import type { EvaluationContext, PolicySettings, Target } from '../types.js';
import { GITHUB_ISSUER } from '../settings.js';
import { fromGlob, literal, type GlobPattern } from './glob-language.js';
import { quote } from './text.js';
import { trimEndChar } from '../../strings.js';
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

/** The repository ids an expression binds with `eq` (what pins it to one repository or owner whatever `sub` says). */
export function bindingOf(expression: Expression): RepositoryIds {
  const ids: RepositoryIds = {};
  for (const c of expression.clauses) {
    if (c.operator !== 'eq') continue;
    if (c.claim === 'repository_id') ids.repositoryId = c.value;
    if (c.claim === 'repository_owner_id') ids.repositoryOwnerId = c.value;
  }
  return ids;
}

/** Why Entra does not accept this flexible credential for GitHub (no repository id bound, no sub), or null. */
export function bindingProblem(fic: FederatedCredential, expression: Expression): string | null {
  return fic.issuer === GITHUB_ISSUER ? githubBindingProblem(expression) : null;
}

const IMMUTABLE_REPO = /(?:^|:)repo:([^:/@*?]+)@(\d+)\/([^:/@*?]+)@(\d+)(?::|$)/;

/**
 * The ids a rewrite of an expression about `subValue` should bind: read from an immutable `repo:` part
 * of the subject, else the analysed repository's when the subject names it, else none (a placeholder).
 */
export function idsFor(subValue: string | null, context: EvaluationContext): RepositoryIds {
  const immutable = subValue === null ? null : IMMUTABLE_REPO.exec(subValue);
  if (immutable) return { repositoryId: immutable[4] as string, repositoryOwnerId: immutable[2] as string };
  const repository = context.repository;
  if (!repository || subValue === null) return {};
  const named = `repo:${repository.owner}/${repository.name}:`.toLowerCase();
  if (!`${subValue}:`.toLowerCase().includes(named)) return {};
  const ids: RepositoryIds = {};
  if (repository.repoId !== undefined) ids.repositoryId = repository.repoId;
  if (repository.ownerId !== undefined) ids.repositoryOwnerId = repository.ownerId;
  return ids;
}

/** The expression as Entra accepts it for GitHub: the one every remediation proposes. */
export function compliantText(expression: Expression, context: EvaluationContext): string {
  const sub = expression.clauses.find((c) => c.claim === 'sub');
  return printExpression(compliantRewrite(expression, idsFor(sub?.value ?? null, context)));
}

/** A Graph beta PATCH body setting the expression (flexible credentials exist only in beta). */
export function expressionPatch(
  app: AppInventory,
  fic: FederatedCredential,
  expression: string,
  graph: string,
): string {
  const body = JSON.stringify({ claimsMatchingExpression: { value: expression, languageVersion: 1 } });
  return `write ${body} to expression.json and apply it with \`az rest --method PATCH --uri ${ficUrl(app, fic, graph)} --body @expression.json\``;
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
  const normal = trimEndChar(issuer.trim().toLowerCase(), '/');
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

/** Graph URL of the credential; flexible credentials exist only in Graph's beta API (claimsMatchingExpression). */
export function ficUrl(app: AppInventory, fic: FederatedCredential, graph: string): string {
  const version = fic.claimsMatchingExpression !== null ? 'beta' : 'v1.0';
  return `${graph}/${version}/applications/${app.objectId}/federatedIdentityCredentials/${fic.id}`;
}

export function patchCommand(app: AppInventory, fic: FederatedCredential, body: string, graph: string): string {
  const identity = managedIdentityOf(app);
  if (identity) return identityUpdateCommand(identity, fic, JSON.parse(body) as Record<string, never>);
  return `\`az rest --method PATCH --uri ${ficUrl(app, fic, graph)} --body '${body}'\``;
}

export function deleteFicCommand(app: AppInventory, fic: FederatedCredential, graph: string): string {
  const identity = managedIdentityOf(app);
  if (identity) return identityDeleteCommand(identity, fic);
  // The az CLI errors on reading flexible credentials (Entra's flexible FIC page), so those go through Graph directly.
  return fic.claimsMatchingExpression !== null
    ? `\`az rest --method DELETE --uri ${ficUrl(app, fic, graph)}\``
    : `\`az ad app federated-credential delete --id ${app.appId} --federated-credential-id ${fic.id}\``;
}
