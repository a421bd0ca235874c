// Rules that compare the analysed workflows with the app's federated credentials: every job that signs in
// must find a credential Entra accepts, and every credential for this repository should serve a job.
import type { AppInventory, FederatedCredential } from '../../inventory/model.js';
import { decide, type CaseDifference, type PresentedToken } from '../../matching/matcher.js';
import { compliantExpression, globMatch, type RepositoryIds } from '../../matching/expression.js';
import { parseSubject, printSubject, type ParsedSubject } from '../../matching/subject.js';
import { azCreateCommand, credentialName, graphCreateRequest } from '../../plan/names.js';
import {
  federatedSignIns,
  issuerOf,
  jobSignsInAs,
  TOKEN_EXCHANGE_AUDIENCE,
  type AttributionOptions,
} from '../../workflows/attribution.js';
import type { PredictedSubject, RepositoryFacts, WorkflowAnalysis, WorkflowJob } from '../../workflows/model.js';
import type { EvaluationContext, Location, RuleDefinition, RuleHit, Target } from '../types.js';
import { ficLabel, ficTarget, deleteFicCommand } from './trust.js';
import { quote } from './text.js';
import { replaceAngleGroups } from '../../strings.js';
import type { IdentityResourceId } from '../../arm/resource-id.js';
import { graphOf } from '../remediation.js';
import {
  createCommandFor,
  identityCreateRemediation,
  identityNoun,
  identityUpdateCommand,
  managedIdentityOf,
} from './managed-identity.js';

/** A called job is told apart by its outermost caller's file: two workflows calling one file stay two jobs. */
export function jobTarget(job: WorkflowJob): Target {
  const caller = job.callers?.[0];
  const id = caller ? `${job.file}#${job.job}@${caller.file}` : `${job.file}#${job.job}`;
  return { kind: 'workflowJob', id, name: job.job };
}

export function jobLabel(job: WorkflowJob): string {
  const caller = job.callers?.[job.callers.length - 1];
  const calledBy = caller ? `, called by job ${quote(caller.job)} of ${caller.file}:${caller.line}` : '';
  return `job ${quote(job.job)} (${job.file}:${job.line}${calledBy})`;
}

/** The line a person changes: the environment (or the caller's `with:` passing it) when it decides the subject. */
function subjectLocation(job: WorkflowJob, subject: PredictedSubject): Location {
  const parsed = parseSubject(subject.subject);
  const byEnvironment = parsed.ok && parsed.value.context?.kind === 'environment';
  if (byEnvironment && job.environmentFix) return { file: job.environmentFix.file, line: job.environmentFix.line };
  return { file: job.file, line: byEnvironment && job.environment ? job.environment.line : job.line };
}

/** Says which line the finding points at, when it is not the job's own. */
function fixNote(job: WorkflowJob, subject: PredictedSubject): string {
  const location = subjectLocation(job, subject);
  if (location.file === job.file && location.line === job.line) return '';
  const what =
    job.environmentFix?.what === 'caller-with' && location.file === job.environmentFix.file
      ? "the caller's `with:` that passes the environment"
      : 'the `environment:` that decides the subject';
  return ` The finding points at ${location.file}:${location.line}, ${what}.`;
}

export function attributionOptions(context: EvaluationContext): AttributionOptions {
  const analysis = context.workflows;
  const options: AttributionOptions = {};
  if (analysis?.actionClientId) options.actionClientId = analysis.actionClientId;
  if (context.settings.clientIds) options.clientIds = context.settings.clientIds;
  if (context.assumedApps) options.assumedApps = context.assumedApps.map((a) => a.appId);
  return options;
}

interface AttributedJob {
  job: WorkflowJob;
  /** Assumed: its client id cannot be read; it is judged against every assumed app's credentials together. */
  assumed: boolean;
}

/**
 * Jobs of the analysis that sign in as this app (see attribution.ts). A job only assumed to sign in as one of
 * several apps is judged once, with the first of them.
 */
