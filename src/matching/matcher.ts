// The one matcher: what Entra decides when a token is presented against an app's federated
// credentials (facts A4, B3, B4). Used by the Entra emulator, the policy rules and the workflow checks.
import type { FederatedCredential } from '../inventory/model.js';
import { charsEqualIgnoringCase, equalsIgnoringCase } from './case.js';
import { evaluateExpression, parseExpression, type Expression } from './expression.js';

export interface PresentedToken {
  iss: string;
  sub: string;
  aud: string | string[];
  job_workflow_ref?: string;
  [claim: string]: unknown;
}

/** A run of characters that differ only by case, at `index` in the presented value. */
export interface CaseDifference {
  index: number;
  presented: string;
  configured: string;
}

export type SubjectVerdict = 'match' | 'case-only' | 'no-match';

export type EntraDecision =
  | { outcome: 'match'; credential: FederatedCredential }
  | { outcome: 'no-issuer'; code: 700211 }
  | { outcome: 'no-audience'; code: 700212 }
  | { outcome: 'subject-case'; code: 7002138; credential: FederatedCredential; differences: CaseDifference[] }
  | { outcome: 'no-subject'; code: 700213 };

/** The only expression language version Graph documents ("should always be 1"). */
const LANGUAGE_VERSION = 1;

/**
 * Does this token's subject (or claims, for a flexible credential) satisfy this credential?
 * A credential with both or neither of `subject` and `claimsMatchingExpression` (Graph forbids both),
 * or with an unparseable expression or unknown language version, never matches.
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
  return evaluateExpression(expression, claims, { ignoreCase: true }) ? 'case-only' : 'no-match';
}

/**
 * What Entra decides for a presented token against an app's credentials: first filter by exact issuer
 * (none → 700211), then by audience (the token's aud must equal the credential's audience exactly;
 * none → 700212), then by subject (exact → match; only ignoring case → 7002138; else 700213).
 */
export function decide(token: PresentedToken, credentials: readonly FederatedCredential[]): EntraDecision {
  const byIssuer = credentials.filter((c) => c.issuer === token.iss);
  if (byIssuer.length === 0) return { outcome: 'no-issuer', code: 700211 };
  // A JWT `aud` may be an array (RFC 7519 §4.1.3); the token is for us if any entry is ours.
  const audiences = typeof token.aud === 'string' ? [token.aud] : token.aud;
  const byAudience = byIssuer.filter((c) => c.audiences.some((a) => audiences.includes(a)));
  if (byAudience.length === 0) return { outcome: 'no-audience', code: 700212 };
  let caseOnly: FederatedCredential | undefined;
  for (const credential of byAudience) {
    const verdict = matchSubject(token, credential);
    if (verdict === 'match') return { outcome: 'match', credential };
    if (verdict === 'case-only') caseOnly ??= credential;
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

function flexibleExpression(credential: FederatedCredential): Expression | null {
  const cme = credential.claimsMatchingExpression;
  if (credential.subject !== null || cme === null || cme.languageVersion !== LANGUAGE_VERSION) return null;
  const parsed = parseExpression(cme.value);
  return parsed.ok ? parsed.value : null;
}

function stringClaims(token: PresentedToken): Record<string, string | undefined> {
  const claims: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(token)) {
    if (typeof value === 'string') claims[name] = value;
  }
  return claims;
}
