// Federated trust: which tokens each federated credential admits, and whether it should.
import type { AppInventory, FederatedCredential } from '../../inventory/model.js';
import { subjectDefects, type ParsedSubject } from '../../matching/index.js';
import type { EvaluationContext, RuleDefinition, RuleHit } from '../types.js';
import { ENTRA_FEDERATED_CREDENTIAL_LIMIT, TOKEN_EXCHANGE_AUDIENCE } from '../settings.js';
import type { Expression, RepositoryIds } from '../../matching/index.js';
import {
  admitsAnyBranch,
  admitsAnyEnvironment,
  admitsAnyTag,
  admitsManyRepositories,
  describeRepositories,
  hasWildcard,
  isAllWildcard,
  isDefaultShaped,
  pullRequestWitness,
  repositoryOf,
  showWitness,
  type ProbeScope,
} from './subject-scope.js';
import type { GlobPattern } from './glob-language.js';
import { pullRequestTargetHits } from './workflow.js';

/** Custom subject shapes matter when the repository uses a custom template or the pattern is not default-shaped. */
function probeScope(subPattern: string | null, context: EvaluationContext): ProbeScope {
  const format = context.repository?.subjectFormat;
  const customRepository = format?.kind === 'custom';
  const scope: ProbeScope = { custom: customRepository || subPattern === null || !isDefaultShaped(subPattern) };
  // A known template decides exactly which subjects the repository's runs present.
  if (customRepository && format.claimKeys !== undefined && format.claimKeys.length > 0)
    scope.claimKeys = format.claimKeys;
  return scope;
}
import {
  bindingOf,
  bindingProblem,
  clauseFor,
  compliantText,
  deleteFicCommand,
  expressionPatch,
  ficLabel,
  ficTarget,
  idsFor,
  isGitHubIssuer,
  patchCommand,
  showClause,
  subPatterns,
  trustOf,
  trustText,
} from './trust.js';
import {
  compliantExpression,
  flexibleIssuerProblem,
  parseSubject,
  REPOSITORY_ID_PLACEHOLDER,
} from '../../matching/index.js';
import { appLabel, quote } from './text.js';
import { trimEndChar } from '../../strings.js';
import type { IdentityResourceId } from '../../arm/resource-id.js';
import { identityListCommand, managedIdentityOf } from './managed-identity.js';
import { graphOf } from '../remediation.js';

type FicCheck = (
  app: AppInventory,
  fic: FederatedCredential,
  context: EvaluationContext,
) => Omit<RuleHit, 'target'> | null;

function eachCredential(
  app: AppInventory,
  context: EvaluationContext,
  check: FicCheck,
  githubOnly: boolean,
): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const fic of app.federatedCredentials) {
    if (githubOnly && !isGitHubIssuer(fic.issuer, context.settings)) continue;
    const hit = check(app, fic, context);
    if (hit) hits.push({ target: ficTarget(fic), ...hit });
  }
  return hits;
}

// ---------------------------------------------------------------------------------------------
// fic-untrusted-issuer

/** Why an issuer that is not allowed looks like one that is; null when it is simply different. */
export function issuerNearMiss(
  issuer: string,
  allowed: readonly string[],
): { allowed: string; explanation: string; slug: boolean } | null {
  for (const candidate of allowed) {
    const differences: string[] = [];
    let text = issuer;
    if (text.trim() !== text) {
      differences.push('leading or trailing whitespace');
      text = text.trim();
    }
    if (/^http:\/\//i.test(text) && /^https:\/\//i.test(candidate)) {
      differences.push('http:// instead of https://');
      text = `https://${text.slice('http://'.length)}`;
    }
    if (text.length > 1 && text.endsWith('/') && !candidate.endsWith('/')) {
      differences.push('a trailing slash');
      text = trimEndChar(text, '/');
    }
    if (text !== candidate && text.toLowerCase() === candidate.toLowerCase()) {
      differences.push('letter case (Entra compares issuers case-sensitively)');
      text = candidate;
    }
    if (text === candidate && differences.length > 0) {
      return {
        allowed: candidate,
        explanation: `differs from the allowed ${candidate} only by ${differences.join(' and ')}`,
        slug: false,
      };
    }
    const slug = text.startsWith(`${candidate}/`) ? text.slice(candidate.length + 1) : '';
    if (/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(slug)) {
      return {
        allowed: candidate,
        explanation: `is the enterprise-slug form of ${candidate} (enterprise "${slug}"), which GitHub only issues when the enterprise enables include_enterprise_slug`,
        slug: true,
      };
    }
  }
  return null;
}