function attributedJobs(app: AppInventory, context: EvaluationContext, everyAssumedApp = false): AttributedJob[] {
  const analysis = context.workflows;
  if (!analysis) return [];
  const options = attributionOptions(context);
  const first = context.assumedApps?.[0]?.appId.toLowerCase();
  const out: AttributedJob[] = [];
  for (const job of analysis.jobs) {
    const verdict = jobSignsInAs(job, app.appId, options);
    if (verdict === 'yes') out.push({ job, assumed: false });
    else if (verdict === 'assumed' && (everyAssumedApp || first === app.appId.toLowerCase()))
      out.push({ job, assumed: true });
  }
  return out;
}

function jobsOf(app: AppInventory, context: EvaluationContext): WorkflowJob[] {
  return attributedJobs(app, context)
    .filter((a) => !a.assumed)
    .map((a) => a.job);
}

/** The credentials a job is judged against: the app's, or every assumed app's together. */
function credentialsFor(app: AppInventory, context: EvaluationContext, assumed: boolean): FederatedCredential[] {
  if (!assumed) return app.federatedCredentials;
  return (context.assumedApps ?? [app]).flatMap((a) => a.federatedCredentials);
}

/** "app X (id)" or, for an assumed attribution, which apps and why. */
function signsInPhrase(app: AppInventory, context: EvaluationContext, job: WorkflowJob, assumed: boolean): string {
  if (!assumed) return `signs in as ${identityNoun(app)} ${quote(app.displayName)} (${app.appId})`;
  const ref = federatedSignIns(job).find((s) => s.clientId)?.clientId?.value;
  const apps = (context.assumedApps ?? [app]).map((a) => `${quote(a.displayName)} (${a.appId})`).join(', ');
  const why =
    context.assumedBecause === 'trusts-repository'
      ? 'the apps whose credentials trust this repository'
      : 'the apps named';
  return `signs in with a client id that cannot be read here${ref ? ` (${ref})` : ''}, so the attribution was assumed: it is judged against ${why}, ${apps}, together (map it under client-ids in the policy file to be exact);`;
}

function tokenFor(analysis: WorkflowAnalysis, subject: string, jobWorkflowRef: string | undefined): PresentedToken {
  const token: PresentedToken = { iss: issuerOf(analysis), sub: subject, aud: TOKEN_EXCHANGE_AUDIENCE };
  if (jobWorkflowRef !== undefined) token.job_workflow_ref = jobWorkflowRef;
  // Flexible credentials compare the repository's ids; unknown ids leave their decision open ('undecided').
  if (analysis.repository.repoId !== undefined) token.repository_id = analysis.repository.repoId;
  if (analysis.repository.ownerId !== undefined) token.repository_owner_id = analysis.repository.ownerId;
  return token;
}

/** The ids a proposed flexible expression binds (a placeholder stands for an unknown one). */
function repositoryIds(repository: RepositoryFacts): RepositoryIds {
  const ids: RepositoryIds = {};
  if (repository.repoId !== undefined) ids.repositoryId = repository.repoId;
  if (repository.ownerId !== undefined) ids.repositoryOwnerId = repository.ownerId;
  return ids;
}

function analysisOf(context: EvaluationContext): WorkflowAnalysis | undefined {
  return context.workflows;
}

function describeDifferences(differences: CaseDifference[]): string {
  return differences
    .map(
      (d) => `position ${d.index + 1}: the token has ${quote(d.presented)}, the credential has ${quote(d.configured)}`,
    )
    .join('; ');
}

/** What was assumed to judge the job at all (its caller, or which app it signs in as). */
function assumptionNote(job: WorkflowJob): string {
  return job.assumption ? ` (Assumed: ${job.assumption}.)` : '';
}

// ---------------------------------------------------------------------------------------------
// fic-missing

