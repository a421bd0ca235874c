// Entra's decision for a federated sign-in: which of an app's federated identity credentials, if
// any, accepts a presented external token, and the AADSTS code when none does
// (emulator/facts/federation.md#entra-decision). Written from Entra's documentation, not from the
// product: this module is the oracle the product's matcher is checked against.

/** A federated identity credential as Graph stores it (beta shape: subject or expression). */
export interface StoredCredential {
  name: string;
  issuer: string;
  subject: string | null;
  audiences: readonly string[];
  claimsMatchingExpression?: { value: string; languageVersion: number } | null;
}

export type SignInDecision<C extends StoredCredential = StoredCredential> =
  { accepted: true; credential: C } | { accepted: false; code: 700211 | 700212 | 700213 | 7002138 };

export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';

/** Claims and operators a flexible expression may use, per issuer (Entra's flexible FIC page, by tab). */
function claimRulesFor(issuer: string): ReadonlyMap<string, readonly string[]> | null {
  if (issuer === GITHUB_ACTIONS_ISSUER) {
    return new Map([
      ['sub', ['eq', 'matches']],
      ['job_workflow_ref', ['eq', 'matches']],
      ['repository_id', ['eq']],
      ['repository_owner_id', ['eq']],
    ]);
  }
  const gitlab = /^https:\/\/gitlab(\.[^./]+)?\.(com|ca)$/.test(issuer) && issuer !== 'https://gitlab.ca';
  const terraform = issuer === 'https://app.terraform.io' || issuer === 'https://app.eu.terraform.io';
  if (gitlab || terraform) return new Map([['sub', ['eq', 'matches']]]);
  return null;
}

interface Condition {
  claim: string;
  operator: string;
  comparand: string;
}

/**
 * Reads `claims['<name>'] <operator> '<comparand>'` conditions joined by ` and `, each part
 * separated by a single space; inside a comparand a doubled quote stands for one quote.
 * Returns null when the text is not in the language.
 */
export function readConditions(text: string): Condition[] | null {
  const conditions: Condition[] = [];
  let at = 0;
  for (;;) {
    const head = /^claims\['([^']*)'\] ([a-z]+) '/.exec(text.slice(at));
    if (head === null) return null;
    at += head[0].length;
    let comparand = '';
    for (;;) {
      const close = text.indexOf("'", at);
      if (close === -1) return null;
      comparand += text.slice(at, close);
      if (text[close + 1] === "'") {
        comparand += "'";
        at = close + 2;
      } else {
        at = close + 1;
        break;
      }
    }
    conditions.push({ claim: head[1] ?? '', operator: head[2] ?? '', comparand });
    if (at === text.length) return conditions;
    if (!text.startsWith(' and ', at)) return null;
    at += ' and '.length;
  }
}

/**
 * Whether Entra accepts these conditions for the issuer: known claims with their operators, each
 * claim once ("and" combines expressions against multiple claims), and for GitHub a `sub`
 * condition plus an `eq` on repository_id or repository_owner_id.
 */
export function conditionsAllowed(issuer: string, conditions: readonly Condition[]): boolean {
  const rules = claimRulesFor(issuer);
  if (rules === null || conditions.length === 0) return false;
  const seen = new Set<string>();
  for (const c of conditions) {
    if (seen.has(c.claim)) return false;
    seen.add(c.claim);
    if (!(rules.get(c.claim) ?? []).includes(c.operator)) return false;
  }
  if (issuer === GITHUB_ACTIONS_ISSUER) {
    return seen.has('sub') && (seen.has('repository_id') || seen.has('repository_owner_id'));
  }
  return true;
}

function foldCase(text: string): string {
  // Character by character, so a comparison ignoring case never changes lengths.
  return Array.from(text, (ch) => {
    const lower = ch.toLowerCase();
    return lower.length === ch.length ? lower : ch;
  }).join('');
}

/** `*` any run of characters (none included), `?` exactly one, everything else itself. Dynamic programming: no backtracking. */
export function wildcardMatch(pattern: string, value: string): boolean {
  // reach[j]: the first i pattern characters can produce the first j value characters.
  let reach: boolean[] = Array.from({ length: value.length + 1 }, (_, j) => j === 0);
  for (const p of pattern) {
    const next: boolean[] = new Array<boolean>(value.length + 1).fill(false);
    if (p === '*') {
      let any = false;
      for (let j = 0; j <= value.length; j++) {
        any = any || reach[j] === true;
        next[j] = any;
      }
    } else {
      for (let j = 1; j <= value.length; j++) {
        next[j] = reach[j - 1] === true && (p === '?' || p === value[j - 1]);
      }
    }
    reach = next;
  }
  return reach[value.length] === true;
}

function conditionHolds(c: Condition, claims: Readonly<Record<string, unknown>>, ignoreCase: boolean): boolean {
  const raw = claims[c.claim];
  if (typeof raw !== 'string') return false;
  const value = ignoreCase ? foldCase(raw) : raw;
  const comparand = ignoreCase ? foldCase(c.comparand) : c.comparand;
  return c.operator === 'eq' ? value === comparand : wildcardMatch(comparand, value);
}

type SubjectVerdict = 'exact' | 'ignoring-case' | 'none';

function subjectVerdict(credential: StoredCredential, claims: Readonly<Record<string, unknown>>): SubjectVerdict {
  const expression = credential.claimsMatchingExpression ?? null;
  const sub = claims.sub;
  if (expression === null) {
    if (credential.subject === null || typeof sub !== 'string') return 'none';
    if (credential.subject === sub) return 'exact';
    return foldCase(credential.subject) === foldCase(sub) ? 'ignoring-case' : 'none';
  }
  // Subject and expression are mutually exclusive; only language version 1 exists.
  if (credential.subject !== null || expression.languageVersion !== 1) return 'none';
  const conditions = readConditions(expression.value);
  if (conditions === null || !conditionsAllowed(credential.issuer, conditions)) return 'none';
  if (conditions.every((c) => conditionHolds(c, claims, false))) return 'exact';
  return conditions.every((c) => conditionHolds(c, claims, true)) ? 'ignoring-case' : 'none';
}

/**
 * Entra's decision, in its order: credentials with the token's issuer (none: 700211), of those
 * the ones whose audience the token carries (none: 700212), of those one whose subject or
 * expression accepts the token (one accepting only when case is ignored: 7002138; none: 700213).
 */
export function decideSignIn<C extends StoredCredential>(
  claims: Readonly<Record<string, unknown>>,
  credentials: readonly C[],
): SignInDecision<C> {
  const issuer = claims.iss;
  const withIssuer = credentials.filter((c) => c.issuer === issuer);
  if (withIssuer.length === 0) return { accepted: false, code: 700211 };
  const aud = claims.aud;
  const presented =
    typeof aud === 'string' ? [aud] : Array.isArray(aud) ? aud.filter((a) => typeof a === 'string') : [];
  const withAudience = withIssuer.filter((c) => c.audiences.some((a) => presented.includes(a)));
  if (withAudience.length === 0) return { accepted: false, code: 700212 };
  let ignoringCase = false;
  for (const credential of withAudience) {
    const verdict = subjectVerdict(credential, claims);
    if (verdict === 'exact') return { accepted: true, credential };
    if (verdict === 'ignoring-case') ignoringCase = true;
  }
  return { accepted: false, code: ignoringCase ? 7002138 : 700213 };
}