export const ficUntrustedIssuer: RuleDefinition = {
  id: 'fic-untrusted-issuer',
  defaultSeverity: 'error',
  title: 'A federated credential trusts an issuer that is not in `allowed-issuers`.',
  rationale:
    'The issuer decides who may mint tokens the app accepts. An unexpected issuer is either a trust nobody reviewed or a typo (trailing slash, `http://`, wrong case, stray space) that silently never matches, because Entra compares issuers exactly.',
  example:
    'Federated credential "deploy" of app "deploy-api" trusts issuer "https://token.actions.githubusercontent.com/", which differs from the allowed https://token.actions.githubusercontent.com only by a trailing slash.',
  fix: 'Correct the issuer to the exact allowed value, delete the credential, or — for a trust you intend (an enterprise-slug issuer, GHES) — add the issuer to `settings.allowed-issuers`.',
  check(app, context) {
    const allowed = context.settings.allowedIssuers;
    return eachCredential(
      app,
      context,
      (_app, fic) => {
        if (allowed.includes(fic.issuer)) return null;
        const near = issuerNearMiss(fic.issuer, allowed);
        const label = ficLabel(app, fic);
        if (near && !near.slug) {
          return {
            message: `The ${label} trusts issuer ${quote(fic.issuer)}, which ${near.explanation}; Entra compares issuers exactly, so it never matches a token and its ${trustText(fic)} is dead.`,
            remediation: `Set the issuer to exactly ${near.allowed}: ${patchCommand(app, fic, JSON.stringify({ issuer: near.allowed }), graphOf(context))}.`,
          };
        }
        const what = near
          ? `, which ${near.explanation}`
          : `, which is not in allowed-issuers (${allowed.join(', ') || 'none'})`;
        return {
          message: `The ${label} trusts issuer ${quote(fic.issuer)}${what}; whoever controls that issuer can mint tokens for its ${trustText(fic)}.`,
          remediation: near
            ? `If your enterprise issues slug tokens, add ${JSON.stringify(fic.issuer.trim())} to settings.allowed-issuers in the policy file; otherwise set the issuer to ${near.allowed}: ${patchCommand(app, fic, JSON.stringify({ issuer: near.allowed }), graphOf(context))}.`
            : `Delete the credential if nobody relies on it (${deleteFicCommand(app, fic, graphOf(context))}), or add the issuer to settings.allowed-issuers in the policy file if the trust is intended.`,
        };
      },
      false,
    );
  },
};

// ---------------------------------------------------------------------------------------------
// fic-audience

function audienceProblem(audiences: readonly string[]): string | null {
  if (audiences.length === 1 && audiences[0] === TOKEN_EXCHANGE_AUDIENCE) return null;
  const expected = `instead of exactly ${TOKEN_EXCHANGE_AUDIENCE}`;
  if (audiences.length === 0) return `no audience ${expected}`;
  if (audiences.length > 1)
    return `${audiences.length} audiences (${audiences.map(quote).join(', ')}) ${expected}; Entra requires exactly one`;
  const only = audiences[0] as string;
  if (trimEndChar(only.trim(), '/').toLowerCase() === TOKEN_EXCHANGE_AUDIENCE.toLowerCase()) {
    return `audience ${quote(only)} ${expected}; Entra compares audiences exactly and case-sensitively, so tokens requested for ${TOKEN_EXCHANGE_AUDIENCE} never match this look-alike`;
  }
  return `the custom audience ${quote(only)} ${expected}; only workflows that request that audience explicitly can sign in, and tokens minted for another service with the same audience would be accepted too`;
}

export const ficAudience: RuleDefinition = {
  id: 'fic-audience',
  defaultSeverity: 'warning',
  title: 'A federated credential\'s audiences are not exactly `["api://AzureADTokenExchange"]`.',
  rationale:
    '`api://AzureADTokenExchange` is the audience azure/login and the Azure SDKs request. Any other value only works if every workflow requests it explicitly, a look-alike (case, trailing slash) never matches, and a custom audience shared with another relying party lets tokens meant for it be replayed here.',
  example:
    'Federated credential "deploy" of app "deploy-api" accepts audience "api://azureadtokenexchange" instead of exactly api://AzureADTokenExchange.',
  fix: 'Set the audiences to exactly `["api://AzureADTokenExchange"]` (Graph PATCH on the credential) and drop any custom `audience:` input from the workflows.',
  check(app, context) {
    return eachCredential(
      app,
      context,
      (_app, fic) => {
        const problem = audienceProblem(fic.audiences);
        if (problem === null) return null;
        return {
          message: `The ${ficLabel(app, fic)} (${trustText(fic)}) accepts ${problem}.`,
          remediation: `Set the audiences to exactly ${TOKEN_EXCHANGE_AUDIENCE}: ${patchCommand(app, fic, JSON.stringify({ audiences: [TOKEN_EXCHANGE_AUDIENCE] }), graphOf(context))}.`,
        };
      },
      false,
    );
  },
};

