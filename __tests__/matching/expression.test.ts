import { describe, expect, it } from '@jest/globals';
import {
  evaluateExpression,
  globToRegExp,
  parseExpression,
  printExpression,
  type Expression,
  compliantExpression,
  compliantRewrite,
  githubBindingProblem,
} from '../../src/matching/expression.js';

const MAIN = 'repo:contoso/contoso-repo:ref:refs/heads/main';

describe('parseExpression: accepted expressions', () => {
  it.each<{ text: string; expected: Expression }>([
    {
      // Entra's flexible FIC doc, first example.
      text: "claims['sub'] matches 'repo:contoso/contoso-repo:ref:refs/heads/*'",
      expected: {
        clauses: [{ claim: 'sub', operator: 'matches', value: 'repo:contoso/contoso-repo:ref:refs/heads/*' }],
      },
    },
    {
      text: `claims['sub'] eq '${MAIN}'`,
      expected: { clauses: [{ claim: 'sub', operator: 'eq', value: MAIN }] },
    },
    {
      text: `claims['sub'] eq '${MAIN}' and claims['job_workflow_ref'] matches 'foo-org/bar-repo/.github/workflows/*@refs/heads/main'`,
      expected: {
        clauses: [
          { claim: 'sub', operator: 'eq', value: MAIN },
          {
            claim: 'job_workflow_ref',
            operator: 'matches',
            value: 'foo-org/bar-repo/.github/workflows/*@refs/heads/main',
          },
        ],
      },
    },
    {
      // The doc: "single quotes are interpreted as escape characters" — '' stands for one '.
      text: "claims['sub'] eq 'repo:o/r:environment:it''s prod'",
      expected: { clauses: [{ claim: 'sub', operator: 'eq', value: "repo:o/r:environment:it's prod" }] },
    },
    {
      text: "claims['sub'] eq ''''",
      expected: { clauses: [{ claim: 'sub', operator: 'eq', value: "'" }] },
    },
    {
      text: "claims['sub'] eq ''",
      expected: { clauses: [{ claim: 'sub', operator: 'eq', value: '' }] },
    },
    {
      text: "claims['sub'] eq 'a and claims[''sub''] eq b'",
      expected: { clauses: [{ claim: 'sub', operator: 'eq', value: "a and claims['sub'] eq b" }] },
    },
  ])('$text', ({ text, expected }) => {
    expect(parseExpression(text)).toEqual({ ok: true, value: expected });
    expect(printExpression(expected)).toBe(text);
  });
});

