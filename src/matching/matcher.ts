// The product's matcher: what Entra decides when a token is presented against an app's federated
// credentials (emulator/facts/federation.md#entra-decision; the AADSTS codes in
// emulator/facts/entra-token.md). Used by the policy rules and the workflow checks; the emulators have
// their own model (emulator/federation/) and the documented-examples table checks the two agree.
import type { FederatedCredential } from '../inventory/model.js';
import { charsEqualIgnoringCase, equalsIgnoringCase } from './case.js';
import {
  BINDING_CLAIMS,
  evaluateExpression,
  githubBindingProblem,
  parseExpression,
  type Expression,
} from './expression.js';

/** The only issuer Entra supports flexible expressions with GitHub's claims for. */
export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';

/**
 * A token presented to Entra: a real one, or one the product predicts for a workflow job. A predicted
 * token carries `repository_id`/`repository_owner_id` when the repository's ids are known; when an
 * expression needs one that is missing, the decision is `undecided`, never a guess.
 */
export interface PresentedToken {
  iss: string;
  sub: string;
  aud: string | string[];
  job_workflow_ref?: string;
  repository_id?: string;
  repository_owner_id?: string;
  [claim: string]: unknown;
}

/** A run of characters that differ only by case, at `index` in the presented value. */
export interface CaseDifference {
  index: number;
  presented: string;
  configured: string;
}

/** `undecided`: every clause that can be evaluated holds, but the token lacks a repository id a clause compares. */
export type SubjectVerdict = 'match' | 'case-only' | 'undecided' | 'no-match';

export type EntraDecision =
  | { outcome: 'match'; credential: FederatedCredential }
  /** No credential matches for certain, but this one would if the token's missing ids equal its clauses. */
  | { outcome: 'undecided'; credential: FederatedCredential; missing: string[] }
  | { outcome: 'no-issuer'; code: 700211 }
  | { outcome: 'no-audience'; code: 700212 }
  | { outcome: 'subject-case'; code: 7002138; credential: FederatedCredential; differences: CaseDifference[] }
  | { outcome: 'no-subject'; code: 700213 };

/** The only expression language version Graph documents ("should always be 1"). */
const LANGUAGE_VERSION = 1;

/**
 * Does this token's subject (or claims, for a flexible credential) satisfy this credential?
 * A credential with both or neither of `subject` and `claimsMatchingExpression` (Graph forbids both),
 * with an unparseable expression or unknown language version, or a GitHub expression Entra does not
 * accept (no `sub` clause, or no `eq` binding of repository_id/repository_owner_id), never matches.
 */
export function matchSubject(token: PresentedToken, credential: FederatedCredential): SubjectVerdict {
  if (credential.subject !== null && credential.claimsMatchingExpression === null) {
    if (token.sub === credential.subject) return 'match';
    return equalsIgnoringCase(token.sub, credential.subject) ? 'case-only' : 'no-match';
  }
  const expression = flexibleExpression(credential);
  if (expression === null) return 'no-match';
  const claims = stringClaims(token);
  if (evaluateExpression(expression, claims)) return 'match';
  const known = knownPart(expression, claims);
  if (known !== expression && evaluateExpression(known, claims)) return 'undecided';
  return evaluateExpression(expression, claims, { ignoreCase: true }) ? 'case-only' : 'no-match';
}

/** The repository-id claims an expression compares that the token does not carry. */
export function missingIdClaims(expression: Expression, token: PresentedToken): string[] {
  return expression.clauses
    .filter((c) => BINDING_CLAIMS.includes(c.claim) && typeof token[c.claim] !== 'string')
    .map((c) => c.claim);
}

/** The expression without its clauses on repository ids the token does not carry (itself when none). */
function knownPart(expression: Expression, claims: Readonly<Record<string, string | undefined>>): Expression {
  const clauses = expression.clauses.filter((c) => !BINDING_CLAIMS.includes(c.claim) || claims[c.claim] !== undefined);
  return clauses.length === expression.clauses.length ? expression : { clauses };
}

/**
 * What Entra decides for a presented token against an app's credentials: first filter by exact issuer
 * (none → 700211), then by audience (the token's aud must equal the credential's audience exactly;
 * none → 700212), then by subject (exact → match; only ignoring case → 7002138; else 700213).
 * `undecided` (a predicted token without the ids a flexible credential compares) outranks the failures:
 * that credential may yet match.
 */