// ---------------------------------------------------------------------------------------------
// fic-pull-request

/** Events whose runs are pull request runs (GitHub's "events that trigger workflows"). */
const PULL_REQUEST_EVENTS: ReadonlySet<string> = new Set([
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment',
]);

/**
 * Which claim of a literal subject only pull request runs present, or null: the `pull_request` context,
 * `event_name:pull_request…`, a non-empty `head_ref`/`base_ref` (GitHub sets them only for pull request
 * events), a `ref:refs/pull/…`, or a workflow ref at `refs/pull/…`.
 */
export function pullRequestClaim(parsed: ParsedSubject | null): string | null {
  if (parsed === null) return null;
  if (parsed.context?.kind === 'pull_request') return 'pull_request';
  for (const { key, value } of parsed.claims) {
    if (key === 'pull_request') return 'pull_request';
    if (key === 'event_name' && PULL_REQUEST_EVENTS.has(value)) return `event_name:${value}`;
    if ((key === 'head_ref' || key === 'base_ref') && value !== '') return `${key}:${value}`;
    if (key === 'ref' && value.startsWith('refs/pull/')) return `ref:${value}`;
    if ((key === 'job_workflow_ref' || key === 'workflow_ref') && value.includes('@refs/pull/'))
      return `${key}:${value}`;
  }
  return null;
}

const PULL_REQUEST_FIX =
  'Trust a protected context instead: an environment with required reviewers (`repo:<owner>/<repo>:environment:<name>`) or the default branch (`repo:<owner>/<repo>:ref:refs/heads/main`), and run pull-request checks without Azure access.';

export const ficPullRequest: RuleDefinition = {
  id: 'fic-pull-request',
  defaultSeverity: 'error',
  title: 'A federated credential admits tokens of `pull_request` workflow runs.',
  rationale:
    "Runs for pull requests execute the pull request's own code, so anyone who can open a pull request from a branch of the repository (and `pull_request_target` runs, which carry the same subject) can sign in as the app without review. GitHub withholds OIDC tokens only from fork pull requests. Custom subject templates admit them too: `event_name:pull_request…`, a non-empty `head_ref` or `base_ref`, or `ref:refs/pull/…` appear only in pull request runs.",
  example:
    'Flexible federated credential "ci" of app "deploy-api" admits pull_request subjects such as repo:contoso/api:pull_request through claims[\'sub\'] matches \'repo:contoso/api:*\'.',
  fix: PULL_REQUEST_FIX,
  check(app, context) {
    // The workflow half: a pull_request_target job that can sign in, located at its line (error).
    return [...credentialHits(app, context), ...pullRequestTargetHits(app, context)];
  },
};

function credentialHits(app: AppInventory, context: EvaluationContext): RuleHit[] {
  return eachCredential(
    app,
    context,
    (_app, fic) => {
      const trust = trustOf(fic);
      const label = ficLabel(app, fic);
      const remediation = `${PULL_REQUEST_FIX} Then delete this credential: ${deleteFicCommand(app, fic, graphOf(context))}.`;
      const literal =
        trust.kind === 'classic'
          ? trust.parsed
          : trust.kind === 'flexible' && clauseFor(trust.expression, 'sub')?.operator === 'eq'
            ? parsedEq(trust.expression)
            : null;
      const claim = pullRequestClaim(literal);
      if (trust.kind === 'classic' && claim === 'pull_request') {
        return {
          message: `The ${label} trusts ${trustText(fic)}: every pull_request run of that repository, running the pull request's unreviewed code, can sign in as the app.`,
          remediation,
        };
      }
      if (claim !== null && claim !== 'pull_request') {
        return {
          message: `The ${label} trusts ${trustText(fic)}, whose ${quote(claim)} only pull request runs present: those runs, running the pull request's unreviewed code, can sign in as the app.`,
          remediation,
        };
      }
      if (trust.kind !== 'flexible') return null;
      const sub = clauseFor(trust.expression, 'sub');
      const witness = pullRequestWitness(subPatterns(trust.expression), probeScope(sub?.value ?? null, context));
      if (witness === null) return null;
      const through = sub ? `through ${showClause(sub)}` : "because it does not constrain claims['sub']";
      return {
        message: `The ${label} admits pull_request subjects such as ${quote(showWitness(witness))} ${through}: pull request runs, running unreviewed code, can sign in as the app.`,
        remediation,
      };
    },
    true,
  );
}