describe('parseExpression: rejected expressions say what was expected and where', () => {
  it.each([
    {
      name: 'empty',
      text: '',
      error:
        "the expression is empty: expected claims['sub'] eq '<value>' or claims['sub'] matches '<pattern>' (at position 0)",
      position: 0,
    },
    {
      name: 'blank',
      text: '   ',
      error:
        "the expression is empty: expected claims['sub'] eq '<value>' or claims['sub'] matches '<pattern>' (at position 0)",
      position: 0,
    },
    {
      name: 'unknown claim',
      text: "claims['aud'] eq 'api://AzureADTokenExchange'",
      error:
        "unknown claim 'aud': the GitHub issuer supports only 'sub', 'job_workflow_ref', 'repository_id' and 'repository_owner_id' (at position 8)",
      position: 8,
    },
    {
      name: 'claim in the wrong case',
      text: "claims['Sub'] eq 'x'",
      error:
        "unknown claim 'Sub': the GitHub issuer supports only 'sub', 'job_workflow_ref', 'repository_id' and 'repository_owner_id' (at position 8)",
      position: 8,
    },
    {
      name: 'unknown operator',
      text: "claims['sub'] == 'x'",
      error: "unknown operator '==': expected 'eq' or 'matches' (at position 14)",
      position: 14,
    },
    {
      name: 'operator in upper case',
      text: "claims['sub'] EQ 'x'",
      error: "unknown operator 'EQ': expected 'eq' or 'matches' (at position 14)",
      position: 14,
    },
    {
      name: 'or',
      text: "claims['sub'] eq 'a' or claims['job_workflow_ref'] eq 'b'",
      error: "'or' is not supported: only 'and' combines clauses (use one credential per alternative) (at position 21)",
      position: 21,
    },
    {
      name: 'not',
      text: "not claims['sub'] eq 'a'",
      error: "'not' is not supported: an expression can only require claims, not exclude them (at position 0)",
      position: 0,
    },
    {
      name: 'the same claim twice',
      text: "claims['sub'] matches 'repo:o/*' and claims['sub'] matches '*:ref:refs/heads/main'",
      error: "claim 'sub' is tested twice; 'and' combines clauses on different claims (at position 37)",
      position: 37,
    },
    {
      name: 'unterminated comparand',
      text: "claims['sub'] eq 'repo:o/r:pull_request",
      error: "unterminated comparand: expected a closing ' (write '' for a quote inside it) (at position 17)",
      position: 17,
    },
    {
      name: 'comparand ending in an escaped quote',
      text: "claims['sub'] eq 'abc''",
      error: "unterminated comparand: expected a closing ' (write '' for a quote inside it) (at position 17)",
      position: 17,
    },
    {
      name: 'missing quotes',
      text: "claims['sub'] eq repo:o/r:pull_request",
      error: "expected ' to open the comparand, found 'repo:o/r:pull_request' (at position 17)",
      position: 17,
    },
    {
      name: 'double quotes',
      text: 'claims["sub"] eq "x"',
      error: 'the claim name must be in single quotes, not double quotes (at position 7)',
      position: 7,
    },
    {
      name: 'typographic quotes copied from the doc',
      text: 'claims[‘sub’] eq ‘x’',
      error: "the claim name uses a typographic quote '‘': use a straight single quote ' (at position 7)",
      position: 7,
    },
    {
      name: 'trailing garbage (the doc example ends with a period)',
      text: "claims['sub'] matches 'repo:contoso/contoso-repo:ref:refs/heads/*'.",
      error:
        "unexpected text after the clause: expected ' and ' or the end of the expression, found '.' (at position 66)",
      position: 66,
    },
    {
      name: 'two spaces around the operator',
      text: "claims['sub']  eq 'x'",
      error: "expected a single space after claims['sub'], found several (at position 13)",
      position: 13,
    },
    {
      name: 'no space before the comparand',
      text: "claims['sub'] eq'x'",
      error: "expected a single space after 'eq', found ''x'' (at position 16)",
      position: 16,
    },
    {
      name: 'two spaces around and',
      text: "claims['sub'] eq 'a'  and claims['job_workflow_ref'] eq 'b'",
      error: "expected exactly one space before and after 'and' (at position 20)",
      position: 20,
    },
    {
      name: 'AND in capitals',
      text: "claims['sub'] eq 'a' AND claims['job_workflow_ref'] eq 'b'",
      error: "'AND' is not an operator: clauses are joined with lowercase 'and' (at position 21)",
      position: 21,
    },
    {
      name: 'dangling and',
      text: "claims['sub'] eq 'a' and ",
      error: "expected claims['<claim>'], found 'the end of the expression' (at position 25)",
      position: 25,
    },
    {
      name: 'claim lookup without claims[',
      text: "sub eq 'a'",
      error: "expected claims['<claim>'], found 'sub eq 'a'' (at position 0)",
      position: 0,
    },
    {
      name: 'leading whitespace',
      text: " claims['sub'] eq 'a'",
      error: "unexpected whitespace: expected claims['<claim>'] (at position 0)",
      position: 0,
    },
  ])('$name', ({ text, error, position }) => {
    expect(parseExpression(text)).toEqual({ ok: false, error, position });
  });
});