export const ficMissing: RuleDefinition = {
  id: 'fic-missing',
  defaultSeverity: 'error',
  title: 'A workflow job signs in as the app, but no federated credential matches the subject it presents.',
  rationale:
    'Entra compares issuer, subject and audience exactly. A job whose subject no credential matches fails at sign-in with AADSTS700213 (or 700211/700212 when no credential has the issuer or audience), usually on the first deployment after a workflow change.',
  example:
    'Job "deploy" of .github/workflows/deploy.yml uses environment "production", so it presents repo:contoso/api:environment:production, but the app only trusts repo:contoso/api:ref:refs/heads/main.',
  fix: 'Add a federated credential for the exact subject the job presents (the finding gives the az command and the Graph request), or change the workflow to present a subject that is already trusted.',
  check(app, context) {
    const analysis = analysisOf(context);
    if (!analysis) return [];
    const hits: RuleHit[] = [];
    const issuer = issuerOf(analysis);
    const taken = new Set(app.federatedCredentials.map((c) => c.name));
    for (const { job, assumed } of attributedJobs(app, context)) {
      const credentials = credentialsFor(app, context, assumed);
      const uncoveredPatterns: PredictedSubject[] = [];
      for (const subject of job.subjects) {
        if (subject.kind === 'exact') {
          const decision = decide(tokenFor(analysis, subject.subject, subject.jobWorkflowRef), credentials);
          if (decision.outcome === 'match' || decision.outcome === 'subject-case') continue;
          if (decision.outcome === 'undecided') {
            hits.push(undecidedHit(app, job, subject, decision.credential, decision.missing));
            continue;
          }
          const name = credentialName(subject.subject, taken);
          taken.add(name);
          const spec = { name, issuer, subject: subject.subject, description: `${job.file} job ${job.job}` };
          const why =
            decision.outcome === 'no-issuer'
              ? `no federated credential has the issuer ${issuer} (AADSTS700211)`
              : decision.outcome === 'no-audience'
                ? `no federated credential with that issuer has the audience ${TOKEN_EXCHANGE_AUDIENCE} (AADSTS700212)`
                : 'no federated credential has that subject (AADSTS700213)';
          hits.push({
            target: jobTarget(job),
            location: subjectLocation(job, subject),
            // The called workflow's jobs may name an environment, which would change the subject: not certain.
            ...(job.remoteWorkflow !== undefined ? { severity: 'warning' as const } : {}),
            message: `The ${jobLabel(job)} ${signsInPhrase(app, context, job, assumed)} and presents ${quote(subject.subject)} on ${subject.trigger}, but ${why}.${fixNote(job, subject)}${assumptionNote(job)}`,
            remediation: managedIdentityOf(app)
              ? identityCreateRemediation(managedIdentityOf(app) as IdentityResourceId, spec)
              : `Add the credential: \`${azCreateCommand(app.appId, spec)}\` — or through Microsoft Graph:\n${graphCreateRequest(app.objectId, spec, graphOf(context))}`,
          });
        } else if (subject.kind === 'pattern') {
          const coverage = flexibleCoverage(analysis, subject, credentials);
          if (coverage === 'none') uncoveredPatterns.push(subject);
          else if (coverage !== 'covered') {
            hits.push(undecidedHit(app, job, subject, coverage.credential, coverage.missing));
          }
        }
      }
      if (uncoveredPatterns.length > 0) {
        const list = uncoveredPatterns.map((s) => `${quote(s.subject)} (${s.reason ?? s.trigger})`).join(', ');
        hits.push({
          target: jobTarget(job),
          location: { file: job.file, line: job.line },
          severity: 'warning',
          message: `The ${jobLabel(job)} ${signsInPhrase(app, context, job, assumed)} and can also present subjects matching ${list}; only a flexible federated credential can serve a subject that varies from run to run, and none of the ${identityNoun(app)}'s does.`,
          remediation: managedIdentityOf(app)
            ? 'A managed identity supports no flexible federated credentials: restrict the trigger to fixed branches, tags or an environment, so the job presents one exact subject, and add a credential for it (or sign in as an app registration with a flexible credential).'
            : `Either restrict the trigger to fixed branches, tags or an environment (so the job presents one exact subject), or add a flexible federated credential (Graph beta \`claimsMatchingExpression\`, bound to the repository's id as Entra requires, e.g. \`${compliantExpression({ operator: 'matches', value: uncoveredPatterns[0]?.subject ?? 'repo:<owner>/<repo>:ref:refs/heads/release/*' }, repositoryIds(analysis.repository))}\`) covering exactly these runs.`,
        });
      }
    }
    return hits;
  },
};

