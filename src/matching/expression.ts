// The claims-matching expression of a flexible federated identity credential (facts A5), e.g.
//   claims['sub'] matches 'repo:contoso/app:ref:refs/heads/*' and claims['job_workflow_ref'] eq '…'
// Parsed first, then evaluated, so a malformed expression is reported rather than silently never matching.
import { equalsIgnoringCase } from './case.js';
import { globMatch } from './glob.js';

export { globToRegExp, globMatch } from './glob.js';

export type ExpressionClaim = 'sub' | 'job_workflow_ref';
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

/** Claims the GitHub issuer supports in an expression (Entra's flexible FIC doc, GitHub tab). */
const CLAIMS: readonly ExpressionClaim[] = ['sub', 'job_workflow_ref'];
const OPERATORS: readonly Clause['operator'][] = ['eq', 'matches'];
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
      this.fail(`unknown claim '${name}': the GitHub issuer supports only 'sub' and 'job_workflow_ref'`, nameStart);
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