describe('printExpression', () => {
  it('doubles quotes inside comparands and joins clauses with and', () => {
    expect(
      printExpression({
        clauses: [
          { claim: 'job_workflow_ref', operator: 'matches', value: "o/r/.github/workflows/*@refs/heads/it's" },
          { claim: 'sub', operator: 'eq', value: 'repo:o/r:pull_request' },
        ],
      }),
    ).toBe(
      "claims['job_workflow_ref'] matches 'o/r/.github/workflows/*@refs/heads/it''s' and claims['sub'] eq 'repo:o/r:pull_request'",
    );
  });
});

describe('evaluateExpression', () => {
  const expr = (text: string): Expression => {
    const parsed = parseExpression(text);
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.value;
  };
  const claims = { sub: MAIN, job_workflow_ref: 'contoso/shared/.github/workflows/deploy.yml@refs/heads/main' };

  it.each([
    { text: `claims['sub'] eq '${MAIN}'`, ignoreCase: false, expected: true },
    { text: `claims['sub'] eq '${MAIN.toUpperCase()}'`, ignoreCase: false, expected: false },
    { text: `claims['sub'] eq '${MAIN.toUpperCase()}'`, ignoreCase: true, expected: true },
    { text: "claims['sub'] matches 'repo:contoso/*'", ignoreCase: false, expected: true },
    { text: "claims['sub'] matches 'repo:contoso/*:ref:refs/heads/mai?'", ignoreCase: false, expected: true },
    { text: "claims['sub'] matches 'repo:contoso/*:ref:refs/heads/ma?'", ignoreCase: false, expected: false },
    { text: "claims['sub'] matches 'REPO:CONTOSO/*'", ignoreCase: false, expected: false },
    { text: "claims['sub'] matches 'REPO:CONTOSO/*'", ignoreCase: true, expected: true },
    { text: "claims['sub'] matches 'contoso'", ignoreCase: false, expected: false },
    { text: "claims['sub'] matches '*contoso*'", ignoreCase: false, expected: true },
    {
      text: "claims['sub'] matches 'repo:contoso/*' and claims['job_workflow_ref'] matches 'contoso/shared/.github/workflows/*@refs/heads/main'",
      ignoreCase: false,
      expected: true,
    },
    {
      text: "claims['sub'] matches 'repo:contoso/*' and claims['job_workflow_ref'] eq 'contoso/shared/.github/workflows/deploy.yml@refs/heads/dev'",
      ignoreCase: false,
      expected: false,
    },
  ])('$text (ignoreCase $ignoreCase) → $expected', ({ text, ignoreCase, expected }) => {
    expect(evaluateExpression(expr(text), claims, { ignoreCase })).toBe(expected);
  });

  it('fails a clause whose claim is absent', () => {
    expect(evaluateExpression(expr("claims['job_workflow_ref'] matches '*'"), { sub: MAIN })).toBe(false);
  });

  it('never matches an expression without clauses', () => {
    expect(evaluateExpression({ clauses: [] }, claims)).toBe(false);
  });
});

describe('globToRegExp', () => {
  it.each([
    { pattern: 'repo:o/r:ref:refs/heads/main', text: 'repo:o/r:ref:refs/heads/main', expected: true },
    // Partial-match bypass: an unanchored pattern would accept these.
    { pattern: 'repo:o/r:ref:refs/heads/main', text: 'repo:o/r:ref:refs/heads/main-evil', expected: false },
    { pattern: 'repo:o/r:ref:refs/heads/main', text: 'xrepo:o/r:ref:refs/heads/main', expected: false },
    { pattern: 'repo:o/r:*', text: 'repo:o/r-evil:ref:refs/heads/main', expected: false },
    { pattern: 'repo:o/r:*', text: 'repo:o/r:ref:refs/heads/a/b', expected: true },
    { pattern: '*', text: '', expected: true },
    { pattern: '?', text: '', expected: false },
    { pattern: 'v?.?', text: 'v1.2', expected: true },
    // Regex syntax in a pattern is literal.
    { pattern: 'a.b', text: 'axb', expected: false },
    { pattern: 'a+(b)|[c]{1}^$\\', text: 'a+(b)|[c]{1}^$\\', expected: true },
  ])('$pattern ~ $text → $expected', ({ pattern, text, expected }) => {
    expect(globToRegExp(pattern).test(text)).toBe(expected);
  });

  it('lets * and ? match line breaks', () => {
    expect(globToRegExp('a?b*').test('a\nb\nc\n')).toBe(true);
  });

  it('is anchored and case-sensitive unless asked', () => {
    expect(globToRegExp('a*b').source).toBe('^(?:a[\\s\\S]*b)$');
    expect(globToRegExp('ABC').test('abc')).toBe(false);
    expect(globToRegExp('ABC', true).test('abc')).toBe(true);
  });
});