/** A flexible credential that matches all but the repository ids, which are not known: said, never guessed. */
function undecidedHit(
  app: AppInventory,
  job: WorkflowJob,
  subject: PredictedSubject,
  fic: FederatedCredential,
  missing: readonly string[],
): RuleHit {
  return {
    target: jobTarget(job),
    location: subjectLocation(job, subject),
    severity: 'notice',
    message: `Cannot decide whether the ${jobLabel(job)} can sign in as app ${quote(app.displayName)} (${app.appId}) with ${quote(subject.subject)}: the ${ficLabel(app, fic)} also compares ${missing.join(' and ')}, which are not known for this repository.`,
    remediation:
      'Run with a GitHub token that can read the repository (its ids come from GET /repos/{owner}/{repo}), or compare the ids in the credential with `gh api repos/<owner>/<repo> --jq "{repository_id: .id, repository_owner_id: .owner.id}"`.',
  };
}

/**
 * A pattern is served only when one flexible credential accepts every example run; when one would but
 * compares repository ids that are not known, the answer is that credential and the missing ids.
 */
function flexibleCoverage(
  analysis: WorkflowAnalysis,
  subject: PredictedSubject,
  credentials: readonly FederatedCredential[],
): 'covered' | 'none' | { credential: FederatedCredential; missing: string[] } {
  const flexible = credentials.filter((c) => c.claimsMatchingExpression !== null);
  const examples = subject.examples ?? [];
  if (examples.length === 0) return 'none';
  let open: { credential: FederatedCredential; missing: string[] } | undefined;
  for (const credential of flexible) {
    const decisions = examples.map((e) => decide(tokenFor(analysis, e.subject, e.jobWorkflowRef), [credential]));
    if (decisions.every((d) => d.outcome === 'match')) return 'covered';
    const undecided = decisions.find((d) => d.outcome === 'undecided');
    if (
      open === undefined &&
      undecided?.outcome === 'undecided' &&
      decisions.every((d) => d.outcome === 'match' || d.outcome === 'undecided')
    ) {
      open = { credential, missing: undecided.missing };
    }
  }
  return open ?? 'none';
}

// ---------------------------------------------------------------------------------------------
// fic-case-mismatch

