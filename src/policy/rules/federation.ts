// Federated trust: which tokens each federated credential admits, and whether it should.
import type { AppInventory, FederatedCredential } from '../../inventory/model.js';
import { subjectDefects, type ParsedSubject } from '../../matching/index.js';
import type { EvaluationContext, RuleDefinition, RuleHit } from '../types.js';
import { ENTRA_FEDERATED_CREDENTIAL_LIMIT, TOKEN_EXCHANGE_AUDIENCE } from '../settings.js';
import {
  admitsAnyBranch,
  admitsAnyEnvironment,
  admitsAnyTag,
  admitsManyRepositories,
  describeRepositories,
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
  const customRepository = context.repository?.subjectFormat.kind === 'custom';
  return { custom: customRepository || subPattern === null || !isDefaultShaped(subPattern) };
}
import {
  clauseFor,
  deleteFicCommand,
  ficLabel,
  ficTarget,
  isGitHubIssuer,
  patchCommand,
  showClause,
  subPatterns,
  trustOf,
  trustText,
} from './trust.js';
import { appLabel, quote } from './text.js';
import type { IdentityResourceId } from '../../arm/resource-id.js';
import { identityListCommand, managedIdentityOf } from './managed-identity.js';

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
      text = text.replace(/\/+$/, '');
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
            remediation: `Set the issuer to exactly ${near.allowed}: ${patchCommand(app, fic, JSON.stringify({ issuer: near.allowed }))}.`,
          };
        }
        const what = near
          ? `, which ${near.explanation}`
          : `, which is not in allowed-issuers (${allowed.join(', ') || 'none'})`;
        return {
          message: `The ${label} trusts issuer ${quote(fic.issuer)}${what}; whoever controls that issuer can mint tokens for its ${trustText(fic)}.`,
          remediation: near
            ? `If your enterprise issues slug tokens, add ${JSON.stringify(fic.issuer.trim())} to settings.allowed-issuers in the policy file; otherwise set the issuer to ${near.allowed}: ${patchCommand(app, fic, JSON.stringify({ issuer: near.allowed }))}.`
            : `Delete the credential if nobody relies on it (${deleteFicCommand(app, fic)}), or add the issuer to settings.allowed-issuers in the policy file if the trust is intended.`,
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
  if (only.trim().replace(/\/+$/, '').toLowerCase() === TOKEN_EXCHANGE_AUDIENCE.toLowerCase()) {
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
          remediation: `Set the audiences to exactly ${TOKEN_EXCHANGE_AUDIENCE}: ${patchCommand(app, fic, JSON.stringify({ audiences: [TOKEN_EXCHANGE_AUDIENCE] }))}.`,
        };
      },
      false,
    );
  },
};

// ---------------------------------------------------------------------------------------------
// fic-pull-request

function classicAdmitsPullRequest(parsed: ParsedSubject | null): boolean {
  return (
    parsed !== null && (parsed.context?.kind === 'pull_request' || parsed.claims.some((c) => c.key === 'pull_request'))
  );
}

const PULL_REQUEST_FIX =
  'Trust a protected context instead: an environment with required reviewers (`repo:<owner>/<repo>:environment:<name>`) or the default branch (`repo:<owner>/<repo>:ref:refs/heads/main`), and run pull-request checks without Azure access.';