describe('what Entra accepts for GitHub (repository_id / repository_owner_id)', () => {
  it.each([
    ["claims['sub'] eq 'repo:o/r:ref:refs/heads/main' and claims['repository_id'] eq '456789'", null],
    ["claims['sub'] matches 'repo:o/*' and claims['repository_owner_id'] eq '123456'", null],
    [
      "claims['sub'] matches 'repo:o/r:*' and claims['repository_id'] eq '1' and claims['repository_owner_id'] eq '2' and claims['job_workflow_ref'] matches 'o/w/.github/workflows/*@refs/heads/main'",
      null,
    ],
    [
      "claims['sub'] matches 'repo:o/r:*'",
      "binds neither claims['repository_id'] nor claims['repository_owner_id'] with eq, but Entra requires every GitHub expression to match claims['sub'] and to bind repository_id and/or repository_owner_id with eq, whatever the subject format",
    ],
    ["claims['repository_id'] eq '1'", "does not match claims['sub'], but Entra requires"],
    [
      "claims['job_workflow_ref'] matches 'o/*'",
      "does not match claims['sub'] and binds neither claims['repository_id'] nor claims['repository_owner_id'] with eq, but",
    ],
  ])('%s', (text, problem) => {
    const parsed = parseExpression(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    if (problem === null) expect(githubBindingProblem(parsed.value)).toBeNull();
    else expect(githubBindingProblem(parsed.value)).toContain(problem);
  });

  it.each(['repository_id', 'repository_owner_id'])('%s supports only eq', (claim) => {
    const before = `claims['sub'] eq 'x' and claims['${claim}'] `;
    expect(parseExpression(`${before}matches '1*'`)).toEqual({
      ok: false,
      error: `claims['${claim}'] supports only 'eq' (an exact id), not 'matches' (at position ${before.length})`,
      position: before.length,
    });
  });

  it('rewrites an expression as Entra accepts it, with the id when known and a placeholder otherwise', () => {
    const old = parseExpression(
      "claims['sub'] matches 'repo:o/r:ref:refs/heads/*' and claims['job_workflow_ref'] eq 'w'",
    );
    if (!old.ok) throw new Error(old.error);
    expect(printExpression(compliantRewrite(old.value, { repositoryId: '42' }))).toBe(
      "claims['sub'] matches 'repo:o/r:ref:refs/heads/*' and claims['repository_id'] eq '42' and claims['job_workflow_ref'] eq 'w'",
    );
    expect(printExpression(compliantRewrite(old.value, { repositoryOwnerId: '7' }))).toContain(
      "and claims['repository_owner_id'] eq '7'",
    );
    expect(printExpression(compliantRewrite(old.value, {}))).toContain(
      "and claims['repository_id'] eq '<repository-id>'",
    );
    const bound = parseExpression("claims['sub'] eq 'x' and claims['repository_owner_id'] eq '7'");
    if (!bound.ok) throw new Error(bound.error);
    expect(compliantRewrite(bound.value, { repositoryId: '42' })).toEqual(bound.value);
    expect(compliantExpression({ operator: 'eq', value: 'repo:o/r:environment:prod' }, { repositoryId: '42' })).toBe(
      "claims['sub'] eq 'repo:o/r:environment:prod' and claims['repository_id'] eq '42'",
    );
  });
});