export const ficCaseMismatch: RuleDefinition = {
  id: 'fic-case-mismatch',
  defaultSeverity: 'error',
  title: 'A federated credential matches a job only when letter case is ignored.',
  rationale:
    'Since 2024 Entra matches federated credentials case-sensitively. GitHub writes owner, repository and environment names as they are spelled in GitHub; a credential typed with different case fails with AADSTS7002138.',
  example:
    'The credential trusts repo:Contoso/API:environment:Production; the job presents repo:contoso/api:environment:Production.',
  fix: 'Recreate the credential with the subject exactly as the job presents it (names are immutable, so delete and add).',
  check(app, context) {
    const analysis = analysisOf(context);
    if (!analysis) return [];
    const hits: RuleHit[] = [];
    for (const { job, assumed } of attributedJobs(app, context, true)) {
      for (const subject of job.subjects) {
        if (subject.kind !== 'exact') continue;
        const credentials = credentialsFor(app, context, assumed);
        const decision = decide(tokenFor(analysis, subject.subject, subject.jobWorkflowRef), credentials);
        if (decision.outcome !== 'subject-case') continue;
        const fic = decision.credential;
        // Judged together, a case-only match is reported with the app that holds the credential.
        if (!app.federatedCredentials.includes(fic)) continue;
        if (analysis.repository.nameCaseUnverified && onlyInRepositoryName(analysis.repository, decision.differences)) {
          hits.push({
            target: ficTarget(fic),
            location: subjectLocation(job, subject),
            severity: 'notice',
            message: `The ${ficLabel(app, fic)} differs from the subject predicted for the ${jobLabel(job)} only in the letter case of the repository name (${describeDifferences(decision.differences)}), and that case was read from a git remote, not from GitHub: it is unverified. GitHub puts its canonical names in the subject; if the credential spells them as GitHub does, it matches.`,
            remediation: `Confirm GitHub's spelling of the repository (set GITHUB_TOKEN so the CLI asks the GitHub API, or pass --github-repo OWNER/REPO exactly as GitHub spells it) and run again.`,
          });
          continue;
        }
        hits.push({
          target: ficTarget(fic),
          location: subjectLocation(job, subject),
          message: `The ${ficLabel(app, fic)} matches the ${jobLabel(job)} only when case is ignored, so Entra rejects it (AADSTS7002138). The job presents ${quote(subject.subject)}; ${describeDifferences(decision.differences)}.${assumptionNote(job)}`,
          remediation:
            fic.claimsMatchingExpression === null && managedIdentityOf(app)
              ? `Set the subject to ${quote(subject.subject)}: ${identityUpdateCommand(managedIdentityOf(app) as IdentityResourceId, fic, { subject: subject.subject })}.`
              : fic.claimsMatchingExpression === null
                ? `Set the subject to ${quote(subject.subject)}: \`az ad app federated-credential update --id ${app.appId} --federated-credential-id ${fic.id} --parameters '${JSON.stringify({ subject: subject.subject }).replace(/'/g, `'\\''`)}'\`.`
                : `Correct the letter case in the credential's expression to match ${quote(subject.subject)}.`,
        });
      }
    }
    return hits;
  },
};

/** Whether every case difference lies in `repo:OWNER/REPO`, the part a git remote may spell otherwise. */
function onlyInRepositoryName(repository: RepositoryFacts, differences: CaseDifference[]): boolean {
  const end = `repo:${repository.owner}/${repository.name}`.length;
  return differences.length > 0 && differences.every((d) => d.index < end);
}

// ---------------------------------------------------------------------------------------------
// Credentials naming this repository

interface RepositoryCredential {
  fic: FederatedCredential;
  subject: string;
  parsed: ParsedSubject;
}

function namesRepository(parsed: ParsedSubject, repository: RepositoryFacts): boolean {
  const repo = parsed.repository;
  if (!repo) return false;
  if (repo.ownerId !== undefined && repo.repoId !== undefined && repository.ownerId && repository.repoId) {
    return repo.ownerId === repository.ownerId && repo.repoId === repository.repoId;
  }
  return (
    repo.owner.toLowerCase() === repository.owner.toLowerCase() &&
    repo.name.toLowerCase() === repository.name.toLowerCase()
  );
}

/** Classic credentials with this repository's issuer whose subject names this repository. */
function repositoryCredentials(app: AppInventory, analysis: WorkflowAnalysis): RepositoryCredential[] {
  const issuer = issuerOf(analysis);
  const out: RepositoryCredential[] = [];
  for (const fic of app.federatedCredentials) {
    if (fic.subject === null || fic.claimsMatchingExpression !== null || fic.issuer !== issuer) continue;
    const parsed = parseSubject(fic.subject);
    if (!parsed.ok || !namesRepository(parsed.value, analysis.repository)) continue;
    out.push({ fic, subject: fic.subject, parsed: parsed.value });
  }
  return out;
}