/** The `sub` eq comparand of an expression, parsed as a subject. */
function parsedEq(expression: Expression): ParsedSubject | null {
  const sub = clauseFor(expression, 'sub');
  if (sub?.operator !== 'eq') return null;
  const parsed = trustOf({
    id: '',
    name: '',
    issuer: '',
    audiences: [],
    description: null,
    subject: sub.value,
    claimsMatchingExpression: null,
  });
  return parsed.kind === 'classic' ? parsed.parsed : null;
}

// ---------------------------------------------------------------------------------------------
// fic-wildcard

export function wildcardScope(
  subPattern: string | null,
  patterns: readonly GlobPattern[],
  scope: ProbeScope,
  binding: RepositoryIds = {},
): string | null {
  // An eq on repository_id admits one repository, whatever `sub` says about names.
  const manyRepositories =
    binding.repositoryId === undefined && (subPattern === null || admitsManyRepositories(patterns, scope));
  const anyBranch = subPattern === null || admitsAnyBranch(patterns, scope);
  const anyEnvironment = subPattern === null || admitsAnyEnvironment(patterns, scope);
  if (!manyRepositories && !anyBranch && !anyEnvironment) return null;
  const branches = anyBranch
    ? subPattern === null || admitsAnyTag(patterns, scope)
      ? 'any branch or tag'
      : 'any branch'
    : null;
  const contexts = [branches, anyEnvironment ? 'any environment' : null].filter((x): x is string => x !== null);
  if (manyRepositories) {
    const described = describeRepositories(subPattern);
    const repositories =
      binding.repositoryOwnerId !== undefined && described.endsWith(' of any owner')
        ? `${described.slice(0, -' of any owner'.length)} of the owner with id ${binding.repositoryOwnerId}`
        : described;
    return contexts.length > 0 ? `${repositories}, with ${contexts.join(' and ')}` : repositories;
  }
  const { owner, name } = repositoryOf(subPattern ?? '');
  const named = owner !== null && name !== null && !hasWildcard(owner) && !hasWildcard(name);
  const of = named
    ? ` of ${owner}/${name}`
    : binding.repositoryId !== undefined
      ? ` of the repository with id ${binding.repositoryId}`
      : owner !== null && name !== null
        ? ` of ${owner}/${name}`
        : '';
  return `${contexts.join(' and ')}${of}`;
}

/**
 * What the other clauses of an expression widen: a `matches` on job_workflow_ref with a wildcard in the
 * workflow's owner, repository or ref lets code from repositories or branches nobody chose sign in; an
 * `eq` comparand with '*' or '?' compares them literally, which no GitHub token has.
 */
function otherClauseScopes(expression: Expression): string[] {
  const scopes: string[] = [];
  for (const clause of expression.clauses) {
    if (clause.claim === 'sub') continue;
    if (clause.operator === 'eq') {
      if (hasWildcard(clause.value)) {
        scopes.push(
          `${showClause(clause)} compares '*' and '?' literally (eq has no wildcards), so no GitHub token matches it`,
        );
      }
      continue;
    }
    if (clause.claim !== 'job_workflow_ref') continue;
    const at = clause.value.lastIndexOf('@');
    const path = at === -1 ? clause.value : clause.value.slice(0, at);
    const ref = at === -1 ? '*' : clause.value.slice(at + 1);
    const [owner = '', repository = ''] = path.split('/');
    const widened: string[] = [];
    if (hasWildcard(owner)) widened.push('of any owner');
    else if (hasWildcard(repository)) widened.push(`of any repository of ${owner}`);
    // A wildcard right after refs/heads/ or refs/tags/ (or in place of the ref) admits refs anyone with write access creates.
    if (/^(?:refs\/(?:heads\/|tags\/)?)?[*?]/.test(ref)) widened.push('at any ref');
    if (widened.length > 0) scopes.push(`reusable workflows ${widened.join(' and ')} through ${showClause(clause)}`);
  }
  return scopes;
}