export const ficPullRequest: RuleDefinition = {
  id: 'fic-pull-request',
  defaultSeverity: 'error',
  title: 'A federated credential admits tokens of `pull_request` workflow runs.',
  rationale:
    "Runs for pull requests execute the pull request's own code, so anyone who can open a pull request from a branch of the repository (and `pull_request_target` runs, which carry the same subject) can sign in as the app without review. GitHub withholds OIDC tokens only from fork pull requests.",
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
      const remediation = `${PULL_REQUEST_FIX} Then delete this credential: ${deleteFicCommand(app, fic)}.`;
      if (trust.kind === 'classic' && classicAdmitsPullRequest(trust.parsed)) {
        return {
          message: `The ${label} trusts ${trustText(fic)}: every pull_request run of that repository, running the pull request's unreviewed code, can sign in as the app.`,
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

// ---------------------------------------------------------------------------------------------
// fic-wildcard

export function wildcardScope(
  subPattern: string | null,
  patterns: readonly GlobPattern[],
  scope: ProbeScope,
): string | null {
  const manyRepositories = subPattern === null || admitsManyRepositories(patterns, scope);
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
    const repositories = describeRepositories(subPattern);
    return contexts.length > 0 ? `${repositories}, with ${contexts.join(' and ')}` : repositories;
  }
  const { owner, name } = repositoryOf(subPattern ?? '');
  const of = owner !== null && name !== null ? ` of ${owner}/${name}` : '';
  return `${contexts.join(' and ')}${of}`;
}

export const ficWildcard: RuleDefinition = {
  id: 'fic-wildcard',
  defaultSeverity: 'warning',
  title: 'A flexible federated credential admits more than one repository, any branch or any environment.',
  rationale:
    "A flexible credential's `matches` wildcards widen the trust far beyond the one workflow that needs it: every new repository, branch or environment that matches can sign in as the app, and branches and unprotected environments can be created by anyone with write access.",
  example:
    'Flexible federated credential "shared" of app "deploy-api" admits any repository of owner contoso, with any branch and any environment: claims[\'sub\'] matches \'repo:contoso/*\'.',
  fix: "Narrow the expression to one repository and the protected context that deploys, e.g. `claims['sub'] eq 'repo:contoso/api:environment:production'`, or replace it with one classic credential per subject.",
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
        );
        if (scope === null) return null;
        const how = sub ? showClause(sub) : "an expression that does not constrain claims['sub']";
        return {
          message: `The ${ficLabel(app, fic)} admits ${scope}: ${how}.`,
          remediation: `Narrow claims['sub'] to one repository and the protected branch or environment that needs Azure access (e.g. claims['sub'] eq 'repo:<owner>/<repo>:environment:production'), writing the new expression into a file as {"claimsMatchingExpression":{"value":"…","languageVersion":1}} and applying it with \`az rest --method PATCH --uri https://graph.microsoft.com/beta/applications/${app.objectId}/federatedIdentityCredentials/${fic.id} --body @expression.json\`.`,
        };
      },
      true,
    );
  },
};

// ---------------------------------------------------------------------------------------------
// fic-foreign-owner

const lower = (s: string) => s.toLowerCase();

/** Owners a literal subject names: its repository, a repository_owner claim, and reusable-workflow refs. */
function ownersNamed(parsed: ParsedSubject): string[] {
  const owners: string[] = [];
  if (parsed.repository) owners.push(parsed.repository.owner);
  for (const { key, value } of parsed.claims) {
    if (key === 'repository_owner') owners.push(value);
    if (key === 'job_workflow_ref' || key === 'workflow_ref' || key === 'repository')
      owners.push(value.split('/')[0] ?? '');
  }
  return owners.filter((o) => o !== '');
}

function foreignOwnerProblems(fic: FederatedCredential, allowed: readonly string[]): string[] {
  const isAllowed = (owner: string) => allowed.map(lower).includes(lower(owner));
  const foreignIn = (owners: string[]) =>
    [...new Set(owners.filter((o) => !isAllowed(o)))].map((o) => `names owner ${o}`);
  const trust = trustOf(fic);
  if (trust.kind === 'classic') return trust.parsed ? foreignIn(ownersNamed(trust.parsed)) : [];
  if (trust.kind !== 'flexible') return [];
  const problems: string[] = [];
  const sub = clauseFor(trust.expression, 'sub');
  if (!sub) {
    problems.push("does not constrain claims['sub'], so runs in any owner's repository are admitted");
  } else if (sub.operator === 'eq') {
    const parsed = trustOf({ ...fic, claimsMatchingExpression: null, subject: sub.value });
    if (parsed.kind === 'classic' && parsed.parsed) problems.push(...foreignIn(ownersNamed(parsed.parsed)));
  } else {
    const { owner } = repositoryOf(sub.value);
    if (owner === null) {
      if (/[*?]/.test(sub.value)) problems.push(`admits repositories of any owner through ${showClause(sub)}`);
    } else if (isAllWildcard(owner)) {
      problems.push(`admits repositories of any owner through ${showClause(sub)}`);
    } else if (/[*?]/.test(owner)) {
      problems.push(`admits repositories of any owner matching '${owner}' through ${showClause(sub)}`);
    } else if (!isAllowed(owner)) {
      problems.push(`names owner ${owner}`);
    }
  }
  const workflow = clauseFor(trust.expression, 'job_workflow_ref');
  if (workflow) {
    const owner = workflow.value.split('/')[0] ?? '';
    if (/[*?]/.test(owner)) problems.push(`admits reusable workflows of any owner through ${showClause(workflow)}`);
    else if (owner !== '' && !isAllowed(owner)) problems.push(`trusts a workflow of owner ${owner}`);
  }
  return [...new Set(problems)];
}