/** Whether the app has a credential naming the analysed repository (a scan attributes unreadable client ids to it). */
export function trustsRepository(app: AppInventory, analysis: WorkflowAnalysis): boolean {
  return repositoryCredentials(app, analysis).length > 0;
}

/** Whether any analysed job can present `subject`: patterns as written, unknown parts (`<…>`) as wildcards. */
function canPresent(analysis: WorkflowAnalysis, subject: string): boolean {
  return analysis.jobs.some((job) =>
    job.subjects.some((s) => {
      // Case-only matches are fic-case-mismatch's to report, not this rule's.
      if (s.kind === 'exact') return s.subject.toLowerCase() === subject.toLowerCase();
      return globMatch(replaceAngleGroups(s.subject, '*'), subject, true);
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// fic-unused

export const ficUnused: RuleDefinition = {
  id: 'fic-unused',
  defaultSeverity: 'warning',
  title:
    "A federated credential trusts this repository, but no job in the repository's workflows can present its subject.",
  rationale:
    'A credential nobody uses is standing access: if a workflow, branch or environment with that name appears later (or is renamed back), it can sign in as the app without anyone deciding so.',
  example:
    'The app trusts repo:contoso/api:environment:staging, but no workflow uses an environment named staging any more.',
  fix: 'Delete the credential, or fix the workflow that was meant to use it.',
  check(app, context) {
    const analysis = analysisOf(context);
    if (!analysis) return [];
    const hits: RuleHit[] = [];
    for (const { fic, subject } of repositoryCredentials(app, analysis)) {
      if (canPresent(analysis, subject)) continue;
      hits.push({
        target: ficTarget(fic),
        message: `The ${ficLabel(app, fic)} trusts ${quote(subject)}, but no job in the analysed workflows of ${analysis.repository.owner}/${analysis.repository.name} presents that subject.`,
        remediation: `If nothing else uses it, delete it: ${deleteFicCommand(app, fic, graphOf(context))}.`,
      });
    }
    return hits;
  },
};

// ---------------------------------------------------------------------------------------------
// fic-mutable-subject

function immutableFormat(repository: RepositoryFacts): boolean {
  const format = repository.subjectFormat;
  return format.kind === 'immutable' || (format.kind === 'custom' && format.immutable === true);
}

export const ficMutableSubject: RuleDefinition = {
  id: 'fic-mutable-subject',
  defaultSeverity: 'notice',
  title:
    'A federated credential names the repository by name while GitHub issues immutable (id-based) subjects for it.',
  rationale:
    'A name-based subject (repo:owner/name:…) follows the name: after a rename or transfer, whoever takes the old name inherits the trust. Repositories created or renamed since July 2026 (or opted in) get subjects with numeric ids, which cannot be taken over.',
  example:
    'The credential trusts repo:contoso/api:ref:refs/heads/main; GitHub now presents repo:contoso@1234/api@5678:ref:refs/heads/main.',
  fix: 'Replace the credential with one for the immutable subject the finding gives.',
  check(app, context) {
    const analysis = analysisOf(context);
    if (!analysis) return [];
    const { repository } = analysis;
    if (!repository.ownerId || !repository.repoId || !immutableFormat(repository)) return [];
    const hits: RuleHit[] = [];
    for (const { fic, parsed } of repositoryCredentials(app, analysis)) {
      if (parsed.repository?.ownerId !== undefined) continue;
      const claims = parsed.claims.map((c) =>
        c.key === 'repo'
          ? { key: 'repo', value: `${repository.owner}@${repository.ownerId}/${repository.name}@${repository.repoId}` }
          : c,
      );
      const immutable = printSubject({ ...parsed, claims });
      hits.push({
        target: ficTarget(fic),
        message: `The ${ficLabel(app, fic)} uses the name-based subject ${quote(fic.subject ?? '')}, but ${repository.owner}/${repository.name} has immutable subjects: GitHub presents ${quote(immutable)}.`,
        remediation: `Add a credential for ${quote(immutable)} (${createCommandFor(app, { name: credentialName(immutable, new Set(app.federatedCredentials.map((c) => c.name))), issuer: fic.issuer, subject: immutable })}), then delete this one: ${deleteFicCommand(app, fic, graphOf(context))}.`,
      });
    }
    return hits;
  },
};

// ---------------------------------------------------------------------------------------------
// fic-unprotected-environment

export const ficUnprotectedEnvironment: RuleDefinition = {
  id: 'fic-unprotected-environment',
  defaultSeverity: 'warning',
  title:
    'A federated credential trusts a GitHub environment that has neither required reviewers nor a deployment branch policy.',
  rationale:
    'An environment subject is only as strong as the environment: without reviewers or a branch policy, any branch of the repository can run a job in that environment (GitHub even creates a missing environment, unprotected, on first use) and sign in as the app.',
  example:
    'The app trusts repo:contoso/api:environment:production, and the production environment has no protection rules.',
  fix: 'Add required reviewers or restrict the environment to protected branches (Settings → Environments), or trust a protected branch instead.',
  check(app, context) {
    const analysis = analysisOf(context);
    const environments = context.environments;
    if (!analysis || !environments) return [];
    const hits: RuleHit[] = [];
    for (const { fic, subject, parsed } of repositoryCredentials(app, analysis)) {
      if (parsed.context?.kind !== 'environment') continue;
      const name = parsed.context.name;
      const protection =
        environments.get(name) ?? [...environments.values()].find((e) => e.name.toLowerCase() === name.toLowerCase());
      if (protection && (protection.requiredReviewers || protection.branchPolicy)) continue;
      const state = protection
        ? `has no required reviewers and no deployment branch policy`
        : 'does not exist, so GitHub creates it without protection the first time a job uses it';
      hits.push({
        target: ficTarget(fic),
        message: `The ${ficLabel(app, fic)} trusts ${quote(subject)}, and environment ${quote(name)} of ${analysis.repository.owner}/${analysis.repository.name} ${state}: any branch can sign in as the app through it.`,
        remediation: `Protect environment ${quote(name)}: add required reviewers or a deployment branch policy limited to protected branches (https://github.com/${analysis.repository.owner}/${analysis.repository.name}/settings/environments).`,
      });
    }
    return hits;
  },
};

// ---------------------------------------------------------------------------------------------
// fic-pull-request (workflow half): called by the fic-pull-request rule in federation.ts.

/**
 * Jobs triggered by `pull_request_target` that request `id-token: write` and sign in as the app. Such a run
 * has the base repository's permissions while being started by anyone who opens a pull request, so these
 * hits are errors with the workflow location.
 */
export function pullRequestTargetHits(app: AppInventory, context: EvaluationContext): RuleHit[] {
  const analysis = analysisOf(context);
  if (!analysis) return [];
  return jobsOf(app, context)
    .filter((job) => job.idTokenWrite && job.triggers.includes('pull_request_target'))
    .map((job) => ({
      target: jobTarget(job),
      location: { file: job.file, line: job.line },
      severity: 'error' as const,
      message: `The ${jobLabel(job)} runs on pull_request_target with id-token: write and signs in as app ${quote(app.displayName)} (${app.appId}): anyone who opens a pull request, from a fork too, starts a run that can obtain the app's Azure access.`,
      remediation:
        'Run the Azure step from a workflow that pull requests cannot start (push to a protected branch, or an environment with required reviewers), or drop id-token: write from this job and trigger it with pull_request (fork runs then get no token).',
    }));
}

export const workflowRules: RuleDefinition[] = [
  ficMissing,
  ficCaseMismatch,
  ficUnused,
  ficMutableSubject,
  ficUnprotectedEnvironment,
];
