// The claims-matching expression of a flexible federated identity credential, e.g.
//   claims['sub'] matches 'repo:contoso/app:ref:refs/heads/*' and claims['repository_id'] eq '456789'
// (Entra's flexible FIC page, MicrosoftDocs/entra-docs
// docs/workload-id/workload-identities-flexible-federated-identity-credentials.md, GitHub tab; facts in
// emulator/facts/federation.md#flexible-expressions). Parsed first, then evaluated, so a malformed
// expression is reported rather than silently never matching; a well-formed expression Entra no longer
// accepts for GitHub (no repository_id/repository_owner_id binding) is told apart by `githubBindingProblem`.
import { equalsIgnoringCase } from './case.js';
import { globMatch } from './glob.js';

export { globToRegExp, globMatch } from './glob.js';

export type ExpressionClaim = 'sub' | 'job_workflow_ref' | 'repository_id' | 'repository_owner_id';
export interface Clause {
  claim: ExpressionClaim;
  operator: 'eq' | 'matches';
  value: string;
}
/** Clauses joined by `and`. */
export interface Expression {
  clauses: Clause[];
}

export type ExpressionParseResult = { ok: true; value: Expression } | { ok: false; error: string; position: number };

/** Claims the GitHub issuer supports in an expression, with their operators (Entra's flexible FIC doc, GitHub tab). */
const CLAIM_OPERATORS: ReadonlyMap<ExpressionClaim, readonly Clause['operator'][]> = new Map<
  ExpressionClaim,
  readonly Clause['operator'][]
>([
  ['sub', ['eq', 'matches']],
  ['job_workflow_ref', ['eq', 'matches']],
  ['repository_id', ['eq']],
  ['repository_owner_id', ['eq']],
]);
const CLAIMS: readonly ExpressionClaim[] = [...CLAIM_OPERATORS.keys()];
const OPERATORS: readonly Clause['operator'][] = ['eq', 'matches'];
/** The immutable claims a GitHub expression must bind with `eq`, one or both. */
export const BINDING_CLAIMS: readonly ExpressionClaim[] = ['repository_id', 'repository_owner_id'];
const QUOTE = "'";
const TYPOGRAPHIC_QUOTES = /[\u2018\u2019\u201c\u201d]/;

class ExpressionSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
  }
}

export function parseExpression(text: string): ExpressionParseResult {
  try {
    return { ok: true, value: new Parser(text).parse() };
  } catch (error) {
    if (error instanceof ExpressionSyntaxError) return { ok: false, error: error.message, position: error.position };
    throw error;
  }
}

class Parser {
  private pos = 0;

  constructor(private readonly text: string) {}

  parse(): Expression {
    if (this.text.trim() === '') {
      this.fail("the expression is empty: expected claims['sub'] eq '<value>' or claims['sub'] matches '<pattern>'");
    }
    const clauses: Clause[] = [];
    for (;;) {
      const start = this.pos;
      const clause = this.clause();
      if (clauses.some((c) => c.claim === clause.claim)) {
        this.fail(`claim '${clause.claim}' is tested twice; 'and' combines clauses on different claims`, start);
      }
      clauses.push(clause);
      if (this.pos === this.text.length) return { clauses };
      if (this.text.startsWith(' and ', this.pos)) {
        this.pos += ' and '.length;
        continue;
      }
      this.failAfterClause();
    }
  }

  private failAfterClause(): never {
    const rest = this.text.slice(this.pos);
    const word = /^\s*(\S+)/.exec(rest)?.[1] ?? '';
    const wordAt = this.pos + rest.indexOf(word);
    if (word === 'or' || word === '||') {
      this.fail("'or' is not supported: only 'and' combines clauses (use one credential per alternative)", wordAt);
    }
    if (word === 'and') this.fail("expected exactly one space before and after 'and'", this.pos);
    if (word === 'AND' || word === '&&')
      this.fail(`'${word}' is not an operator: clauses are joined with lowercase 'and'`, wordAt);
    this.fail(
      `unexpected text after the clause: expected ' and ' or the end of the expression, found '${excerpt(rest)}'`,
    );
  }