export const ficForeignOwner: RuleDefinition = {
  id: 'fic-foreign-owner',
  defaultSeverity: 'error',
  title: 'A federated credential names (or admits) a GitHub owner outside `allowed-owners`.',
  rationale:
    "A credential that trusts another organisation's repository or workflow lets that organisation's members sign in as the app. It is usually a copy-paste slip or a personal fork, and it is invisible unless someone reads every subject. Only checked when `allowed-owners` is set.",
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
        const problems = foreignOwnerProblems(fic, allowed);
        if (problems.length === 0) return null;
        return {
          message: `The ${ficLabel(app, fic)} (${trustText(fic)}) ${problems.join('; ')}, outside allowed-owners (${allowed.join(', ')}).`,
          remediation: `Change the credential to a repository of ${allowed.join(' or ')}, or delete it (${deleteFicCommand(app, fic)}); if the owner is yours, add it to settings.allowed-owners in the policy file.`,
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
      const sub = clauseFor(trust.expression, 'sub');
      if (sub?.operator === 'eq') defects.push(...subjectDefects(sub.value).map((d) => `claims['sub'] eq: ${d}`));
      return defects;
    }
  }
}

export const ficMalformedSubject: RuleDefinition = {
  id: 'fic-malformed-subject',
  defaultSeverity: 'error',
  title: 'A GitHub federated credential has a subject (or expression) GitHub can never emit.',
  rationale:
    'Entra accepts any subject text when the credential is saved and only fails at sign-in. A subject with a typo (`environment/prod`, `refs/heads/main` without `ref:`, a wildcard in a classic credential, stray spaces) never matches, so the workflow that should use it fails — and people "fix" that by going back to secrets.',
  example:
    'Federated credential "deploy" of app "deploy-api" has subject "repo:contoso/api:ref:main", which GitHub never emits: \'ref:main\' is not a full ref.',
  fix: 'Rewrite the subject in the form GitHub emits, e.g. `repo:<owner>/<repo>:ref:refs/heads/<branch>`, `repo:<owner>/<repo>:environment:<name>` or `repo:<owner>/<repo>:pull_request`.',
  check(app, context) {
    return eachCredential(
      app,
      context,
      (_app, fic) => {
        const defects = malformation(fic);
        if (defects.length === 0) return null;
        return {
          message: `The ${ficLabel(app, fic)} (${trustText(fic)}) can never match a GitHub token: ${defects.join('; ')}.`,
          remediation:
            fic.claimsMatchingExpression !== null
              ? `Fix the expression (grammar: claims['sub'] eq|matches '<value>' [and claims['job_workflow_ref'] eq|matches '<value>']) through \`az rest --method PATCH --uri https://graph.microsoft.com/beta/applications/${app.objectId}/federatedIdentityCredentials/${fic.id} --body @expression.json\`.`
              : `Rewrite the subject as GitHub emits it (repo:<owner>/<repo>:ref:refs/heads/<branch>, repo:<owner>/<repo>:environment:<name> or repo:<owner>/<repo>:pull_request): ${patchCommand(app, fic, '{"subject":"repo:<owner>/<repo>:environment:<name>"}')}.`,
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