export const ficWildcard: RuleDefinition = {
  id: 'fic-wildcard',
  defaultSeverity: 'warning',
  title:
    'A flexible federated credential admits more than one repository, any branch or any environment, or wildcard workflows.',
  rationale:
    "A flexible credential's `matches` wildcards widen the trust far beyond the one workflow that needs it: every new repository, branch or environment that matches can sign in as the app, and branches and unprotected environments can be created by anyone with write access. A wildcard in `job_workflow_ref`'s owner, repository or ref lets workflow code nobody reviewed sign in. An `eq` on `repository_id` pins the credential to one repository whatever `sub` says.",
  example:
    'Flexible federated credential "shared" of app "deploy-api" admits any repository of owner contoso, with any branch and any environment: claims[\'sub\'] matches \'repo:contoso/*\'.',
  fix: "Narrow the expression to one repository and the protected context that deploys, bound to the repository's id, e.g. `claims['sub'] eq 'repo:contoso/api:environment:production' and claims['repository_id'] eq '<repository-id>'`, or replace it with one classic credential per subject.",
  check(app, context) {
    return eachCredential(
      app,
      context,
      (_app, fic) => {
        const trust = trustOf(fic);
        if (trust.kind !== 'flexible') return null;
        const sub = clauseFor(trust.expression, 'sub');
        const scope = wildcardScope(
          sub?.value ?? null,
          subPatterns(trust.expression),
          probeScope(sub?.value ?? null, context),
          bindingOf(trust.expression),
        );
        const others = otherClauseScopes(trust.expression);
        if (scope === null && others.length === 0) return null;
        const how = sub ? showClause(sub) : "an expression that does not constrain claims['sub']";
        const parts = [...(scope === null ? [] : [`${scope}: ${how}`]), ...others];
        const ids = idsFor(sub?.value ?? null, context);
        const narrow = compliantExpression(
          { operator: 'eq', value: sub ? narrowedSubject(sub.value) : 'repo:<owner>/<repo>:environment:production' },
          ids,
        );
        return {
          message: `The ${ficLabel(app, fic)} admits ${parts.join('; ')}.`,
          remediation: `Narrow the expression to one repository and the protected branch or environment that needs Azure access, bound to the repository's id, e.g. ${narrow}${ids.repositoryId === undefined ? ` (replace ${REPOSITORY_ID_PLACEHOLDER} with the repository's id: \`gh api repos/<owner>/<repo> --jq .id\`)` : ''}: ${expressionPatch(app, fic, narrow, graphOf(context))}.`,
        };
      },
      true,
    );
  },
};

/** A narrowing of a `sub` pattern to one example subject: its repository, with a protected environment. */
function narrowedSubject(pattern: string): string {
  const { owner, name } = repositoryOf(pattern);
  const o = owner === null || hasWildcard(owner) ? '<owner>' : owner;
  const n = name === null || hasWildcard(name) ? '<repo>' : name;
  return `repo:${o}/${n}:environment:production`;
}

// ---------------------------------------------------------------------------------------------
// fic-foreign-owner

const lower = (s: string) => s.toLowerCase();

/** Claims whose value names a GitHub owner: the repository's (in any form) and a workflow's. */
const OWNER_KEYS: ReadonlySet<string> = new Set([
  'repo',
  'repository',
  'repository_owner',
  'job_workflow_ref',
  'workflow_ref',
]);
/** Claims that tie a run to a repository or owner, by name or by id. */
const TIE_KEYS: ReadonlySet<string> = new Set([...OWNER_KEYS, 'repository_id', 'repository_owner_id']);

/** The owner a claim value names: the part before '/', without an immutable `@id`. */
function ownerIn(key: string, value: string): string {
  const owner = key === 'repository_owner' ? value : (value.split('/')[0] ?? '');
  return owner.replace(/@\d+$/, '');
}

/** Owners a literal subject names, in any claim and any position. */
function ownersNamed(parsed: ParsedSubject): string[] {
  return parsed.claims
    .filter((c) => OWNER_KEYS.has(c.key))
    .map((c) => ownerIn(c.key, c.value))
    .filter((o) => o !== '');
}

/** A literal subject that names no repository or owner admits runs of every owner's repositories. */
function untiedProblem(parsed: ParsedSubject, binding: RepositoryIds = {}): string | null {
  if (parsed.claims.some((c) => TIE_KEYS.has(c.key))) return null;
  const actors = parsed.claims.filter((c) => c.key === 'actor').map((c) => c.value);
  const only = actors.length > 0 ? ` (only the actor ${actors.join(', ')})` : '';
  const ids = [
    binding.repositoryId === undefined ? null : `repository_id ${binding.repositoryId}`,
    binding.repositoryOwnerId === undefined ? null : `repository_owner_id ${binding.repositoryOwnerId}`,
  ].filter((x): x is string => x !== null);
  if (ids.length > 0) {
    // The id binding ties it to one repository or owner, but which one cannot be read from the ids alone.
    return `names no repository or owner by name${only}, and its binding to ${ids.join(' and ')} is not the analysed repository's, so whether that owner is allowed cannot be checked`;
  }
  const own = actors.length > 0 ? `, ${actors.join(', ')}'s own included,` : '';
  return `names no repository or owner${only}, so runs in any owner's repositories${own} are admitted`;
}

/** Owners a `matches` pattern names in its owner-naming claims, as written (may hold wildcards). */
function ownersInPattern(pattern: string): string[] {
  const parts = pattern.split(':');
  const owners: string[] = [];
  parts.forEach((part, i) => {
    const value = parts[i + 1];
    if (OWNER_KEYS.has(part) && value !== undefined) owners.push(ownerIn(part, value));
  });
  return owners;
}

/** Whether the expression's id binding pins it to the analysed repository (or its owner), whose owner is allowed. */
function pinnedToAllowed(
  binding: RepositoryIds,
  context: EvaluationContext,
  isAllowed: (o: string) => boolean,
): boolean {
  const repository = context.repository;
  if (!repository || !isAllowed(repository.owner)) return false;
  return (
    (binding.repositoryId !== undefined && binding.repositoryId === repository.repoId) ||
    (binding.repositoryOwnerId !== undefined && binding.repositoryOwnerId === repository.ownerId)
  );
}

function foreignOwnerProblems(
  fic: FederatedCredential,
  allowed: readonly string[],
  context: EvaluationContext,
): string[] {
  const isAllowed = (owner: string) => allowed.map(lower).includes(lower(owner));
  const foreignIn = (owners: string[]) =>
    [...new Set(owners.filter((o) => !isAllowed(o)))].map((o) => `names owner ${o}`);
  const trust = trustOf(fic);
  const binding = trust.kind === 'flexible' ? bindingOf(trust.expression) : {};
  const literalProblems = (parsed: ParsedSubject) => {
    const untied = untiedProblem(parsed, binding);
    return [...foreignIn(ownersNamed(parsed)), ...(untied === null ? [] : [untied])];
  };
  if (trust.kind === 'classic') return trust.parsed ? literalProblems(trust.parsed) : [];
  if (trust.kind !== 'flexible') return [];
  const problems: string[] = [];
  const pinned = pinnedToAllowed(binding, context, isAllowed);
  const sub = clauseFor(trust.expression, 'sub');
  if (!sub) {
    if (!pinned) problems.push("does not constrain claims['sub'], so runs in any owner's repository are admitted");
  } else if (sub.operator === 'eq') {
    const parsed = parsedEq(trust.expression);
    if (parsed) problems.push(...literalProblems(parsed).filter((p) => !pinned || p.startsWith('names owner')));
  } else {
    const owners = ownersInPattern(sub.value);
    if (owners.length === 0 && !pinned) {
      if (hasWildcard(sub.value)) problems.push(`admits repositories of any owner through ${showClause(sub)}`);
      else {
        // A pattern without wildcards is a literal subject: judge it as one (e.g. only an actor named).
        const parsed = parseSubject(sub.value);
        const untied = parsed.ok ? untiedProblem(parsed.value, binding) : null;
        if (untied !== null) problems.push(untied);
      }
    }
    for (const owner of owners) {
      if (isAllWildcard(owner) || owner === '') {
        if (!pinned) problems.push(`admits repositories of any owner through ${showClause(sub)}`);
      } else if (hasWildcard(owner)) {
        if (!pinned) problems.push(`admits repositories of any owner matching '${owner}' through ${showClause(sub)}`);
      } else if (!isAllowed(owner)) {
        problems.push(`names owner ${owner}`);
      }
    }
  }
  const workflow = clauseFor(trust.expression, 'job_workflow_ref');
  if (workflow) {
    const owner = workflow.value.split('/')[0] ?? '';
    if (hasWildcard(owner)) problems.push(`admits reusable workflows of any owner through ${showClause(workflow)}`);
    else if (owner !== '' && !isAllowed(owner)) problems.push(`trusts a workflow of owner ${owner}`);
  }
  return [...new Set(problems)];
}

export const ficForeignOwner: RuleDefinition = {
  id: 'fic-foreign-owner',
  defaultSeverity: 'error',
  title: 'A federated credential names (or admits) a GitHub owner outside `allowed-owners`.',
  rationale:
    "A credential that trusts another organisation's repository or workflow lets that organisation's members sign in as the app. It is usually a copy-paste slip or a personal fork, and it is invisible unless someone reads every subject. Every claim that names an owner counts, in any position of a custom template (`repo`, `repository_owner`, `job_workflow_ref`), and a subject that names none (only `actor:…`) admits every owner's repositories. Only checked when `allowed-owners` is set.",
  example:
    'Federated credential "deploy" of app "deploy-api" (subject "repo:contoso-old/api:environment:prod") names owner contoso-old, which is not in allowed-owners (contoso).',
  fix: 'Point the credential at a repository of an allowed owner, or delete it; if the owner is legitimately yours, add it to `settings.allowed-owners`.',
  check(app, context) {
    const allowed = context.settings.allowedOwners;
    if (allowed.length === 0) return [];
    return eachCredential(
      app,
      context,
      (_app, fic) => {
        const problems = foreignOwnerProblems(fic, allowed, context);
        if (problems.length === 0) return null;
        return {
          message: `The ${ficLabel(app, fic)} (${trustText(fic)}) ${problems.join('; ')}, outside allowed-owners (${allowed.join(', ')}).`,
          remediation: `Change the credential to a repository of ${allowed.join(' or ')}, or delete it (${deleteFicCommand(app, fic, graphOf(context))}); if the owner is yours, add it to settings.allowed-owners in the policy file.`,
        };
      },
      true,
    );
  },
};

// ---------------------------------------------------------------------------------------------
// fic-malformed-subject

function malformation(fic: FederatedCredential): string[] {
  const trust = trustOf(fic);
  switch (trust.kind) {
    case 'none':
      return ['it has neither a subject nor a claims-matching expression'];
    case 'invalid-expression':
      return [`its claims-matching expression does not parse: ${trust.error}`];
    case 'classic':
      return subjectDefects(trust.subject);
    case 'flexible': {
      const defects: string[] = [];
      const version = fic.claimsMatchingExpression?.languageVersion;
      if (version !== 1)
        defects.push(`its expression declares languageVersion ${version}, but Entra only knows version 1`);
      const issuer = flexibleIssuerProblem(fic.issuer, trust.expression);
      if (issuer !== null) defects.push(`its issuer takes no flexible expression: ${issuer}`);
      const binding = bindingProblem(fic, trust.expression);
      if (binding !== null) defects.push(`its expression ${binding}`);
      const sub = clauseFor(trust.expression, 'sub');
      if (sub?.operator === 'eq') defects.push(...subjectDefects(sub.value).map((d) => `claims['sub'] eq: ${d}`));
      return defects;
    }
  }
}

/** For an expression Entra refuses only for want of the GitHub binding: the compliant rewrite, applied by PATCH. */
function bindingRemediation(app: AppInventory, fic: FederatedCredential, context: EvaluationContext): string | null {
  const trust = trustOf(fic);
  if (trust.kind !== 'flexible' || bindingProblem(fic, trust.expression) === null) return null;
  const sub = clauseFor(trust.expression, 'sub');
  const rewrite = compliantText(
    sub
      ? trust.expression
      : {
          clauses: [
            { claim: 'sub', operator: 'eq', value: 'repo:<owner>/<repo>:environment:<name>' },
            ...trust.expression.clauses,
          ],
        },
    context,
  );
  const placeholder = rewrite.includes(REPOSITORY_ID_PLACEHOLDER)
    ? ` (replace ${REPOSITORY_ID_PLACEHOLDER} with the repository's id: \`gh api repos/<owner>/<repo> --jq .id\`, or the repository_id claim of one of its tokens)`
    : '';
  return `Bind the expression to the repository's id as Entra requires: ${quote(rewrite)}${placeholder}; ${expressionPatch(app, fic, rewrite, graphOf(context))}.`;
}

export const ficMalformedSubject: RuleDefinition = {
  id: 'fic-malformed-subject',
  defaultSeverity: 'error',
  title: 'A GitHub federated credential has a subject (or expression) GitHub can never emit or Entra does not accept.',
  rationale:
    "Entra accepts any subject text when the credential is saved and only fails at sign-in. A subject with a typo (`environment/prod`, `refs/heads/main` without `ref:`, a wildcard in a classic credential, stray spaces) never matches, so the workflow that should use it fails — and people \"fix\" that by going back to secrets. A flexible expression for GitHub must match `claims['sub']` and bind `claims['repository_id']` and/or `claims['repository_owner_id']` with `eq`; Entra does not accept one that does not.",
  example:
    'Federated credential "deploy" of app "deploy-api" has subject "repo:contoso/api:ref:main", which GitHub never emits: \'ref:main\' is not a full ref.',
  fix: "Rewrite the subject in the form GitHub emits, e.g. `repo:<owner>/<repo>:ref:refs/heads/<branch>`, `repo:<owner>/<repo>:environment:<name>` or `repo:<owner>/<repo>:pull_request`; bind a flexible expression to the repository, e.g. `claims['sub'] matches 'repo:<owner>/<repo>:ref:refs/heads/*' and claims['repository_id'] eq '<repository-id>'`.",
  check(app, context) {
    return eachCredential(
      app,
      context,
      (_app, fic) => {
        const defects = malformation(fic);
        if (defects.length === 0) return null;
        const remediation =
          fic.claimsMatchingExpression !== null
            ? (bindingRemediation(app, fic, context) ??
              `Fix the expression (grammar: claims['sub'] eq|matches '<value>' and claims['repository_id'] eq '<repository-id>' [and claims['repository_owner_id'] eq '<owner-id>'] [and claims['job_workflow_ref'] eq|matches '<value>']) through \`az rest --method PATCH --uri ${graphOf(context)}/beta/applications/${app.objectId}/federatedIdentityCredentials/${fic.id} --body @expression.json\`.`)
            : `Rewrite the subject as GitHub emits it (repo:<owner>/<repo>:ref:refs/heads/<branch>, repo:<owner>/<repo>:environment:<name> or repo:<owner>/<repo>:pull_request): ${patchCommand(app, fic, '{"subject":"repo:<owner>/<repo>:environment:<name>"}', graphOf(context))}.`;
        return {
          message: `The ${ficLabel(app, fic)} (${trustText(fic)}) can never match a GitHub token: ${defects.join('; ')}.`,
          remediation,
        };
      },
      true,
    );
  },
};

// ---------------------------------------------------------------------------------------------
// fic-near-limit

export const ficNearLimit: RuleDefinition = {
  id: 'fic-near-limit',
  defaultSeverity: 'warning',
  title: `An app has at least \`max-federated-credentials\` (default 18) of Entra's ${ENTRA_FEDERATED_CREDENTIAL_LIMIT} federated credentials.`,
  rationale: `Entra refuses a ${ENTRA_FEDERATED_CREDENTIAL_LIMIT + 1}st federated credential on an app. The next repository or environment to onboard then fails, and the quick way out is usually a secret or an over-broad wildcard.`,
  example: `App "deploy-api" has 19 of Entra's ${ENTRA_FEDERATED_CREDENTIAL_LIMIT} federated credentials.`,
  fix: 'Delete credentials no workflow uses (see `fic-unused`), split unrelated workloads into separate apps, or replace many per-branch credentials with one environment per deployment target.',
  check(app: AppInventory, context: EvaluationContext) {
    const count = app.federatedCredentials.length;
    const threshold = context.settings.maxFederatedCredentials;
    if (count < threshold) return [];
    return [
      {
        target: { kind: 'application', id: app.objectId, name: app.displayName },
        message: `${appLabel(app)} has ${count} of Entra's ${ENTRA_FEDERATED_CREDENTIAL_LIMIT} federated credentials (warning from ${threshold}); ${count >= ENTRA_FEDERATED_CREDENTIAL_LIMIT ? 'no further one can be added' : `only ${ENTRA_FEDERATED_CREDENTIAL_LIMIT - count} more can be added`}.`,
        remediation: managedIdentityOf(app)
          ? `Delete the credentials no workflow uses (${identityListCommand(managedIdentityOf(app) as IdentityResourceId)} to review, \`az identity federated-credential delete --name <name> …\` to remove), or move unrelated workloads to their own identity.`
          : `Delete the credentials no workflow uses (\`az ad app federated-credential list --id ${app.appId}\` to review, \`az ad app federated-credential delete --id ${app.appId} --federated-credential-id <id>\` to remove), or move unrelated workloads to their own app registration.`,
      },
    ];
  },
};

export const federationRules: readonly RuleDefinition[] = [
  ficUntrustedIssuer,
  ficAudience,
  ficPullRequest,
  ficWildcard,
  ficForeignOwner,
  ficMalformedSubject,
  ficNearLimit,
];