  private clause(): Clause {
    if (/^not\b/i.test(this.rest()) || this.rest().startsWith('!')) {
      this.fail("'not' is not supported: an expression can only require claims, not exclude them");
    }
    if (/^\s/.test(this.rest())) this.fail("unexpected whitespace: expected claims['<claim>']");
    this.expectLiteral('claims[', "expected claims['<claim>']");
    this.expectQuote('the claim name');
    const nameStart = this.pos;
    const nameEnd = this.text.indexOf(QUOTE, nameStart);
    if (nameEnd === -1) this.fail("unterminated claim name: expected ' and ] after it", nameStart);
    const name = this.text.slice(nameStart, nameEnd);
    const claim = CLAIMS.find((c) => c === name);
    if (claim === undefined) {
      this.fail(
        `unknown claim '${name}': the GitHub issuer supports only 'sub', 'job_workflow_ref', 'repository_id' and 'repository_owner_id'`,
        nameStart,
      );
    }
    this.pos = nameEnd + 1;
    this.expectLiteral(']', `expected ] to close claims['${name}'`);
    this.expectSingleSpace(`after claims['${name}']`);
    const operatorStart = this.pos;
    const operatorText = /^[^\s']*/.exec(this.rest())?.[0] ?? '';
    const operator = OPERATORS.find((o) => o === operatorText);
    if (operator === undefined) {
      this.fail(`unknown operator '${operatorText}': expected 'eq' or 'matches'`, operatorStart);
    }
    if (!(CLAIM_OPERATORS.get(claim) ?? []).includes(operator)) {
      this.fail(`claims['${claim}'] supports only 'eq' (an exact id), not '${operator}'`, operatorStart);
    }
    this.pos += operatorText.length;
    this.expectSingleSpace(`after '${operator}'`);
    return { claim, operator, value: this.comparand() };
  }

  /** A single-quoted string in which '' stands for one ' (the Entra doc: "single quotes act as escape characters"). */
  private comparand(): string {
    const open = this.pos;
    this.expectQuote('the comparand');
    let value = '';
    let from = this.pos;
    for (;;) {
      const quote = this.text.indexOf(QUOTE, from);
      if (quote === -1)
        this.fail("unterminated comparand: expected a closing ' (write '' for a quote inside it)", open);
      value += this.text.slice(from, quote);
      if (this.text.charAt(quote + 1) === QUOTE) {
        value += QUOTE;
        from = quote + 2;
        continue;
      }
      this.pos = quote + 1;
      return value;
    }
  }

  private expectQuote(what: string): void {
    const ch = this.text.charAt(this.pos);
    if (ch === QUOTE) {
      this.pos++;
      return;
    }
    if (TYPOGRAPHIC_QUOTES.test(ch))
      this.fail(`${what} uses a typographic quote '${ch}': use a straight single quote '`);
    if (ch === '"') this.fail(`${what} must be in single quotes, not double quotes`);
    this.fail(`expected ' to open ${what}, found '${excerpt(this.rest())}'`);
  }

  private expectLiteral(literal: string, message: string): void {
    if (!this.text.startsWith(literal, this.pos)) this.fail(`${message}, found '${excerpt(this.rest())}'`);
    this.pos += literal.length;
  }

  private expectSingleSpace(where: string): void {
    if (this.text.charAt(this.pos) !== ' ') {
      this.fail(`expected a single space ${where}, found '${excerpt(this.rest())}'`);
    }
    if (/^\s/.test(this.text.charAt(this.pos + 1))) this.fail(`expected a single space ${where}, found several`);
    this.pos++;
  }

  private rest(): string {
    return this.text.slice(this.pos);
  }

  private fail(message: string, position = this.pos): never {
    throw new ExpressionSyntaxError(`${message} (at position ${position})`, position);
  }
}

function excerpt(text: string): string {
  if (text === '') return 'the end of the expression';
  return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}

/** Canonical form; parse(print(e)) deep-equals e for any expression parse can return. */
export function printExpression(e: Expression): string {
  return e.clauses
    .map((c) => `claims['${c.claim}'] ${c.operator} '${c.value.replaceAll(QUOTE, QUOTE + QUOTE)}'`)
    .join(' and ');
}

/** True when every clause holds. An expression with no clauses never matches, and neither does a missing claim. */
export function evaluateExpression(
  e: Expression,
  claims: Readonly<Record<string, string | undefined>>,
  options: { ignoreCase?: boolean } = {},
): boolean {
  const ignoreCase = options.ignoreCase === true;
  if (e.clauses.length === 0) return false;
  return e.clauses.every((clause) => {
    const actual = claims[clause.claim];
    if (typeof actual !== 'string') return false;
    if (clause.operator === 'matches') return globMatch(clause.value, actual, ignoreCase);
    return ignoreCase ? equalsIgnoringCase(actual, clause.value) : actual === clause.value;
  });
}

/**
 * Why Entra does not accept this expression for the GitHub issuer, or null when it does: Entra requires
 * a GitHub expression to match `sub` and to bind `repository_id` and/or `repository_owner_id` with `eq`
 * (Entra's flexible FIC pages, 2026; emulator/facts/federation.md#flexible-expressions).
 */
export function githubBindingProblem(e: Expression): string | null {
  const missing: string[] = [];
  if (!e.clauses.some((c) => c.claim === 'sub')) missing.push("does not match claims['sub']");
  if (!e.clauses.some((c) => BINDING_CLAIMS.includes(c.claim) && c.operator === 'eq')) {
    missing.push("binds neither claims['repository_id'] nor claims['repository_owner_id'] with eq");
  }
  if (missing.length === 0) return null;
  return `${missing.join(' and ')}, but Entra requires every GitHub expression to match claims['sub'] and to bind repository_id and/or repository_owner_id with eq, whatever the subject format`;
}

/** The ids a compliant rewrite binds; a placeholder stands for an id that is not known. */
export interface RepositoryIds {
  repositoryId?: string;
  repositoryOwnerId?: string;
}

export const REPOSITORY_ID_PLACEHOLDER = '<repository-id>';

/**
 * The expression with what Entra requires added: a `repository_id` binding (the id when known, else a
 * placeholder to fill in from the token or `gh api repos/OWNER/REPO --jq .id`), and a `sub` clause when
 * `subject` (the subject the expression was meant for) is given and the expression has none.
 */
export function compliantRewrite(e: Expression, ids: RepositoryIds, subject?: string): Expression {
  const clauses = [...e.clauses];
  if (!clauses.some((c) => c.claim === 'sub') && subject !== undefined) {
    clauses.unshift({ claim: 'sub', operator: 'eq', value: subject });
  }
  if (!clauses.some((c) => BINDING_CLAIMS.includes(c.claim) && c.operator === 'eq')) {
    const binding: Clause =
      ids.repositoryId !== undefined
        ? { claim: 'repository_id', operator: 'eq', value: ids.repositoryId }
        : ids.repositoryOwnerId !== undefined
          ? { claim: 'repository_owner_id', operator: 'eq', value: ids.repositoryOwnerId }
          : { claim: 'repository_id', operator: 'eq', value: REPOSITORY_ID_PLACEHOLDER };
    const afterSub = clauses.findIndex((c) => c.claim === 'sub') + 1;
    clauses.splice(afterSub, 0, binding);
  }
  return { clauses };
}

/** One compliant expression for a `sub` clause, bound to the repository: the form every remediation proposes. */
export function compliantExpression(sub: Omit<Clause, 'claim'>, ids: RepositoryIds): string {
  return printExpression(compliantRewrite({ clauses: [{ claim: 'sub', ...sub }] }, ids));
}