export function decide(token: PresentedToken, credentials: readonly FederatedCredential[]): EntraDecision {
  const byIssuer = credentials.filter((c) => c.issuer === token.iss);
  if (byIssuer.length === 0) return { outcome: 'no-issuer', code: 700211 };
  // A JWT `aud` may be an array (RFC 7519 §4.1.3); the token is for us if any entry is ours.
  const audiences = typeof token.aud === 'string' ? [token.aud] : token.aud;
  const byAudience = byIssuer.filter((c) => c.audiences.some((a) => audiences.includes(a)));
  if (byAudience.length === 0) return { outcome: 'no-audience', code: 700212 };
  let caseOnly: FederatedCredential | undefined;
  let undecided: FederatedCredential | undefined;
  for (const credential of byAudience) {
    const verdict = matchSubject(token, credential);
    if (verdict === 'match') return { outcome: 'match', credential };
    if (verdict === 'case-only') caseOnly ??= credential;
    if (verdict === 'undecided') undecided ??= credential;
  }
  if (undecided !== undefined) {
    const expression = flexibleExpression(undecided);
    return {
      outcome: 'undecided',
      credential: undecided,
      missing: expression ? missingIdClaims(expression, token) : [],
    };
  }
  if (caseOnly !== undefined) {
    return {
      outcome: 'subject-case',
      code: 7002138,
      credential: caseOnly,
      differences: differencesFor(token, caseOnly),
    };
  }
  return { outcome: 'no-subject', code: 700213 };
}

/** Runs of characters, over the common length, that differ only by case. */
export function caseDifferences(presented: string, configured: string): CaseDifference[] {
  const differences: CaseDifference[] = [];
  const length = Math.min(presented.length, configured.length);
  let run: CaseDifference | undefined;
  for (let i = 0; i < length; i++) {
    const p = presented.charAt(i);
    const c = configured.charAt(i);
    if (p !== c && charsEqualIgnoringCase(p, c)) {
      if (run !== undefined && run.index + run.presented.length === i) {
        run.presented += p;
        run.configured += c;
      } else {
        run = { index: i, presented: p, configured: c };
        differences.push(run);
      }
    }
  }
  return differences;
}

/** For a flexible credential only `eq` on `sub` has a literal to compare with; a glob has none. */
function differencesFor(token: PresentedToken, credential: FederatedCredential): CaseDifference[] {
  if (credential.subject !== null) return caseDifferences(token.sub, credential.subject);
  const subClause = flexibleExpression(credential)?.clauses.find((c) => c.claim === 'sub' && c.operator === 'eq');
  return subClause === undefined ? [] : caseDifferences(token.sub, subClause.value);
}

/**
 * Why Entra takes no flexible expression from this issuer, or null when it does: GitHub only as
 * https://token.actions.githubusercontent.com (not enterprise-slug issuers or GHES), GitLab and Terraform
 * Cloud with `sub` alone (Entra's flexible FIC page, issuer tabs).
 */
export function flexibleIssuerProblem(issuer: string, expression: Expression): string | null {
  if (issuer === GITHUB_ACTIONS_ISSUER) return null;
  const gitlab = /^https:\/\/gitlab(\.[^./]+)?\.(com|ca)$/.test(issuer) && issuer !== 'https://gitlab.ca';
  const terraform = issuer === 'https://app.terraform.io' || issuer === 'https://app.eu.terraform.io';
  if (gitlab || terraform) {
    return expression.clauses.every((c) => c.claim === 'sub')
      ? null
      : `Entra supports only claims['sub'] for ${issuer}`;
  }
  return `Entra supports flexible expressions only for the issuers it lists (for GitHub, ${GITHUB_ACTIONS_ISSUER}), not ${issuer}`;
}

/** The credential's expression when Entra can use it: parsed, version 1, a supported issuer, and for GitHub bound to a repository id. */
function flexibleExpression(credential: FederatedCredential): Expression | null {
  const cme = credential.claimsMatchingExpression;
  if (credential.subject !== null || cme === null || cme.languageVersion !== LANGUAGE_VERSION) return null;
  const parsed = parseExpression(cme.value);
  if (!parsed.ok) return null;
  if (flexibleIssuerProblem(credential.issuer, parsed.value) !== null) return null;
  if (credential.issuer === GITHUB_ACTIONS_ISSUER && githubBindingProblem(parsed.value) !== null) return null;
  return parsed.value;
}

function stringClaims(token: PresentedToken): Record<string, string | undefined> {
  const claims: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(token)) {
    if (typeof value === 'string') claims[name] = value;
  }
  return claims;
}
